"""Membership said by allegiance, a branch, readmission and 'of which' hung loose (s15-relations)."""

from __future__ import annotations

import pytest
from tests.system.conftest import statives_of


def memberships(text: str) -> set[tuple]:
    """Memberships held (a negated one is an ending, as "has not joined NATO" is)."""
    found = statives_of(text, "membership")
    return {(s.source.code if s.source else None, s.sign, s.target.code) for s in found if not s.ends}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group's oath to another armed group makes it a member, as "affiliate" does
        (
            "The Maute group, which has pledged allegiance to Islamic State, seized Marawi.",
            {("PHLREB", "+", "IMGISIS")},
        ),
        ("Boko Haram pledged allegiance to the Islamic State in 2015.", {("NGAREB", "+", "IMGISIS")}),
        # a branch of an armed group is its member
        ("Al-Shabaab, al-Qaeda's East African branch, attacked a base.", {("SOMREB", "+", "IMGAQ")}),
        # readmitted, either way round
        ("Syria was readmitted to the Arab League in 2023.", {("SYR", "+", "IGOLAS")}),
        ("The Arab League readmitted Syria in 2023.", {("SYR", "+", "IGOLAS")}),
        # the parser hangs a fronted "of which" as a bare dependent after a long name
        (
            "The Organization of American States, of which Nicaragua is a member, condemned the killings.",
            {("NIC", "+", "IGOOAS")},
        ),
    ],
)
def test_membership_shapes(text: str, expected: set[tuple]) -> None:
    assert memberships(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The general pledged allegiance to the king.",  # no armed groups: an oath, no body
        "The Maute group has not pledged allegiance to Islamic State.",  # denied
        "The Commission, the EU's executive branch, proposed the rules.",  # a branch of a body is the body itself
        "The Organization of American States, of which Nicaragua is not a member, condemned the killings.",
    ],
)
def test_not_membership(text: str) -> None:
    assert memberships(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body entered is joined (a place entered is not)
        ("Croatia, which entered NATO in 2009, welcomed the vote.", {("HRV", "+", "IGONATO")}),
        # members are states: the leaders of a country who found a body stand for their country
        (
            "The leaders of China, Russia and Kazakhstan founded the Shanghai Cooperation Organisation.",
            {("CHN", "+", "IGOSCO"), ("RUS", "+", "IGOSCO"), ("KAZ", "+", "IGOSCO")},
        ),
    ],
)
def test_entered_and_member_states(text: str, expected: set[tuple]) -> None:
    assert memberships(text) == expected


def test_entering_a_place_is_no_membership() -> None:
    assert memberships("Russian troops entered Ukraine in February.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The BRICS bloc, made up of Brazil, Russia and India, met in Durban.",
            {("BRA", "+", "IGOBRICS"), ("RUS", "+", "IGOBRICS"), ("IND", "+", "IGOBRICS")},
        ),
        ("BRICS, consisting of Brazil and India, met in Durban.", {("BRA", "+", "IGOBRICS"), ("IND", "+", "IGOBRICS")}),
    ],
)
def test_made_up_of(text: str, expected: set[tuple]) -> None:
    assert memberships(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The delegation, made up of Brazil and Russia, met in Durban.",  # no international body
        "BRICS made a statement of support for India.",  # 'of' is the statement's
    ],
)
def test_not_made_up_of(text: str) -> None:
    assert memberships(text) == set()
