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
