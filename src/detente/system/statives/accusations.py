"""Support told as an accusation: "Congo accuses Rwanda of backing the M23", "Rwanda is accused of arming the
rebels", "the ELN, which Bogota accuses Venezuela of sheltering".

Split from ``support.py``: who accuses, who is accused, and whether a backing verb is somebody's allegation (the
relation then carries the accuser as who said it).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.system.statives.clause import RELATIVE, negated
from detente.system.statives.force_deeds import purpose_of
from detente.system.statives.lexicon import lexicon


def accused_one(accuse: Token) -> Token | None:
    """The one an accusing verb accuses (its passive subject or object; in a relative clause, the noun described)."""
    found = next((c for c in accuse.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if found is not None and found.lower_ in RELATIVE and accuse.dep_ == "relcl":
        return accuse.head  # "North Korea, which Seoul accuses of shipping shells to Russia"
    return found


def accusing_verb(verb: Token) -> bool:
    """A verb of accusing (lexicon's support.accuse_verbs)."""
    return verb.lemma_.lower() in lexicon().support.accuse_verbs


def accusation(verb: Token) -> bool:
    """'is accused of backing': the backing is somebody's allegation."""
    verb = purpose_of(verb)
    return of_gerund(verb) and verb.head.lower_ == "of" and accusing_verb(verb.head.head)


def accuser_of(verb: Token) -> Token | None:
    """Who makes an accusation ('Congo accuses Rwanda of ...', 'Rwanda is accused by Congo of ...')."""
    verb = purpose_of(verb)
    if of_gerund(verb) and verb.head.lower_ == "of" and accusing_verb(verb.head.head):
        accuse = verb.head.head
        if negated(accuse):  # "did not accuse Eritrea of arming ...": nobody's claim (the caller then skips it)
            return None
        if any(c.dep_ == "nsubjpass" for c in accuse.children):
            return next((o for p in accuse.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"), None)
        subj = next((c for c in accuse.children if c.dep_ == "nsubj"), None)
        if subj is None:  # "Armenia accuses Ankara of ...": the small model makes the name a compound of the verb
            subj = next((c for c in accuse.children if c.dep_ == "compound" and c.ent_type_ and c.i < accuse.i), None)
        if subj is None and (accuse.dep_ == "conj" or (accuse.dep_ == "advcl" and accuse.tag_ == "VBG")):
            # "Shevardnadze fled and accused Russia of ...", "The council imposed an embargo, accusing Eritrea of
            # ...": the accusation shares the subject of the verb it is joined to
            subj = next((c for c in accuse.head.children if c.dep_ == "nsubj"), None)
        return subj
    return None


def of_gerund(verb: Token) -> bool:
    """A verb after a preposition ('accused Rwanda of arming'), which the parser makes its complement or, at the
    end of a clause ('which Bogota accuses Venezuela of sheltering,'), its object."""
    return verb.dep_ == "pcomp" or (verb.dep_ == "pobj" and verb.pos_ == "VERB" and verb.tag_ == "VBG")


def described_backed(verb: Token) -> list[Token]:
    """'The ELN, which Bogota accuses Venezuela of sheltering': an accusation in a relative clause whose accused is
    named in it backs the noun the clause describes (the relative pronoun is the backing verb's object, whatever
    the parser hung it on). Not 'North Korea, which Seoul accuses of shipping shells' (the described is the
    accused)."""
    if not of_gerund(verb) or verb.head.lower_ != "of" or any(c.dep_ == "dobj" for c in verb.children):
        return []
    accuse = verb.head.head
    if not accusing_verb(accuse) or accuse.dep_ != "relcl":
        return []
    accused = next((c for c in accuse.children if c.dep_ == "dobj"), None)
    if accused is None or accused.lower_ in RELATIVE:
        return []
    return [accuse.head]
