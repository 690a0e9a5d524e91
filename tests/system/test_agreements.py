"""Agreements are cooperation both ways, even between enemies; so is fighting side by side."""

from __future__ import annotations

import pytest
from tests.system.conftest import statives_of


def cooperation(text: str) -> set[frozenset]:
    return {frozenset((s.source.code, s.target.code)) for s in statives_of(text, "cooperation") if s.source}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel and Hamas agreed to a four-day truce on Wednesday.", {frozenset(("ISR", "PSEREB"))}),
        ("Israel agreed to a ceasefire with Hezbollah.", {frozenset(("ISR", "LBNREB"))}),
        ("Israel and the UAE issued a joint statement.", {frozenset(("ISR", "ARE"))}),
        ("Chadian troops fought alongside French forces.", {frozenset(("TCDMIL", "FRAMIL"))}),
    ],
)
def test_agreements(text: str, expected: set[frozenset]) -> None:
    assert cooperation(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas rejected the truce.",  # rejecting is not agreeing
        "Israel and Hamas may agree to a truce.",  # hypothetical
        "Israel and Hamas did not agree to a truce.",  # negated
        "Israel and Hamas will sign a truce next week.",  # future
        "Israel proposed a truce to Hamas.",  # a proposal
        "Israel and Hamas issued separate statements.",  # not joint
    ],
)
def test_what_is_not_an_agreement(text: str) -> None:
    assert cooperation(text) == set()
