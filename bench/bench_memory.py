"""Peak memory while coding a large corpus into a store: RSS at checkpoints (10k, 50k, 100k articles).

    python bench/bench_memory.py --articles 10000              # 10k real articles, repeated under new ids
    python bench/bench_memory.py --articles 100000 --workers 2  # long: hours on 2 cores

Runs the same code as ``detente code CORPUS --db STORE`` (ingest from a JSON-lines file, screening,
incremental lookup, coding, batched store writes) in this process, and samples the resident memory of
this process and of its worker processes every half second. Prints, at each checkpoint: articles coded,
elapsed time, current RSS of the main process and of the largest worker, and the peak of the total so far.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from realcorpus import base_articles, repeated, write_jsonl

from detente.ingest import read_articles
from detente.run import RunOptions, code_run
from detente.store import WRITER_MEMORY_LIMIT, Store

CHECKPOINTS = (1_000, 10_000, 50_000, 100_000)


def rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def descendants(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/task/{p}/children", encoding="ascii") as f:
                kids = [int(k) for k in f.read().split()]
        except OSError:
            kids = []
        found += kids
        stack += kids
    return found


class Sampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_total = self.peak_main = self.peak_worker = 0.0
        self.stop = threading.Event()

    def sample(self) -> tuple[float, float, float]:
        main = rss_mib(os.getpid())
        workers = [rss_mib(p) for p in descendants(os.getpid())]
        total = main + sum(workers)
        self.peak_total = max(self.peak_total, total)
        self.peak_main = max(self.peak_main, main)
        self.peak_worker = max([self.peak_worker, *workers])
        return main, max(workers, default=0.0), total

    def run(self) -> None:
        while not self.stop.wait(0.5):
            self.sample()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--db", type=Path, help="store to write (default: a temporary file)")
    parser.add_argument("--every", type=int, default=0, help="also print RSS every N articles")
    args = parser.parse_args()
    base, note = base_articles()
    tmp = Path(tempfile.mkdtemp(prefix="detente-bench-"))
    corpus = tmp / "corpus.jsonl"
    write_jsonl(corpus, repeated(base, args.articles))
    db = args.db or tmp / "bench.duckdb"
    print(
        f"{args.articles} articles ({note}, {len(base)} distinct, repeated under new ids), "
        f"{args.workers} worker(s), store {db}",
        flush=True,
    )
    print(f"{'articles':>9} {'elapsed':>9} {'main MiB':>9} {'worker MiB':>10} {'peak total MiB':>15}", flush=True)
    sampler = Sampler()
    sampler.start()
    start = time.perf_counter()
    done = 0
    every = range(args.every, args.articles, args.every) if args.every else []
    marks = sorted({*every, *(c for c in CHECKPOINTS if c < args.articles), args.articles})

    def progress() -> None:
        nonlocal done
        done += 1
        if marks and done >= marks[0]:
            marks.pop(0)
            main_now, worker_now, _ = sampler.sample()
            print(
                f"{done:>9} {time.perf_counter() - start:>8.0f}s {main_now:>9.0f} {worker_now:>10.0f} "
                f"{sampler.peak_total:>15.0f}",
                flush=True,
            )

    with Store(db, memory_limit=WRITER_MEMORY_LIMIT) as store:  # as `detente code --db` opens it
        report = code_run(
            read_articles(corpus),
            store=store,
            options=RunOptions(workers=args.workers, batch=64),
            notify=lambda kind, line: print(kind, line, file=sys.stderr),
            progress=progress,
        )
    sampler.stop.set()
    print(
        f"peak RSS: main process {sampler.peak_main:.0f} MiB, largest worker {sampler.peak_worker:.0f} MiB, "
        f"all processes together {sampler.peak_total:.0f} MiB; {report.coded} coded, {report.events} events, "
        f"{time.perf_counter() - start:.0f} s"
    )


if __name__ == "__main__":
    main()
