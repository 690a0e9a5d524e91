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
from detente.events.dating import dated_from, mention_span, past_perfect, sentence_dates, the_one_day
from detente.events.patterns import verb_index
from detente.events.remention import (
    fitting_pattern,
    in_condition,
    is_date,
    is_definite,
    only_timed,
    retold_events,
    states_the_event,
    under_denial,
    unreported,
)
from detente.nlp.tree import asks, nearest_verb, verb_in
from detente.records import Event
from detente.when import DateMention


def back_day(
    events: list[Event], coded: list[CodedEvent], sents: list[Span], day: dt.date | None, kinded: set[int]
) -> list[Event]:
    """An event still dated by the article takes the one past day a later sentence gives the deed when it tells it
    again: "Jets bombed a market in Idlib. The Saturday strike killed 12", "... The raids on Tuesday were the
    heaviest", "... the bombardment, which hit five towns on Tuesday". News often tells the deed first and names its
    day only when it comes back to it; the annotators date the first telling by that day (annotation.md 2), and no
    carry forward (``carried_day``, ``story_day``) reaches it.

    The later noun is an event noun of a pattern of the re-mentioned roots, definite ("the", "these", a day as its
    owner) and naming no party (``_names_no_party``). Its day counts only as the deed's (``_dates_the_deed``): the
    day is the noun's own modifier and the noun is what its clause states (``remention.states_the_event``, a copula
    allowed, not ``only_timed``: not "since the Saturday strike", "a reply to the attack on Saturday"), or the day
    hangs directly on a verb saying the deed happened (``standing.back_day_verbs`` or a verb of the noun's root: "was
    carried out on Saturday", not "was condemned on Tuesday") whose subject, "by" or "in" object the noun is, or
    which is the noun's relative clause; with no preposition or an "on" (``standing.back_day_preps``: no range, "since
    Saturday"); the clause reported done (no modal, condition, negation, past perfect, denial, question); one past
    day of the news. Which earlier events it tells again is the re-mention's own decision (``remention.retold_events``,
    with the candidates' reading of a kind word, ``kinded``): events of its root told within ``clauses.yaml``
    ``standing.back_day_sentences`` (1, as the re-mention's own window) before it, all of one doer (one party set for
    a two-way noun), no other doer of such deeds told shortly before, every one asserted, none told over a span
    (``_told_over_a_span``: "bombed hospitals throughout the war"). Their records, asserted and still dated by the
    article, take the day, recorded as carried from the later sentence (``evidence.date_from``, the store's
    ``date_basis`` "carried"); a re-mention coded from that very noun takes it as its own words. Two later mentions
    that give the deed two days give it none. Applied after every filter: no event is added or removed; only
    ``date``, ``date_precision`` and the evidence's date fields change.

    On train 1,759 (docs/events.md, s31-backdays) it dated 5 found events right that had the article's date, and
    none wrong."""
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
            mutual = pattern.mutual or pattern.participants is not None
            mention = _noun_day(noun, pattern, sent, day, mutual)
            if mention is None:
                continue
            retold = retold_events(noun, pattern, coded, index, noun.i in kinded, reach)
            if any(_told_over_a_span(sents[told.sentence], told.lemma) for told in retold):
                continue
            for told in retold:
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


def _noun_day(noun: Token, pattern: NounPattern, sent: Span, day: dt.date, mutual: bool) -> DateMention | None:
    """The one past day of the news a noun's own words give its deed (``_dates_the_deed``), not after the reference
    day, not history and not told ahead. A question asserts no deed ("Was the strike carried out on Saturday?")."""
    if asks(sent):
        return None
    dating_the_deed = []
    for m in sentence_dates(sent, day, "past"):
        span = mention_span(m, sent)
        if m.precision == "day" and span is not None and _dates_the_deed(span.root, noun, pattern, mutual):
            dating_the_deed.append(m)
    return the_one_day(dating_the_deed, sent, day)


