"""What the gate trainer installs (train/gate.py ``installed``) and the pinned list it fits on (s19 review).

A refit never switches the gate on by its own figures: only ``gate.enabled`` written by hand in train.yaml does, and
then the threshold actually installed (``min(chosen, ceiling)``) must remove at least one event on the held articles,
those it removes wrong by the exact match at least ``min_held_wrong`` of the time. A revised annotation of a pinned
article stops the gate's trainer with the gate's own remedy, not the learned layer's ``--from-split``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import detente.train as train_module
from detente.corpus.annotations import load_annotations
from detente.train import GATE_ABOUT, GATE_FROM_SPLIT, articles_path, config, gate_articles, renew_gate_articles
from detente.train.articles import TrainingSetChanged, from_split, listed_ids, load
from detente.train.gate import GateExample, GateReport, installed

ANNOTATIONS = Path(__file__).resolve().parents[2] / "corpus" / "annotations"


def _held(kinds: list[tuple[float, bool]]) -> tuple[list[GateExample], np.ndarray]:
    """Held examples with their scores: (score, right by the exact match)."""
    rows = [GateExample(f"a{i}", "train", ["bias"], right, True, right) for i, (_, right) in enumerate(kinds)]
    return rows, np.array([s for s, _ in kinds])


def test_only_a_human_switches_the_gate_on_at_the_threshold_held_checked() -> None:
    cfg = {**config()["gate"], "ceiling": 0.2, "min_held_wrong": 0.7, "held_annotators": ["ann-38"]}
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


def _revise_one_pinned(folder: Path) -> str:
    """Copy the annotations to ``folder`` with one pinned article's note changed; its id."""
    shutil.copytree(ANNOTATIONS, folder)
    pinned = sorted(load(train_module.gate_articles_path()).splits["train"])
    for path in sorted((folder / "primary").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines):
            if line.strip() and json.loads(line)["id"] in pinned:
                row = json.loads(line)
                row["note"] = (row.get("note") or "") + " revised"
                lines[n] = json.dumps(row)
                path.write_text("\n".join(lines) + "\n", encoding="utf-8")
                return row["id"]
    raise AssertionError("no pinned article annotated")


def test_a_revised_pinned_annotation_stops_the_gate_with_its_own_remedy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pinned = load(train_module.gate_articles_path())
    # the pinned 1,839 (s32) are all still annotated as they were (the corpus may have grown since: more train articles)
    assert len(listed_ids(pinned, load_annotations(ANNOTATIONS), "train")) == 1839
    folder = tmp_path / "annotations"
    revised = _revise_one_pinned(folder)
    with pytest.raises(TrainingSetChanged) as stopped:  # before the coder or the corpus is used
        gate_articles(folder, None, None, None)  # type: ignore[arg-type]
    message = str(stopped.value)
    assert f"{revised}: annotation revised" in message and "the gate is fitted on" in message
    assert message.endswith(GATE_FROM_SPLIT) and "--gate-from-split" in message
    # the remedy renews the gate's list, on purpose, and not the learned layer's (train.yaml `articles`)
    renewed = tmp_path / "gate_articles.json"
    monkeypatch.setattr(train_module, "gate_articles_path", lambda: renewed)
    layer_list = articles_path()
    assert layer_list is not None
    before = layer_list.read_bytes()
    today = sorted(from_split(load_annotations(folder), ["train"]).splits["train"])  # split.json's train today
    assert set(pinned.splits["train"]) <= set(today)
    assert renew_gate_articles(folder) == (0, len(today))
    assert layer_list.read_bytes() == before
    assert listed_ids(load(renewed), load_annotations(folder), "train") == today
    # each list says what it is: the gate's names its layers and how many articles it lists
    about = GATE_ABOUT.format(count=f"{len(today):,}", layers=config()["gate"]["layers"])
    assert load(renewed).about == about and f"the {len(today):,} train articles" in about
    assert load(layer_list).about != about


def test_with_no_batch_held_the_threshold_must_meet_the_rule_on_every_seed() -> None:
    from detente.train.gate import Removed, choose, pooled

    cfg = {**config()["gate"], "held_annotators": [], "ceiling": 0.6, "enabled": True}
    cfg.update(max_right_removed=1.0, min_removed_wrong=0.65, chosen_by="exact")
    # per seed: kept right, kept wrong, removed right, removed wrong
    seed0 = {0.3: Removed(90, 80, 2, 8), 0.4: Removed(80, 70, 12, 18), 0.5: Removed(60, 50, 32, 38)}
    seed1 = {0.3: Removed(91, 81, 1, 7), 0.4: Removed(82, 64, 10, 24), 0.5: Removed(62, 50, 30, 38)}
    curve = {th: pooled([seed0[th], seed1[th]]) for th in seed0}
    assert curve[0.4].as_list() == [162, 134, 22, 42]
    # 0.4 removes 60% wrong on seed 0 (66% pooled): the rule on both seeds leaves 0.3, with fewer removed
    assert choose(curve, cfg) == 0.4 and choose(curve, cfg, [seed0, seed1]) == 0.3
    report = GateReport(chosen=0.3, oof_each={"exact": [seed0, seed1]})
    th, why = installed(report, cfg, np.zeros(0), [])
    assert th == 0.3 and why.startswith("on: out of fold 0.300 removes 2 right / 8 wrong, 1 right / 7 wrong")
    th, why = installed(report, {**cfg, "enabled": False}, np.zeros(0), [])
    assert th == 0.0 and "gate.enabled is false" in why
    # held under a ceiling at which a seed fails the rule: not installed
    capped = GateReport(chosen=0.5, oof_each={"exact": [seed0, {**seed1, 0.4: Removed(80, 70, 12, 18)}]})
    th, why = installed(capped, {**cfg, "ceiling": 0.4}, np.zeros(0), [])
    assert th == 0.0 and "not the rule on every seed" in why
