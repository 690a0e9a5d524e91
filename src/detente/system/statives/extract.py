"""Run every extractor family over each sentence of an article and keep what holds: not a self-relation, not
denied, not history ("which once backed"), not hypothetical or demanded, one per sentence, pair and kind (and
one ending: "no longer backs" closes the relation, see ``detente.system.view``).

Beside the extractors, the deeds the event coder skipped as standing positions ("Iran calls the rebels
terrorists", "Turkey has long backed the rebels": ``events.clause.standing_reading``) are relations the article
states: each becomes a stative through the same event -> relation rules the stored events go through
(``system.contributions.from_event``, ``data/statives/events.yaml``), with the rule ``stative.standing``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.actors import ArticleContext, country_actor, home_country
from detente.data import clauses
from detente.events.clause import read_clause
from detente.events.coder import Standing, remember_actors, standings
from detente.events.record import trimmed
from detente.nlp.text import doc_text
from detente.records import ActorRef, Article, Evidence, Stative
from detente.system import mediation
from detente.system.rule_names import AIMED_RULES, ONE_WAY_RULE
from detente.system.statives.clause import clause_anchor, denied, ending_done, negated, predicates_of, written_year
from detente.system.statives.deeds import alongside, force_deeds, one_way, postures
from detente.system.statives.hyphens import hyphenated, pro_modifiers
from detente.system.statives.labels import accusations, label_acts, labels
from detente.system.statives.lexicon import Found, lexicon
from detente.system.statives.mediations import SIDES, mediations, sides_of
from detente.system.statives.membership import allegiances, memberships, rosters
from detente.system.statives.nouns import owned_relations, relation_adjectives, relation_nouns, relative_clauses
from detente.system.statives.support import deed_purpose, misread_verbs, requested, supports, works_with
from detente.system.statives.threats import accused_deeds, blamed, claims, fought_by_two, paired_wars, threats
from detente.system.statives.ties import agreements, defence_pacts, tie_nouns
from detente.when.stated import body_date

EXTRACTORS = (
    relation_nouns,
    relation_adjectives,
    hyphenated,
    pro_modifiers,
    labels,
    label_acts,
    accusations,
    tie_nouns,
    owned_relations,
    relative_clauses,
    memberships,
    rosters,
    allegiances,
    mediations,
    supports,
    requested,
    misread_verbs,
    works_with,
    agreements,
    defence_pacts,
    force_deeds,
    postures,
    threats,
    accused_deeds,
    fought_by_two,
    claims,
    blamed,
    paired_wars,
    alongside,
    one_way,
)


def extract_statives(doc: Doc, article: Article) -> list[Stative]:
    """Every stative relation of one parsed article, with its evidence."""
    # dated like the events: by the body's own date where it states one (endings compare dates with events)
    article = article.model_copy(update={"date": body_date(doc, article.date)})
    ctx = ArticleContext(date=article.date, home=home_country(doc))
    statives: list[Stative] = []
    seen: set[tuple] = set()
    reset = SIDES.set(())
    try:
        _extract(doc, article, ctx, statives, seen)
    finally:
        SIDES.reset(reset)
    return statives


STANDING_RULE = "stative.standing"


def conditional(verb: Token) -> bool:
    """'backs Hamas if it disarms', 'supports the deal unless ...': a clause of condition on the verb."""
    marks = clauses().hypothetical_marks
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in verb.children
    )


def _extract(doc: Doc, article: Article, ctx: ArticleContext, statives: list[Stative], seen: set[tuple]) -> None:
    text = doc_text(doc)
    held: dict[int, list[Standing]] = {}
    for s in standings(doc):
        held.setdefault(s.event.sentence_index, []).append(s)
    for index, sent in enumerate(doc.sents):
        remember_actors(sent, ctx)
        sides = sides_of(sent, ctx)
        start, end = trimmed(text, sent.start_char, sent.end_char)
        for extract in EXTRACTORS:
            for f in extract(sent, ctx):
                if f.kind == "membership" and f.target.code.startswith("IGO"):
                    f = _member_state(f)
                if f.source is not None and f.source.code == f.target.code:
                    continue
                if denied(f.trigger) or mediation.former(
                    clause_anchor(f.trigger), f.trigger, words=lexicon().mediation
                ):
                    continue  # "Russia, which once backed ...": a tie that no longer holds
                if f.ends and not _denial(f.trigger) and not ending_done(f.trigger):
                    continue  # "after Britain leaves the EU", "Britain's exit from the EU": an ending still to come
                if f.kind == "hostility" and _closed_span(f.trigger, article.date):
                    continue  # "which fought a border war from 1998 to 2000": history, not a hostility that holds
                # "launched airstrikes to defend the government": the purpose is read as the deed is told
                reading = read_clause(deed_purpose(f.trigger) or clause_anchor(f.trigger), sent)
                if reading.negated and f.kind == "mediation":
                    continue  # "refused to mediate", "failed to broker a truce between ...": nobody mediated
                effort = f.kind == "mediation" and mediation.effort(f.trigger, lexicon().mediation)
                if reading.modality in ("hypothetical", "intent", "demand", "threat") and not (
                    effort or _as_held(f.trigger)
                ):
                    continue  # "would be an ally", "wants to join": not a standing relation yet
                key = _once_key(index, f.source, f.target, f.kind, f.ends)
                witness = f.rule == ONE_WAY_RULE  # of a fight's direction, no relation: it keeps none from being read
                # a witness per trigger, one relation of a pair and kind per sentence
                once = (key, f.rule, f.trigger.idx) if witness else key
                if once in seen:
                    continue
                seen.add(once)
                statives.append(
                    Stative(
                        article_id=article.id,
                        stative_id=Stative.make_id(
                            article.id, index, f.trigger.idx, key[1], key[2], f.kind, f.rule if witness else ""
                        ),
                        sentence_index=index,
                        date=article.date,
                        source=f.source,
                        target=f.target,
                        kind=f.kind,  # type: ignore[arg-type]
                        sign=f.sign,  # type: ignore[arg-type]
                        attributed_to=f.attributed.code if f.attributed else None,
                        attributed_text=f.attributed_text,
                        ends=f.ends,
                        evidence=Evidence(
                            sentence=text[start:end],
                            start=start,
                            end=end,
                            rule=f.rule,
                            trigger=f.trigger.text,
                        ),
                    )
                )
        for s in held.get(index, []):  # after the extractors: what they read of the same pair and kind stands
            found = _standing(s, doc, article)
            if found is None or _scene(s, [f for f in statives if f.sentence_index == index]):
                continue
            key = _once_key(index, found.source, found.target, found.kind, found.ends)
            if key not in seen:
                seen.add(key)
                statives.append(found)
        if sides:
            SIDES.set(tuple(sides))


def _scene(held: Standing, read: list[Stative]) -> bool:
    """'North Korea has long threatened to attack U.S. bases on Japanese soil': where a reader found whom the deed at
    the same verb was aimed at (``AIMED_RULES``), the standing deed's bare country of its place is the scene, as
    ``contributions._scenes`` drops the event coder's (not a country's own organ there: it may be both)."""
    event = held.event
    target = event.target
    place = event.location.country if event.location is not None else None
    if target is None or target.role is not None or target.country is None or place not in (None, target.code):
        return False  # with no place of its own, the bare country is the place read as a target ('on Japanese soil')
    place = target.country
    trigger = (event.evidence.trigger or "").lower()
    return any(
        f.evidence.rule in AIMED_RULES
        and (f.evidence.trigger or "").lower() == trigger
        and (f.target.country != place or f.target.role == "REB")
        for f in read
    )


def _closed_span(trigger: Token, day: dt.date | None) -> bool:
    """'fought a border war from 1998 to 2000', 'between 1980 and 1988', 'fought the government for two decades until a
    truce in 2006': the clause (of the trigger or its verb) gives the fight a span of time whose end, a year, is before
    the article's year."""
    if day is None:
        return False
    words = lexicon().ongoing_hostility
    for head in {trigger, clause_anchor(trigger)}:
        preps = [p for p in head.children if p.dep_ == "prep"]
        ends = [o for p in preps if p.lower_ in words.span_closers for o in p.children if o.dep_ == "pobj"]
        for start in (p for p in preps if p.lower_ in words.span_starts):
            dates = [o for o in start.children if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
            if not dates:
                continue
            ends += [c for d in dates for c in d.conjuncts]  # "between 1980 and 1988"
            ends += [o for h in (start, head) for p in h.children if p.dep_ == "prep" and p.lower_ in words.span_ends
                     for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        if any(_year_before(t, day) for e in ends for t in e.subtree):
            return True
    return False


def _year_before(tok: Token, day: dt.date) -> bool:
    year = written_year(tok)
    return year is not None and year < day.year


def _member_state(f: Found) -> Found:
    """A member of an international body is a state: a government or its people named as members ('the leaders of
    China ... founded the SCO') stand for their country (``member_country_roles``)."""
    source = f.source
    if source is None or source.country is None or source.role not in lexicon().member_country_roles:
        return f
    return replace(f, source=country_actor(source.country, None, source.text))


def _as_held(trigger: Token) -> bool:
    """'As an EU member, Hungary can veto the package', 'Guyana, a member of the Caribbean Community, would defend its
    borders': a fronted 'as' phrase or an apposition states what holds, whatever the modality of the clause."""
    head = trigger.head
    if trigger.dep_ == "appos":
        return True
    return trigger.dep_ == "pobj" and head.lower_ == "as" and head.i < head.head.i and head.i == trigger.sent.start


def _once_key(index: int, source: ActorRef | None, target: ActorRef, kind: str, ends: bool) -> tuple:
    """What makes a relation one of its sentence: its pair, kind and whether it ends (one of each is kept)."""
    return (index, source.code if source else None, target.code, kind, ends)


def _denial(trigger: Token) -> bool:
    """An ending by negation ('is no longer an ally', 'no longer backs') holds now; only endings by their own word
    ('left', 'exit') are read for when they happen."""
    return negated(clause_anchor(trigger), *predicates_of(trigger))


def _standing(held: Standing, doc: Doc, article: Article) -> Stative | None:
    """The relation a skipped standing deed states, read by the rules of the stored events (negated, hypothetical,
    demanded, once held, of no lasting kind: none), or None. An intention or threat ("has long sought to join")
    is no relation yet, as for the extractors; a denial ("denies arming") gives nothing, nor a position held on a
    condition ("backs Hamas if it disarms"): the event coder dates a deed, it does not weigh its conditions. A
    standing deed is its subject's: "the SDF has fought IS for years" is the SDF's hostility, not also the partner's
    (the event coder's mutual reading, which on dev3 and dev_relations gave two wrong relations and no right one)."""
    from detente.system.contributions import ENDING, from_event  # the coding pipeline does not load DuckDB

    event = held.event
    trigger = doc[held.trigger]
    if held.reverse or event.modality in ("intent", "threat") or denied(trigger) or conditional(doc[held.anchor]):
        return None
    c = from_event(event, article.date)
    if c is None or c.source_code is None:
        return None
    ev = event.evidence
    source, target = event.source, event.target
    assert target is not None  # from_event gives none without a target
    return Stative(
        article_id=article.id,
        stative_id=Stative.make_id(article.id, event.sentence_index, trigger.idx, source.code, target.code, c.kind),
        sentence_index=event.sentence_index,
        date=article.date,
        source=source,
        target=target,
        kind=c.kind,  # type: ignore[arg-type]
        sign=c.sign,  # type: ignore[arg-type]
        attributed_to=c.attributed_to,
        attributed_text=None,
        ends=c.origin == ENDING,
        evidence=Evidence(sentence=ev.sentence, start=ev.start, end=ev.end, rule=STANDING_RULE, trigger=ev.trigger),
    )
