"""Rankings and an actor's timeline: the most active actors, dyads and event codes, and one actor over time."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from detente.query.dyad import PERIODS, Period, period_starts
from detente.query.filters import ActorCode, EventFilter
from detente.query.source import Source, connection, fetch_dicts
from detente.store.views import ACTOR_EVENTS_SELECT

TopKind = Literal["actors", "dyads", "codes"]
TOP_KINDS: tuple[str, ...] = ("actors", "dyads", "codes")

_MIX = """count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
       count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
       round(avg(goldstein), 3) AS goldstein_mean"""


def _actor_events(flt: EventFilter) -> tuple[str, list[Any]]:
    """The ``actor_events`` view's statement with the filter applied inside both of its halves."""
    where, params = flt.where()
    return ACTOR_EVENTS_SELECT.format(where=where), [*params, *params]


def top(source: Source, kind: TopKind = "actors", filters: EventFilter | None = None, *, n: int = 20) -> list[dict]:
    """The ``n`` actors, dyads (unordered pairs) or CAMEO codes with the most filtered events.

    Actors count every event they took part in, as source or target; dyads count both directions and say how many
    went each way (``a_to_b``, ``b_to_a``; ``actor_a`` sorts before ``actor_b``).
    """
    flt = filters or EventFilter()
    if kind == "actors":
        inner, params = _actor_events(flt)
        sql = f"""
            SELECT t.code, a.name, t.events, t.as_source, t.as_target, t.cooperation, t.conflict, t.goldstein_mean
            FROM (SELECT actor AS code, count(*) AS events,
                         count(*) FILTER (WHERE side = 'source') AS as_source,
                         count(*) FILTER (WHERE side = 'target') AS as_target, {_MIX}
                  FROM ({inner}) GROUP BY actor) AS t
            LEFT JOIN actors AS a ON a.code = t.code
            ORDER BY t.events DESC, t.code LIMIT ?"""
    elif kind == "dyads":
        where, params = flt.where()
        sql = f"""
            SELECT actor_a, actor_b, count(*) AS events,
                   count(*) FILTER (WHERE source_code = actor_a) AS a_to_b,
                   count(*) FILTER (WHERE source_code = actor_b) AS b_to_a, {_MIX}
            FROM (SELECT least(e.source_code, e.target_code) AS actor_a,
                         greatest(e.source_code, e.target_code) AS actor_b, e.*
                  FROM events AS e
                  WHERE e.target_code IS NOT NULL AND e.source_code <> e.target_code AND ({where}))
            GROUP BY actor_a, actor_b ORDER BY events DESC, actor_a, actor_b LIMIT ?"""
    elif kind == "codes":
        where, params = flt.where()
        sql = f"""
            SELECT cameo_code AS code, mode(cameo_name) AS name, cameo_root AS root, mode(quad_class) AS quad_class,
                   mode(plover_type) AS plover, count(*) AS events, round(avg(goldstein), 3) AS goldstein_mean
            FROM events AS e WHERE {where}
            GROUP BY cameo_code, cameo_root ORDER BY events DESC, code LIMIT ?"""
    else:
        raise ValueError(f"unknown ranking {kind!r}; use one of {', '.join(TOP_KINDS)}")
    with connection(source) as con:
        return fetch_dicts(con, sql, [*params, int(n)])


def timeline(
    source: Source,
    actor: ActorCode,
    *,
    by: Period = "month",
    filters: EventFilter | None = None,
) -> list[dict[str, Any]]:
    """One actor (code or prefix) period by period: events as source and as target, cooperation and conflict, mean
    Goldstein and the counterpart it dealt with most. Periods without events are included (zero), so the timeline
    has no gaps from the actor's first period to its last.
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    flt = filters or EventFilter()
    code = EventFilter(actor=actor).actor or ""
    match = "actor = ?" if flt.exact else "starts_with(actor, ?)"
    inner, params = _actor_events(flt)
    sql = f"""
        SELECT CAST(date_trunc('{by}', date) AS DATE) AS period, count(DISTINCT event_id) AS events,
               count(*) FILTER (WHERE side = 'source') AS as_source,
               count(*) FILTER (WHERE side = 'target') AS as_target, {_MIX},
               mode(counterpart) AS top_counterpart
        FROM ({inner}) WHERE date IS NOT NULL AND {match}
        GROUP BY period ORDER BY period"""
    with connection(source) as con:
        rows = fetch_dicts(con, sql, [*params, code])
    if not rows:
        return []
    found = {r["period"]: r for r in rows}
    starts = period_starts(dt.date.fromisoformat(rows[0]["period"]), dt.date.fromisoformat(rows[-1]["period"]), by)
    empty = {k: 0 for k in ("events", "as_source", "as_target", "cooperation", "conflict")}
    return [
        found.get(d.isoformat(), {"period": d.isoformat(), **empty, "goldstein_mean": None, "top_counterpart": None})
        for d in starts
    ]
