"""``detente train``: rebuild the learned event layer from the annotated corpus, reproducibly.

The trigger and argument models are fitted with a fixed seed on the **train** articles that ``train.yaml``'s list
names (``data/model/articles.json``: ids and the sha1 of each annotation, ``train/articles.py``), not on whatever
split.json says today, so annotating more articles does not change what the command rebuilds. The thresholds are
``train.yaml``'s, chosen by cross-validation by article over the train split (``--cv``, ``train/cv.py``); with no
trigger threshold there, it is chosen on the **dev** split as before (F0.5 of the whole coder). The statement decision
and the confidence gate are fitted after them; the test split is never read. The model, its thresholds, the code
table and what it was trained on are written to ``data/model/``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from spacy.language import Language

from detente.corpus.annotations import Annotations, load_annotations
from detente.corpus.score import CorpusReport, score_article
from detente.corpus.source import read_corpus
from detente.data.schemas.gate import gate_settings
from detente.events.learned.linear import fit
from detente.events.learned.model import MODEL_DIR, LearnedModel, check_recipe
from detente.events.patterns import STATEMENT_PREFIX
from detente.pipeline import Coder
from detente.train import articles as training_set
from detente.train.cv import CVReport, cross_validate
from detente.train.examples import (
    NONE,
    ArgumentExample,
    Parsed,
    TriggerExample,
    argument_examples,
    gold_triggers,
    parse,
    trigger_examples,
)
from detente.train.gate import GateReport, train_gate
from detente.train.statements import StatementReport, choose_statement_threshold, fit_statements

CONFIG = MODEL_DIR / "train.yaml"


def config() -> dict:
    """The training settings (``data/model/train.yaml``)."""
    with CONFIG.open(encoding="utf-8") as fh:
        recipe = yaml.safe_load(fh)
    check_recipe(recipe)  # a misspelt cell key fails here, not silently at coding time
    return recipe


SEED = int(config()["seed"])


@dataclass
class TrainReport:
    articles: int = 0
    trigger_examples: int = 0
    argument_examples: int = 0
    events: int = 0
    threshold: float = 0.5
    dev: dict[float, tuple[float, float, float]] = field(default_factory=dict)  # threshold -> P, R, F1
    statements: StatementReport = field(default_factory=StatementReport)
    gate: GateReport | None = None


def parsed_split(
    folder: Path, split: str | list[str], corpus: str | Path | None, coder: Coder, cache: Path | None = None
) -> list[Parsed]:
    """The annotated articles of one split, or of several (``[train, dev]``), parsed as the coder parses."""
    anns = load_annotations(folder)
    names = [split] if isinstance(split, str) else list(split)
    if not names:
        raise ValueError("no split named")
    ids = [i for name in names for i in split_ids(anns, name)]
    articles = read_corpus(corpus, ids)
    return list(parse(((articles[i], anns.primary[i]) for i in ids if i in articles), coder, cache))


def articles_path() -> Path | None:
    """The list of articles the model is fitted on (``train.yaml`` ``articles``), or None: split.json as it is."""
    name = config().get("articles")
    return CONFIG.parent / name if name else None


def split_ids(anns: Annotations, split: str) -> list[str]:
    """The articles of ``split`` the trainer reads: those ``train.yaml``'s list names (checked against today's
    annotations, ``train/articles.py``), else every annotated article split.json puts there today."""
    path = articles_path()
    return anns.ids(split) if path is None else training_set.listed_ids(training_set.load(path), anns, split)


def trained_splits(cfg: dict) -> list[str]:
    """Every split the trainer and its cross-validation read (``train_split``, ``tune_split``, ``cv.splits``)."""
    names: list[str] = []
    for entry in (cfg.get("train_split"), cfg.get("tune_split"), cfg.get("cv", {}).get("splits")):
        names += [entry] if isinstance(entry, str) else list(entry or [])
    return sorted(set(names))


def renew_training_set(folder: str | Path) -> tuple[int, int]:
    """``detente train --from-split``: rewrite ``train.yaml``'s list from today's split.json and annotations.
    Returns (articles listed before, after)."""
    path = articles_path()
    if path is None:
        raise ValueError("train.yaml names no `articles` list to rewrite")
    return _rewrite_list(path, folder, trained_splits(config()))


GATE_ABOUT = (
    "The annotated articles the confidence gate of train.yaml `gate.layers` ({layers}) is fitted on (`gate.articles`):"
    " the {count} train articles of split.json when the list was written, each id with the sha1 of its annotation. "
    "Rewritten only by `detente train --gate --gate-from-split`, as a change of configuration (the stop and commit "
    "that wrote it: the git log of this file); the gate never reads an article annotated later."
)


def _rewrite_list(path: Path, folder: str | Path, splits: list[str], about: str | None = None) -> tuple[int, int]:
    """Rewrite a pinned article list at ``path`` from today's split.json articles of ``splits`` and their
    annotations, saying what it is (``about``; the learned layer's text by default): (articles listed before,
    after)."""
    before = sum(map(len, training_set.load(path).splits.values())) if path.is_file() else 0
    ts = training_set.from_split(load_annotations(folder), splits)
    if about is not None:  # may name how many articles it lists ({count}) and the gate's layers ({layers})
        count = sum(map(len, ts.splits.values()))
        ts = ts.model_copy(update={"about": about.format(count=f"{count:,}", layers=config()["gate"]["layers"])})
    training_set.save(ts, path)
    return before, sum(map(len, ts.splits.values()))


# the remedy when an article of the gate's pinned list changed: `--from-split` renews the learned layer's list
# (train.yaml `articles`), never the gate's, so the message names the gate's own command
GATE_FROM_SPLIT = (
    "the gate's pinned list (train.yaml gate.articles) no longer matches the annotations; to fit the gate on today's "
    "train split on purpose, `detente train --gate --gate-from-split` rewrites that list (commit it with the gate it "
    "builds, and first check that gate.held_annotators still names a batch the gate is judged on and not fitted on); "
    "`detente train --from-split` rewrites the learned layer's list, not the gate's"
)


def gate_articles_path() -> Path:
    """The gate's pinned list of articles (train.yaml ``gate.articles``, beside it)."""
    return CONFIG.parent / config()["gate"]["articles"]


