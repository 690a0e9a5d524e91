"""Evidence of relations: one row per event or stative that says something about a standing tie.

Events count through the table in ``data/statives/events.yaml`` (aid is support, fighting is hostility,
a designation is a label ...); statives count as they were extracted. The rows live in the store's
``relations`` table (``system/relations_table.py``), derived incrementally: articles coded since the last
derivation are derived again, and a change of the mapping or the patterns (their versions are recorded in ``meta``)
derives everything. This module needs no database: the coding pipeline imports it without loading DuckDB.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from functools import cache

from detente.data import schemas
from detente.events.learned import RULE_PREFIX
from detente.records import ActorRef, Event, Stative
from detente.system.rule_names import AIMED_RULES, DEED_RULES, ONE_WAY_RULE, SIDES_RULE
from detente.system.statives.lexicon import lexicon

SKIPPED_MODALITIES = {"hypothetical", "demand"}
SYMMETRIC_KINDS = {"alliance", "cooperation"}
ENDING = "ending"  # the origin of a contribution that ends its relation ("no longer backs", "left NATO")


@dataclass(frozen=True)
class Contribution:
    """One piece of evidence for the relation (source, target, kind, sign); a row of ``relations``."""

    contribution_id: str
    article_id: str
    origin: str  # "event", "stative", or "ending" (a stative or event that closes the relation: ENDING)
    origin_id: str
    date: dt.date | None
    source_code: str | None
    source_name: str | None
    target_code: str
    target_name: str
    kind: str
    sign: str
    goldstein: float | None
    attributed_to: str | None
    sentence_index: int
    sentence: str
    evidence_start: int
    evidence_end: int
    rule: str
    trigger: str | None


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Contribution))


@dataclass(frozen=True)
class EventRule:
    kind: str
    sign: str
    codes: tuple[str, ...]
    rules: frozenset[str]


@cache
def event_rules() -> tuple[float, list[EventRule]]:
    """The default half-life and the event rules, pattern-id rules first, then longest code prefix first."""
    data: schemas.EventRelationsFile = schemas.load("statives/events.yaml")  # type: ignore[assignment]
    rules = [EventRule(r.kind, r.sign, tuple(r.codes), frozenset(r.rules)) for r in data.rules]
    return data.half_life_days, rules


def default_half_life() -> float:
    return event_rules()[0]


@cache
def mapping_version() -> str:
    """Versions of the two data files: a change re-derives every stored relation."""
    events = schemas.load("statives/events.yaml")
    patterns = schemas.load("statives/patterns.yaml")
    return f"events.{events.version}+patterns.{patterns.version}"


def relation_of(code: str, rule: str) -> tuple[str, str] | None:
    """(kind, sign) of an event with this CAMEO code and pattern id, or None when it says nothing lasting."""
    _, rules = event_rules()
    for r in rules:
        if rule in r.rules:
            return r.kind, r.sign
    best: tuple[int, EventRule] | None = None
    for r in rules:
        for prefix in r.codes:
            if code.startswith(prefix) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), r)
    return (best[1].kind, best[1].sign) if best else None


def _ongoing(sentence: str, date_text: str | None) -> bool:
    """'has backed the government since 2015': the date is when it began; it still holds."""
    if not date_text:
        return False
    return re.search(rf"\b(since|from)\s+(early |late |mid-?)?{re.escape(date_text)}", sentence, re.I) is not None


def _former(sentence: str, trigger: str | None) -> bool:
    """'Qatar, which once mediated between ...': the event is history, not a tie that holds today."""
    if not trigger:
        return False
    return re.search(rf"\b(once|formerly)\s+(\w+\s+)?{re.escape(trigger)}\b", sentence, re.I) is not None


# "stopped arming", "has effectively ended its support for": only an adverb may stand between; "ended up backing"
# and "stopped and attacked" are no endings
STOPPED = r"\b(no\s+longer|stopped|ceased(\s+to)?|quit|ended)\s+(?!up\b|and\b|or\b)((\w+ly)\s+)?"


def _stopped(sentence: str, trigger: str | None, target: str | None = None) -> bool:
    """'Turkey no longer backs the rebels', 'Iran has stopped arming the Houthis': the event coder reads a deed,
    but the sentence says it ended. 'X backs Y but no longer backs Z' is one deed and one ending: the cued
    trigger must come just before the event's target, or, when its words are not found, be the trigger's only use."""
    if not trigger:
        return False
    cued = STOPPED + rf"{re.escape(trigger)}\b"
    if target and re.search(rf"\b{re.escape(target)}\b", sentence, re.I):
        # the target follows the cued word with no other verb of the same between ("no longer backs X but backs Y")
        window = rf"\W+((?!{re.escape(trigger)}\b)\w+\W+){{0,4}}?"
        return re.search(cued + window + rf"{re.escape(target)}\b", sentence, re.I) is not None
    uses = len(re.findall(rf"\b{re.escape(trigger)}\b", sentence, re.I))
    return uses > 0 and len(re.findall(cued, sentence, re.I)) == uses


def _cid(origin_id: str, kind: str) -> str:
    return "r" + hashlib.sha1(f"{origin_id}|{kind}".encode()).hexdigest()[:15]


def from_event(event: Event, article_date: dt.date | None = None) -> Contribution | None:
    """The contribution of one event. An ongoing state ("has backed the government since 2015") holds as of
    the article, not as of the day it began; a deed the sentence says has stopped ("no longer backs") is an
    ending."""
    if event.target is None or event.negated or event.modality in SKIPPED_MODALITIES:
        return None
    if event.target.code == event.source.code:
        return None
    found = relation_of(event.cameo.code, event.evidence.rule)
    if found is None or _former(event.evidence.sentence, event.evidence.trigger):
        return None
    kind, sign = found
    if kind == "hostility" and (_against_own_country(event) or _learned(event)):
        return None
    ev = event.evidence
    day = event.date
    if article_date is not None and _ongoing(ev.sentence, ev.date_text):
        day = article_date
    return Contribution(
        _cid(event.event_id, kind),
        event.article_id,
        ENDING if _stopped(ev.sentence, ev.trigger, event.target.text) else "event",
        event.event_id,
        day,
        event.source.code,
        event.source.name,
        event.target.code,
        event.target.name,
        kind,
        sign,
        event.cameo.goldstein,
        event.attributed_to or (event.source.code if kind == "label" else None),  # a label is its maker's claim
        event.sentence_index,
        ev.sentence,
        ev.start,
        ev.end,
        ev.rule,
        ev.trigger,
    )


def _learned(event: Event) -> bool:
    """An event of the learned layer: it finds that force was used, but the pair it gives is the sentence's guess
    ('has taken the dispute to the International Court of Justice', 'driven the Rohingya into Bangladesh', 'backed by
    U.S. air strikes'): on the dev sets and dev8 three of its four hostilities were wrong, and it removed a wrong one
    on gold. Hostility is read from the patterns and the parse only; the layer's other kinds stay."""
    return event.evidence.rule.startswith(RULE_PREFIX)


ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})  # a state's own organs (view.STATE_ROLES adds the state)


