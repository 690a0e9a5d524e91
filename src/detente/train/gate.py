"""Training the confidence gate (events/learned/gate.py) on what the coder emits on real news (s18, s19).

Examples are the events that count (not negated, not hypothetical) which the coder emits with the gate off on the
train articles of the pinned list (train.yaml ``gate.articles``), coded exactly as detente codes them (same parse,
same learned layer and statement model). An event is right by the label train.yaml ``gate.label`` names: ``happened``
(eval's match, or else the same root by the same source at country level, ``corpus/score.py`` ``happened_events``)
or ``exact`` (eval's match alone). The articles of the annotators ``gate.held_annotators`` names (the batch no rule
writer had read, ann-38..45) are held out: the gate is fitted out of
fold on the other train articles (``gate.folds`` folds by article, seeded), the threshold is chosen on those
out-of-fold scores by a rule fixed before looking (``choose``: the most wrong events removed among the thresholds
that remove at most ``max_right_removed`` of the right events and whose removed events are wrong at least
``min_removed_wrong`` of the time), the held articles are scored once by a gate fitted on all the others, and the
shipped gate is refitted on every train article. Why a share of the right events and not F0.5: on real news the
coder's recall is near 0.1, so F0.5 is moved by a handful of right events, and the frozen test split's recall floor
allows losing about one right event in ten. What is installed is decided by ``installed``: nothing unless a human
set ``gate.enabled`` in train.yaml, and then ``min(chosen, ceiling)`` only when that very threshold meets the check
(the held articles, or with none held every seed's out-of-fold deal); else the chosen one is recorded as
``chosen`` under the gate's key in model.json and the gate scores, dropping nothing. Dev and test are never read.

s24: the events are those of the paths train.yaml ``gate.layers`` names (the shipped patterns alone); with no held
annotators every article is fitted out of fold on ``gate.cv_seeds`` deals of the folds, and a threshold is chosen
(and installed) only if it meets the rule on each deal, judged by the label ``gate.chosen_by``. Each setting of
``gate.layers`` has its own gate file, figures and threshold (``model.GATE_SLOTS``): a refit replaces only its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from spacy.language import Language

from detente.corpus.score import Score, happened_events
from detente.data.schemas.gate import gate_settings
from detente.events.coder import code_doc
from detente.events.learned.gate import NO_VECTOR, RIGHT
from detente.events.learned.linear import SoftmaxModel, fit
from detente.events.learned.model import GATE_SLOTS, LearnedModel
from detente.records import counts
from detente.train.examples import NONE, Parsed
from detente.train.statements import averaged

OFF = 0.0  # a threshold every probability passes: the gate drops nothing
LABELS = ("exact", "happened")  # what a right event is (train.yaml ``gate.label``)


@dataclass
class GateExample:
    article: str
    split: str
    feats: list[str]
    right: bool  # detente eval's exact match
    held: bool = False  # an article of the held annotators: scored once, never fitted on before the final fit
    happened: bool = False  # the same deed by the same country (``corpus/score.py`` ``happened_events``, s19)

    def label(self, name: str) -> bool:
        """Right by the label ``name`` (train.yaml ``gate.label``): ``exact`` or ``happened``."""
        return self.right if name == "exact" else self.happened


@dataclass
class ArticleGold:
    split: str
    gold: int  # annotated events that count
    held: bool = False


@dataclass
class Removed:
    """What a threshold does to a set of events: kept and removed, right and wrong."""

    kept_right: int
    kept_wrong: int
    removed_right: int
    removed_wrong: int

    @property
    def right_share(self) -> float:
        """The share of the right events the threshold removes."""
        right = self.kept_right + self.removed_right
        return self.removed_right / right if right else 0.0

    @property
    def wrong_rate(self) -> float:
        """How often a removed event is wrong."""
        gone = self.removed_right + self.removed_wrong
        return self.removed_wrong / gone if gone else 1.0

    def as_list(self) -> list[int]:
        return [self.kept_right, self.kept_wrong, self.removed_right, self.removed_wrong]


@dataclass
class GateReport:
    examples: int = 0
    positives: int = 0
    threshold: float = OFF  # installed (0 unless gate.enabled and the check of ``installed`` confirms it)
    chosen: float = OFF  # chosen by the rule on the out-of-fold scores
    label: str = "happened"  # the label fitted and chosen on
    # label -> threshold -> what it removes: out of fold on the fitted articles, and on the held annotators' articles
    oof: dict[str, dict[float, Removed]] = field(default_factory=dict)
    held: dict[str, dict[float, Removed]] = field(default_factory=dict)
    happened: int = 0  # events that happened (the loose label), beside ``positives`` (the exact match)
    sizes: dict[str, list[int]] = field(default_factory=dict)  # set -> [articles, events, right, gold]
    weights: list[tuple[str, float]] = field(default_factory=list)  # the largest weights towards "right"
    coder: dict[float, list[Score]] = field(default_factory=dict)  # the whole coder out of fold, per seed
    oof_each: dict[str, list[dict[float, Removed]]] = field(default_factory=dict)  # label -> one curve per seed
    why: str = ""  # why the installed threshold is what it is (printed by ``detente train``, kept in model.json)


def gate_examples(
    parsed: list[tuple[str, Parsed]],
    nlp: Language,
    model: LearnedModel | None,
    held: frozenset[str],
    patterns: bool = True,
):
    """Features and labels of every event that counts, and each article's annotated events that count, coded with
    the patterns (``patterns``) and the learned layer (``model``, None: the patterns alone); an article is held when
    one of its annotators is in ``held``."""
    examples: list[GateExample] = []
    golds: dict[str, ArticleGold] = {}
    for split, p in parsed:
        log: list = []
        events, _ = code_doc(p.doc, p.article, nlp, model=model, patterns=patterns, gate_log=log)
        # the log holds every event that counts, in order; a later stage may hand back a copy of one (a meeting told
        # again takes its place, ``where/retold.py``), so the features are paired by position, not by identity
        counted = [e for e in events if counts(e)]
        if len(counted) != len(log):
            raise ValueError(f"{p.article.id}: {len(counted)} events that count but {len(log)} read by the gate")
        feats = {id(e): f for e, (_, f) in zip(counted, log, strict=True)}
        pred, right, happened, gold = happened_events(p.ann, events)
        is_held = bool(held & set((p.ann.annotator or "").split("/")))
        golds[p.article.id] = ArticleGold(split, gold, is_held)
        for event, ok, did in zip(pred, right, happened, strict=True):
            examples.append(GateExample(p.article.id, split, feats[id(event)], ok, is_held, did))
    return examples, golds


def chosen(feats: list[str], families: list[str] | None, unread: list[str] | None = None) -> list[str]:
    """The features of the families train.yaml's ``gate.features`` names ("source" keeps "source=noun"), and the
    bias; every family when none is named; never a feature ``gate.unread`` names. The gate ignores at coding time
    what it was not fitted on."""
    skip = set(unread or ())
    if not families:
        return [f for f in feats if f not in skip]
    return [f for f in feats if (f == "bias" or f.split("=")[0] in families) and f not in skip]


def fit_gate(examples: list[GateExample], cfg: dict, seed: int) -> SoftmaxModel:
    """The gate fitted on ``examples`` (``cfg["seeds"]`` fits from ``seed`` on, averaged)."""
    settings = {k: cfg[k] for k in ("epochs", "batch", "lr", "l2", "min_count", "class_weight_power") if k in cfg}
    rows = [(chosen(e.feats, cfg.get("features"), cfg.get("unread")), NO_VECTOR) for e in examples]
    labels = [RIGHT if e.label(cfg.get("label", "exact")) else NONE for e in examples]
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


def removed(examples: list[GateExample], scores: np.ndarray, threshold: float, label: str = "exact") -> Removed:
    """Kept and removed right / wrong events at ``threshold``, right by ``label``."""
    kept = scores >= threshold
    right = np.array([e.label(label) for e in examples], dtype=bool)
    return Removed(
        int((kept & right).sum()), int((kept & ~right).sum()), int((~kept & right).sum()), int((~kept & ~right).sum())
    )


def folds(articles: list[str], k: int, seed: int) -> dict[str, int]:
    """Articles dealt into ``k`` folds in a seeded order."""
    order = sorted(articles)
    rng = np.random.default_rng(seed)
    rng.shuffle(order)
    return {a: i % k for i, a in enumerate(order)}


def out_of_fold(examples: list[GateExample], articles: list[str], cfg: dict, seed: int) -> np.ndarray:
    """Each event's score from a gate fitted on the other folds (``cfg["folds"]`` by article)."""
    fold_of = folds(articles, cfg["folds"], seed)
    scores = np.zeros(len(examples))
    for f in range(cfg["folds"]):
        train = [e for e in examples if fold_of[e.article] != f]
        held = [i for i, e in enumerate(examples) if fold_of[e.article] == f]
        if held:
            scores[held] = _proba(fit_gate(train, cfg, seed), [examples[i] for i in held])
    return scores


