"""Training the confidence gate (events/learned/gate.py) and choosing its threshold by cross-validation by article.

Examples are the events that count (not negated, not hypothetical) which the coder emits with the gate off on the
**train** and **dev** splits, coded exactly as detente codes them (same parse, same learned layer and statement model);
an event is positive when ``detente eval`` matches it (``corpus/score.py`` ``matched_events``). The articles are dealt
into K folds; each fold's events are scored by a gate fitted on the other folds, and the threshold is the one that
maximises F0.5 of the whole coder over the pooled folds (its recall counts every annotated event, found or not). The
shipped gate is then fitted on the train split alone and checked on dev: it is kept only when dev precision rises
and dev F1 does not fall, and ``gate.enabled`` in train.yaml is true; otherwise its threshold is 0 (the gate scores,
and drops nothing). The test split is never read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from spacy.language import Language

from detente.corpus.score import Score, matched_events
from detente.events.coder import code_doc
from detente.events.learned.gate import NO_VECTOR, RIGHT
from detente.events.learned.layer import LearnedModel
from detente.events.learned.linear import SoftmaxModel, fit
from detente.train.examples import NONE, Parsed
from detente.train.statements import averaged

OFF = 0.0  # a threshold every probability passes: the gate drops nothing


@dataclass
class GateExample:
    article: str
    split: str
    feats: list[str]
    right: bool


@dataclass
class ArticleGold:
    split: str
    gold: int  # annotated events that count


@dataclass
class GateReport:
    examples: int = 0
    positives: int = 0
    threshold: float = OFF
    cv_threshold: float = OFF
    cv: dict[float, Score] = field(default_factory=dict)  # threshold -> the whole coder's score over the folds
    before: dict[str, Score] = field(default_factory=dict)  # split -> the coder's score without the gate
    after: dict[str, Score] = field(default_factory=dict)  # split -> with the gate fitted on train
    shipped: bool = False  # the dev check passed (installed only when train.yaml's gate.enabled is true)
    weights: list[tuple[str, float]] = field(default_factory=list)  # the largest weights towards "right"


def gate_examples(parsed: list[tuple[str, Parsed]], nlp: Language, model: LearnedModel):
    """Features and labels of every event that counts, and each article's annotated events that count."""
    examples: list[GateExample] = []
    golds: dict[str, ArticleGold] = {}
    for split, p in parsed:
        log: list = []
        events, _ = code_doc(p.doc, p.article, nlp, model=model, patterns=True, gate_log=log)
        feats = {id(e): f for e, f in log}
        pred, right, gold = matched_events(p.ann, events)
        golds[p.article.id] = ArticleGold(split, gold)
        for event, ok in zip(pred, right, strict=True):
            examples.append(GateExample(p.article.id, split, feats[id(event)], ok))
    return examples, golds


def chosen(feats: list[str], families: list[str] | None) -> list[str]:
    """The features of the families train.yaml's ``gate.features`` names ("source" keeps "source=noun"), and the
    bias; every family when none is named. The gate ignores at coding time what it was not fitted on."""
    if not families:
        return feats
    return [f for f in feats if f == "bias" or f.split("=")[0] in families]


def fit_gate(examples: list[GateExample], cfg: dict, seed: int) -> SoftmaxModel:
    """The gate fitted on ``examples`` (``cfg["seeds"]`` fits from ``seed`` on, averaged)."""
    settings = {k: cfg[k] for k in ("epochs", "batch", "lr", "l2", "min_count", "class_weight_power") if k in cfg}
    rows = [(chosen(e.feats, cfg.get("features")), NO_VECTOR) for e in examples]
    labels = [RIGHT if e.right else NONE for e in examples]
    fits = [fit(rows, labels, [NONE, RIGHT], seed=seed + k, **settings) for k in range(cfg.get("seeds", 1))]
    return averaged(fits)


def _proba(model: SoftmaxModel, examples: list[GateExample]) -> np.ndarray:
    at = model.classes.index(RIGHT)
    return model.proba_many([(e.feats, NO_VECTOR) for e in examples])[:, at] if examples else np.zeros(0)


