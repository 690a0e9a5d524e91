"""Exports into the tools analysts already use: GDELT-like TSV, PLOVER JSON lines, Parquet and CSV.

DuckDB writes the files itself (``COPY ... TO``), streaming, so a million events export in
seconds without passing through Python. The columns are those of the store's views
(``gdelt_events``, ``plover_events``, ``event_table``): the file holds what the view shows.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, Literal

from detente.query.events import ROW_COLUMNS
from detente.query.filters import EventFilter, order_by
from detente.query.source import Source, connection, scalar
from detente.store.views import FLAT_COLUMNS, GDELT_COLUMNS, PLOVER_COLUMNS, select_columns

ExportFormat = Literal["gdelt", "plover", "parquet", "csv"]
EXPORT_FORMATS: tuple[str, ...] = ("gdelt", "plover", "parquet", "csv")
RowFormat = Literal["table", "csv", "jsonl", "parquet"]

_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "gdelt": GDELT_COLUMNS,
    "plover": PLOVER_COLUMNS,
    "parquet": FLAT_COLUMNS,
    "csv": FLAT_COLUMNS,
}
_COPY_OPTIONS: dict[str, str] = {
    "gdelt": "FORMAT csv, DELIMITER '\t', HEADER true",
    "plover": "FORMAT json",
    "parquet": "FORMAT parquet, COMPRESSION zstd",
    "csv": "FORMAT csv, HEADER true",
    "jsonl": "FORMAT json",
}


def _copy(source: Source, select: str, params: list[Any], path: Path, options: str) -> int:
    """Write a query's result to ``path`` with DuckDB's COPY; the number of rows written."""
    with connection(source) as con:
        count = scalar(con, f"SELECT count(*) FROM ({select})", params)
        con.execute(f"COPY ({select}) TO ? ({options})", [*params, str(path)])
    return int(count or 0)


def export(
    source: Source,
    path: str | Path,
    fmt: ExportFormat,
    filters: EventFilter | None = None,
    *,
    sort: str = "date",
) -> int:
    """Write the filtered events to ``path`` as ``gdelt`` (tab-separated, GDELT 2.0 column names), ``plover``
    (JSON lines with ``event``, ``mode``, ``actor``, ``recipient``, ``event_loc``, ``date``, ``event_text``),
    ``parquet`` or ``csv`` (one flat row per event with its article). Returns the number of events written.
    """
    if fmt not in _COLUMNS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    where, params = (filters or EventFilter()).where()
    select = select_columns(_COLUMNS[fmt], where=where) + order_by(sort)
    return _copy(source, select, params, Path(path), _COPY_OPTIONS[fmt])


def export_rows(
    source: Source,
    path: str | Path,
    fmt: Literal["csv", "jsonl", "parquet"],
    filters: EventFilter | None = None,
    *,
    sort: str = "date",
    limit: int | None = None,
    offset: int = 0,
) -> int:
    """Write the event rows ``detente events`` shows (same keys as :data:`ROW_KEYS`) to a CSV, JSONL or Parquet file."""
    where, params = (filters or EventFilter()).where()
    cols = ", ".join(f'{expr} AS "{name}"' for name, expr in ROW_COLUMNS)
    select = f"SELECT {cols} FROM events AS e WHERE {where}{order_by(sort)}"
    if limit is not None:
        select += " LIMIT ?"
        params.append(int(limit))
    if offset:
        select += " OFFSET ?"
        params.append(int(offset))
    options = _COPY_OPTIONS["csv" if fmt == "csv" else fmt]
    return _copy(source, select, params, Path(path), options)


def write_dicts(rows: Iterable[dict[str, Any]], fmt: Literal["csv", "jsonl"], out: IO[str] | None = None) -> int:
    """Rows as CSV (header from the first row's keys) or JSON lines to a text stream (stdout by default)."""
    stream = out or sys.stdout
    n = 0
    writer: csv.DictWriter | None = None
    for row in rows:
        if fmt == "jsonl":
            stream.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
        else:
            if writer is None:
                writer = csv.DictWriter(stream, fieldnames=list(row), lineterminator="\n")
                writer.writeheader()
            writer.writerow(row)
        n += 1
    stream.flush()
    return n