def _against_own_country(event: Event) -> bool:
    """'Syrian troops recaptured the town from rebels': the event coder's target is the place, which is the
    troops' own country. A state's organ is not hostile to its own country; the relation is with whoever holds
    the place, which the sentence says elsewhere or not at all."""
    target = event.target
    return (
        target is not None
        and target.role is None
        and event.source.role in ORGANS
        and event.source.country is not None
        and target.code == event.source.country
    )


PEOPLE = frozenset({"CVL"})  # a country's people: the victims a state's force abroad answers, not whom it hits


def _answered(events: list[Event], statives: Sequence[Stative] = ()) -> set[str]:
    """Events of a state's force on its own people in a sentence whose force of the same state is aimed abroad, when
    the sentence marks the killing as what the force answers: 'Israeli warplanes struck Hodeidah, a day after a drone
    launched by the Houthis killed a man in Tel Aviv', 'Indian missiles struck sites in Pakistan, strikes on camps of
    the militants it blames for killing 26 tourists'. The killing is the other side's; the event coder gave it the
    sentence's striker. So too beside a fight of two sides (``SIDES_RULE``: 'Kyrgyz and Tajik troops exchanged fire
    ..., killing at least a dozen people'), whose dead no one side killed. Without such a mark ('Syrian troops shelled
    Turkish positions and killed dozens of Syrian civilians') the killing is the state's own and stays. A state's
    crackdown at home ('riot police opened fire on a march, killing protesters') aims at no one abroad."""
    abroad: dict[tuple[str, int, str], list[str]] = {}  # (article, sentence, country) -> triggers of force abroad
    mutual: set[tuple[str, int, str]] = set()  # of those, where two sides fought each other
    for e in events:
        hostile = e.target is not None and relation_of(e.cameo.code, e.evidence.rule) == ("hostility", "-")
        if hostile and e.target is not None and _abroad(e.source, e.target):
            abroad.setdefault((e.article_id, e.sentence_index, e.source.country or ""), []).append(
                e.evidence.trigger or ""
            )
    for s in statives:
        if s.kind == "hostility" and not s.ends and s.source is not None and _abroad(s.source, s.target):
            key = (s.article_id, s.sentence_index, s.source.country or "")
            abroad.setdefault(key, []).append(s.evidence.trigger or "")
            if s.evidence.rule == SIDES_RULE:
                mutual.add(key)
    return {
        e.event_id
        for e in events
        if e.target is not None
        and e.source.country is not None
        and (e.source.role in ORGANS or e.source.role is None)
        and e.target.country == e.source.country
        and e.target.role in PEOPLE
        and (
            (e.article_id, e.sentence_index, e.source.country) in mutual
            or any(
                _marked_answer(e.evidence.sentence, strike, e.evidence.trigger)
                for strike in abroad.get((e.article_id, e.sentence_index, e.source.country), [])
            )
        )
    }