def renew_gate_articles(folder: str | Path) -> tuple[int, int]:
    """``detente train --gate-from-split``: rewrite the gate's pinned list from today's split.json train articles
    and their annotations, on purpose (a change of configuration: the gate refitted on it may read the batch that
    was judging it). Returns (articles listed before, after)."""
    return _rewrite_list(gate_articles_path(), folder, ["train"], GATE_ABOUT)


def code_table(parsed: list[Parsed]) -> dict[str, str]:
    """'lemma|root' -> the code annotators gave that trigger most often (seen at least twice)."""
    counts: dict[str, Counter[str]] = {}
    for p in parsed:
        for i, events in gold_triggers(p).items():
            lemma = p.doc[i].lemma_.lower()
            for ev in events:
                counts.setdefault(f"{lemma}|{ev.root}", Counter())[ev.code] += 1
    return {k: c.most_common(1)[0][0] for k, c in sorted(counts.items()) if c.most_common(1)[0][1] >= 2}


def senses(parsed: list[Parsed], min_count: int) -> dict[str, list[str]]:
    """'lemma|POS' -> the roots annotators gave that word as a trigger at least ``min_count`` times."""
    counts: Counter[tuple[str, str]] = Counter()
    for p in parsed:
        for i, events in gold_triggers(p).items():
            tok = p.doc[i]
            for root in {ev.root for ev in events}:
                counts[(f"{tok.lemma_.lower()}|{tok.pos_}", root)] += 1
    out: dict[str, list[str]] = {}
    for (key, root), n in sorted(counts.items()):
        if n >= min_count:
            out.setdefault(key, []).append(root)
    return out


def _fit_settings(section: dict) -> dict:
    keys = ("epochs", "batch", "lr", "l2", "min_count", "class_weight_power")
    return {k: section[k] for k in keys if k in section}


def fit_model(parsed: list[Parsed], nlp: Language, seed: int = SEED) -> tuple[LearnedModel, TrainReport]:
    """Fit both models with the settings of ``train.yaml``."""
    context = bool(config()["triggers"].get("context", False))
    trig = [e for p in parsed for e in trigger_examples(p, context)]
    args = [e for p in parsed for e in argument_examples(p, nlp)]
    return fit_examples(parsed, trig, args, seed)


