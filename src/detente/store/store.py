"""The ``Store``: coded articles and their events in one DuckDB file.

Writes are batched (one transaction per :meth:`Store.add` call) and idempotent
by article id, so re-running ``detente code`` over the same files never
duplicates events and a crash mid-batch leaves the store as it was.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import duckdb

from detente.records import Article, Event, Stative
from detente.store.provenance import CodedBy, current
from detente.store.rows import article_row, event_row, stative_row
from detente.store.schema import (
    ACTORS_REFRESH_SQL,
    ARTICLE_COLUMNS,
    CREATE_ALL,
    EVENT_COLUMNS,
    EVENT_COLUMNS_FROM_RECORD,
    META_DDL,
    MIGRATIONS,
    SCHEMA_VERSION,
    STATIVE_COLUMNS,
)

T = TypeVar("T")

# Rows per INSERT statement: bounds the memory of one statement's parameters.
_CHUNK_ROWS = 10_000


class StoreError(Exception):
    """A store could not be opened or written; the message says why and what to do."""


class SchemaVersionError(StoreError):
    """The file's layout is newer than this detente understands (or cannot be migrated)."""


@dataclass(frozen=True)
class AddResult:
    """What one :meth:`Store.add` batch did, so callers can report progress.

    ``articles_replaced`` counts articles already in the store (or repeated earlier in the same batch);
    ``events_removed`` counts the old events of replaced articles.
    """

    articles_added: int = 0
    articles_replaced: int = 0
    events_added: int = 0
    events_removed: int = 0


def _detente_version() -> str:
    """The installed detente version, recorded so a store says which code wrote it."""
    return current().detente_version


