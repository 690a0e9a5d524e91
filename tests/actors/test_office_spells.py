"""People between offices, party and parliament figures, agency heads (issue 14, s13): coded by the office held
on the day, as docs/annotation.md 5 orders a party figure's offices."""

from __future__ import annotations

import datetime as dt

from detente import code_text
from detente.actors.lookup import lookup


def _code(name: str, day: dt.date) -> str | None:
    found = lookup(name, day)
    return found.actor.code if found.actor is not None else None


def test_a_minister_who_resigns_sits_in_parliament_until_the_next_office() -> None:
    assert _code("Boris Johnson", dt.date(2017, 5, 1)) == "GBRGOV"  # foreign secretary
    assert _code("Boris Johnson", dt.date(2018, 10, 1)) == "GBRLEG"  # a backbench MP after resigning
    assert _code("Boris Johnson", dt.date(2020, 1, 1)) == "GBRGOV"  # prime minister
    assert _code("Boris Johnson", dt.date(2024, 1, 1)) is None  # out of parliament: no office


def test_the_opposition_front_bench_and_parties_that_never_governed() -> None:
    assert _code("Keir Starmer", dt.date(2018, 11, 12)) == "GBROPP"  # shadow Brexit secretary
    assert _code("Keir Starmer", dt.date(2015, 1, 1)) is None  # between the prosecution service and parliament
    assert _code("Nigel Farage", dt.date(2017, 3, 1)) == "GBROPP"
    assert _code("Nigel Farage", dt.date(2025, 1, 1)) == "GBRLEG"  # an MP: a seat comes before a party office


def test_members_of_congress_officials_and_agency_heads() -> None:
    assert _code("Ted Cruz", dt.date(2017, 6, 1)) == "USALEG"
    assert _code("Steve Mnuchin", dt.date(2018, 1, 1)) == "USAGOV"
    assert _code("Steve Mnuchin", dt.date(2016, 1, 1)) is None  # before the cabinet: a banker
    assert _code("Andrew McCabe", dt.date(2017, 6, 1)) == "USACOP"
    assert _code("Rami Abdel Rahman", dt.date(2016, 1, 1)) == "SYRHRI"


def test_a_surname_named_in_full_earlier_is_the_backbencher() -> None:
    text = "Conservative lawmaker Jacob Rees-Mogg criticized Theresa May on Monday. Rees-Mogg accused May of betrayal."
    events = code_text(text, date="2018-11-20")
    accusations = [e for e in events if e.cameo.root == "11" and e.source is not None]
    assert accusations and {e.source.code for e in accusations} == {"GBRLEG"}
    assert {e.target.code for e in accusations if e.target is not None} == {"GBRGOV"}
