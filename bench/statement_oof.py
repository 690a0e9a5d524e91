"""Bare statements (010) decided by the statement model, measured out of fold by article (issue 13, s30-statements).

Why: the largest pool of misses the coder reaches is a political speaker's verb of saying dropped because bare
statements are off; switched on with no decision the added statements are right about a quarter of the time. This
measures whether the statement model (``events/learned/statements.py``), refitted on today's train split, keeps its
added statements right at least 0.6 of the time **out of fold**: each article's candidates are scored by a model fitted
on the other folds only (5 folds by article, seeded), never on the articles a fold was fitted on.

Two steps (the first codes; the second only fits, so feature sets and L2 can be compared quickly):

    PYTHONPATH=src python bench/statement_oof.py collect --annotations /work/coord/ann1679 --out /tmp/stm.pkl
    PYTHONPATH=src python bench/statement_oof.py measure /tmp/stm.pkl [--families office,first,...] [--l2 1e-4]
        [--check /tmp/dev.pkl (a collected dev split, read by a model fitted on all of train)] [--subsets 20]
    PYTHONPATH=src python bench/statement_oof.py why /tmp/stm.pkl   # what annotators coded where a statement is wrong

``collect`` codes every train article as the shipped coder does (patterns, parse cache keyed as the lead's scorer),
with bare statements switched on and every candidate the rules keep admitted; it keeps, per candidate, the features
the model reads (``candidate_features``) plus extra clause features (below), its label as ``detente train`` labels it
(``train/statements.py``: the annotation has a root-01 event of the speaker with its target in the sentence), and the
coded events. ``measure`` fits the model per fold on the other folds' candidates and, per threshold, drops the
statement events scored below it and matches the article again as the scorer does (``match_article``): an added
statement is right when the scorer matches it.

Extra feature families (each names a class of clause, not a sentence's words; ``--families``):
    office   the speaker's level read from the words naming them: head of state/government, minister, spokesman, an
             unnamed official, other (``OFFICE`` below; bench only)
    office2  the same levels read from the dictionary entry a named speaker resolves to (``actors.lookup``'s why:
             "office_holders entry 'Donald Trump' (president)"), a pronoun apart; computed at ``measure`` time
    first    first statement candidate of that speaker (code) in the article, and the n-th
    position the sentence's place in the article (index bucket and third)
    target   the statement has a target (another country's party named in what is said) and its role
    quote    what is said sits inside quotation marks (quoted) or not (reported)
    event    what is said holds another candidate's trigger (an event of another root), with its root
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections import Counter, defaultdict
from functools import partial
from multiprocessing import Pool
from pathlib import Path

import numpy as np

CACHE = Path("/work/cache")
OFFICE = {
    "head": ["president", "prime minister", "premier", "chancellor", "king", "emir", "supreme leader", "crown prince"],
    "minister": ["minister", "secretary of state", "foreign secretary", "secretary"],
    "spokes": ["spokesman", "spokeswoman", "spokesperson", "press secretary", "spokespeople"],
    "official": ["official", "officials", "source", "sources", "diplomat", "diplomats", "aide", "aides"],
    "legislator": ["senator", "lawmaker", "representative", "congressman", "congresswoman", "mp", "legislator"],
}
FAMILIES = ("office", "office2", "first", "position", "target", "quote", "event")

_coder = None
_pin = None


def _init() -> None:
    global _coder, _pin
    import logging

    logging.disable(logging.WARNING)
    from detente.events import coder as coder_mod
    from detente.events.learned.statements import candidate_features
    from detente.nlp import MODEL, ruler_patterns
    from detente.pipeline import Coder

    _coder = Coder(layers="patterns")
    _pin = hashlib.sha1((MODEL + json.dumps(ruler_patterns(), sort_keys=True)).encode()).hexdigest()[:16]

    def logging_decision(cand, candidates, model, log=None):  # every candidate the rules keep is admitted, logged
        _LOG.append((cand, candidate_features(cand, candidates), _event_family(cand, candidates)))
        return None

    coder_mod.statement_decision = logging_decision


_LOG: list = []


def _doc(text: str):
    from spacy.tokens import DocBin

    key = hashlib.sha1((_pin + "\0" + text).encode()).hexdigest()
    f = CACHE / _pin / f"{key}.spacy"
    if f.is_file():
        return next(iter(DocBin().from_bytes(f.read_bytes()).get_docs(_coder.nlp.vocab)))
    return _coder.nlp(text)


def _event_family(cand, candidates) -> list[str]:
    from detente.events.learned.statements import said_words
    from detente.events.patterns import STATEMENT_PREFIX

    said = {t.i for t in said_words(cand.trigger)}
    roots = sorted({c.code[:2] for c in candidates if not c.rule.startswith(STATEMENT_PREFIX) and c.trigger.i in said})
    return [f"x_event={r}" for r in roots] or ["x_event=none"]


def _office(cand) -> str:
    words = " ".join(x or "" for x in (cand.source.text, cand.source_why)).lower()
    for level, names in OFFICE.items():
        if any(f" {n} " in f" {words} " or f" {n}'" in f" {words} " for n in names):
            return level
    return "other"


def _extras(cand, nth: int, index: int, sents: int, quoted: bool) -> dict[str, list[str]]:
    office = _office(cand)
    role = cand.source.code[3:6] or "STATE"
    target = cand.target
    return {
        "office": [f"x_office={office}", f"x_office_role={office}|{role}"],
        "first": [f"x_first={nth == 1}", f"x_nth={min(nth, 4)}"],
        "position": [
            f"x_sent={min(index, 3) if index < 6 else ('<=10' if index <= 10 else '>10')}",
            f"x_third={min(2, 3 * index // max(sents, 1))}",
        ],
        "target": [f"x_target={'none' if target is None else (target.code[3:6] or 'STATE')}"],
        "quote": [f"x_quoted={quoted}"],
    }


def _in_quotes(cand) -> bool:
    from detente.events.learned.statements import said_words
    from detente.nlp.tree import QUOTE_MARKS

    said = said_words(cand.trigger)
    if not said:
        return False
    sent = cand.trigger.sent
    first = min(t.i for t in said)
    marks = sum(1 for t in sent if t.i < first and (t.text in QUOTE_MARKS or t.text == "'"))
    return marks % 2 == 1


def _code(article):
    from detente.events.coder import code_doc
    from detente.events.patterns import statements_enabled
    from detente.ingest.language import not_english
    from detente.nlp.boilerplate import blank_boilerplate

    if not_english(article.text):
        return article.id, [], []
    doc = _coder.prepare(_doc(blank_boilerplate(article.text, article.title)))
    _LOG.clear()
    with statements_enabled():
        events, _ = code_doc(doc, article, _coder.nlp, model=None, patterns=True, gate=_coder.gate)
    sents = list(doc.sents)
    starts = {s.start: i for i, s in enumerate(sents)}
    seen: Counter = Counter()
    cands = []
    for cand, feats, event_family in _LOG:
        seen[cand.source.code] += 1
        sent = cand.trigger.sent
        index = starts.get(sent.start, 0)
        extras = _extras(cand, seen[cand.source.code], index, len(sents), _in_quotes(cand))
        extras["event"] = event_family
        cands.append({**candidate_row(cand, feats), "extras": extras})
    doc.user_data.clear()
    return article.id, [e.to_json_dict() for e in events], cands


def candidate_row(cand, feats: dict) -> dict:
    """What both statement benches write of a logged candidate: its sentence's characters, trigger, parties and
    features (``bench/sayroots.py`` adds its own fields to it)."""
    sent = cand.trigger.sent
    return {
        "start": sent.start_char,
        "end": sent.end_char,
        "trigger": cand.trigger.text,
        "tidx": cand.trigger.idx,
        "source": cand.source.code,
        "target": cand.target.code if cand.target else None,
        "speaker": cand.source.text,
        "feats": feats,
    }


def _code_or_skip(code, article):
    """``code(article)``, or the article's id with the reason it could not be coded: one bad article does not stop the
    run. ``code`` is a script's own ``_code`` (this one's, or ``bench/sayroots.py``'s)."""
    try:
        return (*code(article), None)
    except Exception as exc:  # any failure of one article is reported, the others go on
        return article.id, [], [], f"{type(exc).__name__}: {exc}"


