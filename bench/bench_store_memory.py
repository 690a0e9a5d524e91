"""The store writer's memory over a long run: RSS of a process writing 100,000 articles, with and without the cap.

    python bench/bench_store_memory.py --articles 100000                      # capped as `detente code --db` is
    python bench/bench_store_memory.py --articles 100000 --memory-limit none  # DuckDB's default buffer pool

`bench_memory.py` codes real articles in worker processes, and showed the workers flat while the main process (the
one that writes the store) grew about 4 MiB per 1,000 articles. Coding 100,000 articles takes hours on two cores;
the writer's part does not need the parser, so this bench isolates it: real article texts (repeated under new ids,
as ``bench_memory.py`` does) each with generated full event records (``make_events.py``, about four per article),
written through the real ``Store`` in batches of 64 as a coding run writes them. Prints RSS at checkpoints and the
peak.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from bench_memory import rss_mib
from make_events import generate
from realcorpus import base_articles, repeated

from detente.records import Article, Event
from detente.store import WRITER_MEMORY_LIMIT, Store

CHECKPOINTS = (1_000, 10_000, 25_000, 50_000, 75_000, 100_000)


def articles_with_events(n: int) -> tuple[Iterator[tuple[Article, list[Event]]], str]:
    """``n`` real articles, each with the events of one generated article re-keyed to it; where the texts came from."""
    base, where = base_articles(limit=2000)

    def pairs() -> Iterator[tuple[Article, list[Event]]]:
        made = generate(10**9, seed=20261202)
        for article in repeated(base, n):
            _, events = next(made)
            yield (
                article,
                [
                    e.model_copy(
                        update={"article_id": article.id, "event_id": f"{article.id}-e{k}", "date": article.date}
                    )
                    for k, e in enumerate(events)
                ],
            )

    return pairs(), where


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--memory-limit", default=WRITER_MEMORY_LIMIT, help="DuckDB size, or 'none' for its default")
    args = parser.parse_args()
    limit = None if args.memory_limit == "none" else args.memory_limit
    stream, where = articles_with_events(args.articles)
    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.5):
            peak[0] = max(peak[0], rss_mib(os.getpid()))

    threading.Thread(target=sample, daemon=True).start()
    print(f"{args.articles} {where}; memory limit {limit or 'DuckDB default'}", flush=True)
    print(f"{'articles':>9} {'elapsed':>8} {'RSS MiB':>8} {'peak MiB':>9} {'events':>8}", flush=True)
    marks = [c for c in CHECKPOINTS if c <= args.articles]
    with tempfile.TemporaryDirectory(prefix="detente-store-mem-") as tmp:
        started = time.perf_counter()
        done = n_events = 0
        pending: list[tuple[Article, list[Event]]] = []
        with Store(Path(tmp) / "bench.duckdb", memory_limit=limit) as store:
            for pair in stream:
                pending.append(pair)
                if len(pending) == 64 or done + len(pending) == args.articles:
                    store.add(pending)
                    done += len(pending)
                    n_events += sum(len(events) for _, events in pending)
                    pending = []
                    while marks and done >= marks[0]:
                        marks.pop(0)
                        now = rss_mib(os.getpid())
                        peak[0] = max(peak[0], now)
                        elapsed = time.perf_counter() - started
                        print(f"{done:>9} {elapsed:>7.0f}s {now:>8.0f} {peak[0]:>9.0f} {n_events:>8}", flush=True)
        stop.set()
    sys.stdout.write(f"peak RSS {peak[0]:.0f} MiB, {done} articles, {n_events} events\n")


if __name__ == "__main__":
    main()
