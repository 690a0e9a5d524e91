"""The ``relations`` table: contributions derived from a store's coded articles, kept up to date and read back.

Split from ``contributions.py`` (which derives a contribution from an event or stative and needs no database) so
that the coding pipeline, which imports the derivation, never loads DuckDB; only ``system_of`` and the CLI/web that
read a store come here. The table is refreshed for the articles coded since it was built, or wholly when the
mapping's version changed; ``load`` derives stale articles on the fly so a read-only store is still current.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import astuple
from typing import Any

import duckdb

from detente.records import Event, Stative
from detente.system.contributions import COLUMNS, Contribution, derive, mapping_version


def _articles_of(
    con: duckdb.DuckDBPyConnection, ids: list[str] | None
) -> tuple[list[Event], list[Stative], dict[str, dt.date | None]]:
    where = "" if ids is None else " WHERE article_id IN (SELECT unnest(?::VARCHAR[]))"
    params: list[Any] = [] if ids is None else [ids]
    dates = dict(con.execute("SELECT article_id, date FROM articles" + where, params).fetchall())
    event_rows = con.execute("SELECT record FROM events" + where, params).fetchall()
    stative_rows = con.execute("SELECT record FROM statives" + where, params).fetchall()
    events = [Event.model_validate_json(r[0]) for r in event_rows]
    statives = [Stative.model_validate_json(r[0]) for r in stative_rows]
    return events, statives, dates


def _meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def stale_articles(con: duckdb.DuckDBPyConnection) -> list[str] | None:
    """Articles whose relations must be derived again (None: all of them)."""
    if _meta(con, "relations_version") != mapping_version():
        return None
    built = _meta(con, "relations_built_at")
    if built is None:
        return None
    rows = con.execute("SELECT article_id FROM articles WHERE coded_at > ?::TIMESTAMP", [built]).fetchall()
    return [r[0] for r in rows]


def refresh(con: duckdb.DuckDBPyConnection) -> int:
    """Bring the ``relations`` table up to date with the coded articles; returns the rows written."""
    stale = stale_articles(con)
    if stale == []:
        return 0
    rows = [astuple(c) for c in derive(*_articles_of(con, stale))]
    built = con.execute("SELECT max(coded_at) FROM articles").fetchone()
    con.execute("BEGIN TRANSACTION")
    try:
        if stale is None:
            con.execute("DELETE FROM relations")
        else:
            con.execute("DELETE FROM relations WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [stale])
        if rows:
            types = dict(
                con.execute(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'relations'"
                ).fetchall()
            )
            select = ", ".join(f"unnest(?::{types[c]}[])" for c in COLUMNS)
            con.execute(
                f"INSERT INTO relations ({', '.join(COLUMNS)}) SELECT {select}",
                [list(col) for col in zip(*rows, strict=True)],
            )
        stamp = str(built[0]) if built and built[0] is not None else dt.datetime(1970, 1, 1).isoformat()
        con.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("relations_version", mapping_version()), ("relations_built_at", stamp)],
        )
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return len(rows)


def load(con: duckdb.DuckDBPyConnection, *, since: dt.date | None, until: dt.date | None) -> list[Contribution]:
    """Contributions dated between two days (inclusive), current even when the store is read-only."""
    stale = stale_articles(con)
    fresh: list[Contribution] = []
    if stale is None or stale:
        fresh = [c for c in derive(*_articles_of(con, stale)) if _within(c.date, since, until)]
    if stale is None:
        return fresh
    sql = f"SELECT {', '.join(COLUMNS)} FROM relations WHERE date IS NOT NULL"
    params: list[Any] = []
    if since is not None:
        sql += " AND date >= ?"
        params.append(since)
    if until is not None:
        sql += " AND date <= ?"
        params.append(until)
    if stale:
        sql += " AND article_id NOT IN (SELECT unnest(?::VARCHAR[]))"
        params.append(stale)
    stored = [Contribution(*r) for r in con.execute(sql, params).fetchall()]
    return stored + fresh


def _within(day: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    if day is None:
        return False
    return (since is None or day >= since) and (until is None or day <= until)
