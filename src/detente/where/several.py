"""Several places for one deed: "shelling of rebel positions in Daraa, Hama and Idlib provinces", "nine raids
around Kobani and one at Deir Ezzor". The deed happened in the country they share; picking the first of them would name
a place only part of it happened at, and the annotation guide asks the most specific place the text supports.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from spacy.tokens import Token

from detente.data import gazetteer, roles_file
from detente.nlp.tree import prep_objects
from detente.records import Location
from detente.where.mentions import dictionary_entities
from detente.where.places import place_location

FAR_KM = 25.0  # the scorer's own distance for one place


def listed_places(head: Token) -> Location | None:
    """'in Daraa Idlib and Hama provinces', 'the towns of Binnish and Taftanaz': a plural place noun that
    names two or more known places far apart, all of one country, is that country; no one of them is the place."""
    if not _plural_place_noun(head):
        return None
    index = dictionary_entities(head.doc)
    names = [t for t in head.subtree if t.i != head.i and t.pos_ == "PROPN" and t.i in index]
    found = [
        loc
        for t in names
        if index[t.i][0] in ("place", "capital") and (loc := place_location(index[t.i][1], index[t.i][2].text))
    ]
    unique = list({loc.name: loc for loc in found}.values())
    return several_places(unique) if len(unique) > 1 else None


def listed_within(head: Token, read: Callable[[Token], Location | None]) -> Location | None:
    """'shelled the towns of A, B and C in rural Aleppo', 'fired shells at the districts of A and B in Aleppo city',
    'in A and B in the northern countryside of Latakia': a list of two or more names (a plural place noun's "of"
    names, or a name and its conjuncts) that a phrase of ``roles.yaml`` ``container_preps`` on the plural noun or on
    the last listed name says lie in one place happened in that place; no one listed place is the deed's, and the place
    that holds them is the most specific one the text gives for all of them. A phrase hung on an earlier name holds
    that name only ("A in Homs and B") and is not read. ``read`` is the phrase reader's ``place_of``
    (this module is imported by it). None where the phrase names no such place, or a country (``several_places`` says
    what a country of several places is), or where nothing is listed."""
    roles = roles_file()
    plural = _plural_place_noun(head)
    firsts = list(prep_objects(head, ("of",))) if plural else [head]
    names = [t for first in firsts if first.pos_ == "PROPN" for t in (first, *first.conjuncts) if t.pos_ == "PROPN"]
    if len({t.i for t in names}) < 2:
        return None
    last = max(names, key=lambda t: t.i)
    holders = [o for t in (*([head] if plural else []), last) for o in prep_objects(t, roles.container_preps)]
    listed = {t.i for t in names}
    for holder in holders:
        if holder.i in listed:
            continue
        loc = read(holder)
        if loc is not None and loc.precision != "country" and loc.country is not None:
            return loc
    return None


def _plural_place_noun(head: Token) -> bool:
    """'the towns of ...', 'in Daraa and Hama provinces': a plural noun ``roles.yaml`` ``place_nouns`` lists."""
    nouns = roles_file().place_nouns
    return head.tag_ == "NNS" and (head.lemma_.lower() in nouns or head.lower_ in nouns)


def several_places(finer: list[Location]) -> Location | None:
    """'shelling of rebel positions in Daraa, Hama and Idlib provinces', 'nine raids around Kobani and one at
    Deir Ezzor': a deed the clause puts at several places of one precision far apart, all of one country, happened
    in that country; no one of them is its place."""
    top = [loc for loc in finer if loc.precision == finer[0].precision and loc.lat is not None and loc.lon is not None]
    if len(top) < 2 or len({loc.country for loc in finer}) != 1 or finer[0].country is None:
        return None
    if all(_km(top[0], loc) <= FAR_KM for loc in top[1:]):
        return None
    country = gazetteer().countries.get(finer[0].country)
    if country is None:
        return None
    text = ", ".join(dict.fromkeys(loc.text or loc.name for loc in top))
    return Location(
        name=country.name, country=country.code, lat=country.lat, lon=country.lon, text=text, precision="country"
    )


def _km(a: Location, b: Location) -> float:
    """Great-circle distance between two located places."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