def _dates_the_deed(word: Token, noun: Token, pattern: NounPattern, mutual: bool) -> bool:
    """Whether a date word gives the noun's deed its day. Either the day is the noun's own modifier ("the Saturday
    strike", "Saturday's raid", "the strike on Saturday") and the noun is what its clause states (the re-mention's
    ``states_the_event``, a copula allowed: "the Saturday strike was the deadliest"; not "since the Saturday strike",
    "followed the Saturday bombing", "a reply to the attack on Saturday", nor ``only_timed``); or the day hangs
    directly on a verb that says the deed happened (``_says_it_happened``: "the strike was carried out on Saturday",
    "the bombardment, which hit five towns on Saturday"; not "was condemned on Tuesday"), the noun its subject, the
    object of its "by" or "in", or the head of its relative clause. Only a day with no preposition or one of
    ``standing.back_day_preps`` ("on") counts: a range ("since Saturday", "after Saturday") names no day of the deed.
    The clause must report the deed done: no modal, condition, denial, negation or past perfect (``_reports``)."""
    host = word.head
    if word.dep_ == "pobj":
        if word.head.lower_ not in clauses().standing.back_day_preps:
            return False
        host = word.head.head
    elif word.dep_ not in clauses().remention.date_owner_deps and word.dep_ not in ("amod", "appos"):
        return False
    if host.i == noun.i:
        clause = noun.head if noun.dep_ in clauses().remention.deps else noun.head.head
        return states_the_event(noun, mutual, copula=True) and not only_timed(noun) and _reports(clause)
    if host.pos_ not in ("VERB", "AUX") or not _says_it_happened(host, pattern) or not _reports(host):
        return False
    if noun.dep_ in clauses().remention.deps and noun.head.i == host.i:
        if noun.dep_ == "nsubjpass" and not verb_in(host, clauses().standing.back_day_passive_verbs):
            # "the strike was attacked in parliament / targeted in a resolution / claimed on Tuesday": the passive
            # subject of a verb of force or claim is what another party acted on, not the deed happening
            return False
        return not any(c.dep_ == "agent" for c in host.children)  # "was carried out by jets": another doer named
    if noun.dep_ == "pobj" and noun.head.head.i == host.i:
        return noun.head.dep_ == "agent" or noun.head.lower_ in clauses().remention.preps  # "killed in the strike"
    return host.dep_ == "relcl" and host.head.i == noun.i


def _says_it_happened(verb: Token, pattern: NounPattern) -> bool:
    """Whether a verb says the deed happened (``standing.back_day_verbs``, as lemma, lemma and particle, or lemma and
    object: "take place"; or a verb of the noun's own pattern root: "the raid, which bombed a school"), rather than
    tell another's response to it ("condemned", "reported", "discussed")."""
    verbs = clauses().standing.back_day_verbs
    lemma = verb.lemma_.lower()
    if verb_in(verb, verbs) or any(f"{lemma} {c.lemma_.lower()}" in verbs for c in verb.children if c.dep_ == "dobj"):
        return True
    return any(p.code[:2] == pattern.code[:2] for p in verb_index().by_lemma.get(lemma, []))


def _reports(verb: Token) -> bool:
    """Whether a clause reports its deed done: no modal or active perfect, no condition (``remention.unreported``,
    ``in_condition``), no negation ("the strike did not happen on Saturday"), no past perfect ("had been damaged in
    the Saturday strike": a deed before the told one), no verb of denial above it (``remention.under_denial``)."""
    if unreported(verb) or in_condition(verb) or past_perfect(verb):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return not under_denial(verb)


def _told_over_a_span(sent: Span, lemma: str) -> bool:
    """Whether the earlier deed is told over a span or as a habit ("bombed hospitals throughout the war", "has
    repeatedly struck"): no one day's deed that a later dated noun tells again (``standing.back_day_span_preps``,
    ``standing.repetition_adverbs`` on its verb, a time word under ``standing.back_day_span_determiners``: "every
    week")."""
    words = clauses().standing
    for verb in (t for t in sent if t.lemma_.lower() == lemma):
        verb = nearest_verb(verb)
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in words.repetition_adverbs:
                return True
            if c.dep_ == "prep" and c.lower_ in words.back_day_span_preps:
                return True
            if c.dep_ in ("npadvmod", "advmod") and any(
                d.dep_ == "det" and d.lower_ in words.back_day_span_determiners for d in c.children
            ):
                return True  # "bombed hospitals every week": a habit, not one day's deed
    return False
