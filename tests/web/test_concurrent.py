"""The page keeps answering while ``detente code --db`` adds articles to the same store, and catches up with it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest
from tests.web.conftest import serving, write_corpus

from detente.store import Store

pytestmark = pytest.mark.slow


def test_serving_while_detente_code_writes(tmp_path: Path) -> None:
    from tests.conftest import make_article, make_event

    db = tmp_path / "live.duckdb"
    with Store(db) as store:
        store.add([(make_article("seed"), [make_event("seed", 0)])])
    corpus = write_corpus(tmp_path / "corpus.jsonl", copies=60)  # 480 articles: several seconds of coding

    with serving(db, refresh=0.3) as base, httpx.Client(base_url=base, timeout=30) as client:
        assert client.get("/api/summary").json()["events"] == 1
        writer = subprocess.Popen(
            [sys.executable, "-m", "detente", "code", str(corpus), "--db", str(db), "--batch", "16"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        seen: list[int] = []
        slowest = 0.0
        try:
            deadline = time.monotonic() + 600
            while writer.poll() is None and time.monotonic() < deadline:
                started = time.monotonic()
                summary = client.get("/api/summary")
                page = client.get("/api/events", params={"sort": "-date", "limit": 20})
                slowest = max(slowest, time.monotonic() - started)
                assert summary.status_code == 200 and page.status_code == 200
                seen.append(summary.json()["events"])
                time.sleep(0.2)
            _, err = writer.communicate(timeout=600)
        finally:
            if writer.poll() is None:
                writer.kill()
        assert writer.returncode == 0, err  # the server never kept the writer out
        con = duckdb.connect(str(db), read_only=True)
        final = con.execute("SELECT count(*) FROM events").fetchone()[0]  # type: ignore[index]
        con.close()
        assert final > 100
        deadline = time.monotonic() + 60
        while client.get("/api/summary").json()["events"] != final and time.monotonic() < deadline:
            time.sleep(0.3)
        assert client.get("/api/summary").json()["events"] == final
        assert client.get("/api/health").json()["refreshes"] >= 2
    assert seen and seen == sorted(seen)
    assert any(1 < n < final for n in seen), f"never saw the store grow while coding ran: {sorted(set(seen))}"
    assert slowest < 10, f"a request took {slowest:.1f} s while the writer ran"
