"""Possessives whose apostrophe the text lost: 'Aleppos Qaryat al-Ansari', 'Idlibs Binnish', 'central Syrias Hama
province'. Some feeds strip apostrophes, so that a town's or country's possessive reads as one unknown word ending in
"s" before another name; the owner is still the place the name lies in."""

from __future__ import annotations

from spacy.tokens import Span

from detente.data import gazetteer
from detente.records import Location
from detente.where.places import PRECISION, place_info_location, place_location


def stripped_possessive(span: Span) -> Location | None:
    """'Aleppos Qaryat al-Ansari', 'Idlibs Binnish': text that lost its apostrophes writes a town's possessive as
    one word; a known town plus "s" before another name is that town, whose part the name is."""
    first = span[0]
    if len(span) < 2 or not first.text.endswith("s") or not span[1].text[:1].isupper():
        return None
    g = gazetteer()
    if first.text[:-1] in g.country_names:  # "central Syrias Hama province": the country's
        return place_location(first.text[:-1], first.text)
    known = g.places.get(first.text[:-1])
    if known is None or PRECISION.get(known.kind) != "city":
        return None
    return place_info_location(known, first.text)
