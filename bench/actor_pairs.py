"""Found events whose deed is right but whose parties are not: a class for every party disagreement (issue 14).

The scorer matches a coded event only with the same root, source code and target code, so a coded event beside an
annotated one of the same sentence and root whose source or target differs counts twice against the coder (a wrong
event and a miss). This codes the annotated articles of a split (train by default, dev to check; never test) from
the parse cache as ``detente eval --annotations`` codes them, pairs coded and annotated events of one sentence and
root one to one as the scorer's field pairing does (``score.score_article``: the most agreeing pairs first), and
puts every pair whose source or target code differs in a class:

    swapped        our source is their target and our target their source
    level          the same country at another level: ``bare->role`` (we coded the country, they a part of it: IRN
                   for IRNGOV), ``role->bare``, ``role->role`` (USAGOV for USAMIL)
    country        another country (or another IGO / NGO)
    group          one side an IGO / NGO / IMG code, the other a country's
    missing        a target on one side only (``ours-only``, ``gold-only``)

by side (source / target). Counts, with the rule that resolved our party (``source_why``) and article-id@offset
examples (the offset of our party's words, else of the trigger). No article text is printed; ``--json`` writes a
row per differing side (codes, class, our words' offset) to read with ``detente corpus view``.

    PYTHONPATH=src python bench/actor_pairs.py --annotations /work/coord/ann1759 --cache /work/cache/funnel
        [--examples 3] [--json pairs.jsonl]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from miss_funnel import split_args, write_rows

GROUPS = ("IGO", "NGO", "IMG")


def _country(code: str) -> str:
    return code if code.startswith(GROUPS) else code[:3]


def party_class(ours: str | None, theirs: str | None) -> str:
    """The class of one side's disagreement (the codes differ)."""
    if ours is None:
        return "missing gold-only"
    if theirs is None:
        return "missing ours-only"
    if ours.startswith(GROUPS) != theirs.startswith(GROUPS):
        return "group"
    if _country(ours) != _country(theirs):
        return "country"
    if len(ours) == 3:
        return "level bare->role"
    if len(theirs) == 3:
        return "level role->bare"
    return "level role->role"


def _offset(p, which: str, text: str) -> int:
    """Where our party's words are in the article (the sentence's first occurrence), else the trigger."""
    party = p.source if which == "source" else p.target
    sent = text[p.evidence.start : p.evidence.end]
    for words in (party.text if party else None, p.evidence.trigger):
        at = sent.find(words) if words else -1
        if at >= 0:
            return p.evidence.start + at
    return p.evidence.start


def pairs_of(coded) -> list[tuple]:
    """The scorer's field pairs of one article (``score.field_pairs``): (coded event, annotated event)."""
    from detente.corpus.score import field_pairs

    m = coded.matching
    return [(m.pred[pi], m.gold[gi]) for pi, gi in field_pairs(m, coded.parsed.article.text)]


def rows_of(coded) -> list[dict]:
    """One row per side whose code differs, of every pair of the article."""
    from detente.corpus.score import annotated_target

    aid, text = coded.parsed.article.id, coded.parsed.article.text
    rows = []
    for p, g in pairs_of(coded):
        ours = {"source": p.source.code, "target": p.target.code if p.target else None}
        theirs = {"source": g.source.code, "target": annotated_target(g)}
        if ours == theirs:
            rows.append({"article": aid, "side": "both", "class": "right"})
            continue
        swapped = ours["target"] is not None and (ours["source"], ours["target"]) == (
            theirs["target"],
            theirs["source"],
        )
        for side in ("source", "target"):
            if ours[side] == theirs[side]:
                continue
            why = p.evidence.source_why if side == "source" else p.evidence.target_why
            rows.append(
                {
                    "article": aid,
                    "side": side,
                    "ours": ours[side],
                    "gold": theirs[side],
                    "root": p.cameo.root,
                    "class": "swapped" if swapped else party_class(ours[side], theirs[side]),
                    "at": _offset(p, side, text),
                    "rule": p.evidence.rule,
                    "why": (why or "-").split(":")[0][:50],
                }
            )
    return rows


def print_classes(rows: list[dict], examples: int) -> None:
    right = sum(1 for r in rows if r["class"] == "right")
    wrong = [r for r in rows if r["class"] != "right"]
    articles = len({r["article"] for r in wrong})
    print(f"pairs with both parties right: {right}; sides that differ: {len(wrong)} in {articles} articles")
    for side in ("source", "target"):
        these = [r for r in rows if r["side"] == side]
        print(f"\n{side}: {len(these)}")
        by = defaultdict(list)
        for r in these:
            by[r["class"]].append(r)
        for cls, rs in sorted(by.items(), key=lambda kv: -len(kv[1])):
            eg = " ".join(f"{r['article']}@{r['at']}" for r in rs[:examples])
            print(f"  {len(rs):4d}  {cls:20s} {eg}")
            codes = Counter(f"{r['ours']}->{r['gold']}" for r in rs)
            whys = Counter(r["why"] for r in rs)
            print("        codes: " + ", ".join(f"{c} {n}" for c, n in codes.most_common(6)))
            print("        why:   " + ", ".join(f"{c} {n}" for c, n in whys.most_common(5)))


def main() -> None:
    args = split_args(__doc__.splitlines()[0]).parse_args()
    from miss_funnel import code_split

    rows: list[dict] = []
    for c in code_split(args):
        rows += rows_of(c)
    print_classes(rows, args.examples)
    write_rows(args.json, rows)


if __name__ == "__main__":
    main()
