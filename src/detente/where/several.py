"""Several places for one deed: "shelling of rebel positions in Daraa, Hama and Idlib provinces", "nine raids
around Kobani and one at Deir Ezzor". The deed happened in the country they share; picking the first of them would name
a place only part of it happened at, and the annotation guide asks the most specific place the text supports.
"""

from __future__ import annotations

import math

from spacy.tokens import Token

from detente.data import gazetteer, roles_file
from detente.records import Location
from detente.where.mentions import dictionary_entities
from detente.where.places import place_location

FAR_KM = 25.0  # the scorer's own distance for one place


def listed_places(head: Token) -> Location | None:
    """'in Daraa Idlib and Hama provinces', 'the towns of Binnish and Taftanaz': a plural place noun that
    names two or more known places far apart, all of one country, is that country; no one of them is the place."""
    roles = roles_file()
    if head.tag_ != "NNS" or (head.lemma_.lower() not in roles.place_nouns and head.lower_ not in roles.place_nouns):
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
