"""Where an event happened: the place attached to its trigger, never any place in the article.

Two sources, in order: a target that is itself a place ("shelled Kherson",
"flew to Syria"), then a locative phrase on the trigger or its object ("met ...
in Ankara", "clashes near Gaza City"). A city beats a country. No attached
place means no location: a guessed place is worse than none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from detente.data import roles_file
from detente.nlp.tree import prep_objects
from detente.records import Location
from detente.where.mentions import dictionary_entities
from detente.where.places import geonames_location, place_location

LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "into", "off", "along", "within"}


def _place_of(head: Token) -> Location | None:
    """The dictionary place a phrase names: its head, or the name with a place noun ('the capital Niamey')."""
    candidates = [head]
    if head.lemma_.lower() in roles_file().place_nouns:
        candidates += [c for c in head.children if c.dep_ in ("appos", "compound")]
        candidates += list(prep_objects(head, ("of",)))
    for tok in candidates:
        found = dictionary_entities(tok.doc).get(tok.i)
        if found and found[0] in ("place", "capital", "country"):
            return place_location(found[1], found[2].text)
    for tok in candidates:
        geo = geonames_location(tok)
        if geo is not None:
            return geo
    return None


class PlaceTarget(Protocol):
    """A resolved party that may be a place (``actors.Resolved``)."""

    place: Location | None


def locate(trigger: Token, targets: Sequence[PlaceTarget | None]) -> Location | None:
    """The event's place, from a place-like target or a locative phrase on the trigger."""
    for target in targets:
        if target is not None and target.place is not None:
            return target.place
    found: list[Location] = []
    anchors = [trigger, *[c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]]
    if trigger.dep_ == "conj":
        anchors.append(trigger.head)
    for anchor in anchors:
        for pobj in prep_objects(anchor, LOCATIVE_PREPS):
            loc = _place_of(pobj)
            if loc is not None:
                found.append(loc)
    if not found:
        return None
    # a city or region is more precise than a country
    finer = [loc for loc in found if loc.precision != "country"]
    return (finer or found)[0]
