"""s19-places: a carried place says where it came from, one place is a name in a country, and an armed group's name
is never a place (``where/retold.py``, ``where/scene.py``, ``where/phrases.py``). Each reading is paired with its
must-not."""

from __future__ import annotations

import detente
from detente.records import Event, Location
from detente.where.retold import _one_place

DAY = "2018-07-14"
PLACED = "President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday. "
SCENE = (
    "Syrian government forces shelled rebel positions in Idlib province on Monday, a monitor said.\n\n"
    "The Syrian Observatory for Human Rights said fighting continued for hours.\n\n"
)


def test_a_meeting_told_again_is_carried_from_the_sentence_that_placed_it() -> None:
    events = detente.code_text(PLACED + "Trump praised Putin after he met with Putin for two hours.", date=DAY)
    later = [e for e in events if e.sentence_index == 1 and e.cameo.root == "04"]
    assert later and all(e.location and e.location.carried_from == 0 for e in later)
    # must-not: the mention that names its own place is carried from nowhere
    first = [e for e in events if e.sentence_index == 0]
    assert first and all(e.location and e.location.carried_from is None for e in first)


def test_explain_says_a_place_was_carried_and_from_which_sentence() -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    text = PLACED + "Trump praised Putin after he met with Putin for two hours."
    out = CliRunner().invoke(app, ["explain", text, "--date", DAY]).output
    events = [" ".join(e.split()) for e in " ".join(out.split()).split("event ")[1:]]  # rich wraps long lines
    assert any(e.startswith("s1") and "at Helsinki (carried from s0)" in e for e in events)
    # must-not: the meeting its own sentence places is not carried
    assert any(e.startswith("s0") and "at Helsinki" in e and "carried" not in e for e in events)


def _mention(name: str, country: str) -> Event:
    event = detente.code_text(PLACED, date=DAY)[0]
    return event.model_copy(update={"location": Location(name=name, country=country, precision="city")})


def test_two_places_of_one_name_in_two_countries_are_not_one_place() -> None:
    assert _one_place([_mention("Tripoli", "LBY"), _mention("Tripoli", "LBN")]) is None
    one = _one_place([_mention("Tripoli", "LBY"), _mention("Tripoli", "LBY")])
    assert one is not None and one.location is not None and one.location.country == "LBY"


def _deed_places(text: str) -> list[tuple[int, str, str | None]]:
    return sorted(
        (e.sentence_index, e.evidence.trigger or "", e.location.name if e.location else None)
        for e in detente.code_text(SCENE + text, date="2018-07-20")
    )


def test_a_groups_name_before_a_place_noun_is_no_place_of_the_clause() -> None:
    """'near Jaish al-Izza area on Tuesday': the clause's own place reader, not only the word-order one."""
    places = _deed_places("Government troops struck militants near Jaish al-Izza area on Tuesday killing 12 of them.")
    assert (2, "struck", "Jaish al-Izza") not in places
    assert any(p[:2] == (2, "struck") for p in places)
    assert (2, "struck", "Kafr Hamra") in _deed_places(
        "Government troops struck militants near Kafr Hamra area on Tuesday killing 12 of them."
    )


def test_a_town_named_to_say_where_the_events_own_place_lies_is_not_its_place() -> None:
    """'in al-Rahjan village 30 km east of Hama city': Hama (read as the target's place) only locates the village."""
    places = _deed_places(
        "Militant hideouts were targeted on Sunday in army air raids in al-Rahjan village 30 km east of Hama city."
    )
    assert (2, "targeted", "al-Rahjan") in places
    # must-not: the town itself struck is still the place
    assert (2, "shelled", "Hama") in _deed_places("Government troops shelled militant positions in Hama city.")


def _trip(text: str) -> list[tuple[str, str | None]]:
    return [
        (e.cameo.code, e.location.name if e.location else None)
        for e in detente.code_text(text, date="2017-11-03")
        if e.cameo.root == "04"
    ]


def test_a_continent_is_no_events_place() -> None:
    """'a trip to Asia': the guide gives a town, a region of a country or a country, never a continent."""
    trip = _trip("President Donald Trump left the White House on Friday on a trip to Asia.")
    assert trip and all(place is None for _, place in trip)
    assert ("042", "Japan") in _trip("President Donald Trump left the White House on Friday on a trip to Japan.")


SPOKEN = "Russian President Vladimir Putin criticized the United States at a news conference in Moscow on Thursday. "


def _spoken(text: str) -> list[tuple[int, str, str | None, int | None]]:
    return [
        (
            e.sentence_index,
            e.source.code,
            e.location.name if e.location else None,
            e.location.carried_from if e.location else None,
        )
        for e in detente.code_text(SPOKEN + text, date="2018-12-20")
    ]


def test_a_speakers_later_words_are_where_the_article_placed_the_speaking() -> None:
    assert (1, "RUSGOV", "Moscow", 0) in _spoken("Putin also accused Ukraine of provoking the clash.")
    # must-not: another speaker's words, or words whose own sentence names a place, take none from it
    assert (1, "DEUGOV", None, None) in _spoken(
        "German Chancellor Angela Merkel accused Ukraine of provoking the clash."
    )
    assert (1, "RUSGOV", None, None) in _spoken("Putin also accused Ukraine of provoking the clash in Crimea.")


def test_another_speaker_of_the_same_code_takes_no_place_from_the_speaking() -> None:
    """Putin and his foreign minister are both RUSGOV: Lavrov's words are not where Putin spoke (review s19), while
    Putin's own later words, after Lavrov's, still are."""
    told = _spoken(
        "Russian Foreign Minister Sergei Lavrov accused Ukraine of provoking the clash. "
        "Putin also accused Ukraine of provoking the clash."
    )
    assert (1, "RUSGOV", None, None) in told
    assert (2, "RUSGOV", "Moscow", 0) in told


def test_an_unnamed_speaker_is_told_on_only_in_the_same_words() -> None:
    """A speaker the resolver knows by no name is the same one only in the same words; a pronoun for it is unsure."""
    spoke = "The Russian Foreign Ministry criticized the United States at a news conference in Moscow on Thursday. "
    again = "The Russian Foreign Ministry also accused Ukraine of provoking the clash."
    told = [(e.sentence_index, e.location) for e in detente.code_text(spoke + again, date="2018-12-20")]
    assert any(i == 1 and loc and loc.name == "Moscow" and loc.carried_from == 0 for i, loc in told)
    other = "A Russian Defense Ministry spokesman accused Ukraine of provoking the clash."
    told = [(e.sentence_index, e.location) for e in detente.code_text(spoke + other, date="2018-12-20")]
    assert (1, None) in told


def test_the_town_is_the_unlisted_town_its_sentence_named_just_before() -> None:
    """'executed in the town of Ghraneij ... when IS stormed the town': the town named, not a known city before it."""
    text = (
        "A local activist in Deir al-Zour told reporters that dozens of men were executed in the town of Ghraneij "
        "when Islamic State fighters stormed the town last week."
    )
    assert (2, "stormed", "Ghraneij") in _deed_places(text)
    # must-not: with no town named in its sentence, "the town" is still the known city named before
    assert (2, "stormed", "Deir ez-Zor") in _deed_places(
        "Rebels in Deir al-Zour said Islamic State fighters stormed the town on Monday."
    )
