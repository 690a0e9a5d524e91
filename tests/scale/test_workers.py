"""N worker processes give the same records, in the same order, as one process; a dead worker loses nothing."""

from __future__ import annotations

import pytest

from detente.pipeline import Coded, Coder
from detente.records import Article
from detente.run.workers import WORKER_DIED, WorkerPool, code_locally

pytestmark = pytest.mark.slow


def _flat(results: list[Coded]) -> list[tuple[str, str, list[str]]]:
    return [(c.article.id, c.outcome, [e.model_dump_json() for e in c.events]) for c in results]


def test_two_workers_same_records_same_order_as_one(corpus: list[Article]) -> None:
    one = list(Coder(batch_size=8).code_many(corpus))
    pool = WorkerPool(2, batch_size=8, chunk=3)  # 20 articles: 7 chunks, finishing out of order
    with pool:
        two = list(pool.code(corpus))
    assert [c.article.id for c in two] == [a.id for a in corpus]
    assert _flat(two) == _flat(one)
    assert sum(len(c.events) for c in two) > 20  # the examples do have events
    assert pool.restarts == 0


def test_small_input_is_coded_in_this_process(corpus: list[Article]) -> None:
    results = list(code_locally(corpus[:3], workers=2, chunk=8))
    assert [c.article.id for c in results] == [a.id for a in corpus[:3]]
    assert all(c.outcome == "coded" for c in results)


def test_a_worker_that_dies_costs_only_its_chunk(corpus: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    doomed = corpus[7].id
    monkeypatch.setenv("DETENTE_TEST_WORKER_EXIT_ON", doomed)
    pool = WorkerPool(2, batch_size=4, chunk=4)
    with pool:
        results = list(pool.code(corpus))
    assert [c.article.id for c in results] == [a.id for a in corpus]
    failed = [c.article.id for c in results if c.outcome == "failed"]
    assert failed == [a.id for a in corpus[4:8]]  # the chunk holding the doomed article, and only it
    assert all(c.error == WORKER_DIED for c in results if c.outcome == "failed")
    assert all(c.outcome == "coded" for c in results if c.article.id not in failed)
    assert pool.restarts >= 1
