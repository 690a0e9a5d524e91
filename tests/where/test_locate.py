"""Event places come from the event's own clause, never from elsewhere in the article."""

from __future__ import annotations

from detente import code_text


def test_locative_phrase_on_the_verb() -> None:
    [event, *_] = code_text("Iran's foreign minister met his Turkish counterpart in Ankara on Monday.", "2024-12-02")
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Ankara", "TUR")
    assert event.location.lat is not None and 39 < event.location.lat < 40.5


def test_place_target_is_the_location() -> None:
    [event] = code_text("Russian forces shelled Kherson on Tuesday.", "2023-05-10")
    assert event.location is not None and event.location.country == "UKR"


def test_no_location_when_the_clause_names_none() -> None:
    events = code_text("Ankara hosted the summit. Turkey criticized Russia on Monday.", "2024-12-02")
    criticism = [e for e in events if e.cameo.root == "11"]
    assert criticism and criticism[0].location is None
