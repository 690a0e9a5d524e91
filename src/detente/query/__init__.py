"""Query stage: the questions users ask of a store, answered as plain rows.

Every function takes an open :class:`~detente.store.Store` or a path (opened
read-only for the call) and returns lists of plain dicts with JSON-ready
values (dates as ``YYYY-MM-DD`` strings), so the CLI can print them as a table
or export them to CSV/JSON without knowing about DuckDB.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from detente.store import Store

StoreOrPath = Store | str | os.PathLike[str]

ROW_KEYS: tuple[str, ...] = (
    "date",
    "source",
    "target",
    "cameo",
    "name",
    "goldstein",
    "location",
    "article_id",
    "event_id",
    "sentence",
)
"""Keys of every row returned by :func:`find_events` and :func:`dyad`, in display order."""

_SELECT = """
SELECT date, source_code, target_code, cameo_code, cameo_name, goldstein, location_name,
       article_id, event_id, sentence
FROM events
"""
_ORDER = " ORDER BY date NULLS LAST, article_id, sentence_index, event_id"


@contextmanager
def _connection(store_or_path: StoreOrPath) -> Iterator[Store]:
    """Use the caller's store as is, or open a path read-only just for this query."""
    if isinstance(store_or_path, Store):
        yield store_or_path
        return
    with Store(store_or_path, read_only=True) as store:
        yield store


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _rows(store: Store, where: list[str], params: list[Any], limit: int | None) -> list[dict[str, Any]]:
    sql = _SELECT
    if where:
        sql += " WHERE " + " AND ".join(f"({w})" for w in where)
    sql += _ORDER
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    out = []
    for row in store.con.execute(sql, params).fetchall():
        record = dict(zip(ROW_KEYS, row, strict=True))
        record["date"] = _iso(record["date"])
        out.append(record)
    return out


def _code(value: str) -> str:
    """Actor codes are upper case by convention; accept ``irngov`` as ``IRNGOV``."""
    return value.strip().upper()


def _root(value: str) -> str:
    """CAMEO roots are two digits; accept ``4`` as ``04``."""
    value = value.strip()
    return value.zfill(2) if value.isdigit() and len(value) < 2 else value


def _date_bounds(since: dt.date | None, until: dt.date | None, where: list[str], params: list[Any]) -> None:
    if since is not None:
        where.append("date >= ?")
        params.append(since)
    if until is not None:
        where.append("date <= ?")
        params.append(until)


def find_events(
    store_or_path: StoreOrPath,
    *,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    root: str | None = None,
    code: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    article_id: str | None = None,
    include_negated: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events matching all the given filters, oldest first.

    Actor filters match code prefixes (``actor="IRN"`` finds IRN, IRNGOV, IRNMIL as source or target), so a
    country query includes its government, army and people. ``root``/``code`` are exact CAMEO codes. Date bounds
    are inclusive and apply to the event date (events with no date are left out when a bound is given).
    Negated events ("Iran did not attack") are left out unless ``include_negated``.
    """
    where: list[str] = []
    params: list[Any] = []
    if actor is not None:
        where.append("starts_with(source_code, ?) OR starts_with(target_code, ?)")
        params += [_code(actor), _code(actor)]
    if source is not None:
        where.append("starts_with(source_code, ?)")
        params.append(_code(source))
    if target is not None:
        where.append("starts_with(target_code, ?)")
        params.append(_code(target))
    if root is not None:
        where.append("cameo_root = ?")
        params.append(_root(root))
    if code is not None:
        where.append("cameo_code = ?")
        params.append(code.strip())
    _date_bounds(since, until, where, params)
    if article_id is not None:
        where.append("article_id = ?")
        params.append(article_id)
    if not include_negated:
        where.append("NOT negated")
    with _connection(store_or_path) as store:
        return _rows(store, where, params, limit)


def dyad(
    store_or_path: StoreOrPath,
    a: str,
    b: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
    *,
    include_negated: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events between ``a`` and ``b`` in either direction (codes matched by prefix), oldest first.

    This is the usual unit of analysis for a relationship ("TUR" and "SYR" over a year), so both directions come
    back together; the ``source`` key says who acted.
    """
    a, b = _code(a), _code(b)
    where = [
        "(starts_with(source_code, ?) AND starts_with(target_code, ?))"
        " OR (starts_with(source_code, ?) AND starts_with(target_code, ?))"
    ]
    params: list[Any] = [a, b, b, a]
    _date_bounds(since, until, where, params)
    if not include_negated:
        where.append("NOT negated")
    with _connection(store_or_path) as store:
        return _rows(store, where, params, limit)


def summary(store_or_path: StoreOrPath) -> dict[str, Any]:
    """What a store holds: counts, events per CAMEO root and the date range, for ``detente stats``.

    Counts include negated events (``negated`` says how many), since this describes the store, not a query.
    """
    with _connection(store_or_path) as store:
        con = store.con

        def one(sql: str) -> Any:
            row = con.execute(sql).fetchone()
            return row[0] if row else None

        first, last = con.execute("SELECT min(date), max(date) FROM events").fetchone() or (None, None)
        by_root = con.execute(
            "SELECT cameo_root, count(*) FROM events GROUP BY cameo_root ORDER BY cameo_root"
        ).fetchall()
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "events": one("SELECT count(*) FROM events"),
            "negated": one("SELECT count(*) FROM events WHERE negated"),
            "actors": one("SELECT count(*) FROM actors"),
            "by_root": {r: n for r, n in by_root},
            "first_date": _iso(first),
            "last_date": _iso(last),
        }


__all__ = ["ROW_KEYS", "dyad", "find_events", "summary"]
