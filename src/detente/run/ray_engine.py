"""The Ray engine: a corpus partitioned over a Ray cluster, each partition written as Parquet parts.

The driver (the ``detente code`` process) reads and screens the input as usual,
cuts it into partitions of ``part_size`` articles and hands them to a pool of
Ray actors, each holding one loaded model (one CPU each). An actor codes its
partition with the same :class:`~detente.pipeline.Coder` as the local path and
writes ``articles/part-NNNNN.parquet`` and ``events/part-NNNNN.parquet`` into the
parts folder (which must be reachable by every node: a shared file system on a
real cluster). The driver collects results in partition order, so the records
come out in input order, exactly as from one process.

Actors are restarted by Ray when their process dies and the partition is
retried (``max_restarts`` / ``max_task_retries``); a partition that still fails
is reported as failed, article by article, and is absent from the parts, so a
re-run on the store codes exactly those articles.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from detente.records import Article

log = logging.getLogger("detente")

PART_SIZE = 64
"""Articles per partition: a few seconds of work for one actor, and one pair of Parquet files."""

MAX_RETRIES = 2


class RayMissing(RuntimeError):
    """Ray is not installed."""


@dataclass
class PartResult:
    """What an actor reports for one partition: per article, its outcome and reason (in input order)."""

    number: int
    outcomes: list[tuple[str, str, str | None, int]]  # (article id, outcome, reason or error, n_events)


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise RayMissing("the Ray engine needs Ray: pip install 'detente[ray]' (or pip install ray)") from exc
    return ray


def connect(address: str | None, workers: int | None) -> int:
    """Join the cluster at ``address`` (or start a local one, ``workers`` CPUs) unless Ray is already up;
    the number of actors to start: ``workers``, or every CPU of the cluster."""
    ray = _ray()
    if not ray.is_initialized():
        options: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING, "log_to_driver": False}
        if address:
            ray.init(address=address, **options)
        else:
            _start_local(ray, workers, options)
    cpus = int(ray.cluster_resources().get("CPU", 1))
    return max(1, min(workers, cpus) if workers else cpus)


def _start_local(ray: Any, workers: int | None, options: dict[str, Any], attempts: int = 3) -> None:
    """Start a local cluster; on a busy machine its node can miss Ray's fixed 30 s registration window,
    so a failed start is retried."""
    for attempt in range(1, attempts + 1):
        try:
            ray.init(num_cpus=workers or None, **options)
            return
        except Exception as exc:  # Ray raises a bare Exception for the start-up timeout
            ray.shutdown()
            if attempt == attempts:
                raise
            log.warning("local Ray did not start (%s); trying again", exc)


class _CoderActor:
    """Lives on a Ray worker: one model, many partitions."""

    def __init__(self, batch_size: int, dictionaries: tuple[str, ...] = ()) -> None:
        from detente.actors.user import use_actors
        from detente.pipeline import Coder
        from detente.store.provenance import current

        for path in dictionaries:  # the driver's --actors files, read where the worker runs (same path)
            use_actors(path)
        self.coder = Coder(batch_size=batch_size)
        self.coded_by = current()

    def code_part(self, number: int, articles: list[Article], folder: str) -> PartResult:
        from detente.run.parts import write_part

        coded = self.coder.code_batch(articles)
        write_part(folder, number, coded, self.coded_by)
        return PartResult(
            number,
            [(c.article.id, c.outcome, c.error or c.skipped, len(c.events)) for c in coded],
        )


def _parts(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while part := list(islice(it, size)):
        yield part


def code_on_ray(
    articles: Iterable[Article],
    folder: str | os.PathLike[str],
    *,
    actors: int,
    batch_size: int = 32,
    part_size: int = PART_SIZE,
) -> Iterator[tuple[list[Article], PartResult]]:
    """Partitions coded by ``actors`` Ray actors; yields (articles, result) per partition in input order."""
    ray = _ray()
    Path(folder).mkdir(parents=True, exist_ok=True)
    remote = ray.remote(num_cpus=1, max_restarts=MAX_RETRIES, max_task_retries=MAX_RETRIES)(_CoderActor)
    from detente.actors.user import loaded_dictionaries

    dictionaries = tuple(str(p) for p in loaded_dictionaries())
    pool = [remote.remote(batch_size, dictionaries) for _ in range(actors)]
    window: deque[tuple[list[Article], int, Any]] = deque()
    try:
        for number, part in enumerate(_parts(articles, part_size)):
            actor = pool[number % len(pool)]
            window.append((part, number, actor.code_part.remote(number, part, str(folder))))
            while len(window) >= 2 * len(pool):
                yield _collect(ray, window.popleft())
        while window:
            yield _collect(ray, window.popleft())
    finally:
        for actor in pool:
            ray.kill(actor)


def _collect(ray: Any, entry: tuple[list[Article], int, Any]) -> tuple[list[Article], PartResult]:
    part, number, ref = entry
    try:
        return part, ray.get(ref)
    except Exception as exc:  # the actor died more often than Ray retries, or the task raised
        log.warning("partition %d failed on Ray: %s", number, exc)
        reason = f"its Ray partition {number} failed ({type(exc).__name__}); re-run to retry"
        return part, PartResult(number, [(a.id, "failed", reason, 0) for a in part])
