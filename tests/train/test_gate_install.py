"""What the gate trainer installs (train/gate.py ``installed``) and the pinned list it fits on (s19 review).

A refit never switches the gate on by its own figures: only ``gate.enabled`` written by hand in train.yaml does, and
then the threshold actually installed (``min(chosen, ceiling)``) must remove at least one event on the held articles,
those it removes wrong by the exact match at least ``min_held_wrong`` of the time. A revised annotation of a pinned
article stops the gate's trainer with the gate's own remedy, not the learned layer's ``--from-split``.
"""

from __future__ import annotations

import numpy as np

from detente.train import config
from detente.train.gate import GateExample, GateReport, installed


def _held(kinds: list[tuple[float, bool]]) -> tuple[list[GateExample], np.ndarray]:
    """Held examples with their scores: (score, right by the exact match)."""
    rows = [GateExample(f"a{i}", "train", ["bias"], right, True, right) for i, (_, right) in enumerate(kinds)]
    return rows, np.array([s for s, _ in kinds])


def test_only_a_human_switches_the_gate_on_at_the_threshold_held_checked() -> None:
    cfg = {**config()["gate"], "ceiling": 0.2, "min_held_wrong": 0.7}
    report = GateReport(chosen=0.3)
    # held: two wrong events under 0.2, one right and one wrong between 0.2 and 0.3 (the chosen removes 1 / 3)
    held, scores = _held([(0.1, False), (0.15, False), (0.25, True), (0.28, False), (0.9, True)])
    on = {**cfg, "enabled": True}
    th, why = installed(report, on, scores, held)
    assert th == 0.2 and why.startswith("on:") and "held under the ceiling" in why  # checked at 0.2: 0 / 2
    th, why = installed(report, {**on, "ceiling": 0.5}, scores, held)  # at 0.3: 1 right / 3 wrong, 0.75 >= 0.7
    assert th == 0.3 and why.startswith("on:")
    th, why = installed(report, {**cfg, "enabled": False}, scores, held)  # the same figures, not switched on
    assert th == 0.0 and "gate.enabled is false" in why and "0 right / 2 wrong" in why
    # the chosen threshold confirmed, the installed one removing nothing there: no evidence, not installed
    quiet, quiet_scores = _held([(0.25, False), (0.28, False), (0.9, True)])
    th, why = installed(report, on, quiet_scores, quiet)
    assert th == 0.0 and "no evidence" in why
    th, why = installed(report, on, np.zeros(0), [])  # no held articles at all
    assert th == 0.0 and "no evidence" in why
    wrongish, wrongish_scores = _held([(0.1, True), (0.15, False), (0.9, True)])  # 1 / 1 at 0.2: 0.5 < 0.7
    th, why = installed(report, on, wrongish_scores, wrongish)
    assert th == 0.0 and "min_held_wrong" in why
    th, why = installed(GateReport(chosen=0.0), on, scores, held)  # the rule chose none
    assert th == 0.0 and why.startswith("off:")
