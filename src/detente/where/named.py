"""Which known place a name in a place phrase is, where the words around it say more than the name alone.

The gazetteer reads a name; the phrase around it can change what the name means: "the Belgian capital" is Brussels,
"Homs province" is the region round the town, "Aleppo Syria" with its comma lost is the town, "at the Kremlin" is the
building, not the government it stands for, and "in Geneva US Secretary of State ..." hides the town under the next
name. Split from ``locate`` (which finds the phrases) so each stays one job.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.data import gazetteer, roles_file
from detente.records import Location
from detente.where.mentions import dictionary_entities
from detente.where.places import capital_location, place_location


def demonym_capital(head: Token) -> Location | None:
    """'in the Belgian capital', 'the Syrian capital': the capital city of the country whose people's word names it
    (``capital_nouns``); only with "the" (not "a European capital") and a demonym of one country."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    g = gazetteer()
    codes = {g.demonyms.get(c.text) for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i}
    codes.discard(None)
    if len(codes) != 1:
        return None
    country = g.countries[codes.pop()]
    if country.capital is None or country.capital_lat is None:
        return None
    return capital_location(country, head.doc[head.left_edge.i : head.i + 1].text)


def town_of_country(tok: Token, country: Span) -> Location | None:
    """'Russian raids in Aleppo Syria killed ...': a known town written right before its own country, the
    comma between them lost, so that the small parser made the town a modifier of the country. The town is the
    place the phrase names; a town of another country ("in London Syria") is not read so."""
    index = dictionary_entities(tok.doc)
    before = country.start - 1
    found = index.get(before)
    if found is None or found[0] not in ("place", "capital") or tok.doc[before].dep_ not in ("compound", "nmod"):
        return None
    if tok.doc[before].head.i not in range(country.start, country.end):
        return None
    town = place_location(found[1], found[2].text)
    code = gazetteer().country_names.get(index[tok.i][1])
    if town is None or town.precision not in ("city", "site") or town.country != code:
        return None
    return town


def seat(found: tuple[str, str, object]) -> bool:
    """'on Capitol Hill', 'outside Number 10', 'at the Kremlin': a seat of power the dictionaries read as the
    actor it stands for (a metonym) is, in a place phrase, the building where the event happened; the gazetteer
    lists such seats as sites (places.yaml) under the actor's own names."""
    return found[0] == "actor" and found[1] in gazetteer().places


def misattached(pobj: Token) -> Location | None:
    """'after talks in Geneva US diplomat John Kerry ...', 'the Bab al-Maqam district of Aleppo Syria
    Daily News said': a known town right after the preposition and right before another name (a comma
    missing), which the small parser made a modifier of that name, so that the name became the object. The town
    is the object the sentence means."""
    if pobj.dep_ != "pobj" or pobj.head.dep_ != "prep":
        return None
    first = pobj.head.i + 1
    if first < len(pobj.doc) and pobj.doc[first].lower_ == "the":
        first += 1
    if first >= pobj.i or pobj.doc[first].dep_ not in ("compound", "nmod"):
        return None
    tok = pobj.doc[first]
    index = dictionary_entities(pobj.doc)
    found = index.get(tok.i)
    if found is None or found[0] not in ("place", "capital") or found[2].end > pobj.i:
        return None
    if found[2].end not in index:
        return None  # "in London Road", "in a Washington Post interview": the town names the next word's thing
    if not any(t.i == tok.i for t in pobj.subtree):
        return None
    return place_location(found[1], found[2].text)


def as_region(head: Token, tok: Token, loc: Location | None) -> Location | None:
    """'Homs province', 'the countryside of Idlib': a town named by a region noun is the region around it, not
    the town; it keeps the town's coordinates as the region's approximate point, and the name says which."""
    noun = head.lemma_.lower()
    if loc is None or tok.i == head.i or loc.precision != "city" or noun not in roles_file().region_nouns:
        return loc
    words = head.doc[min(head.i, tok.i) : max(head.i, tok.i) + 1].text
    return loc.model_copy(update={"name": f"{loc.name} {noun}", "text": words, "precision": "region"})
