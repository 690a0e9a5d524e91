"""Schema 4: each article's content hash and what coded it; Parquet parts load like add() writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from detente.ingest.identity import content_hash
from detente.pipeline import Coded
from detente.records import Article, Event
from detente.run.parts import load_parts, part_files, records, write_part
from detente.store import SCHEMA_VERSION, Store
from detente.store.provenance import CodedBy, current, dictionaries_fingerprint

MakeEvent = Callable[..., Event]
MakeArticle = Callable[..., Article]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


def test_articles_record_hash_version_and_dictionaries(db: Path, make_article: MakeArticle) -> None:
    old = CodedBy("0.0.9", "feedfacefeedface")
    with Store(db) as store:
        store.add([(make_article("a1"), [])], coded_by=old)
        store.add([(make_article("a2"), []), (make_article("a3"), [])])
        assert store.content_hashes(["a1", "a2", "zz"]) == {
            "a1": content_hash(make_article("a1")),
            "a2": content_hash(make_article("a2")),
        }
        by = {(r["detente_version"], r["dictionaries"]): r["articles"] for r in store.coded_by()}
    assert by == {("0.0.9", "feedfacefeedface"): 1, (current().detente_version, dictionaries_fingerprint()): 2}
    assert len(dictionaries_fingerprint()) == 16


def test_v3_store_gets_hashes_from_its_own_text(db: Path, make_article: MakeArticle, make_event: MakeEvent) -> None:
    article = make_article("a1", text="Iran and Turkey held talks.")
    with Store(db) as store:
        store.add([(article, [make_event("a1")])])
    con = duckdb.connect(str(db))
    for column in ("content_hash", "detente_version", "dictionaries"):
        con.execute(f"ALTER TABLE articles DROP COLUMN {column}")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.content_hashes(["a1"]) == {"a1": content_hash(article)}
        (row,) = store.coded_by()
        assert row["detente_version"] is None and row["articles"] == 1 and row["events"] == 1


def test_parts_load_into_a_store_like_add(
    tmp_path: Path, db: Path, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    coded = [
        Coded(make_article("a1"), [make_event("a1", 0), make_event("a1", 1, source="TUR")]),
        Coded(make_article("a2"), error="ValueError: broken"),
        Coded(make_article("a3"), skipped="not English (French)"),
        Coded(make_article("a4"), [make_event("a4", 0, source="SYRREB", target="SYRGOV", code="190")]),
    ]
    folder = tmp_path / "parts"
    write_part(folder, 0, coded[:2], current())
    write_part(folder, 1, coded[2:], current())
    assert [p.name for p in part_files(folder, "events")] == ["part-00000.parquet", "part-00001.parquet"]
    # the records of a part come back in coding order, and only coded articles are written
    assert [Event.model_validate_json(r) for r in records(folder, 0)] == coded[0].events
    con = duckdb.connect()
    (n,) = con.execute(f"SELECT count(*) FROM read_parquet('{folder}/articles/*.parquet')").fetchone()
    assert n == 2
    with Store(db) as store:
        store.add([(make_article("a1", text="an older version"), [make_event("a1", 5)])])
        result = load_parts(store, folder)
        assert result.articles_added == 1 and result.articles_replaced == 1 and result.events_added == 3
        assert [a.id for a in store.articles()] == ["a1", "a4"]
        assert store.articles("a1")[0].text == make_article("a1").text
        assert store.events("a1") == sorted(coded[0].events, key=lambda e: (e.sentence_index, e.event_id))
        actors = dict(store.con.execute("SELECT code, n_events FROM actors").fetchall())
    with Store(tmp_path / "direct.duckdb") as direct:
        direct.add([(c.article, c.events) for c in coded if c.outcome == "coded"])
        assert dict(direct.con.execute("SELECT code, n_events FROM actors").fetchall()) == actors


def test_the_speaker_s_words_stand_beside_the_speaker_s_code(
    db: Path, make_article: MakeArticle, make_event: MakeEvent
) -> None:
    # review1: attributed_text was only in the record JSON; it is a column beside attributed_to (events, statives,
    # the flat export view), and a version-4 store takes it from its records
    said = make_event("a1", attributed_to="USAGOV", attributed_text="a U.S. official")
    unsaid = make_event("a1", 1)
    with Store(db) as store:
        store.add([(make_article("a1"), [said, unsaid])])
    con = duckdb.connect(str(db))
    query = "SELECT sentence_index, attributed_to, attributed_text FROM events ORDER BY 1"
    assert con.execute(query).fetchall() == [(0, "USAGOV", "a U.S. official"), (1, None, None)]
    view = "SELECT attributed_to, attributed_text FROM event_table ORDER BY sentence_index"
    assert con.execute(view).fetchall() == [("USAGOV", "a U.S. official"), (None, None)]
    # a store of version 4 had no such column: the migration adds it and fills it from the stored record
    con.execute("DROP VIEW event_table")
    con.execute("DROP VIEW actor_events")
    for table in ("events", "statives"):
        con.execute(f"ALTER TABLE {table} DROP COLUMN attributed_text")
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    con.close()
    with Store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION == 7
    con = duckdb.connect(str(db))
    assert con.execute(query).fetchall() == [(0, "USAGOV", "a U.S. official"), (1, None, None)]
    assert con.execute(view).fetchall() == [("USAGOV", "a U.S. official"), (None, None)]
    con.close()
