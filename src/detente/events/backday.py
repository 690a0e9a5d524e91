"""The day a later sentence gives a deed when it tells it again: "Jets bombed a market in Idlib. The Saturday strike
killed 12". The carries of ``events/dating.py`` take a day forward from an earlier sentence; this reads one back from
a later re-mention, whose antecedent the re-mention path decides (``events/remention.retold_events``). Its own module:
``dating`` is imported by the argument reader that ``remention`` itself imports.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from detente.actors import CodedEvent
from detente.actors.phrases import lemma_in
from detente.data import clauses
from detente.data.schemas import NounPattern
from detente.events.dating import before_the_news, dated_from, sentence_dates, told_ahead
from detente.events.patterns import verb_index
from detente.events.remention import fitting_pattern, in_condition, is_date, is_definite, retold_events, unreported
from detente.nlp.tree import nearest_verb
from detente.records import Event
from detente.when import DateMention


def back_day(events: list[Event], coded: list[CodedEvent], sents: list[Span], day: dt.date | None) -> list[Event]:
    """An event still dated by the article takes the one past day a later sentence gives the deed when it tells it
    again: "Jets bombed a market in Idlib. The Saturday strike killed 12", "... The raids on Tuesday were the
    heaviest", "... the bombardment, which hit five towns on Tuesday". News often tells the deed first and names its
    day only when it comes back to it; the annotators date the first telling by that day (annotation.md 2), and no
    carry forward (``carried_day``, ``story_day``) reaches it.

    The later noun is an event noun of a pattern of the re-mentioned roots, definite ("the", "these", a day as its
    owner) and naming no party (``_names_no_party``); its day is its own (``_noun_day``: on the noun, on the verb it
    is the subject of, on a relative clause of it, or on the verb whose "in" it is the object of), one past day of the
    news, and neither its clause nor the day's is under a modal, a condition or a verb of denial. Which earlier events
    it tells again is the re-mention's own decision (``remention.retold_events``: events of its root told within
    ``clauses.yaml`` ``standing.back_day_sentences`` before it, all of one doer (one party set for a two-way noun),
    no other doer of such deeds told shortly before, every one asserted: those of the nearest such sentence). Their
    records, asserted and still dated by the article, take the day, recorded as carried from the later sentence
    (``evidence.date_from``, the store's ``date_basis`` "carried"); a re-mention coded from that very noun takes it
    as its own words. Two later mentions that give the deed two days give it none. Applied after every filter: no
    event is added or removed; only ``date``, ``date_precision`` and the evidence's date fields change.

    The window is at most the re-mention's ``rival_window`` (3 shipped, as the window), so another doer told anywhere
    between the deed and the noun leaves the noun unresolved. On train 1,759 (docs/events.md, s31-backdays) it dated
    6 found events right that had the article's date, and none wrong."""
    reach = clauses().standing.back_day_sentences
    if reach < 1 or day is None:
        return events
    undated = {e.sentence_index for e in events if e.date_precision == "article"}
    given: dict[tuple, dict[dt.date, tuple[DateMention, int]]] = {}
    nouns: dict[tuple[int, str], DateMention] = {}  # the dated nouns that tell a deed again, by sentence and words
    for index, sent in enumerate(sents):
        if not any(0 < index - s <= reach for s in undated):
            continue
        for noun, pattern in _event_nouns(sent):
            mention = _noun_day(noun, sent, day)
            if mention is None:
                continue
            kind = any(lemma_in(w, pattern.context or []) for left in noun.lefts for w in left.subtree)
            mutual = pattern.mutual or pattern.participants is not None
            for told in retold_events(noun, pattern, coded, index, kind, reach):
                parties = _parties(told.source.code, told.target.code if told.target else None, mutual)
                key = (told.sentence, told.root, parties)
                given.setdefault(key, {}).setdefault(mention.date, (mention, index))
                nouns[(index, noun.text.lower())] = mention
    if not given:
        return events
    out = []
    for event in events:
        if event.date_precision != "article" or event.modality != "asserted" or event.negated:
            out.append(event)
            continue
        days = _given_days(event, given)
        own = nouns.get((event.sentence_index, (event.evidence.trigger or "").lower()))
        if len(days) == 1:
            mention, index = next(iter(days.values()))
            event = dated_from(event, mention, index)
        elif own is not None and event.evidence.mention_of is not None:
            event = _dated_by(event, own)
        out.append(event)
    return out


def _dated_by(event: Event, mention: DateMention) -> Event:
    """A re-mention coded from the very noun that gives the deed its day ("the bombardment, which hit five towns on
    Tuesday, killed 40") is dated by its own words too: the day is the sentence's own (``date_text``, no
    ``date_from``), which the plain reading (``pick_date``) leaves to a relative clause of the noun."""
    evidence = event.evidence.model_copy(update={"date_text": mention.text})
    return event.model_copy(update={"date": mention.date, "date_precision": "day", "evidence": evidence})


def _parties(source: str, target: str | None, mutual: bool) -> tuple | frozenset:
    """The party set a re-mention tells again: (source, target), either way round for a two-way deed."""
    return frozenset((source, target)) if mutual else (source, target)


def _given_days(event: Event, given: dict[tuple, dict[dt.date, tuple[DateMention, int]]]) -> dict:
    """The days later mentions gave the deed of this event's sentence, root and parties (either way round when the
    mention was two-way)."""
    target = event.target.code if event.target else None
    days: dict = {}
    for parties in ((event.source.code, target), frozenset((event.source.code, target))):
        days |= given.get((event.sentence_index, event.cameo.root, parties), {})
    return days


def _event_nouns(sent: Span) -> list[tuple[Token, NounPattern]]:
    """The event nouns of a sentence that name no party, each with the pattern its clause's words fit (as the noun
    patterns read them: ``remention.fitting_pattern``)."""
    index = verb_index()
    out = []
    for noun in sent:
        patterns = index.by_noun.get(noun.lemma_.lower())
        if noun.pos_ not in ("NOUN", "PROPN") or not patterns or not is_definite(noun):
            continue
        verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
        around = {t.lemma_.lower() for t in noun.subtree} | {t.lemma_.lower() for t in verb.subtree}
        pattern = fitting_pattern(patterns, around)
        if pattern is not None and _names_no_party(noun, pattern):
            out.append((noun, pattern))
    return out


def _names_no_party(noun: Token, pattern: NounPattern) -> bool:
    """Whether an event noun names no party of its own, so that it can only tell again a deed told before: the words
    before it are a determiner, a day, a word of degree or time (``remention.loose_modifiers``) or of the pattern's
    kind ("the Saturday air strike"); after it, no preposition other than one of a day ("the strike on Saturday": "the
    strikes on Aleppo", "by jets" name what was hit or who struck), no apposition or participle ("the bombing carried
    out by the coalition"), and a relative clause only without a doer of its own or a "by" ("the bombardment that hit
    five towns"). A noun that names a party is read by the re-mention path with that party, not here."""
    loose = set(clauses().remention.loose_modifiers) | set(pattern.context or [])
    for left in noun.lefts:
        for w in left.subtree:
            if not (w.dep_ in ("det", "case", "punct") or w.is_punct or is_date(w) or lemma_in(w, loose)):
                return False
    for right in noun.rights:
        if right.dep_ == "prep":
            if not any(o.dep_ == "pobj" and is_date(o) for o in right.children):
                return False
        elif right.dep_ == "relcl":
            if any(c.dep_ == "agent" or (c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT") for c in right.children):
                return False
        elif right.dep_ not in ("punct", "npadvmod"):
            return False
    return True


def _noun_day(noun: Token, sent: Span, day: dt.date) -> DateMention | None:
    """The one past day of the news a noun's own words give its deed (``_dates_the_noun``), when the clauses of the
    noun and of the day report the deed (no modal or active perfect, no condition: ``remention.unreported``,
    ``in_condition``; "the bombardment, which could hit five villages on Saturday"; no verb of denial above the noun)
    and the day is not after the reference day, not history and not told ahead."""
    if any(a.lemma_.lower() in clauses().deny_verbs for a in noun.ancestors):
        return None
    days = {}
    for m in sentence_dates(sent, day, "past"):
        span = sent.doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
        if m.precision == "day" and span is not None and _dates_the_noun(span.root, noun):
            days[m.date] = (m, span.root)
    if len(days) != 1:
        return None
    date, (mention, word) = next(iter(days.items()))
    verbs = [v for v in (nearest_verb(noun), nearest_verb(word)) if v.pos_ in ("VERB", "AUX")]
    if any(unreported(v) or in_condition(v) for v in verbs):
        return None
    if date > day or before_the_news(date, "day", day) or told_ahead(mention, sent):
        return None
    return mention


def _dates_the_noun(word: Token, noun: Token) -> bool:
    """Whether a date word is the noun's own: it hangs on the noun ("the Saturday strike", "the strike on Saturday"),
    on the verb the noun is the subject of ("the raid was carried out on Sunday"), on a relative clause of the noun
    ("the bombardment that hit five towns on Tuesday"), or on the verb whose "in" or "during" the noun is the object
    of (``remention.preps``: "40 were killed in the bombardment on Tuesday"). Not a date of another clause the
    sentence holds ("the strikes came a day after talks ended on Monday")."""
    tok = word
    for _ in range(8):
        if tok.i == noun.i:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and tok.i == noun.head.i:
        return True
    if tok.dep_ == "relcl" and tok.head.i == noun.i:
        return True
    in_prep = noun.dep_ == "pobj" and noun.head.lower_ in clauses().remention.preps
    return in_prep and tok.i == noun.head.head.i
