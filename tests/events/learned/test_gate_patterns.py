"""The confidence gate over the patterns alone (s24): the shipped coder (``detente.layers.SHIPPED_LAYERS``, the
learned layer off) reads the packaged patterns' gate (``gate_patterns.npz``), fitted on the patterns' own events of
the train articles, and drops an event it scores below its threshold (``thresholds.gate_patterns``); ``explain``
shows the score of every event and the reason of a drop. ``--layers both`` and ``model`` read the learned layer's own
gate (``gate.npz``, s19), never the patterns'.

Sentences are written for these tests: one actor, one verb, one day. The installed threshold is 0 (train.yaml
``gate.enabled`` false: the gate scores and drops nothing), so the tests that drop set the threshold the rule chose
out of fold (model.json ``gate_patterns.chosen``), reading it rather than a number, so a refit moves only the figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.coder import code_doc
from detente.events.learned.model import LearnedModel, packaged_model
from detente.nlp import get_nlp
from detente.pipeline import Coder
from detente.records import Article
from detente.train import CONFIG, config
from detente.train.articles import load

DATE = dt.date(2024, 5, 3)
# a meeting held, told plainly with its day and place: the kind of event the patterns get right on news
MET = "The French president met the German chancellor in Paris on Monday."
# a meeting only planned (an intention read from a meeting, 04 > 03): on news seldom an event as coded
PLANNED = "Russia plans to meet Ukraine in Geneva next week."


def _code(text: str, gate: bool = True):
    coded = Coder(gate=gate).code(Article(id=Article.make_id(text), date=DATE, text=text))
    return coded.events, [s for s in coded.skips if "confidence gate" in s.reason]


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch) -> LearnedModel:
    """The packaged model with its gate switched on at the threshold the rule chose (restored after the test)."""
    model = packaged_model()
    assert model is not None and model.gate_patterns is not None
    monkeypatch.setitem(model.thresholds, "gate_patterns", model.meta["gate_patterns"]["chosen"])
    return model


def test_as_shipped_the_gate_scores_every_pattern_event_and_drops_none() -> None:
    """Off as shipped (0.0: scores, drops nothing); or, once the lead switches it on by setting model.json
    ``thresholds.gate_patterns`` to ``gate_patterns.chosen`` (s25: the one edit), it drops the planned meeting."""
    model = packaged_model()
    assert model is not None
    installed = model.thresholds["gate_patterns"]
    assert installed in (0.0, model.meta["gate_patterns"]["chosen"])  # off, or the threshold chosen out of fold
    events, dropped = _code(PLANNED)
    if installed == 0.0:
        assert len(events) == 1 and not dropped and events[0].evidence.gate is not None
    else:
        assert not events and len(dropped) == 1 and dropped[0].reason.endswith(f", below {installed:.2f}")
    assert len(_code(MET)[0]) == 2  # the meeting held is kept either way


def test_the_shipped_coder_gates_the_patterns_events(shipped: LearnedModel) -> None:
    at = shipped.thresholds["gate_patterns"]
    assert config()["gate"]["layers"] == "patterns" and 0.0 < at < 1.0
    events, dropped = _code(MET)
    assert {(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events} == {
        ("040", "FRAGOV", "DEUGOV"),
        ("040", "DEUGOV", "FRAGOV"),
    }
    assert not dropped and all(e.evidence.gate is not None and e.evidence.gate >= at for e in events)
    events, dropped = _code(PLANNED)
    assert not events and len(dropped) == 1
    assert dropped[0].reason.startswith("the confidence gate scores it 0.") and dropped[0].reason.endswith(
        f", below {at:.2f}"
    )


def test_without_the_gate_the_planned_meeting_is_coded_with_no_score() -> None:
    events, dropped = _code(PLANNED, gate=False)
    assert [(e.cameo.root, e.source.code, e.target.code if e.target else None) for e in events] == [
        ("03", "RUS", "UKR")
    ]
    assert not dropped and events[0].evidence.gate is None  # no gate read it
    events, _ = _code(MET, gate=False)
    assert len(events) == 2 and all(e.evidence.gate is None for e in events)


def test_a_threshold_of_zero_scores_and_drops_nothing(shipped: LearnedModel, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = get_nlp()
    article = Article(id="t", date=DATE, text=PLANNED)
    monkeypatch.setitem(shipped.thresholds, "gate_patterns", 0.0)
    events, _ = code_doc(nlp(PLANNED), article, nlp)  # the patterns alone, as score2 and eval code
    assert len(events) == 1 and events[0].evidence.gate is not None and events[0].evidence.gate < 0.5
    monkeypatch.setitem(shipped.thresholds, "gate_patterns", 0.5)
    assert code_doc(nlp(PLANNED), article, nlp)[0] == []
    assert len(code_doc(nlp(PLANNED), article, nlp, gate=False)[0]) == 1


def test_the_gate_figures_say_what_was_chosen_out_of_fold(shipped: LearnedModel) -> None:
    meta = shipped.meta["gate_patterns"]
    cfg = config()["gate"]
    pinned = load(CONFIG.parent / cfg["articles"]).splits["train"]
    assert meta["sizes"]["held"][0] == 0 and meta["sizes"]["fitted"][0] == len(pinned)  # every article, out of fold
    assert len(meta["oof_seeds"]) == cfg["cv_seeds"] >= 2
    chosen = str(meta["chosen"])
    assert 0.0 < meta["chosen"] < 1.0 and meta["why"].startswith("off: train.yaml gate.enabled is false")
    # the threshold a switch-on would install, min(chosen, ceiling) (s32: the rule chose 0.5 above the ceiling 0.475)
    capped = str(min(meta["chosen"], cfg["ceiling"]))
    for curve in meta["oof_each"][cfg["chosen_by"]]:  # the rule held on every seed's deal of the folds, at both
        for th in {chosen, capped}:
            _, _, right, wrong = curve[th]
            assert wrong >= cfg["min_removed_wrong"] * (right + wrong) and wrong > 0
    for tp, fp, p, r, f1 in meta["coder"][chosen]:
        assert tp + fp <= meta["examples"][0] and 0.0 < p < 1.0 and 0.0 < r < 1.0 and 0.0 < f1 < 1.0


def test_explain_shows_the_score_of_a_kept_event_and_the_reason_of_a_dropped_one(shipped: LearnedModel) -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    out = " ".join(CliRunner().invoke(app, ["explain", f"{MET} {PLANNED}", "--date", DATE.isoformat()]).output.split())
    assert "pattern 040.meet_with, confidence gate p=0." in out  # the kept meeting, with its score
    assert "'meet' 040.meet_with: the confidence gate scores it 0." in out  # the planned one, dropped
    assert f", below {shipped.thresholds['gate_patterns']:.2f}" in out


def _both(text: str) -> list:
    coded = Coder(layers="both").code(Article(id=Article.make_id(text), date=DATE, text=text))
    return coded.events


def test_each_layer_setting_reads_the_gate_fitted_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    model = packaged_model()
    assert model is not None and model.gate is not None and model.gate_patterns is not None
    assert model.gate.vocab != model.gate_patterns.vocab  # two fits, two files
    # the patterns' gate switched on high: the shipped coder drops the meeting, --layers both does not read it
    monkeypatch.setitem(model.thresholds, "gate_patterns", 0.99)
    assert _code(MET)[0] == [] and len(_code(MET)[1]) == 2
    both = _both(MET)
    assert len(both) == 2 and all(e.evidence.gate is not None and e.evidence.gate < 0.99 for e in both)
    # and the layer's own gate switched on high: --layers both drops it, the shipped coder does not read it
    monkeypatch.setitem(model.thresholds, "gate_patterns", 0.0)
    monkeypatch.setitem(model.thresholds, "gate", 0.99)
    assert _both(MET) == []
    events, dropped = _code(MET)
    assert len(events) == 2 and not dropped
