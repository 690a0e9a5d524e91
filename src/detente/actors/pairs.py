"""Plural anaphora that read back to two parties: "the two leaders", "both sides", "the pair".

With no complement of their own, they are the two parties of the one pair named in their sentence or the two before
(a mutual event, two conjoined actors, not two places); with two pairs, or another two numbered in between ("two
journalists"), nothing. "They" never reads back to a pair. Split from ``coreference.py`` (pronouns, surnames and
definite descriptions), which reads one antecedent where this reads two; the words are ``roles.yaml``'s pair words.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from detente.actors.context import ArticleContext, sentence_number, sentence_starts
from detente.actors.phrases import lemma_in
from detente.actors.resolved import state_word
from detente.data import roles_file
from detente.nlp.memo import per_token
from detente.records import ActorRef
from detente.where.mentions import entity_of

PAIR_WINDOW = 2  # sentences before a plural anaphor whose pairs it can read back to
OWN_COMPLEMENT = ("prep", "relcl", "acl", "appos")  # a complement that makes a pair phrase name its own two
ACTOR_KINDS = ("person", "actor", "demonym")  # entity kinds that name a party, never a place


PAIR_PHRASE_KEY = "detente_pair_phrase"


def pair_phrase(head: Token) -> bool:
    """'the two sides', 'both leaders', 'the two', 'both' (a subject alone), 'the pair': a definite plural that says
    it is two parties (``pair_words`` before a ``pair_nouns`` head, or a ``pair_collectives`` noun, with a
    ``pair_determiners`` word; a ``pair_definite_words`` word needs none); with a complement of its own, none.

    The answer depends on the parse alone, so it is read once per head and doc: ``resolve`` asks it first of every
    phrase, and the events, the learned layer and the statives resolve the same heads (17,141 asks for 6,917
    heads in 100 real articles)."""
    return per_token(PAIR_PHRASE_KEY, head, _pair_phrase)


def _pair_phrase(head: Token) -> bool:
    table = roles_file()
    words, definite = _pair_words()
    before = [c for c in head.children if c.i < head.i]
    the = any(c.dep_ == "det" and c.lower_ in table.pair_determiners for c in before)
    if any(c.dep_ in OWN_COMPLEMENT for c in head.children):
        # "the two leaders of the Kurdish opposition", "the two men who attacked the ambassador", "the pair of
        # suspects": a phrase with its own complement says who it is, someone other than the pair named before
        return False
    if head.lower_ in words and not [c for c in head.children if c.dep_ in ("prep", "amod", "compound")]:
        # "the two were slated for meetings", "Both said": the pair word is the phrase ("both" needs no "the"), a
        # subject standing alone (not "two of the soldiers", "both of them": a partitive the parse hangs on it)
        return head.dep_ in ("nsubj", "nsubjpass") and (the or head.lower_ in definite)
    if head.tag_ == "NN" and lemma_in(head, table.pair_collectives):
        return the
    if head.tag_ != "NNS" or not lemma_in(head, table.pair_nouns):
        return False
    marked = [c for c in before if c.lower_ in words and c.dep_ in ("nummod", "det", "predet", "preconj", "amod")]
    if not marked or any(c.dep_ in ("amod", "compound") and c.lower_ not in words for c in before):
        return False  # "both Republican and Democratic lawmakers", "the two Syrian officials": named by their words
    return the or marked[0].lower_ in definite


@cache
def _pair_words() -> tuple[frozenset[str], frozenset[str]]:
    """``pair_words`` and ``pair_definite_words``, read once: ``pair_phrase`` asks of every phrase resolved."""
    table = roles_file()
    return frozenset(table.pair_words), frozenset(table.pair_definite_words)


def _window_start(head: Token) -> int:
    """The first token of the ``PAIR_WINDOW`` sentences before the anaphor's."""
    return sentence_starts(head.doc)[max(sentence_number(head) - PAIR_WINDOW, 0)]


