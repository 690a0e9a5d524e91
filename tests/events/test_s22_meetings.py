"""Meetings with the press are no consultation (issue 13, s22-p04).

The press an actor meets or phones is its audience, no party to a meeting (roles.yaml audience_codes,
audience_roles). Every must-not row is paired with its positive twin; sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2024-05-03"

# The press an actor meets or phones is its audience, no party to a consultation (roles.yaml audience_codes).
AUDIENCE: list[tuple[tuple[str, str], Coded]] = [
    (
        ("Chancellor Olaf Scholz met the press on Monday.", "04"),
        ("Chancellor Olaf Scholz met French President Emmanuel Macron on Monday.", "DEUGOV", "FRAGOV", "040"),
    ),
    (
        ("The Kremlin spoke in a phone call with journalists on Friday.", "04"),
        ("Putin spoke in a phone call with Chancellor Olaf Scholz on Friday.", "RUSGOV", "DEUGOV", "041"),
    ),
    (
        ("Netanyahu met the press on Monday.", "04"),
        (
            "Al Jazeera met with Qatari officials on Monday to discuss the closure of its Cairo office.",
            "QATMED",
            "QATGOV",
            "040",
        ),
    ),
]


def test_a_named_outlet_stays_a_party_beyond_meetings(checks: SentenceChecks) -> None:
    """Only a meeting or call with the press as a plain noun is dropped: a named outlet's visit stays coded."""
    checks.assert_coded("A group of Al Jazeera journalists visited Syria on Monday.", ("QATMED", "SYR", "042"))


@pytest.mark.parametrize(("negative", "positive"), AUDIENCE, ids=[c[0][0][:60] for c in AUDIENCE])
def test_the_press_met_is_no_party(checks: SentenceChecks, negative: tuple[str, str], positive: Coded) -> None:
    text, root = negative
    checks.assert_pair(
        text, lambda e: e.cameo.root == root and "MED" in (e.source.role, e.target and e.target.role), positive
    )
