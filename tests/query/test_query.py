"""Queries answer the usual questions (who did what to whom, when) from a real store file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from detente.query import ROW_KEYS, dyad, find_events, summary
from detente.records import Article, Event
from detente.store import Store

D = dt.date


@pytest.fixture
def db(tmp_path: Path, make_event: Callable[..., Event], make_article: Callable[..., Article]) -> Path:
    """A small store: Iran-US accusations, Iran-Israel strikes, Turkey-Syria visits, an undated and a negated event."""
    e = make_event
    batch = [
        (
            make_article("a1", D(2024, 1, 10)),
            [
                e("a1", 0, D(2024, 1, 10), "IRNGOV", "USAGOV", "112"),
                e("a1", 1, D(2024, 1, 10), "USAGOV", "IRNGOV", "112"),
            ],
        ),
        (
            make_article("a2", D(2024, 2, 5)),
            [
                e("a2", 0, D(2024, 2, 4), "IRNMIL", "ISR", "195", location=None),
                e("a2", 1, D(2024, 2, 5), "ISRMIL", "IRN", "190"),
            ],
        ),
        (
            make_article("a3", D(2024, 3, 1)),
            [
                e("a3", 0, D(2024, 3, 1), "TURGOV", "SYRGOV", "042", location="Damascus"),
                e("a3", 1, D(2024, 3, 1), "SYRGOV", "TURGOV", "043", location="Damascus"),
                e("a3", 2, D(2024, 3, 1), "IGOUN", None, "010", location=None),
            ],
        ),
        (
            make_article("a4", D(2024, 3, 15)),
            [
                e("a4", 0, D(2024, 3, 15), "IRNGOV", "ISRGOV", "190", negated=True),
            ],
        ),
        (make_article("a5", None), [e("a5", 0, None, "IRN", "TUR", "036")]),
    ]
    path = tmp_path / "q.duckdb"
    with Store(path) as store:
        store.add(batch)
    return path


def _pairs(rows: list[dict]) -> list[tuple[str, str | None]]:
    return [(r["source"], r["target"]) for r in rows]


def test_rows_are_plain_dicts_in_order(db: Path) -> None:
    rows = find_events(db)
    assert all(tuple(r) == ROW_KEYS for r in rows)
    assert [(r["article_id"], r["date"]) for r in rows] == [
        ("a1", "2024-01-10"),
        ("a1", "2024-01-10"),
        ("a2", "2024-02-04"),
        ("a2", "2024-02-05"),
        ("a3", "2024-03-01"),
        ("a3", "2024-03-01"),
        ("a3", "2024-03-01"),
        ("a5", None),
    ]
    first = rows[0]
    assert first["source"] == "IRNGOV" and first["target"] == "USAGOV"
    assert first["cameo"] == "112" and first["name"] == "Accuse, not specified below"
    assert first["goldstein"] == -2.0 and first["location"] == "Tehran"
    assert first["sentence"] == "IRNGOV did 112 to USAGOV in sentence 0."
    assert first["event_id"].startswith("e")


def test_actor_matches_code_prefix_on_either_side(db: Path) -> None:
    rows = find_events(db, actor="IRN")
    assert _pairs(rows) == [
        ("IRNGOV", "USAGOV"),
        ("USAGOV", "IRNGOV"),
        ("IRNMIL", "ISR"),
        ("ISRMIL", "IRN"),
        ("IRN", "TUR"),
    ]
    assert _pairs(find_events(db, actor="irngov")) == [("IRNGOV", "USAGOV"), ("USAGOV", "IRNGOV")]


def test_source_and_target_prefixes(db: Path) -> None:
    assert _pairs(find_events(db, source="IRN")) == [("IRNGOV", "USAGOV"), ("IRNMIL", "ISR"), ("IRN", "TUR")]
    assert _pairs(find_events(db, source="IRN", target="ISR")) == [("IRNMIL", "ISR")]
    assert _pairs(find_events(db, target="IRNGOV")) == [("USAGOV", "IRNGOV")]


def test_negated_events_are_excluded_by_default(db: Path) -> None:
    assert find_events(db, article_id="a4") == []
    rows = find_events(db, article_id="a4", include_negated=True)
    assert _pairs(rows) == [("IRNGOV", "ISRGOV")]


def test_root_and_code_are_exact(db: Path) -> None:
    assert [r["cameo"] for r in find_events(db, root="19")] == ["195", "190"]
    assert [r["cameo"] for r in find_events(db, root="19", include_negated=True)] == ["195", "190", "190"]
    assert [r["cameo"] for r in find_events(db, code="190")] == ["190"]
    assert find_events(db, code="19") == []
    assert [r["cameo"] for r in find_events(db, root="4")] == ["042", "043"]


def test_date_bounds_are_inclusive(db: Path) -> None:
    rows = find_events(db, since=D(2024, 2, 5), until=D(2024, 3, 1))
    assert [r["date"] for r in rows] == ["2024-02-05", "2024-03-01", "2024-03-01", "2024-03-01"]
    assert [r["date"] for r in find_events(db, until=D(2024, 1, 10))] == ["2024-01-10", "2024-01-10"]
    assert find_events(db, since=D(2025, 1, 1)) == []


def test_filters_combine_and_limit(db: Path) -> None:
    rows = find_events(db, actor="IRN", root="11", since=D(2024, 1, 1), limit=1)
    assert _pairs(rows) == [("IRNGOV", "USAGOV")]
    assert len(find_events(db, limit=3)) == 3


def test_accepts_an_open_store(db: Path) -> None:
    with Store(db) as store:
        assert len(find_events(store, actor="TUR")) == 3
        assert store.con is not None  # still open: the query did not close the caller's store


def test_dyad_both_directions(db: Path) -> None:
    assert _pairs(dyad(db, "IRN", "USA")) == [("IRNGOV", "USAGOV"), ("USAGOV", "IRNGOV")]
    assert _pairs(dyad(db, "ISR", "IRN")) == [("IRNMIL", "ISR"), ("ISRMIL", "IRN")]
    assert _pairs(dyad(db, "IRN", "ISR", include_negated=True)) == [
        ("IRNMIL", "ISR"),
        ("ISRMIL", "IRN"),
        ("IRNGOV", "ISRGOV"),
    ]
    assert _pairs(dyad(db, "IRN", "ISR", since=D(2024, 2, 5))) == [("ISRMIL", "IRN")]
    assert _pairs(dyad(db, "TUR", "SYR", until=D(2024, 2, 1))) == []
    assert dyad(db, "IGOUN", "USA") == []


def test_summary(db: Path) -> None:
    assert summary(db) == {
        "articles": 5,
        "events": 9,
        "negated": 1,
        "actors": 11,
        "by_root": {"01": 1, "03": 1, "04": 2, "11": 2, "19": 3},
        "first_date": "2024-01-10",
        "last_date": "2024-03-15",
    }


def test_summary_of_empty_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    Store(path).close()
    assert summary(path) == {
        "articles": 0,
        "events": 0,
        "negated": 0,
        "actors": 0,
        "by_root": {},
        "first_date": None,
        "last_date": None,
    }
