"""The analyst's desk: ``detente dyad``, ``network``, ``top``, ``timeline`` and ``export``."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from detente.cli import options as o
from detente.cli.common import DB_HELP, DEFAULT_DB, app, err, print_rows

Db = Annotated[Path, typer.Option("--db", help=DB_HELP)]
By = Annotated[str, typer.Option("--by", help="Period: day, week, month or year")]


def _check(value: str, allowed: tuple[str, ...], option: str) -> str:
    if value not in allowed:
        raise typer.BadParameter(f"{option} must be one of {', '.join(allowed)}")
    return value


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="First actor code or prefix, e.g. IRN")],
    b: Annotated[str, typer.Argument(help="Second actor code or prefix, e.g. TUR")],
    db: Db = Path(DEFAULT_DB),
    by: By = "week",
    plot: Annotated[Path | None, typer.Option("--plot", help="Draw the series to this PNG (or .svg, .pdf)")] = None,
    list_events: Annotated[bool, typer.Option("--events", help="List the dyad's events instead")] = False,
    exact: o.Exact = False,
    root: o.Root = None,
    quad: o.Quad = None,
    plover: o.Plover = None,
    modality: o.Modality = None,
    since: o.Since = None,
    until: o.Until = None,
    place: o.Place = None,
    negated: o.Negated = False,
    fmt: o.RowFormat = "table",
) -> None:
    """Two actors, both directions: events, summed and mean Goldstein and the QuadClass mix per period."""
    from detente import query as q

    _check(by, q.PERIODS, "--by")
    flt = o.filter_fields(
        root=root, quad=quad, plover=plover, modality=modality, since=since, until=until, place=place, negated=negated
    )
    with o.reading(db) as store:
        if list_events:
            rows = q.dyad(store, a, b, filters=flt, exact=exact)
            if fmt == "table":
                print_rows(rows, False, title=f"{len(rows)} events between {a.upper()} and {b.upper()}")
            else:
                o.emit(rows, fmt, "")
            return
        series = q.dyad_series(store, a, b, by=by, filters=flt, exact=exact)
    rows = q.series_rows(series)
    if fmt == "table":
        shown = [r for r in rows if r["events"]]
        o.print_table(shown, f"{series['a']} and {series['b']} per {by} (periods with events)")
        for d in ("ab", "ba"):
            t = series["totals"][d]
            err.print(
                f"{series['directions'][d]}: {t['events']} events, Goldstein sum {t['goldstein_sum']}, "
                f"mean {t['goldstein_mean']}",
                highlight=False,
            )
    else:
        o.emit(rows, fmt, "")
    if plot is not None:
        from detente.query.plot import plot_dyad

        plot_dyad(series, plot)
        err.print(f"detente: plot written to {plot}", highlight=False)


@app.command()
def network(
    db: Db = Path(DEFAULT_DB),
    graph_format: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf or json")] = "graphml",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (default: stdout)")] = None,
    min_events: Annotated[int, typer.Option("--min-events", min=1, help="Keep edges with this many events")] = 1,
    max_nodes: Annotated[int | None, typer.Option("--max-nodes", min=1, help="Keep the most active actors")] = None,
    betweenness: Annotated[bool, typer.Option("--betweenness", help="Also compute betweenness (slow)")] = False,
    actor: o.Actor = None,
    exact: o.Exact = False,
    country: o.Country = None,
    root: o.Root = None,
    quad: o.Quad = None,
    plover: o.Plover = None,
    modality: o.Modality = None,
    since: o.Since = None,
    until: o.Until = None,
    negated: o.Negated = False,
) -> None:
    """The actor network: directed edges with cooperation and conflict weights, centrality per actor."""
    from detente import query as q

    _check(graph_format, q.GRAPH_FORMATS, "--format")
    flt = o.filter_fields(
        actor=actor,
        exact=exact,
        country=country,
        root=root,
        quad=quad,
        plover=plover,
        modality=modality,
        since=since,
        until=until,
        negated=negated,
    )
    with o.reading(db) as store:
        graph = q.actor_network(store, flt, min_events=min_events, max_nodes=max_nodes, betweenness=betweenness)
    if output is None:
        with tempfile.TemporaryDirectory() as tmp:
            path = q.write_graph(graph, Path(tmp) / f"graph.{graph_format}", graph_format)  # type: ignore[arg-type]
            with path.open("rb") as written:  # streamed: a whole-network file is tens of megabytes
                shutil.copyfileobj(written, sys.stdout.buffer, 1 << 20)
            sys.stdout.flush()
    else:
        q.write_graph(graph, output, graph_format)  # type: ignore[arg-type]
    ranks = graph.nodes["pagerank"]
    central = sorted(range(graph.n_nodes), key=lambda i: -ranks[i])[:5]
    err.print(
        f"detente: {graph.n_nodes} actors, {graph.n_edges} edges"
        + (f" written to {output}" if output else "")
        + "; most central: "
        + ", ".join(f"{graph.codes[i]} ({ranks[i]:.3f})" for i in central),
        highlight=False,
    )


@app.command()
def top(
    kind: Annotated[str, typer.Argument(help="actors, dyads or codes")],
    db: Db = Path(DEFAULT_DB),
    n: Annotated[int, typer.Option("-n", min=1, max=100_000, help="How many")] = 20,
    actor: o.Actor = None,
    side: o.Side = "either",
    exact: o.Exact = False,
    country: o.Country = None,
    root: o.Root = None,
    quad: o.Quad = None,
    plover: o.Plover = None,
    modality: o.Modality = None,
    since: o.Since = None,
    until: o.Until = None,
    place: o.Place = None,
    negated: o.Negated = False,
    fmt: o.RowFormat = "table",
) -> None:
    """The actors, dyads or CAMEO codes with the most events."""
    from detente import query as q

    _check(kind, q.TOP_KINDS, "KIND")
    flt = o.filter_fields(
        actor=actor,
        side=side,
        exact=exact,
        country=country,
        root=root,
        quad=quad,
        plover=plover,
        modality=modality,
        since=since,
        until=until,
        place=place,
        negated=negated,
    )
    with o.reading(db) as store:
        rows = q.top(store, kind, flt, n=n)  # type: ignore[arg-type]
    o.emit(rows, fmt, f"top {len(rows)} {kind} ({flt.describe()})")


@app.command()
def timeline(
    actor_code: Annotated[str, typer.Argument(metavar="ACTOR", help="Actor code or prefix, e.g. IRNGOV or IRN")],
    db: Db = Path(DEFAULT_DB),
    by: By = "month",
    exact: o.Exact = False,
    root: o.Root = None,
    quad: o.Quad = None,
    plover: o.Plover = None,
    modality: o.Modality = None,
    since: o.Since = None,
    until: o.Until = None,
    place: o.Place = None,
    negated: o.Negated = False,
    fmt: o.RowFormat = "table",
) -> None:
    """One actor over time: events as source and target, cooperation, conflict and its main counterpart."""
    from detente import query as q

    _check(by, q.PERIODS, "--by")
    flt = o.filter_fields(
        exact=exact, root=root, quad=quad, plover=plover, modality=modality, since=since, until=until, place=place,
        negated=negated,
    )  # fmt: skip
    with o.reading(db) as store:
        rows = q.timeline(store, actor_code, by=by, filters=flt)  # type: ignore[arg-type]
    o.emit(rows, fmt, f"{actor_code.upper()} per {by}")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="gdelt, plover, parquet or csv")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write")],
    db: Db = Path(DEFAULT_DB),
    sort: Annotated[str, typer.Option(help="date, -date, goldstein, -goldstein, source, target or cameo")] = "date",
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
) -> None:
    """Write the filtered events as GDELT-like TSV, PLOVER JSON lines, Parquet or CSV."""
    from detente import query as q

    _check(fmt, q.EXPORT_FORMATS, "--format")
    _check(sort, tuple(q.SORTS), "--sort")
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
        n = q.export(store, output, fmt, flt, sort=sort)  # type: ignore[arg-type]
    err.print(f"detente: {n} events written to {output} ({fmt})", highlight=False)