def _marked_answer(sentence: str, strike: str, killing: str | None) -> bool:
    """Whether one of ``answer_marks`` stands between the strike and the killing ('struck Hodeidah, a day after a
    drone launched by the Houthis killed'), or before a killing told first ('After militants killed 26 tourists,
    Indian missiles struck'). The stored events keep their sentence's text and trigger, not its parse."""
    if not killing:
        return False
    low = sentence.lower()
    kill_at = _word_at(low, killing.lower())
    if kill_at < 0:
        return False
    strike_at = _word_at(low, strike.lower()) if strike else -1
    between = low[strike_at + len(strike) : kill_at] if 0 <= strike_at < kill_at else low[:kill_at]
    marks = _answer_marks()
    return any(w in marks for w in re.findall(r"[a-z]+", between))


def _word_at(text: str, word: str) -> int:
    found = re.search(rf"\b{re.escape(word)}\b", text) if word else None
    return found.start() if found else -1


@cache
def _answer_marks() -> frozenset[str]:
    return frozenset(lexicon().force_deeds.answer_marks)


def _abroad(source: ActorRef, target: ActorRef) -> bool:
    """A state's (or its organ's) force on another country's actor."""
    state = source.country is not None and (source.role is None or source.role in ORGANS)
    return state and target.country is not None and target.country != source.country


