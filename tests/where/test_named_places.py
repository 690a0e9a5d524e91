"""Places the text names by a place noun, a contest or a visit, and known towns under other spellings."""

from __future__ import annotations

from detente import code_text
from detente.nlp import get_nlp
from detente.where import locate


def _where(text: str, root: str) -> list[tuple[str, str | None] | None]:
    events = [e for e in code_text(text, "2024-12-02") if e.cameo.root == root]
    assert events, f"no {root} event in {text!r}"
    return [(e.location.name, e.location.country) if e.location else None for e in events]


def test_the_towns_struck_beat_the_country_they_are_in() -> None:
    # "the towns of X": the noun says X is a place, whatever the model took it for; a known town under another
    # spelling is that town (with its coordinates)
    assert _where("Turkish artillery shelled the towns of Jisr el-Shaghour and Binnish in Syria on Tuesday.", "19") == [
        ("Jisr al-Shughur", "SYR")
    ]
    # a known town in the country phrase stays the place
    assert _where("Russian jets struck Aleppo in Syria on Monday.", "19") == [("Aleppo", "SYR")]


def test_a_fight_for_control_of_a_place_was_fought_there() -> None:
    fought = _where("Syrian rebels fought government forces for control of the city of Aleppo on Sunday.", "19")
    assert fought == [("Aleppo", "SYR"), ("Aleppo", "SYR")]
    # control of a thing that is no place names none
    assert _where("Syrian rebels fought government forces for control of the main road on Sunday.", "19") == [
        None,
        None,
    ]


def test_a_quarter_of_a_town_whose_possessive_lost_its_apostrophe() -> None:
    # "Aleppos Sheikh Fares": the quarter, at its town's point; the town alone is not mistaken for a name
    [event] = code_text("Syrian rebels shelled Aleppos Sheikh Fares neighborhood on Monday.", "2024-12-02")
    assert event.location is not None
    assert (event.location.name, event.location.country, event.location.precision) == ("Sheikh Fares", "SYR", "site")
    assert event.location.lat is not None and abs(event.location.lat - 36.2) < 0.1
    [event] = code_text("Syrian rebels shelled the Sheikh Fares neighborhood on Monday.", "2024-12-02")
    assert event.location is None or event.location.lat is None  # no town named: no point guessed


def _visit_place(text: str, trigger: str) -> tuple[str, str | None] | None:
    doc = get_nlp()(text)
    [tok] = [t for t in doc if t.text == trigger]
    loc = locate(tok, [], code="042")
    return (loc.name, loc.precision) if loc is not None else None


def test_a_landmark_visited_is_the_place_but_a_person_visited_is_none() -> None:
    assert _visit_place("Trump toured the Smithsonian Museum on Monday.", "toured") == ("Smithsonian Museum", "site")
    assert _visit_place("Trump visited Shinzo Abe on Monday.", "visited") is None
    # a company is an organisation too, but no landmark
    assert _visit_place("Trump toured Goldman Sachs on Monday.", "toured") is None
