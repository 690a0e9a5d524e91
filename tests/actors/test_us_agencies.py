"""US federal agencies by their names and acronyms (actors.yaml, s23-actors): the executive (GOV) in US news. A name
or acronym another country's body shares (FDA, EPA, CDC, NIH, FTC, the Army Corps of Engineers) codes the US only in
its "U.S."-prefixed form, so a country word before it, or an article about another country, keeps its own reading."""

from __future__ import annotations

import datetime as dt

from detente import code_text
from detente.actors.lookup import lookup

DAY = dt.date(2017, 12, 19)


def _code(phrase: str, day: dt.date = DAY) -> str | None:
    found = lookup(phrase, day)
    return found.actor.code if found.actor is not None else None


def _sources(text: str, date: str) -> set[str]:
    return {e.source.code for e in code_text(text, date=date)}


def test_a_us_only_agency_s_acronym_and_full_name_are_the_us_executive() -> None:
    assert _code("FEMA") == "USAGOV"
    assert _code("the Federal Emergency Management Agency") == "USAGOV"
    assert _code("the U.S. Army Corps of Engineers") == "USAMIL"
    text = "FEMA urged the U.S. Army Corps of Engineers to repair the grid in Puerto Rico on Monday."
    found = {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date="2017-12-19")}
    assert ("USAGOV", "USAMIL") in found


def test_a_shared_acronym_is_no_agency_while_its_us_prefixed_form_is() -> None:
    assert _code("the Securities and Exchange Commission") != "USAGOV"
    assert _code("the SEC") != "USAGOV"
    assert _code("the U.S. Securities and Exchange Commission") == "USAGOV"
    assert _code("the FDA") != "USAGOV"
    assert _code("the U.S. Food and Drug Administration") == "USAGOV"


def test_a_country_word_before_a_shared_agency_name_keeps_its_country() -> None:
    assert _code("Vietnam's Food and Drug Administration") == "VNMGOV"
    assert _code("the Bangladeshi Army Corps of Engineers") == "BGDMIL"
    assert _code("the U.S. Food and Drug Administration") == "USAGOV"
    assert _code("the US Army Corps of Engineers") == "USAMIL"


def test_a_shared_acronym_in_an_article_about_another_country_is_not_the_us() -> None:
    abroad = "The Indonesian FDA banned Malaysian imports on Monday. The FDA accused Malaysia of hiding test results."
    assert "USAGOV" not in _sources(abroad, "2019-03-01")
    home = "The U.S. FDA banned Malaysian imports on Monday. The agency accused Malaysia of hiding test results."
    assert "USAGOV" in _sources(home, "2019-03-01")


def test_an_agency_younger_than_the_data_codes_nothing_before_its_start() -> None:
    assert _code("the CFPB", dt.date(2009, 5, 1)) is None
    assert _code("the CFPB", dt.date(2012, 5, 1)) == "USAGOV"
    assert _code("the TSA", dt.date(2000, 5, 1)) is None
    assert _code("the TSA", dt.date(2002, 5, 1)) == "USAGOV"