def _scenes(events: list[Event], statives: Sequence[Stative] = ()) -> set[str]:
    """Events whose target is only the place of a fight that has a target of its own: 'U.S. warplanes bombed
    Islamic State artillery near Erbil, the first American strikes in Iraq', 'fighters killed Israelis in attacks
    near Gaza'. When the same source's force in the same sentence hits an actor in that country who is not the
    country's own state (an armed group, another country's people) there, the country is where it happened, not whom
    it was against; beside the country's own troops it may be both, and it stays. So too where a reader of the parse
    found at the same verb whom the deed was aimed at ('fired missiles at U.S. bases in Iraq': the bases' owner;
    ``rule_names.AIMED_RULES``)."""
    aimed: dict[tuple[str, int, str], list[ActorRef]] = {}
    for s in statives:
        if s.evidence.rule in AIMED_RULES and not s.ends and s.evidence.trigger:
            aimed.setdefault((s.article_id, s.sentence_index, s.evidence.trigger.lower()), []).append(s.target)
    hits: dict[tuple[str, int, str], list[Event]] = {}
    for e in events:
        if e.target is not None and relation_of(e.cameo.code, e.evidence.rule) == ("hostility", "-"):
            hits.setdefault((e.article_id, e.sentence_index, e.source.code), []).append(e)
    scenes: set[str] = set()
    for group in hits.values():
        for e in group:
            place = e.location.country if e.location is not None else None
            target = e.target
            seen = aimed.get((e.article_id, e.sentence_index, e.evidence.trigger.lower()), [])
            if target is not None and place is None and target.role is None and target.country is not None and seen:
                place = target.code  # no place of its own: the bare country is the place read as a target
            if target is None or place is None or target.role is not None or target.code != place:
                continue
            if any(o.target is not None and _apart_from(o.target, place) and _in(o, place) for o in group):
                scenes.add(e.event_id)
            if any(_apart_from(t, place) for t in seen):
                scenes.add(e.event_id)
    return scenes


def _in(event: Event, country: str) -> bool:
    """Whether the event happened in the country (not 'struck Hodeidah, a day after a drone killed a man in Tel
    Aviv': two deeds in two countries)."""
    return event.location is not None and event.location.country == country


def _apart_from(actor: ActorRef, country: str) -> bool:
    """An actor hit in a country that is not that country's state or people: another country's, a transnational
    group, or the country's own rebels ('Israeli strikes on Hezbollah in Lebanon')."""
    return actor.country != country or actor.role == "REB"


def from_stative(s: Stative) -> Contribution:
    ev = s.evidence
    return Contribution(
        _cid(s.stative_id, s.kind),
        s.article_id,
        ENDING if s.ends else "stative",
        s.stative_id,
        s.date,
        s.source.code if s.source else None,
        s.source.name if s.source else None,
        s.target.code,
        s.target.name,
        s.kind,
        s.sign,
        None,
        s.attributed_to,
        s.sentence_index,
        ev.sentence,
        ev.start,
        ev.end,
        ev.rule,
        ev.trigger,
    )


AGREEMENT_RULE = "stative.agreement.cooperation"


def _agreement_sides(
    statives: list[Stative], rule: str = AGREEMENT_RULE
) -> dict[tuple[str, int, str | None], set[frozenset]]:
    """The pairs the agreement reader (or the reader of two sides fighting, ``rule``) made of each sentence's verb:
    (article, sentence, trigger)."""
    sides: dict[tuple[str, int, str | None], set[frozenset]] = {}
    for s in statives:
        if s.evidence.rule == rule and s.source is not None:
            key = (s.article_id, s.sentence_index, s.evidence.trigger)
            sides.setdefault(key, set()).add(frozenset((s.source.code, s.target.code)))
    return sides


def _not_a_side_pair(c: Contribution, agreed: dict[tuple[str, int, str | None], set[frozenset]]) -> bool:
    """An event of agreeing whose pair the agreement reader, which sees the sides, did not make: co-signers of one
    side ('Iran and six world powers - A, B, C -' gives no A-B)."""
    pairs = agreed.get((c.article_id, c.sentence_index, c.trigger))
    return pairs is not None and frozenset((c.source_code, c.target_code)) not in pairs


