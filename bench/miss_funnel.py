"""Where the annotated real-news events the coder misses are lost: the first stage of the coder that lost each.

Codes the annotated articles of a split (train by default, dev to check; never test) from the parse cache, exactly
as ``detente eval --annotations`` codes them, and for every annotated event that no coded event matched, takes the
attempt of the coder that came nearest it at its trigger (a coded event, or a skip record of ``explain`` with the
candidate it dropped) and names the stage where that attempt went wrong:

    a  no candidate at the trigger (no pattern word, a pattern word none of whose patterns fits, model under threshold)
    b  a candidate, but its root disagrees
    c  the source not resolved, or resolved to another actor (words in the sentence that give another code, none, or
       no words: the doer named in another sentence)
    d  the target likewise
    e  the party's words are in the sentence and resolve to the annotated code, but the frame's slot did not reach
       them (the parse's attachment, or another clause's party taken: the speaker as doer, a place as target)
    f  right root and parties, dropped by a filter (standing, background, embedding, statement rules, gate, duplicate)
    g  coded with the right root and parties, yet not matched (negated or hypothetical, or matched to another)

Counts, shares and a few article-id/offset examples per class; no text is printed.

    PYTHONPATH=src python bench/miss_funnel.py [--split train|dev] [--cache /tmp/funnel/cache] [--examples 3]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path("/work/shared/corpus/news-dev.jsonl")
STAGES = {
    "a": "no candidate at the trigger",
    "b": "candidate, root disagrees",
    "c": "source not resolved / wrong",
    "d": "target not resolved / wrong",
    "e": "party in the sentence, slot did not reach it",
    "f": "dropped by a filter",
    "g": "coded right, not matched (modality / other)",
}


@dataclass
class Attempt:
    """What the coder made at (or, for events, in the sentence of) an annotated trigger."""

    root: str | None
    source: str | None  # None: not resolved; "?" unknown (a frame-level skip after the source resolved)
    target: str | None
    reason: str | None  # None for a coded event
    counts: bool = True
    at_trigger: bool = True


def _filter_class(reason: str) -> str:
    """A short name for a filter's reason (the reasons' words, their variable parts left out)."""
    r = reason.lower()
    for key, name in (
        ("confidence gate", "gate"),
        ("statement model", "statement model"),
        ("background", "background"),
        ("part of a governing", "embedded in a governing event"),
        ("the result of the event", "result of another event"),
        ("description of an actor", "description of an actor"),
        ("same event (source", "duplicate"),
        ("needs a target", "root needs a target"),
        ("announced no intention", "partner of an intention"),
        ("reports another event", "statement reports another event"),
        ("sport", "sport"),
        ("not for a source of role", "pattern source_roles"),
        ("meeting of", "meeting without host"),
        ("no target actor", "a target slot's words did not resolve (the annotation has no target)"),
    ):
        if key in r:
            return name
    if "standing" in r or "habit" in r or "has long" in r or "repeatedly" in r:
        return "standing"
    return "other: " + reason.split("(")[0].split(":")[0][:60]


@dataclass
class Coded:
    """One annotated article coded as ``detente eval`` codes it, with its skips and the scorer's matching."""

    parsed: Any  # detente.train.Parsed
    events: list
    skips: list
    matching: Any  # detente.corpus.score.Matching


