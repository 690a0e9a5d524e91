"""A seat city named as a party: "MPs blamed Brussels", "Brussels has insisted", "Brussels officials warned".

The guide lets a place stand for a government by its role in the clause ("Ankara said": TURGOV). A city that is no
capital standing for its own state (countries.yaml ``capital_is_metonym`` false) but is the seat of an organisation
stands, in the news, for that organisation: "Brussels" as a party is the European Union (roles.yaml
``seat_metonyms``), while as a place (a deed done there, a journey there) it stays a place of its country, read by
the rules for places and visits. Where the sentence names the city's own country ("Belgium's air force ... Brussels
denied"), the city may be that state's government: it is not read (no actor is better than a guess).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.context import ArticleContext
from detente.actors.resolved import Resolved, entry_actor, entry_on, state_word
from detente.data import ActorEntry, gazetteer, roles_file
from detente.where.mentions import entity_of

__all__ = ["seat_body", "seat_of_phrase"]


def _entries(code: str) -> list[ActorEntry]:
    """The dictionary's entries of one actor code (the organisation a seat stands for); read each time, as a user's
    dictionary may add entries to the table, and a seat city is rarely a party."""
    return [e for entries in gazetteer().actors.values() for e in entries if e.code == code]


def seat_body(surface: str, tok: Token, text: str, ctx: ArticleContext) -> Resolved | None:
    """The organisation a seat city (its gazetteer name ``surface``, written at ``tok``) stands for as a party, or
    None: not a seat city of ``seat_metonyms``, its own country named in the sentence, or no entry on the day."""
    code = roles_file().seat_metonyms.get(surface)
    if code is None:
        return None
    place = gazetteer().places.get(surface)
    home = place.country if place is not None else None
    if home is not None and any(state_word(t) == home for t in tok.sent):
        return None  # "Belgium's jets ... Brussels denied": the city may be its own state's government
    entry = entry_on(_entries(code), ctx.date)
    if entry is None:
        return None
    why = f"'{surface}' as a party: the seat of the {entry.name} (seat_metonyms)"
    return Resolved(entry_actor(entry, text), why=why)


def seat_of_phrase(head: Token, tokens: list[Token], text: str, ctx: ArticleContext) -> Resolved | None:
    """'Brussels officials', 'the bureaucrats of Brussels': a government role noun (the caller checks the role)
    whose phrase names a seat city before the head or in its "of" phrase is the organisation's, not the city's
    country's."""
    for tok in tokens:
        if tok.i == head.i:
            continue
        ent = entity_of(tok)
        if ent is None or ent[0] != "place":
            continue
        if tok.i < head.i or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == head.i):
            found = seat_body(ent[1], tok, text, ctx)
            if found is not None:
                return found
    return None
