"""Cross-validation of the learned layer over train and dev, by article (``detente train --cv K --seeds S``).

Forty dev articles are too few to choose the layer's settings on: a gain of a few events there is selection noise.
Here the articles of the fitted splits (``cv.splits`` in ``train.yaml``: the train articles its list names, so that
dev stays a check) are dealt into K folds by
article (a seeded shuffle of the sorted ids, dealt in turn; no article is in two folds); the layer is fitted on K-1
folds and the held-out fold is coded with the patterns and the model, and with the patterns alone. Every article is
coded once per seed; the counts are pooled over the folds and averaged over the seeds (each seed deals its own folds
and fits from its own seed).

For each setting (trigger threshold, source threshold, target threshold) the report gives the whole coder's tp / fp /
fn, the patterns' alone, and what the model adds: the events of the coder that the patterns alone do not produce,
right (tp of both minus tp of the patterns) and wrong (fp of both minus fp of the patterns), overall and per root. A
root whose added events are right less than ``cv.min_added_precision`` of the time is left to the patterns; the
setting chosen is the one with the best F-beta of the whole coder once those roots are left out (``cv.beta``, else
``beta``), among those whose coder is at least as precise as ``cv.precision_floor`` says (``patterns``: the patterns
alone; or a share). The test split is never read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from spacy.language import Language

from detente.corpus.score import CorpusReport, Score, score_article
from detente.events.coder import code_doc
from detente.events.learned import RULE_PREFIX
from detente.nlp.memo import forget
from detente.records import Event
from detente.train.examples import Parsed, argument_examples, trigger_examples


def folds(ids: Sequence[str], k: int, seed: int) -> list[list[str]]:
    """The article ids dealt into ``k`` folds: sorted, shuffled by ``seed``, dealt in turn (sizes differ by at most
    one). The same ids, k and seed give the same folds whatever order the ids come in."""
    unique = sorted(set(ids))
    if k < 2 or k > len(unique):
        raise ValueError(f"cross-validation needs 2 <= K <= {len(unique)} articles, got K={k}")
    order = [unique[i] for i in np.random.default_rng(seed).permutation(len(unique))]
    return [sorted(order[j::k]) for j in range(k)]


@dataclass(frozen=True)
class Setting:
    trigger: float
    source: float
    target: float

    def label(self) -> str:
        return f"trigger {self.trigger:.2f} source {self.source:.2f} target {self.target:.2f}"


@dataclass
class Tally:
    """Counts pooled over the folds, summed over the seeds (``per_seed`` divides)."""

    both: Score = field(default_factory=Score)
    patterns: Score = field(default_factory=Score)
    both_roots: dict[str, Score] = field(default_factory=dict)
    patterns_roots: dict[str, Score] = field(default_factory=dict)

    def added(self, root: str | None = None) -> tuple[int, int]:
        """(right, wrong) among the events the model adds to the patterns', overall or in one root."""
        if root is None:
            b, p = self.both, self.patterns
        else:
            b, p = self.both_roots.get(root, Score()), self.patterns_roots.get(root, Score())
        return b.tp - p.tp, b.fp - p.fp

    def roots(self) -> list[str]:
        return sorted(set(self.both_roots) | set(self.patterns_roots))


@dataclass
class Result:
    setting: Setting
    seeds: int
    ungated: Tally  # every root the model reads
    gated: Tally  # the roots whose added events are right too rarely left to the patterns
    left_to_patterns: list[str]


@dataclass
class CVReport:
    k: int
    seeds: list[int]
    articles: int
    results: list[Result] = field(default_factory=list)
    chosen: Result | None = None


Coded = dict[tuple[float, float], list[tuple[Parsed, list[Event], list[Event]]]]  # (source, target) -> held out


def _kept(events: list[Event], trigger: float, gated: set[str]) -> list[Event]:
    return [
        e
        for e in events
        if not e.evidence.rule.startswith(RULE_PREFIX)
        or ((e.evidence.score or 0.0) >= trigger and e.cameo.root not in gated)
    ]


def _tally(coded: list[tuple[Parsed, list[Event], list[Event]]], trigger: float, gated: set[str], into: Tally) -> None:
    both, pats = CorpusReport(), CorpusReport()
    for p, events, alone in coded:
        score_article(both, p.ann, p.article.text, _kept(events, trigger, gated))
        score_article(pats, p.ann, p.article.text, alone)
    for total, report, roots in ((into.both, both, into.both_roots), (into.patterns, pats, into.patterns_roots)):
        _add(total, report.events)
        for root, s in report.per_root.items():
            _add(roots.setdefault(root, Score()), s)


def _add(a: Score, b: Score) -> None:
    a.tp, a.fp, a.fn = a.tp + b.tp, a.fp + b.fp, a.fn + b.fn


def gate(tally: Tally, min_precision: float) -> list[str]:
    """Roots whose added events are right less than ``min_precision`` of the time."""
    out = []
    for root in tally.roots():
        right, wrong = tally.added(root)
        if right + wrong > 0 and right < min_precision * (right + wrong):
            out.append(root)
    return out


