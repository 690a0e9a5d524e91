"""The system of relations between actors as of a date, from the stored events and statives.

>>> import detente
>>> view = detente.system("events.duckdb", as_of="2017-12-31", window="90d")  # doctest: +SKIP
>>> view.relations[0].source, view.relations[0].kind, view.relations[0].sign  # doctest: +SKIP

``system_json`` returns the same as a plain dict (what ``detente system --format json`` prints and what a
web route serves); ``system_diff`` says what formed, ended, broke or flipped between two dates. The module itself
is callable, so ``detente.system(db, as_of=...)`` works as the API the issue names while
``detente.system.statives`` stays the stage that reads statives off the parse.

Heavy imports (DuckDB, igraph) happen inside the functions: the coding pipeline imports ``statives`` from
this package and should not pay for them.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

    from detente.system.view import Balance, SystemView

__all__ = ["balance_series", "system", "system_diff", "system_json", "system_of"]


def _day(value: str | dt.date) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def system(
    db: str | os.PathLike[str],
    as_of: str | dt.date,
    window: str | int | None = "90d",
    *,
    half_life: str | int | float | None = None,
    states: bool = False,
    analyse: bool = True,
) -> SystemView:
    """The relations of the store at ``db`` as of a date, from evidence in the ``window`` before it
    ('90d', '12w', '6m', '1y', 'all'), decayed with ``half_life`` (default: the data file's 30 days).
    ``states=True`` folds each state's organs (government, military, police ...) into the country."""
    from detente.store import Store
    from detente.system import relations_table

    with Store(db, read_only=not _writable(db)) as store:
        if not store.read_only:
            relations_table.refresh(store.con)
        return system_of(store.con, as_of, window, half_life=half_life, states=states, analyse=analyse)


def system_of(
    con: duckdb.DuckDBPyConnection,
    as_of: str | dt.date,
    window: str | int | None = "90d",
    *,
    half_life: str | int | float | None = None,
    states: bool = False,
    analyse: bool = True,
) -> SystemView:
    """``system`` on an open connection, which it only reads (what is stale is derived in memory): the desk's web
    server answers ``/api/system`` from its snapshot of the store this way."""
    from detente.system import analysis, contributions, relations_table
    from detente.system.view import SystemView, actors_of, merged_states, parse_days, standing

    day = _day(as_of)
    window_days = parse_days(window)
    half = parse_days(half_life) if half_life is not None else contributions.default_half_life()
    if half is None or half <= 0:
        raise ValueError("the half-life must be a positive duration")
    since = day - dt.timedelta(days=window_days) if window_days is not None else None
    rows = relations_table.load(con, since=since, until=day)
    if states:
        rows = merged_states(rows)
    relations, ended, names = standing(rows, day, window_days, float(half))
    actors = actors_of(relations, names)
    view = SystemView(
        as_of=day,
        window=f"{window_days}d" if window_days is not None else "all",
        half_life_days=float(half),
        actors=actors,
        relations=relations,
        ended=ended,
    )
    if analyse:
        bloc_of = analysis.blocs(relations)
        for actor in view.actors:
            actor.bloc = bloc_of.get(actor.code)
        view.bridges = analysis.bridges(relations, bloc_of)
        view.balance = analysis.balance(relations)
    return view


def _writable(db: str | os.PathLike[str]) -> bool:
    """Open for writing (to keep the relations table current) unless another process holds the file."""
    import duckdb

    if not os.path.exists(db):
        return False  # the read-only open then says there is no store
    try:
        duckdb.connect(str(db)).close()
        return True
    except duckdb.Error:
        return False


def system_json(db: str | os.PathLike[str], as_of: str | dt.date, window: str | int | None = "90d", **kw: Any) -> dict:
    """The system as plain JSON-ready data: what a web route returns."""
    return system(db, as_of, window, **kw).model_dump(mode="json")


def system_diff(
    db: str | os.PathLike[str], start: str | dt.date, end: str | dt.date, window: str | int | None = "90d", **kw: Any
) -> dict:
    """Relations that formed, ended (left the window), broke (an ending closed them: "no longer backs") or flipped
    sign between the system as of ``start`` and as of ``end``."""
    from detente.system import analysis

    before = system(db, start, window, analyse=False, **kw)
    after = system(db, end, window, analyse=False, **kw)
    out: dict[str, Any] = {"from": str(before.as_of), "to": str(after.as_of), "window": after.window}
    out.update(analysis.diff(before.relations, after.relations, after.ended, since=before.as_of))
    return out


def balance_series(
    db: str | os.PathLike[str],
    start: str | dt.date,
    end: str | dt.date,
    step_days: int = 30,
    window: str | int | None = "90d",
    **kw: Any,
) -> list[tuple[dt.date, Balance]]:
    """Structural balance as of each date from ``start`` to ``end``, every ``step_days``."""
    from detente.system import analysis

    day, last = _day(start), _day(end)
    series = []
    while day <= last:
        view = system(db, day, window, analyse=False, **kw)
        series.append((day, analysis.balance(view.relations)))
        day += dt.timedelta(days=step_days)
    return series


class _CallableModule(types.ModuleType):
    """``detente.system(db, as_of=...)``: the package is also the function."""

    def __call__(self, *args: Any, **kwargs: Any) -> SystemView:
        return system(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
