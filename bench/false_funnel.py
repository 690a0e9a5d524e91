"""Why the coded real-news events the scorer calls wrong are wrong: a class for every false event.

Codes the annotated articles of a split (train by default, dev to check; never test) from the parse cache, exactly as
``detente eval --annotations`` codes and matches them (``bench/miss_funnel.py``'s driver), and for every coded event
that counts and matched no annotated event, compares it with the annotated events of the sentences it overlaps:

    a  no annotated event in the sentence at all (spurious: background, standing, a neutral report, no event)
    b  an annotated event at the same trigger, another root
    c  an annotated event of the same root, the source wrong (another level of its country, another actor)
    d  the same root and source, the target wrong (given where the annotation has none, none where it has one,
       another level of its country, another actor)
    e  a duplicate: the annotated event it would match (or, with other parties, the one at its trigger) was matched
       by another coded event
    f  other: the sentence's annotated events are at other triggers, with other roots

with the path that made it (a pattern's id, or the learned layer) and counts by root. Counts, shares and a few
article-id@offset examples (the trigger's character offset); no text is printed.

    PYTHONPATH=src python bench/false_funnel.py [--split train|dev] [--cache /tmp/funnel/cache] [--examples 3]
"""

from __future__ import annotations

from collections import Counter, defaultdict

from miss_funnel import code_split, print_classes, split_args, write_rows

CLASSES = {
    "a": "no annotated event in the sentence",
    "b": "same trigger, another root",
    "c": "same root, source wrong",
    "d": "same root, target wrong",
    "e": "duplicate of a right event",
    "f": "other (other triggers, other roots)",
}


def _party(coded: str | None, gold: str | None) -> str:
    """How a wrong party differs from the annotated one."""
    if coded is None:
        return "none where the annotation has one"
    if gold is None:
        return "given where the annotation has none"
    if coded[:3] == gold[:3] and not coded.startswith(("IGO", "NGO", "IMG")):
        return f"another level of its country ({'country' if len(gold) == 3 else 'role'} annotated)"
    return "another actor"


def classify(ev, gold: list, taken: set[int], sentences: set[int], unscored: list, text: str) -> tuple[str, str]:
    """(class letter, detail) of one false coded event, against the scored annotated events of its sentences
    (``gold``, ``taken``: the indices the scorer matched) and the unscored ones (negated, hypothetical)."""
    from detente.corpus.score import trigger_overlaps

    tgt = ev.target.code if ev.target else None
    key = (ev.cameo.root, ev.source.code, tgt)
    near = [(k, g) for k, g in enumerate(gold) if g.sentence in sentences]
    if not sentences:
        return "a", "outside every annotated sentence"
    at = [(k, g) for k, g in near if trigger_overlaps(ev, g, text)]
    for _, g in near:
        if (g.root, g.source.code, g.target.code if g.target else None) == key:
            where = "at its trigger" if trigger_overlaps(ev, g, text) else "at another trigger"
            return "e", f"the same event matched by another coded event ({where})"
    if not near:
        if any(trigger_overlaps(ev, g, text) for g in unscored):
            return "a", "annotated at its trigger as negated or hypothetical"
        return "a", "no annotated event in the sentence"
    same_root = [(k, g) for k, g in near if g.root == ev.cameo.root]
    if same_root:
        k, g = max(
            same_root,
            key=lambda kg: (
                trigger_overlaps(ev, kg[1], text),
                kg[1].source.code == ev.source.code,
                (kg[1].target.code if kg[1].target else None) == tgt,
            ),
        )
        trig = "" if trigger_overlaps(ev, g, text) else " (another trigger)"
        if k in taken and trigger_overlaps(ev, g, text):
            return "e", "other parties for an event matched at its trigger"
        if g.source.code != ev.source.code:
            return "c", _party(ev.source.code, g.source.code) + trig
        return "d", _party(tgt, g.target.code if g.target else None) + trig
    if at:
        roots = sorted({g.root for _, g in at})
        return "b", "annotated root " + "/".join(roots)
    return "f", "annotated events at other triggers, other roots"


def path(ev) -> str:
    """The path that made an event: the learned layer, or the pattern (its id)."""
    rule = ev.evidence.rule
    return "model" if rule.startswith("model") else f"pattern {rule}"


def false_rows(c) -> list[dict]:
    """One row per false coded event of an article (``c``: ``miss_funnel.Coded``)."""
    m, text = c.matching, c.parsed.article.text
    unscored = [g for g in c.parsed.ann.events if not g.scored]
    rows = []
    for pi, ev in enumerate(m.pred):
        if pi in m.matched_pred:
            continue
        sents = m.sentences_of[pi]
        cls, detail = classify(ev, m.gold, m.taken, sents, [g for g in unscored if g.sentence in sents], text)
        trig = ev.evidence.trigger or ""
        offset = ev.evidence.start + max(ev.evidence.sentence.find(trig), 0)
        rows.append(
            {
                "article": c.parsed.article.id,
                "at": offset,
                "root": ev.cameo.root,
                "code": ev.cameo.code,
                "class": cls,
                "detail": detail,
                "path": path(ev),
                "source": ev.source.code,
                "target": ev.target.code if ev.target else None,
            }
        )
    return rows


def print_table(rows: list[dict], right: list[dict], examples: int) -> None:
    print_classes(rows, "class", CLASSES, "false coded events", examples, 40)
    print("\nby root (wrong: classes; right)")
    ok = Counter(r["root"] for r in right)
    by_root: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by_root[r["root"]][r["class"]] += 1
    for root in sorted(set(by_root) | set(ok)):
        cells = " ".join(f"{s}{by_root[root][s]}" for s in CLASSES if by_root[root][s])
        print(f"  {root}  wrong {sum(by_root[root].values()):4}  right {ok[root]:4}   {cells}")
    print("\nby path (wrong / right; the 12 with most wrong)")
    kind = Counter(r["path"].split()[0] for r in rows)
    kind_ok = Counter(r["path"].split()[0] for r in right)
    print("  " + ", ".join(f"{k}: {kind[k]} / {kind_ok[k]}" for k in sorted(set(kind) | set(kind_ok))))
    paths = Counter(r["path"] for r in rows)
    paths_ok = Counter(r["path"] for r in right)
    for p, k in paths.most_common(12):
        print(f"  {p:48} {k:4} / {paths_ok[p]:4}")


def main() -> None:
    parser = split_args(__doc__.splitlines()[0])
    args = parser.parse_args()
    rows: list[dict] = []
    right: list[dict] = []
    for c in code_split(args):
        rows += false_rows(c)
        m = c.matching
        right += [{"root": m.pred[i].cameo.root, "path": path(m.pred[i])} for i in m.matched_pred]
    print_table(rows, right, args.examples)
    write_rows(args.json, rows)


if __name__ == "__main__":
    main()
