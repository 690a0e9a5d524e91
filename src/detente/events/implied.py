"""Implied doers: a deed of force whose clause names no doer takes the one doer the article named for its root before.

News names who bombs once and then reports the deed without its doer: "25 people were killed in air raids on
Talbisseh", "the town was shelled on Saturday", "rocket attacks on a government-held district killed one". The guide
lets annotators give a party named only in another sentence (annotation.md 1), and on real news they give the doer
of the article's earlier attacks. The coder keeps the events it coded (``ArticleContext.events``); a frame of a root
of ``implied_doer.roots`` (``data/clauses.yaml``) whose doer slot is empty or holds only words that name no party
("air", "mortar", "shells": an agentless passive, a weapon, a count) takes the source of the earlier events of its
root when they all have the same one. Two earlier doers, or none, give nothing; so do doer words that name a party
the resolver could not place ("he", a person): that is a doer, only unknown. The candidate's rule says it
(``<pattern>.implied_doer``), so ``explain`` and the evidence show the doer was not in the sentence.

Unlike the re-mention (``events/remention.py``, a definite noun taking the earlier event's two parties), only the
doer is inherited: the target is what the clause itself names (a place struck stands for its country).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors import ArticleContext, CodedEvent
from detente.data import clauses
from detente.events.tree import is_instrument, is_passive, names_a_party
from detente.records import ActorRef

IMPLIED = "implied_doer"


def names_no_doer(trigger: Token, heads: list[Token]) -> bool:
    """Whether a doer slot's words name no one: none at all (an agentless passive, "were killed in the ambush"), or
    only a weapon or attack ("mortar fire", "shells") or a word of the deed's own noun that names no party ("air"
    strikes). Any other word is a doer we could not place ("the popular resistance killed", "one of its fighters
    fired", "an ex-Marine shot"), not an absent one."""
    return all(
        is_instrument(h)
        or (
            h.head.i == trigger.i
            and h.dep_ in ("compound", "amod", "nmod")
            and not h.ent_type_
            and not names_a_party(h)
        )
        for h in heads
    )


def earlier_doer(root: str, events: list[CodedEvent], sentence: int) -> ActorRef | None:
    """The one source of the article's events of ``root`` coded before ``sentence`` (within the window), or None
    when there is none or more than one."""
    window = clauses().implied_doer.window
    found = [
        e
        for e in events
        if e.root == root and e.sentence < sentence and (not window or sentence - e.sentence <= window)
    ]
    codes = {e.source.code for e in found}
    return found[-1].source if len(codes) == 1 else None


def speaker(tok: Token) -> bool:
    """Whether a phrase names who reports ("the Observatory said", "according to SANA"), not who acted."""
    words = clauses()
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() in words.speech_verbs:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in words.according_to


def another_doer_named(sent: Span, ctx: ArticleContext, doer: ActorRef, skip: set[int]) -> bool:
    """Whether the sentence names an acting party other than the implied doer (outside the tokens in ``skip``: the
    deed's own target words): "rebels attacked a checkpoint ..., killing six", "killed by rebel rocket fire". The
    doer may then be that party, read through an attachment the frame did not take; guessing the earlier one would
    be wrong. Places, civilians and the media (``result_roles``), and whoever reports, are no such party."""
    victims = set(clauses().result_roles)
    for m in ctx.mentions.values():
        if not sent.start <= m.index < sent.end or m.index in skip or m.actor.code == doer.code:
            continue
        if m.kind == "state" or (m.actor.role or "") in victims or speaker(sent.doc[m.index]):
            continue
        return True
    return False


def implied_doer(
    code: str, trigger: Token, heads: list[Token], mutual: bool, events: list[CodedEvent], sentence: int | None
) -> ActorRef | None:
    """The doer a frame with no named doer takes from the earlier events (``earlier_doer``), or None: the rule is off,
    the root is not one of ``implied_doer.roots``, the deed is two-way (both sides act: "clashes", "mutual shelling"),
    or the doer words name a party."""
    rule = clauses().implied_doer
    if (
        not rule.enabled
        or sentence is None
        or mutual
        or code[:2] not in rule.roots
        or not names_no_doer(trigger, heads)
    ):
        return None
    if trigger.pos_ in ("VERB", "AUX") and not heads and not is_passive(trigger):
        return None  # "his pretext for invading Ukraine": an active verb's doer is there, the parse only lost it
    return earlier_doer(code[:2], events, sentence)
