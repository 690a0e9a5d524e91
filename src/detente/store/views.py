"""Views of the store for analysts and for the query layer: one SQL text for both.

The query functions (``detente.query``) build their statements from the column lists and
templates below, adding the user's filters; the views are the same statements with the
default filter (events that happened: ``NOT negated``), so ``SELECT * FROM gdelt_events``
in DuckDB gives what ``detente export --format gdelt`` writes.

Views hold no data, so adding one never changes a stored row.
"""

from __future__ import annotations

HAPPENED = "NOT e.negated"
"""The default filter of every view: negated events ("did not attack") are not events."""

GDELT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("GlobalEventID", "e.event_id"),
    ("Day", "CAST(strftime(e.date, '%Y%m%d') AS INTEGER)"),
    ("Actor1Code", "e.source_code"),
    ("Actor1Name", "e.source_name"),
    ("Actor1CountryCode", "e.source_country"),
    ("Actor2Code", "e.target_code"),
    ("Actor2Name", "e.target_name"),
    ("Actor2CountryCode", "e.target_country"),
    ("EventCode", "e.cameo_code"),
    ("EventRootCode", "e.cameo_root"),
    ("QuadClass", "e.quad_class"),
    ("GoldsteinScale", "e.goldstein"),
    ("ActionGeo_FullName", "e.location_name"),
    ("ActionGeo_CountryCode", "e.location_country"),
    ("ActionGeo_Lat", "e.lat"),
    ("ActionGeo_Long", "e.lon"),
    ("SOURCEURL", "a.url"),
)
"""GDELT 2.0 event-table names for our columns (a subset; country codes stay ISO alpha-3, ids stay strings)."""

PLOVER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "e.event_id"),
    ("date", "strftime(e.date, '%Y-%m-%d')"),
    ("date_basis", "e.date_basis"),
    ("event", "e.plover_type"),
    ("mode", "e.plover_mode"),
    ("actor", "e.source_code"),
    ("actor_name", "e.source_name"),
    ("recipient", "e.target_code"),
    ("recipient_name", "e.target_name"),
    (
        "event_loc",
        "CASE WHEN e.location_name IS NULL THEN NULL ELSE "
        "struct_pack(name := e.location_name, country := e.location_country, lat := e.lat, lon := e.lon, "
        "precision := e.location_precision) END",
    ),
    ("event_text", "e.sentence"),
    ("modality", "e.modality"),
    ("cameo", "e.cameo_code"),
    ("quad_class", "e.quad_class"),
    ("goldstein", "e.goldstein"),
    ("story_id", "e.article_id"),
    ("story_date", "strftime(a.date, '%Y-%m-%d')"),
    ("url", "a.url"),
)
"""PLOVER/POLECAT-style keys: ``event``, ``mode``, ``actor``, ``recipient``, ``event_loc``, ``date``, ``event_text``;
``date_basis`` (own, carried, article) is ours, as ``event_loc``'s ``precision`` is: whether the date was read in the
event's sentence, carried from another, or the story's date."""

FLAT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "e.event_id"),
    ("article_id", "e.article_id"),
    ("sentence_index", "e.sentence_index"),
    ("date", "e.date"),
    ("date_precision", "e.date_precision"),
    ("date_basis", "e.date_basis"),
    ("date_from", "e.date_from"),
    ("source_code", "e.source_code"),
    ("source_name", "e.source_name"),
    ("source_country", "e.source_country"),
    ("source_role", "e.source_role"),
    ("target_code", "e.target_code"),
    ("target_name", "e.target_name"),
    ("target_country", "e.target_country"),
    ("target_role", "e.target_role"),
    ("cameo_code", "e.cameo_code"),
    ("cameo_root", "e.cameo_root"),
    ("cameo_name", "e.cameo_name"),
    ("goldstein", "e.goldstein"),
    ("quad_class", "e.quad_class"),
    ("plover_type", "e.plover_type"),
    ("plover_mode", "e.plover_mode"),
    ("location_name", "e.location_name"),
    ("location_country", "e.location_country"),
    ("location_precision", "e.location_precision"),
    ("lat", "e.lat"),
    ("lon", "e.lon"),
    ("negated", "e.negated"),
    ("modality", "e.modality"),
    ("attributed_to", "e.attributed_to"),
    ("attributed_text", "e.attributed_text"),
    ("sentence", "e.sentence"),
    ("trigger", "e.trigger"),
    ("rule", "e.rule"),
    ("article_date", "a.date"),
    ("article_title", "a.title"),
    ("article_source", "a.source"),
    ("url", "a.url"),
)
"""One flat row per event with its article's date, title and address: the CSV and Parquet export."""


def select_columns(columns: tuple[tuple[str, str], ...], where: str = HAPPENED) -> str:
    """``SELECT`` of the named columns from events joined to their article, filtered by ``where``."""
    cols = ",\n       ".join(f'{expr} AS "{name}"' for name, expr in columns)
    return f"SELECT {cols}\nFROM events AS e LEFT JOIN articles AS a ON a.article_id = e.article_id\nWHERE {where}"


EDGES_SELECT = """
SELECT e.source_code, e.target_code,
       count(*) AS events,
       count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperation,
       count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict,
       count(*) FILTER (WHERE e.quad_class = 1) AS verbal_cooperation,
       count(*) FILTER (WHERE e.quad_class = 2) AS material_cooperation,
       count(*) FILTER (WHERE e.quad_class = 3) AS verbal_conflict,
       count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict,
       coalesce(sum({g}) FILTER (WHERE e.goldstein > 0), 0)::DOUBLE AS cooperation_goldstein,
       coalesce(-sum({g}) FILTER (WHERE e.goldstein < 0), 0)::DOUBLE AS conflict_goldstein,
       sum({g})::DOUBLE AS goldstein_sum,
       avg({g})::DOUBLE AS goldstein_mean,
       min(e.date) AS first_date,
       max(e.date) AS last_date
FROM events AS e
WHERE e.target_code IS NOT NULL AND ({where})
GROUP BY e.source_code, e.target_code
""".replace("{g}", "e.goldstein::DECIMAL(18, 1)")
"""Directed actor-to-actor edges with cooperation and conflict weights (counts and summed Goldstein).

Goldstein values have one decimal, so they are summed as decimals: a sum of doubles depends on the order DuckDB's
threads add them in, and two exports of the same store differed in the sixth decimal."""

ACTOR_EVENTS_SELECT = """
SELECT e.source_code AS actor, 'source' AS side, e.target_code AS counterpart, e.*
FROM events AS e WHERE {where}
UNION ALL
SELECT e.target_code AS actor, 'target' AS side, e.source_code AS counterpart, e.*
FROM events AS e WHERE e.target_code IS NOT NULL AND ({where})
"""
"""One row per (event, side): the actor of that side, its counterpart and every event column."""

VIEWS: dict[str, str] = {
    "gdelt_events": select_columns(GDELT_COLUMNS),
    "plover_events": select_columns(PLOVER_COLUMNS),
    "event_table": select_columns(FLAT_COLUMNS, where="TRUE"),
    "actor_edges": EDGES_SELECT.format(where=HAPPENED),
    "actor_events": ACTOR_EVENTS_SELECT.format(where=HAPPENED),
}
"""Every view of the store by name; ``CREATE OR REPLACE`` makes them idempotent."""

VIEWS_DDL: tuple[str, ...] = tuple(f"CREATE OR REPLACE VIEW {name} AS {sql}" for name, sql in VIEWS.items())
