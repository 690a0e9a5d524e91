"""Ties and agreements said by tie nouns and verbs rather than relation nouns: "Qatar has close ties with Hamas",
"strained relations between Ankara and Washington", "Israel and Hamas agreed to a truce", "fought alongside", and
the alliance a pact of defence makes ("the mutual defence treaty between A and B").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Span, Token

from detente.actors import ArticleContext
from detente.data import clauses, schemas
from detente.nlp.tree import sentence_tokens
from detente.records import ActorRef
from detente.system import mediation
from detente.system.statives.clause import (
    clause_anchor,
    holders_of,
    negated,
    others_of,
    speaker_of,
    subject_of,
)
from detente.system.statives.lexicon import Found, lexicon
from detente.system.statives.parties import actors_of, sides_of


def tie_nouns(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Qatar has close ties with Hamas', 'strained relations between Ankara and Washington'."""
    ties = lexicon().ties
    for tok in sentence_tokens(sent):
        if tok.pos_ != "NOUN" or tok.lower_ not in ties.nouns:
            continue
        mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "advmod", "compound")}
        if tok.dep_ == "nsubj":  # "relations ... are strained"
            mods |= {c.lower_ for c in tok.head.children if c.dep_ in ("acomp", "attr")}
        if tok.dep_ == "dobj":  # "Turkey has strained relations with ..." (read as a verb by the parser)
            mods.add(tok.head.lower_)
        if mods & set(ties.positive):
            kind, sign = "cooperation", "+"
        elif mods & set(ties.negative):
            kind, sign = "hostility", "-"
        else:
            continue
        ends = negated(tok.head, tok)  # "no longer has close ties with", "relations are not strained"
        parties = [a for o in others_of(tok, set(), ties.preps) for a in actors_of(o, ctx)]
        holder_toks = holders_of(tok)
        if not holder_toks and tok.dep_ == "dobj":
            holder_toks = [t for t in [subject_of(tok.head)] if t is not None]
        holders = [a for h in holder_toks for a in actors_of(h, ctx)]
        if tok.dep_ == "poss" or any(c.dep_ == "poss" for c in tok.children):
            holders += [a for c in tok.children if c.dep_ == "poss" for a in actors_of(c, ctx)]
        if holders and parties:
            pairs = [(h, p) for h in holders for p in parties]
        else:  # "relations between Turkey and the Netherlands", "Russia and China have close relations"
            group = holders or parties
            pairs = list(itertools.pairwise(group))
        anchor = clause_anchor(tok)
        for source, target in pairs:
            if source.code != target.code:
                yield Found(source, target, kind, sign, f"stative.ties.{kind}", tok, *speaker_of(anchor, ctx), ends)


def agreements(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Israel and Hamas agreed to a truce', 'Israel agreed to a ceasefire with Hezbollah', 'A and B issued a
    joint statement', 'A fought alongside B': cooperation, both ways."""
    words = lexicon().cooperation
    for tok in sentence_tokens(sent):
        side_toks: list[Token] = []
        verb: Token | None = None
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (
            lemma in words.agreements or (lemma in words.joint and any(c.lower_ == "joint" for c in tok.children))
        ):
            found_verb, side_toks = mediation.agreeing(tok, lexicon().mediation)
            if found_verb is not None and (found_verb.lemma_.lower() in words.verbs or lemma in words.joint):
                verb = found_verb
        elif tok.pos_ == "VERB" and lemma in words.alongside_verbs:
            subj = mediation.subject(tok)
            if subj is None and tok.dep_ == "acl":
                subj = tok.head  # "Korean soldiers fighting alongside Russian troops": who the participle describes
            comrades = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "alongside" for o in p.children
                        if o.dep_ == "pobj"]  # fmt: skip
            if subj is not None and comrades:
                verb, side_toks = tok, [subj, *comrades]
        if verb is None or negated(verb) or negated(tok):
            continue
        for a, b in _agreeing_pairs(side_toks, ctx):
            yield Found(a, b, "cooperation", "+", "stative.agreement.cooperation", verb, *speaker_of(verb, ctx))


