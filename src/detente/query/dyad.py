"""Dyads: the events between two actors, and their counts, Goldstein and QuadClass mix over time."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from detente.query.events import ROW_KEYS, ROW_SELECT
from detente.query.filters import ActorCode, EventFilter, make_filter, order_by
from detente.query.source import Source, connection, fetch_dicts

Period = Literal["day", "week", "month", "year"]
PERIODS: tuple[str, ...] = ("day", "week", "month", "year")
QUADS: tuple[str, ...] = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


def _code(value: str) -> str:
    """Validate an actor code like the filters do (letters and digits), upper-cased."""
    return EventFilter(actor=value).actor or ""


def _pair_where(a: str, b: str, exact: bool) -> tuple[str, list[Any], str, list[Any]]:
    """The condition "a acted on b or b on a" and the expression telling the two directions apart."""
    match = "e.{col} = ?" if exact else "starts_with(e.{col}, ?)"
    src, tgt = match.format(col="source_code"), match.format(col="target_code")
    where = f"(({src} AND {tgt}) OR ({src} AND {tgt}))"
    direction = f"CASE WHEN {src} AND {tgt} THEN 'ab' ELSE 'ba' END"
    return where, [a, b, b, a], direction, [a, b]


def dyad(
    store_or_path: Source,
    a: str,
    b: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
    *,
    include_negated: bool = False,
    limit: int | None = None,
    offset: int = 0,
    filters: EventFilter | None = None,
    exact: bool = False,
    sort: str = "date",
) -> list[dict[str, Any]]:
    """Events between ``a`` and ``b`` in either direction (codes matched by prefix), oldest first.

    This is the usual unit of analysis for a relationship ("TUR" and "SYR" over a year), so both directions come
    back together; the ``source`` key says who acted.
    """
    a, b = _code(a), _code(b)
    flt = make_filter(filters, since=since, until=until, include_negated=include_negated or None)
    pair, pair_params, _, _ = _pair_where(a, b, exact)
    where, params = flt.where()
    sql = f"{ROW_SELECT} WHERE {pair} AND ({where}){order_by(sort)}"
    all_params = [*pair_params, *params]
    if limit is not None:
        sql += " LIMIT ?"
        all_params.append(int(limit))
    if offset:
        sql += " OFFSET ?"
        all_params.append(int(offset))
    with connection(store_or_path) as con:
        return fetch_dicts(con, sql, all_params, ROW_KEYS)


def period_starts(first: dt.date, last: dt.date, by: str) -> list[dt.date]:
    """Every period start from ``first`` to ``last`` (both already truncated to ``by``)."""
    out = []
    day = first
    while day <= last:
        out.append(day)
        if by == "day":
            day += dt.timedelta(days=1)
        elif by == "week":
            day += dt.timedelta(days=7)
        elif by == "month":
            day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        else:
            day = dt.date(day.year + 1, 1, 1)
    return out


def _empty() -> dict[str, Any]:
    return {"events": 0, "goldstein_sum": 0.0, "goldstein_mean": None, **dict.fromkeys(QUADS, 0)}


def dyad_series(
    source: Source,
    a: ActorCode,
    b: ActorCode,
    *,
    by: Period = "week",
    filters: EventFilter | None = None,
    exact: bool = False,
) -> dict[str, Any]:
    """Per period and per direction: event count, summed and mean Goldstein and the QuadClass mix.

    Periods run without gaps from the first to the last period with an event (weeks start on Monday), so the
    series can be plotted as is. Events without a date are left out; ``totals`` sums each direction.
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    a, b = _code(a), _code(b)
    pair, pair_params, direction, dir_params = _pair_where(a, b, exact)
    where, params = (filters or EventFilter()).where()
    quads = ", ".join(f"count(*) FILTER (WHERE e.quad_class = {i + 1}) AS {q}" for i, q in enumerate(QUADS))
    sql = f"""
        SELECT CAST(date_trunc('{by}', e.date) AS DATE) AS period, {direction} AS direction,
               count(*) AS events, sum(e.goldstein) AS goldstein_sum, avg(e.goldstein) AS goldstein_mean, {quads}
        FROM events AS e
        WHERE e.date IS NOT NULL AND {pair} AND ({where})
        GROUP BY ALL ORDER BY period, direction
    """
    with connection(source) as con:
        cur = con.execute(sql, [*dir_params, *pair_params, *params])
        names = [d[0] for d in cur.description]
        found = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    by_period: dict[dt.date, dict[str, dict[str, Any]]] = {}
    for row in found:
        stats = {k: row[k] for k in ("events", "goldstein_sum", "goldstein_mean", *QUADS)}
        stats["goldstein_sum"] = round(float(stats["goldstein_sum"] or 0.0), 3)
        mean = stats["goldstein_mean"]
        stats["goldstein_mean"] = round(float(mean), 3) if mean is not None else None
        by_period.setdefault(row["period"], {})[row["direction"]] = stats
    periods = period_starts(min(by_period), max(by_period), by) if by_period else []
    series = []
    totals = {"ab": _empty(), "ba": _empty()}
    for start in periods:
        entry: dict[str, Any] = {"period": start.isoformat()}
        for d in ("ab", "ba"):
            stats = by_period.get(start, {}).get(d, _empty())
            entry[d] = stats
            t = totals[d]
            t["events"] += stats["events"]
            t["goldstein_sum"] = round(t["goldstein_sum"] + stats["goldstein_sum"], 3)
            for q in QUADS:
                t[q] += stats[q]
        series.append(entry)
    for t in totals.values():
        t["goldstein_mean"] = round(t["goldstein_sum"] / t["events"], 3) if t["events"] else None
    return {
        "a": a,
        "b": b,
        "by": by,
        "directions": {"ab": f"{a} → {b}", "ba": f"{b} → {a}"},
        "periods": series,
        "totals": totals,
    }


def series_rows(series: dict[str, Any]) -> list[dict[str, Any]]:
    """The series as flat rows (period, direction, counts), for tables and CSV."""
    rows = []
    for entry in series["periods"]:
        for d in ("ab", "ba"):
            rows.append({"period": entry["period"], "direction": series["directions"][d], **entry[d]})
    return rows
