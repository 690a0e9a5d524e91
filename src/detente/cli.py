"""The ``detente`` command: a thin layer over the library.

Records go to stdout, one JSON object per line; logs, progress and summaries go
to stderr, so ``detente code corpus.jsonl > events.jsonl`` keeps only records.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import tempfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn
from rich.table import Table

from detente import __version__
from detente.records import Article, Event

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Dated English news in, political event data out: who did what to whom, when and where.",
)
err = Console(stderr=True)
out = Console()

DB_HELP = "DuckDB store file"
DEFAULT_DB = "detente.duckdb"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"detente {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log more to stderr.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr, format="detente: %(message)s"
    )


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _articles(
    source: str, date: dt.date | None, fmt: str | None, fields: dict[str, str], report: dict
) -> Iterator[Article]:
    from detente.ingest import FieldMap, IngestError, read_articles

    for item in read_articles(source, date=date, fmt=fmt, fields=FieldMap(**fields)):
        if isinstance(item, IngestError):
            report["errors"] += 1
            err.print(f"[yellow]skipped[/yellow] {item}", highlight=False, soft_wrap=True)
            continue
        report["articles"] += 1
        yield item


@app.command()
def code(
    source: Annotated[str, typer.Argument(help="A text/JSONL/CSV file, a folder of them, or - for stdin.")],
    db: Annotated[Path | None, typer.Option("--db", help=f"{DB_HELP}: store events instead of printing them")] = None,
    date: Annotated[str | None, typer.Option("--date", help="Date (YYYY-MM-DD) for articles that carry none")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="Force the input format: text, jsonl or csv")] = None,
    id_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the article id")] = "id",
    date_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the date")] = "date",
    text_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the text")] = "text",
    title_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the title")] = "title",
    batch: Annotated[int, typer.Option(help="Articles per parse batch and per store transaction")] = 64,
) -> None:
    """Code articles: events as JSON lines on stdout, or into a DuckDB store with --db."""
    from detente.pipeline import Coder

    fields = {"id": id_field, "date": date_field, "text": text_field, "title": title_field}
    report = {"articles": 0, "errors": 0, "events": 0, "failed": 0}
    coder = Coder(batch_size=batch)
    store = None
    if db is not None:
        from detente.store import Store

        store = Store(db)
    pending: list[tuple[Article, list[Event]]] = []
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.completed} articles coded"), console=err, disable=not err.is_terminal
    )
    task = progress.add_task("code", total=None)
    try:
        progress.start()
        for coded in coder.code_many(_articles(source, _parse_date(date), fmt, fields, report)):
            progress.advance(task)
            if coded.error:
                report["failed"] += 1
                err.print(f"[red]failed[/red] {coded.article.id}: {coded.error}", highlight=False)
                continue
            report["events"] += len(coded.events)
            if store is None:
                for event in coded.events:
                    sys.stdout.write(event.model_dump_json() + "\n")
                sys.stdout.flush()
            else:
                pending.append((coded.article, coded.events))
                if len(pending) >= batch:
                    store.add(pending)
                    pending = []
        if store is not None and pending:
            store.add(pending)
    finally:
        progress.stop()
        if store is not None:
            store.close()
    where = f" into {db}" if db else ""
    err.print(
        f"detente: {report['articles']} articles, {report['events']} events{where}; "
        f"{report['errors']} inputs skipped, {report['failed']} articles failed",
        highlight=False,
    )
    if report["articles"] == 0 and (report["errors"] or report["failed"]):
        raise typer.Exit(1)


def _read_if_path(text: str) -> str:
    """The text itself, or the contents of the file it names."""
    if "\n" in text or len(text) > 255:
        return text
    try:
        path = Path(text)
        return path.read_text(encoding="utf-8") if path.is_file() else text
    except (OSError, UnicodeDecodeError):
        return text


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="A sentence or article text, or a path to a text file")],
    date: Annotated[str | None, typer.Option("--date", help="Article date (YYYY-MM-DD)")] = None,
) -> None:
    """Show the events coded from a text and why every other candidate clause was skipped."""
    from detente import explain_text

    body = _read_if_path(text)
    events, skips = explain_text(body, _parse_date(date) or dt.date.today())
    for e in events:
        tgt = e.target.code if e.target else "-"
        loc = f" at {e.location.name}" if e.location else ""
        flags = " NEGATED" if e.negated else ""
        flags += f" {e.modality}" if e.modality != "asserted" else ""
        out.print(
            f"[green]event[/green] s{e.sentence_index} {e.source.code} -> {tgt} {e.cameo.code} {e.cameo.name} "
            f"on {e.date} ({e.date_precision}){loc}{flags}  [dim]rule {e.evidence.rule}, "
            f"'{e.evidence.trigger}'[/dim]",
            highlight=False,
        )
    for s in skips:
        out.print(
            f"[yellow]skip[/yellow]  s{s.sentence_index} '{s.trigger}' {s.rule or ''}: {s.reason}", highlight=False
        )
    if not events and not skips:
        out.print("no event verb or noun found")


@app.command()
def events(
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
    actor: Annotated[str | None, typer.Option(help="Source or target code prefix, e.g. IRN")] = None,
    source: Annotated[str | None, typer.Option(help="Source code prefix")] = None,
    target: Annotated[str | None, typer.Option(help="Target code prefix")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root code, e.g. 19")] = None,
    cameo: Annotated[str | None, typer.Option("--code", help="Exact CAMEO code, e.g. 042")] = None,
    since: Annotated[str | None, typer.Option(help="First event date (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date (YYYY-MM-DD)")] = None,
    negated: Annotated[bool, typer.Option("--negated", help="Include negated events")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many rows")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table")] = False,
) -> None:
    """Query the store: events as a table (or JSON lines)."""
    from detente.query import find_events

    _need_db(db)
    rows = find_events(
        db,
        actor=actor,
        source=source,
        target=target,
        root=root,
        code=cameo,
        since=_parse_date(since),
        until=_parse_date(until),
        include_negated=negated,
        limit=limit,
    )
    _print_rows(rows, as_json, title=f"{len(rows)} events")


def _need_db(db: Path) -> None:
    if not db.exists():
        err.print(f"detente: no store at {db}; create one with: detente code FILE --db {db}")
        raise typer.Exit(1)


def _print_rows(rows: list[dict], as_json: bool, title: str) -> None:
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str) + "\n")
        return
    console = out if out.is_terminal else Console(width=max(out.width, 150))  # a pipe gets whole rows
    table = Table(title=title)
    cols = ["date", "source", "target", "cameo", "name", "location"]
    if console.width >= 120:
        cols.append("sentence")
    widths = {"name": 30, "location": 16, "sentence": 48}
    for col in cols:
        table.add_column(
            col,
            no_wrap=col in widths,
            overflow="ellipsis",
            max_width=widths.get(col),
            min_width=len("2024-12-02") if col == "date" else None,
        )
    for row in rows:
        table.add_row(*[("" if row.get(c) is None else str(row.get(c))) for c in cols])
    console.print(table)


@app.command()
def schema() -> None:
    """Print the event record's JSON Schema."""
    sys.stdout.write(json.dumps(Event.model_json_schema(), indent=2) + "\n")


