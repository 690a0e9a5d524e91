"""The store keeps how precise an event's place is (s19-places): a town read in the sentence, a country fallback and
a place carried from another mention are told apart in the columns and views, not only in the record JSON."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from detente.records import Event, Location
from detente.store import Store
from detente.store.views import FLAT_COLUMNS, PLOVER_COLUMNS, VIEWS, select_columns


def _carried() -> Location:
    return Location(name="Helsinki", country="FIN", lat=60.17, lon=24.94, text="Helsinki", precision="carried")


def _city() -> Location:
    return Location(name="Helsinki", country="FIN", lat=60.17, lon=24.94, text="Helsinki", precision="city")


def test_the_views_keep_the_places_precision(tmp_path: Path, make_event: Callable[..., Event], make_article) -> None:
    events = [
        make_event("a1", 0, code="040", location=_city()),
        make_event("a1", 1, code="040", location=_carried()),
        make_event("a1", 2, code="042", location=None),
    ]
    with Store(tmp_path / "s.duckdb") as store:
        store.add([(make_article("a1"), events)])
        rows = store.con.execute("SELECT sentence_index, location_precision FROM event_table ORDER BY 1").fetchall()
        assert rows == [(0, "city"), (1, "carried"), (2, None)]  # none where there is no place
        locs = store.con.execute("SELECT event_loc FROM plover_events ORDER BY event_text").fetchall()
        precisions = [loc["precision"] if loc else None for (loc,) in locs]
        assert sorted(p for p in precisions if p) == ["carried", "city"]
        assert None in precisions
        column = store.con.execute("SELECT location_precision FROM events WHERE sentence_index = 1").fetchone()
        assert column == ("carried",)


def _older_views(con: duckdb.DuckDBPyConnection, dropped: set[str]) -> None:
    """The views as the older version made them: the flat and PLOVER views without the columns it did not have yet
    (``actor_events`` reads ``e.*`` and ``gdelt_events`` none of them, so they stay as they are)."""
    flat = tuple((name, expr) for name, expr in FLAT_COLUMNS if name not in dropped)
    plover = tuple(
        (name, expr.replace(", precision := e.location_precision", ""))
        for name, expr in PLOVER_COLUMNS
        if name not in dropped
    )
    con.execute(f"CREATE OR REPLACE VIEW event_table AS {select_columns(flat, where='TRUE')}")
    con.execute(f"CREATE OR REPLACE VIEW plover_events AS {select_columns(plover)}")


@pytest.mark.parametrize("version", [4, 5])
def test_an_older_store_takes_the_precision_from_its_records(
    tmp_path: Path, make_event: Callable[..., Event], make_article, version: int
) -> None:
    """A real older store, views and all: its columns dropped, its views made again as that version made them, the
    version set back; opening it migrates the rows and makes the views show the precision."""
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.add(
            [(make_article("a1"), [make_event("a1", 0, location=_carried()), make_event("a1", 1, location=None)])]
        )
    con = duckdb.connect(str(db))
    dropped = {"location_precision", "date_basis", "date_from"}  # date_basis and date_from came in version 7
    for column in sorted(dropped):
        con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    if version == 4:  # a version 4 store had no attributed_text either, which 4 -> 5 adds before 5 -> 6 runs
        dropped.add("attributed_text")
        con.execute("ALTER TABLE events DROP COLUMN attributed_text")
        con.execute("ALTER TABLE statives DROP COLUMN attributed_text")
    _older_views(con, dropped)
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert views == set(VIEWS)  # the older store has every view while it migrates
    columns = {r[0] for r in con.execute("DESCRIBE event_table").fetchall()}
    assert "location_precision" not in columns and "location_name" in columns
    con.execute(f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'")
    con.close()
    with Store(db) as store:
        assert store.schema_version() == 7
        rows = store.con.execute("SELECT sentence_index, location_precision FROM event_table ORDER BY 1").fetchall()
        assert rows == [(0, "carried"), (1, None)]
        locs = store.con.execute("SELECT event_loc FROM plover_events").fetchall()
        assert [loc["precision"] for (loc,) in locs if loc] == ["carried"]
        sides = store.con.execute("SELECT DISTINCT location_precision FROM actor_events ORDER BY 1").fetchall()
        assert sides == [("carried",), (None,)]  # e.* read again: the new column is there
        bases = store.con.execute("SELECT DISTINCT date_basis FROM event_table").fetchall()
        assert bases == [("own",)]  # the day of these records is their own: version 7's column filled on the way
