"""The store keeps where an event's day came from (``date_basis``, ``date_from``; s29-store): events coded by the real
coder from our own sentences, in a real DuckDB file, and an older (version 6) store upgraded in place."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from tests.store.dated import EXPECTED, coded, write_store

from detente.store import SCHEMA_VERSION, Store
from detente.store.basis import date_basis
from detente.store.views import FLAT_COLUMNS, PLOVER_COLUMNS, VIEWS, select_columns

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("dated") / "dated.duckdb")


def _by_sentence(con: duckdb.DuckDBPyConnection, sql: str) -> dict[tuple[str, int], tuple]:
    return {(r[0], r[1]): tuple(r[2:]) for r in con.execute(sql).fetchall()}


def test_the_records_say_where_each_day_came_from() -> None:
    """The rule reads the record: a carried day names its sentence (``date_from``, or the re-mention's
    ``mention_of``), the article's date is the ``article`` precision, and an undated event has no basis."""
    records = {(e.article_id, e.sentence_index): e for _, evs in coded() for e in evs}
    assert {key: date_basis(e) for key, e in records.items()} == EXPECTED
    assert records[("d-run", 1)].evidence.date_from == 0 and records[("d-run", 1)].evidence.mention_of is None
    assert records[("d-again", 1)].evidence.mention_of == 0 and records[("d-again", 1)].evidence.date_text is None
    assert records[("d-run", 0)].evidence.date_text == "Monday"  # own words: no sentence to name
    assert records[("d-undated", 0)].date is None and records[("d-run", 3)].date is not None


def test_the_table_and_the_views_hold_the_basis(db: Path) -> None:
    with Store(db, read_only=True) as store:
        con = store.con
        assert store.schema_version() == SCHEMA_VERSION == 7
        table = _by_sentence(con, "SELECT article_id, sentence_index, date_basis, date_from FROM events")
        assert table == EXPECTED
        flat = _by_sentence(con, "SELECT article_id, sentence_index, date_basis, date_from FROM event_table")
        assert flat == EXPECTED
        plover = [b for (b,) in con.execute("SELECT date_basis FROM plover_events").fetchall()]
        assert sorted(plover, key=str) == sorted((b for b, _ in EXPECTED.values()), key=str)
        sides = con.execute("SELECT DISTINCT date_basis FROM actor_events WHERE date_basis IS NOT NULL").fetchall()
        assert sorted(s for (s,) in sides) == ["article", "carried", "own"]  # e.* holds the new columns
        carried = con.execute("SELECT count(*) FROM events WHERE date_basis = 'carried' AND date_from IS NULL")
        assert carried.fetchone() == (0,)  # a carried day always names its sentence, and only a carried one does
        named = con.execute(
            "SELECT count(*) FROM events WHERE date_basis IS DISTINCT FROM 'carried' AND date_from IS NOT NULL"
        )
        assert named.fetchone() == (0,)


def _older(con: duckdb.DuckDBPyConnection) -> None:
    """The table and views as version 6 made them: no ``date_basis`` or ``date_from`` anywhere."""
    dropped = {"date_basis", "date_from"}
    for column in dropped:
        con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    flat = tuple((name, expr) for name, expr in FLAT_COLUMNS if name not in dropped)
    plover = tuple((name, expr) for name, expr in PLOVER_COLUMNS if name not in dropped)
    con.execute(f"CREATE OR REPLACE VIEW event_table AS {select_columns(flat, where='TRUE')}")
    con.execute(f"CREATE OR REPLACE VIEW plover_events AS {select_columns(plover)}")
    con.execute(f"CREATE OR REPLACE VIEW actor_events AS {VIEWS['actor_events']}")  # e.* of the narrower table
    con.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")


def test_a_version_6_store_is_upgraded_in_place_with_nothing_lost(tmp_path: Path) -> None:
    """A real version 6 file (the columns dropped, the views made as version 6 made them) opens as version 7: the
    migration's SQL over the record gives every row the value the Python rule gives new rows, and every other column
    and record is as it was."""
    path = write_store(tmp_path / "old.duckdb")
    con = duckdb.connect(str(path))
    _older(con)
    columns = {r[0] for r in con.execute("DESCRIBE events").fetchall()}
    assert "date_basis" not in columns and "date_precision" in columns
    assert "date_basis" not in {r[0] for r in con.execute("DESCRIBE event_table").fetchall()}
    before = con.execute("SELECT * EXCLUDE (record), record::VARCHAR FROM events ORDER BY event_id").fetchall()
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()
    con.close()

    with Store(path) as store:
        con = store.con
        assert store.schema_version() == 7 and store.meta()["schema_version"] == "7"
        table = _by_sentence(con, "SELECT article_id, sentence_index, date_basis, date_from FROM events")
        assert table == EXPECTED
        flat = _by_sentence(con, "SELECT article_id, sentence_index, date_basis, date_from FROM event_table")
        assert flat == EXPECTED  # the views, made again, read the new columns
        assert con.execute("SELECT count(*) FROM plover_events WHERE date_basis = 'carried'").fetchone() == (2,)
        kept = con.execute(
            "SELECT * EXCLUDE (record, date_basis, date_from), record::VARCHAR FROM events ORDER BY event_id"
        ).fetchall()
        assert kept == before
        assert con.execute("SELECT count(*) FROM articles").fetchone() == n_articles
        records = [json.loads(r) for (r,) in con.execute("SELECT record FROM events").fetchall()]
        assert all("date_basis" not in r for r in records)  # the record stays the coder's, the column is the store's
        store.add([(a, list(evs)) for a, evs in coded()[:1]])  # writing the upgraded store writes the new columns
        again = _by_sentence(con, "SELECT article_id, sentence_index, date_basis, date_from FROM events")
        assert again == EXPECTED


def test_the_migration_and_new_rows_agree_on_a_record_without_a_day(tmp_path: Path) -> None:
    """An undated event migrates to no basis and a dated one to a basis: the SQL rule's null is only for no date."""
    path = write_store(tmp_path / "old.duckdb")
    con = duckdb.connect(str(path))
    _older(con)
    con.close()
    with Store(path) as store:
        rows = store.con.execute("SELECT date IS NULL, date_basis FROM events ORDER BY 1, 2").fetchall()
    assert rows[-1] == (True, None)
    assert all(basis is not None for undated, basis in rows if not undated)


def test_parts_written_before_the_columns_load_with_them(tmp_path: Path) -> None:
    """Parquet parts of a run by an older detente (no ``date_basis``/``date_from``) load into a version 7 store with
    the values new rows get (from their records); parts with the columns load them as written."""
    from detente.run.parts import TABLES, load_parts, part_name

    path = write_store(tmp_path / "old.duckdb")
    con = duckdb.connect(str(path))
    for folder, drop in (("old-parts", " EXCLUDE (date_basis, date_from)"), ("new-parts", "")):
        for table in TABLES:
            (tmp_path / folder / table).mkdir(parents=True)
            select = f"SELECT *{drop if table == 'events' else ''} FROM {table}"
            con.execute(f"COPY ({select}) TO '{tmp_path / folder / table / part_name(0)}' (FORMAT PARQUET)")
    con.close()
    for folder in ("old-parts", "new-parts"):
        with Store(tmp_path / f"{folder}.duckdb") as store:
            assert load_parts(store, tmp_path / folder).events_added == len(EXPECTED)
            loaded = _by_sentence(store.con, "SELECT article_id, sentence_index, date_basis, date_from FROM events")
        assert loaded == EXPECTED, folder
