"""Members listed by their body ('the Arab League, which includes Egypt', 'ASEAN member states, including
Vietnam', 'NATO, of which Turkey is a member'), founders of a body, lists the parser breaks into appositions,
and 'pro-X' phrases as actors and as support (issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.system.conftest import statives_of

from detente.eval import gold_articles
from detente.pipeline import Coder
from detente.system.evaluate import article_relations


def memberships(text: str) -> set[tuple]:
    return {(s.source.code if s.source else None, s.target.code) for s in statives_of(text, "membership") if not s.ends}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Arab League, which includes Egypt and Saudi Arabia, met in Cairo.",
         {("EGY", "IGOLAS"), ("SAU", "IGOLAS")}),
        ("The leaders of the ten ASEAN member states, including Vietnam, met.", {("VNM", "IGOASEAN")}),
        ("Sanctions imposed by NATO members, including Canada, took effect.", {("CAN", "IGONATO")}),
        ("The EU, including France and Germany, imposed sanctions.", {("FRA", "IGOEU"), ("DEU", "IGOEU")}),
        ("NATO, of which Turkey is a member, met in Brussels.", {("TUR", "IGONATO")}),
        ("Poland is an EU and NATO member.", {("POL", "IGOEU"), ("POL", "IGONATO")}),
        ("Russia and China founded the Shanghai Cooperation Organisation in 2001.",
         {("RUS", "IGOSCO"), ("CHN", "IGOSCO")}),
        # a list the parser reads as an apposition with a conjunct is still three subjects
        ("Mali, Burkina Faso and Niger formed the Alliance of Sahel States.",
         {("MLI", "IGOAES"), ("BFA", "IGOAES"), ("NER", "IGOAES")}),
    ],
)  # fmt: skip
def test_members_listed_by_their_body(text: str, expected: set[tuple]) -> None:
    assert memberships(text) == expected


@pytest.mark.parametrize(
    ("text", "paired", "expected"),
    [
        # a deal is no body
        ("The deal includes Iran and Iraq.", "The Arab League includes Egypt and Iraq.",
         {("EGY", "IGOLAS"), ("IRQ", "IGOLAS")}),
        # countries of no body
        ("Ten countries, including Kenya, signed the deal.", "Ten NATO members, including Canada, signed the deal.",
         {("CAN", "IGONATO")}),
        # what is included is no member
        ("Sanctions on Russia, including a ban on oil imports, took effect.",
         "The EU, including France and Germany, imposed sanctions on Russia.", {("FRA", "IGOEU"), ("DEU", "IGOEU")}),
        # talks are no body
        ("The talks, which include Iran and Saudi Arabia, resume on Monday.",
         "The Arab League, which includes Iraq and Saudi Arabia, meets on Monday.",
         {("IRQ", "IGOLAS"), ("SAU", "IGOLAS")}),
        # founding what is no body
        ("Iran formed a committee to study the plan.",
         "Mali, Burkina Faso and Niger formed the Alliance of Sahel States.",
         {("MLI", "IGOAES"), ("BFA", "IGOAES"), ("NER", "IGOAES")}),
    ],
)  # fmt: skip
def test_what_no_roster_says(text: str, paired: str, expected: set[tuple]) -> None:
    assert memberships(text) == set()
    assert memberships(paired) == expected  # the same shape where a body lists its members


def test_a_roster_that_leaves_out_is_an_ending_not_a_membership() -> None:
    found = statives_of("The Arab League, which does not include Iran, met in Cairo.", "membership")
    assert [(s.source.code if s.source else None, s.target.code, s.ends) for s in found] == [("IRN", "IGOLAS", True)]
    assert memberships("The Arab League, which includes Egypt, met in Cairo.") == {("EGY", "IGOLAS")}


def _relations(text: str) -> set[tuple]:
    coded = next(iter(Coder().code_many(gold_articles([{"id": "t", "date": "2024-12-02", "text": text}]))))
    return {(r[0], r[1], r[2]) for r in article_relations(coded.events, coded.statives, dt.date(2024, 12, 2))}


def test_pro_russian_separatists_are_of_the_country_they_fight_in() -> None:
    # conventions: a national armed group is its own country + REB; 'pro-Russian' says whom it is for
    found = _relations("Pro-Russian separatists shelled Mariupol on Monday.")
    assert ("UKRREB", "UKR", "hostility") in found
    assert ("RUS", "UKRREB", "support") in found
    assert not any("RUSREB" in (s, t) for s, t, _ in found)


def test_pro_phrases_need_a_country_other_than_their_side() -> None:
    # a plain demonym is their own country: Russian rebels, and no support from anyone
    assert _relations("Russian separatists shelled Mariupol on Monday.") == {("RUSREB", "UKR", "hostility")}
    # 'pro-Russian' in Russia is their own side: no support (in Ukraine it is, above)
    assert not any(k == "support" for _, _, k in _relations("Pro-Russian separatists met officials in Moscow."))
    assert ("RUS", "UKRREB", "support") in _relations("Pro-Russian separatists shelled Mariupol on Monday.")
