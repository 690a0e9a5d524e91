"""People between offices coded by their party (issue 14, s17): a member with no office on the day takes the party's
code by the guide's order, OPP while the party is out of the national executive, PTY while it holds it
(docs/annotation.md 5). The data (``actors_parties.yaml``) holds the memberships and the governing spells; the
office-holder table is read first. Each reading is paired with the must-not that keeps it honest."""

from __future__ import annotations

import datetime as dt

from detente import code_text
from detente.actors.lookup import lookup
from detente.data import schemas
from detente.data.schemas import GoverningSpell, PartiesFile, PartyMember, member_spells, party_problems


def _code(name: str, day: str) -> str | None:
    found = lookup(name, dt.date.fromisoformat(day))
    return found.actor.code if found.actor is not None else None


def test_a_candidate_and_president_elect_is_his_party_out_of_the_presidency() -> None:
    assert _code("Trump", "2016-12-01") == "USAOPP"  # president-elect: the Republicans are out until 2017-01-20
    assert _code("Trump", "2017-01-20") == "USAGOV"  # the hand-over day: the office holds
    why = lookup("Trump", dt.date(2016, 12, 1)).why
    assert "actors_parties" in why and "Republican Party" in why and "out of the national executive" in why


def test_the_office_comes_before_the_party() -> None:
    assert _code("Joe Biden", "2010-06-01") == "USAGOV"  # vice president
    assert _code("Joe Biden", "2019-06-05") == "USAOPP"  # a former vice president campaigning: his party, out
    assert _code("Hillary Clinton", "2011-06-01") == "USAGOV"  # secretary of state


def test_a_member_of_the_governing_party_is_pty() -> None:
    assert _code("Hillary Clinton", "2016-06-02") == "USAPTY"  # the Democrats hold the presidency
    assert _code("Hillary Clinton", "2017-11-01") == "USAOPP"  # they do not any more
    assert _code("Steve Bannon", "2017-12-12") == "USAPTY"  # out of the White House, his party governs


def test_a_person_with_no_membership_listed_stays_unresolved() -> None:
    assert _code("Michael Flynn", "2016-12-01") is None  # a nominee before confirmation; no membership is listed
    assert _code("Trump", "2016-12-01") == "USAOPP"
    assert _code("Trump", "2014-01-01") is None  # before the candidacy the data reads no party figure


def test_party_figures_are_coded_in_an_article() -> None:
    text = "Donald Trump accused China of currency manipulation on Tuesday."
    found = {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date="2016-06-01")}
    assert ("USAOPP", "CHN") in found
    later = {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date="2017-06-01")}
    assert ("USAGOV", "CHN") in later and ("USAOPP", "CHN") not in later


GOVERNS = [
    GoverningSpell(party="Red", start=dt.date(2010, 1, 1), end=dt.date(2012, 12, 31)),
    GoverningSpell(party="Red", start=dt.date(2016, 1, 1), end=None),
    GoverningSpell(party="Blue", start=dt.date(2013, 1, 1), end=dt.date(2015, 12, 31)),
]


def test_a_membership_is_cut_by_its_party_s_governing_spells() -> None:
    member = PartyMember(name="A", party="Red", start=dt.date(2011, 6, 1), end=dt.date(2017, 1, 1))
    assert member_spells(member, GOVERNS) == [
        (dt.date(2011, 6, 1), dt.date(2012, 12, 31), True),
        (dt.date(2013, 1, 1), dt.date(2015, 12, 31), False),
        (dt.date(2016, 1, 1), dt.date(2017, 1, 1), True),
    ]
    # an unknown start and no end: open at both ends; the other party's spells do not cut it
    open_member = PartyMember(name="B", party="Blue", start="unknown", end=None)
    assert member_spells(open_member, GOVERNS) == [
        (None, dt.date(2012, 12, 31), False),
        (dt.date(2013, 1, 1), dt.date(2015, 12, 31), True),
        (dt.date(2016, 1, 1), None, False),
    ]


def test_the_validator_names_unknown_parties_and_a_party_governing_twice_at_once() -> None:
    parties = PartiesFile(
        version=1,
        source="a test of the validator",
        governing=[*GOVERNS, GoverningSpell(party="Red", start=dt.date(2012, 6, 1), end=dt.date(2013, 1, 1))],
        members=[PartyMember(name="C", party="Green", start="unknown")],
    )
    problems = party_problems(parties, {"Red", "Blue"})
    assert any("'Green' is no party" in p for p in problems)
    assert any("Red governs twice at once" in p for p in problems)
    assert (
        party_problems(
            PartiesFile(version=1, source="a test of the validator", governing=GOVERNS, members=[]), {"Red", "Blue"}
        )
        == []
    )
    assert not [p for p in schemas.validate_all() if "actors_parties" in p]  # the packaged file is clean


def test_a_candidate_s_verbal_attack_is_criticism() -> None:
    # 2024: Trump between his terms is the Republicans' figure, out of the presidency; Biden holds it
    text = "Trump attacked Biden over his handling of the economy in an interview."
    found = {
        (e.source.code, e.target.code if e.target else None, e.cameo.root) for e in code_text(text, date="2024-05-03")
    }
    assert ("USAOPP", "USAGOV", "11") in found
    assert not any(root in ("18", "19", "20") for _, _, root in found)  # words, not force


def test_a_membership_reaches_back_no_further_than_the_data_vouches() -> None:
    # review1 probe_parties.sh: an 'unknown' start had made Hillary Clinton a party figure in 1995 (first lady) and
    # Bannon one in 2014 (Breitbart's chairman)
    assert _code("Hillary Clinton", "1995-06-01") is None  # before her first office (senator, 2001)
    assert _code("Bannon", "2014-06-01") is None  # before the campaign (2016-08-17)
    text = "Steve Bannon, the executive chairman of Breitbart News, criticized Germany on Monday."
    assert not any(e.source.code.startswith("USA") for e in code_text(text, date="2014-06-03"))
    # the same people on days the data vouches for
    assert _code("Hillary Clinton", "2014-06-01") == "USAPTY"  # a former secretary of state, her party governing
    assert _code("Bannon", "2016-10-01") == "USAOPP"  # the campaign's chief executive
    assert _code("Joe Biden", "2019-06-05") == "USAOPP"


def test_an_unknown_start_is_read_from_the_first_office() -> None:
    member = PartyMember(name="B", party="Blue", start="unknown", end=None)
    assert member_spells(member, GOVERNS, dt.date(2014, 1, 1)) == [
        (dt.date(2014, 1, 1), dt.date(2015, 12, 31), True),
        (dt.date(2016, 1, 1), None, False),
    ]
