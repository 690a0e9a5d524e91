"""Query stage: the questions analysts ask of a store, answered as plain rows, series and graphs.

One Python API for the CLI (``detente events|dyad|network|top|timeline|export``), the web
page (``detente serve``) and Python users. Every function takes a :data:`Source` (an open
:class:`~detente.store.Store`, a DuckDB connection, a live snapshot or a path, opened
read-only or copied if another process writes it) and, where it filters events, an
:class:`EventFilter`. Rows are plain dicts with JSON-ready values (dates as ``YYYY-MM-DD``).

>>> from detente.query import EventFilter, find_events, dyad_series  # doctest: +SKIP
>>> find_events("events.duckdb", EventFilter(actor="IRN", root="19"), limit=10)  # doctest: +SKIP
>>> dyad_series("events.duckdb", "IRN", "TUR", by="month")  # doctest: +SKIP
"""

from __future__ import annotations

from detente.query.dyad import PERIODS, dyad, dyad_series, series_rows
from detente.query.events import ROW_KEYS, EventPage, event_detail, event_page, find_events, highlights, summary
from detente.query.export import EXPORT_FORMATS, export, export_rows, write_dicts
from detente.query.filters import SORTS, EventFilter
from detente.query.network import GRAPH_FORMATS, ActorNetwork, actor_network, graph_json, network, write_graph
from detente.query.rank import TOP_KINDS, timeline, top
from detente.query.snapshot import LiveSnapshot, SnapshotError, copy_store, reading_store
from detente.query.source import Source, StoreOrPath

__all__ = [
    "EXPORT_FORMATS",
    "GRAPH_FORMATS",
    "PERIODS",
    "ROW_KEYS",
    "SORTS",
    "TOP_KINDS",
    "ActorNetwork",
    "EventFilter",
    "EventPage",
    "LiveSnapshot",
    "SnapshotError",
    "Source",
    "StoreOrPath",
    "actor_network",
    "copy_store",
    "dyad",
    "dyad_series",
    "event_detail",
    "event_page",
    "export",
    "export_rows",
    "find_events",
    "graph_json",
    "highlights",
    "network",
    "reading_store",
    "series_rows",
    "summary",
    "timeline",
    "top",
    "write_dicts",
    "write_graph",
]
