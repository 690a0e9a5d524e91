"""One article the store refuses fails alone: the rest of its batch is stored and the run's report says which."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.system.test_system import stative

from detente.records import Article
from detente.run.driver import _Sink
from detente.run.report import RunReport
from detente.store import Store

DAY = dt.date(2024, 1, 1)


def _article(article_id: str) -> Article:
    return Article(id=article_id, date=DAY, text=f"Article {article_id}.")


def test_a_refused_article_fails_alone_and_the_rest_of_its_batch_is_stored(tmp_path: Path) -> None:
    good = (_article("good"), [], [stative("good", DAY, "TUR", "SYRREB", "support")])
    twin = stative("bad", DAY, "TUR", "USA", "alliance")
    bad = (_article("bad"), [], [twin, twin])  # two statives with one id: the store refuses this article
    report = RunReport(coded=2)
    told: list[tuple[str, str]] = []
    with Store(tmp_path / "batch.duckdb") as store:
        sink = _Sink(store, batch=10, report=report, notify=lambda kind, line: told.append((kind, line)))
        sink.add(*good)
        sink.add(*bad)
        sink.flush()
        stored = {row[0] for row in store.con.execute("SELECT article_id FROM articles").fetchall()}
    assert stored == {"good"}  # the good article of the refused batch is kept
    assert (report.coded, report.failed) == (1, 1)
    assert [kind for kind, _ in told] == ["failed"] and "(bad)" in told[0][1]
    assert "duplicate key" in told[0][1] and "\n" not in told[0][1]  # the store's reason, on one line