def defence_pacts(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'the mutual defence treaty between the Philippines and the United States', 'A signed a defence pact with
    B', 'sent troops after signing a defence treaty with Moscow': a pact of defence binds its parties as allies
    (its signing is cooperation too: ``agreements``). The parties are those after 'between' when the pact is
    the subject or what was signed or held, else the signers."""
    words = lexicon().cooperation
    holding = set(words.verbs) | set(lexicon().ties.holding)
    for tok in sentence_tokens(sent):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words.pacts or not _of_defence(tok, words):
            continue
        verb = tok.head
        if negated(tok) or negated(verb) or verb.lemma_.lower() in lexicon().ending_verbs:
            continue
        between = [a for o in others_of(tok, set(), ["between"]) for a in actors_of(o, ctx)]
        said = tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ in ("dobj", "attr") and verb.lemma_.lower() in holding)
        bound = _bound_founders(tok, ctx)
        if len(between) > 1 and said:
            pairs = list(itertools.combinations(between, 2))
        elif len(bound) > 1:  # "formed their own Alliance of Sahel States, a confederation bound by a defence pact"
            pairs = list(itertools.combinations(bound, 2))
        else:
            signer, side_toks = mediation.agreeing(tok, lexicon().mediation)
            if signer is None or signer.lemma_.lower() not in words.verbs or _unrealised(signer):
                continue
            if not any(t.dep_ in ("nsubj", "nsubjpass") for t in side_toks) and signer.dep_ == "pcomp":
                # "after signing a treaty with Moscow": the gerund's doer is the subject of the verb it follows
                subj = mediation.subject(signer.head.head)
                side_toks = [subj, *side_toks] if subj is not None else side_toks
            verb = signer
            pairs = list(_agreeing_pairs(side_toks, ctx))
        for source, target in pairs:
            if source.code != target.code:
                yield Found(source, target, "alliance", "+", "stative.pact.alliance", verb, *speaker_of(verb, ctx))


def _unrealised(verb: Token) -> bool:
    """'refused to sign a defence pact', 'plans to sign one': the verb it completes says it was not signed."""
    words = clauses()
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {*words.failure_verbs, *words.unrealized_verbs}


def _of_defence(pact: Token, words: schemas.CooperationWords) -> bool:
    """'a mutual defence treaty', 'the mutual-defence pact', 'a security treaty': the pact's own modifiers; or
    its own clause binding each party to the other's aid ('a treaty that obliges each country to come to the
    other's aid', 'a pact under which they pledged to defend each other')."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in words.pact_modifiers for c in pact.children):
        return True
    for clause in (c for c in pact.children if c.dep_ in ("relcl", "acl")):
        for t in clause.subtree:
            if t.lower_ not in words.mutual_aid_others:
                continue
            if t.dep_ == "poss" and t.head.lemma_.lower() in words.mutual_aid_nouns:  # "the other's aid"
                return True
            if t.dep_ == "dobj" and t.head.lemma_.lower() in words.mutual_aid_verbs:  # "defend each other"
                return True
    return False


def _bound_founders(pact: Token, ctx: ArticleContext) -> list[ActorRef]:
    """'A, B and C formed their own Alliance of Sahel States, a confederation bound by a mutual-defence pact':
    the body the pact binds is what its founders (or joiners) formed, so they are bound to each other. Only a
    body named as the object of a verb of membership that is no ending."""
    prep = pact.head
    binding = lexicon().cooperation.binding_verbs
    if pact.dep_ != "pobj" or prep.lower_ != "by" or prep.head.lemma_.lower() not in binding or prep.head.dep_ != "acl":
        return []
    body = prep.head.head
    while body.dep_ == "appos" or (body.dep_ == "pobj" and body.head.lower_ == "of" and body.head.dep_ == "prep"):
        body = body.head if body.dep_ == "appos" else body.head.head  # up to the name: "Alliance of Sahel States"
    verb = body.head
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if body.dep_ != "dobj" or lex.membership.get(lemma) != "+" or lemma in lex.membership_ends or negated(verb):
        return []
    subj = subject_of(verb)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "The three countries, each ruled by a junta, have formed ..."
        subj = subject_of(verb)
    # the small model may make each name of a list a subject of its own ("Chad, Sudan and Libya formed")
    subjects = [subj, *(c for c in verb.children if c.dep_ == "nsubj" and c.i != subj.i)] if subj is not None else []
    return [a for s in subjects for a in actors_of(s, ctx)]


def _agreeing_pairs(side_toks: list[Token], ctx: ArticleContext) -> Iterator[tuple[ActorRef, ActorRef]]:
    """Who agreed with whom. The phrases that agree are sides ('Israel agreed to a truce with Hamas'); a side
    named as a list after a collective noun ('Iran and six world powers - A, B and C') is one side, and so are
    those who agree together with someone else ('A and B signed deals with C': A-C and B-C, not A-B). Alone, a
    coordination agrees within itself ('Israel and Hamas agreed to a truce')."""
    groups = [side for t in side_toks for side in sides_of(t, ctx)]
    phrases = [found for t in side_toks if (found := actors_of(t, ctx))]
    sides = phrases if len(phrases) > 1 else groups  # several phrases: each is one side
    seen: set[tuple[str, str]] = set()
    pairs: list[tuple[ActorRef, ActorRef]] = []
    for i, side in enumerate(sides):
        for other in sides[i + 1 :]:
            pairs += [(a, b) for a in side for b in other]
    for a, b in pairs:
        if a.code != b.code and (a.code, b.code) not in seen and (b.code, a.code) not in seen:
            seen.add((a.code, b.code))
            yield a, b