def qualifies(r: Removed, cfg: dict) -> bool:
    """Whether a threshold's removed events meet the rule: at most ``max_right_removed`` of the right ones, wrong at
    least ``min_removed_wrong`` of the time, and at least one removed (a threshold that removes nothing is no
    evidence)."""
    gone = r.removed_right + r.removed_wrong
    return (
        gone > 0
        and r.right_share <= cfg.get("max_right_removed", 0.05)
        and r.wrong_rate >= cfg.get("min_removed_wrong", 0.75)
    )


def choose(curve: dict[float, Removed], cfg: dict, each: list[dict[float, Removed]] | None = None) -> float:
    """The threshold that removes the most wrong events of ``curve`` among those that meet the rule (``qualifies``)
    on ``curve`` and on every curve of ``each`` (one per seed of the out-of-fold deal: a threshold that holds on one
    deal of the folds only is chance); OFF when none does."""
    best, most = OFF, 0
    for th in sorted(curve):
        if not all(qualifies(c[th], cfg) for c in [curve, *(each or [])]):
            continue
        if curve[th].removed_wrong > most:
            best, most = th, curve[th].removed_wrong
    return best


def pooled(curves: list[Removed]) -> Removed:
    """The removed counts of one threshold summed over the seeds' out-of-fold deals."""
    return Removed(*(int(sum(c.as_list()[k] for c in curves)) for k in range(4)))


