"""s34-place (issue 14): a deed at a list of places a phrase says lie in one place ("fired shells at the neighbourhoods
of A and B in Damascus city") happened in that place, not at the first listed name (roles.yaml container_preps,
where/several.listed_within). Each positive below reads the first listed name without the rule; each is paired with a
twin whose "in" phrase names no place (a reason, a time, a country) and must keep the first name."""

from __future__ import annotations

from dataclasses import dataclass

from detente.nlp import get_nlp
from detente.records import Location
from detente.where import locate


@dataclass
class _Country:
    """The deed's target as the pipeline reads an unnamed town's people: the country the article is about."""

    place: Location | None


SYRIA = _Country(Location(name="Syria", country="SYR", precision="country"))


def _located_at(text: str, trigger: str, code: str) -> tuple[str, str | None, str] | None:
    doc = get_nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    loc = locate(tok, [SYRIA], code=code)
    return (loc.name, loc.country, loc.precision) if loc is not None else None


def test_neighbourhoods_listed_in_a_city_are_in_the_city() -> None:
    """'fired shells at the neighbourhoods of A and B in Damascus city': the city holds the list and is the place; the
    same list followed by "in retaliation for ..." names no place and keeps the first neighbourhood."""
    held = (
        "Militants fired mortar shells at the neighbourhoods of al-Qaboun and al-Tadamon in Damascus city on Tuesday."
    )
    found = _located_at(held, "fired", "194")
    assert found is not None and found[:2] == ("Damascus", "SYR")
    reason = (
        "Militants fired mortar shells at the neighbourhoods of al-Qaboun and al-Tadamon in retaliation for the raids."
    )
    found = _located_at(reason, "fired", "194")
    assert found is not None and found[0] == "al-Qaboun"


def test_another_city_holds_its_own_list() -> None:
    """The same neighbourhoods "in Homs city" are in Homs (the holder is read, not guessed from the names); "in the
    afternoon" is a time and holds nothing."""
    held = "Militants fired mortar shells at the neighbourhoods of al-Qaboun and al-Tadamon in Homs city on Tuesday."
    found = _located_at(held, "fired", "194")
    assert found is not None and found[:2] == ("Homs", "SYR")
    time = "Militants fired mortar shells at the neighbourhoods of al-Qaboun and al-Tadamon in the afternoon."
    found = _located_at(time, "fired", "194")
    assert found is not None and found[0] == "al-Qaboun"


def test_villages_listed_in_a_province_are_in_the_province() -> None:
    """'dropped barrel bombs on the villages of A and B in Daraa province': the province; "in the early hours" is a
    time and keeps the first village."""
    held = "Army helicopters dropped barrel bombs on the villages of Tal Hamra and Umm Batna in Daraa province."
    found = _located_at(held, "dropped", "195")
    assert found is not None and found[:3] == ("Daraa province", "SYR", "region")
    time = "Army helicopters dropped barrel bombs on the villages of Tal Hamra and Umm Batna in the early hours."
    found = _located_at(time, "dropped", "195")
    assert found is not None and found[0] == "Tal Hamra"


def test_a_country_or_a_phrase_naming_no_place_holds_no_list() -> None:
    """'the villages of A and B in Quneitra province' are in the province; "in Syria" says less than the villages
    (``several_places`` says when several places are only their country), "in response to ..." and "in the hands of
    the rebels" name no place: those keep the first village."""
    held = "Insurgents fired rockets at the villages of Tal Hamra and Umm Batna in Quneitra province on Tuesday."
    found = _located_at(held, "fired", "194")
    assert found is not None and found[:3] == ("Quneitra province", "SYR", "region")
    for tail in ("in Syria on Tuesday.", "in response to the raids.", "in the hands of the rebels."):
        text = f"Insurgents fired rockets at the villages of Tal Hamra and Umm Batna {tail}"
        found = _located_at(text, "fired", "194")
        assert found is not None and found[0] == "Tal Hamra", tail
