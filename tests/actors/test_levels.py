"""s19-levels: the level of an actor of the right country, as docs/annotation.md 5 reads it. A party as an
organisation is OPP on the days it is out of the national executive; one who speaks for a body named before the noun,
or leads a body named after "of", takes that body's role; a singular held district that "of" and a name name is a
place of its country. Each reading is paired with the phrase it must not change."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.layered import code_both

from detente import code_text
from detente.actors.parties import party_on
from detente.data import gazetteer


def _pairs(text: str, date: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date=date)}


def _sources(text: str, date: str) -> set[str]:
    return {e.source.code for e in code_text(text, date=date)}


def _party(name: str, day: str) -> str:
    entry = gazetteer().actors[name][0]
    return party_on(entry, dt.date.fromisoformat(day)).code


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Scottish National Party", "2017-03-03", "GBROPP"),  # never in the UK cabinet: opposition
        ("Conservative Party", "2017-03-03", "GBRPTY"),  # holds the cabinet that day
        ("Conservative Party", "2005-03-03", "GBROPP"),  # out of it under Labour
        ("Democratic Party", "2017-12-04", "USAOPP"),  # out of the presidency
        ("Democratic Party", "2016-12-04", "USAPTY"),  # holds it
        ("Scottish National Party", "1990-01-01", "GBRPTY"),  # before the table covers the UK: as the dictionary says
    ],
)
def test_a_party_is_opp_on_the_days_it_is_out_of_the_executive(name: str, day: str, code: str) -> None:
    assert _party(name, day) == code


def test_a_party_of_a_country_the_table_does_not_cover_keeps_its_code() -> None:
    entries = [e for e in gazetteer().actors["Lega"] if e.role == "PTY"]
    assert entries
    assert party_on(entries[0], dt.date(2017, 3, 3)).code == "ITAPTY"


@pytest.mark.parametrize(
    ("text", "date", "pair", "not_pair"),
    [
        (
            "British Prime Minister Theresa May accused the SNP of holding an obsession with independence.",
            "2017-03-03",
            ("GBRGOV", "GBROPP"),
            ("GBRGOV", "GBRPTY"),
        ),
        (
            "British Prime Minister Theresa May accused the Conservative Party of an obsession with independence.",
            "2017-03-03",
            ("GBRGOV", "GBRPTY"),
            ("GBRGOV", "GBROPP"),
        ),
        (
            "Donald Trump slammed the Democratic candidate, Doug Jones, as weak on crime.",
            "2017-12-04",
            ("USAGOV", "USAOPP"),
            ("USAGOV", "USAPTY"),
        ),
    ],
)
def test_a_party_in_a_sentence_by_who_governs(text: str, date: str, pair: tuple, not_pair: tuple) -> None:
    pairs = _pairs(text, date)
    assert pair in pairs
    assert not_pair not in pairs


@pytest.mark.parametrize(
    ("text", "code", "not_code"),
    [
        ("An Israeli army spokeswoman declined to discuss the raid.", "ISRMIL", "ISRGOV"),
        ("An Israeli police spokesperson declined to discuss the raid.", "ISRCOP", "ISRGOV"),
        # no body before the noun: the spokeswoman speaks for the government, as before
        ("An Israeli spokeswoman declined to discuss the raid.", "ISRGOV", "ISRMIL"),
        ("An Israeli government spokeswoman declined to discuss the raid.", "ISRGOV", "ISRMIL"),
    ],
)
def test_a_spokesperson_speaks_as_the_body_named_before_the_noun(text: str, code: str, not_code: str) -> None:
    sources = _sources(text, "2015-07-29")
    assert code in sources
    assert not_code not in sources


def test_a_noun_with_no_role_of_its_own_gains_none_from_the_body_before_it() -> None:
    # "government attorneys": an attorney has no role of his own, so the body word gives the phrase none (unresolved)
    text = "Government attorneys investigating Russian interference are biased against President Donald Trump."
    assert not any(e.source.text.lower().startswith("government attorneys") for e in code_text(text, date="2017-12-13"))
    assert ("ISRMIL", None) in _pairs("An Israeli army spokeswoman declined to discuss the raid.", "2015-07-29")


@pytest.mark.parametrize(
    ("text", "pair", "not_pair"),
    [
        (
            "President Donald Trump slammed the leader of Britain's opposition on Monday.",
            ("USAGOV", "GBROPP"),
            ("USAGOV", "GBRGOV"),
        ),
        # a country after "of" is no body with a role: the leader is the government's, as before
        ("President Donald Trump slammed the leader of Britain on Monday.", ("USAGOV", "GBRGOV"), ("USAGOV", "GBROPP")),
    ],
)
def test_a_leader_takes_the_role_of_the_body_led(text: str, pair: tuple, not_pair: tuple) -> None:
    pairs = _pairs(text, "2019-08-28")
    assert pair in pairs
    assert not_pair not in pairs


@pytest.mark.parametrize(
    ("text", "pair", "not_pair"),
    [
        # the district is named: a place of its country whoever holds it (guide 1.3)
        (
            "Two residents were killed by rebel mortar fire on the government-held quarter of Midane in Syria "
            "on Monday, a monitor said.",
            ("SYRREB", "SYR"),
            ("SYRREB", "SYRGOV"),
        ),
        # districts of a named city, unnamed themselves: the holder's, as before
        (
            "Two residents were killed by rebel mortar fire on government-held districts of Aleppo in Syria on Monday, "
            "a monitor said.",
            ("SYRREB", "SYRGOV"),
            ("SYRREB", "SYR"),
        ),
    ],
)
def test_a_named_held_district_is_a_place(text: str, pair: tuple, not_pair: tuple) -> None:
    pairs = _pairs(text, "2016-06-06")
    assert pair in pairs
    assert not_pair not in pairs


@pytest.mark.parametrize(
    ("text", "code", "not_code"),
    [
        # a legislator of an opposition party holds a seat (guide 5, step 3)
        ("Peruvian opposition lawmakers criticized President Pedro Pablo Kuczynski.", "PERLEG", "PEROPP"),
        # the opposition's leaders stay the opposition
        ("Peruvian opposition leaders criticized President Pedro Pablo Kuczynski.", "PEROPP", "PERLEG"),
    ],
)
def test_an_opposition_lawmaker_holds_a_seat(text: str, code: str, not_code: str) -> None:
    sources = _sources(text, "2017-12-18")
    assert code in sources
    assert not_code not in sources


@pytest.mark.parametrize(
    ("text", "pair", "not_pair"),
    [
        # a party's leaders in an article that names the legislature are its leaders there
        (
            "Republican leaders in Congress have asked Roy Moore to withdraw from the race.",
            ("USALEG", "USAPTY"),
            ("USAGOV", "USAPTY"),
        ),
        # no legislature named: as before
        (
            "Republican leaders in Alabama have asked Roy Moore to withdraw from the race.",
            ("USAGOV", "USAPTY"),
            ("USALEG", "USAPTY"),
        ),
    ],
)
def test_a_partys_leaders_where_the_article_names_its_legislature(text: str, pair: tuple, not_pair: tuple) -> None:
    pairs = _pairs(text, "2017-11-16")
    assert pair in pairs
    assert not_pair not in pairs


@pytest.mark.parametrize(
    ("text", "pair", "not_pair"),
    [
        # a part of the capital is a place of its country, never its government
        (
            "The Syrian army advanced in the district of Jobar eastern Damascus on Thursday.",
            ("SYRMIL", "SYR"),
            ("SYRMIL", "SYRGOV"),
        ),
        # the capital as a whole, standing for its government by its role in the clause, as before
        ("Washington imposed sanctions on Iran on Monday.", ("USAGOV", "IRN"), ("USA", "IRN")),
    ],
)
def test_a_part_of_the_capital_is_a_place(text: str, pair: tuple, not_pair: tuple) -> None:
    # written while the learned layer shipped: some of these sentences are its events (tests/layered.py)
    pairs = {(e.source.code, e.target.code if e.target else None) for e in code_both(text, "2014-09-04")}
    assert pair in pairs
    assert not_pair not in pairs