def train_gate(
    parsed: list[tuple[str, Parsed]], nlp: Language, model: LearnedModel, cfg: dict, seed: int
) -> GateReport:
    """Fit the gate on the events of the layers train.yaml ``gate.layers`` names, out of fold (``cv_seeds`` deals)
    on the train articles outside the held annotators, choose the threshold there, score the held articles once (if
    any), refit on every train article and set it on ``model`` in its own slot (``GATE_SLOTS``: the other gate,
    its figures and threshold are left as they are)."""
    gate_settings(cfg)  # a misspelt or missing key is an error, not a default
    report = GateReport(label=cfg["label"])
    held_names = frozenset(cfg.get("held_annotators", []))
    # the events of the paths that ship (s24: the patterns alone, the learned layer off): the gate reads what is coded
    coding = None if cfg["layers"] == "patterns" else model
    train = [(s, p) for s, p in parsed if s == "train"]
    examples, golds = gate_examples(train, nlp, coding, held_names, patterns=cfg["layers"] != "model")
    report.examples, report.positives = len(examples), sum(e.right for e in examples)
    report.happened = sum(e.happened for e in examples)
    fitted = [e for e in examples if not e.held]
    held = [e for e in examples if e.held]
    grid = [OFF, *cfg["grid"]]
    fitted_articles = sorted(a for a, g in golds.items() if not g.held)
    seeds = [seed + k for k in range(cfg["cv_seeds"])]
    oofs = [out_of_fold(fitted, fitted_articles, cfg, s) for s in seeds]
    each = {lab: [{th: removed(fitted, o, th, lab) for th in grid} for o in oofs] for lab in LABELS}
    report.oof = {lab: {th: pooled([c[th] for c in each[lab]]) for th in grid} for lab in LABELS}
    report.oof_each = each
    report.chosen = choose(report.oof[cfg["chosen_by"]], cfg, each[cfg["chosen_by"]])
    gold = sum(g.gold for g in golds.values() if not g.held)
    report.coder = {th: [coder_score(fitted, o, gold, th) for o in oofs] for th in grid}
    scores = _proba(fit_gate(fitted, cfg, seed), held) if held else np.zeros(0)
    if held:
        report.held = {lab: {th: removed(held, scores, th, lab) for th in grid} for lab in LABELS}
    for name, rows, is_held in (("fitted", fitted, False), ("held", held, True)):
        arts = [g for g in golds.values() if g.held == is_held]
        report.sizes[name] = [
            len(arts),
            len(rows),
            sum(e.right for e in rows),
            sum(e.happened for e in rows),
            sum(g.gold for g in arts),
        ]
    gate = fit_gate(examples, cfg, seed)
    report.threshold, report.why = installed(report, cfg, scores, held)
    at = gate.classes.index(RIGHT)
    margin = gate.sparse[:, at] - gate.sparse[:, 1 - at]
    words = sorted(gate.vocab, key=gate.vocab.__getitem__)
    report.weights = sorted(((w, float(margin[i])) for i, w in enumerate(words)), key=lambda x: (-abs(x[1]), x[0]))
    # the gate of the layers it was fitted on (GATE_SLOTS): the other setting's gate, figures and threshold stay
    _, name = GATE_SLOTS[cfg["layers"]]
    setattr(model, name, gate)
    model.thresholds[name] = report.threshold
    model.meta[name] = {
        "examples": [report.examples, report.positives],
        "chosen": report.chosen,
        "why": report.why,
        "sizes": report.sizes,
        "label": report.label,
        "happened": report.happened,
        "oof": {lab: {str(th): r.as_list() for th, r in c.items()} for lab, c in report.oof.items()},
        "oof_seeds": seeds,
        "oof_each": {
            lab: [{str(th): r.as_list() for th, r in c.items()} for c in curves] for lab, curves in each.items()
        },
        # the whole coder out of fold, per seed: threshold -> [[tp, fp, P, R, F1] per seed] (recall over every
        # annotated event of the fitted articles)
        "coder": {
            str(th): [[s.tp, s.fp, round(s.precision, 4), round(s.recall, 4), round(s.f1, 4)] for s in scores]
            for th, scores in report.coder.items()
        },
        "held": {lab: {str(th): r.as_list() for th, r in c.items()} for lab, c in report.held.items()},
        "columns": ["kept right", "kept wrong", "removed right", "removed wrong"],
        "size_columns": ["articles", "events", "right (exact)", "happened", "annotated events"],
        "config": cfg,
        "seed": seed,
    }
    return report