def fit_examples(
    parsed: list[Parsed], trig: list[TriggerExample], args: list[ArgumentExample], seed: int = SEED
) -> tuple[LearnedModel, TrainReport]:
    """Fit both models on examples already read from ``parsed`` (cross-validation reads each article's once)."""
    cfg = config()
    report = TrainReport(articles=len(parsed), events=sum(len(p.ann.events) for p in parsed))
    report.trigger_examples, report.argument_examples = len(trig), len(args)
    roots = sorted({e.label for e in trig} - {NONE})
    triggers = fit(
        [(e.feats, e.vec) for e in trig],
        [e.label for e in trig],
        [NONE, *roots],
        seed=seed,
        **_fit_settings(cfg["triggers"]),
    )
    arguments = fit(
        [(e.feats, e.vec) for e in args],
        [e.label for e in args],
        [NONE, "source", "target"],
        seed=seed,
        **_fit_settings(cfg["arguments"]),
    )
    digest = hashlib.sha1("".join(sorted(p.ann.model_dump_json() for p in parsed)).encode()).hexdigest()
    meta = {
        "trained": dt.date.today().isoformat(),
        "seed": seed,
        "articles": len(parsed),
        "annotations_sha1": digest,
        "trigger_examples": len(trig),
        "argument_examples": len(args),
        "config": cfg,
    }
    model = LearnedModel(triggers, arguments, code_table(parsed), senses(parsed, cfg["senses_min_count"]), meta=meta)
    model.thresholds.update(cfg["thresholds"])
    return model, report


def choose_threshold(model: LearnedModel, dev: list[Parsed], report: TrainReport) -> float:
    """Code dev once with the lowest threshold, then score every threshold by dropping weaker model events."""
    grid = config()["trigger_grid"]
    low = min(grid)
    model.thresholds["trigger"] = low
    coder = Coder(layers="both", model=model)
    coded = [(p, *_code(coder, p)) for p in dev]
    best, best_f = low, -1.0
    for th in grid:
        score = CorpusReport()
        for p, events in ((p, ev) for p, ev, _ in coded):
            kept = [e for e in events if e.evidence.score is None or _statement(e) or e.evidence.score >= th]
            score_article(score, p.ann, p.article.text, kept)
        e = score.events
        report.dev[th] = (e.precision, e.recall, e.f1)
        f = e.f_beta(config()["beta"])
        if f > best_f:
            best, best_f = th, f
    model.thresholds["trigger"] = best
    report.threshold = best
    return best


def _statement_meta(model: LearnedModel, report: TrainReport) -> None:
    st = report.statements
    model.meta["config"] = config()
    model.meta["statement_examples"] = [st.examples, st.positives]
    model.meta["statement_dev"] = {str(k): list(v) for k, v in st.dev.items()}  # threshold -> right, wrong, coder F1


def _statement(event) -> bool:
    """A statement's score is the statement model's (its own threshold), not the trigger model's."""
    return event.evidence.rule.startswith(STATEMENT_PREFIX)


def _code(coder: Coder, p: Parsed):
    from detente.events.coder import code_doc

    events, skips = code_doc(p.doc, p.article, coder.nlp, model=coder.model, patterns=coder.patterns, gate=False)
    return events, skips


def train(
    folder: str | Path,
    corpus: str | Path | None = None,
    out: Path = MODEL_DIR,
    seed: int = SEED,
    cache: Path | None = None,
    statements_only: bool = False,
) -> TrainReport:
    """Fit on train, choose the threshold on dev, refit the confidence gate (``train/gate.py``), save to ``out``.
    ``statements_only`` refits the statement decision alone on top of the trigger and argument models already in
    ``out`` (they stay as they are, and so does the gate)."""
    folder = Path(folder)
    cfg = config()
    if "gate" in cfg and not statements_only:
        gate_settings(cfg["gate"])  # a misspelt gate key stops the trainer before minutes of fitting, not after
    coder = Coder(layers="patterns")
    if statements_only:
        model = LearnedModel.load(out)
        report = TrainReport()
        fitted = parsed_split(folder, cfg["train_split"], corpus, coder, cache)
        tune = parsed_split(folder, cfg["tune_split"], corpus, coder, cache) if cfg.get("tune_split") else []
        report.statements = _decide_statements(model, fitted, tune, coder, cfg, seed)
        _statement_meta(model, report)
        model.save(out)
        return report
    if not cfg.get("tune_split") and "trigger" not in cfg["thresholds"]:  # before minutes of fitting, not after
        raise ValueError("no tune split and no trigger threshold in train.yaml: nothing chooses it")
    fitted = parsed_split(folder, cfg["train_split"], corpus, coder, cache)
    model, report = fit_model(fitted, coder.nlp, seed)
    path = articles_path()
    if path is not None:
        model.meta["training_set"] = {"file": path.name, "sha1": training_set.digest(training_set.load(path))}
    tune = parsed_split(folder, cfg["tune_split"], corpus, coder, cache) if cfg.get("tune_split") else []
    if "trigger" in cfg["thresholds"] or not tune:
        # the trigger threshold is train.yaml's (chosen by cross-validation over the fitted split, `--cv`): dev,
        # forty articles, is read only to check the model, and (below) by the statement decision and the gate
        if "trigger" not in cfg["thresholds"]:
            raise ValueError("no tune split and no trigger threshold in train.yaml: nothing chooses it")
        report.threshold = model.thresholds["trigger"]
    else:
        choose_threshold(model, tune, report)
        model.meta["dev_scores"] = {str(k): [round(x, 3) for x in v] for k, v in report.dev.items()}
    # the statement decision reads the sentence's other events, the learned layer's included: it is fitted after it
    report.statements = _decide_statements(model, fitted, tune, coder, cfg, seed)
    if "gate" in cfg:  # the gate reads the events of every path: it is fitted last, on what they now emit
        report.gate = train_gate(gate_articles(folder, corpus, coder, cache), coder.nlp, model, cfg["gate"], seed)
    _statement_meta(model, report)
    model.save(out)
    return report