def _one_way(statives: list[Stative]) -> dict[tuple[str, int, str], set[tuple[str, str]]]:
    """The subject -> object pairs of each transitive fight (``ONE_WAY_RULE``), by (article, sentence, trigger)."""
    pairs: dict[tuple[str, int, str], set[tuple[str, str]]] = {}
    for s in statives:
        if s.evidence.rule == ONE_WAY_RULE and s.source is not None and s.evidence.trigger:
            key = (s.article_id, s.sentence_index, s.evidence.trigger.lower())
            pairs.setdefault(key, set()).add((s.source.code, s.target.code))
    return pairs


def _fought_back(c: Contribution, one_way: dict[tuple[str, int, str], set[tuple[str, str]]]) -> bool:
    """The event coder's mutual reverse of a transitive fight ('the SDF, which are fighting the Islamic State' gives
    IS fighting the SDF too), which the parse says is the subject's deed alone."""
    pairs = one_way.get((c.article_id, c.sentence_index, (c.trigger or "").lower()))
    if not pairs or c.source_code is None:
        return False
    return (c.target_code, c.source_code) in pairs and (c.source_code, c.target_code) not in pairs


def derive(
    events: list[Event], statives: list[Stative], article_dates: dict[str, dt.date | None] | None = None
) -> list[Contribution]:
    """Contributions of a set of events and statives; a stative that repeats an event of the same sentence
    ("Turkey backs the rebels" is both) counts once, and a stative ending of the same sentence ("Turkey no longer
    backs the rebels": the event coder may read the deed alone) replaces the event."""
    out: dict[str, Contribution] = {}
    said: set[tuple] = set()
    dates = article_dates or {}
    read = {  # what the stative reader, which sees the parse, made of a sentence's pair: a relation or an ending
        (s.article_id, s.sentence_index, s.source.code if s.source else None, s.target.code, s.kind): s.ends
        for s in statives
        if s.evidence.rule != ONE_WAY_RULE
    }
    one_way = _one_way(statives)
    agreed = _agreement_sides(statives)
    fought = _agreement_sides(statives, SIDES_RULE)
    scenes = _scenes(events, statives) | _answered(events, statives)
    # the event coder's reading of a verb stands over the deed reader's, unless it took the verb's scene for its target
    coded = {
        (e.article_id, e.sentence_index, e.evidence.trigger.lower())
        for e in events
        if e.event_id not in scenes and not _learned(e)
    }
    for e in events:
        if e.event_id in scenes:
            continue  # "strikes on Islamic State in Iraq": Iraq is the scene, not the target
        c = from_event(e, dates.get(e.article_id))
        ends = read.get((c.article_id, c.sentence_index, c.source_code, c.target_code, c.kind)) if c else None
        if c is not None and ends is True:
            continue  # the stative ending stands for it
        if c is not None and c.kind == "cooperation" and _not_a_side_pair(c, agreed):
            continue  # "A and B signed deals with C": the reader of the agreement paired A and B each with C
        if c is not None and c.kind == "hostility" and _not_a_side_pair(c, fought):
            continue  # "Kyrgyz and Tajik border guards exchanged fire": the two sides are the reader's
        if c is not None and c.kind == "hostility" and _fought_back(c, one_way):
            continue  # "which are fighting the Islamic State": the subject fights, the sentence says no more
        if c is not None and ends is False and c.origin == ENDING:
            c = replace(c, origin="event")  # the parse says the deed holds: the cue was another clause's
        if c is not None:
            out[c.contribution_id] = c
            said.add((c.article_id, c.sentence_index, c.source_code, c.target_code, c.kind))
    for s in statives:
        if s.evidence.rule == ONE_WAY_RULE:
            continue  # a witness of a fight's direction, no relation of its own
        if s.evidence.rule in DEED_RULES and (s.article_id, s.sentence_index, s.evidence.trigger.lower()) in coded:
            continue  # the event coder coded the deed at this verb: its reading of the parties stands
        c = from_stative(s)
        if (c.article_id, c.sentence_index, c.source_code, c.target_code, c.kind) not in said:
            out[c.contribution_id] = c
    return list(out.values())
