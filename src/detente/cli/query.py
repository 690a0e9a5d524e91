"""``detente events``: query the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from detente.cli.common import DB_HELP, DEFAULT_DB, app, need_db, parse_date, print_rows


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

    need_db(db)
    rows = find_events(
        db,
        actor=actor,
        source=source,
        target=target,
        root=root,
        code=cameo,
        since=parse_date(since),
        until=parse_date(until),
        include_negated=negated,
        limit=limit,
    )
    print_rows(rows, as_json, title=f"{len(rows)} events")
