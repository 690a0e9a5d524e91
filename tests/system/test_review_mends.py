"""Readings the independent review of s15-relations found wrong, each paired with the reading its rule must keep:
an ending verb's subject, the walk from a threat, what a launch strikes, two sides who fought, who is a member."""

from __future__ import annotations

import pytest
from tests.system.conftest import held_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transitive ending verb stops its object, not its subject's relation
        ("Russia's war against Ukraine stopped grain shipments.", {("RUS", "UKR")}),
        # an intransitive one ends its subject: nothing holds
        ("Russia's war against Ukraine stopped in 2024.", set()),
    ],
)
def test_an_ending_verbs_subject(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "hostility") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the walk from a threat stops at a verb that carries no force
        ("Russia threatened to veto a resolution on military action against Syria.", set()),
        ("The United States vowed to stop attacks on Israel.", set()),
        ("Iran threatened to retaliate against any attacks on Syria.", set()),
        # what a response answers is no one threatened; its means is
        ("Biden vowed to respond to the attack on Israel.", set()),
        ("The Houthis vowed to respond with more attacks on Israel.", {("YEMREB", "ISR")}),
        # and goes on through a verb that carries the deed
        ("Venezuela threatened to use military force against Guyana.", {("VEN", "GUY")}),
        ("The Houthis vowed to answer the strike with more attacks on Israel.", {("YEMREB", "ISR")}),
    ],
)
def test_the_walk_from_a_threat(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "hostility") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched Iranian drones at Kyiv.", set()),  # the drones are sent, not struck
        ("Russia launched missiles at Ukrainian warships.", {("RUS", "UKRMIL")}),  # the holding after 'at' is
        ("Hamas fighters destroyed Israeli tanks.", {("PSEREB", "ISRMIL")}),  # another verb's object is struck
    ],
)
def test_what_a_launch_strikes(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "hostility") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian and Russian troops fought in Aleppo for months.", set()),  # side by side
        ("Syrian and Russian troops fought each other in Aleppo.", {("SYRMIL", "RUSMIL"), ("RUSMIL", "SYRMIL")}),
        ("Djiboutian and Eritrean troops clashed.", {("DJIMIL", "ERIMIL"), ("ERIMIL", "DJIMIL")}),
    ],
)
def test_two_sides_who_fought(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "hostility") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of Syrian refugees entered the EU in 2015.", set()),  # refugees are no member
        ("Croatia entered the EU in 2013.", {("HRV", "IGOEU")}),
        ("The Syrian government joined the Arab League.", {("SYR", "IGOLAS")}),  # a government stands for its state
    ],
)
def test_who_is_a_member(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "membership") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BRICS made use of India's presidency.", set()),  # 'made' without 'up' lists no one
        ("BRICS, made up of Brazil and India, met in Durban.", {("BRA", "IGOBRICS"), ("IND", "IGOBRICS")}),
    ],
)
def test_made_needs_up(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "membership") == expected
