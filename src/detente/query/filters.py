"""The filters every question shares: one validated record, one SQL ``WHERE`` built from it.

The CLI options, the web API's query parameters and the Python API all become an
:class:`EventFilter`, so ``detente events --actor IRN --root 19`` and
``GET /api/events?actor=IRN&root=19`` ask exactly the same question. Values only ever
reach DuckDB as bound parameters; the SQL text is built from fixed fragments.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from detente.records import Modality
from detente.store.basis import DateBasis

ActorCode = Annotated[
    str, StringConstraints(strip_whitespace=True, to_upper=True, min_length=1, max_length=40, pattern=r"^[A-Za-z0-9]+$")
]
"""An actor code or code prefix (``IRN``, ``IRNGOV``, ``IGOUN``); matched case-insensitively."""

CountryCode = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[A-Za-z]{3}$")]
"""ISO 3166-1 alpha-3."""

CameoCode = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[0-9]{2,4}$")]
CameoRoot = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[0-9]{1,2}$")]
PloverType = Annotated[
    str, StringConstraints(strip_whitespace=True, to_upper=True, min_length=2, max_length=20, pattern=r"^[A-Za-z_-]+$")
]
Side = Literal["either", "source", "target"]
Sort = Literal["date", "-date", "goldstein", "-goldstein", "source", "target", "cameo"]

SORTS: dict[str, str] = {
    "date": "e.date ASC NULLS LAST",
    "-date": "e.date DESC NULLS LAST",
    "goldstein": "e.goldstein ASC, e.date ASC NULLS LAST",
    "-goldstein": "e.goldstein DESC, e.date ASC NULLS LAST",
    "source": "e.source_code ASC, e.date ASC NULLS LAST",
    "target": "e.target_code ASC NULLS LAST, e.date ASC NULLS LAST",
    "cameo": "e.cameo_code ASC, e.date ASC NULLS LAST",
}
"""``ORDER BY`` for each sort key; ties always fall back to article, sentence and event id, so pages are stable."""

TIE_BREAK = "e.article_id, e.sentence_index, e.event_id"


def order_by(sort: str) -> str:
    """The ``ORDER BY`` clause of a sort key (one of :data:`SORTS`)."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    return f" ORDER BY {SORTS[sort]}, {TIE_BREAK}"


class EventFilter(BaseModel):
    """Which events a question is about; every field is optional and they combine with AND.

    Actor codes match as prefixes (``IRN`` finds IRN, IRNGOV, IRNMIL) unless ``exact``; ``actor`` is looked for on
    the ``side`` given (either by default). Dates are inclusive bounds on the event's own date. Negated events
    ("Iran did not attack") are left out unless ``include_negated``.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    actor: ActorCode | None = Field(default=None, description="Actor code or prefix, e.g. IRN")
    side: Side = Field(default="either", description="Where `actor` must appear: source, target or either")
    source: ActorCode | None = Field(default=None, description="Source actor code or prefix")
    target: ActorCode | None = Field(default=None, description="Target actor code or prefix")
    exact: bool = Field(default=False, description="Match whole actor codes instead of prefixes")
    country: CountryCode | None = Field(default=None, description="ISO alpha-3 country of either actor")
    root: CameoRoot | None = Field(default=None, description="CAMEO root code, e.g. 19")
    code: CameoCode | None = Field(default=None, description="Exact CAMEO code, e.g. 042")
    quad_class: int | None = Field(default=None, ge=1, le=4, description="1 verbal coop ... 4 material conflict")
    plover: PloverType | None = Field(default=None, description="PLOVER event type, e.g. ASSAULT")
    modality: Modality | None = Field(default=None, description="asserted, intent, threat, demand, claim, ...")
    since: dt.date | None = Field(default=None, description="First event date (inclusive)")
    until: dt.date | None = Field(default=None, description="Last event date (inclusive)")
    date_basis: DateBasis | None = Field(
        default=None,
        description="Where the day came from: own (the sentence's date words), carried (another sentence's day) or "
        "article (the article's date, as a fallback)",
    )
    place: str | None = Field(default=None, min_length=1, max_length=100, description="Part of the place name")
    place_country: CountryCode | None = Field(default=None, description="ISO alpha-3 country of the place")
    article_id: str | None = Field(default=None, min_length=1, max_length=200, description="One article's events")
    include_negated: bool = Field(default=False, description="Include events the text says did not happen")

    @model_validator(mode="after")
    def _dates_in_order(self) -> EventFilter:
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        return self

    def _actor_match(self, column: str, value: str) -> tuple[str, list[Any]]:
        if self.exact:
            return f"{column} = ?", [value]
        return f"starts_with({column}, ?)", [value]

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over ``events AS e`` and its parameters (``TRUE`` when nothing is filtered)."""
        parts: list[str] = []
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            parts.append(sql)
            params.extend(values)

        if self.actor is not None:
            src, p_src = self._actor_match("e.source_code", self.actor)
            tgt, p_tgt = self._actor_match("e.target_code", self.actor)
            if self.side == "source":
                add(src, *p_src)
            elif self.side == "target":
                add(tgt, *p_tgt)
            else:
                add(f"{src} OR {tgt}", *p_src, *p_tgt)
        if self.source is not None:
            add(*_flat(self._actor_match("e.source_code", self.source)))
        if self.target is not None:
            add(*_flat(self._actor_match("e.target_code", self.target)))
        if self.country is not None:
            add("e.source_country = ? OR e.target_country = ?", self.country, self.country)
        if self.root is not None:
            add("e.cameo_root = ?", self.root.zfill(2))
        if self.code is not None:
            add("e.cameo_code = ?", self.code)
        if self.quad_class is not None:
            add("e.quad_class = ?", self.quad_class)
        if self.plover is not None:
            add("e.plover_type = ?", self.plover)
        if self.modality is not None:
            add("e.modality = ?", self.modality)
        if self.since is not None:
            add("e.date >= ?", self.since)
        if self.until is not None:
            add("e.date <= ?", self.until)
        if self.date_basis is not None:
            add("e.date_basis = ?", self.date_basis)
        if self.place is not None:
            add("contains(lower(e.location_name), lower(?))", self.place.strip())
        if self.place_country is not None:
            add("e.location_country = ?", self.place_country)
        if self.article_id is not None:
            add("e.article_id = ?", self.article_id)
        if not self.include_negated:
            add("NOT e.negated")
        if not parts:
            return "TRUE", []
        return " AND ".join(f"({p})" for p in parts), params

    def describe(self) -> str:
        """The filter as ``key=value`` pairs, for titles and logs."""
        fields = self.model_dump(exclude_defaults=True)
        return " ".join(f"{k}={v}" for k, v in fields.items()) or "all events"


def _flat(match: tuple[str, list[Any]]) -> tuple[Any, ...]:
    sql, params = match
    return (sql, *params)


def make_filter(filters: EventFilter | None = None, **fields: Any) -> EventFilter:
    """A filter from an existing one updated with keyword fields (``None`` values are ignored)."""
    given = {k: v for k, v in fields.items() if v is not None}
    if filters is None:
        return EventFilter(**given)
    return EventFilter(**{**filters.model_dump(exclude_defaults=True), **given})
