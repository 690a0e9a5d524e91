"""Support by a military acting at someone's request ("struck the rebels at the request of the Malian government").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.system.conftest import held_pairs


def supports(text: str) -> set[tuple]:
    return held_pairs(text, "support")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("French troops struck the rebels in Mali at the request of the Malian government.", {("FRAMIL", "MLIGOV")}),
        ("Russian forces intervened at the invitation of the Syrian government.", {("RUSMIL", "SYRGOV")}),
    ],
)
def test_a_military_acting_at_a_request_backs_who_asked(text: str, expected: set[tuple]) -> None:
    assert supports(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The UN Security Council met at the request of Ukraine.",  # no military: a meeting asked for
        "French troops did not strike the rebels at the request of the Malian government.",  # negated
        "French troops left Mali at the request of the Malian government.",  # leaving is no backing
    ],
)
def test_what_is_no_support(text: str) -> None:
    assert supports(text) == set()
