"""What every command shares: the Typer app, the consoles and small option parsers.

Records go to stdout, one JSON object per line; logs, progress and summaries go
to stderr, so ``detente code corpus.jsonl > events.jsonl`` keeps only records.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from detente import __version__
from detente.records import Article

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


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def read_reported(
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


def read_if_path(text: str) -> str:
    """The text itself, or the contents of the file it names."""
    if "\n" in text or len(text) > 255:
        return text
    try:
        path = Path(text)
        return path.read_text(encoding="utf-8") if path.is_file() else text
    except (OSError, UnicodeDecodeError):
        return text


def need_db(db: Path) -> None:
    if not db.exists():
        err.print(f"detente: no store at {db}; create one with: detente code FILE --db {db}")
        raise typer.Exit(1)


def print_rows(rows: list[dict], as_json: bool, title: str) -> None:
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