def split_args(description: str) -> argparse.ArgumentParser:
    """The options both funnels (missed and false events) take."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--annotations", type=Path, default=Path("corpus/annotations"))
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/funnel/cache"), help="parse cache (train/examples)")
    parser.add_argument("--examples", type=int, default=3, help="article-id@offset examples per class")
    parser.add_argument("--json", type=Path, default=None, help="also write every row with its class here")
    return parser


def code_split(args: argparse.Namespace) -> list[Coded]:
    """Code the split's annotated articles from the parse cache and match them once; prints the eval's line."""
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")
    from detente.corpus.annotations import load_annotations
    from detente.corpus.score import CorpusReport, match_article, score_article
    from detente.corpus.source import read_corpus
    from detente.events.coder import code_doc
    from detente.pipeline import Coder
    from detente.train.examples import parse

    coder = Coder()
    report = CorpusReport()
    out = []
    # the eval's articles (every annotated article split.json puts in the split), not train.yaml's fitted list
    anns = load_annotations(args.annotations)
    ids = anns.ids(args.split)
    articles = read_corpus(args.corpus, ids)
    for p in parse(((articles[i], anns.primary[i]) for i in ids if i in articles), coder, args.cache):
        events, skips = code_doc(p.doc, p.article, coder.nlp, model=coder.model, patterns=coder.patterns)
        m = match_article(p.ann, events)
        score_article(report, p.ann, p.article.text, events, m)
        out.append(Coded(p, events, skips, m))
    e = report.events
    scores = f"tp {e.tp} fp {e.fp} fn {e.fn} (P {e.precision:.2f} R {e.recall:.2f})"
    print(f"{args.split}: {report.articles} articles, {scores}")
    return out


def write_rows(path: Path | None, rows: list[dict]) -> None:
    if path is not None:
        path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def main() -> None:
    args = split_args(__doc__.splitlines()[0]).parse_args()
    rows: list[dict] = []
    for c in code_split(args):
        rows += funnel_article(c.parsed, c.events, c.skips, c.matching)
    print_table(rows, args.examples)
    write_rows(args.json, rows)


def _events_at(p, g, events) -> list[Attempt]:
    from detente.corpus.score import overlaps, trigger_overlaps
    from detente.records import counts

    span = p.ann.sentences[g.sentence]
    out = []
    for ev in events:
        if not overlaps((ev.evidence.start, ev.evidence.end), span):
            continue
        hit = trigger_overlaps(ev, g, p.article.text)
        if hit or ev.cameo.root == g.root:
            tgt = ev.target.code if ev.target else None
            out.append(Attempt(ev.cameo.root, ev.source.code, tgt, None, counts(ev), hit))
    return out


def _skips_at(g, skips) -> list[Attempt]:
    out = []
    for sk in skips:
        if sk.start is None or not (g.trigger[0] <= sk.start < g.trigger[1]):
            continue
        root = sk.code[:2] if sk.code else None
        if sk.source is not None:
            out.append(Attempt(root, sk.source, sk.target, sk.reason))
        elif sk.reason.startswith("no target actor") or sk.reason.startswith("a mutual event needs"):
            out.append(Attempt(root, "?", None, sk.reason))
        elif sk.reason.startswith("source and target are the same"):
            out.append(Attempt(root, "?", "=", sk.reason))
        else:  # no source actor, no pattern fits, a re-mention without antecedent, sport, source_roles, ...
            out.append(Attempt(root, None, None, sk.reason))
    return out


def _progress(a: Attempt, g) -> tuple[int, int, int, int]:
    gt = g.target.code if g.target else None
    return (
        int(a.root == g.root),
        int(a.source in (g.source.code, "?")),
        int(a.target == gt),
        int(a.reason is None),
    )


def _party(p, g, role: str, ctx, statement_verbs: set[str]) -> str:
    """How the annotated party's words fare in the sentence: implicit, resolve to its code (and how they sit),
    resolve to another level of its country, to another actor, or to nothing."""
    from detente.actors import resolve_all
    from detente.train.examples import _token

    party = g.source if role == "source" else g.target
    if party is None:
        return "none"
    tok = _token(p.doc, party.span)
    if tok is None:
        return "implicit (not in the sentence)"
    codes = {r.actor.code for r in resolve_all(tok, ctx)} | {r.actor.code for r in resolve_all(tok, ctx, as_place=True)}
    if party.code in codes:
        if role == "source" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in statement_verbs:
            return "resolves: the speaker of a verb of saying"
        places = resolve_all(tok, ctx, as_place=True)
        if role == "target" and any(r.place is not None for r in places):
            return "resolves: a place"
        return "resolves: other attachment"
    if any(c[:3] == party.code[:3] for c in codes):
        return "resolves to another level of the country"
    if codes:
        return "resolves to another actor"
    return f"does not resolve: {_kind(tok)}"


def _kind(tok) -> str:
    """What kind of words an unresolved party is: a pronoun, a named entity of a type, or a common noun."""
    if tok.pos_ == "PRON":
        return "a pronoun"
    ent = tok.ent_type_ or next((c.ent_type_ for c in tok.children if c.ent_type_), "")
    return f"a name ({ent})" if ent else f"a common noun ({tok.pos_})"


def classify(p, g, tok, events, skips, ctx, statement_verbs: set[str]) -> tuple[str, str]:
    """(stage letter, detail) of one missed annotated event (``tok``: its trigger's token, or None)."""
    from detente.events.patterns import verb_index

    attempts = _events_at(p, g, events) + _skips_at(g, skips)
    if not attempts or all(a.root is None for a in attempts):
        reasons = {a.reason for a in attempts if a.reason}
        lemma = tok.lemma_.lower() if tok is not None else ""
        if g.code == "010" and lemma in statement_verbs:
            return "f", "a verb of saying, code 010: bare statements are off (statements.enabled, patterns_only_roots)"
        if any("none fits" in r for r in reasons):
            model = _model_reads(tok, g.root) if tok is not None else ""
            model = {"reads": " (the model would read its root, refused)", "patterns only": " (root 01)"}.get(model, "")
            return "a", "a pattern word, none of its patterns fits the clause" + model
        if any(r.startswith("names no party") for r in reasons):
            return "c", "implicit (re-mention without 'the')"
        if any("sport" in r for r in reasons):
            return "f", "sport"
        index = verb_index()
        if tok is not None and (lemma in index.by_lemma or lemma in index.by_noun):
            doer = "the doer named in the sentence" if g.source.span else "the doer implicit"
            return "a", f"a pattern word ({tok.pos_}), no frame (clause refused or no slot filled; {doer})"
        pos = tok.pos_ if tok is not None else "?"
        model = _model_reads(tok, g.root) if tok is not None else ""
        if model == "patterns only":
            return "a", f"no pattern word ({pos}), the model reads root 01, left to the patterns (statements off)"
        if model == "reads":
            return "a", f"no pattern word ({pos}), model reads the root, no resolvable party"
        return "a", f"no pattern word ({pos}), model under threshold"
    best = max(attempts, key=lambda a: _progress(a, g))
    root_ok, src_ok, tgt_ok, coded = _progress(best, g)
    if not root_ok:
        return "b", f"coded root {best.root}"
    if not src_ok:
        how = _party(p, g, "source", ctx, statement_verbs)
        return ("e" if how.startswith("resolves:") else "c"), how + (" (source)" if how.startswith("resolves:") else "")
    if not tgt_ok:
        how = _party(p, g, "target", ctx, statement_verbs)
        return ("e" if how.startswith("resolves:") else "d"), how + (" (target)" if how.startswith("resolves:") else "")
    if not coded:
        return "f", _filter_class(best.reason or "")
    if not best.counts:
        return "g", "coded negated or hypothetical"
    return "g", "matched to another annotated event, or another sentence"


def _model_reads(tok, root: str) -> str:
    """What the learned layer's trigger model makes of the token, as ``learned_frames`` reads it before any party:
    "reads" when it gives the annotated root above its threshold (the frame then found no party it could resolve and
    was dropped without a skip), "patterns only" when that root is left to the patterns, else ""."""
    from detente.events.learned.features import (
        SentenceFacts,
        is_trigger_candidate,
        lexicon_roots,
        trigger_features,
        vector,
    )
    from detente.events.learned.model import packaged_model

    model = packaged_model()
    if model is None or not is_trigger_candidate(tok) or root not in model.triggers.classes:
        return ""
    sent = tok.sent
    p = model.triggers.proba_many([(trigger_features(tok, sent, SentenceFacts.of(sent)), vector(tok))])[0]
    classes = model.triggers.classes
    p[classes.index("none")] = -1.0
    known = lexicon_roots(tok) | set(model.senses.get(f"{tok.lemma_.lower()}|{tok.pos_}", ()))
    if known:
        for k, cls in enumerate(classes):
            if cls not in known:
                p[k] = -1.0
    best = classes[int(p.argmax())]
    threshold = model.thresholds["trigger"] if known else model.thresholds.get("unknown_trigger", 0.95)
    if best != root or float(p.max()) < threshold:
        return ""
    return "patterns only" if root in model.meta.get("config", {}).get("patterns_only_roots", ()) else "reads"


def _trigger_token(p, g):
    from detente.train.examples import _token

    return _token(p.doc, g.trigger)


@cache
def _statement_verbs() -> frozenset[str]:
    """The verbs of the bare-statement patterns (010.*), whether bare statements are on or off."""
    from detente.events.patterns import STATEMENT_PREFIX, statements_enabled, verb_index

    with statements_enabled():
        verb_index.cache_clear()
        index = verb_index()
    verb_index.cache_clear()
    return frozenset(
        lemma for lemma, pats in index.by_lemma.items() if any(x.id.startswith(STATEMENT_PREFIX) for x in pats)
    )


def funnel_article(p, events, skips, matching) -> list[dict]:
    """One row per missed annotated event of an article (``matching``: the scorer's, ``match_article``)."""
    from detente.train.examples import sentence_contexts

    missed = [g for k, g in enumerate(matching.gold) if k not in matching.taken]
    if not missed:
        return []
    statement_verbs = _statement_verbs()
    rows = []
    by_sent: dict[int, list] = defaultdict(list)
    for g in missed:
        tok = _trigger_token(p, g)
        by_sent[tok.sent.start if tok is not None else -1].append((g, tok))
    for sent, ctx in sentence_contexts(p):
        for g, tok in by_sent.pop(sent.start, []):
            stage, detail = classify(p, g, tok, events, skips, ctx, statement_verbs)
            lemma = tok.lemma_.lower() if tok is not None else ""
            row = {"article": p.article.id, "at": g.trigger[0], "root": g.root, "stage": stage, "detail": detail}
            rows.append({**row, "code": g.code, "lemma": lemma})
    for gs in by_sent.values():  # a trigger the parse could not place
        rows += [
            {"article": p.article.id, "at": g.trigger[0], "root": g.root, "stage": "a", "detail": "no token"}
            for g, _ in gs
        ]
    return rows


def print_classes(rows: list[dict], key: str, names: dict[str, str], title: str, examples: int, width: int) -> None:
    """Rows counted by their class (``key``) and, under each, by detail, with article-id@offset examples: the table
    of both funnels (missed and false events)."""
    total = len(rows)
    classes = Counter(r[key] for r in rows)
    details: dict[str, Counter[str]] = defaultdict(Counter)
    seen: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in rows:
        details[r[key]][r["detail"]] += 1
        seen[(r[key], r["detail"])].append(f"{r['article']}@{r['at']}")
    print(f"{title}: {total}")
    for s, name in names.items():
        n = classes[s]
        print(f"({s}) {name:{width}} {n:5} {n / max(total, 1):6.1%}")
        for detail, m in details[s].most_common():
            ex = ", ".join(seen[(s, detail)][:examples])
            print(f"      {detail:66} {m:5}  {ex}")


def print_table(rows: list[dict], examples: int) -> None:
    print_classes(rows, "stage", STAGES, "missed annotated events", examples, 48)


if __name__ == "__main__":
    main()
