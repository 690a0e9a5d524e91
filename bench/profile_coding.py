"""CPU time of coding alone (spaCy parse excluded) on real articles, with a profile, and a dump to diff outputs.

    python bench/profile_coding.py --articles 120                 # CPU seconds per stage, per article
    python bench/profile_coding.py --articles 120 --profile 25    # and the top 25 functions by cumulative CPU
    python bench/profile_coding.py --articles 100 --dump out.jsonl  # every event, skip and stative, to diff

Every article is parsed first (not timed); then the same docs are coded with the clock running, so a
before/after pair measures the coder only. CPU time (``time.process_time``), not wall clock: the machine is
shared, and other processes' load changes the wall clock but not this process's CPU seconds.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from collections import defaultdict

from realcorpus import base_articles

from detente.events.coder import code_doc
from detente.nlp.boilerplate import blank_boilerplate
from detente.pipeline import Coder
from detente.system.statives import extract_statives


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--profile", type=int, default=0, help="print this many functions by cumulative CPU")
    parser.add_argument("--stats", default="", help="save the profile's raw stats here (for pstats)")
    parser.add_argument("--dump", default="", help="write events, skips and statives as JSON lines here")
    parser.add_argument("--repeat", type=int, default=1, help="code the parsed docs this many times (min taken)")
    args = parser.parse_args()
    articles, note = base_articles(args.articles)
    coder = Coder()
    c = time.process_time()
    docs = [coder.prepare(d) for d in coder.nlp.pipe([blank_boilerplate(a.text, a.title) for a in articles])]
    parse = time.process_time() - c
    print(f"{len(articles)} articles ({note}), parsed and prepared in {parse:.2f} s CPU (not counted below)")
    fresh = [dict(d.user_data) for d in docs]  # what parsing left on each doc; coding's own per-doc caches go

    def forget() -> None:
        for doc, data in zip(docs, fresh, strict=True):
            doc.user_data.clear()
            doc.user_data.update(data)

    def code_all(out: dict[str, float] | None = None) -> list[dict]:
        forget()  # every pass starts from the parsed docs, as the pipeline does
        rows = []
        for article, doc in zip(articles, docs, strict=True):
            c = time.process_time()
            events, skips = code_doc(doc, article, coder.nlp, model=coder.model, patterns=coder.patterns)
            d = time.process_time()
            statives = extract_statives(doc, article)
            e = time.process_time()
            if out is not None:
                out["events"] += d - c
                out["statives"] += e - d
            rows.append(
                {
                    "id": article.id,
                    "events": [ev.model_dump(mode="json") for ev in events],
                    "skips": [s.model_dump(mode="json") for s in skips],
                    "statives": [s.model_dump(mode="json") for s in statives],
                }
            )
        return rows

    code_all()  # warm: tables and lazy caches load outside the clock (the docs' own caches are dropped again)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        spent: dict[str, float] = defaultdict(float)
        rows = code_all(spent)
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    total = sum(best.values())
    n = len(articles)
    for stage, seconds in best.items():
        print(f"  {stage:<10} {seconds:6.2f} s CPU  {1000 * seconds / n:6.1f} ms/article")
    print(f"  {'coding':<10} {total:6.2f} s CPU  {1000 * total / n:6.1f} ms/article")
    if args.profile:
        prof = cProfile.Profile(time.process_time)  # CPU time: a loaded machine inflates the wall clock
        prof.runcall(code_all)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)
        if args.stats:
            prof.dump_stats(args.stats)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
