"""The Ray engine gives the same records as the local path, writes Parquet parts, and they load into a store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from detente.ingest import read_articles
from detente.records import Article
from detente.run import RunOptions, code_run
from detente.run.parts import load_parts
from detente.run.ray_engine import connect
from detente.store import Store

from .conftest import write_jsonl

pytestmark = pytest.mark.slow
ray = pytest.importorskip("ray")


@pytest.fixture(scope="session")
def local_ray() -> Iterator[None]:
    assert connect(None, 2) == 2  # ray.init(num_cpus=2), as --engine ray does without --address
    yield
    ray.shutdown()


def _code(path: Path, engine: str, capsys: pytest.CaptureFixture[str], **options: object) -> tuple[list[dict], object]:
    capsys.readouterr()
    report = code_run(
        read_articles(path),
        store=None,
        options=RunOptions(engine=engine, workers=1 if engine == "local" else 2, batch=4, **options),  # type: ignore[arg-type]
        notify=lambda kind, line: None,
    )
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()], report


def _store_rows(db: Path) -> tuple[list[tuple], list[tuple]]:
    with Store(db, read_only=True) as store:
        articles = store.con.execute(
            "SELECT article_id, date, text, n_events, content_hash, detente_version, dictionaries FROM articles "
            "ORDER BY article_id"
        ).fetchall()
        events = store.con.execute("SELECT * EXCLUDE (record), record::VARCHAR FROM events ORDER BY 2").fetchall()
    return articles, events


def test_ray_gives_the_local_records(
    local_ray: None, tmp_path: Path, corpus: list[Article], foreign_rows: list[dict], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", corpus[:10], foreign_rows)
    local, local_report = _code(path, "local", capsys)
    parts = tmp_path / "parts"
    on_ray, ray_report = _code(path, "ray", capsys, parts=parts, part_size=3)  # 4 partitions on 2 actors
    assert on_ray == local and len(local) > 10
    assert (ray_report.coded, ray_report.events, dict(ray_report.skipped)) == (10, len(local), {"not English": 2})
    assert (local_report.coded, dict(local_report.skipped)) == (10, {"not English": 2})
    # the parts are plain Parquet: queried directly, they hold the same events
    con = duckdb.connect()
    (n,) = con.execute(f"SELECT count(*) FROM read_parquet('{parts}/events/*.parquet')").fetchone()
    assert n == len(local)
    # and they load into a store exactly as the local path stores the articles
    with Store(tmp_path / "loaded.duckdb") as store:
        load_parts(store, parts)
    with Store(tmp_path / "local.duckdb") as store:
        code_run(read_articles(path), store=store, options=RunOptions(workers=1), notify=lambda k, s: None)
    assert _store_rows(tmp_path / "loaded.duckdb") == _store_rows(tmp_path / "local.duckdb")


def test_ray_into_a_store_is_incremental(
    local_ray: None, tmp_path: Path, corpus: list[Article], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "events.duckdb"
    path = write_jsonl(tmp_path / "in.jsonl", corpus[:6])
    for expected_coded, expected_unchanged in ((6, 0), (0, 6)):
        with Store(db) as store:
            report = code_run(
                read_articles(path),
                store=store,
                options=RunOptions(engine="ray", workers=2, part_size=4),
                notify=lambda k, s: None,
            )
        assert (report.coded, report.unchanged) == (expected_coded, expected_unchanged)
    with Store(db, read_only=True) as store:
        assert sorted(a.id for a in store.articles()) == sorted(a.id for a in corpus[:6])
        assert store.events()
