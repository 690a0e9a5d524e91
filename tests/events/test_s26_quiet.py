"""Events coded in sentences where annotators code none (issue 13, s26-quiet); each must-not row is paired with a
positive sentence of the same kind:

* a deed that is the purpose of a verb a modal leaves open ('could use the summit to appeal', 'could help arrange a
  meeting') is hypothetical, as open as that verb (guide 3: flagged, not scored); the same verb told as done keeps the
  deed asserted (``clause.read_clause``, ``governing_modals``). 'would' is not one of them: on train it flagged an
  unannotated "said the EU would continue to cooperate", which stays asserted (an open question, not measured further).

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2017-11-08"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


# (the deed of an infinitive under a verb with a modal; its twin: the same verb told as done)
MUST_NOT_ASSERT_UNDER_A_MODAL: list[tuple[str, Coded]] = [
    (
        "Theresa May could use the summit to appeal to EU leaders.",
        ("Theresa May used the summit to appeal to EU leaders.", "GBRGOV", "IGOEU", "020"),
    ),
    (
        "France might use the meeting to criticize Russia.",
        ("France used the meeting to criticize Russia.", "FRA", "RUS", "111"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_ASSERT_UNDER_A_MODAL)
def test_a_deed_under_a_modal_verb_is_hypothetical(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root == positive[3][:2] and e.modality != "hypothetical", positive)
    assert any(e.modality == "hypothetical" for e in checks.events(negative))
    assert all(e.modality == "asserted" for e in checks.events(positive[0]))