def _chunks(rows: Sequence[tuple[Any, ...]], size: int) -> Iterator[Sequence[tuple[Any, ...]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _event_select(con: duckdb.DuckDBPyConnection, event_files: Sequence[str]) -> str:
    """The event columns to read from Parquet parts: those a part written by an older detente lacks are taken from
    its records (``EVENT_COLUMNS_FROM_RECORD``), so an older run's parts load into a newer store as it migrates."""
    described = con.execute("DESCRIBE SELECT * FROM read_parquet(?::VARCHAR[])", [list(event_files)]).fetchall()
    present = {r[0] for r in described}
    return ", ".join(
        c if c in present or c not in EVENT_COLUMNS_FROM_RECORD else f"{EVENT_COLUMNS_FROM_RECORD[c]} AS {c}"
        for c in EVENT_COLUMNS
    )


def _duplicates(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    dups: list[str] = []
    for v in values:
        if v in seen and v not in dups:
            dups.append(v)
        seen.add(v)
    return dups


WRITER_MEMORY_LIMIT = "256MB"
"""DuckDB's buffer pool for a coding run's writer: a batch and the key indexes, flat to 100,000 articles (the
README's memory section). The store's primary-key indexes must fit in it: 256MB holds roughly four million keys,
some 600,000 articles; a larger store needs a larger ``--db-memory`` (a batch that no longer fits is refused whole
with a message that says so, and re-running the same command goes on where it stopped)."""


class Store:
    """A detente DuckDB file: ``articles``, ``events`` (flat columns + full JSON record) and ``actors``.

    Only one process may write a file at a time; readers should open with ``read_only=True``.

    ``memory_limit`` (a DuckDB size such as ``"256MB"``) caps DuckDB's buffer pool. Without it DuckDB may keep up to
    80% of the machine's memory of pages it has written, so a long coding run's writer grows with the store (about
    4 MiB per 1,000 articles); with it the writer stays flat and DuckDB spills to the file (``detente code`` caps
    it, see :data:`WRITER_MEMORY_LIMIT`).
    """

    def __init__(
        self,
        path: str | os.PathLike[str] = "detente.duckdb",
        *,
        read_only: bool = False,
        memory_limit: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no detente store at {self.path}")
        config = {"memory_limit": memory_limit} if memory_limit else {}
        try:
            self._con: duckdb.DuckDBPyConnection | None = duckdb.connect(
                str(self.path), read_only=read_only, config=config
            )
        except duckdb.IOException as exc:
            hint = (
                " Only one process may write a store at a time; close the other writer or open with read_only=True."
                if "lock" in str(exc).lower()
                else ""
            )
            raise StoreError(f"cannot open {self.path}: {exc}.{hint}") from exc
        except duckdb.Error as exc:  # e.g. a memory limit DuckDB cannot read
            limit = f" with memory limit {memory_limit!r}" if memory_limit else ""
            raise StoreError(f"cannot open {self.path}{limit}: {exc}") from exc
        try:
            self._prepare()
        except duckdb.Error as exc:  # e.g. a memory limit too small to open the store in
            self.close()
            limit = f" with memory limit {memory_limit!r}" if memory_limit else ""
            raise StoreError(f"cannot open {self.path}{limit}: {exc}") from exc
        except BaseException:
            self.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (safe to call twice), releasing the file lock for other writers."""
        if self._con is not None:
            self._con.close()
            self._con = None

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The open DuckDB connection, for read queries (``detente.query``) and ad-hoc SQL."""
        if self._con is None:
            raise StoreError(f"store {self.path} is closed")
        return self._con

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"Store({str(self.path)!r}, {mode})"

    # -- schema ------------------------------------------------------------------------------------

    def _tables(self) -> set[str]:
        rows = self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()
        return {r[0] for r in rows}

    def schema_version(self) -> int:
        """The layout version recorded in the file (0 for a pre-versioning store with no ``meta`` table)."""
        if "meta" not in self._tables():
            return 0
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or row[0] is None:
            return 0
        try:
            return int(row[0])
        except ValueError as exc:
            raise SchemaVersionError(f"{self.path}: unreadable schema_version {row[0]!r} in meta") from exc

    def meta(self) -> dict[str, str]:
        """All ``meta`` key/value pairs (schema_version, detente_version, ...)."""
        return dict(self.con.execute("SELECT key, value FROM meta ORDER BY key").fetchall())

    def _prepare(self) -> None:
        """Create a fresh store, check an existing one's version and migrate it if it is older."""
        tables = self._tables()
        if not tables:
            if self.read_only:
                raise StoreError(f"{self.path} is empty, not a detente store")
            self._in_transaction(self._create)
            return
        if "meta" not in tables and not {"articles", "events"} <= tables:
            raise StoreError(f"{self.path} is a DuckDB file but not a detente store (no meta/articles/events tables)")
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"{self.path} has schema version {version}, but this detente ({_detente_version()}) "
                f"only understands up to version {SCHEMA_VERSION}; upgrade detente to read it."
            )
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise SchemaVersionError(
                    f"{self.path} has schema version {version} and needs migrating to {SCHEMA_VERSION}; "
                    "open it once without read_only to migrate."
                )
            self._in_transaction(lambda: self._migrate(version))

    def _create(self) -> None:
        for ddl in CREATE_ALL:
            self.con.execute(ddl)
        self._write_meta()

    def _write_meta(self) -> None:
        self.con.execute(META_DDL)
        self.con.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("schema_version", str(SCHEMA_VERSION)), ("detente_version", _detente_version())],
        )

    def _migrate(self, version: int) -> None:
        """Run each migration from ``version`` up to SCHEMA_VERSION in order, then create anything still missing."""
        for v in range(version, SCHEMA_VERSION):
            migration = MIGRATIONS.get(v)
            if migration is None:
                raise SchemaVersionError(f"{self.path}: no migration from schema version {v} to {v + 1}")
            migration(self.con)
        for ddl in CREATE_ALL:
            self.con.execute(ddl)
        self._write_meta()

    def _in_transaction(self, work: Callable[[], T]) -> T:
        """Run ``work()`` atomically: all of it is committed or none of it."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            result = work()
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")
        return result

    # -- writing -----------------------------------------------------------------------------------

    def add(
        self,
        articles_with_events: Iterable[tuple[Article, list[Event]] | tuple[Article, list[Event], list[Stative]]],
        *,
        coded_by: CodedBy | None = None,
    ) -> AddResult:
        """Store one batch of coded articles in a single transaction.

        Items are ``(article, events)`` or ``(article, events, statives)``. An article already stored is
        replaced together with its events and statives, so coding the same article twice stores it once.
        If anything in the batch fails, nothing of it is written and :class:`StoreError` says which records
        were at fault. Each article row records its content hash and ``coded_by`` (default: this process's
        detente version and dictionaries).
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; open it without read_only to add events")
        batch: dict[str, tuple[Article, list[Event]]] = {}
        statives: dict[str, list[Stative]] = {}
        repeats_in_batch = 0
        for item in articles_with_events:
            article, events = item[0], item[1]
            statives[article.id] = list(item[2]) if len(item) > 2 else []  # type: ignore[misc]
            for event in events:
                if event.article_id != article.id:
                    raise StoreError(
                        f"event {event.event_id} has article_id {event.article_id!r} "
                        f"but was given with article {article.id!r}; nothing was stored"
                    )
            if article.id in batch:
                repeats_in_batch += 1  # last one wins, like a later add() call would
                del batch[article.id]
            batch[article.id] = (article, list(events))
        if not batch:
            return AddResult()

        coded_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        by = coded_by or current()
        article_rows = [article_row(a, len(evs), coded_at, by) for a, evs in batch.values()]
        event_rows = [event_row(e) for _, evs in batch.values() for e in evs]
        ids = list(batch)
        stative_rows = [stative_row(s) for i in ids for s in statives[i]]

        def write() -> AddResult:
            con = self.con
            existing = con.execute(
                "SELECT count(*) FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
            ).fetchone()
            n_existing = existing[0] if existing else 0
            old_codes = con.execute(
                "SELECT source_code FROM events WHERE article_id IN (SELECT unnest(?::VARCHAR[])) "
                "UNION SELECT target_code FROM events "
                "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) AND target_code IS NOT NULL",
                [ids, ids],
            ).fetchall()
            removed = con.execute(
                "SELECT count(*) FROM events WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
            ).fetchone()
            con.execute("DELETE FROM events WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
            con.execute("DELETE FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
            self._insert("articles", ARTICLE_COLUMNS, article_rows)
            self._insert("events", EVENT_COLUMNS, event_rows)
            con.execute("DELETE FROM statives WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
            self._insert("statives", STATIVE_COLUMNS, stative_rows)
            codes = {c for (c,) in old_codes if c is not None}
            codes.update(r[EVENT_COLUMNS.index("source_code")] for r in event_rows)
            codes.update(r[EVENT_COLUMNS.index("target_code")] for r in event_rows)
            self._refresh_actors(sorted(c for c in codes if c is not None))
            return AddResult(
                articles_added=len(ids) - n_existing,
                articles_replaced=n_existing + repeats_in_batch,
                events_added=len(event_rows),
                events_removed=removed[0] if removed else 0,
            )

        try:
            return self._in_transaction(write)
        except duckdb.ConstraintException as exc:
            dups = _duplicates(r[1] for r in event_rows)
            detail = f"duplicate event_id in the batch: {', '.join(dups[:5])}" if dups else str(exc)
            raise StoreError(f"batch of {len(ids)} articles not stored ({detail}); the store is unchanged") from exc
        except duckdb.OutOfMemoryException as exc:
            raise StoreError(
                f"batch of {len(ids)} articles not stored: the store no longer fits in DuckDB's memory limit ({exc}); "
                "the store is unchanged: re-run with a larger --db-memory to go on"
            ) from exc
        except duckdb.Error as exc:
            raise StoreError(f"batch of {len(ids)} articles not stored ({exc}); the store is unchanged") from exc

    def load_parquet(
        self, article_files: Sequence[str], event_files: Sequence[str], stative_files: Sequence[str] = ()
    ) -> AddResult:
        """Load Parquet files with the columns of ``articles``, ``events`` and ``statives``
        (``detente.run.parts``) in one transaction, replacing the articles already stored under the same
        ids, like :meth:`add`."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; open it without read_only to load parts")
        if not article_files:
            return AddResult()
        con = self.con
        articles = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM read_parquet(?::VARCHAR[])"
        mine = "article_id IN (SELECT article_id FROM incoming)"
        codes_of_mine = (
            f"SELECT source_code AS code FROM events WHERE {mine} "
            f"UNION SELECT target_code FROM events WHERE {mine} AND target_code IS NOT NULL"
        )

        def load() -> AddResult:
            con.execute(f"CREATE OR REPLACE TEMP TABLE incoming AS {articles}", [list(article_files)])
            con.execute(f"CREATE OR REPLACE TEMP TABLE touched AS {codes_of_mine}")
            existing = con.execute(f"SELECT count(*) FROM articles WHERE {mine}").fetchone()
            removed = con.execute(f"SELECT count(*) FROM events WHERE {mine}").fetchone()
            con.execute(f"DELETE FROM events WHERE {mine}")
            con.execute(f"DELETE FROM statives WHERE {mine}")
            con.execute(f"DELETE FROM articles WHERE {mine}")
            con.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) SELECT * FROM incoming")
            if event_files:
                columns = ", ".join(EVENT_COLUMNS)
                con.execute(
                    f"INSERT INTO events ({columns}) SELECT {_event_select(con, event_files)} "
                    "FROM read_parquet(?::VARCHAR[])",
                    [list(event_files)],
                )
            if stative_files:
                columns = ", ".join(STATIVE_COLUMNS)
                con.execute(
                    f"INSERT INTO statives ({columns}) SELECT {columns} FROM read_parquet(?::VARCHAR[])",
                    [list(stative_files)],
                )
            con.execute(f"INSERT INTO touched {codes_of_mine}")
            added = con.execute(f"SELECT count(*) FROM events WHERE {mine}").fetchone()
            n_articles = con.execute("SELECT count(*) FROM incoming").fetchone()
            codes = [c for (c,) in con.execute("SELECT DISTINCT code FROM touched WHERE code IS NOT NULL").fetchall()]
            con.execute("DROP TABLE incoming")
            con.execute("DROP TABLE touched")
            self._refresh_actors(sorted(codes))
            n_existing = existing[0] if existing else 0
            return AddResult(
                articles_added=(n_articles[0] if n_articles else 0) - n_existing,
                articles_replaced=n_existing,
                events_added=added[0] if added else 0,
                events_removed=removed[0] if removed else 0,
            )

        try:
            return self._in_transaction(load)
        except duckdb.Error as exc:
            raise StoreError(f"parts not loaded ({exc}); the store is unchanged") from exc

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert rows column-wise, one list parameter per column unnested in SQL.

        DuckDB's executemany pays per row and pandas is not a dependency; binding whole columns is ~10x faster
        than multi-row VALUES and keeps the Python objects (dates, None) as they are.
        """
        if not rows:
            return
        types = dict(
            self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'main' AND table_name = ?",
                [table],
            ).fetchall()
        )
        select = ", ".join(f"unnest(?::{types[c]}[])" for c in columns)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select}"
        for chunk in _chunks(rows, _CHUNK_ROWS):
            self.con.execute(sql, [list(col) for col in zip(*chunk, strict=True)])

    def _refresh_actors(self, codes: list[str]) -> None:
        """Recompute the actor rows touched by a batch, so ``actors`` always agrees with ``events``."""
        if not codes:
            return
        self.con.execute("DELETE FROM actors WHERE code IN (SELECT unnest(?::VARCHAR[]))", [codes])
        self.con.execute(ACTORS_REFRESH_SQL.format(where="code IN (SELECT unnest(?::VARCHAR[]))"), [codes])

    # -- reading -----------------------------------------------------------------------------------

    def events(self, article_id: str | None = None) -> list[Event]:
        """Reload full event records (from the JSON column, so they equal what was added)."""
        sql = "SELECT record FROM events"
        params: list[Any] = []
        if article_id is not None:
            sql += " WHERE article_id = ?"
            params.append(article_id)
        sql += " ORDER BY date NULLS LAST, article_id, sentence_index, event_id"
        return [Event.model_validate_json(r[0]) for r in self.con.execute(sql, params).fetchall()]

    def statives(self, article_id: str | None = None) -> list[Stative]:
        """Reload the stative relations stored with the articles (see ``detente.system.statives``)."""
        sql = "SELECT record FROM statives"
        params: list[Any] = []
        if article_id is not None:
            sql += " WHERE article_id = ?"
            params.append(article_id)
        sql += " ORDER BY date NULLS LAST, article_id, sentence_index, stative_id"
        return [Stative.model_validate_json(r[0]) for r in self.con.execute(sql, params).fetchall()]

    def articles(self, article_id: str | None = None) -> list[Article]:
        """Reload stored articles, text included, ordered by date then id."""
        sql = "SELECT article_id, date, text, title, source, url, origin FROM articles"
        params: list[Any] = []
        if article_id is not None:
            sql += " WHERE article_id = ?"
            params.append(article_id)
        sql += " ORDER BY date NULLS LAST, article_id"
        return [
            Article(id=r[0], date=r[1], text=r[2], title=r[3], source=r[4], url=r[5], origin=r[6])
            for r in self.con.execute(sql, params).fetchall()
        ]

    def content_hashes(self, article_ids: Sequence[str]) -> dict[str, str | None]:
        """The stored content hash of those of ``article_ids`` that are in the store (for incremental runs)."""
        if not article_ids:
            return {}
        rows = self.con.execute(
            "SELECT article_id, content_hash FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(article_ids)],
        ).fetchall()
        return dict(rows)

    def coded_by(self) -> list[dict[str, Any]]:
        """How many articles each detente version and dictionaries fingerprint coded, and when.

        ``detente_version`` is null for articles stored before the store recorded it (schemas 1 and 2).
        """
        rows = self.con.execute(
            "SELECT detente_version, dictionaries, count(*), min(coded_at), max(coded_at), sum(n_events) "
            "FROM articles GROUP BY ALL ORDER BY max(coded_at) DESC NULLS LAST, detente_version"
        ).fetchall()
        keys = ("detente_version", "dictionaries", "articles", "first_coded", "last_coded", "events")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def has_article(self, article_id: str) -> bool:
        """Whether an article is already coded, so callers can skip re-coding unchanged input."""
        row = self.con.execute("SELECT 1 FROM articles WHERE article_id = ?", [article_id]).fetchone()
        return row is not None
