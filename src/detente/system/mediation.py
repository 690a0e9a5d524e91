"""Who mediates between whom, read from the parse: the tokens, not yet actors.

Mediation is a three-place relation said in many shapes: "Egypt mediated between Israel and Hamas", "the
Qatar-brokered truce between Israel and Hamas", "Israel and Hamas agreed to a truce brokered by Egypt", "Under
Egyptian mediation, the two sides signed a deal". The mediator is found by the caller (a verb's subject, an agent,
a hyphenated prefix, an owner); this module finds the parties: the "between" phrase of the mediating word or of the
mediated thing, or, when there is none, those who agree to, sign, hold or observe the mediated thing. Each party
is one relation mediator -> party, so a party phrase is only trusted when it names two sides.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.data import schemas
from detente.system.statives.clause import RELATIVE

SUBJECTS = ("nsubj", "nsubjpass")


def between(tok: Token) -> list[Token]:
    """The phrases after 'between' hanging from a word ('talks between Israel and Hamas'); 'for' joins two sides
    only when it names both ('a go-between for Iran and the US')."""
    found = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("between", "for"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (prep.lower_ == "between" or obj.conjuncts):
                found.append(obj)
                # "between [Mali's government and Tuareg] rebels": the small model's coordinated modifier
                found += [c for c in obj.children if c.dep_ == "nmod" and c.conjuncts]
    return found


def clause_between(thing: Token) -> list[Token]:
    """'a deal that restored relations between Riyadh and Tehran', 'a deal restoring ties between ...': the sides in
    the clause that says what the mediated thing does."""
    return [
        b
        for v in thing.children
        if v.dep_ in ("relcl", "acl")
        for o in v.children
        if o.dep_ == "dobj"
        for b in between(o)
    ]


def up_to(node: Token, through: tuple[str, ...], found: Callable[[Token], bool], steps: int) -> Token | None:
    """The first node from ``node`` up the parse (itself first) that ``found`` accepts, climbing only out of the
    ``through`` dependencies and at most ``steps`` times; None when the walk stops first. The one walk the readers
    of subjects and of verbs of agreeing share."""
    for _ in range(steps + 1):
        if found(node):
            return node
        if node.dep_ not in through or node.head.i == node.i:
            return None
        node = node.head
    return None


def _has_subject(node: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in node.children)


def subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is the complement or conjunct of ('agreed to sign a truce')."""
    node = up_to(verb, ("xcomp", "conj", "advcl"), _has_subject, 2)
    return next(c for c in node.children if c.dep_ in SUBJECTS) if node is not None else None


def agents(verb: Token) -> list[Token]:
    """Who a passive verb or participle says did it ('talks mediated by Qatar'), with the conjuncts the parser
    hangs on a mediator's apposition: 'brokered by [Norway's foreign minister, Jonas Store,] and Qatar's emir'."""
    found = [o for p in verb.children if p.dep_ == "agent" or p.lower_ == "by" for o in p.children
             if o.dep_ == "pobj"]  # fmt: skip
    return found + [c for o in found for a in o.children if a.dep_ == "appos" for c in a.conjuncts]


def _with(tok: Token) -> list[Token]:
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]


SETTING_PREPS = ("after", "at", "following", "through", "during", "in")