def collect(args) -> None:
    collect_with(args, _init, _code)


def collect_with(args, init, code) -> None:
    """Code every article of the split in ``args.j`` processes (each set up by ``init``, each article coded by
    ``code``, which returns its id, coded events and logged candidates), and pickle what they logged with the articles
    that failed and why. Shared by this script and ``bench/sayroots.py``, which log different candidates."""
    from detente.corpus.annotations import load_annotations
    from detente.corpus.source import read_corpus

    anns = load_annotations(args.annotations)
    ids = anns.ids(args.split)
    arts = read_corpus(None, ids)
    todo = [arts[i] for i in ids if i in arts][: args.limit or None]
    out, skipped = {}, {}
    with Pool(args.j, initializer=init) as pool:
        coded = pool.imap_unordered(partial(_code_or_skip, code), todo, chunksize=4)
        for n, (aid, events, cands, error) in enumerate(coded):
            if error is not None:
                skipped[aid] = error
                print(f"skipped {aid}: {error}", file=sys.stderr, flush=True)
                continue
            out[aid] = {"events": events, "cands": cands}
            if n % 200 == 0:
                print(n, file=sys.stderr, flush=True)
    record = {"annotations": args.annotations, "split": args.split, "articles": out, "skipped": skipped}
    Path(args.out).write_bytes(pickle.dumps(record))
    print(
        f"{len(out)} articles, {sum(len(v['cands']) for v in out.values())} candidates -> {args.out}"
        + (f"; {len(skipped)} skipped (reasons above)" if skipped else "")
    )


