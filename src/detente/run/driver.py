"""One coding run, from the stream of read items to stdout or a store, with an account of every article.

The steps, the same whatever the engine:

1. the ingest stream (articles and errors), screened for duplicate ids (``ingest.identity``);
2. with a store and without ``force``, articles already stored with the same content are passed over
   (``run.incremental``);
3. the articles are coded in this process, in N worker processes, or on Ray, always in input order;
4. events go to stdout (JSON lines) or into the store in batches; every article ends in the report
   with its outcome, and every skip, conflict and failure is told to ``notify`` as it happens.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from detente.ingest import IngestError
from detente.ingest.identity import DuplicateScreen, IdConflict
from detente.pipeline import Coded
from detente.records import Article, Event, Stative
from detente.run.incremental import Unchanged, only_new_or_changed
from detente.run.report import RunReport
from detente.store import Store, StoreError

Notify = Callable[[str, str], None]
"""``notify(kind, line)``: kind is "skipped", "failed" or "conflict"; line says which input and why."""

ENGINES = ("local", "ray")


@dataclass
class RunOptions:
    workers: int = 1
    engine: str = "local"
    address: str | None = None
    batch: int = 64
    force: bool = False
    parts: Path | None = None
    part_size: int | None = None


def code_run(
    items: Iterable[Article | IngestError],
    *,
    store: Store | None,
    options: RunOptions,
    notify: Notify,
    progress: Callable[[], None] = lambda: None,
) -> RunReport:
    """Run the steps above; the returned report counts every input item once."""
    if options.engine not in ENGINES:
        raise ValueError(f"unknown engine {options.engine!r}: use one of {', '.join(ENGINES)}")
    report = RunReport()
    stream: Iterable[object] = DuplicateScreen().screen(items)
    if store is not None and not options.force:
        stream = only_new_or_changed(stream, store)
    articles = _articles(stream, report, notify)
    sink = _Sink(store, options.batch, report, notify)
    try:
        if options.engine == "ray":
            _run_ray(articles, sink, options, report, notify, progress)
        else:
            from detente.run.workers import code_locally

            for coded in code_locally(articles, workers=options.workers, batch_size=options.batch):
                progress()
                if _account(coded, report, notify):
                    sink.add(coded.article, coded.events, coded.statives)
    finally:
        sink.flush()
    return report


def _articles(stream: Iterable[object], report: RunReport, notify: Notify) -> Iterator[Article]:
    for item in stream:
        if isinstance(item, Article):
            yield item
        elif isinstance(item, Unchanged):
            report.unchanged += 1
        elif isinstance(item, IdConflict):
            report.id_conflicts += 1
            notify("conflict", str(item))
        elif isinstance(item, IngestError):
            report.skip(item.reason)
            notify("skipped", str(item))


def _account(coded: Coded, report: RunReport, notify: Notify) -> bool:
    """Count one coded article; whether its events are to be kept."""
    where = coded.article.origin or coded.article.id
    if coded.error:
        report.failed += 1
        notify("failed", f"{where} ({coded.article.id}): {coded.error}")
        return False
    if coded.skipped:
        report.skip(coded.skipped)
        notify("skipped", f"{where}: {coded.skipped}")
        return False
    report.coded += 1
    report.events += len(coded.events)
    return True


class _Sink:
    """Events to stdout as they come, or articles to the store ``batch`` at a time (one transaction each)."""

    def __init__(self, store: Store | None, batch: int, report: RunReport, notify: Notify) -> None:
        self.store = store
        self.batch = batch
        self.report = report
        self.notify = notify
        self.pending: list[tuple[Article, list[Event], list[Stative]]] = []

    def add(self, article: Article, events: list[Event], statives: list[Stative] | None = None) -> None:
        if self.store is None:
            sys.stdout.write("".join(event.model_dump_json() + "\n" for event in events))
            sys.stdout.flush()
            return
        self.pending.append((article, events, statives or []))
        if len(self.pending) >= self.batch:
            self.flush()

    def write_records(self, records: Iterable[str]) -> None:
        sys.stdout.write("".join(record + "\n" for record in records))
        sys.stdout.flush()

    def flush(self) -> None:
        """Store the batch in one transaction; if the store refuses it, store its articles one by one, so one bad
        article fails alone (counted and told, its events not stored) and the rest of the batch is kept."""
        pending, self.pending = self.pending, []
        if self.store is None or not pending:
            return
        try:
            self.store.add(pending)
        except StoreError:
            for item in pending:
                try:
                    self.store.add([item])
                except StoreError as exc:
                    article, events = item[0], item[1]
                    self.report.coded -= 1
                    self.report.events -= len(events)
                    self.report.failed += 1
                    why = exc.__cause__ or exc  # the store's own reason, not "batch of 1 articles not stored"
                    self.notify("failed", f"{article.origin or article.id} ({article.id}): not stored: {why}")


def _run_ray(
    articles: Iterable[Article],
    sink: _Sink,
    options: RunOptions,
    report: RunReport,
    notify: Notify,
    progress: Callable[[], None],
) -> None:
    """Partitions on Ray; each finished partition is loaded into the store (or printed) in input order."""
    from detente.run import parts
    from detente.run.ray_engine import PART_SIZE, code_on_ray, connect

    actors = connect(options.address, options.workers if options.workers > 0 else None)
    folder = options.parts or Path(tempfile.mkdtemp(prefix="detente-parts-"))
    for table in parts.TABLES:  # parts of an earlier run in the same folder would be loaded with these
        for old in parts.part_files(folder, table):
            old.unlink()
    try:
        stream = code_on_ray(
            articles, folder, actors=actors, batch_size=options.batch, part_size=options.part_size or PART_SIZE
        )
        for part, result in stream:
            for article, (_, outcome, reason, n_events) in zip(part, result.outcomes, strict=True):
                progress()
                coded = Coded(article, error=reason if outcome == "failed" else None)
                coded.skipped = reason if outcome == "skipped" else None
                if _account(coded, report, notify):
                    report.events += n_events
            if sink.store is not None:
                parts.load_parts(sink.store, folder, [result.number])
            elif any(outcome == "coded" for _, outcome, _, _ in result.outcomes):
                sink.write_records(parts.records(folder, result.number))
    finally:
        if options.parts is None:
            shutil.rmtree(folder, ignore_errors=True)
