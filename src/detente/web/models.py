"""Response shapes of the main endpoints, for the OpenAPI document and its clients."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class EventRow(BaseModel):
    """One event as the table shows it (the keys of ``detente.query.ROW_KEYS``)."""

    date: str | None
    date_basis: str | None
    date_from: int | None
    source: str
    target: str | None
    cameo: str
    name: str
    goldstein: float
    location: str | None
    article_id: str
    event_id: str
    sentence: str | None
    quad_class: int
    plover: str | None
    modality: str | None
    negated: bool
    source_name: str | None
    target_name: str | None


class EventPage(BaseModel):
    total: int
    offset: int
    limit: int
    rows: list[EventRow]


class Highlight(BaseModel):
    kind: str
    start: int
    end: int
    text: str


class ArticleRef(BaseModel):
    article_id: str | None
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    link: str | None


class EventDetail(BaseModel):
    event: dict[str, Any]
    date_basis: str | None = None
    date_from: int | None = None
    article: ArticleRef
    highlights: list[Highlight]


class Summary(BaseModel):
    articles: int
    events: int
    negated: int
    actors: int
    by_root: dict[str, int]
    first_date: str | None
    last_date: str | None


class Health(BaseModel):
    status: str
    version: str
    store: str
    snapshot_taken_at: str | None
    snapshot_age_seconds: float | None
    copy_seconds: float | None
    refreshes: int
    last_error: str | None