def _label(ann, cand) -> bool:
    """``train/statements.py``'s label: the sentence holds a root-01 event of the speaker with the same target."""
    from detente.corpus.score import overlaps

    here = {i for i, span in enumerate(ann.sentences) if overlaps((cand["start"], cand["end"]), span)}
    return any(
        g.scored
        and g.sentence in here
        and g.root == "01"
        and g.source.code == cand["source"]
        and (g.target.code if g.target is not None else None) == cand["target"]
        for g in ann.events
    )


def _find(scored: list[tuple[float, dict]], event) -> tuple[float | None, dict | None]:
    """The logged candidate of a statement event: its trigger and speaker, in the sentence holding the evidence (the
    evidence may start after the parse's sentence: a blanked dateline)."""
    ev = event.evidence
    for s, c in scored:
        if c["trigger"] == ev.trigger and c["source"] == event.source.code and c["start"] <= ev.start < c["end"]:
            return s, c
    return None, None


GRID = [round(x, 2) for x in np.arange(0.0, 0.951, 0.05)]


def _fit(arts: dict, labels: dict, ids, feats, args):
    from detente.events.learned.linear import fit
    from detente.events.learned.statements import NO_VECTOR
    from detente.train.statements import averaged

    xs, ys = [], []
    for aid in ids:
        for c, y in zip(arts[aid]["cands"], labels[aid], strict=True):
            xs.append((feats(c), NO_VECTOR))
            ys.append("010" if y else "none")
    settings = dict(epochs=30, batch=64, lr=0.01, l2=args.l2, min_count=2, class_weight_power=0.0)
    return averaged([fit(xs, ys, ["none", "010"], seed=args.seed + k, **settings) for k in range(args.seeds)])


