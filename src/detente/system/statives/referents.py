"""Descriptions read back to the names the article gave before them, where the actor resolver finds no one.

The actor resolver reads a bare definite description ("the bloc", "the country") from the phrases it has resolved
so far; a stative's parties are often described with more words ("Armenia remains a member of the six-nation
bloc", "The two countries have been at war since 2022", "the patrolling agreement the two governments reached")
or name a body the resolver never had to resolve ("Their governments call ECOWAS a tool of France. The bloc,
whose members include Nigeria, ..."). These read the article's own names (its dictionary entities) instead:

- a definite description of a body (``referents.bodies``: bloc, alliance, league) is the latest international body
  named before it in its sentence or the four before, never one of the UN family (``referents.not_bodies``);
- a definite plural of states with a number ("the two countries", "the three juntas", "both governments") is the
  states named before it, when the sentences read back from it name exactly that many, with the role its noun
  gives (``referents.states``: governments are ``GOV``, countries the country alone, as docs/conventions.md codes
  "Iran" and "Iran's government").

Whatever is not plain (more states named than the number says, no body named) gives nobody: a wrong party is
worse than none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors import ArticleContext, country_actor
from detente.actors.context import sentence_number
from detente.actors.coreference import DESCRIPTION_WINDOW
from detente.actors.resolution import resolve_entity
from detente.data import gazetteer
from detente.records import ActorRef
from detente.system.statives.lexicon import lexicon
from detente.where.mentions import dictionary_entities

STATE_KINDS = ("country", "demonym", "capital")  # dictionary entities that name a state


def body_described(tok: Token, ctx: ArticleContext) -> list[ActorRef]:
    """'the six-nation bloc', 'the league's council', 'The bloc, whose members ...': the latest international body
    named before the description; nothing when the phrase is no definite description of a body."""
    words = lexicon().referents
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.lemma_.lower() not in words.bodies or not _definite(tok):
        return []
    return latest_body(tok, ctx)


def latest_body(tok: Token, ctx: ArticleContext) -> list[ActorRef]:
    """The latest international body named before ``tok`` ("Timor-Leste joined ASEAN. Myanmar, a member whose
    ...": ASEAN), none when it is one of the UN family."""
    mention = latest_body_mention(tok, ctx)
    return [mention[0]] if mention is not None else []


def latest_body_mention(tok: Token, ctx: ArticleContext) -> tuple[ActorRef, Span] | None:
    """The latest international body named before ``tok`` and the name's span (for a reader that must see what
    the article said of it), None when it is one of the UN family."""
    for actor, span in reversed(_named_before(tok, ctx)):
        if actor.code.startswith("IGO"):
            return None if actor.code in lexicon().referents.not_bodies else (actor, span)
    return None


def group_described(tok: Token, ctx: ArticleContext) -> list[ActorRef]:
    """'the Lebanese group', 'the paramilitary group': the latest group named before the description (not a state,
    a state's organ or a body), of the country its demonym gives when it gives one."""
    words = lexicon().referents
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.lemma_.lower() not in words.groups or not _definite(tok):
        return []
    mods = [c for c in tok.children if c.i < tok.i]
    if not any(c.dep_ == "amod" or (c.dep_ == "compound" and c.ent_type_ == "NORP") for c in mods):
        return []  # a bare "the group" is the actor resolver's, which reads it the same way ("the Maoist group" not)
    demonyms = gazetteer().demonyms
    countries = {demonyms[c.text] for c in tok.children if c.i < tok.i and c.text in demonyms}
    for actor, _ in reversed(_named_before(tok, ctx)):
        if actor.code.startswith("IGO") or actor.role is None or actor.role in words.state_roles:
            continue
        if countries and actor.country not in countries:
            continue
        return [actor]
    return []


def states_described(tok: Token, ctx: ArticleContext) -> list[ActorRef]:
    """'the two countries', 'the three juntas', 'both governments': the states named before, when the sentences
    read back from the description name exactly as many as its number says (nearest sentence first). ('Both
    groups' read so gave one right and one wrong relation on dev4, the wrong one an actor code: not kept.)"""
    words = lexicon().referents
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNS" or lemma not in words.states:
        return []
    count = _count(tok)
    if count is None:
        return []
    here = sentence_number(tok)
    found: list[ActorRef] = []
    named = _states_by_sentence(tok, ctx)
    for sentence in range(here, here - DESCRIPTION_WINDOW - 1, -1):
        for actor in named.get(sentence, []):
            if all(a.code != actor.code for a in found):
                found.append(actor)
        if len(found) == count:
            role = words.states[lemma] or None
            return [country_actor(a.code, role, tok.text) for a in sorted(found, key=lambda a: a.code)]
        if len(found) > count:
            return []
    return []


def organ_described(tok: Token, ctx: ArticleContext) -> list[ActorRef]:
    """'China is the military's main arms supplier' after 'Myanmar's junta has ruled since the coup': a definite
    singular state organ with no country of its own ('the military', 'the junta') is the organ of the one state
    the sentences before it name (in the role its noun gives); none when those sentences name several: in a story
    of two states ("Russian forces pounded Kharkiv. Ukraine's air force said ...") the nearest one named is no
    sign whose military it is."""
    words = lexicon().referents
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or not words.states.get(lemma) or tok.ent_type_ or not _definite(tok):
        return []
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i for c in tok.children):
        return []  # "the military government", "Mali's army": the actor resolver's
    here = sentence_number(tok)
    named: dict[int, set[str]] = {}
    for actor, span in _named_before(tok, ctx):  # states, and the organs of states ("Myanmar's junta")
        if actor.country and (actor.role is None or actor.role in words.state_roles):
            named.setdefault(sentence_number(span[0]), set()).add(actor.country)
    codes = sorted(set().union(*(named.get(s, set()) for s in range(here - DESCRIPTION_WINDOW, here))))
    return [country_actor(codes[0], words.states[lemma], tok.text)] if len(codes) == 1 else []


