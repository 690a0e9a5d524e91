"""Training the statement decision (events/learned/statements.py) and choosing its threshold.

Examples are the ``010.*`` candidates the rules of ``events/statements.py`` keep on the **train** split, coded exactly
as detente codes (same parse, same actors); a candidate is a statement when the annotation has, in its sentence, a
root-01 event of the same speaker and the same target (none, or the one ``statement_target`` gives): what the score
would count as right. The threshold is then fixed on the **dev** split: the one that maximises F0.5 of the whole coder
among those whose added statements are right at least ``statements.min_precision`` of the time, or none at all (the
model then admits nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from detente.corpus.score import CorpusReport, overlaps, score_article, scored_events
from detente.events.coder import code_doc
from detente.events.learned.linear import SoftmaxModel, fit
from detente.events.learned.model import LearnedModel
from detente.events.learned.statements import NO_VECTOR, STATEMENT
from detente.events.patterns import STATEMENT_PREFIX, statements_enabled
from detente.pipeline import Coder
from detente.train.examples import NONE, Parsed

OFF = 1.01  # a threshold no probability reaches


@dataclass
class StatementReport:
    examples: int = 0
    positives: int = 0
    threshold: float = OFF
    dev: dict[float, tuple[int, int, float]] = field(default_factory=dict)  # threshold -> statement tp, fp, coder F1


def _is_statement(p: Parsed, cand) -> bool:
    """The annotation has the statement as coded: its sentence, root 01, its speaker, and its target (the coder gives
    the candidate its target, events/statements.py ``statement_target``, after logging it, so it is set here)."""
    sent = cand.trigger.sent
    here = {i for i, span in enumerate(p.ann.sentences) if overlaps((sent.start_char, sent.end_char), span)}
    target = cand.target.code if cand.target is not None else None
    return any(
        g.scored
        and g.sentence in here
        and g.root == "01"
        and g.source.code == cand.source.code
        and (g.target.code if g.target is not None else None) == target
        for g in p.ann.events
    )


def statement_examples(parsed: list[Parsed], coder: Coder, model: LearnedModel) -> tuple[list[list[str]], list[str]]:
    """Features and labels of every statement candidate the rules keep."""
    feats: list[list[str]] = []
    labels: list[str] = []
    with statements_enabled():
        for p in parsed:
            log: list = []
            code_doc(p.doc, p.article, coder.nlp, model=model, patterns=True, statement_log=log, gate=False)
            for cand, f in log:
                feats.append(f)
                labels.append(STATEMENT if _is_statement(p, cand) else NONE)
    return feats, labels


def averaged(models: list[SoftmaxModel]) -> SoftmaxModel:
    """One linear model whose weights are the mean of several fitted on the same examples in different orders: on a
    hundred-odd examples one fit's scores follow the order it saw them in; the mean's do much less."""
    first = models[0]
    return SoftmaxModel(
        classes=first.classes,
        vocab=first.vocab,
        sparse=np.mean([m.sparse for m in models], axis=0),
        dense=np.mean([m.dense for m in models], axis=0),
        bias=np.mean([m.bias for m in models], axis=0),
    )


def fit_statements(parsed: list[Parsed], coder: Coder, model: LearnedModel, cfg: dict, seed: int) -> StatementReport:
    """Fit the statement model on the candidates of ``parsed`` (``cfg["seeds"]`` fits from ``seed`` on, averaged)."""
    feats, labels = statement_examples(parsed, coder, model)
    settings = {k: cfg[k] for k in ("epochs", "batch", "lr", "l2", "min_count", "class_weight_power") if k in cfg}
    examples = [(f, NO_VECTOR) for f in feats]
    fits = [fit(examples, labels, [NONE, STATEMENT], seed=seed + k, **settings) for k in range(cfg.get("seeds", 1))]
    model.statements = averaged(fits)
    return StatementReport(examples=len(labels), positives=labels.count(STATEMENT))


def _statement_counts(p: Parsed, events) -> tuple[int, int]:
    """(right, wrong) among the article's statement events, matched as the score matches."""
    gold = [g for g in p.ann.events if g.scored]
    pred = scored_events(events)
    taken: set[int] = set()
    right = wrong = 0
    for e in pred:
        here = {i for i, span in enumerate(p.ann.sentences) if overlaps((e.evidence.start, e.evidence.end), span)}
        key = (e.cameo.root, e.source.code, e.target.code if e.target else None)
        hit = next(
            (
                gi
                for gi, g in enumerate(gold)
                if gi not in taken
                and g.sentence in here
                and (g.root, g.source.code, g.target.code if g.target else None) == key
            ),
            None,
        )
        if hit is not None:
            taken.add(hit)
        if e.evidence.rule.startswith(STATEMENT_PREFIX):
            right, wrong = right + (hit is not None), wrong + (hit is None)
    return right, wrong


def choose_statement_threshold(
    model: LearnedModel, dev: list[Parsed], coder: Coder, cfg: dict, report: StatementReport
) -> float:
    """Code dev once with every statement admitted, then score each threshold by dropping the weaker ones."""
    model.thresholds["statement"] = 0.0
    with statements_enabled():
        coded = [(p, code_doc(p.doc, p.article, coder.nlp, model=model, patterns=True, gate=False)[0]) for p in dev]
    best, best_f = OFF, -1.0
    beta = cfg.get("beta", 0.5)
    for th in cfg["grid"]:
        score, tp, fp = CorpusReport(), 0, 0
        for p, events in coded:
            kept = [
                e for e in events if not e.evidence.rule.startswith(STATEMENT_PREFIX) or (e.evidence.score or 0) >= th
            ]
            score_article(score, p.ann, p.article.text, kept)
            right, wrong = _statement_counts(p, kept)
            tp, fp = tp + right, fp + wrong
        e = score.events
        report.dev[th] = (tp, fp, round(e.f1, 3))
        f = (1 + beta**2) * e.precision * e.recall / (beta**2 * e.precision + e.recall) if e.tp else 0.0
        if tp + fp and tp / (tp + fp) >= cfg["min_precision"] and f > best_f:
            best, best_f = th, f
    model.thresholds["statement"] = best
    report.threshold = best
    return best
