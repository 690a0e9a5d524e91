"""A meeting told again is where the article placed it (s18-places, ``where/retold.py``).

A mention of a meeting (``roles.yaml`` ``retold_roots``) whose own clause names no place takes the one place the
article's other mentions of the same meeting (same root, the same two parties either way) give. Each reading is
paired with a must-not: another pair of parties, two places for the pair, a place that is only a country, and words
about the same parties keep no place.
"""

from __future__ import annotations

import detente

DAY = "2018-07-14"
PLACED = "President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday. "


def _places(text: str) -> list[tuple[int, str, str, str | None, str | None]]:
    return sorted(
        (
            e.sentence_index,
            e.cameo.code,
            e.source.code,
            e.target.code if e.target else None,
            e.location.name if e.location else None,
        )
        for e in detente.code_text(text, date=DAY)
    )


def test_a_meeting_told_again_takes_the_place_the_article_gave_it() -> None:
    places = _places(PLACED + "Trump praised Putin after he met with Putin for two hours.")
    assert (1, "040", "USAGOV", "RUSGOV", "Helsinki") in places
    assert (1, "040", "RUSGOV", "USAGOV", "Helsinki") in places
    # must-not: the praise (words, not a meeting) told with it takes no place from the meeting
    assert (1, "051", "USAGOV", "RUSGOV", None) in places


def test_a_meeting_told_again_is_flagged_carried() -> None:
    events = detente.code_text(PLACED + "Trump praised Putin after he met with Putin for two hours.", date=DAY)
    later = [e for e in events if e.sentence_index == 1 and e.cameo.root == "04"]
    assert later and all(e.location is not None and e.location.precision == "carried" for e in later)
    first = [e for e in events if e.sentence_index == 0]
    assert first and all(e.location is not None and e.location.precision == "city" for e in first)


def test_a_meeting_of_other_parties_takes_no_place_from_it() -> None:
    places = _places(PLACED + "Trump praised Macron after he met with French President Emmanuel Macron for two hours.")
    assert (0, "040", "USAGOV", "RUSGOV", "Helsinki") in places
    assert (1, "040", "USAGOV", "FRAGOV", None) in places


def test_two_meetings_of_one_pair_in_two_places_give_a_third_mention_none() -> None:
    places = _places(
        "Trump met Russian President Vladimir Putin in Helsinki on Monday. Trump will meet Putin again in Buenos "
        "Aires in November. Aides said Trump meets with Putin rarely."
    )
    assert (1, "040", "USAGOV", "RUSGOV", "Buenos Aires") in places
    assert (2, "040", "USAGOV", "RUSGOV", None) in places


def test_a_meeting_placed_only_in_a_country_gives_its_other_mentions_none() -> None:
    places = _places(
        "President Donald Trump met Russian President Vladimir Putin in Finland on Monday. Trump praised Putin after "
        "he met with Putin for two hours."
    )
    assert (0, "040", "USAGOV", "RUSGOV", "Finland") in places
    assert (1, "040", "USAGOV", "RUSGOV", None) in places


def _named(text: str, home: str | None = "SYR") -> tuple[str, str | None] | None:
    from detente.nlp import get_nlp
    from detente.where.scene import named_by_noun

    doc = get_nlp()(text)
    loc = named_by_noun(next(iter(doc.sents)), home)
    return (loc.name, loc.country) if loc is not None else None


def test_a_name_with_its_place_noun_after_a_preposition_is_read_in_word_order() -> None:
    """'near al-Rastan town killing ...': the unpunctuated text the parser hangs on the next clause still names
    the town in order; it is in the article's country."""
    text = "Government troops struck a convoy of the militants near Kafr Hamra town killing and wounding many of them."
    assert _named(text) == ("Kafr Hamra", "SYR")
    assert _named(text, home=None) is None  # must-not: no article country, no country to give it


def test_a_quarter_named_after_its_towns_lost_possessive_is_the_quarter() -> None:
    text = "Last week the army pushed the insurgents back from a raid into Aleppos Bustan al-Basha district."
    assert _named(text) == ("Bustan al-Basha", "SYR")


