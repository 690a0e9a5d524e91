"""Events of force (root 19) a human coder does not code, classes a mechanism tells apart (issue 13, s22-p19); each
must-not row is paired with a positive sentence of the same kind:

* a doer offered as one of alternatives ("Syrian regime or Russian air strikes", "carried out by regime or Russian
  jets", "presumed Russian or Syrian government airstrikes") is not known: the deed is coded for no one (guide 1.3,
  section 5), while a list joined by "and" names each doer, and alternatives of deeds by one doer ("Russian air
  strikes or shelling") leave the doer known (``filters._doer_in_doubt``, ``clauses.yaml``
  ``alternative_conjunctions``).

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente.records import Event

DATE = "2017-11-08"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def _force(event: Event) -> bool:
    return event.cameo.root == "19"


# (the doer one of alternatives; its twin: the doers joined by "and", or one doer named)
MUST_NOT_CODE_A_DOER_IN_DOUBT: list[tuple[str, Coded]] = [
    (
        "Syrian regime or Russian air strikes on a village in Hama province on Tuesday killed 19 people.",
        (
            "Syrian and Russian air strikes on a village in Hama province on Tuesday killed 19 people.",
            "RUSMIL",
            "SYR",
            "195",
        ),
    ),
    (
        "Nine people were killed on Monday in airstrikes on the town of Maarat carried out by"
        " Syrian regime or Russian jets.",
        (
            "Nine people were killed on Monday in airstrikes on the town of Maarat carried out by Syrian regime and"
            " Russian jets.",
            "RUSMIL",
            "SYRCVL",
            "195",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_A_DOER_IN_DOUBT)
def test_a_doer_in_doubt_is_no_doer(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, _force, positive)


def test_alternative_deeds_keep_their_doer(checks: SentenceChecks) -> None:
    """'or' between two deeds of one doer is no doubt about the doer."""
    checks.assert_coded(
        "Russian air strikes or shelling on a village in Hama province on Tuesday killed 19 people.",
        ("RUSMIL", "SYR", "195"),
    )
