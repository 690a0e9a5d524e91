"""Who asserted an event, as an actor code: the speaker of "X said that ...", "according to X".

An event's ``attributed_to`` is a code or null, never the speaker's words (those are kept beside it, in
``attributed_text``, for an analyst to read). The speaker phrase is read as the article has read it so far: a
phrase the coder already resolved (a statement's own source, a subject it tried) keeps that reading; another is
resolved on a copy of the article's memory, so that asking who said something never changes what a later pronoun
or description reads back to. A speaker that does not resolve, or resolves to a place, gives null.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from detente.actors.context import ArticleContext
from detente.actors.resolution import resolve
from detente.records import ActorRef


def attributed_actor(head: Token | None, ctx: ArticleContext | None, day: dt.date | None = None) -> ActorRef | None:
    """The actor of a speaker phrase's head, or None. ``ctx`` is the article's memory (None: a text read alone, dated
    ``day``)."""
    if head is None:
        return None
    if ctx is not None and ctx.doc_key == id(head.doc) and (seen := ctx.mentions.get(head.i)) is not None:
        return seen.actor
    if ctx is None:
        return _probe(head, ArticleContext(date=day))
    if ctx.doc_key != id(head.doc):
        return _probe(head, ctx.copy())
    if head.i not in ctx.speakers:  # "the Observatory said" before each of three deeds: one copy, not three
        ctx.speakers[head.i] = _probe(head, ctx.copy())
    return ctx.speakers[head.i]


def _probe(head: Token, probe: ArticleContext) -> ActorRef | None:
    found = resolve(head, probe)
    if found is None or found.place is not None:
        return None
    return found.actor