def _decide_statements(
    model: LearnedModel, fitted: list[Parsed], tune: list[Parsed], coder: Coder, cfg: dict, seed: int
) -> StatementReport:
    """Fit the statement decision on the fitted split; its threshold is chosen on the tune split, or with none (no
    split the model was not fitted on) it is the fit's own and admits no statement."""
    statements = fit_statements(fitted, coder, model, cfg["statements"], seed)
    if tune:
        choose_statement_threshold(model, tune, coder, cfg["statements"], statements)
    else:
        model.thresholds["statement"] = statements.threshold
    return statements


def gate_articles(
    folder: Path, corpus: str | Path | None, coder: Coder, cache: Path | None
) -> list[tuple[str, Parsed]]:
    """The train articles the gate is fitted on, parsed: the pinned list train.yaml's ``gate.articles`` names
    (``train/articles.py``: ids with their annotation's sha1), not whatever split.json holds today, so the corpus
    growing never refits the gate on the batch that judges it (s18 review). Every train article of the list, not only
    those the learned layer was fitted on (``train.yaml`` ``articles``): the gate reads what the coder emits."""
    anns = load_annotations(folder)
    ids = training_set.listed_ids(training_set.load(gate_articles_path()), anns, "train", "the gate", GATE_FROM_SPLIT)
    articles = read_corpus(corpus, ids)
    missing = [i for i in ids if i not in articles]
    if missing:
        raise ValueError(f"{len(missing)} articles the gate is fitted on are not in the corpus (first: {missing[0]})")
    return [("train", p) for p in parse(((articles[i], anns.primary[i]) for i in ids), coder, cache)]


def train_gate_only(
    folder: str | Path,
    corpus: str | Path | None = None,
    out: Path = MODEL_DIR,
    seed: int = SEED,
    cache: Path | None = None,
) -> GateReport:
    """``detente train --gate``: refit the confidence gate train.yaml ``gate.layers`` names on the model installed in
    ``out`` (its trigger, argument and statement models and the other setting's gate stay as they are): out of fold
    on the pinned train articles outside the held annotators (on ``cv_seeds`` deals), checked on the held ones or,
    with none held, on every deal, refitted on all of them (``train/gate.py``); dev and test are not read."""
    cfg = config()
    gate_settings(cfg["gate"])  # checked before an article is read
    coder = Coder(layers="patterns")
    model = LearnedModel.load(out)
    report = train_gate(gate_articles(Path(folder), corpus, coder, cache), coder.nlp, model, cfg["gate"], seed)
    model.save(out)
    return report


def cross_validation(
    folder: str | Path,
    k: int,
    seeds: int,
    corpus: str | Path | None = None,
    cache: Path | None = None,
    progress: Callable[[str], None] = lambda _: None,
    patterns_only: list[str] | None = None,
    source: float | None = None,
    target: float | None = None,
) -> CVReport:
    """``detente train --cv K --seeds S``: the splits of ``cv.splits`` pooled, K folds by article, seeds
    ``seed .. seed+S-1`` (see ``train/cv.py``). ``patterns_only`` roots are left to the patterns while coding;
    ``source`` / ``target`` try that one argument threshold instead of the grid. Nothing is saved."""
    cfg = config()
    cv = dict(cfg["cv"])
    if source is not None:
        cv["source_grid"] = [source]
    if target is not None:
        cv["target_grid"] = [target]
    cfg = {**cfg, "cv": cv}
    if "test" in cv["splits"]:
        raise ValueError("cross-validation reads train and dev only: the test split is frozen")
    coder = Coder(layers="patterns")
    parsed = parsed_split(Path(folder), cfg["cv"]["splits"], corpus, coder, cache)
    progress(f"{len(parsed)} articles parsed")
    return cross_validate(
        parsed, coder.nlp, k, [cfg["seed"] + n for n in range(seeds)], cfg, progress, patterns_only or []
    )
