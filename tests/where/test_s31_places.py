"""s31-place (issue 14): what a deed of force sends ("fired mortar shells on the village of T") fell where its "on"
says, as an attack does (roles.yaml fell_on_munitions, where/locate.py). Each must-not is paired with its positive
twin."""

from __future__ import annotations

from detente.nlp import get_nlp
from detente.where import locate


def _located_at(text: str, trigger: str, code: str) -> tuple[str, str | None, str] | None:
    doc = get_nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    loc = locate(tok, [], code=code)
    return (loc.name, loc.country, loc.precision) if loc is not None else None


def test_what_a_deed_of_force_sent_fell_where_its_on_says() -> None:
    """'fired two mortar shells on the village of T in Idlib province': the shells fell on the village, which the
    province only locates (roles.yaml fell_on_munitions)."""
    text = "Rebel fighters fired two mortar shells on the village of Kafr Nabl in Idlib province, killing a woman."
    assert _located_at(text, "fired", "194") == ("Kafr Nabl", "SYR", "site")
    dropped = "Government helicopters dropped barrel bombs overnight on the village of Kafr Nabl in Idlib province."
    assert _located_at(dropped, "dropped", "195") == ("Kafr Nabl", "SYR", "site")


def test_on_after_a_thing_that_is_no_munition_names_no_place() -> None:
    """'dropped leaflets on the village of T in Idlib province': leaflets fall on no target; "on" is read as before
    and the deed stays in the province its phrase names. The twin above, with bombs, takes the village."""
    text = "Government helicopters dropped leaflets on the village of Kafr Nabl in Idlib province."
    found = _located_at(text, "dropped", "195")
    assert found is not None and found[0] != "Kafr Nabl"
    assert found[1] == "SYR"


def test_munitions_on_a_day_name_no_place() -> None:
    """'fired rockets on Monday at the city of Aleppo': "on" before a day is a time, the city is the place."""
    text = "Rebel fighters fired rockets on Monday at the city of Aleppo."
    assert _located_at(text, "fired", "194") == ("Aleppo", "SYR", "city")
