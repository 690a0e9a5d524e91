"""A pact of defence binds its parties as allies; recognising who rightly governs is support (s12-relations)."""

from __future__ import annotations

import pytest
from tests.system.conftest import held_pairs

from detente.system.contributions import relation_of


def alliances(text: str) -> set[frozenset]:
    return {frozenset(p) for p in held_pairs(text, "alliance") if p[0]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mutual defence treaty between Greece and France remains in force.", {frozenset(("GRC", "FRA"))}),
        ("Chile sent advisers after signing a mutual defence treaty with Peru in May.", {frozenset(("CHL", "PER"))}),
        ("Kenya signed a defence pact with Uganda on Monday.", {frozenset(("KEN", "UGA"))}),
    ],
)
def test_defence_pacts_are_alliances(text: str, expected: set[frozenset]) -> None:
    assert alliances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed a trade pact on Monday.",  # a pact of trade binds no allies
        "Kenya refused to sign a defence pact with Uganda.",  # refused: no signing
        "Kenya did not sign a defence pact with Uganda.",  # negated
        "Kenya and Uganda discussed a defence pact on Monday.",  # talked of, not signed
    ],
)
def test_what_is_no_pact_of_defence(text: str) -> None:
    assert alliances(text) == set()


def test_recognising_a_state_in_a_relative_clause_is_support() -> None:
    assert held_pairs("Taiwan, which Paraguay recognises as a sovereign state, held elections.", "support") == {
        ("PRY", "TWN")
    }
    assert held_pairs("Taiwan, which Paraguay no longer recognises, held elections.", "support") == set()  # an ending
    assert held_pairs("Taiwan, which Paraguay visited, held elections.", "support") == set()


def test_recognition_events_are_support_and_relations_stay_cooperation() -> None:
    assert relation_of("054", "054.recognise") == ("support", "+")
    assert relation_of("054", "054.grant_recognition") == ("support", "+")
    assert relation_of("054", "054.establish_diplomatic_relations") == ("cooperation", "+")
