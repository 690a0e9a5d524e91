"""``detente code``, ``explain`` and ``demo``: articles in, events out."""

from __future__ import annotations

import datetime as dt
import json
import signal
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn
from rich.table import Table

from detente.cli.actors import ACTORS_HELP, use_actors_option
from detente.cli.common import (
    DB_HELP,
    DEFAULT_DB,
    app,
    err,
    need_db,
    out,
    parse_date,
    print_rows,
    read_if_path,
    read_reported,
)
from detente.records import Event
from detente.store.store import WRITER_MEMORY_LIMIT


@app.command()
def code(
    source: Annotated[str, typer.Argument(help="A text/JSONL/CSV/HTML file, a folder of them, or - for stdin.")],
    db: Annotated[Path | None, typer.Option("--db", help=f"{DB_HELP}: store events instead of printing them")] = None,
    date: Annotated[str | None, typer.Option("--date", help="Date (YYYY-MM-DD) for articles that carry none")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="Force the input format: text, jsonl or csv")] = None,
    id_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the article id")] = "id",
    date_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the date")] = "date",
    text_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the text")] = "text",
    title_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the title")] = "title",
    batch: Annotated[int, typer.Option(help="Articles per parse batch and per store transaction")] = 64,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", help="Processes coding in parallel (default: all cores; Ray: all its CPUs)"),
    ] = None,
    engine: Annotated[str, typer.Option(help="local (this machine) or ray (a Ray cluster)")] = "local",
    address: Annotated[
        str | None, typer.Option(help="Ray cluster to join (e.g. auto, or ray://head:10001); default: start one")
    ] = None,
    parts: Annotated[
        Path | None, typer.Option(help="Ray: keep the Parquet parts in this folder (default: a temporary one)")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-code articles already in the store unchanged")] = False,
    actors: Annotated[Path | None, typer.Option("--actors", help=ACTORS_HELP)] = None,
    db_memory: Annotated[
        str, typer.Option("--db-memory", help="DuckDB's buffer pool while writing the store (keeps a long run flat)")
    ] = WRITER_MEMORY_LIMIT,
) -> None:
    """Code articles: events as JSON lines on stdout, or into a DuckDB store with --db.

    Ends with a summary on stderr, one line per outcome: coded, unchanged, skipped (by reason), failed.
    """
    from detente.ingest import FieldMap, read_articles
    from detente.run import ENGINES, RunOptions, code_run, default_workers

    use_actors_option(actors)
    if engine not in ENGINES:
        raise typer.BadParameter(f"{engine!r}: use one of {', '.join(ENGINES)}", param_hint="--engine")
    if workers is not None and workers < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--workers")
    fields = FieldMap(id=id_field, date=date_field, text=text_field, title=title_field)
    try:
        items = read_articles(source, date=parse_date(date), fmt=fmt, fields=fields)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    options = RunOptions(
        workers=workers if workers is not None else (0 if engine == "ray" else default_workers()),
        engine=engine,
        address=address,
        batch=batch,
        force=force,
        parts=parts,
    )
    colours = {"skipped": "yellow", "failed": "red", "conflict": "magenta"}

    def notify(kind: str, line: str) -> None:
        label = "id conflict" if kind == "conflict" else kind
        err.print(f"[{colours[kind]}]{label}[/{colours[kind]}] {line}", highlight=False, soft_wrap=True)

    # `kill` (SIGTERM) unwinds like Ctrl-C: the batch in hand is written or rolled back, workers are stopped
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    store = None
    if db is not None:
        from detente.store import Store, StoreError

        try:
            store = Store(db, memory_limit=db_memory)
        except StoreError as exc:
            raise typer.BadParameter(str(exc), param_hint="--db/--db-memory") from None
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.completed} articles coded"), console=err, disable=not err.is_terminal
    )
    task = progress.add_task("code", total=None)
    try:
        progress.start()
        report = code_run(items, store=store, options=options, notify=notify, progress=lambda: progress.advance(task))
    finally:
        progress.stop()
        if store is not None:
            store.close()
    for line in report.lines(f" into {db}" if db else ""):
        err.print(line, highlight=False, soft_wrap=True)
    if report.coded + report.unchanged == 0 and (report.skipped or report.failed):
        raise typer.Exit(1)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


