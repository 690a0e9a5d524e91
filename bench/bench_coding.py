"""Coding throughput against spaCy alone, per stage, and with N worker processes — in one run.

    python bench/bench_coding.py                      # 200 real articles: spaCy alone, detente, ratio, stages
    python bench/bench_coding.py --articles 400 --workers 1,2   # also 1 vs 2 worker processes

Reads real articles from ``../shared/corpus/news-dev.jsonl`` (the bundled examples, repeated, when it is
absent). "spaCy alone" is the packaged model's own pipeline (``spacy.load``), nothing of detente; the
detente figure is :class:`detente.pipeline.Coder` end to end (language check, parse with the dictionary
ruler, repair, coding), and the stage lines time the same steps one by one on the same articles.
Models are loaded and warmed up before any clock starts; throughput excludes start-up.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict

import spacy
from realcorpus import base_articles, repeated

from detente.events.coder import code_doc
from detente.ingest.language import not_english
from detente.nlp import MODEL
from detente.nlp.boilerplate import blank_boilerplate
from detente.nlp.repair import repair
from detente.pipeline import Coder
from detente.records import Article

BATCH = 32


def stages(coder: Coder, articles: list[Article]) -> dict[str, float]:
    """Seconds per stage, doing what ``Coder.code_batch`` does, batch by batch."""
    spent: dict[str, float] = defaultdict(float)
    for i in range(0, len(articles), BATCH):
        batch = articles[i : i + BATCH]
        t = time.perf_counter()
        english = [a for a in batch if not_english(a.text) is None]
        spent["language check"] += time.perf_counter() - t
        with coder.nlp.memory_zone():
            t = time.perf_counter()
            docs = list(coder.nlp.pipe([blank_boilerplate(a.text, a.title) for a in english]))
            spent["parse (spaCy + dictionary ruler)"] += time.perf_counter() - t
            for article, doc in zip(english, docs, strict=True):
                t = time.perf_counter()
                fixed = repair(doc, coder.nlp, coder.event_lemmas)
                spent["repair (re-parse misread verbs)"] += time.perf_counter() - t
                t = time.perf_counter()
                code_doc(fixed, article, coder.nlp, model=coder.model, patterns=coder.patterns)
                spent["code (events incl. learned layer, actors, when, where)"] += time.perf_counter() - t
    return spent


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rate(n: int, chars: int, seconds: float) -> str:
    return f"{n / seconds:7.2f} articles/s {chars / seconds / 1000:7.1f} kchar/s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", default="", help="comma-separated worker counts to compare, e.g. 1,2")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage pass")
    args = parser.parse_args()
    base, note = base_articles(args.articles)
    articles = list(repeated(base, args.articles))
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars} chars ({note})")

    alone = spacy.load(MODEL)
    coder = Coder(batch_size=BATCH)
    warm = [a.text for a in articles[:4]]
    list(alone.pipe(warm))
    list(coder.code_many(articles[:4]))

    t = time.perf_counter()
    for _ in alone.pipe((a.text for a in articles), batch_size=BATCH):
        pass
    spacy_s = time.perf_counter() - t
    print(f"spaCy alone ({MODEL}):    {rate(len(articles), chars, spacy_s)}")

    t = time.perf_counter()
    n_events = sum(len(c.events) for c in coder.code_many(articles))
    detente_s = time.perf_counter() - t
    print(f"detente code:                   {rate(len(articles), chars, detente_s)}  ({n_events} events)")
    print(f"ratio: detente runs at {spacy_s / detente_s:.2f}x spaCy-alone throughput")

    if not args.no_stages:
        spent = stages(coder, articles)
        total = sum(spent.values())
        print(f"stages ({total:.1f} s in all):")
        for stage, seconds in spent.items():
            print(f"  {stage:<38} {seconds:7.1f} s  {100 * seconds / total:5.1f}%")

    counts = [int(w) for w in args.workers.split(",") if w.strip()]
    if counts:
        from detente.run.workers import WorkerPool

        timings, busiest = {}, {}
        for workers in counts:
            if workers == 1:
                c0, t = time.process_time(), time.perf_counter()
                list(coder.code_many(articles))
                busiest[1] = time.process_time() - c0
            else:
                with WorkerPool(workers, batch_size=BATCH) as pool:
                    list(pool.code(articles[: 2 * workers * 8]))  # start and warm every worker
                    pids = list(pool._pool._processes) if pool._pool else []
                    before = [cpu_seconds(p) for p in pids]
                    t = time.perf_counter()
                    list(pool.code(articles))
                    spent = [cpu_seconds(p) - b for p, b in zip(pids, before, strict=True)]
                busiest[workers] = max(spent)
            timings[workers] = time.perf_counter() - t
            print(f"{workers} worker(s):                   {rate(len(articles), chars, timings[workers])}")
            print(f"  CPU seconds {'in the one process' if workers == 1 else 'per worker'}: ", end="")
            print(f"{busiest[1]:.1f}" if workers == 1 else ", ".join(f"{x:.1f}" for x in spent))
        if 1 in timings:
            for workers, seconds in timings.items():
                if workers > 1:
                    print(
                        f"speed-up with {workers} workers: {timings[1] / seconds:.2f}x one worker (wall clock); "
                        f"{busiest[1] / busiest[workers]:.2f}x by CPU time (one worker's CPU / the busiest worker's: "
                        "the wall-clock speed-up when every worker has a free core)"
                    )


if __name__ == "__main__":
    main()
