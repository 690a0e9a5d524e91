"""``detente code``, ``explain`` and ``demo``: articles in, events out."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn

from detente.cli.actors import ACTORS_HELP, use_actors_option
from detente.cli.common import DB_HELP, app, err, out, parse_date, print_rows, read_if_path, read_reported
from detente.records import Article, Event


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
    actors: Annotated[Path | None, typer.Option("--actors", help=ACTORS_HELP)] = None,
) -> None:
    """Code articles: events as JSON lines on stdout, or into a DuckDB store with --db."""
    from detente.pipeline import Coder

    use_actors_option(actors)

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
        for coded in coder.code_many(read_reported(source, parse_date(date), fmt, fields, report)):
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


def _path(e: Event) -> str:
    """Which path coded an event: a pattern, or the learned layer with its probability."""
    if e.evidence.score is not None:
        return f"learned layer {e.evidence.rule} p={e.evidence.score:.2f}"
    return f"pattern {e.evidence.rule}"


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="A sentence or article text, or a path to a text file")],
    date: Annotated[str | None, typer.Option("--date", help="Article date (YYYY-MM-DD)")] = None,
    actors: Annotated[Path | None, typer.Option("--actors", help=ACTORS_HELP)] = None,
) -> None:
    """Show the events coded from a text and why every other candidate clause was skipped."""
    from detente import explain_text

    use_actors_option(actors)

    body = read_if_path(text)
    events, skips = explain_text(body, parse_date(date) or dt.date.today())
    for e in events:
        tgt = e.target.code if e.target else "-"
        loc = f" at {e.location.name}" if e.location else ""
        flags = " NEGATED" if e.negated else ""
        flags += f" {e.modality}" if e.modality != "asserted" else ""
        out.print(
            f"[green]event[/green] s{e.sentence_index} {e.source.code} -> {tgt} {e.cameo.code} {e.cameo.name} "
            f"on {e.date} ({e.date_precision}){loc}{flags}  [dim]{_path(e)}, "
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
            articles = list(read_reported(str(folder), None, None, {}, report))
        coder = Coder()
        with Store(path) as store:
            store.add([(c.article, c.events) for c in coder.code_many(articles) if not c.error])
        s = summary(path)
        out.print(
            f"coded {s['articles']} bundled articles into {path}: {s['events']} events, {s['actors']} actors",
            highlight=False,
        )
        print_rows(find_events(path), False, title="events")