def _tally(arts: dict, scores: dict, anns) -> tuple[dict[float, list[int]], list]:
    """Per threshold, the statement events the scorer matches (right) and does not (wrong) once the statement events
    scored below it are dropped and the article is matched again; and, at threshold 0, each statement event's (score,
    right, candidate)."""
    from detente.corpus.score import match_article
    from detente.events.patterns import STATEMENT_PREFIX
    from detente.records import Event

    table = {th: [0, 0] for th in GRID}
    rows = []
    for aid in sorted(arts):
        events = [Event.model_validate(e) for e in arts[aid]["events"]]
        if not any(e.evidence.rule.startswith(STATEMENT_PREFIX) for e in events):
            continue
        scored = list(zip(scores[aid], arts[aid]["cands"], strict=True))
        ann = anns.primary[aid]
        for th in GRID:
            kept = []
            for e in events:
                if e.evidence.rule.startswith(STATEMENT_PREFIX):
                    s, _ = _find(scored, e)
                    # a statement with no candidate found is dropped at every threshold (none on train)
                    if s is None or s < th:
                        continue
                kept.append(e)
            m = match_article(ann, kept)
            for i, p in enumerate(m.pred):
                if p.evidence.rule.startswith(STATEMENT_PREFIX):
                    table[th][0 if i in m.matched_pred else 1] += 1
                    if th == 0.0:
                        s, c = _find(scored, p)
                        rows.append((s, i in m.matched_pred, c))
    return table, rows


def _print_table(table: dict[float, list[int]]) -> None:
    print("threshold  right  wrong  P")
    for th in GRID:
        r, w = table[th]
        print(f"{th:9.2f} {r:6d} {w:6d}  {r / (r + w) if r + w else 0:.3f}")


def _dictionary_offices(data: dict) -> None:
    """``office2``: the level of the dictionary entry each named speaker resolves to on its article's day."""
    from detente.actors.lookup import lookup
    from detente.corpus.source import read_corpus

    corpus = read_corpus(None, list(data["articles"]))
    known: dict[tuple, str] = {}
    for aid, art in data["articles"].items():
        day = corpus[aid].date if aid in corpus else None
        for c in art["cands"]:
            key = (c["speaker"], day)
            if key not in known:
                why = f" {(lookup(c['speaker'], day).why or '').lower()} ".replace("(", " ").replace(")", " ")
                why = why.replace(",", " ")
                level = "pronoun" if c["speaker"].lower() in ("he", "she", "they", "it", "i", "we") else "other"
                known[key] = next((lv for lv, names in OFFICE.items() if any(f" {n} " in why for n in names)), level)
            c["extras"]["office2"] = [f"x_office2={known[key]}"]


