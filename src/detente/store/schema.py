"""The DuckDB layout of a detente store, its version and the migrations between versions.

The layout is versioned so that a store written by an older detente can be
upgraded in place, and a store written by a newer one is refused rather than
misread.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from detente.store.basis import DATE_BASIS_SQL, DATE_FROM_SQL
from detente.store.views import VIEWS_DDL

SCHEMA_VERSION = 7
"""Version of the table layout below; bump it and add a migration when the layout changes."""

META_DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
)
"""

ARTICLES_DDL = """
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    date DATE,
    title VARCHAR,
    source VARCHAR,
    url VARCHAR,
    origin VARCHAR,
    text VARCHAR,
    n_events INTEGER,
    coded_at TIMESTAMP,
    content_hash VARCHAR,
    detente_version VARCHAR,
    dictionaries VARCHAR
)
"""

EVENTS_DDL = """
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL,
    event_id VARCHAR PRIMARY KEY,
    sentence_index INTEGER,
    date DATE,
    date_precision VARCHAR,
    date_basis VARCHAR,
    date_from INTEGER,
    source_code VARCHAR,
    source_name VARCHAR,
    source_text VARCHAR,
    source_country VARCHAR,
    source_role VARCHAR,
    target_code VARCHAR,
    target_name VARCHAR,
    target_text VARCHAR,
    target_country VARCHAR,
    target_role VARCHAR,
    cameo_code VARCHAR,
    cameo_root VARCHAR,
    cameo_name VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    location_precision VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    negated BOOLEAN,
    modality VARCHAR,
    attributed_to VARCHAR,
    attributed_text VARCHAR,
    sentence VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    rule VARCHAR,
    trigger VARCHAR,
    record JSON
)
"""

ACTORS_DDL = """
CREATE TABLE IF NOT EXISTS actors (
    code VARCHAR PRIMARY KEY,
    name VARCHAR,
    country VARCHAR,
    role VARCHAR,
    first_seen DATE,
    last_seen DATE,
    n_events INTEGER
)
"""

STATIVES_DDL = """
CREATE TABLE IF NOT EXISTS statives (
    article_id VARCHAR NOT NULL,
    stative_id VARCHAR PRIMARY KEY,
    sentence_index INTEGER,
    date DATE,
    source_code VARCHAR,
    target_code VARCHAR,
    kind VARCHAR,
    sign VARCHAR,
    attributed_to VARCHAR,
    attributed_text VARCHAR,
    rule VARCHAR,
    record JSON
)
"""
"""Standing relations stated in an article ("Turkey, a US ally"), extracted when it is coded (detente.system)."""

RELATIONS_DDL = """
CREATE TABLE IF NOT EXISTS relations (
    contribution_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    origin VARCHAR,
    origin_id VARCHAR,
    date DATE,
    source_code VARCHAR,
    source_name VARCHAR,
    target_code VARCHAR,
    target_name VARCHAR,
    kind VARCHAR,
    sign VARCHAR,
    goldstein DOUBLE,
    attributed_to VARCHAR,
    sentence_index INTEGER,
    sentence VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    rule VARCHAR,
    trigger VARCHAR
)
"""
"""One row per piece of evidence of a relation (an event or a stative), derived and kept up to date by
``detente.system``; the system as of a date aggregates these rows with decay."""

STATIVE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "stative_id",
    "sentence_index",
    "date",
    "source_code",
    "target_code",
    "kind",
    "sign",
    "attributed_to",
    "attributed_text",
    "rule",
    "record",
)

ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "date",
    "title",
    "source",
    "url",
    "origin",
    "text",
    "n_events",
    "coded_at",
    "content_hash",
    "detente_version",
    "dictionaries",
)

EVENT_COLUMNS: tuple[str, ...] = (
    "article_id",
    "event_id",
    "sentence_index",
    "date",
    "date_precision",
    "date_basis",
    "date_from",
    "source_code",
    "source_name",
    "source_text",
    "source_country",
    "source_role",
    "target_code",
    "target_name",
    "target_text",
    "target_country",
    "target_role",
    "cameo_code",
    "cameo_root",
    "cameo_name",
    "goldstein",
    "quad_class",
    "plover_type",
    "plover_mode",
    "location_name",
    "location_country",
    "location_precision",
    "lat",
    "lon",
    "negated",
    "modality",
    "attributed_to",
    "attributed_text",
    "sentence",
    "evidence_start",
    "evidence_end",
    "rule",
    "trigger",
    "record",
)

EVENT_COLUMNS_FROM_RECORD: dict[str, str] = {
    "attributed_text": "json_extract_string(record, '$.attributed_text')",
    "location_precision": "json_extract_string(record, '$.location.precision')",
    "date_basis": DATE_BASIS_SQL,
    "date_from": DATE_FROM_SQL,
}
"""Event columns later layouts added, as SQL over the row's ``record`` JSON: Parquet parts written by an older detente
(``detente load``) lack them, and take them from their records as a migrated store's rows do."""

# One row per (event, actor code) it involves; an actor that is both source and target counts once.
_ACTOR_MENTIONS = """
    SELECT source_code AS code, source_name AS name, source_country AS country, source_role AS role,
           date, event_id
    FROM events WHERE source_code IS NOT NULL
    UNION ALL
    SELECT target_code, target_name, target_country, target_role, date, event_id
    FROM events WHERE target_code IS NOT NULL AND target_code IS DISTINCT FROM source_code
"""

