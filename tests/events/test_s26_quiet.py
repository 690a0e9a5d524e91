"""Events coded in sentences where annotators code none (issue 13, s26-quiet); each must-not row is paired with a
positive sentence of the same kind:

* a deed placed at an occasion a past year dates is background (guide 3) also when the year reaches the occasion's
  noun through a modifier of it ('in a lightning 2014 campaign': the year hangs on 'lightning') or through its 'of'
  ('in the war of 1967'); the same occasion in the year of the news, and a year in the deed's topic ('over the
  invasion of 2014'), keep the deed (``dating.at_a_past_occasion``);
* a deed that is the purpose of a verb a modal leaves open ('could use the summit to appeal', 'could help arrange a
  meeting') is hypothetical, as open as that verb (guide 3: flagged, not scored); the same verb told as done keeps the
  deed asserted, and 'would' (the future of reported speech) is not such a modal (``clause.read_clause``,
  ``governing_modals``).

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente import explain_text

DATE = "2017-11-08"
BACKGROUND = "placed at an occasion a year dates"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def _reasons(text: str) -> str:
    """Every skip reason ``explain`` gives for a sentence, joined."""
    _, skips = explain_text(text, date=DATE)
    return " | ".join(s.reason for s in skips)


# (the year reaches the occasion through a modifier or an 'of'; its twin: the same occasion in the year of the news,
# or the year in the deed's topic)
MUST_NOT_CODE_AT_A_PAST_OCCASION: list[tuple[str, Coded]] = [
    (
        "Islamic State seized large areas of Iraq in a lightning 2014 campaign.",
        ("Islamic State seized large areas of Iraq in a lightning 2017 campaign.", "IMGISIS", "IRQ", "192"),
    ),
    (
        "Israel seized the Golan Heights from Syria in the war of 1967.",
        ("Israel seized the Golan Heights from Syria in the war of 2017.", "ISR", "SYR", "192"),
    ),
    (
        "Poland criticized Russia at the summit of 2014.",
        ("Poland criticized Russia over the invasion of 2014.", "POL", "RUS", "111"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_AT_A_PAST_OCCASION)
def test_a_year_reaching_the_occasion_makes_background(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root == positive[3][:2], positive)
    assert BACKGROUND in _reasons(negative)
    assert BACKGROUND not in _reasons(positive[0])


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
