"""All cores on one machine: articles coded by N worker processes, results in input order.

Parsing is CPU-bound Python and C, so threads do not help; each worker is a
process with its own model (started from a fork server that has spaCy imported,
so a worker is up in the time the model takes to load). The input is streamed in
chunks of a few articles; at most ``2 x workers`` chunks are in flight, so memory
stays flat however big the corpus, and results are yielded strictly in the order
the articles were read — the same records, in the same order, as one process.

If a worker dies (killed for memory, a crash in native code), the pool is
started again and the chunks that were in flight are retried, the oldest alone:
a chunk that kills its worker twice is reported as failed, article by article,
and the run goes on. Those articles are not stored, so re-running the same
command on a store codes exactly them (incremental runs).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from pathlib import Path

from detente.actors.user import loaded_dictionaries, use_actors
from detente.pipeline import Coded, Coder
from detente.records import Article, Event, Stative

log = logging.getLogger("detente")

CHUNK = 8
"""Articles per task: small enough that two workers finish together, large enough to batch the parser."""

WORKER_DIED = "the worker process coding it died (twice); re-run to retry"

# Tests make a worker die on one article id, to prove a run survives it.
_EXIT_ON_ENV = "DETENTE_TEST_WORKER_EXIT_ON"

_coder: Coder | None = None
_exit_on: str | None = None

Outcome = tuple[list[Event], str | None, str | None, list[Stative]]
"""What travels back from a worker: events, error, skip reason, statives. Not the candidates the coder dropped
(``Coded.skips``, the explain records): nothing downstream of a run reads them (the store keeps events and
statives; ``detente explain`` codes in its own process), and they would be pickled for every article."""


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _start_worker(batch_size: int, exit_on: str | None, dictionaries: tuple[Path, ...] = ()) -> None:
    global _coder, _exit_on
    for path in dictionaries:  # the parent's --actors files: a worker codes with the same dictionaries
        use_actors(path)
    _coder = Coder(batch_size=batch_size)
    _exit_on = exit_on


def _code_chunk(chunk: list[Article]) -> list[Outcome]:
    """In a worker: code a chunk; only the results travel back (the articles are the parent's already)."""
    assert _coder is not None, "worker not started"
    if _exit_on and any(a.id == _exit_on for a in chunk):
        os._exit(70)
    return [(c.events, c.error, c.skipped, c.statives) for c in _coder.code_batch(chunk)]


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


class WorkerPool:
    """N processes coding chunks of articles; :meth:`code` yields results in input order."""

    def __init__(self, workers: int, *, batch_size: int = 32, chunk: int = CHUNK) -> None:
        if workers < 2:
            raise ValueError("a worker pool needs at least 2 workers; code in this process otherwise")
        self.workers = workers
        self.batch_size = batch_size
        self.chunk = chunk
        self.restarts = 0
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["detente.pipeline"])
        self._pool: ProcessPoolExecutor | None = None

    def _fresh_pool(self) -> ProcessPoolExecutor:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = ProcessPoolExecutor(
            self.workers,
            mp_context=self._context,
            initializer=_start_worker,
            initargs=(self.batch_size, os.environ.get(_EXIT_ON_ENV), tuple(loaded_dictionaries())),
        )
        return self._pool

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (the pool is started again by the next :meth:`code`)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def code(self, articles: Iterable[Article]) -> Iterator[Coded]:
        """Results in input order; the workers stay up for the next call until :meth:`close`."""
        if self._pool is None:
            self._fresh_pool()
        window: deque[tuple[list[Article], Future[list[Outcome]]]] = deque()
        try:
            for chunk in _chunks(articles, self.chunk):
                window.append((chunk, self._submit(chunk)))
                while len(window) >= 2 * self.workers:
                    yield from self._next(window)
            while window:
                yield from self._next(window)
        except BaseException:
            self.close()  # an abandoned run leaves no busy workers behind
            raise

    def _submit(self, chunk: list[Article]) -> Future[list[Outcome]]:
        """Hand a chunk to the pool; a pool that broke meanwhile gives a future holding that error."""
        assert self._pool is not None
        try:
            return self._pool.submit(_code_chunk, chunk)
        except BrokenProcessPool as exc:
            broken: Future[list[Outcome]] = Future()
            broken.set_exception(exc)
            return broken

    def _next(self, window: deque[tuple[list[Article], Future[list[Outcome]]]]) -> list[Coded]:
        """The oldest chunk's results; on a dead worker, restart and retry as the module docstring says."""
        chunk, future = window.popleft()
        try:
            return _zip(chunk, future.result())
        except BrokenProcessPool:
            pass
        self.restarts += 1
        log.warning("a worker process died; restarting the pool and retrying %d chunks", len(window) + 1)
        self._fresh_pool()
        try:
            results = _zip(chunk, self._submit(chunk).result())
        except BrokenProcessPool:
            ids = ", ".join(a.id for a in chunk[:5]) + (" …" if len(chunk) > 5 else "")
            log.warning("a worker died twice on the chunk of articles %s; reported as failed", ids)
            results = [Coded(article, error=WORKER_DIED) for article in chunk]
            self._fresh_pool()
        for i, (pending, _) in enumerate(list(window)):
            window[i] = (pending, self._submit(pending))
        return results


def _zip(chunk: list[Article], outcomes: list[Outcome]) -> list[Coded]:
    return [
        Coded(article, events, error=error, skipped=skipped, statives=statives)
        for article, (events, error, skipped, statives) in zip(chunk, outcomes, strict=True)
    ]


def code_locally(
    articles: Iterable[Article], *, workers: int, batch_size: int = 32, chunk: int = CHUNK
) -> Iterator[Coded]:
    """Code in this process (``workers`` = 1) or in a pool of worker processes; input order either way.

    Input too small to give every worker two chunks is coded here: starting workers would cost more
    than it saves (``detente code article.txt``). From a pool, ``Coded.skips`` is empty (see ``Outcome``).
    """
    it = iter(articles)
    head = list(islice(it, 2 * workers * chunk)) if workers > 1 else []
    if workers <= 1 or len(head) < 2 * workers * chunk:
        yield from Coder(batch_size=batch_size).code_many(chain(head, it))
    else:
        with WorkerPool(workers, batch_size=batch_size, chunk=chunk) as pool:
            yield from pool.code(chain(head, it))
