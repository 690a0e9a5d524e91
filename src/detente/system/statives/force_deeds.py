"""Deeds of force read by the support statives: "launched airstrikes to defend the government" is support by
whoever launched them, "sent troops to help" by the sender (``purpose_of``: the sending verb a purpose hangs from).

Split from ``support.py``: which verb of doing carries a deed of force, and the purpose infinitive hung on it or on
its noun. ``extract`` reads ``deed_purpose`` too (a deed's purpose is support, not another deed).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.data import schemas
from detente.system.statives.lexicon import lexicon


def sent_for(verb: Token, words: schemas.SupportWords) -> bool:
    """A purpose infinitive of a sending or arriving verb or of a deed of force: 'sent troops to help', 'landed in
    Albania to help', 'launched air strikes to support'."""
    head = verb.head
    if deed_purpose(verb) is not None:  # "launched airstrikes to defend": the parser hangs the purpose on the noun
        return True
    return infinitive(verb) and (head.lemma_.lower() in (*words.send_verbs, *words.arrival_verbs) or force_deed(head))


def deed_purpose(verb: Token) -> Token | None:
    """The verb of the deed of force whose noun an infinitive of purpose hangs from ('launched airstrikes to defend
    the government', read as the airstrikes' own clause), else None."""
    noun = verb.head
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    deed = noun.head
    return deed if noun.dep_ == "dobj" and force_deed(deed) else None


def force_deed(verb: Token) -> bool:
    """A verb of doing ('launched', 'carried out', 'conducted') whose direct object is a deed of force ('air strikes',
    'raids'): its subject is the doer of what the deed's infinitive of purpose says, as a sender's is. Not a verb that
    judges or weighs the deed ('condemned Russia's airstrikes to support Assad', 'ruled out airstrikes'), nor one that
    ends it ('ended its air strikes'); a bare 'strike' only with a word of arms before it (a labour strike is none)."""
    words = lexicon().support
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.force_deed_verbs:
        return False
    return any(c.dep_ == "dobj" and deed_of_force(c, words) for c in verb.children)


def deed_of_force(noun: Token, words: schemas.SupportWords) -> bool:
    """'airstrikes', 'raids', 'an intervention'; 'strikes' only as 'air strikes', 'missile strikes'."""
    if noun.lower_ in words.force_deed_nouns:
        return True
    return noun.lemma_.lower() in words.armed_only_nouns and any(
        c.dep_ in ("compound", "amod") and c.lower_ in words.arms_words for c in noun.children
    )


def infinitive(verb: Token) -> bool:
    """A "to" infinitive hung on another verb as its complement or purpose ('sent troops to help')."""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def purpose_of(verb: Token) -> Token:
    """The sending verb a purpose infinitive hangs from ('of sending troops to help'), else the verb itself."""
    words = lexicon().support
    if (verb.lemma_.lower() in words.purpose_verbs or verb.lemma_.lower() in words.purpose_for_verbs) and sent_for(
        verb, words
    ):
        return verb.head
    return verb
