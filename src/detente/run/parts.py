"""Parquet parts: a run's output as files, one pair per partition, loadable into a store or queried directly.

A distributed run cannot have every worker write one DuckDB file (one writer at a
time), so each partition is written as ``articles/part-NNNNN.parquet`` and
``events/part-NNNNN.parquet`` under one folder, with exactly the columns of the
store's tables. Loading them (``detente load DIR --db STORE``) replaces those
articles in the store like ``detente code --db`` would; DuckDB, pandas or Spark
can also query them as they are::

    SELECT cameo_root, count(*) FROM read_parquet('parts/events/*.parquet') GROUP BY ALL
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import duckdb

from detente.pipeline import Coded
from detente.store import AddResult, Store
from detente.store.provenance import CodedBy

TABLES = ("articles", "events", "statives")


def part_name(number: int) -> str:
    return f"part-{number:05d}.parquet"


def write_part(folder: str | os.PathLike[str], number: int, coded: Sequence[Coded], coded_by: CodedBy) -> None:
    """Write the coded articles of one partition (skipped and failed ones are not stored, as in a store).

    Written to a temporary name and renamed, so a part that exists is whole: a worker that dies
    mid-write leaves no half part behind.
    """
    root = Path(folder)
    with Store(":memory:") as mem:
        mem.add([(c.article, c.events, c.statives) for c in coded if c.outcome == "coded"], coded_by=coded_by)
        for table in TABLES:
            (root / table).mkdir(parents=True, exist_ok=True)
            final = root / table / part_name(number)
            temporary = final.with_suffix(".tmp")
            # rowid order is insertion order: the input order of articles and of each article's events
            mem.con.execute(f"COPY (SELECT * FROM {table} ORDER BY rowid) TO '{temporary}' (FORMAT PARQUET)")
            os.replace(temporary, final)


def part_files(folder: str | os.PathLike[str], table: str) -> list[Path]:
    return sorted((Path(folder) / table).glob("part-*.parquet"))


def records(folder: str | os.PathLike[str], number: int) -> Iterator[str]:
    """The event records (JSON) of one part, in the order they were coded."""
    path = Path(folder) / "events" / part_name(number)
    con = duckdb.connect()
    try:
        rows = con.execute(
            "SELECT record FROM read_parquet(?, file_row_number = true) ORDER BY file_row_number", [str(path)]
        ).fetchall()
    finally:
        con.close()
    for (record,) in rows:
        yield record


def load_parts(store: Store, folder: str | os.PathLike[str], numbers: Sequence[int] | None = None) -> AddResult:
    """Load parts into a store in one transaction, replacing articles already there.

    ``numbers`` picks parts (a driver loads each as it is finished); default: every part in the folder.
    """
    if numbers is None:
        paths = {t: [str(p) for p in part_files(folder, t)] for t in TABLES}
    else:
        wanted = [Path(folder) / t / part_name(n) for t in TABLES for n in numbers]
        paths = {t: [str(p) for p in wanted if p.parent.name == t and p.exists()] for t in TABLES}
    return store.load_parquet(paths["articles"], paths["events"], paths["statives"])
