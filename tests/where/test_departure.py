"""'heading for Croatia', 'left for Paris': "for" after a word of departure names where the journey led."""

from __future__ import annotations

from detente.nlp import get_nlp
from detente.where import locate


def _place(text: str, trigger: str, code: str) -> tuple[str, str | None, str] | None:
    doc = get_nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    loc = locate(tok, [], code=code)
    return (loc.name, loc.country, loc.precision) if loc is not None else None


def test_heading_for_a_place_names_where_the_meeting_it_was_for_happened() -> None:
    text = "The premier will visit Brussels, then go on to Croatia for a meeting with leaders of the region."
    assert _place(text, "meeting", "040") == ("Croatia", "HRV", "country")
    text = "The minister left for Paris for talks with his French counterpart on Monday."
    assert _place(text, "talks", "040") == ("Paris", "FRA", "city")


def test_for_after_a_word_that_is_no_departure_names_no_place() -> None:
    # "asked for Croatia's help": "for" is no destination
    assert _place("The premier asked for Croatia's help at a meeting with the leaders.", "meeting", "040") is None
    # "a meeting for Syria" is about Syria, not in it
    assert _place("The ministers held a meeting for Syria with the envoy on Monday.", "meeting", "040") is None
