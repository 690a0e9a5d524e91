"""s34-place (issue 14): a deed at a list of places a phrase says lie in one place ("shelled the towns of A, B and C
in rural Aleppo") happened in that place, not at the first listed name (roles.yaml container_preps,
where/several.listed_within). Each must-not is paired with its positive twin."""

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


def test_a_list_of_towns_in_one_place_is_in_that_place() -> None:
    """'bombed the towns of A, B and C in rural Aleppo': the raid fell on three towns the text puts in one place; that
    place is the deed's, not the first town of the list."""
    text = "Russian jets bombed the towns of Kafr Nabl, Maarat Harma and Babees in rural Aleppo on Monday."
    found = _located_at(text, "bombed", "195")
    assert found is not None and found[0] == "Aleppo" and found[1] == "SYR"


def test_a_list_no_phrase_holds_is_read_as_before() -> None:
    """The twin of the list: 'bombed the towns of A and B' with no phrase saying where they lie names no place that
    holds them; the list's first name is read as before (the rule adds no place of its own)."""
    text = "Russian jets bombed the towns of Kafr Nabl and Maarat Harma on Monday."
    found = _located_at(text, "bombed", "195")
    assert found is not None and found[0] == "Kafr Nabl"
    held = "Russian jets bombed the towns of Kafr Nabl and Maarat Harma in rural Aleppo on Monday."
    found = _located_at(held, "bombed", "195")
    assert found is not None and found[0] == "Aleppo"


def test_a_country_holding_the_list_is_no_finer_place() -> None:
    """'the towns of A and B in Syria': a country says less than the listed towns, so the rule leaves the list as it
    was read (``several_places`` says when several places are only their country); a region does hold it."""
    text = "Russian jets bombed the towns of Kafr Nabl and Maarat Harma in Syria on Monday."
    found = _located_at(text, "bombed", "195")
    assert found is not None and found[2] != "country"
    region = "Russian jets bombed the towns of Kafr Nabl and Maarat Harma in Hama province on Monday."
    found = _located_at(region, "bombed", "195")
    assert found is not None and found[0] == "Hama province" and found[2] == "region"


def test_quarters_listed_in_a_city_are_in_the_city() -> None:
    """'shelled the districts of A and B in Aleppo city': two quarters of a city the phrase names; the city is the
    place. The same list with no such phrase names no city."""
    text = "Insurgents shelled the districts of Bab al-Nairab and al-Midan in Aleppo city on Sunday."
    found = _located_at(text, "shelled", "194")
    assert found is not None and found[:2] == ("Aleppo", "SYR")
    bare = "Insurgents shelled the districts of Bab al-Nairab and al-Midan on Sunday."
    found = _located_at(bare, "shelled", "194")
    assert found is None or found[0] != "Aleppo"


def test_a_phrase_naming_no_place_holds_no_list() -> None:
    """'the towns of A and B in the hands of the rebels': "in the hands" names no place, so it holds no list; the
    same list "in rural Hama" is there."""
    held = "Government forces shelled the towns of Kafr Nabl and Maarat Harma in the hands of the rebels."
    found = _located_at(held, "shelled", "194")
    assert found is None or found[0] != "Hama"
    placed = "Government forces shelled the towns of Kafr Nabl and Maarat Harma in rural Hama."
    found = _located_at(placed, "shelled", "194")
    assert found is not None and found[0] == "Hama"
