"""US federal agencies by their names and acronyms (actors.yaml, s23-actors): the executive (GOV) in US news; an
acronym that is a common word or shared elsewhere ("SEC") is left out, so only the agency's full name codes it."""

from __future__ import annotations

import datetime as dt

from detente import code_text
from detente.actors.lookup import lookup

DAY = dt.date(2017, 12, 19)


def _code(phrase: str) -> str | None:
    found = lookup(phrase, DAY)
    return found.actor.code if found.actor is not None else None


def test_an_agency_s_acronym_and_full_name_are_the_us_executive() -> None:
    assert _code("FEMA") == "USAGOV"
    assert _code("the Federal Emergency Management Agency") == "USAGOV"
    assert _code("the Army Corps of Engineers") == "USAMIL"
    text = "FEMA asked the Army Corps of Engineers to restore power in Puerto Rico on Monday."
    found = {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date="2017-12-19")}
    assert ("USAGOV", "USAMIL") in found


def test_a_shared_acronym_is_no_agency_while_its_full_name_is() -> None:
    assert _code("the Securities and Exchange Commission") == "USAGOV"
    assert _code("the SEC") != "USAGOV"
