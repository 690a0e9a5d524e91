"""Options the desk commands share: the event filters, reading the store, and printing rows.

Every command that selects events (``events``, ``dyad``, ``network``, ``top``, ``timeline``,
``export``) takes the same filter options and turns them into one
:class:`~detente.query.EventFilter`, the record the web API builds from its parameters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from detente.cli.common import need_db, out, parse_date
from detente.store import Store

FILTERS = "Filters"

Actor = Annotated[
    str | None, typer.Option(help="Actor code or prefix (IRN matches IRNGOV, IRNMIL ...)", rich_help_panel=FILTERS)
]
Side = Annotated[str, typer.Option(help="Where --actor must appear: source, target or either", rich_help_panel=FILTERS)]
SourceCode = Annotated[str | None, typer.Option(help="Source code prefix", rich_help_panel=FILTERS)]
TargetCode = Annotated[str | None, typer.Option(help="Target code prefix", rich_help_panel=FILTERS)]
Exact = Annotated[
    bool, typer.Option("--exact", help="Actor codes match whole codes, not prefixes", rich_help_panel=FILTERS)
]
Country = Annotated[str | None, typer.Option(help="ISO alpha-3 country of either actor", rich_help_panel=FILTERS)]
Root = Annotated[str | None, typer.Option(help="CAMEO root code, e.g. 19", rich_help_panel=FILTERS)]
Code = Annotated[str | None, typer.Option("--code", help="Exact CAMEO code, e.g. 042", rich_help_panel=FILTERS)]
Quad = Annotated[
    int | None,
    typer.Option("--quad", help="QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict",
                 rich_help_panel=FILTERS),
]  # fmt: skip
Plover = Annotated[str | None, typer.Option(help="PLOVER event type, e.g. ASSAULT", rich_help_panel=FILTERS)]
Modality = Annotated[
    str | None,
    typer.Option(help="asserted, intent, threat, demand, claim or hypothetical", rich_help_panel=FILTERS),
]
Since = Annotated[str | None, typer.Option(help="First event date (YYYY-MM-DD)", rich_help_panel=FILTERS)]
Until = Annotated[str | None, typer.Option(help="Last event date (YYYY-MM-DD)", rich_help_panel=FILTERS)]
DateBasis = Annotated[
    str | None,
    typer.Option(
        "--date-basis",
        help="Where the day came from: own (the sentence's date words), carried (another sentence's day) or article "
        "(the article's date, as a fallback)",
        rich_help_panel=FILTERS,
    ),
]
Place = Annotated[str | None, typer.Option(help="Part of the place name, any case", rich_help_panel=FILTERS)]
PlaceCountry = Annotated[
    str | None, typer.Option("--place-country", help="ISO alpha-3 country of the place", rich_help_panel=FILTERS)
]
ArticleId = Annotated[str | None, typer.Option("--article", help="One article's events", rich_help_panel=FILTERS)]
Negated = Annotated[
    bool, typer.Option("--negated", help="Include negated events (left out by default)", rich_help_panel=FILTERS)
]


def event_filter(**fields: Any) -> Any:
    """An EventFilter from CLI options; a bad value is a usage error naming the option."""
    from detente.query import EventFilter

    values = {k: v for k, v in fields.items() if v is not None}
    for key in ("since", "until"):
        if isinstance(values.get(key), str):
            values[key] = parse_date(values[key])
    try:
        return EventFilter(**values)
    except ValidationError as exc:
        problems = "; ".join(_problem(e) for e in exc.errors())
        raise typer.BadParameter(problems) from None


def _problem(error: Any) -> str:
    """One validation error as ``--option: message`` (whole-filter errors without an option name)."""
    msg = str(error["msg"]).removeprefix("Value error, ")
    if not error["loc"]:
        return msg
    return f"--{'.'.join(map(str, error['loc'])).replace('_', '-')}: {msg}"


def filter_fields(
    *,
    actor: str | None = None,
    side: str = "either",
    source: str | None = None,
    target: str | None = None,
    exact: bool = False,
    country: str | None = None,
    root: str | None = None,
    code: str | None = None,
    quad: int | None = None,
    plover: str | None = None,
    modality: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    date_basis: str | None = None,
    place: str | None = None,
    place_country: str | None = None,
    article: str | None = None,
    negated: bool = False,
) -> Any:
    """The shared filter options, as a command received them, into one EventFilter."""
    return event_filter(
        actor=actor,
        side=side,
        source=source,
        target=target,
        exact=exact,
        country=country,
        root=root,
        code=code,
        quad_class=quad,
        plover=plover,
        modality=modality,
        since=since,
        until=until,
        date_basis=date_basis,
        place=place,
        place_country=place_country,
        article_id=article,
        include_negated=negated,
    )


@contextmanager
def reading(db: Path) -> Iterator[Store]:
    """The store opened for reading; when another process writes it, a copy (the query layer logs a note)."""
    from detente.query import reading_store

    need_db(db)
    try:
        with reading_store(db) as store:
            yield store
    except ValueError as exc:  # bad codes or periods caught by the query layer
        raise typer.BadParameter(str(exc)) from None


def print_table(rows: list[dict[str, Any]], title: str, columns: list[str] | None = None) -> None:
    """Rows as a rich table (all keys of the first row unless ``columns`` are given)."""
    console = out if out.is_terminal else Console(width=max(out.width, 150))
    table = Table(title=title)
    cols = columns or (list(rows[0]) if rows else [])
    for col in cols:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*["" if row.get(c) is None else str(row.get(c)) for c in cols])
    console.print(table)


ROW_FORMATS = ("table", "csv", "jsonl")
RowFormat = Annotated[str, typer.Option("--format", "-f", help="table, csv or jsonl")]


def emit(rows: list[dict[str, Any]], fmt: str, title: str, columns: list[str] | None = None) -> None:
    """Rows in the format asked for: a table for people, CSV or JSON lines for programs."""
    from detente.query import write_dicts

    if fmt == "table":
        print_table(rows, title, columns)
    elif fmt in ("csv", "jsonl"):
        write_dicts(rows, fmt)  # type: ignore[arg-type]
    else:
        raise typer.BadParameter(f"--format must be one of {', '.join(ROW_FORMATS)}")
