"""Time the analyst's desk on a store of one million realistic events.

    python bench/bench_desk.py                       # builds bench/desk-1m.duckdb once, then times the queries
    python bench/bench_desk.py --db big.duckdb --events 1000000 --rebuild

Prints the median of ``--repeat`` warm runs (after one untimed run) of: a dyad query (weekly
series, both directions), a filtered events page (50 rows and the total count), a network
export to GraphML (the whole graph, and edges of at least 5 events), and the first two
through the live snapshot the web server reads, with the CPU time of each and the load.
Targets on the project machine (2 cores): dyad <= 200 ms, events page <= 200 ms, network <= 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from make_events import build_store

from detente import query
from detente.query import EventFilter, LiveSnapshot
from detente.store import Store

CPU: list[str] = []


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median wall time in seconds of ``repeat`` runs after one warm-up run, and the last result.

    The process's CPU time per run (all threads, so DuckDB's two can exceed the wall time) is kept in ``CPU``: on a
    shared machine the wall time includes waiting for a core, the CPU time does not.
    """
    result = fn()
    times, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    CPU.append(f"{statistics.median(cpu) * 1000:.0f} ms")
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(__file__).with_name("desk-1m.duckdb"))
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--rebuild", action="store_true", help="Generate the store even if the file exists")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    if args.rebuild or not args.db.exists():
        print(f"generating {args.events} events into {args.db} ...", flush=True)
        report = build_store(args.db, args.events)
        print(f"  {report['events']} events, {report['articles']} articles in {report['seconds']} s", flush=True)

    with Store(args.db, read_only=True) as store:
        s = query.summary(store)
        size = args.db.stat().st_size / 1e6
        print(f"store: {args.db} ({size:.0f} MB), {s['events']} events, {s['articles']} articles, "
              f"{s['actors']} actors, {s['first_date']} .. {s['last_date']}")  # fmt: skip
        dyad_pair = query.top(store, "dyads", EventFilter(), n=1)[0]
        a, b = dyad_pair["actor_a"][:3], dyad_pair["actor_b"][:3]
        page_filter = EventFilter(actor="IRN", quad_class=4, since=dt.date(2024, 1, 1))

        t_dyad, series = timed(lambda: query.dyad_series(store, a, b, by="week"), args.repeat)
        n_dyad = series["totals"]["ab"]["events"] + series["totals"]["ba"]["events"]
        print(f"dyad query      {t_dyad * 1000:8.1f} ms   {a}-{b} by week: {len(series['periods'])} weeks, "
              f"{n_dyad} events (target <= 200 ms)")  # fmt: skip

        t_page, page = timed(lambda: query.event_page(store, page_filter, sort="-date", limit=50), args.repeat)
        print(
            f"events page     {t_page * 1000:8.1f} ms   {page_filter.describe()}: 50 of {page.total}, "
            "newest first (target <= 200 ms)"
        )

        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "network.graphml"
            for min_events in (1, 5):

                def export_network(min_events: int = min_events) -> Any:
                    net = query.actor_network(store, min_events=min_events)
                    net.write(out, "graphml")
                    return net

                t_net, net = timed(export_network, max(1, args.repeat // 2))
                mb = out.stat().st_size / 1e6
                print(f"network export  {t_net * 1000:8.1f} ms   --min-events {min_events}: {net.n_nodes} actors, "
                      f"{net.n_edges} edges to GraphML, {mb:.1f} MB (target <= 2 s)")  # fmt: skip

    started = time.perf_counter()
    with LiveSnapshot(args.db) as live:
        t_copy = time.perf_counter() - started
        t_live_dyad, _ = timed(lambda: query.dyad_series(live, a, b, by="week"), args.repeat)
        t_live_page, _ = timed(lambda: query.event_page(live, page_filter, sort="-date", limit=50), args.repeat)
    print(f"web snapshot    {t_copy * 1000:8.1f} ms   to copy and open the store for `detente serve`; then dyad "
          f"{t_live_dyad * 1000:.1f} ms, events page {t_live_page * 1000:.1f} ms")  # fmt: skip
    print(f"CPU time (median, all threads): dyad {CPU[0]}, events page {CPU[1]}, network {CPU[2]} / {CPU[3]}; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")  # fmt: skip


if __name__ == "__main__":
    main()