def agreeing(thing: Token, words: schemas.MediationWords, *, setting: bool = False) -> tuple[Token | None, list[Token]]:
    """The verb of agreeing that takes the mediated thing, and who agrees: 'Israel and Hamas agreed to a truce',
    'Israel signed a deal with Hamas', 'talks that Israel and Hamas held'. With ``setting``, also the agreement
    the mediated thing led to: 'A and B agreed to a ceasefire at talks mediated by C', 'signed a deal after months
    of talks mediated by C'."""
    verb: Token | None = None
    relative = _agreed_in_relative(thing, words)  # "a patrolling agreement the two governments reached"
    if relative is not None:
        return relative, [s for s in [subject(relative)] if s is not None] + _with(relative)
    if thing.dep_ in ("dobj", "nsubjpass", "attr"):
        verb = thing.head
    elif thing.dep_ == "pobj" and thing.head.dep_ == "prep":
        verb = thing.head.head
    if setting and verb is not None and verb.pos_ not in ("VERB", "AUX") and thing.dep_ == "pobj":
        found = _setting_verb(thing, words)
        if found is not None:
            return found, _agreers(found) + _agreed_with(found)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None, []
    in_deal = thing.dep_ == "pobj" and thing.head.lower_ in ("in", "under")  # "A and B are in talks mediated by C",
    if setting and thing.dep_ == "pobj" and (in_deal or thing.head.lower_ in SETTING_PREPS):
        verb = _agreeing_head(verb, words)  # "A and B agreed to end their dispute after talks mediated by C"
    if verb.lemma_.lower() not in words.agree_verbs and not in_deal:  # "A and B swapped prisoners in a deal ..."
        return None, []
    subj = subject(verb) if thing.dep_ != "nsubjpass" else None
    parties = [subj] if subj is not None else []
    if setting and thing.dep_ == "pobj" and thing.head.lower_ in SETTING_PREPS:
        parties += _agreed_with(verb)  # "Russia agreed to a swap with Ukraine after talks mediated by the UAE"
    return verb, parties + _with(verb) + _with(thing) + _established_with(thing)


def _agreed_in_relative(thing: Token, words: schemas.MediationWords) -> Token | None:
    """'the agreement the two governments reached', 'a truce that Israel and Hamas signed': a relative clause on the
    thing whose verb agrees and whose subject names who (not the relative pronoun of 'a deal that was signed')."""
    for rel in thing.children:
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in words.agree_verbs:
            continue
        subj = subject(rel)
        if subj is not None and subj.lower_ not in RELATIVE:
            return rel
    return None


def _agreeing_head(verb: Token, words: schemas.MediationWords) -> Token:
    """The verb of agreeing that a verb is what was agreed: 'agreed to end their dispute' (an open complement),
    'agreed that neither would use force' (a clause and its conjuncts). The setting ('after talks', 'in a
    declaration') hangs from the inner verb, the sides are the subjects of the outer one."""
    head = up_to(verb, ("xcomp", "ccomp", "conj"), lambda n: n.lemma_.lower() in words.agree_verbs, 3)
    return head if head is not None else verb


def _established_with(thing: Token) -> list[Token]:
    """The other side named by what an agreement does: 'signed agreements establishing relations with Israel',
    'a deal normalising ties with Syria'."""
    return [w for acl in thing.children if acl.dep_ in ("acl", "relcl") and acl.pos_ == "VERB"
            for o in acl.children if o.dep_ == "dobj" for w in _with(o)]  # fmt: skip


def _setting_verb(thing: Token, words: schemas.MediationWords) -> Token | None:
    """The verb of agreeing a mediated thing is the setting of: up through 'after', 'at', 'of' and the nouns
    they hang from ('agreed to a cessation of hostilities after talks', 'signed a deal after months of talks')."""
    node, setting = thing, False
    for _ in range(5):
        if node.dep_ not in ("pobj", "dobj") or node.head.i == node.i:
            return None
        if node.dep_ == "pobj":
            prep = node.head
            setting = setting or prep.lower_ in SETTING_PREPS
            node = prep.head
        else:
            node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node if setting and node.lemma_.lower() in words.agree_verbs else None
    return None


def _agreed_with(verb: Token) -> list[Token]:
    """The other side named with what was agreed: 'agreed to a swap with Ukraine', 'signed a deal with Hamas'."""
    agreed = [c for c in verb.children if c.dep_ == "dobj"]
    agreed += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
               if o.dep_ == "pobj"]  # fmt: skip
    return [w for a in agreed for w in _with(a)]