def no_less_precise(tally: Tally, floor: str | float | None) -> bool:
    """Whether a setting may be chosen under ``cv.precision_floor``: ``patterns``, only when the whole coder is right
    at least as often as the patterns alone; a number, only when it is right at least that share of the time; none,
    any setting. (s13: the best F0.5 at any precision chose a threshold whose gate left out every root that adds
    events; the best F1 above a floor keeps the roots that add right ones.)"""
    if floor is None:
        return True
    least = tally.patterns.precision if floor == "patterns" else float(floor)
    return tally.both.precision >= least


def code_folds(
    parsed: list[Parsed],
    nlp: Language,
    k: int,
    seeds: Sequence[int],
    cfg: dict,
    progress: Callable[[str], None] = lambda _: None,
    patterns_only: Sequence[str] = (),
) -> Coded:
    """Fit on K-1 folds, code the held-out fold, for every seed and every argument threshold pair of ``cfg["cv"]``
    (:func:`choose` then applies the trigger thresholds of ``cfg["trigger_grid"]`` and the gated roots to the coded
    events: an event of the model keeps its trigger score). ``patterns_only`` roots are left to the patterns while
    coding, as ``patterns_only_roots`` leaves them: a candidate of the model, even one dropped afterwards, can keep a
    pattern's event of the same clause out, so a gate chosen afterwards is checked this way."""
    from detente.train import fit_examples  # one way: the trainer imports this module

    cv = cfg["cv"]
    by_id = {p.article.id: p for p in parsed}
    context = bool(cfg["triggers"].get("context", False))
    trig = {i: trigger_examples(p, context) for i, p in by_id.items()}
    args = {i: argument_examples(p, nlp) for i, p in by_id.items()}
    # the patterns as written (gate=False: no model here would otherwise read the packaged patterns' gate)
    alone = {i: code_doc(p.doc, p.article, nlp, model=None, patterns=True, gate=False)[0] for i, p in by_id.items()}
    # the docs outlive each coding here (the pipeline would clear them): the memos kept through ``nlp.memo`` are
    # dropped once a doc is done, so at most one fold's of those are held (every per-doc cache of coding is such a
    # memo since s33-share; only the coder's standing deeds, its output, stay); a doc coded again reads them afresh
    for p in by_id.values():
        forget(p.doc)
    progress(f"examples read and patterns coded for {len(by_id)} articles")
    pairs = [(s, t) for s in cv["source_grid"] for t in cv["target_grid"]]
    low = min(cfg["trigger_grid"])
    coded: Coded = {pair: [] for pair in pairs}
    for seed in seeds:
        for n, held in enumerate(folds(list(by_id), k, seed)):
            held_out = set(held)
            fitted = [i for i in sorted(by_id) if i not in held_out]
            model, _ = fit_examples(
                [by_id[i] for i in fitted],
                [e for i in fitted for e in trig[i]],
                [e for i in fitted for e in args[i]],
                seed,
            )
            model.meta["config"] = {**model.meta["config"], "patterns_only_roots": list(patterns_only)}
            for s, t in pairs:
                model.thresholds.update({"trigger": low, "source": s, "target": t})
                for i in held:
                    p = by_id[i]
                    events = code_doc(p.doc, p.article, nlp, model=model, patterns=True, gate=False)[0]
                    coded[(s, t)].append((p, events, alone[i]))
            for i in held:
                forget(by_id[i].doc)
            progress(f"seed {seed} fold {n + 1}/{k}: fitted on {len(fitted)} articles, coded {len(held)}")
    return coded


def cross_validate(
    parsed: list[Parsed],
    nlp: Language,
    k: int,
    seeds: Sequence[int],
    cfg: dict,
    progress: Callable[[str], None] = lambda _: None,
    patterns_only: Sequence[str] = (),
) -> CVReport:
    """The held-out folds coded (:func:`code_folds`), then every setting scored and one chosen (:func:`choose`)."""
    coded = code_folds(parsed, nlp, k, seeds, cfg, progress, patterns_only)
    return choose(coded, cfg, k, seeds, len({p.article.id for p in parsed}))


def choose(coded: Coded, cfg: dict, k: int, seeds: Sequence[int], articles: int) -> CVReport:
    """Every trigger threshold of ``cfg["trigger_grid"]`` applied to the held-out events coded at each argument
    threshold pair, roots gated by ``cv.min_added_precision``, and the setting chosen by ``cv.beta`` above
    ``cv.precision_floor``. Apart from the coding, so one (slow) coding pass can be read under several rules."""
    cv = cfg["cv"]
    report = CVReport(k=k, seeds=list(seeds), articles=articles)
    beta = cv.get("beta", cfg.get("beta", 0.5))
    floor = cv.get("precision_floor")
    best_f = -1.0
    for (s, t), rows in coded.items():
        for th in cfg["trigger_grid"]:
            ungated = Tally()
            _tally(rows, th, set(), ungated)
            left = gate(ungated, cv["min_added_precision"])
            gated = Tally()
            _tally(rows, th, set(left), gated)
            result = Result(Setting(th, s, t), len(seeds), ungated, gated, left)
            report.results.append(result)
            f = gated.both.f_beta(beta)
            if f > best_f + 1e-9 and no_less_precise(gated, floor):
                report.chosen, best_f = result, f
    return report
