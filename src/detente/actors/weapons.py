"""Weapons as actors: "war planes", "regime helicopters". A country's weapons are its military, a government's
weapons its government (guide 1.3); kept apart because the same weapon test reads both."""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.phrases import lemma_in
from detente.data import roles_file


def is_weapon(tok: Token) -> bool:
    """'planes', 'war planes', 'fighter jets': a weapon noun of ``state_weapons``."""
    weapons = roles_file().state_weapons
    compound = " ".join([*(c.lower_ for c in tok.children if c.dep_ == "compound"), tok.lemma_.lower()])
    return lemma_in(tok, weapons) or any(compound.endswith(w) for w in weapons if " " in w)


def shares_weapon(head: Token) -> bool:
    """'Russia and Syrian regime war planes': a bare country conjoined with a weapon noun shares it (guide 1.3: a
    country's weapons are its military)."""
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and is_weapon(c) for c in head.children)


def state_weapon(head: Token) -> bool:
    """'regime helicopters', 'Syrian government war planes': a weapon an own-state word says is the government's."""
    owners = [c for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound", "nmod", "poss")]
    owners += [g for o in owners for g in o.children if g.dep_ in ("amod", "compound")]  # "Syrian regime war planes"
    return is_weapon(head) and any(lemma_in(t, roles_file().own_state_words) for t in owners)


def armed_deed_of(head: Token) -> bool:
    """'Turkish shelling and air strikes killed ...', 'Russian and regime warplanes': a country (not possessive)
    word modifying a deed of arms (``armed_deeds``) or a weapon names that country's military (guide 1.3)."""
    if head.dep_ not in ("amod", "compound", "nmod"):
        return False  # not a possessive: "Russia's invasion of Ukraine pushed Finland ..." is the state's own act
    noun = head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i == head.i or not _does(noun):
        return False
    owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i != head.i]
    if any(lemma_in(t, roles_file().own_state_words) for o in owners for t in (o, *o.children)):
        return False  # "Syrian government air strikes", "Syrian regime air strikes": the government's (guide 1.3)
    deeds = roles_file().armed_deeds
    words = " ".join(
        [*(c.lower_ for c in noun.children if c.dep_ == "compound" and c.i != head.i), noun.lemma_.lower()]
    )
    if is_weapon(noun) or any(words.endswith(d) for d in deeds if " " in d):
        return True
    # a one-word deed whose noun modifier names another kind of it ("a hunger strike", "a rail strike") is no deed
    # of arms; a weapon modifier ("drone strikes") or none keeps it one
    kinds = [c for c in noun.children if c.dep_ == "compound" and c.i != head.i and c.ent_type_ not in ("NORP", "GPE")]
    return lemma_in(noun, deeds) and all(is_weapon(c) or lemma_in(c, deeds) for c in kinds)


def deed_doer(head: Token) -> Token | None:
    """'Turkish shelling and air strikes killed ...': the country word of a deed of arms that is itself a party (the
    parse makes the deed the subject), whose military it names (``armed_deed_of``); None for any other phrase."""
    for c in head.children:
        if c.i < head.i and c.ent_type_ in ("NORP", "GPE") and armed_deed_of(c):
            return c
    return None


def _does(noun: Token) -> bool:
    """Whether a deed is told as doing something ("Turkish shelling killed ...", "wounded by Turkish artillery fire"):
    as the clause's subject or its agent. A deed that is the object of words ("Iran condemned the U.S. and British
    strikes") names the countries the words are aimed at, which the annotators code as the bare countries."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in roles_file().agent_words
