"""A seat city named as a party: "MPs blamed Brussels", "Brussels has insisted", "Brussels officials warned".

The guide lets a place stand for a government by its role in the clause ("Ankara said": TURGOV). A city that is no
capital standing for its own state (countries.yaml ``capital_is_metonym`` false) but is the seat of an organisation
stands, in the news, for that organisation: "Brussels" as a party is the European Union (roles.yaml
``seat_metonyms``), while as a place (a deed done there, a journey there) it stays a place of its country, read by
the rules for places and visits. Where the article names the city's own country anywhere ("Belgium's air force ...
Brussels denied", "Congo expelled the Belgian ambassador ... Kinshasa accused Brussels"), the city may be that state's
government: it is not read (no actor is better than a guess). The city stays its own state's where the words are of
the city's own offices ("Brussels mayor", "the Brussels regional government": roles.yaml ``seat_local_words``) or of a
state's ties with it: relations with it, an envoy to or from it, a journey from it (``seat_tie_nouns``,
``host_nouns``, ``travel_words``; s31-actorpairs review).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.context import ArticleContext
from detente.actors.phrases import lemma_in
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
    if code is None or _state_s_tie(tok):
        return None
    place = gazetteer().places.get(surface)
    home = place.country if place is not None else None
    if home is not None and any(state_word(t) == home for t in tok.doc):
        return None  # "Belgium's jets ... Brussels denied", "the Belgian ambassador": its own state's, maybe
    entry = entry_on(_entries(code), ctx.date)
    if entry is None:
        return None
    why = f"'{surface}' as a party: the seat of the {entry.name} (seat_metonyms)"
    return Resolved(entry_actor(entry, text), why=why)


def _state_s_tie(tok: Token) -> bool:
    """Whether the city is named as one end of a state's ties, where it stands for its own state: the object of a
    preposition on a noun of ties or of a state's envoys ("ties with Brussels", "its embassy in Brussels"), or on a
    verb whose object is one ("cut diplomatic ties with Brussels", "recalled its ambassador from Brussels"), or a
    journey's start ("returned from Brussels": a place, as its end is)."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    rules = roles_file()
    ties = {*rules.seat_tie_nouns, *rules.host_nouns}
    prep, governor = tok.head, tok.head.head
    if lemma_in(governor, ties):
        return True
    if governor.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and lemma_in(c, ties) for c in governor.children):
        return True
    journeys = {*rules.travel_words, *rules.departure_words}
    return prep.lower_ == "from" and lemma_in(governor, journeys)


def seat_of_phrase(head: Token, tokens: list[Token], text: str, ctx: ArticleContext) -> Resolved | None:
    """'Brussels officials', 'the bureaucrats of Brussels': a government role noun (the caller checks the role)
    whose phrase names a seat city before the head or in its "of" phrase is the organisation's, not the city's
    country's; an office of the city itself ("Brussels mayor", "Brussels city officials", ``seat_local_words``) is
    left to the city's country."""
    local = roles_file().seat_local_words
    if any(lemma_in(t, local) for t in tokens) or lemma_in(head, local):
        return None  # "Brussels mayor Philippe Close", "the Brussels regional government": the city's own office
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
