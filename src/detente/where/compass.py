"""Compass words in place phrases: a part of a place ("northern Syria", "the Western part of Hama province") and a
direction from a place ("positions east of Aleppo city", "to the northwest of al-Qaryatain").

A part is a region of its place whose exact extent the text does not give: it keeps the place's name with the
compass word, and no point of its own where the place is a country or region. A direction from a place puts the
event at that place as far as the text says (``locate`` weighs it against the places the phrase names itself).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.data import roles_file
from detente.nlp.tree import prep_objects
from detente.records import Location
from detente.where.places import place_location


def part_word(tok: Token, named: str = "") -> Token | None:
    """The compass word that makes a phrase a part of its place ("northern", "the Eastern part"; roles.yaml
    ``part_words``); not one the place's own name, as written (``named``), already holds: "northeastern Syria" is
    the gazetteer's region of that name, not the northeastern part of it."""
    parts = set(roles_file().part_words)
    words = set(named.casefold().replace("-", " ").split())
    return next(
        (c for c in tok.children if c.dep_ == "amod" and c.lower_ in parts and c.lower_.replace("-", " ") not in words),
        None,
    )


def part_of_country(tok: Token, country: str, text: str) -> Location | None:
    """'northern Syria': a region of the country ``country`` (its dictionary name; ``text`` as written), not all of
    it; where exactly is unknown. None without a compass word."""
    part = part_word(tok, text)
    if part is None:
        return None
    loc = place_location(country, text)
    if loc is None:
        return None
    name = f"{part.lower_} {text}"
    return loc.model_copy(update={"name": name, "text": name, "lat": None, "lon": None, "precision": "region"})


def part_of_region(tok: Token, loc: Location | None) -> Location | None:
    """'northern Virginia': a part of a region, not all of it, as for a country; where exactly is unknown."""
    part = part_word(tok, loc.text if loc is not None else "")
    if loc is None or part is None or loc.precision != "region":
        return loc
    name = f"{part.lower_} {loc.name}"
    return loc.model_copy(update={"name": name, "text": f"{part.text} {loc.text}", "lat": None, "lon": None})


def part_of(head: Token, loc: Location) -> Location:
    """'the Western part of Hama province', 'eastern parts of the city': that part of the place, a region; it keeps
    the place's own point as its approximate one."""
    part = part_word(head)
    if part is None or loc.precision not in ("region", "city"):
        return loc
    return loc.model_copy(update={"name": f"{part.lower_} {loc.name}", "precision": "region"})


# the arcs a compass adverb hangs from its word by ("positions east of Aleppo"); where/locate.py's gate reads them too
COMPASS_DEPS = ("advmod", "npadvmod")


def compass_bases(anchor: Token, preps: set[str]) -> list[Token]:
    """The places a direction is given from: 'targeted positions east of Aleppo city' (an adverb on the word),
    'took areas to the northwest of al-Qaryatain', 'north and east of Palmyra town' (a direction after
    "to" or one of the locative ``preps``). The event is at the named place as far as the text says."""
    compass = set(roles_file().compass_words)
    words = [c for c in anchor.children if c.dep_ in COMPASS_DEPS and c.lower_ in compass]
    for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ in {"to", *preps}):
        words += [o for o in prep.children if o.dep_ == "pobj" and o.lower_ in compass]
    return [base for word in words for base in prep_objects(word, ("of",))]