def _pairs(head: Token, ctx: ArticleContext) -> dict[frozenset[str], tuple[ActorRef, ActorRef] | None]:
    """The pairs of parties in the anaphor's sentence (before it) and the ``PAIR_WINDOW`` sentences before: the two
    parties of a mutual event the article coded (both directions: "Putin met Erdogan", "talks between A and B") and
    two actors conjoined ("Putin and Erdogan announced"; "May and Juncker" is not read: the two are not both
    resolved). The two of a one-way event ("Iran accused Iraq"), a conjunction of two phrases one of which names no
    actor the article resolved ("between government forces and rebels", "Lewis and Thompson"), and two places outside
    a subject ("Storms hit Moscow and Ankara") are pairs too, given as None: they may be the pair meant, so they leave
    the anaphor ambiguous. Keys are the two sides (``_side``)."""
    here = sentence_number(head)
    out: dict[frozenset[str], tuple[ActorRef, ActorRef] | None] = {}
    recent_events = [e for e in ctx.events if here - PAIR_WINDOW <= e.sentence <= here and e.target is not None]
    directions = {(e.source.code, e.target.code, e.code) for e in recent_events if e.target is not None}
    for e in recent_events:
        if e.target is not None and (e.target.code, e.source.code, e.code) in directions:
            _add(out, e.source, e.target)
    for e in recent_events:
        # "Iran accused Iraq": a one-way event's two parties are seldom "the two sides" of what follows, but they may
        # be; its pair only leaves the anaphor ambiguous (after the mutual ones, which keep their pair)
        if e.target is not None and _side(e.source) != _side(e.target):
            out.setdefault(frozenset((_side(e.source), _side(e.target))), None)
    for tok in head.doc[_window_start(head) : head.i]:
        if tok.dep_ != "conj" or tok.pos_ not in PAIR_POS or tok.head.pos_ not in PAIR_POS:
            continue
        left, right = ctx.mentions.get(tok.head.i), ctx.mentions.get(tok.i)
        if left is not None and right is not None:
            if tok.head.dep_ in ("nsubj", "nsubjpass") or not (_a_place(tok.head) or _a_place(tok)):
                _add(out, left.actor, right.actor)
            elif _side(left.actor) != _side(right.actor):
                # "Storms hit Moscow and Ankara": two places something happened in are no pair of actors, but the
                # pair phrase may be about them: the anaphor stays unresolved
                out.setdefault(frozenset((_side(left.actor), _side(right.actor))), None)
            continue
        # "Chinese and Japanese ships clashed": two countries' words (a pair of those sides, which an event of the
        # same two keeps), else two phrases of unknown parties
        states = [state_word(tok.head), state_word(tok)]
        key = frozenset(states) if all(states) else frozenset((f"?{tok.head.i}", f"?{tok.i}"))
        out.setdefault(key, None)
    return out


PAIR_POS = ("NOUN", "PROPN", "ADJ")


def _a_place(tok: Token) -> bool:
    """A country's or a city's name (not a person, a body or a demonym): outside a subject, where something happened."""
    entity = entity_of(tok)
    return entity is not None and entity[0] not in ACTOR_KINDS


def _numbered_plural(tok: Token) -> bool:
    """'Two journalists were detained', 'Police arrested two men': a plural numbered by a pair word that is no pair
    phrase itself; a later "the two" may be these two, not the pair named before."""
    words, _ = _pair_words()
    numbered = any(c.dep_ == "nummod" and c.lower_ in words for c in tok.children)
    return tok.tag_ == "NNS" and numbered and not pair_phrase(tok)


def _side(actor: ActorRef) -> str:
    """What a party is a side of: its country ("GBR" for GBRGOV and GBR alike), else its code (an IGO, a group)."""
    return actor.country or actor.code


def _add(out: dict[frozenset[str], tuple[ActorRef, ActorRef] | None], a: ActorRef, b: ActorRef) -> None:
    """One pair of two sides: "Russia and Turkey" then "Putin and Erdogan" are one pair (RUS and RUSGOV are one side),
    read as the parties first named (events come before conjunctions); two parties of one side are none."""
    if _side(a) != _side(b):
        out.setdefault(frozenset((_side(a), _side(b))), (a, b))


def paired_parties(head: Token, ctx: ArticleContext) -> tuple[list[ActorRef], str] | None:
    """'Putin met Erdogan in Sochi. The two leaders signed a deal': a plural that says it is two parties ("the two
    sides", "both", ``pair_phrase``) is the two parties of the one pair in its window (``_pairs``). Two pairs, or none,
    or another two numbered in the window ("Two journalists were detained"), give nothing: which two is not for
    salience to guess. A subject or object "they" is left to the pronoun resolver (it may be any plural before)."""
    found, why = _read_pair(head, ctx)
    return (found, why) if found is not None and why is not None else None


def why_no_pair(head: Token, ctx: ArticleContext) -> str | None:
    """Why a pair phrase ("the two leaders", "both sides") gave no parties, for the skip reasons ``explain`` shows;
    None for any other phrase and for one that reads back."""
    if not pair_phrase(head):
        return None
    found, why = _read_pair(head, ctx)
    return why if found is None else None


def _read_pair(head: Token, ctx: ArticleContext) -> tuple[list[ActorRef] | None, str | None]:
    """The pair and why, or None and why not (None, None: no phrase of two parties); one place decides both."""
    said = f"'{head.text}'"
    if ctx.doc_key != id(head.doc) or not pair_phrase(head):
        return None, None
    if any(_numbered_plural(tok) for tok in head.doc[_window_start(head) : head.i]):
        return None, f"{said}: two parties, but two others are numbered before it ('two journalists')"
    pairs = _pairs(head, ctx)
    if not pairs:
        return None, f"{said}: two parties, but no pair is named in its sentence or the {PAIR_WINDOW} before"
    if len(pairs) > 1 or (found := next(iter(pairs.values()))) is None:
        # a one-way event's parties, or a conjunction naming no actor, may be the pair meant
        return None, f"{said}: two parties, and {len(pairs)} pairs (or one of unnamed parties) could be meant"
    a, b = found
    return [a, b], f"{said}: the one pair named before ({a.code} and {b.code})"
