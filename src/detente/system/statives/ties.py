"""Ties, support and agreements said by verbs and tie nouns rather than relation nouns: "Qatar has close ties
with Hamas", "strained relations between Ankara and Washington", "Pakistan harbours the Taliban", "the militias
receive weapons from Iran", "on Russia's side", "Israel and Hamas agreed to a truce", "fought alongside".
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Span, Token

from detente.actors import ArticleContext
from detente.records import ActorRef
from detente.system import mediation
from detente.system.statives.clause import (
    clause_anchor,
    ends_of,
    holders_of,
    negated,
    others_of,
    speaker_of,
    subject_of,
)
from detente.system.statives.lexicon import Found, lexicon
from detente.system.statives.parties import actor_phrase, actors_of


def tie_nouns(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Qatar has close ties with Hamas', 'strained relations between Ankara and Washington'."""
    ties = lexicon().ties
    for tok in sent:
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


def supports(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Pakistan harbours the Taliban', 'the militias receive weapons from Iran', 'Iran is on the side of the
    government', 'Belarus fought on Russia's side'."""
    words = lexicon().support
    ending_verbs = lexicon().ending_verbs
    for tok in sent:
        lemma = tok.lemma_.lower()
        pairs: list[tuple[Token, Token]] = []  # (backer, backed)
        stopped = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ending_verbs  # "stopped arming the Houthis"
        if tok.pos_ == "VERB" and lemma in words.verbs and tok.dep_ != "relcl":
            subj = subject_of(tok) if not any(c.dep_ == "auxpass" for c in tok.children) else None
            if subj is None and stopped:
                subj = subject_of(tok.head)
            pairs = [(subj, o) for o in tok.children if o.dep_ == "dobj" and actor_phrase(o) if subj is not None]
        elif tok.pos_ == "VERB" and lemma in words.receive_verbs:
            aid = [o for o in tok.children if o.dep_ == "dobj" and o.lower_ in words.aid_nouns]
            givers = [g for o in [tok, *aid] for p in o.children if p.dep_ == "prep" and p.lower_ == "from"
                      for g in p.children if g.dep_ == "pobj"]  # fmt: skip
            subj = subject_of(tok)
            pairs = [(g, subj) for g in givers if aid and subj is not None]
        elif tok.pos_ == "VERB" and lemma in words.give_verbs:
            aid = [o for o in tok.children if o.dep_ == "dobj" and o.lower_ in words.aid_nouns]
            takers = [t for p in tok.children if p.dep_ == "dative" or (p.dep_ == "prep" and p.lower_ == "to")
                      for t in ([p] if p.dep_ == "dative" else p.children) if t.dep_ in ("pobj", "dative")]  # fmt: skip
            subj = subject_of(tok) if not any(c.dep_ == "auxpass" for c in tok.children) else None
            pairs = [(subj, t) for t in takers if aid and subj is not None]
        elif tok.pos_ == "NOUN" and lemma in words.backing_nouns and tok.dep_ == "pobj" and tok.head.lower_ == "with":
            owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i < tok.i]
            aimed = any(p.dep_ == "prep" and p.lower_ in ("for", "to", "of") for p in tok.children)
            verb = tok.head.head
            subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else verb  # "the Houthis, with Iranian backing,"
            pairs = [(o, subj) for o in owners if subj is not None and not aimed]
        elif tok.pos_ == "NOUN" and lemma in words.side_nouns and tok.dep_ == "pobj" and tok.head.lower_ == "on":
            owners = [c for c in tok.children if c.dep_ == "poss"]
            owners += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj"]  # fmt: skip
            subj = subject_of(tok.head.head) if tok.head.head.pos_ in ("VERB", "AUX") else None
            pairs = [(subj, o) for o in owners if subj is not None]
        # "no longer harbours the Taliban", "stopped arming the Houthis" end the support; "did not stop arming"
        # says nothing
        ends = ends_of(stopped, negated(tok) or negated(tok.head))
        if ends is None:
            continue
        for backer_tok, backed_tok in pairs:
            anchor = clause_anchor(tok)
            for backer in actors_of(backer_tok, ctx)[:1]:
                for backed in actors_of(backed_tok, ctx):
                    if backer.country != backed.country and backed.role != "CVL":  # not "Russia trains its army"
                        rule = "stative.verb.support"
                        yield Found(backer, backed, "support", "+", rule, tok, *speaker_of(anchor, ctx), ends)


def agreements(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Israel and Hamas agreed to a truce', 'Israel agreed to a ceasefire with Hezbollah', 'A and B issued a
    joint statement', 'A fought alongside B': cooperation, both ways."""
    words = lexicon().cooperation
    for tok in sent:
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
            comrades = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "alongside" for o in p.children
                        if o.dep_ == "pobj"]  # fmt: skip
            if subj is not None and comrades:
                verb, side_toks = tok, [subj, *comrades]
        if verb is None or negated(verb) or negated(tok):
            continue
        sides: list[ActorRef] = []
        for actor in (a for t in side_toks for a in actors_of(t, ctx)):
            if all(a.code != actor.code for a in sides):
                sides.append(actor)
        for a, b in itertools.combinations(sides, 2):
            yield Found(a, b, "cooperation", "+", "stative.agreement.cooperation", verb, *speaker_of(verb, ctx))
