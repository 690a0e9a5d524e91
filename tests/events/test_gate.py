"""The confidence gate over the patterns, on sentences the patterns read as written (s25): switched on at the
threshold the rule chose out of fold on the train articles (model.json ``gate_patterns.chosen``, read rather than a
number so a refit moves only the figures), the shipped coder keeps a deed told with its day and drops a vow that the
patterns read, correctly, as an intention (032): on news such intentions are seldom events as the annotators code
them, so the gate doubts them. The tests that assert such readings code through ``tests/patterns.py`` (the gate not
read); this one asserts what the gate does to them. Sentences written for this test."""

from __future__ import annotations

import pytest
from tests.events.conftest import triple
from tests.patterns import code_patterns

from detente import code_text, explain_text
from detente.events.learned.model import packaged_model

DATE = "2024-03-04"
# a vow: the patterns read two intentions (032) from it, the gate scores them low (0.23 at the s25 fit)
VOWED = "Russia and China vowed to deepen their strategic partnership."
# its twin, the deed done and dated: two agreements (057), scored high (0.70 at the s25 fit)
SIGNED = "Russia and China signed a strategic partnership agreement on Monday."


@pytest.fixture
def switched_on(monkeypatch: pytest.MonkeyPatch) -> float:
    """The packaged gate installed at the chosen threshold for one test (restored after it); returns the threshold."""
    model = packaged_model()
    assert model is not None and model.gate_patterns is not None
    chosen = float(model.meta["gate_patterns"]["chosen"])
    assert 0.0 < chosen < 1.0
    monkeypatch.setitem(model.thresholds, "gate_patterns", chosen)
    return chosen


def test_the_gate_drops_a_vow_the_patterns_read_and_keeps_the_deed(switched_on: float) -> None:
    intended = {("RUS", "CHN", "032"), ("CHN", "RUS", "032")}
    assert {triple(e) for e in code_patterns(VOWED, DATE)} == intended  # what the patterns read, the gate not read
    events, skips = explain_text(VOWED, date=DATE)
    assert not events  # the shipped coder, gate on: both dropped, each with the gate's reason and score
    reasons = [s.reason for s in skips if "confidence gate" in s.reason]
    assert len(reasons) == 2 and all(r.endswith(f", below {switched_on:.2f}") for r in reasons)
    kept = code_text(SIGNED, date=DATE)
    assert {triple(e) for e in kept} == {("RUS", "CHN", "057"), ("CHN", "RUS", "057")}
    assert all(e.evidence.gate is not None and e.evidence.gate >= switched_on for e in kept)