def _definite(tok: Token) -> bool:
    """A definite description: 'the' before it, and no name among its modifiers ('the EU bloc' names its body)."""
    lefts = [c for c in tok.children if c.i < tok.i and c.dep_ != "punct"]
    has_the = any(c.dep_ == "det" and c.lower_ == "the" for c in lefts)
    named = any(c.ent_type_ in ("GPE", "ORG") or (c.pos_ == "PROPN" and c.ent_type_ != "NORP") for c in lefts)
    return has_the and not named


def _count(tok: Token) -> int | None:
    """The number a definite plural gives: 'the two countries' 2, 'both countries' 2; None for 'two countries'."""
    words = lexicon().referents
    numbers = words.numbers
    lefts = [c for c in tok.children if c.i < tok.i]
    alone = [numbers[c.lower_] for c in lefts if c.lower_ in words.counted_alone and c.lower_ in numbers]
    if alone:  # "both countries": definite and counted without "the"
        return alone[0]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts):
        return None
    given = [numbers[c.lower_] for c in lefts if c.dep_ == "nummod" and c.lower_ in numbers]
    return given[0] if len(given) == 1 else None


def _entities_before(tok: Token) -> list[tuple[int, str, str, Span]]:
    """(start, kind, surface, span) of each dictionary entity ending before ``tok`` in its sentence or the ones a
    description reads back to."""
    first = sentence_number(tok) - DESCRIPTION_WINDOW
    seen: dict[int, tuple[int, str, str, Span]] = {}
    for kind, surface, span in dictionary_entities(tok.doc).values():
        if span.end <= tok.i and span.start not in seen and sentence_number(tok.doc[span.start]) >= first:
            seen[span.start] = (span.start, kind, surface, span)
    return [seen[i] for i in sorted(seen)]


def _named_before(tok: Token, ctx: ArticleContext) -> list[tuple[ActorRef, Span]]:
    """The actors the article's names before ``tok`` stand for, with their names, in order (places and people
    left out)."""
    found = []
    for _, kind, surface, span in _entities_before(tok):
        if kind not in ("actor", *STATE_KINDS):
            continue
        resolved = resolve_entity(kind, surface, span.text, ctx, False, span)
        if resolved is not None:
            found.append((resolved.actor, span))
    return found


def _states_by_sentence(tok: Token, ctx: ArticleContext) -> dict[int, list[ActorRef]]:
    """Sentence number -> the states its names before ``tok`` name (a country, its demonym or its capital), as the
    country alone."""
    named: dict[int, list[ActorRef]] = {}
    for start, kind, surface, span in _entities_before(tok):
        if kind not in STATE_KINDS:
            continue
        resolved = resolve_entity(kind, surface, span.text, ctx, False, span)
        country = resolved.actor.country if resolved is not None else None
        if country:
            named.setdefault(sentence_number(tok.doc[start]), []).append(country_actor(country, None, span.text))
    return named
