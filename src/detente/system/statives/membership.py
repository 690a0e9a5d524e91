"""Membership verbs: "Montenegro joined NATO", "belongs to the EU", and its endings, "Britain left the EU" (membership
nouns and "the Russian-led CSTO" are read by ``nouns`` and ``hyphens``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from detente.actors import ArticleContext
from detente.system.statives.clause import ends_of, negated, speaker_of, subject_of
from detente.system.statives.lexicon import Found, lexicon
from detente.system.statives.parties import actors_of, bodies_of


def memberships(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Montenegro joined NATO', 'Britain will leave the EU': membership of an international body."""
    lex = lexicon()
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma not in lex.membership or tok.pos_ != "VERB":
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        preps = lex.membership_preps.get(tok.lemma_.lower(), ())
        objs += [
            o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"
        ]
        bodies = [a for o in objs for a in bodies_of(o, ctx)]
        subj = subject_of(tok)
        members = actors_of(subj, ctx) if subj is not None else []
        ends = ends_of(lemma in lex.membership_ends, negated(tok))  # "left NATO", "has not joined NATO" end it
        if ends is None:
            continue  # "did not leave the EU"
        sign = lex.membership[lemma]
        for member in members:
            for body in bodies:
                yield Found(member, body, "membership", sign, "stative.membership", tok, *speaker_of(tok, ctx), ends)
