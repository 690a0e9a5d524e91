"""Where a query reads from: an open store, a DuckDB connection, a live snapshot or a path.

Every query function takes any of these as its first argument, so the CLI (paths), the
web server (a :class:`~detente.query.snapshot.LiveSnapshot`) and Python users (an open
:class:`~detente.store.Store`) call the very same functions.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Union

import duckdb

from detente.query.snapshot import LiveSnapshot, reading_store
from detente.store import Store

Source = Union[Store, duckdb.DuckDBPyConnection, LiveSnapshot, str, os.PathLike]  # noqa: UP007 (runtime alias)
"""Anything a query can read from."""

StoreOrPath = Source
"""The older name of :data:`Source`, kept for callers that import it."""


@contextmanager
def connection(source: Source) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB connection for one query; a path is opened read-only (or copied, if a writer holds it) and closed."""
    if isinstance(source, Store):
        yield _quiet(source.con)
    elif isinstance(source, duckdb.DuckDBPyConnection):
        yield _quiet(source)
    elif isinstance(source, LiveSnapshot):
        with source.connection() as con:
            yield _quiet(con)
    else:
        with reading_store(source) as store:
            yield _quiet(store.con)


def _quiet(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """No progress bar: DuckDB draws one on long queries, which would land in a command's output."""
    con.execute("SET enable_progress_bar = false")
    return con


def iso(value: Any) -> Any:
    """Dates as ``YYYY-MM-DD`` strings, everything else as it is: rows must be JSON-ready."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def fetch_dicts(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = (), keys: Sequence[str] | None = None
) -> list[dict[str, Any]]:
    """Run a query and return its rows as dicts (keys from the result's columns unless given), dates as strings."""
    cur = con.execute(sql, list(params))
    names = list(keys) if keys is not None else [d[0] for d in cur.description]
    return [{k: iso(v) for k, v in zip(names, row, strict=True)} for row in cur.fetchall()]


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> Any:
    row = con.execute(sql, list(params)).fetchone()
    return row[0] if row else None
