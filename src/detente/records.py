"""Typed records that flow between the stages and out to users.

The event record is detente's public contract: the JSON line printed by
``detente code``, the rows of the DuckDB ``events`` table and the objects
returned by :func:`detente.code_text` all have this shape. Extend it; do not
rename fields.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

RECORD_VERSION = 1

DatePrecision = Literal["day", "week", "month", "year", "article"]
Modality = Literal["asserted", "intent", "threat", "demand", "claim", "hypothetical"]


class Article(BaseModel):
    """One dated news article, as read by ``ingest``."""

    model_config = ConfigDict(frozen=True)

    id: str
    date: dt.date | None
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = Field(default=None, description="file (and line) the article came from")

    @staticmethod
    def make_id(text: str) -> str:
        """A stable id from the text alone, so re-coding an article stores it once."""
        digest = hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()
        return "a" + digest[:15]


class ActorRef(BaseModel):
    """An actor as coded: CAMEO-style code plus what it was read from."""

    code: str = Field(description="ISO alpha-3 country + role, e.g. IRNGOV; or an IGO/NGO code")
    name: str = Field(description="canonical name of the actor")
    text: str = Field(description="the words in the sentence the actor was read from")
    country: str | None = Field(default=None, description="ISO 3166 alpha-3, or null")
    role: str | None = Field(default=None, description="GOV MIL COP REB OPP JUD MED BUS CVL REF IGO NGO ...")


def is_bare_country(actor: ActorRef | None) -> bool:
    """'Russia', 'Syria': a state named with no role ("TUR", not a region, a role or a group). It names no armed side
    of a fight and is struck as often as criticised, so several readers refuse it where they need a body or a person.
    """
    return actor is not None and actor.role is None and actor.code == actor.country


class Cameo(BaseModel):
    code: str = Field(description='CAMEO event code as a string, e.g. "042"')
    root: str = Field(description='two-digit root code, e.g. "04"')
    name: str
    goldstein: float
    quad_class: int = Field(
        ge=1, le=4, description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict"
    )


class Plover(BaseModel):
    event_type: str
    mode: str | None = None


class Location(BaseModel):
    name: str
    country: str | None = Field(default=None, description="ISO 3166 alpha-3")
    lat: float | None = None
    lon: float | None = None
    text: str | None = Field(default=None, description="the words the place was read from")
    precision: Literal["site", "city", "region", "country", "carried"] | None = Field(
        default=None,
        description="how precise the place is: a site, a city or town, a region, or a whole country; 'carried' "
        "when the event's own clause names no place and this is one the article set elsewhere: the scene an earlier "
        "sentence set (where/scene.py), or the place another mention of the same meeting gives, before or after it "
        "(where/retold.py)",
    )
    carried_from: int | None = Field(
        default=None,
        description="for a 'carried' place, the index of the sentence it was read from (the earlier sentence that set "
        "the scene, or the sentence of the other mention of the meeting); null otherwise",
    )


class Evidence(BaseModel):
    sentence: str
    start: int = Field(description="character offset of the sentence in the article text")
    end: int
    rule: str = Field(description="id of the verb or noun pattern that fired")
    trigger: str | None = Field(default=None, description="the words that triggered the rule")
    date_text: str | None = None
    mention_of: int | None = Field(
        default=None, description="for a later mention of an event ('the strikes killed 12'), the sentence that told it"
    )
    date_from: int | None = Field(
        default=None,
        description="for a day carried from another sentence (this one has no date words of its own: the sentence "
        "before, one some sentences back that fixed the story's day, or a later one that tells the event again with "
        "its day), the index of that sentence; null when the date is the sentence's own or the article's",
    )
    score: float | None = Field(
        default=None,
        description="probability the learned layer gave an event it found (rule model.*); null for patterns",
    )
    gate: float | None = Field(
        default=None,
        description="probability the confidence gate gives that the event is right; null when no gate read it",
    )
    source_why: str | None = Field(
        default=None,
        description="why the source was read so: the dictionary entry or rule, or the earlier mention a surname or "
        "pronoun read back to",
    )
    target_why: str | None = Field(default=None, description="why the target was read so, as source_why")


class Event(BaseModel):
    """One coded event: who did what to whom, when and where, and why we think so."""

    article_id: str
    event_id: str
    sentence_index: int
    date: dt.date | None
    date_precision: DatePrecision
    source: ActorRef
    target: ActorRef | None
    cameo: Cameo
    plover: Plover
    location: Location | None
    negated: bool = False
    modality: Modality = "asserted"
    attributed_to: str | None = Field(
        default=None, description="actor code of who asserted it; null: the author or a speaker that did not resolve"
    )
    attributed_text: str | None = Field(default=None, description="the words naming who asserted it")
    evidence: Evidence

    @staticmethod
    def make_id(
        article_id: str, sentence_index: int, trigger_start: int, source: str, target: str | None, code: str
    ) -> str:
        key = f"{article_id}|{sentence_index}|{trigger_start}|{source}|{target}|{code}"
        return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")


def counts(event: Event) -> bool:
    """Whether an event is one the scores count (not negated, not hypothetical): what ``detente eval`` matches, the
    confidence gate reads and a later re-mention may inherit."""
    return not event.negated and event.modality != "hypothetical"


class Skip(BaseModel):
    """Why a candidate clause produced no event; what ``explain`` shows."""

    sentence_index: int
    trigger: str
    rule: str | None
    reason: str
    # where and what the skipped candidate was, so a miss can be traced to the stage that lost it
    # (bench/miss_funnel.py): the trigger's character offset, and the candidate's code and parties when one was built
    start: int | None = Field(default=None, description="character offset of the trigger in the article text")
    code: str | None = Field(default=None, description="CAMEO code of the skipped candidate, when one was built")
    source: str | None = Field(default=None, description="actor code of the skipped candidate's source")
    target: str | None = Field(default=None, description="actor code of the skipped candidate's target")


RelationKind = Literal["alliance", "support", "cooperation", "hostility", "label", "membership", "mediation"]
Sign = Literal["+", "-"]


class Stative(BaseModel):
    """A standing relation stated, not reported as an event: "Turkey, a US ally", "the Iranian-backed regime",
    "Hamas, which is a terrorist group". Extracted when an article is coded; the system of relations
    (``detente.system``) reads them beside the events.
    """

    article_id: str
    stative_id: str
    sentence_index: int
    date: dt.date | None = Field(description="the article's date: a stative holds as of the article")
    source: ActorRef | None = Field(description="who holds the relation; null for a label the author makes")
    target: ActorRef
    kind: RelationKind
    sign: Sign
    attributed_to: str | None = Field(default=None, description="actor code of who asserted it; null: the author")
    attributed_text: str | None = Field(default=None, description="the words naming who asserted it")
    ends: bool = Field(
        default=False,
        description="an ending ('no longer backs', 'is not an ally', 'left NATO'): it closes the relation of this "
        "source, target and kind (of sign ``sign``) as of its date and is no relation itself",
    )
    evidence: Evidence

    @staticmethod
    def make_id(
        article_id: str, sentence_index: int, start: int, source: str | None, target: str, kind: str, rule: str = ""
    ) -> str:
        """One stative per article, sentence, trigger, pair and kind; ``rule`` tells apart a record of another rule at
        the same place (a fight's one-way witness beside the deed it directs), which would otherwise share the id."""
        key = f"{article_id}|{sentence_index}|{start}|{source}|{target}|{kind}" + (f"|{rule}" if rule else "")
        return "s" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]
