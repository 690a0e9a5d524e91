"""What the gate tests share: the packaged model with its gate, restored after each test, and a sentence coded with
the skips the confidence gate made."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.layered import explain_both

from detente.events.learned.model import LearnedModel, packaged_model

GATE_DATE = "2024-05-03"


@pytest.fixture
def gate_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[LearnedModel]:
    model = packaged_model()
    assert model is not None and model.gate is not None
    yield model
    monkeypatch.undo()


def gated(text: str):
    """The events of ``text`` and the candidates the confidence gate skipped."""
    events, skips = explain_both(text, GATE_DATE)
    return events, [s for s in skips if "confidence gate" in s.reason]