@app.command()
def validate() -> None:
    """Check every packaged dictionary against its schema."""
    from detente.data.schemas import validate_all

    problems = validate_all()
    for p in problems:
        err.print(p, highlight=False)
    if problems:
        raise typer.Exit(1)
    out.print("all data files valid")


@app.command(name="eval")
def evaluate_cmd(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files or folders of them")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON")] = False,
    misses: Annotated[bool, typer.Option("--misses", help="List missed and extra events")] = False,
) -> None:
    """Score the coder on a gold set: precision, recall and F1 per CAMEO root code and overall."""
    from detente.eval import evaluate, load_gold

    report = evaluate(load_gold(gold))
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
    else:
        table = Table(title=f"detente eval: {report.items} items")
        for col in ("root", "tp", "fp", "fn", "precision", "recall", "f1"):
            table.add_column(col, justify="right")
        rows = [*sorted(report.per_root.items()), ("all", report.overall)]
        for name, s in rows:
            table.add_row(name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
        out.print(table)
        matched = report.overall.tp
        out.print(
            f"of {matched} matched events: exact CAMEO code {report.code_exact}, "
            f"exact date {report.date_exact}/{report.dated}"
        )
    if misses:
        for line in report.misses:
            err.print(line, highlight=False)
    for line in report.errors:
        err.print(f"error {line}", highlight=False)


@app.command()
def demo(
    db: Annotated[
        Path | None, typer.Option("--db", help="Keep the demo store here (default: a temporary file)")
    ] = None,
) -> None:
    """Code the bundled example articles into a store and print what was found."""
    from detente.pipeline import Coder
    from detente.query import find_events, summary
    from detente.store import Store

    examples = resources.files("detente") / "examples"
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "demo.duckdb"
        report = {"articles": 0, "errors": 0}
        with resources.as_file(examples) as folder:
            articles = list(_articles(str(folder), None, None, {}, report))
        coder = Coder()
        with Store(path) as store:
            store.add([(c.article, c.events) for c in coder.code_many(articles) if not c.error])
        s = summary(path)
        out.print(
            f"coded {s['articles']} bundled articles into {path}: {s['events']} events, {s['actors']} actors",
            highlight=False,
        )
        _print_rows(find_events(path), False, title="events")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
