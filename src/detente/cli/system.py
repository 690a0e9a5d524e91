"""``detente system``: the relations between actors as of a date, what changed, and how well we draw them.

detente system --db events.duckdb --as-of 2017-12-31 --window 90d               # a table
detente system --db events.duckdb --as-of 2017-12-31 --format png -o system.png  # json|graphml|dot|png|html
detente system diff --db events.duckdb --from 2017-11-15 --to 2017-12-31
detente system balance --db events.duckdb --from 2017-11-01 --to 2017-12-31 --step 15d
detente system eval tests/system/dev_relations.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from detente.cli.common import DB_HELP, DEFAULT_DB, app, err, need_db, out, parse_date
from detente.system.view import SystemView

FORMATS = ("table", "json", "graphml", "dot", "png", "html")

system_app = typer.Typer(
    help="The system of relations between actors as of a date (alliance, support, cooperation, hostility, "
    "label, membership, mediation), with blocs and structural balance.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(system_app, name="system")

DbOption = Annotated[Path, typer.Option("--db", help=DB_HELP)]
WindowOption = Annotated[str, typer.Option("--window", help="Evidence window before the date: 90d, 12w, 6m, 1y, all")]
StatesOption = Annotated[
    bool, typer.Option("--states", help="Fold each state's organs (GOV, MIL, COP ...) into the country")
]
HalfLifeOption = Annotated[
    str | None, typer.Option("--half-life", help="Half-life of evidence, e.g. 30d (default: the data file's 30d)")
]


def _view(db: Path, as_of: str, window: str, half_life: str | None, states: bool) -> SystemView:
    from detente.system import system

    need_db(db)
    try:
        return system(db, parse_date(as_of), window, half_life=half_life, states=states)  # type: ignore[arg-type]
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


@system_app.callback()
def system_cmd(
    ctx: typer.Context,
    db: DbOption = Path(DEFAULT_DB),
    as_of: Annotated[str | None, typer.Option("--as-of", help="The date of the system (YYYY-MM-DD)")] = None,
    window: WindowOption = "90d",
    half_life: HalfLifeOption = None,
    states: StatesOption = False,
    fmt: Annotated[str, typer.Option("--format", help="table, json, graphml, dot, png or html")] = "table",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here (png and graphml need it)")] = None,
    top: Annotated[
        int | None, typer.Option("--top", help="Draw only the N heaviest relations (png, html, dot)")
    ] = None,
    frames: Annotated[int, typer.Option("--frames", help="Dates on the html page's time slider (1: none)")] = 6,
    step: Annotated[str, typer.Option("--step", help="Days between the slider's dates, e.g. 15d")] = "15d",
) -> None:
    """The relations between actors as of a date: a table, JSON, GraphML, DOT, a PNG picture or an HTML page."""
    if ctx.invoked_subcommand is not None:
        return
    if as_of is None:
        err.print("detente system: give --as-of YYYY-MM-DD (or a subcommand: diff, balance, eval)")
        raise typer.Exit(2)
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if fmt in ("png", "graphml") and output is None:
        raise typer.BadParameter(f"--format {fmt} needs -o FILE")
    from detente.system import render

    view = _view(db, as_of, window, half_life, states)
    if fmt == "table":
        _print_table(view)
        return
    pictured = render.drawn(view, top) if fmt in ("png", "html", "dot") else view
    if fmt == "json":
        _emit(render.to_json(view), output)
    elif fmt == "dot":
        _emit(render.to_dot(pictured), output)
    elif fmt == "html":
        _emit(render.to_html(pictured, _earlier(db, view, window, half_life, states, frames, step, top)), output)
    elif fmt == "png" and output is not None:
        render.to_png(pictured, output)
    elif fmt == "graphml" and output is not None:
        render.to_graphml(view, output)
    if output is not None:  # a picture says how many of the relations it draws
        shown = f"{len(pictured.relations)} of " if pictured is not view else ""
        err.print(f"detente: wrote {fmt} of {shown}{len(view.relations)} relations to {output}", highlight=False)


def _earlier(
    db: Path,
    view: SystemView,
    window: str,
    half_life: str | None,
    states: bool,
    frames: int,
    step: str,
    top: int | None,
) -> list[SystemView]:
    """The system at the slider's earlier dates, oldest first: ``frames - 1`` dates ``step`` apart before the view's."""
    from detente.system import render
    from detente.system.view import slider_dates

    dates = slider_dates(view.as_of, frames, step)
    return [render.drawn(_view(db, d.isoformat(), window, half_life, states), top) for d in dates]


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.write_text(text, encoding="utf-8")


def _print_table(view: SystemView) -> None:
    console = out if out.is_terminal else Console(width=max(out.width, 160))
    bloc = {a.code: a.bloc for a in view.actors}
    table = Table(
        title=f"{len(view.relations)} relations as of {view.as_of} (window {view.window}, "
        f"half-life {view.half_life_days:g}d)"
    )
    for col in ("source", "kind", "sign", "target", "weight", "events", "statives", "last seen", "said by", "blocs"):
        width = {"said by": 24}.get(col)
        table.add_column(
            col,
            justify="right" if col in ("weight", "events", "statives") else "left",
            max_width=width,
            no_wrap=width is not None,
            overflow="ellipsis",
        )
    for r in view.relations:
        blocs = f"{bloc.get(r.source, '')}/{bloc.get(r.target, '')}" if r.source else ""
        table.add_row(
            r.source or "(author)",
            r.kind,
            r.sign,
            r.target,
            f"{r.weight:.2f}",
            str(r.events),
            str(r.statives),
            str(r.last_seen),
            r.attributed_to or "",
            blocs,
        )
    console.print(table)
    for r in view.ended:  # closed by an ending inside the window: not among the relations above
        console.print(f"ended {r.ended_on}: {r.source or '(author)'} {r.kind} {r.sign} {r.target}", highlight=False)
    if view.balance is not None and view.balance.triads:
        console.print(
            f"structural balance: {view.balance.index:.2f} of {view.balance.triads} triads balanced; "
            f"{len(view.balance.unbalanced)} unbalanced",
            highlight=False,
        )
        for t in view.balance.unbalanced[:5]:
            console.print(f"  unbalanced: {' '.join(t.actors)} signs {' '.join(t.signs)}", highlight=False)
    if view.bridges:
        console.print(f"bridges between blocs: {', '.join(view.bridges)}", highlight=False)


@system_app.command()
def diff(
    db: DbOption = Path(DEFAULT_DB),
    start: Annotated[str, typer.Option("--from", help="Earlier date (YYYY-MM-DD)")] = ...,  # type: ignore[assignment]
    end: Annotated[str, typer.Option("--to", help="Later date (YYYY-MM-DD)")] = ...,  # type: ignore[assignment]
    window: WindowOption = "90d",
    half_life: HalfLifeOption = None,
    states: StatesOption = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """What formed, ended (left the window), broke (an article said it ended) or changed sign between the system
    as of two dates, heaviest first."""
    from detente.system import system_diff

    need_db(db)
    day_from, day_to = parse_date(start), parse_date(end)
    result = system_diff(db, day_from, day_to, window, half_life=half_life, states=states)  # type: ignore[arg-type]
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    for what in ("formed", "ended", "broke", "flipped"):
        rows = result[what]
        out.print(f"[bold]{what}[/bold] ({len(rows)})")
        for r in rows:
            was = f" (was {r['was']})" if "was" in r else ""
            out.print(
                f"  {r['source'] or '(author)'} {r['kind']} {r['sign']}{was} {r['target']}  weight {r['weight']:.2f}",
                highlight=False,
            )
            for e in r.get("ending", []):  # broke: what said it ended
                out.print(f"    ended {e['date']}: {e['sentence']}", highlight=False, soft_wrap=True)


@system_app.command()
def balance(
    db: DbOption = Path(DEFAULT_DB),
    start: Annotated[str, typer.Option("--from", help="First date (YYYY-MM-DD)")] = ...,  # type: ignore[assignment]
    end: Annotated[str, typer.Option("--to", help="Last date (YYYY-MM-DD)")] = ...,  # type: ignore[assignment]
    step: Annotated[str, typer.Option("--step", help="Days between dates, e.g. 15d")] = "30d",
    window: WindowOption = "90d",
    half_life: HalfLifeOption = None,
    states: StatesOption = False,
) -> None:
    """Structural balance over time: the share of balanced triads as of each date."""
    from detente.system import balance_series
    from detente.system.view import parse_days

    need_db(db)
    days = parse_days(step) or 30
    day_from, day_to = parse_date(start), parse_date(end)
    series = balance_series(db, day_from, day_to, days, window, half_life=half_life, states=states)  # type: ignore[arg-type]
    for day, bal in series:
        index = "-" if bal.index is None else f"{bal.index:.3f}"
        out.print(f"{day}  balance {index}  triads {bal.triads}  unbalanced {len(bal.unbalanced)}", highlight=False)


@system_app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Relations gold file (JSON lines: id, date, text, relations)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON")] = False,
    misses: Annotated[bool, typer.Option("--misses", help="List missed and extra relations")] = False,
) -> None:
    """Score the relations drawn from each article on a gold set: precision, recall, F1 on
    (source, target, kind, sign); alliance and cooperation are compared without direction."""
    from detente.system.evaluate import evaluate_relations, load_relations_gold

    report = evaluate_relations(load_relations_gold(gold))
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
    else:
        table = Table(title=f"detente system eval: {report.items} articles")
        for col in ("kind", "tp", "fp", "fn", "precision", "recall", "f1"):
            table.add_column(col, justify="right")
        for name, s in [*sorted(report.per_kind.items()), ("all", report.overall), ("country", report.country)]:
            table.add_row(name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
        out.print(table)
        out.print("'country': the same score with every actor code cut to its country (IRNGOV -> IRN)")
    if misses:
        for line in report.misses:
            err.print(line, highlight=False)
