"""Membership of international bodies: 'belongs to', 'X-led', 'led by X', 'leads the AU mission'."""

from __future__ import annotations

import pytest
from tests.system.conftest import statives_of


def memberships(text: str) -> set[tuple]:
    return {(s.source.code if s.source else None, s.sign, s.target.code) for s in statives_of(text, "membership")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary belongs to the European Union.", {("HUN", "+", "IGOEU")}),
        ("Brazil, which belongs to the BRICS group, hosted the summit.", {("BRA", "+", "IGOBRICS")}),
        ("The Russian-led Collective Security Treaty Organization sent troops.", {("RUS", "+", "IGOCSTO")}),
        ("The African Union mission, led by Kenya, arrived.", {("KEN", "+", "IGOAU")}),
        ("Kenya leads the AU mission in Somalia.", {("KEN", "+", "IGOAU")}),
        ("As a NATO member, Turkey is bound by Article 5.", {("TUR", "+", "IGONATO")}),
        ("The members of BRICS include Brazil and India.", {("BRA", "+", "IGOBRICS"), ("IND", "+", "IGOBRICS")}),
    ],
)
def test_membership(text: str, expected: set[tuple]) -> None:
    assert memberships(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Forces led by the United States entered Raqqa.",  # led, but no international body
        "The delegation, led by Kenya, arrived.",  # a delegation is not a body
        "Kenya leads the talks in Nairobi.",  # leading talks is not membership
        "Ukraine wants to join NATO.",  # intent
        "Turkey was once a member of the Council of Europe.",  # no longer holds
        "The Saudi-led strikes hit Sanaa.",  # strikes are not a body
        "As a candidate for EU membership, Ukraine must reform.",  # candidate status is not membership
        "NATO regards Finland as a member of the Nordic Council.",  # the 'as' phrase describes the object
    ],
)
def test_what_is_not_membership(text: str) -> None:
    assert memberships(text) == set()
