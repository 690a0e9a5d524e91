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
