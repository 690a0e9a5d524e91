"""The funnel's class (a), missed events with no candidate at their trigger, broken down by what the trigger is.

Codes the annotated articles of a split (train to develop, dev to check; never test) exactly as ``detente eval
--annotations`` codes them (every annotated article of the split), takes the misses ``bench/miss_funnel.py`` puts in
class (a), and sorts each by its trigger word's place in the parse:

    light verb + noun   "held talks", "made a visit": a light verb and its object noun (either one annotated)
    participle/clause   a verb in a participial or subordinate clause (acl, advcl, relcl: "..., killing two")
    conjoined verb      a verb conjoined to another that shares its subject ("met X and signed ...")
    verb, pattern       another verb with patterns, none of whose frames fit the clause
    verb, no pattern    another verb no pattern knows
    noun, pattern / noun, no pattern / adjective / other

and whether a candidate there could be right: the annotated source's words are in the sentence and resolve to its
code, and so do the target's (or there is none). Counts by sub-class and by root; ``--lemmas`` also prints the most
frequent trigger lemmas of the reachable misses of each sub-class (words only, no text).

    PYTHONPATH=src python bench/trigger_misses.py [--split train|dev] [--cache /tmp/funnel/cache] [--lemmas 12]
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

SUBCLASSES = (
    "light verb + noun",
    "participle/clause",
    "conjoined verb",
    "verb, pattern",
    "verb, no pattern",
    "noun, pattern",
    "noun, no pattern",
    "adjective",
    "other / no token",
)


def subclass(tok, nlp) -> str:
    """What the trigger word is (the order of ``SUBCLASSES``: the first that holds)."""
    from detente.events.patterns import light_verbs, verb_index
    from detente.nlp.repair import verb_lemma

    if tok is None:
        return "other / no token"
    index = verb_index()
    light = light_verbs()
    lemma = tok.lemma_.lower()
    has_noun = any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children)
    if tok.pos_ in ("VERB", "AUX") and has_noun and verb_lemma(tok, nlp, light) in light:
        return "light verb + noun"
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and verb_lemma(tok.head, nlp, light) in light:
        return "light verb + noun"
    if tok.pos_ == "VERB":
        if tok.dep_ in ("acl", "advcl", "relcl"):
            return "participle/clause"
        if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return "conjoined verb"
        return "verb, pattern" if lemma in index.by_lemma else "verb, no pattern"
    if tok.pos_ == "NOUN":
        return "noun, pattern" if lemma in index.by_noun else "noun, no pattern"
    if tok.pos_ == "ADJ":
        return "adjective"
    return "other / no token"


def reachable(p, g, ctx, statement_verbs) -> bool:
    """Whether the annotated parties' words are in the sentence and resolve to their codes."""
    from miss_funnel import _party

    if not _party(p, g, "source", ctx, statement_verbs).startswith("resolves:"):
        return False
    return g.target is None or _party(p, g, "target", ctx, statement_verbs).startswith("resolves:")


def class_a(p, events, skips, nlp) -> list[dict]:
    """One row per class-(a) miss of an article: sub-class, root, code, lemma, reachable."""
    from miss_funnel import _statement_verbs, _trigger_token, funnel_article

    from detente.corpus.score import match_article
    from detente.train.examples import sentence_contexts

    rows = [r for r in funnel_article(p, events, skips, match_article(p.ann, events)) if r["stage"] == "a"]
    if not rows:
        return []
    want = Counter((r["at"], r.get("code")) for r in rows)
    statement_verbs = _statement_verbs()
    out = []
    by_sent: dict[int, list] = defaultdict(list)
    for g in p.ann.events:
        if g.scored and want[(g.trigger[0], g.code)] > 0:
            want[(g.trigger[0], g.code)] -= 1
            tok = _trigger_token(p, g)
            by_sent[tok.sent.start if tok is not None else -1].append((g, tok))
    for sent, ctx in sentence_contexts(p):
        for g, tok in by_sent.pop(sent.start, []):
            ok = reachable(p, g, ctx, statement_verbs)
            out.append(
                {
                    "article": p.article.id,
                    "at": g.trigger[0],
                    "sub": subclass(tok, nlp),
                    "root": g.root,
                    "code": g.code,
                    "lemma": tok.lemma_.lower(),
                    "pos": tok.pos_,
                    "reachable": ok,
                }
            )
    for gs in by_sent.values():
        out += [
            {"sub": "other / no token", "root": g.root, "code": g.code, "lemma": "", "reachable": False} for g, _ in gs
        ]
    return out


def main() -> None:
    from miss_funnel import split_args

    parser = split_args(__doc__.splitlines()[0])  # its --json: every class-(a) miss with its sub-class
    parser.add_argument("--lemmas", type=int, default=0, help="most frequent reachable trigger lemmas per sub-class")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")

    from detente.corpus.annotations import load_annotations
    from detente.corpus.score import CorpusReport, score_article
    from detente.corpus.source import read_corpus
    from detente.events.coder import code_doc
    from detente.pipeline import Coder
    from detente.train.examples import parse

    coder = Coder()
    anns = load_annotations(args.annotations)
    ids = anns.ids(args.split)
    articles = read_corpus(args.corpus, ids)
    report = CorpusReport()
    rows: list[dict] = []
    for p in parse(((articles[i], anns.primary[i]) for i in ids if i in articles), coder, args.cache):
        events, skips = code_doc(p.doc, p.article, coder.nlp, model=coder.model, patterns=coder.patterns)
        score_article(report, p.ann, p.article.text, events)
        rows += class_a(p, events, skips, coder.nlp)
    e = report.events
    print(f"{args.split}: {report.articles} articles, tp {e.tp} fp {e.fp} fn {e.fn}; class (a): {len(rows)}")
    print_table(rows, args.lemmas)
    if args.json is not None:
        args.json.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def print_table(rows: list[dict], lemmas: int) -> None:
    total = Counter(r["sub"] for r in rows)
    reach = Counter(r["sub"] for r in rows if r["reachable"])
    print(f"{'sub-class':22} {'misses':>7} {'reachable':>10}")
    for sub in SUBCLASSES:
        print(f"{sub:22} {total[sub]:7} {reach[sub]:10}")
    print(f"{'all':22} {len(rows):7} {sum(reach.values()):10}")
    roots = Counter(r["root"] for r in rows)
    rroots = Counter(r["root"] for r in rows if r["reachable"])
    print("by root: " + ", ".join(f"{k} {roots[k]}/{rroots[k]}" for k in sorted(roots)))
    by: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by[r["sub"]][r["root"]] += 1
    for sub in SUBCLASSES:
        if by[sub]:
            print(f"  {sub:22} " + ", ".join(f"{k} {n}" for k, n in sorted(by[sub].items())))
    if lemmas:
        for sub in SUBCLASSES:
            words = Counter(f"{r['lemma']}:{r['code']}" for r in rows if r["sub"] == sub and r["reachable"])
            if words:
                print(f"  {sub}: " + ", ".join(f"{w} {n}" for w, n in words.most_common(lemmas)))


if __name__ == "__main__":
    main()
