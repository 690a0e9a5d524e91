"""Places of the event's record (issue 14, s12): the own clause of a verb conjoined to another, the target among the
places a phrase lists, a capital named by its country's demonym."""

from __future__ import annotations

from dataclasses import dataclass

from detente.nlp import get_nlp
from detente.records import Location
from detente.where import locate
from detente.where.places import place_location


def _place(text: str, trigger: str, code: str) -> tuple[str, str | None, str] | None:
    doc = get_nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    loc = locate(tok, [], code=code)
    return (loc.name, loc.country, loc.precision) if loc is not None else None


def test_a_conjoined_verb_s_own_clause_names_its_place() -> None:
    # the parser hangs "in southern Syria" on the party; the clause read is the conjoined verb's own
    text = "The envoy arrived on Monday and met with leaders of the rebel alliance in southern Syria on Tuesday."
    assert _place(text, "met", "040") == ("southern Syria", "SYR", "region")
    text = "The minister flew home and later met with leaders of the opposition coalition in northern Iraq."
    assert _place(text, "met", "040") == ("northern Iraq", "IRQ", "region")
    # a place of a clause inside it (who fought there) is still no place of the meeting
    text = "The envoy arrived on Monday and met with leaders who had fought in southern Syria."
    assert _place(text, "met", "040") is None


@dataclass
class _Target:
    place: Location | None


def test_a_target_listed_among_the_places_of_the_phrase_is_the_place() -> None:
    doc = get_nlp()("The president spent days in England, France and Ireland this week.")
    spent = next(t for t in doc if t.text == "spent")
    france = place_location("France", "France")
    loc = locate(spent, [_Target(france)], code="042")
    assert loc is not None and (loc.name, loc.country) == ("France", "FRA")
    # a target named in none of the listed places does not choose among them: the first listed stays
    germany = place_location("Germany", "Germany")
    loc = locate(spent, [_Target(germany)], code="042")
    assert loc is not None and loc.country == "GBR"


def test_a_capital_named_by_its_country_s_people_is_that_capital() -> None:
    text = "Speaking next to Juncker in the Belgian capital, May praised the deal."
    assert _place(text, "Speaking", "040") == ("Brussels", "BEL", "city")
    assert _place("Warplanes bombed rebels in the Syrian capital on Friday.", "bombed", "195") == (
        "Damascus",
        "SYR",
        "city",
    )
    # "a European capital" names no one capital
    assert _place("Protesters marched in a European capital on Friday.", "marched", "141") is None