def _agreers(verb: Token) -> list[Token]:
    subj = subject(verb)
    return ([subj] if subj is not None else []) + _with(verb)


def parties_of_frame(noun: Token, words: schemas.MediationWords) -> tuple[Token | None, list[Token]]:
    """'Under Egyptian mediation, Israel and Hamas agreed ...': the clause the mediation frames, and its sides."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in words.frame_preps or prep.dep_ != "prep":
        return None, []
    verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN") and mediated(verb, words):
        return agreeing(verb, words)  # "agreed to a truce under Egyptian mediation": the frame hung on the truce
    if verb.pos_ not in ("VERB", "AUX"):
        return None, []
    subj = subject(verb)
    sides = ([subj] if subj is not None else []) + _with(verb)
    return verb, sides + [p for o in verb.children if o.dep_ == "dobj" for p in between(o)]


def mediated(tok: Token, words: schemas.MediationWords) -> bool:
    """A thing that can be mediated: talks, a truce, a deal."""
    return tok.lemma_.lower() in words.things or tok.lower_ in words.things


def former(*anchors: Token, words: schemas.MediationWords) -> bool:
    """'Qatar once mediated between ...': a mediation that no longer holds."""
    return any(c.dep_ == "advmod" and c.lower_ in words.former for a in anchors for c in a.children)


ACTOR_ENTITIES = ("GPE", "NORP", "ORG", "PERSON")


def told_before(thing: Token, trigger: Token) -> bool:
    """'The thaw followed months of talks facilitated by Canada': what the clause is about ('the thaw', 'the
    breakthrough') is something the article told before, and the sentence names nobody outside the mediating
    phrase, so the talks were between the sides the article named (not a new, one-sided talk)."""
    node = thing
    for _ in range(5):
        if node.dep_ not in ("pobj", "dobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return False
    subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or not definite(subj) or node.i == trigger.i:
        return False
    inside = {t.i for t in trigger.subtree}
    return not any(t.ent_type_ in ACTOR_ENTITIES for t in trigger.sent if t.i not in inside)


def definite(thing: Token) -> bool:
    """'the deal', 'this truce', 'their talks': a mediated thing the article has named before."""
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in thing.children
    )


def copula_subject(verb: Token) -> Token | None:
    """'Qatar is mediating between ...': the small model hangs the participle from the copula as its attribute."""
    if verb.dep_ in ("attr", "acomp", "xcomp") and verb.head.lemma_.lower() == "be":
        return next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    return None


def role_holder(verb: Token) -> Token | None:
    """'Qatar played a key role in brokering the deal', "Qatar's role in mediating", "Egypt's efforts to
    mediate": who holds the role or makes the effort."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        noun = verb.head.head
    elif verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        noun = verb.head
    else:
        return None
    if noun.pos_ != "NOUN":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if noun.dep_ == "dobj":
        return subject(noun.head)
    return None


def misread_verb(tok: Token, words: schemas.MediationWords) -> bool:
    """The small model reads 'mediates' and 'mediating' as nouns at times: 'Qatar mediates between ...' (a
    compound and its head), 'Qatar, which has been mediating' (the attribute of a copula)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("ROOT", "attr"):
        return False
    forms = {f for v in words.verbs for f in (v + "s", v.rstrip("e") + "es", v.rstrip("e") + "ing")}
    return tok.lower_ in forms


def effort(tok: Token, words: schemas.MediationWords) -> bool:
    """'Qatar is trying to broker a deal', "Egypt's efforts to mediate": trying to mediate is mediating (unlike
    'Qatar will try' or 'Qatar offered to mediate', which are intents and offers)."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in words.effort_verbs:
        gov = tok.head
        return not any(c.dep_ in ("aux", "neg") and c.lower_ in words.not_yet for c in gov.children)
    return tok.dep_ == "acl" and tok.head.lemma_.lower() in words.effort_nouns
