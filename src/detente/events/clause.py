"""Reading an event's clause: negation, modality and who reported it.

"did not attack", "failed to broker" are negated; "will visit", "plans to" are intentions; "threatened to" a
threat; "urged X to" a demand; "if", "could" hypothetical; "X said that ..." and "according
to X" attribute the clause. The verbs that govern the event's clause decide, read upward
from the event's anchor verb.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from detente.actors.phrases import lemma_in
from detente.data import clauses
from detente.events.tree import SUBJECT_DEPS
from detente.records import Modality


@dataclass(frozen=True)
class ClauseReading:
    negated: bool
    modality: Modality
    attributed_to: str | None
    future: bool
    expressed: bool = False  # an actor stated the intention ("said it would", "pledged to")


def chain(verb: Token) -> list[Token]:
    """The verb and the verbs that govern it up to the clause root."""
    out = [verb]
    tok = verb
    while tok.head.i != tok.i and len(out) < 8:
        tok = tok.head
        out.append(tok)
    return out


def read_clause(anchor: Token, sent: Span) -> ClauseReading:
    words = clauses()
    negated = any(c.dep_ == "neg" or c.lower_ in ("never",) for c in anchor.children)
    modality: Modality = "asserted"
    future = False
    aux = [c.lower_ for c in anchor.children if c.dep_ in ("aux", "auxpass")]
    if any(a in words.future_aux for a in aux):
        modality, future = "intent", True
    elif any(a in words.hypothetical_aux for a in aux):
        modality = "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in words.hypothetical_marks for c in anchor.children):
        modality = "hypothetical"
    attributed: str | None = None
    by_intent_verb = False
    tok = anchor
    hops = 0
    while tok.head.i != tok.i and hops < 6:
        dep, gov = tok.dep_, tok.head
        lemma = gov.lemma_.lower()
        if dep in ("xcomp", "ccomp", "advcl", "conj"):
            # "threatened on Tuesday to launch ...": the small model often hangs the infinitive as advcl
            infinitive = dep == "xcomp" or (
                dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            )
            if infinitive and (any(c.dep_ == "neg" for c in gov.children) or lemma in words.failure_verbs):
                negated = True  # "did not try to meet", "failed to broker a truce"
            if infinitive and _predicate_adjective(gov):
                modality, future, negated, by_adjective = _adjective_reading(gov, modality, future, negated)
                by_intent_verb = by_intent_verb or by_adjective
            elif infinitive and lemma in words.intent_verbs:
                modality, future, by_intent_verb = "intent", True, True
            elif infinitive and lemma in words.threat_verbs:
                modality, future = "threat", True
            elif infinitive and lemma in words.demand_verbs:
                modality, future = "demand", True
            elif dep == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in words.hypothetical_marks for c in tok.children
            ):
                modality = "hypothetical"
            elif dep == "ccomp" and lemma in words.demand_verbs:
                modality, future = "demand", True
            elif dep == "ccomp" and lemma in words.threat_verbs and ("would" in aux or "will" in aux):
                modality, future = "threat", True  # "warned that Israel would strike"
            elif dep == "ccomp" and lemma in words.intent_verbs:
                modality = "hypothetical"  # "proposed that Kyiv sever relations"
            elif dep == "ccomp" and lemma in words.deny_verbs:
                negated = True
            elif dep == "ccomp" and (lemma in words.speech_verbs or lemma in words.claim_verbs):
                subj = [c for c in gov.children if c.dep_ in SUBJECT_DEPS]
                if subj and attributed is None:
                    attributed = _phrase_text(subj[0])
                if lemma in words.claim_verbs and modality == "asserted":
                    modality = "claim"
        elif dep != "acomp":  # "it was ready to send": from the adjective on to the verb it completes
            break
        tok = gov
        hops += 1
    if modality == "hypothetical" and attributed is not None and "would" in aux:
        modality, future = "intent", True  # "said it would send": the future of reported speech
    expressed = modality == "intent" and (attributed is not None or by_intent_verb)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
    if modality == "asserted" and infinitive and anchor.dep_ in ("acl", "relcl") and anchor.head.pos_ == "NOUN":
        modality, future = "intent", True  # "a deal to normalize ties" is not a deed ("fired to disperse" is)
    if attributed is None:
        attributed = _according_to(sent)
    return ClauseReading(negated, modality, attributed, future, expressed)


def _predicate_adjective(gov: Token) -> bool:
    """'is ready to', and 'is poised to' / 'is set to', which the parser reads as a passive participle."""
    if gov.dep_ == "acomp" and gov.pos_ == "ADJ":
        return True
    words = clauses().predicate_adjectives
    passive = gov.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in gov.children)
    return passive and lemma_in(gov, {*words.intent, *words.scheduled, *words.refused, *words.done})


def _adjective_reading(
    adjective: Token, modality: Modality, future: bool, negated: bool
) -> tuple[Modality, bool, bool, bool]:
    """What a predicate adjective makes of the infinitive it governs ("ready to send", "due to visit",
    "unwilling to meet", "quick to condemn", "likely to attack"): (modality, future, negated, stated intent).
    The negation of "was not ready to send" hangs on the copula."""
    words = clauses().predicate_adjectives
    negated = negated or any(c.dep_ == "neg" for c in adjective.head.children)
    if lemma_in(adjective, words.intent):
        return "intent", True, negated, True
    if lemma_in(adjective, words.scheduled):  # by the word as written too: 'poised' is lemmatised 'poise'
        return "intent", True, negated, False
    if lemma_in(adjective, words.refused):
        return modality, future, True, False
    if lemma_in(adjective, words.done):
        return modality, future, negated, False
    return "hypothetical", future, negated, False


def _phrase_text(head: Token) -> str:
    toks = [t for t in head.subtree if t.dep_ not in ("relcl", "punct", "appos") or t.i == head.i]
    doc = head.doc
    return doc[toks[0].i : toks[-1].i + 1].text if toks else head.text


def _according_to(sent: Span) -> str | None:
    for tok in sent:
        if tok.lower_ in clauses().according_to:
            for nxt in tok.subtree:
                if nxt.dep_ == "pobj":
                    return _phrase_text(nxt)
            after = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
            if after is not None and after.lower_ == "to":  # "to" parsed apart from "according"
                pobj = [c for c in after.children if c.dep_ == "pobj"]
                if pobj:
                    return _phrase_text(pobj[0])
    return None
