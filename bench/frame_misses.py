"""Why none of a pattern word's patterns fits: the clause shape at the trigger of each such miss (issue 13).

Reads the miss funnel's rows (``miss.jsonl``, detail "a pattern word, none of its patterns fits the clause"), the
annotations and the lead's parse cache, and names, for each missed trigger, the shape of its clause (to-infinitive,
object and infinitive, "on"/"for" phrase, that-clause, bare object, no object, passive, conjunct, noun) and where
the annotated target sits (none, the object, inside the complement, a preposition's object, elsewhere). Counts by
(lemma, shape), by shape and target site; ids@offsets only, no text.

    PYTHONPATH=src python bench/frame_misses.py --misses /work/coord/s31/funnel/miss.jsonl \
        --annotations /work/coord/ann1919 [--examples 3]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, "/work/coord/tools")
DETAIL = "a pattern word, none of its patterns fits"


def shape(tok) -> str:
    """The clause's shape at the trigger, most telling first."""
    from detente.events.frames import is_to_infinitive, reported_clauses
    from detente.events.tree import direct_objects

    if tok.pos_ not in ("VERB", "AUX"):
        return f"noun:{tok.dep_}"
    kids = list(tok.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        return "passive"
    preps = {c.lower_ for c in kids if c.dep_ == "prep"}
    inf = [c for c in kids if is_to_infinitive(c) or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))]
    objs = direct_objects(tok)
    prt = [c.lower_ for c in kids if c.dep_ == "prt"]
    head = "conj+" if tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in kids) else ""
    if prt:
        return f"{head}particle:{prt[0]}" + ("+inf" if inf else "")
    if "on" in preps and inf:
        return head + "on+inf"
    if "for" in preps:
        return head + ("for+inf" if inf else "for")
    if objs and inf:
        return head + "obj+inf"
    if inf:
        return head + "inf"
    if reported_clauses(tok):
        return head + "that-clause"
    if objs:
        return head + "obj" + ("+" + "/".join(sorted(preps)) if preps else "")
    if preps:
        return head + "prep:" + "/".join(sorted(preps))
    return head + "bare"


def target_site(tok, g) -> str:
    """Where the annotated target's words sit, relative to the trigger."""
    from detente.events.tree import direct_objects

    if g.target is None or not g.target.span:
        return "no-target" if g.target is None else "target-no-span"
    s, e = g.target.span
    span = tok.doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return "?"
    t = span.root
    if t.sent.start != tok.sent.start:
        return "other-sentence"
    if any(t.i == o.i or o.is_ancestor(t) for o in direct_objects(tok)):
        return "object"
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "advcl") and (c.i == t.i or c.is_ancestor(t)):
            return "in-complement"
        if c.dep_ == "prep" and c.is_ancestor(t):
            return f"prep:{c.lower_}"
    if any(c.dep_ in ("nsubj", "nsubjpass") and (c.i == t.i or c.is_ancestor(t)) for c in tok.children):
        return "subject"
    return "elsewhere"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", type=Path, default=Path("/work/coord/s31/funnel/miss.jsonl"))
    ap.add_argument("--annotations", type=Path, default=Path("/work/coord/ann1919"))
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    import logging

    logging.disable(logging.WARNING)
    import score  # the lead's cached scorer: its parse cache

    from detente.corpus.annotations import load_annotations
    from detente.corpus.source import read_corpus
    from detente.nlp.boilerplate import blank_boilerplate
    from detente.train.examples import _token

    rows = [json.loads(x) for x in a.misses.open()]
    rows = [r for r in rows if r["stage"] == "a" and r["detail"].startswith(DETAIL)]
    anns = load_annotations(a.annotations)
    by_art = defaultdict(list)
    for r in rows:
        by_art[r["article"]].append(r)
    arts = read_corpus(None, list(by_art))
    score._init("patterns")
    out = []
    for aid, rs in by_art.items():
        if aid not in arts or aid not in anns.primary:
            continue
        art = arts[aid]
        doc = score._coder.prepare(score._doc(blank_boilerplate(art.text, art.title)))
        golds = {g.trigger[0]: g for g in anns.primary[aid].events}
        for r in rs:
            g = golds.get(r["at"])
            tok = _token(doc, g.trigger) if g else None
            if tok is None:
                continue
            out.append({**r, "shape": shape(tok), "site": target_site(tok, g), "dep": tok.dep_})
    if a.json:
        a.json.write_text("\n".join(json.dumps(x) for x in out) + "\n")
    print(f"{len(out)} misses read")
    for key, title in (("shape", "by shape"), ("site", "by target site")):
        print(f"\n{title}")
        for k, n in Counter(x[key] for x in out).most_common(25):
            ex = [f"{x['article']}@{x['at']}" for x in out if x[key] == k][: a.examples]
            print(f"  {n:5d} {k:28s} {' '.join(ex)}")
    print("\nby (shape, target site)")
    for k, n in Counter((x["shape"], x["site"]) for x in out).most_common(30):
        print(f"  {n:5d} {k[0]:20s} {k[1]}")
    print("\nby (lemma, shape, target site), root")
    for k, n in Counter((x["lemma"], x["shape"], x["site"], x["root"]) for x in out).most_common(60):
        ex = [f"{x['article']}@{x['at']}" for x in out if (x["lemma"], x["shape"], x["site"], x["root"]) == k][:2]
        print(f"  {n:5d} {k[0]:12s} {k[1]:20s} {k[2]:16s} {k[3]} {' '.join(ex)}")


if __name__ == "__main__":
    main()
