"""The local web page: a FastAPI app over the query layer, reading a live snapshot of the store.

Every view of the page has a JSON endpoint under ``/api`` documented by OpenAPI
(``/openapi.json``). The endpoints only read; every parameter is validated (type, range,
length, pattern) before it becomes an :class:`~detente.query.EventFilter`, and values reach
DuckDB only as bound parameters. The page's files are packaged with detente and served from
memory by name, so no request path reaches the file system and nothing loads from the internet.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import logging
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from starlette.middleware.trustedhost import TrustedHostMiddleware

from detente import __version__, query
from detente.query import EventFilter, LiveSnapshot
from detente.query.filters import Sort
from detente.store.basis import DateBasis
from detente.web.limits import LimitsMiddleware
from detente.web.models import EventDetail, EventPage, Health, Summary

log = logging.getLogger("detente")

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
STATIC_FILES: dict[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
}

CODE = r"^[A-Za-z0-9]+$"
ISO3 = r"^[A-Za-z]{3}$"

ActorQ = Annotated[str | None, Query(min_length=1, max_length=40, pattern=CODE, description="Actor code or prefix")]
CountryQ = Annotated[str | None, Query(pattern=ISO3, description="ISO alpha-3 country of either actor")]
RootQ = Annotated[str | None, Query(pattern=r"^[0-9]{1,2}$", description="CAMEO root code, e.g. 19")]
CodeQ = Annotated[str | None, Query(pattern=r"^[0-9]{2,4}$", description="Exact CAMEO code, e.g. 042")]
QuadQ = Annotated[int | None, Query(ge=1, le=4, description="QuadClass 1-4")]
PloverQ = Annotated[str | None, Query(min_length=2, max_length=20, pattern=r"^[A-Za-z_-]+$", description="PLOVER type")]
Modality = Literal["asserted", "intent", "threat", "demand", "claim", "hypothetical"]
DateQ = Annotated[dt.date | None, Query(description="YYYY-MM-DD")]
DateBasisQ = Annotated[
    DateBasis | None,
    Query(description="Where the day came from: own date words, carried from another sentence, or the article's"),
]
Period = Literal["day", "week", "month", "year"]
WindowQ = Annotated[str, Query(max_length=8, pattern=r"^(all|\d{1,5}[dwmy]?)$")]
HalfLifeQ = Annotated[str | None, Query(max_length=8, pattern=r"^\d{1,5}[dwmy]?$")]


def _filter(**fields: Any) -> EventFilter:
    try:
        return EventFilter(**{k: v for k, v in fields.items() if v is not None})
    except ValidationError as exc:
        detail = [{"loc": ["query", *e["loc"]], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        raise HTTPException(status_code=422, detail=detail) from None


def event_filter(
    actor: ActorQ = None,
    side: Annotated[Literal["either", "source", "target"], Query(description="Where `actor` must appear")] = "either",
    source: ActorQ = None,
    target: ActorQ = None,
    exact: Annotated[bool, Query(description="Whole codes instead of prefixes")] = False,
    country: CountryQ = None,
    root: RootQ = None,
    code: CodeQ = None,
    quad_class: QuadQ = None,
    plover: PloverQ = None,
    modality: Annotated[Modality | None, Query()] = None,
    since: DateQ = None,
    until: DateQ = None,
    date_basis: DateBasisQ = None,
    place: Annotated[str | None, Query(min_length=1, max_length=100, description="Part of the place name")] = None,
    place_country: CountryQ = None,
    article_id: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
    negated: Annotated[bool, Query(description="Include negated events")] = False,
) -> EventFilter:
    """The query parameters every event question shares, as one EventFilter (422 when they do not fit together)."""
    return _filter(
        actor=actor,
        side=side,
        source=source,
        target=target,
        exact=exact,
        country=country,
        root=root,
        code=code,
        quad_class=quad_class,
        plover=plover,
        modality=modality,
        since=since,
        until=until,
        date_basis=date_basis,
        place=place,
        place_country=place_country,
        article_id=article_id,
        include_negated=negated,
    )


def period_filter(
    since: DateQ = None,
    until: DateQ = None,
    root: RootQ = None,
    quad_class: QuadQ = None,
    plover: PloverQ = None,
    modality: Annotated[Modality | None, Query()] = None,
    date_basis: DateBasisQ = None,
    negated: Annotated[bool, Query(description="Include negated events")] = False,
) -> EventFilter:
    """The filters of views already about given actors (dyad, timeline): dates, where the day came from, and kinds of
    event (a dyad narrowed to the days the text gave must not come back unfiltered)."""
    return _filter(
        since=since,
        until=until,
        root=root,
        quad_class=quad_class,
        plover=plover,
        modality=modality,
        date_basis=date_basis,
        include_negated=negated,
    )


Filters = Annotated[EventFilter, Depends(event_filter)]
PeriodFilters = Annotated[EventFilter, Depends(period_filter)]
ActorQuery = Annotated[str, Query(min_length=1, max_length=40, pattern=CODE, description="Actor code or prefix")]


class ResultCache:
    """Answers of the slower views (network, rankings, summary) for the snapshot being read.

    A snapshot never changes, so its answers can be kept until the next refresh replaces it; the cache empties
    itself when the generation changes and holds at most ``size`` answers.
    """

    def __init__(self, live: LiveSnapshot, size: int = 64) -> None:
        self.live = live
        self.size = size
        self._generation = -1
        self._items: dict[tuple, Any] = {}
        self._lock = threading.Lock()

    def get(self, key: tuple, compute: Any) -> Any:
        generation = self.live.refreshes
        with self._lock:
            if generation != self._generation:
                self._items.clear()
                self._generation = generation
            if key in self._items:
                return self._items[key]
        value = compute()
        with self._lock:
            if generation == self._generation:
                if len(self._items) >= self.size:
                    self._items.pop(next(iter(self._items)))
                self._items[key] = value
        return value


def framed_page_headers(page: str) -> dict[str, str]:
    """The security headers of a page the desk shows in a frame: its one inline script allowed by hash (the
    page is self-contained, so it carries its own script), inline styles, framing by the desk only."""
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.DOTALL)
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts)
    script_src = hashes or "'none'"
    return {
        "Content-Security-Policy": f"default-src 'none'; script-src {script_src}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
        "X-Frame-Options": "SAMEORIGIN",
    }


def _static(name: str) -> bytes:
    return (resources.files("detente.web") / "static" / name).read_bytes()


def create_app(
    db: str | Path,
    *,
    refresh_seconds: float = 2.0,
    workdir: str | Path | None = None,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The web app for the store at ``db``, read through a :class:`LiveSnapshot` started with the app.

    ``allowed_hosts`` are the Host headers answered (the loopback names by default), which keeps other web sites
    from reaching the page through DNS rebinding.
    """
    live = LiveSnapshot(db, workdir=workdir, min_interval=refresh_seconds)
    cache = ResultCache(live)
    files = {name: _static(name) for name in STATIC_FILES}

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        live.start()
        try:
            yield
        finally:
            live.stop()

    app = FastAPI(
        title="detente desk",
        version=__version__,
        description="Read-only JSON API over a detente event store: events, dyads, the actor network, rankings.",
        docs_url=None,  # Swagger UI and ReDoc load scripts from the internet; the page must work offline
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.live = live
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or list(LOOPBACK_HOSTS))
    app.add_middleware(LimitsMiddleware)

    @app.exception_handler(duckdb.Error)
    async def _store_error(_: Request, exc: duckdb.Error) -> JSONResponse:
        log.warning("query failed: %s", exc)
        return JSONResponse({"detail": "the store could not answer; try again"}, status_code=503)

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return Response(files["index.html"], media_type=STATIC_FILES["index.html"])

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: Annotated[str, PathParam(max_length=40)]) -> Response:
        if name not in files or name == "index.html":
            raise HTTPException(status_code=404, detail="no such file")
        return Response(files[name], media_type=STATIC_FILES[name], headers={"Cache-Control": "no-cache"})

    @app.get("/api/health", response_model=Health, tags=["store"])
    def health() -> dict[str, Any]:
        """Whether the page can answer, and the snapshot of the store it reads (age, refreshes, last error)."""
        return {"status": "ok", "version": __version__, **live.info()}

    @app.get("/api/summary", response_model=Summary, tags=["store"])
    def summary() -> dict[str, Any]:
        """Counts, events per CAMEO root and the date range of the store."""
        return cache.get(("summary",), lambda: query.summary(live))

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def events(
        filters: Filters,
        sort: Annotated[Sort, Query()] = "date",
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        """A page of the events matching every filter, with the number of all matching events."""
        return query.event_page(live, filters, sort=sort, limit=limit, offset=offset).as_dict()

    @app.get(
        "/api/events/{event_id}",
        response_model=EventDetail,
        responses={404: {"description": "No event with this id"}},
        tags=["events"],
    )
    def event(event_id: Annotated[str, PathParam(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.:-]+$")]) -> Any:
        """One event's whole record, its article and where its source, target and trigger are in the sentence."""
        found = query.event_detail(live, event_id)
        if found is None:
            raise HTTPException(status_code=404, detail="no such event")
        return found

    @app.get("/api/dyad", tags=["dyads"])
    def dyad(
        a: ActorQuery,
        b: ActorQuery,
        filters: PeriodFilters,
        by: Annotated[Period, Query()] = "week",
        exact: Annotated[bool, Query()] = False,
    ) -> dict[str, Any]:
        """Per period and direction: events, summed and mean Goldstein, QuadClass mix."""
        return query.dyad_series(live, a, b, by=by, filters=filters, exact=exact)

    @app.get("/api/dyad/events", tags=["dyads"])
    def dyad_events(
        a: ActorQuery,
        b: ActorQuery,
        filters: PeriodFilters,
        exact: Annotated[bool, Query()] = False,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> list[dict[str, Any]]:
        """The dyad's events in both directions, newest first."""
        return query.dyad(live, a, b, filters=filters, exact=exact, sort="-date", limit=limit, offset=offset)

    @app.get("/api/network", tags=["network"])
    def network(
        filters: Filters,
        min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        max_nodes: Annotated[int, Query(ge=1, le=300)] = 60,
    ) -> dict[str, Any]:
        """The actor graph as node-link JSON: edges with cooperation and conflict weights, nodes with centrality."""
        key = ("network", filters, min_events, max_nodes)
        return cache.get(
            key, lambda: query.actor_network(live, filters, min_events=min_events, max_nodes=max_nodes).to_json()
        )

    def system_at(day: dt.date, window: str, half_life: str | None, states: bool) -> Any:
        """The library's view of the system on the snapshot (``detente.system.system_of``), kept per snapshot."""
        from detente.system import system_of

        def compute() -> Any:
            with live.connection() as con:
                return system_of(con, day, window, half_life=half_life, states=states)

        try:
            return cache.get(("system", day, window, half_life, states), compute)
        except (ValueError, OverflowError) as exc:  # no duration, or a window reaching before year 1
            raise HTTPException(status_code=400, detail=str(exc)) from None

    @app.get(
        "/api/system",
        tags=["system"],
        responses={400: {"description": "A window or half-life that is no duration, or reaches before year 1"}},
    )
    def system_view(
        as_of: Annotated[dt.date, Query()],
        window: WindowQ = "90d",
        half_life: HalfLifeQ = None,
        states: Annotated[bool, Query()] = False,
    ) -> dict[str, Any]:
        """The system of relations as of a date (docs/system.md): what ``detente system --format json`` prints."""
        return system_at(as_of, window, half_life, states).model_dump(mode="json")

    @app.get("/system", include_in_schema=False)
    def system_page(
        as_of: Annotated[dt.date | None, Query(description="YYYY-MM-DD; the latest event's date by default")] = None,
        window: WindowQ = "90d",
        half_life: HalfLifeQ = None,
        states: Annotated[bool, Query()] = False,
        frames: Annotated[int, Query(ge=1, le=12)] = 6,
        step: Annotated[str, Query(max_length=6, pattern=r"^\d{1,4}[dwmy]?$")] = "15d",
        top: Annotated[int | None, Query(ge=1, le=500)] = None,
    ) -> Response:
        """The system as ``detente system --format html`` draws it (time slider, evidence on click), for the
        desk's System tab to frame: the same library calls on the snapshot, nothing drawn a second way."""
        from detente.system import render
        from detente.system.view import slider_dates

        if as_of is None:
            last = cache.get(("summary",), lambda: query.summary(live)).get("last_date")
            as_of = dt.date.fromisoformat(last) if last else dt.date.today()
        view = system_at(as_of, window, half_life, states)
        try:
            dates = slider_dates(as_of, frames, step)
        except (ValueError, OverflowError) as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None
        earlier = [render.drawn(system_at(d, window, half_life, states), top) for d in dates]
        page = render.to_html(render.drawn(view, top), earlier)
        return Response(page, media_type="text/html; charset=utf-8", headers=framed_page_headers(page))

    @app.get("/api/top", tags=["rankings"])
    def top(
        filters: Filters,
        kind: Annotated[Literal["actors", "dyads", "codes"], Query()] = "actors",
        n: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> list[dict[str, Any]]:
        """The actors, dyads or CAMEO codes with the most events."""
        return cache.get(("top", kind, filters, n), lambda: query.top(live, kind, filters, n=n))

    @app.get("/api/timeline", tags=["rankings"])
    def timeline(
        actor: ActorQuery,
        filters: PeriodFilters,
        by: Annotated[Period, Query()] = "month",
        exact: Annotated[bool, Query()] = False,
    ) -> list[dict[str, Any]]:
        """One actor period by period."""
        flt = filters.model_copy(update={"exact": exact})
        return query.timeline(live, actor, by=by, filters=flt)

    return app
