"""The store keeps exactly what it was given, once, atomically, and knows its own layout version."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente.records import ActorRef, Article, Event, Location
from detente.store import MIGRATIONS, SCHEMA_VERSION, AddResult, SchemaVersionError, Store, StoreError

MakeEvent = Callable[..., Event]
MakeArticle = Callable[..., Article]


def _snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, to prove a failed batch changed nothing."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            t: con.execute(f"SELECT * EXCLUDE (coded_at) FROM {t} ORDER BY ALL").fetchall()
            if t == "articles"
            else con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in ("meta", "articles", "events", "actors")
        }
    finally:
        con.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


def test_new_store_records_schema_version(db: Path) -> None:
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION == 7
        meta = store.meta()
        assert meta["schema_version"] == str(SCHEMA_VERSION)
        assert meta["detente_version"]
        tables = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"meta", "articles", "events", "actors"} <= tables
    # Reopening an existing current store changes nothing.
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_round_trip_is_exact(db: Path, make_event: MakeEvent, make_article: MakeArticle) -> None:
    a1 = make_article("a1")
    a2 = make_article("a2", date=None, title=None, url=None)
    events1 = [
        make_event("a1", 0, code="042", attributed_to="state media", modality="claim"),
        make_event("a1", 1, target=None, location=None, code="010"),
        make_event("a1", 2, source="IGOUN", target="SYRGOV", code="112", negated=True),
        make_event(
            "a1",
            3,
            code="195",
            source=ActorRef(code="ISRMIL", name="Israel Defense Forces", text="the IDF", country="ISR", role="MIL"),
            target=ActorRef(code="LBNREB", name="Hezbollah", text="Hezbollah's", country="LBN", role="REB"),
            location=Location(name="Nabatieh", country="LBN", lat=None, lon=None, text=None),
        ),
    ]
    events2 = [make_event("a2", 0, date=None)]
    with Store(db) as store:
        result = store.add([(a1, events1), (a2, events2)])
        assert result == AddResult(articles_added=2, articles_replaced=0, events_added=5, events_removed=0)
    with Store(db, read_only=True) as store:
        loaded = store.events()
        assert sorted(loaded, key=lambda e: e.event_id) == sorted(events1 + events2, key=lambda e: e.event_id)
        assert store.events(article_id="a2") == events2
        assert store.articles() == [a1, a2]
        assert store.has_article("a1") and not store.has_article("zz")
        # The flat columns agree with the record, so SQL users see the same event.
        row = store.con.execute(
            "SELECT target_code, location_name, lat, negated, modality, attributed_to, cameo_root, quad_class, "
            "evidence_start, trigger FROM events WHERE event_id = ?",
            [events1[1].event_id],
        ).fetchone()
        assert row == (None, None, None, False, "asserted", None, "01", 1, 100, "did")
        n_events = store.con.execute("SELECT n_events FROM articles WHERE article_id = 'a1'").fetchone()
        assert n_events == (4,)


def test_re_adding_an_article_replaces_it(db: Path, make_event: MakeEvent, make_article: MakeArticle) -> None:
    article = make_article("a1")
    events = [make_event("a1", 0), make_event("a1", 1, code="043")]
    with Store(db) as store:
        first = store.add([(article, events)])
        second = store.add([(article, events)])
        assert first == AddResult(articles_added=1, articles_replaced=0, events_added=2)
        assert second == AddResult(articles_added=0, articles_replaced=1, events_added=2, events_removed=2)
        assert store.con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
        assert store.con.execute("SELECT count(*) FROM events").fetchone() == (2,)
        assert store.events() == events

        # Re-coding with fewer events drops the stale ones, and actors that no event mentions any more.
        store.add([(article, [make_event("a1", 0, target="TURGOV")])])
        assert [e.target.code for e in store.events() if e.target] == ["TURGOV"]
        actors = {r[0] for r in store.con.execute("SELECT code FROM actors").fetchall()}
        assert actors == {"IRNGOV", "TURGOV"}


def test_same_article_twice_in_one_batch_is_stored_once(
    db: Path, make_event: MakeEvent, make_article: MakeArticle
) -> None:
    article = make_article("a1")
    with Store(db) as store:
        result = store.add([(article, [make_event("a1", 0)]), (article, [make_event("a1", 0, code="043")])])
        assert result.articles_added == 1 and result.articles_replaced == 1
        assert [e.cameo.code for e in store.events()] == ["043"]


def test_failed_batch_leaves_store_unchanged(db: Path, make_event: MakeEvent, make_article: MakeArticle) -> None:
    with Store(db) as store:
        store.add([(make_article("a1"), [make_event("a1", 0)])])
    before = _snapshot(db)

    dup = make_event("a3", 0, event_id="e-duplicate")
    bad_batch = [
        (make_article("a1"), [make_event("a1", 0, code="043")]),  # would replace a1
        (make_article("a2"), [make_event("a2", 0, source="TURGOV")]),  # would add a2 and actor TURGOV
        (make_article("a3"), [dup, make_event("a3", 1, event_id="e-duplicate")]),
    ]
    with Store(db) as store, pytest.raises(StoreError, match=r"duplicate event_id.*e-duplicate.*unchanged"):
        store.add(bad_batch)
    assert _snapshot(db) == before

    # The store is still usable after the failed batch.
    with Store(db) as store:
        assert store.add([(make_article("a2"), [make_event("a2", 0)])]).articles_added == 1


def test_event_id_clashing_with_another_stored_article_is_refused(
    db: Path, make_event: MakeEvent, make_article: MakeArticle
) -> None:
    with Store(db) as store:
        store.add([(make_article("a1"), [make_event("a1", 0, event_id="e1")])])
        with pytest.raises(StoreError, match="unchanged"):
            store.add([(make_article("a2"), [make_event("a2", 0, event_id="e1")])])
        assert [a.id for a in store.articles()] == ["a1"]


def test_event_of_another_article_is_refused(db: Path, make_event: MakeEvent, make_article: MakeArticle) -> None:
    with Store(db) as store:
        with pytest.raises(StoreError, match="article_id 'a2'"):
            store.add([(make_article("a1"), [make_event("a2", 0)])])
        assert store.events() == []


def test_actors_follow_events(db: Path, make_event: MakeEvent, make_article: MakeArticle) -> None:
    renamed = ActorRef(code="IRNGOV", name="Iranian government", text="Tehran", country="IRN", role="GOV")
    with Store(db) as store:
        store.add(
            [
                (
                    make_article("a1"),
                    [
                        make_event("a1", 0, date=dt.date(2024, 1, 5)),
                        make_event("a1", 1, date=dt.date(2024, 2, 1), source="USAGOV", target="IRNGOV"),
                    ],
                ),
                (make_article("a2"), [make_event("a2", 0, date=dt.date(2024, 3, 9), source=renamed, target="IGOUN")]),
            ]
        )
        rows = store.con.execute(
            "SELECT code, name, country, role, first_seen, last_seen, n_events FROM actors ORDER BY code"
        ).fetchall()
    assert rows == [
        ("IGOUN", "name of IGOUN", None, "IGO", dt.date(2024, 3, 9), dt.date(2024, 3, 9), 1),
        ("IRNGOV", "name of IRNGOV", "IRN", "GOV", dt.date(2024, 1, 5), dt.date(2024, 3, 9), 3),
        ("USAGOV", "name of USAGOV", "USA", "GOV", dt.date(2024, 1, 5), dt.date(2024, 2, 1), 2),
    ]


def test_actor_in_both_roles_counts_once(db: Path, make_event: MakeEvent, make_article: MakeArticle) -> None:
    with Store(db) as store:
        store.add([(make_article("a1"), [make_event("a1", 0, source="SYRGOV", target="SYRGOV")])])
        assert store.con.execute("SELECT code, n_events FROM actors").fetchall() == [("SYRGOV", 1)]


def test_large_batch_spans_several_insert_chunks(db: Path, make_event: MakeEvent, make_article: MakeArticle) -> None:
    n = 3400  # 3 events each: 10200 events, more than one insert chunk
    batch = [
        (make_article(f"a{i:04d}"), [make_event(f"a{i:04d}", s, code=("042", "112", "190")[s]) for s in range(3)])
        for i in range(n)
    ]
    with Store(db) as store:
        result = store.add(batch)
        assert (result.articles_added, result.events_added) == (n, 3 * n)
        assert store.con.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone() == (3 * n, 3 * n)
        loaded = store.events()
        assert loaded[0] == batch[0][1][0] and loaded[-1] == batch[-1][1][-1]


def test_newer_schema_is_refused(db: Path) -> None:
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(SchemaVersionError, match=rf"schema version {SCHEMA_VERSION + 1}.*upgrade detente"):
        Store(db)
    with pytest.raises(SchemaVersionError):
        Store(db, read_only=True)


def _make_v0_store(path: Path, make_event: MakeEvent, make_article: MakeArticle, *, with_meta: bool) -> list[Event]:
    """A pre-versioning store: articles and events tables only (no actors), made by stripping a v1 store."""
    events = [make_event("a1", 0), make_event("a1", 1, source="USAGOV", target="IRNGOV")]
    with Store(path) as store:
        store.add([(make_article("a1"), events)])
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE actors")
    if with_meta:
        con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    else:
        con.execute("DROP TABLE meta")
    con.close()
    return events


@pytest.mark.parametrize("with_meta", [False, True])
def test_v0_store_is_migrated(db: Path, make_event: MakeEvent, make_article: MakeArticle, with_meta: bool) -> None:
    assert 0 in MIGRATIONS
    events = _make_v0_store(db, make_event, make_article, with_meta=with_meta)
    with pytest.raises(SchemaVersionError, match="needs migrating"):
        Store(db, read_only=True)
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.meta()["schema_version"] == str(SCHEMA_VERSION)
        assert store.events() == events
        actors = store.con.execute("SELECT code, n_events FROM actors ORDER BY code").fetchall()
        assert actors == [("IRNGOV", 2), ("USAGOV", 2)]
    with Store(db, read_only=True) as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_foreign_duckdb_file_is_refused(db: Path) -> None:
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE something_else (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a detente store"):
        Store(db)


def test_read_only(db: Path, make_event: MakeEvent, make_article: MakeArticle) -> None:
    with pytest.raises(StoreError, match="no detente store"):
        Store(db, read_only=True)
    Store(db).close()
    with Store(db, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.add([(make_article("a1"), [make_event("a1")])])
        assert store.events() == []


def test_close_is_idempotent_and_final(db: Path) -> None:
    with Store(db) as store:
        pass
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.events()


def test_memory_limit_caps_duckdbs_buffer_pool(db: Path, make_event: MakeEvent, make_article: MakeArticle) -> None:
    with Store(db, memory_limit="100MB") as store:
        limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()
        assert limit is not None and limit[0].replace(" ", "") in {"100.0MB", "95.3MiB"}
        store.add([(make_article("a1"), [make_event("a1", 0)])])
        assert [e.event_id for e in store.events()] == [make_event("a1", 0).event_id]
    with Store(db) as store:  # without a limit DuckDB keeps its own default, far above 100 MB
        default = store.con.execute("SELECT current_setting('memory_limit')").fetchone()
        assert default is not None and default[0] != limit[0]
    with pytest.raises(StoreError, match="cannot open"):
        Store(db, memory_limit="plenty")
    with pytest.raises(StoreError, match="memory limit '1KB'"):  # too small to open the store in
        Store(db, memory_limit="1KB")


def test_second_writer_process_gets_a_clear_error(db: Path) -> None:
    Store(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()",
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="one process may write"):
            Store(db)
    finally:
        holder.communicate("")


def test_edge_goldstein_sums_are_exact(db: Path, make_event: MakeEvent, make_article: MakeArticle) -> None:
    """Goldstein values have one decimal; summed as doubles, three visits (1.9 each) made 5.699999999999999."""
    events = [make_event("a1", i, code="042") for i in range(3)]
    assert sum(e.cameo.goldstein for e in events) != 5.7  # what a sum of doubles gives
    with Store(db) as store:
        store.add([(make_article("a1"), events)])
        row = store.con.execute(
            "SELECT events, goldstein_sum, cooperation_goldstein, goldstein_mean FROM actor_edges"
        ).fetchone()
    assert row is not None and row[:3] == (3, 5.7, 5.7) and row[3] == pytest.approx(1.9)
