"""Analysts filter and export events by where their day came from (``date_basis``; s29-store), through the Python API:
rows, pages, one event's detail and every export format, over a real store of events the real coder gave."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pydantic import ValidationError
from tests.store.dated import EXPECTED, write_store

from detente.query import EventFilter, event_detail, event_page, export, export_rows, find_events
from detente.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("dated") / "dated.duckdb")


def _expected(basis: str | None) -> set[tuple[str, int]]:
    return {key for key, (b, _) in EXPECTED.items() if b == basis}


def test_rows_carry_the_basis_and_the_sentence(db: Path) -> None:
    rows = find_events(db)
    got = {(r["article_id"], r["event_id"]): (r["date_basis"], r["date_from"]) for r in rows}
    assert sorted(got.values(), key=str) == sorted(EXPECTED.values(), key=str)
    carried = [r for r in rows if r["date_basis"] == "carried"]
    assert {(r["article_id"], r["date_from"]) for r in carried} == {("d-run", 0), ("d-again", 0)}
    assert all(r["date_from"] is None for r in rows if r["date_basis"] != "carried")


@pytest.mark.parametrize("basis", ["own", "carried", "article"])
def test_the_filter_keeps_one_basis(db: Path, basis: str) -> None:
    flt = EventFilter(date_basis=basis)  # type: ignore[arg-type]
    sql = "SELECT article_id, sentence_index FROM events AS e WHERE "
    where, params = flt.where()
    with Store(db, read_only=True) as store:
        kept = {tuple(r) for r in store.con.execute(sql + where, params).fetchall()}
    assert kept == _expected(basis) and kept
    rows = find_events(db, date_basis=basis)
    assert {r["date_basis"] for r in rows} == {basis}
    assert len(rows) == len(_expected(basis))
    page = event_page(db, flt, limit=1)
    assert page.total == len(_expected(basis)) and len(page.rows) == 1
    assert find_events(db, date_basis=basis, since="2016-10-01") == [r for r in rows if r["date"]]


def test_no_filter_keeps_every_basis_and_a_bad_one_is_refused(db: Path) -> None:
    assert len(find_events(db)) == len(EXPECTED)  # undated events included when no basis is asked for
    assert "date_basis=carried" in EventFilter(date_basis="carried").describe()
    with pytest.raises(ValidationError, match="date_basis"):
        EventFilter(date_basis="guessed")  # type: ignore[arg-type]


def test_one_events_detail_says_where_its_day_came_from(db: Path) -> None:
    rows = {r["date_basis"]: r for r in find_events(db) if r["article_id"] == "d-run"}
    carried = event_detail(db, rows["carried"]["event_id"])
    assert carried is not None and (carried["date_basis"], carried["date_from"]) == ("carried", 0)
    assert carried["event"]["evidence"]["date_from"] == 0
    own = event_detail(db, rows["own"]["event_id"])
    assert own is not None and (own["date_basis"], own["date_from"]) == ("own", None)


def test_csv_and_plover_exports_write_the_basis(db: Path, tmp_path: Path) -> None:
    n = export(db, tmp_path / "events.csv", "csv", EventFilter(date_basis="carried"))
    with (tmp_path / "events.csv").open(encoding="utf-8") as fh:
        written = list(csv.DictReader(fh))
    assert n == len(written) == 2
    assert {(r["article_id"], r["date_basis"], r["date_from"]) for r in written} == {
        ("d-run", "carried", "0"),
        ("d-again", "carried", "0"),
    }
    export(db, tmp_path / "all.jsonl", "plover")
    lines = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted((r["date_basis"] for r in lines), key=str) == sorted((b for b, _ in EXPECTED.values()), key=str)
    assert [r for r in lines if r["date"] is None] == [r for r in lines if r["date_basis"] is None]  # undated only


def test_row_exports_write_the_basis(db: Path, tmp_path: Path) -> None:
    n = export_rows(db, tmp_path / "rows.jsonl", "jsonl", EventFilter(date_basis="own"))
    lines = [json.loads(line) for line in (tmp_path / "rows.jsonl").read_text(encoding="utf-8").splitlines()]
    assert n == len(lines) == len(_expected("own"))
    assert {(r["date_basis"], r["date_from"]) for r in lines} == {("own", None)}
    export_rows(db, tmp_path / "rows.csv", "csv", EventFilter(date_basis="article"))
    with (tmp_path / "rows.csv").open(encoding="utf-8") as fh:
        written = list(csv.DictReader(fh))
    assert [(r["article_id"], r["date_basis"]) for r in written] == [("d-run", "article")]
