"""Events coded where annotators code none, or code another root (issue 13, s23-precision), classes a mechanism
tells apart; each must-not row is paired with a positive sentence of the same kind:

* a verb of taking a side told in the passive, or as a participle on the party it backs ('has been backed militarily
  by Russia') says who stands behind whom, a standing relation (guide 3), not a deed of the day; the active clause
  and a passive dated in the news stay (``clause.side_reading``, ``standing.side_verbs``);

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente import explain_text

DATE = "2017-11-08"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


# (a side taken, told in the passive with no date; its twin: the same side taken as the day's deed)
MUST_NOT_CODE_A_SIDE_HELD: list[tuple[str, Coded]] = [
    (
        "The Syrian government has been backed militarily by Russia.",
        ("Russia backed the Syrian government at the Security Council on Monday.", "RUS", "SYRGOV", "051"),
    ),
    (
        "The Syrian government is supported by Russia.",
        ("The Syrian government was backed by Russia at the Security Council on Monday.", "RUS", "SYRGOV", "051"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_A_SIDE_HELD)
def test_a_side_told_in_the_passive_is_a_standing_relation(
    checks: SentenceChecks, negative: str, positive: Coded
) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root == "05", positive)


def _reasons(text: str) -> str:
    """Every skip reason ``explain`` gives for a sentence, joined."""
    _, skips = explain_text(text, date=DATE)
    return " | ".join(s.reason for s in skips)


def test_the_side_reason_is_shown() -> None:
    """``explain`` names why the clause was skipped; the dated passive is not skipped for it."""
    assert "a standing relation, not a deed" in _reasons(MUST_NOT_CODE_A_SIDE_HELD[0][0])
    assert "a standing relation, not a deed" not in _reasons(MUST_NOT_CODE_A_SIDE_HELD[1][1][0])