ACTORS_REFRESH_SQL = f"""
INSERT INTO actors (code, name, country, role, first_seen, last_seen, n_events)
WITH mentions AS ({_ACTOR_MENTIONS}),
wanted AS (SELECT * FROM mentions WHERE {{where}}),
names AS (
    SELECT code, name, count(*) AS n,
           row_number() OVER (PARTITION BY code ORDER BY count(*) DESC, name) AS rank
    FROM wanted GROUP BY code, name
)
SELECT w.code,
       any_value(nm.name),
       mode(w.country),
       mode(w.role),
       min(w.date),
       max(w.date),
       count(DISTINCT w.event_id)
FROM wanted AS w JOIN names AS nm ON nm.code = w.code AND nm.rank = 1
GROUP BY w.code
"""
"""Recompute actor rows from events; ``{where}`` limits it to some codes (or ``TRUE`` for all).

The name kept is the one the actor was most often coded with, so one odd mention does not rename it.
"""


def refresh_all_actors(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the whole actors table from events (used by migrations; ``add`` refreshes only what it touched)."""
    con.execute("DELETE FROM actors")
    con.execute(ACTORS_REFRESH_SQL.format(where="TRUE"))


def _migrate_0_to_1(con: duckdb.DuckDBPyConnection) -> None:
    """Version 0 (pre-release) had articles and events only: add the actors table and fill it."""
    con.execute(ACTORS_DDL)
    refresh_all_actors(con)


def _migrate_1_to_2(con: duckdb.DuckDBPyConnection) -> None:
    """Version 2 adds the analysts' views (``store/views.py``); no table or row changes. The views are made after the
    last migration (``Store._migrate`` runs ``CREATE_ALL``): today's views read columns later versions add."""


def _migrate_2_to_3(con: duckdb.DuckDBPyConnection) -> None:
    """Version 2 had no relations: add the statives and relations tables (statives fill when articles are
    coded again; relations are derived from the events by ``detente system``)."""
    con.execute(STATIVES_DDL)
    con.execute(RELATIONS_DDL)


CONTENT_HASH_SQL = "sha256(coalesce(CAST(date AS VARCHAR), '') || chr(10) || text)"
"""The article content hash in SQL: the same value as ``detente.ingest.identity.content_hash``."""


def _migrate_3_to_4(con: duckdb.DuckDBPyConnection) -> None:
    """Version 4 records, per article, what was coded (content hash) and by what (detente version, dictionaries
    fingerprint), for incremental runs. Additive: existing rows get their hash from the stored text and
    date, and no version (they were coded before it was recorded)."""
    for column in ("content_hash", "detente_version", "dictionaries"):
        con.execute(f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS {column} VARCHAR")
    con.execute(f"UPDATE articles SET content_hash = {CONTENT_HASH_SQL} WHERE content_hash IS NULL")


def _migrate_4_to_5(con: duckdb.DuckDBPyConnection) -> None:
    """Version 5 gives the speaker's words (``attributed_text``) a column beside the speaker's code
    (``attributed_to``) in events and statives, so an analyst sees who was quoted without opening the record JSON.
    Additive: existing rows take the words from their stored record; the views, made again after the last migration,
    show the column."""
    for table in ("events", "statives"):
        con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS attributed_text VARCHAR")
        con.execute(f"UPDATE {table} SET attributed_text = json_extract_string(record, '$.attributed_text')")


def _migrate_5_to_6(con: duckdb.DuckDBPyConnection) -> None:
    """Version 6 keeps the place's ``precision`` (site, city, region, country, or ``carried`` from another sentence)
    in a column beside its name and country, so an analyst can tell a town read in the sentence from a country
    fallback or a place carried from another mention without opening the record JSON (issue 14, s19-places).
    Additive: existing rows take it from their stored record; the views, made again after the last migration, show it
    (views made by an earlier migration would read a column that is not there yet: the views are not made here)."""
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS location_precision VARCHAR")
    con.execute("UPDATE events SET location_precision = json_extract_string(record, '$.location.precision')")


def _migrate_6_to_7(con: duckdb.DuckDBPyConnection) -> None:
    """Version 7 keeps where an event's day came from (``date_basis``: own, carried or article; ``date_from``: the
    sentence a carried day was read in), so an analyst can keep or drop inferred days and an export says which they
    are (issue 14, s29-store; ``store/basis.py``). Additive: existing rows take both from their stored record by the
    same rule as new rows; the views, made again after the last migration, show them."""
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS date_basis VARCHAR")
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS date_from INTEGER")
    con.execute(f"UPDATE events SET date_basis = {DATE_BASIS_SQL}, date_from = {DATE_FROM_SQL}")


Migration = Callable[[duckdb.DuckDBPyConnection], None]

MIGRATIONS: dict[int, Migration] = {
    0: _migrate_0_to_1,
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
    4: _migrate_4_to_5,
    5: _migrate_5_to_6,
    6: _migrate_6_to_7,
}
"""``MIGRATIONS[v]`` turns a version-``v`` store into a version ``v + 1`` store, inside the caller's transaction."""

CREATE_ALL: tuple[str, ...] = (META_DDL, ARTICLES_DDL, EVENTS_DDL, ACTORS_DDL, STATIVES_DDL, RELATIONS_DDL, *VIEWS_DDL)