def installed(report: GateReport, cfg: dict, scores: np.ndarray, held: list[GateExample]) -> tuple[float, str]:
    """The threshold to install and why. Only a human switches the gate on: ``gate.enabled`` is written in train.yaml
    by hand (a refit never turns it on by its own figures). When it is on, the candidate is the chosen threshold held
    under ``ceiling`` (the highest at which the team's own sets keep their floors, measured by hand: they are not
    news, and the gate's doubt reaches them), and it is installed only if **that** threshold, the one installed, not
    the chosen one, is confirmed: with held annotators, it removes at least one held event, and the events it removes
    there are wrong by the exact match at least ``min_held_wrong`` of the time (a threshold that removes nothing on
    the held articles is no evidence); with none held (s24), it meets the rule (``qualifies``) on every seed's
    out-of-fold deal."""
    if report.chosen == OFF:
        return OFF, "off: no threshold out of fold met the rule (max_right_removed, min_removed_wrong) on every seed"
    candidate = min(report.chosen, cfg["ceiling"])
    capped = f" (the chosen {report.chosen:.3f} held under the ceiling)" if candidate < report.chosen else ""
    if not cfg["held_annotators"]:
        # s24: no batch held; every train article is fitted out of fold, and the candidate must meet the rule on
        # every seed's deal of the folds, as the chosen threshold did
        seeds = report.oof_each.get(cfg["chosen_by"], [])
        at_seeds = [c[candidate] for c in seeds if candidate in c]
        ok = bool(at_seeds) and all(qualifies(c, cfg) for c in at_seeds)
        gone = ", ".join(f"{c.removed_right} right / {c.removed_wrong} wrong" for c in at_seeds)
        check = f"out of fold {candidate:.3f}{capped} removes {gone} ({cfg['chosen_by']}) on the {len(at_seeds)} seeds"
        if not cfg["enabled"]:
            return OFF, f"off: train.yaml gate.enabled is false (switching on is a human edit); {check}"
        if not ok:
            return OFF, f"off: {check}, not the rule on every seed"
        return candidate, f"on: {check}, the rule on every seed{capped}"
    at = removed(held, scores, candidate, "exact") if held else None
    seen = f"{at.removed_right} right / {at.removed_wrong} wrong" if at else "no held articles"
    check = f"on the held articles {candidate:.3f}{capped} removes {seen} by the exact match"
    if not cfg["enabled"]:
        return OFF, f"off: train.yaml gate.enabled is false (switching on is a human edit); {check}"
    if at is None or at.removed_right + at.removed_wrong == 0:
        return OFF, f"off: {check}, no evidence"
    if at.wrong_rate < cfg["min_held_wrong"]:
        return OFF, f"off: {check} ({at.wrong_rate:.2f} wrong < min_held_wrong {cfg['min_held_wrong']})"
    return candidate, f"on: {check} ({at.wrong_rate:.2f} wrong >= min_held_wrong {cfg['min_held_wrong']}){capped}"
