"""``detente events``: filtered events as a table, CSV, JSON lines or Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from detente.cli import options as o
from detente.cli.common import DB_HELP, DEFAULT_DB, app, err, print_rows

FORMATS = ("table", "csv", "jsonl", "parquet")


@app.command()
def events(
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
    actor: o.Actor = None,
    side: o.Side = "either",
    source: o.SourceCode = None,
    target: o.TargetCode = None,
    exact: o.Exact = False,
    country: o.Country = None,
    root: o.Root = None,
    cameo: o.Code = None,
    quad: o.Quad = None,
    plover: o.Plover = None,
    modality: o.Modality = None,
    since: o.Since = None,
    until: o.Until = None,
    date_basis: o.DateBasis = None,
    place: o.Place = None,
    place_country: o.PlaceCountry = None,
    article: o.ArticleId = None,
    negated: o.Negated = False,
    sort: Annotated[str, typer.Option(help="date, -date, goldstein, -goldstein, source, target or cameo")] = "date",
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many rows")] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many rows first")] = 0,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, jsonl or parquet")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file (Parquet needs one)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines (same as --format jsonl)")] = False,
) -> None:
    """Query the store: the events matching every filter given, oldest first unless --sort says otherwise."""
    from detente.query import SORTS, export_rows, find_events, write_dicts

    if as_json:
        fmt = "jsonl"
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if sort not in SORTS:
        raise typer.BadParameter(f"--sort must be one of {', '.join(SORTS)}")
    if fmt == "table" and output is not None:
        raise typer.BadParameter("--output needs --format csv, jsonl or parquet")
    if fmt == "parquet" and output is None:
        raise typer.BadParameter("Parquet is binary: give a file with --output")
    flt = o.filter_fields(
        actor=actor,
        side=side,
        source=source,
        target=target,
        exact=exact,
        country=country,
        root=root,
        code=cameo,
        quad=quad,
        plover=plover,
        modality=modality,
        since=since,
        until=until,
        date_basis=date_basis,
        place=place,
        place_country=place_country,
        article=article,
        negated=negated,
    )
    with o.reading(db) as store:
        if output is not None:
            n = export_rows(store, output, fmt, flt, sort=sort, limit=limit, offset=offset)  # type: ignore[arg-type]
            err.print(f"detente: {n} events written to {output}", highlight=False)
            return
        rows = find_events(store, flt, sort=sort, limit=limit, offset=offset)
    if fmt == "table":
        print_rows(rows, False, title=f"{len(rows)} events")
    else:
        write_dicts(rows, fmt)  # type: ignore[arg-type]
