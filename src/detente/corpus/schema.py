"""The annotation record: one JSON line per annotated article, events by character offsets.

Offsets are into the article's ``text`` as the corpus stores it; ``text_sha1`` pins that
text, so a changed corpus is detected instead of silently misaligned. Nothing of the text
itself is stored. ``docs/annotation.md`` is the guide these records follow.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

GUIDE_VERSION = "1.3"
SPLITS = ("train", "dev", "test")

Modality = Literal["asserted", "intent", "threat", "demand", "claim", "hypothetical"]
GoldPrecision = Literal["day", "week", "month", "year", "none"]
ACTOR_CODE = re.compile(r"^(?:[A-Z]{3}(?:[A-Z]{3})?|(?:IGO|NGO|IMG)[A-Z]{2,12})$")


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def names_date(words: str, day: dt.date) -> bool:
    """Whether ``words`` state ``day``: its ISO form, or its day of the month with its month's name (or first
    three letters) or its year ("Wednesday 22 Jun 2016", "Published June 20 2016", "20/06/2016"). Evidence for an
    article's true date must fix the day, not only point near it."""
    if day.isoformat() in words:
        return True
    numbers = {int(t) for t in re.findall(r"\d+", words)}
    names = {t[:3].casefold() for t in re.findall(r"[^\W\d_]+", words)}
    return day.day in numbers and (calendar.month_abbr[day.month].casefold() in names or day.year in numbers)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


Offsets = tuple[int, int]


class Party(_Strict):
    """An actor of an event: its code and the words of the event's sentence that name it (a pronoun
    or "the group" included); ``span`` is null only when the sentence leaves the actor implicit."""

    code: str
    span: Offsets | None = None

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not ACTOR_CODE.match(v):
            raise ValueError(f"{v!r} is not an actor code (ISO3 [+ role], or IGO/NGO/IMG + acronym)")
        return v


class Place(_Strict):
    """Where the event happened (not every place named): name, country, coordinates where known."""

    name: str
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    span: Offsets | None = None


class Plover(_Strict):
    event_type: str
    mode: str | None = None


class AnnotatedEvent(_Strict):
    sentence: int = Field(ge=0, description="index into the article's sentences")
    trigger: Offsets
    source: Party
    target: Party | None = None
    code: str = Field(pattern=r"^\d{3,4}$")
    root: str = Field(pattern=r"^\d{2}$")
    plover: Plover
    modality: Modality = "asserted"
    negated: bool = False
    date: dt.date | None = None
    date_precision: GoldPrecision = "none"
    place: Place | None = None
    attributed_to: Party | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> AnnotatedEvent:
        if self.code[:2] != self.root:
            raise ValueError(f"root {self.root} does not match code {self.code}")
        if (self.date is None) != (self.date_precision == "none"):
            raise ValueError("a date needs a precision and precision 'none' needs no date")
        return self

    @property
    def scored(self) -> bool:
        """Whether the event counts in scores: it happened (or was announced), as the guide says."""
        return not self.negated and self.modality != "hypothetical"


class ArticleDate(_Strict):
    """The article's true date where the corpus's own is wrong (some ``fakes-`` articles print another day
    at their start): the day, and the offsets of the words of the text that state it. Event dates of the
    body are checked against it; the scorer reads the events' own annotated dates, never this."""

    date: dt.date
    evidence: Offsets


class AnnotatedArticle(_Strict):
    id: str
    annotator: str
    guide: str = GUIDE_VERSION
    text_sha1: str
    sentences: list[Offsets]
    events: list[AnnotatedEvent] = Field(default_factory=list)
    note: str | None = None
    article_date: ArticleDate | None = None


class SplitFile(_Strict):
    """Which articles were drawn, how, and which split each belongs to (``corpus/annotations/split.json``)."""

    seed: int
    method: str
    max_chars: int
    articles: dict[str, Literal["train", "dev", "test"]]
    second: list[str] = Field(default_factory=list, description="articles annotated a second time, independently")
