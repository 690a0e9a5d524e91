"""Event places on the annotated real articles: where they are right, and where the gold place was named.

``detente eval --annotations`` reports one figure for the place of found events; this splits it up. For
each found event whose annotation has a place it says whether ours is the same place (the scorer's own
test), whether we gave none, and where the annotated place was written: in the event's own sentence, in
an earlier sentence, or in the dateline ("CITY (Reuters) -"); with ``--show`` it prints each pair (place
names only). Read the dev and train splits only; the corpus text is read at run time.

    python bench/place_scores.py --split dev [--split train] [--show] [--out pairs.json]

``--out`` writes every scored pair (article id, gold sentence, code, gold and our place, where the gold's was
named, right or not), every scored day (gold ``day`` dates: ours with its precision and date words) and each
split's events tp/fp, place and day scores as JSON, to compare two runs pair by pair.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _where_named(name: str, text: str, sent: tuple[int, int]) -> str:
    """Where the article writes the place's name (or its last word): the event's sentence, the dateline, an
    earlier sentence, or not at all (a description only)."""
    words = [w for w in name.replace(",", " ").split() if w[:1].isupper()]
    keys = [name, *words[-1:]]
    if any(k.casefold() in text[sent[0] : sent[1]].casefold() for k in keys):
        return "named here"
    head = text[:80]
    if "(Reuters)" in head and any(k.casefold() in head.split("(Reuters)")[0].casefold() for k in keys):
        return "dateline"
    if any(k.casefold() in text[: sent[0]].casefold() for k in keys):
        return "named earlier"
    return "not named"


def _from_cache(split: str, cache: Path):
    """The split coded as the eval codes it, from the parse cache (bench/miss_funnel.py's), so reruns skip spaCy."""
    import detente.corpus.evaluate as evaluate
    from detente.corpus.annotations import load_annotations
    from detente.corpus.score import CorpusReport
    from detente.corpus.source import read_corpus
    from detente.events.coder import code_doc
    from detente.pipeline import Coder
    from detente.train.examples import parse

    coder = Coder()
    anns = load_annotations(ROOT / "corpus" / "annotations")
    ids = anns.ids(split)
    articles = read_corpus(None, ids)
    report = CorpusReport()
    for p in parse(((articles[i], anns.primary[i]) for i in ids if i in articles), coder, cache):
        events, _ = code_doc(p.doc, p.article, coder.nlp, model=coder.model, patterns=coder.patterns, gate=coder.gate)
        evaluate.score_article(report, p.ann, p.article.text, events)
        p.doc.user_data.clear()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=("train", "dev"))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--show-sentences", action="store_true", help="with --show: the sentence of a miss")
    parser.add_argument("--out", type=Path, help="write the scored pairs and totals as JSON")
    parser.add_argument("--cache", type=Path, help="parse cache (as bench/miss_funnel.py): code from cached parses")
    args = parser.parse_args()
    os.environ.setdefault("DETENTE_CORPUS", "/work/shared/corpus/news-dev.jsonl")

    import detente.corpus.score as score
    from detente.corpus.evaluate import evaluate_split

    counts: Counter[str] = Counter()
    original = score._score_fields
    current: dict = {}
    pairs: list[dict] = []
    days: list[dict] = []

    def watched(report, p, g):
        original(report, p, g)
        loc = p.location
        if g.place is not None or loc is not None:
            pairs.append(
                {
                    "split": current["split"],
                    "article": current["article"],
                    "annotator": current["annotator"],
                    "sentence": g.sentence,
                    "code": p.cameo.code,
                    "gold": g.place.name if g.place else None,
                    "gold_country": g.place.country if g.place else None,
                    "ours": f"{loc.name}|{loc.country}|{loc.precision}" if loc else None,
                    "where": _where_named(g.place.name, current["text"], current["sentences"][g.sentence])
                    if g.place
                    else None,
                    "right": score.same_place(p, g),
                }
            )
        if g.date_precision == "day":  # the scorer's "day" field: gold days only
            days.append(
                {
                    "split": current["split"],
                    "article": current["article"],
                    "sentence": g.sentence,
                    "code": p.cameo.code,
                    "gold": g.date.isoformat() if g.date else None,
                    "ours": f"{p.date.isoformat() if p.date else None}|{p.date_precision}|{p.evidence.date_text}",
                    "right": p.date == g.date,
                }
            )
        if g.place is None:
            if p.location is not None:
                kind = "carried" if p.location.precision == "carried" else "own"
                counts[f"(gold has no place) ours {kind}"] += 1
            return
        text = current["text"]
        sent = current["sentences"][g.sentence]
        where = _where_named(g.place.name, text, sent)
        ok = score.same_place(p, g)
        loc = p.location
        carried = loc is not None and loc.precision == "carried"
        counts[f"{where}: {'right' if ok else 'none' if loc is None else 'wrong'}"] += 1
        counts["right" if ok else "none" if loc is None else "wrong"] += 1
        if carried:
            counts[f"carried: {'right' if ok else 'wrong'}"] += 1
        if args.show:
            ours = f"{loc.name} ({loc.country}, {loc.precision})" if loc else "-"
            pair = f"{p.cameo.code:5} {p.source.code:>8}->{p.target.code if p.target else '-':8}"
            mark = ("ok" if ok else "NO") + (" carried" if carried else "")
            print(f"{pair} {g.place.name:28} {where:13} ours {ours:40} {mark}")
            if args.show_sentences and not ok:
                print("    |", text[sent[0] : sent[1]].replace("\n", " ")[:400])

    original_article = score.score_article

    def article(report, ann, text, coded):
        current["text"], current["sentences"], current["article"] = text, ann.sentences, ann.id
        current["annotator"] = ann.annotator
        original_article(report, ann, text, coded)

    score._score_fields = watched  # type: ignore[assignment]
    import detente.corpus.evaluate as evaluate

    evaluate.score_article = article  # type: ignore[assignment]
    totals = {}
    for split in args.split or ["dev"]:
        current["split"] = split
        if args.cache:
            report = _from_cache(split, args.cache)
        else:
            report = evaluate_split(ROOT / "corpus" / "annotations", split)
        f, c, e = report.fields["place"], report.fields["place_country"], report.events
        d = report.fields["day"]
        print(
            f"{split}: events tp {e.tp} fp {e.fp} F1 {e.f1:.3f}; place {f.right}/{f.total} = {f.value:.3f}; "
            f"place_country {c.right}/{c.total} = {c.value:.3f}; day {d.right}/{d.total} = {d.value:.3f}"
        )
        totals[split] = {
            "tp": e.tp,
            "fp": e.fp,
            "place": [f.right, f.total],
            "place_country": [c.right, c.total],
            "day": [d.right, d.total],
        }
    if args.out:
        args.out.write_text(json.dumps({"totals": totals, "pairs": pairs, "days": days}, indent=1))
    for key, n in sorted(counts.items()):
        print(f"  {key:28} {n}")


if __name__ == "__main__":
    main()