def measure(args) -> None:
    from detente.corpus.annotations import load_annotations
    from detente.events.learned.statements import NO_VECTOR
    from detente.train.cv import folds

    data = pickle.loads(Path(args.data).read_bytes())
    anns = load_annotations(data["annotations"])
    arts = data["articles"]
    families = [f for f in args.families.split(",") if f]
    if set(families) - set(FAMILIES):
        raise SystemExit(f"unknown families {sorted(set(families) - set(FAMILIES))}; known: {', '.join(FAMILIES)}")
    if "office2" in families or args.subsets:
        _dictionary_offices(data)
    ids = sorted(arts)
    labels: dict[str, list[bool]] = {aid: [_label(anns.primary[aid], c) for c in arts[aid]["cands"]] for aid in ids}

    def feats(c) -> list[str]:
        return c["feats"] + [f for fam in families for f in c["extras"].get(fam, [])]

    scores: dict[str, list[float]] = {}
    for fold in folds(ids, args.folds, args.seed):
        held = set(fold)
        model = _fit(arts, labels, [aid for aid in ids if aid not in held], feats, args)
        for aid in fold:
            scores[aid] = [float(model.proba(feats(c), NO_VECTOR)[1]) for c in arts[aid]["cands"]]
    table, rows = _tally(arts, scores, anns)
    n_pos = sum(sum(v) for v in labels.values())
    n = sum(len(v) for v in labels.values())
    print(
        f"families={families or ['base']} l2={args.l2} seeds={args.seeds} folds={args.folds} seed={args.seed}: "
        f"{n} candidates, {n_pos} labelled statements; emitted statement events at 0: {len(rows)}, "
        f"unmatched to a candidate: {sum(1 for s, _, _ in rows if s is None)}"
    )
    print("out of fold (each article scored by a model fitted on the other folds):")
    _print_table(table)
    if args.check:  # a model fitted on every article of ``data``, read on another split's articles (dev): a check
        other = pickle.loads(Path(args.check).read_bytes())
        if "office2" in families:
            _dictionary_offices(other)
        check_anns = load_annotations(other["annotations"])
        model = _fit(arts, labels, ids, feats, args)
        check_scores = {
            aid: [float(model.proba(feats(c), NO_VECTOR)[1]) for c in art["cands"]]
            for aid, art in other["articles"].items()
        }
        check, _ = _tally(other["articles"], check_scores, check_anns)
        print(f"check: {other['split']} ({len(other['articles'])} articles), model fitted on all of {data['split']}:")
        _print_table(check)
    if args.subsets:
        by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for _score, ok, c in rows:
            if c is None:
                continue
            for fs in c["extras"].values():
                for f in fs:
                    by[f][0 if ok else 1] += 1
            for f in c["feats"]:
                by[f][0 if ok else 1] += 1
        print("feature  right  wrong  (emitted statement events at threshold 0)")
        for f, (r, w) in sorted(by.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
            if r + w >= args.subsets:
                print(f"{f:40s} {r:5d} {w:5d}  {r / (r + w):.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps({str(k): v for k, v in table.items()}))


def why(args) -> None:
    """What the annotators coded in the sentence of each added statement (threshold 0), right and wrong: counts."""
    from detente.corpus.annotations import load_annotations
    from detente.corpus.score import match_article
    from detente.events.patterns import STATEMENT_PREFIX
    from detente.records import Event

    data = pickle.loads(Path(args.data).read_bytes())
    anns = load_annotations(data["annotations"])
    tally: Counter = Counter()
    for aid, art in data["articles"].items():
        events = [Event.model_validate(e) for e in art["events"]]
        ann = anns.primary[aid]
        m = match_article(ann, events)
        for i, p in enumerate(m.pred):
            if not p.evidence.rule.startswith(STATEMENT_PREFIX):
                continue
            if i in m.matched_pred:
                tally["right"] += 1
                continue
            here = [g for g in m.gold if g.sentence in m.sentences_of[i]]
            src = p.source.code
            own = [g for g in here if g.source.code == src]
            same_country = [g for g in here if g.source.code[:3] == src[:3] and g.source.code != src]
            if not here:
                kind = "wrong: sentence holds no annotated event"
            elif own:
                roots = {g.root for g in own}
                if "01" in roots:
                    kind = "wrong: speaker's 01 with another target (or already matched)"
                else:
                    kind = "wrong: speaker's event of another root (" + ",".join(sorted(roots)) + ")"
            elif same_country:
                kind = "wrong: an event of another actor of the speaker's country (speaker code differs)"
            else:
                kind = "wrong: only other speakers' events in the sentence"
            tally[kind] += 1
    for kind, n in tally.most_common():
        print(f"{n:5d}  {kind}")


def add_collect(sub) -> None:
    """The ``collect`` subcommand's options, shared with ``bench/sayroots.py`` (both run ``collect_with``)."""
    c = sub.add_parser("collect")
    c.add_argument("--annotations", default="corpus/annotations")
    c.add_argument("--split", default="train")
    c.add_argument("--out", required=True)
    c.add_argument("-j", type=int, default=2)
    c.add_argument("--limit", type=int, default=0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    add_collect(sub)
    m = sub.add_parser("measure")
    m.add_argument("data")
    m.add_argument("--families", default="")
    m.add_argument("--l2", type=float, default=1e-4)
    m.add_argument("--seeds", type=int, default=5)
    m.add_argument("--folds", type=int, default=5)
    m.add_argument("--seed", type=int, default=0)
    m.add_argument("--subsets", type=int, default=0, help="print right / wrong per feature with this many events")
    m.add_argument("--json")
    m.add_argument("--check", help="a collected pickle of another split (dev), read by a model fitted on all of data")
    w = sub.add_parser("why")
    w.add_argument("data")
    args = ap.parse_args()
    {"collect": collect, "measure": measure, "why": why}[args.cmd](args)


if __name__ == "__main__":
    main()