def test_two_named_places_or_a_known_one_or_no_preposition_give_none() -> None:
    assert _named("Troops pounded militants in Kafr Hamra town and near Tal Sawan village wounding dozens.") is None
    assert _named("Troops pounded militants in Kafr Hamra town wounding dozens.") == ("Kafr Hamra", "SYR")
    assert _named("Troops pounded militants near Hama city wounding dozens.") is None  # a known town: read as such
    assert _named("Locals said Kafr Hamra town was pounded by troops.") is None  # no locative preposition


def test_a_call_or_a_meeting_on_another_day_takes_no_place_of_the_meeting() -> None:
    """Review probes p1_call, p4_other: another occasion of the same pair is not the meeting placed before."""
    call = _places(PLACED + "On Thursday Trump spoke with Putin by telephone about Syria.")
    assert (1, "041", "USAGOV", "RUSGOV", None) in call
    other_day = _places(PLACED + "On Thursday Trump met with Putin for two hours.")
    assert (1, "040", "USAGOV", "RUSGOV", None) in other_day
    # positive twin: the same day named again is the same meeting
    same_day = _places(PLACED + "On Monday Trump met with Putin for two hours.")
    assert (1, "040", "USAGOV", "RUSGOV", "Helsinki") in same_day


def test_a_meeting_whose_own_sentence_names_a_place_takes_none_from_another() -> None:
    places = _places(PLACED + "While he was in Paris for talks, Trump met with Putin again.")
    assert (1, "040", "USAGOV", "RUSGOV", None) in places
    # positive twin: no place word in its sentence, undated: the meeting told again
    assert (1, "040", "USAGOV", "RUSGOV", "Helsinki") in _places(PLACED + "Trump met with Putin for two hours.")


def test_a_hypothetical_or_negated_meeting_gives_no_place() -> None:
    """Review probes p7_hyp, p6b_neg: a meeting that only could be, or was not, was nowhere."""
    later = "Trump met with Putin for two hours."
    hyp = _places("President Donald Trump could meet Russian President Vladimir Putin in Vienna, aides said. " + later)
    assert (1, "040", "USAGOV", "RUSGOV", None) in hyp
    neg = _places("President Donald Trump did not meet Russian President Vladimir Putin in Vienna. " + later)
    assert (1, "040", "USAGOV", "RUSGOV", None) in neg
    assert (1, "040", "USAGOV", "RUSGOV", "Vienna") in _places(
        "President Donald Trump met Russian President Vladimir Putin in Vienna. " + later
    )


SCENE = (
    "Syrian government forces shelled rebel positions in Idlib province on Monday, a monitor said.\n\n"
    "The Syrian Observatory for Human Rights said fighting continued for hours.\n\n"
)


def _deed_places(text: str) -> list[tuple[int, str, str | None]]:
    return sorted(
        (e.sentence_index, e.evidence.trigger or "", e.location.name if e.location else None)
        for e in detente.code_text(SCENE + text, date="2018-07-20")
    )


def test_a_name_in_another_clause_about_another_deed_is_not_the_deeds_place() -> None:
    """Review probe n4_clause: the town where the rebels fired is not where the troops shelled."""
    places = _deed_places(
        "Government troops shelled rebel positions on Tuesday, and later rebels fired rockets near Kafr Hamra town "
        "killing two soldiers."
    )
    assert (2, "shelled", "Syria") in places
    assert (2, "killed", "Kafr Hamra") in _deed_places("Government troops killed 12 fighters near Kafr Hamra town.")


def test_an_armed_groups_name_before_a_place_noun_is_no_place() -> None:
    """Review probes o1, o2: 'near Jaish al-Izza area', 'in Ahrar Brigade area' name groups."""
    assert (2, "struck", "Syria") in _deed_places(
        "Government troops struck militants near Jaish al-Izza area killing 12 of them."
    )
    assert (2, "shelled", "Syria") in _deed_places(
        "Government troops shelled the militants of Liwa al-Haq in Ahrar Brigade area killing 12 of them."
    )
    assert (2, "struck", "Kafr Hamra") in _deed_places(
        "Government troops struck the militants near Kafr Hamra town killing 12 of them."
    )
