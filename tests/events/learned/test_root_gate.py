"""The learned layer's gate by root (model.json ``config`` ``root_thresholds``, ``argument_floors``; s17-model): a root
whose events the layer got wrong on train articles it never saw is left to the patterns, or held to a threshold of its
own, and ``explain`` says so; a root the recipe leaves open is coded as before."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from detente.events.learned.layer import root_gate
from detente.events.learned.model import check_recipe, packaged_model
from detente.pipeline import Coder
from detente.records import Article

TEXT = "Israeli jets bombed Hamas positions in Gaza on Monday. Russia accused Ukraine of shelling the plant on Monday."


def _with(config: dict):
    shipped = packaged_model()
    assert shipped is not None
    model = copy.copy(shipped)
    model.meta = {
        **shipped.meta,
        "config": {
            **shipped.meta.get("config", {}),
            "patterns_only_roots": [],
            "root_thresholds": {},
            **config,
        },
    }
    # the confidence gate over every path is off here: these tests are about the root gate alone
    model.thresholds = {**shipped.thresholds, "trigger": 0.3, "gate_model": 0.0, "gate": 0.0}
    return model


def _code(model):
    article = Article(id="gate", title="", text=TEXT, date=date(2026, 11, 2))
    coded = Coder(layers="model", model=model).code(article)
    return coded.events, coded.skips


def _roots(events) -> set[str]:
    return {e.cameo.root for e in events if e.evidence.rule.startswith("model.")}


def test_a_gated_root_is_dropped_with_its_reason_and_an_open_root_is_kept() -> None:
    events, _ = _code(_with({}))
    assert {"19", "11"} <= _roots(events), "the open layer reads the bombing and the accusation"
    events, skips = _code(_with({"root_thresholds": {"11": 1.01}}))
    assert "19" in _roots(events)  # the open root: coded as before
    assert "11" not in _roots(events)
    gated = [s for s in skips if s.rule == "model.11"]
    assert gated and gated[0].trigger == "accused"
    assert "leaves root 11 to the patterns" in gated[0].reason
    assert not any("root 19" in s.reason for s in skips)


def test_a_root_threshold_drops_only_what_scores_under_it() -> None:
    events, _ = _code(_with({}))
    score = next(e.evidence.score for e in events if e.cameo.root == "19")
    assert score is not None
    events, skips = _code(_with({"root_thresholds": {"19": round(score - 0.05, 2)}}))
    assert "19" in _roots(events)
    events, skips = _code(_with({"root_thresholds": {"19": min(1.0, round(score + 0.05, 2))}}))
    assert "19" not in _roots(events) and "11" in _roots(events)
    assert any(s.rule == "model.19" and "below that root's threshold" in s.reason for s in skips)


def test_an_argument_floor_keeps_only_confident_parties() -> None:
    events, _ = _code(_with({"argument_floors": {"source": 0.3}}))
    assert {"19", "11"} <= _roots(events)
    events, _ = _code(_with({"argument_floors": {"source": 1.0}}))
    assert _roots(events) == set()


def test_the_reason_names_the_root_and_the_threshold() -> None:
    assert root_gate({}, "19", 0.5) is None
    assert root_gate({"root_thresholds": {"19": 0.9}}, "04", 0.5) is None
    assert root_gate({"root_thresholds": {"19": 0.9}}, "19", 0.95) is None
    assert "0.90" in (root_gate({"root_thresholds": {"19": 0.9}}, "19", 0.5) or "")
    assert "to the patterns" in (root_gate({"root_thresholds": {"19": 1.01}}, "19", 0.99) or "")


def test_a_malformed_gate_is_refused_when_the_model_loads() -> None:
    check_recipe({"root_thresholds": {"19": 1.01, "04": 0.8}, "argument_floors": {"source": 0.5, "target": 0.5}})
    for bad in ({"4": 0.8}, {"21": 0.8}, {"19": "high"}, {"19": 3.0}):
        with pytest.raises(ValueError, match="root_thresholds"):
            check_recipe({"root_thresholds": bad})
    for bad in ({"sources": 0.5}, {"source": 1.5}):
        with pytest.raises(ValueError, match="argument_floors"):
            check_recipe({"argument_floors": bad})


def test_the_gate_over_the_layers_events_spares_the_patterns() -> None:
    """``thresholds.gate_model``: the confidence gate's threshold for the learned layer's own events only."""
    from detente.events.learned.gate import gate_threshold

    model = _with({})
    model.thresholds = {**model.thresholds, "gate": 0.0, "gate_model": 0.999}
    assert gate_threshold(model, "model.19") == 0.999
    assert gate_threshold(model, "195.bomb_targets") == 0.0
    events, skips = _code(model)
    assert _roots(events) == set()
    assert any(s.rule and s.rule.startswith("model.") and "confidence gate" in s.reason for s in skips)
    article = Article(id="gate", title="", text=TEXT, date=date(2026, 11, 2))
    both = Coder(layers="both", model=model).code(article).events
    assert any(not e.evidence.rule.startswith("model.") for e in both)  # the patterns' events pass
    model.thresholds = {**model.thresholds, "gate_model": 0.0}
    assert {"19", "11"} <= _roots(_code(model)[0])