def coder_score(examples: list[GateExample], scores: np.ndarray, gold: int, threshold: float) -> Score:
    """The whole coder's score when events scored below ``threshold`` are dropped (recall over every annotated
    event of the articles, ``gold``)."""
    kept = scores >= threshold
    tp = sum(1 for e, k in zip(examples, kept, strict=True) if k and e.right)
    fp = int(kept.sum()) - tp
    return Score(tp=tp, fp=fp, fn=gold - tp)


def folds(articles: list[str], k: int, seed: int) -> dict[str, int]:
    """Articles dealt into ``k`` folds in a seeded order."""
    order = sorted(articles)
    rng = np.random.default_rng(seed)
    rng.shuffle(order)
    return {a: i % k for i, a in enumerate(order)}


def cross_validate_gate(
    examples: list[GateExample], golds: dict[str, ArticleGold], cfg: dict, seed: int, report: GateReport
) -> float:
    """The threshold of ``cfg["grid"]`` (or none, 0) with the best F0.5 of the whole coder over K folds by article."""
    k = cfg["folds"]
    fold_of = folds(list(golds), k, seed)
    scores = np.zeros(len(examples))
    for f in range(k):
        train = [e for e in examples if fold_of[e.article] != f]
        held = [i for i, e in enumerate(examples) if fold_of[e.article] == f]
        model = fit_gate(train, cfg, seed)
        scores[held] = _proba(model, [examples[i] for i in held])
    gold = sum(g.gold for g in golds.values())
    beta = cfg.get("beta", 0.5)
    best, best_f = OFF, -1.0
    for th in [OFF, *cfg["grid"]]:
        s = coder_score(examples, scores, gold, th)
        report.cv[th] = s
        if s.f_beta(beta) > best_f + 1e-9:
            best, best_f = th, s.f_beta(beta)
    report.cv_threshold = best
    return best


def train_gate(
    parsed: list[tuple[str, Parsed]], nlp: Language, model: LearnedModel, cfg: dict, seed: int
) -> GateReport:
    """Choose the threshold by cross-validation over every split given, fit the gate on ``train``, check it on
    ``dev``, and set it on ``model`` (threshold 0 when it does not help on dev)."""
    report = GateReport()
    examples, golds = gate_examples(parsed, nlp, model)
    report.examples, report.positives = len(examples), sum(e.right for e in examples)
    threshold = cross_validate_gate(examples, golds, cfg, seed, report)
    train = [e for e in examples if e.split == "train"]
    gate = fit_gate(train, cfg, seed)
    for split in sorted({g.split for g in golds.values()}):
        here = [e for e in examples if e.split == split]
        gold = sum(g.gold for g in golds.values() if g.split == split)
        scores = _proba(gate, here)
        report.before[split] = coder_score(here, scores, gold, OFF)
        report.after[split] = coder_score(here, scores, gold, threshold)
    dev_before, dev_after = report.before.get("dev"), report.after.get("dev")
    report.shipped = (
        threshold > OFF
        and dev_before is not None
        and dev_after is not None
        and dev_after.precision > dev_before.precision
        and dev_after.f1 >= dev_before.f1
    )
    report.threshold = threshold if report.shipped and cfg.get("enabled", True) else OFF
    at = gate.classes.index(RIGHT)
    margin = gate.sparse[:, at] - gate.sparse[:, 1 - at]
    words = sorted(gate.vocab, key=gate.vocab.__getitem__)
    report.weights = sorted(((w, float(margin[i])) for i, w in enumerate(words)), key=lambda x: -abs(x[1]))
    model.gate = gate
    model.thresholds["gate"] = report.threshold
    model.meta["gate"] = {
        "examples": [report.examples, report.positives],
        "cv_threshold": report.cv_threshold,
        "cv": {str(th): s.as_dict() for th, s in report.cv.items()},
        "before": {k: s.as_dict() for k, s in report.before.items()},
        "after": {k: s.as_dict() for k, s in report.after.items()},
        "shipped": report.shipped,
        "config": cfg,
        "seed": seed,
    }
    return report