@app.command()
def load(
    folder: Annotated[Path, typer.Argument(help="Parquet parts written by detente code --engine ray --parts DIR")],
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
) -> None:
    """Load Parquet parts (articles/ and events/ under FOLDER) into a store, replacing those articles."""
    from detente.run.parts import load_parts, part_files
    from detente.store import Store

    if not part_files(folder, "articles"):
        err.print(f"detente: no parts in {folder} (expected {folder}/articles/part-*.parquet)")
        raise typer.Exit(1)
    with Store(db) as store:
        result = load_parts(store, folder)
    err.print(
        f"detente: loaded {result.articles_added + result.articles_replaced} articles "
        f"({result.articles_replaced} replaced) and {result.events_added} events into {db}",
        highlight=False,
    )


@app.command("coded-by")
def coded_by(
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table")] = False,
) -> None:
    """Which detente version and dictionaries coded how many articles of a store, and when."""
    from detente.store import Store

    need_db(db)
    with Store(db, read_only=True) as store:
        rows = store.coded_by()
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str) + "\n")
        return
    table = Table(title=f"articles of {db} by what coded them")
    for col in ("detente_version", "dictionaries", "articles", "events", "first_coded", "last_coded"):
        table.add_column(col)
    for row in rows:
        version = row["detente_version"] or "(before schema 3)"
        cells = [version, row["dictionaries"], row["articles"], row["events"], row["first_coded"], row["last_coded"]]
        table.add_row(*[str(c) if c is not None else "" for c in cells])
    out.print(table)


def _path(e: Event) -> str:
    """Which path coded an event: a pattern, or the learned layer with its probability; a bare statement is a pattern
    the statement model admitted, with its probability; and the confidence gate's probability that it is right."""
    gate = "" if e.evidence.gate is None else f", confidence gate p={e.evidence.gate:.2f}"
    if e.evidence.score is not None and e.evidence.rule.startswith("010."):
        return f"pattern {e.evidence.rule}, statement model p={e.evidence.score:.2f}{gate}"
    if e.evidence.score is not None:
        return f"learned layer {e.evidence.rule} p={e.evidence.score:.2f}{gate}"
    told = e.evidence.mention_of
    told_at = "" if told is None else f", a later mention of the event in sentence {told}"
    return f"pattern {e.evidence.rule}{gate}{told_at}"


def _carried(e: Event) -> str:
    """A place the event's own sentence does not name says so, and which sentence it was carried from."""
    loc = e.location
    if loc is None or loc.precision != "carried":
        return ""
    return " (carried" + (f" from s{loc.carried_from})" if loc.carried_from is not None else ")")


def _carried_day(e: Event) -> str:
    """A day the event's own sentence does not name says which sentence it was carried from (``date_from``)."""
    return f" (carried from s{e.evidence.date_from})" if e.evidence.date_from is not None else ""


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
        loc = f" at {e.location.name}{_carried(e)}" if e.location else ""
        flags = " NEGATED" if e.negated else ""
        flags += f" {e.modality}" if e.modality != "asserted" else ""
        # who asserted it: the code (or '?' when the speaker did not resolve) and the speaker's words
        flags += f" said by {e.attributed_to or '?'} ('{e.attributed_text}')" if e.attributed_text else ""
        out.print(
            f"[green]event[/green] s{e.sentence_index} {e.source.code} -> {tgt} {e.cameo.code} {e.cameo.name} "
            f"on {e.date} ({e.date_precision}){_carried_day(e)}{loc}{flags}  [dim]{_path(e)}, "
            f"'{e.evidence.trigger}'[/dim]",
            highlight=False,
        )
        for party, why in (("source", e.evidence.source_why), ("target", e.evidence.target_why)):
            if why:  # which entry, rule or earlier mention ("the person named in full as ...") gave the code
                out.print(f"      [dim]{party}: {why}[/dim]", highlight=False)
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
            store.add([(c.article, c.events, c.statives) for c in coder.code_many(articles) if not c.error])
        s = summary(path)
        out.print(
            f"coded {s['articles']} bundled articles into {path}: {s['events']} events, {s['actors']} actors",
            highlight=False,
        )
        print_rows(find_events(path), False, title="events")
