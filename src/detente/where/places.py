"""Place names to locations: the packaged gazetteer, with a precision for each place.

A location carries the place's name, ISO country, coordinates and how precise it is:
``site`` (a camp, a crossing, a base), ``city`` (a city, town or village), ``region``
(a province, district, territory or sea) or ``country``.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from detente.data import CountryInfo, PlaceInfo, gazetteer, roles_file
from detente.nlp.memo import per_doc_once
from detente.records import Location
from detente.where.geonames import find_place
from detente.where.mentions import dictionary_entities, entity_span
from detente.where.spelling import respelt_place

# Gazetteer kinds (data/schemas/places.py ``Place.kind``) -> the precision of a location there.
PRECISION = {
    "city": "city",
    "town": "city",
    "site": "site",
    "camp": "site",
    "crossing": "site",
    "region": "region",
    "territory": "region",
    "waterbody": "region",
}


def place_info_location(p: PlaceInfo, text: str) -> Location:
    return Location(
        name=p.name, country=p.country, lat=p.lat, lon=p.lon, text=text, precision=PRECISION.get(p.kind, "city")
    )


def place_location(surface: str, text: str) -> Location | None:
    """A dictionary place, capital or country as an event location."""
    g = gazetteer()
    if surface in g.places:
        return place_info_location(g.places[surface], text)
    code = g.country_names.get(surface) or g.capitals.get(surface)
    if code and surface in g.country_names:
        c = g.countries[code]
        return Location(name=c.name, country=code, lat=c.lat, lon=c.lon, text=text, precision="country")
    if code:
        return capital_location(g.countries[code], text, surface)
    return None


def capital_location(country: CountryInfo, text: str, surface: str | None = None) -> Location:
    """A country's capital city as an event location (named as the text wrote it where the table has no capital)."""
    return Location(
        name=country.capital or surface,
        country=country.code,
        lat=country.capital_lat,
        lon=country.capital_lon,
        text=text,
        precision="city",
    )


PLACE_LABELS = ("GPE", "LOC", "FAC")
AT_PLACE = {"in", "near", "at", "outside", "inside", "around"}


def geonames_location(tok: Token) -> Location | None:
    """A place the parser found (GPE, LOC, FAC) that our dictionaries do not know, from GeoNames,
    read toward the countries the article names."""
    if tok.i in dictionary_entities(tok.doc):
        return None
    after_in = tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in AT_PLACE
    if tok.ent_type_ in PLACE_LABELS or (after_in and tok.ent_type_ in ("NORP", "")):
        # "rebels in Binnish": a name after "in", however the small model tagged it (or did not)
        span = entity_span(tok)
        if span is None:
            span = tok.doc[min(c.i for c in (tok, *(c for c in tok.children if c.dep_ == "compound"))) : tok.i + 1]
    else:
        return None
    if span is None:
        return None
    name = span.text[4:] if span.text.lower().startswith("the ") else span.text
    known = respelt_place(name, article_countries(tok.doc))
    if known is not None:  # "strongholds in Deir Ezour": a town of ours under another spelling
        return place_info_location(known, span.text)
    written, state_after = _country_after(span)
    town = state_after or called_town(tok)  # "Delaware, Ohio": a town, since a state follows it
    found = find_place(name, written, town) if written else None
    if found is None or found.country not in written:
        found = find_place(name, article_countries(tok.doc), town)
    if found is None:
        return None
    shown = found.name if found.name.isascii() else name
    if found.kind == "country":
        c = gazetteer().countries[found.country]
        return Location(name=c.name, country=found.country, lat=c.lat, lon=c.lon, text=span.text, precision="country")
    if found.kind == "region":
        c = gazetteer().countries[found.country]
        return Location(name=shown, country=found.country, lat=c.lat, lon=c.lon, text=span.text, precision="region")
    return Location(name=shown, country=found.country, lat=found.lat, lon=found.lon, text=span.text, precision="city")


def town_nouns() -> set[str]:
    """'town', 'village', 'city': the place nouns of a town (precision city, ``roles.yaml`` ``place_descriptions``)."""
    return {noun for noun, kind in roles_file().place_descriptions.items() if kind == "city"}


def called_town(tok: Token) -> bool:
    """'the town of Virginia', 'Virginia, a town in the Free State': the text calls the name a town (a place noun of
    precision city, ``roles.yaml`` ``place_descriptions``), so no region of that name (a US state) is meant. Not a
    name before the noun: in American English 'a Virginia town', 'the Virginia city of Charlottesville' are a town or
    city in the state."""
    towns = town_nouns()
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.lemma_.lower() in towns
    if tok.dep_ == "appos":
        return tok.head.lemma_.lower() in towns
    return any(c.dep_ == "appos" and c.lemma_.lower() in towns for c in tok.children)


def _country_after(span: Span) -> tuple[Counter[str], bool]:
    """'traveled to Portsmouth, England', 'Portsmouth, Virginia': a name written before a comma and a known country
    or region says in which country the name's namesake is; it beats the countries the article names most (an
    article about Trump's visit names the United States more than Britain). Empty where no such place follows. The
    flag says a US state follows: 'Delaware, Ohio', 'Wyoming, Michigan' name a town, never the state of that name."""
    doc, at = span.doc, span.end
    if at + 1 >= len(doc) or doc[at].text != ",":
        return Counter(), False
    after = entity_span(doc[at + 1])
    region = find_place(after.text) if after is not None and after.start == at + 1 else None
    state_after = region is not None and region.kind == "region"
    known = dictionary_entities(doc).get(at + 1)
    if known is not None:
        return countries_named([(known[0], known[1])]), state_after
    if region is not None and region.kind in ("region", "country"):  # "Portsmouth, Virginia": a US state
        return Counter({region.country: 1}), state_after
    return Counter(), False


def countries_named(ents: list[tuple[str, str]]) -> Counter[str]:
    """How often each country is named by a list of dictionary entities (kind, surface)."""
    g = gazetteer()
    counts: Counter[str] = Counter()
    for kind, surface in ents:
        if kind == "place":
            if g.places[surface].country:  # shared waters name no country
                counts[g.places[surface].country] += 1
        elif kind in ("country", "capital", "demonym"):
            code = g.country_names.get(surface) or g.capitals.get(surface) or g.demonyms.get(surface)
            if code:
                counts[code] += 1
    return counts


COUNTRIES_KEY = "detente_countries"


def article_countries(doc: Doc) -> Counter[str]:
    """How often the article names each country (its places, capitals, names and demonyms), once per doc, counted
    in the order the article names them: a tie (two countries named as often) goes the same way on every run, to the
    one named first, not to whichever a set of strings happened to yield first under the process's hash seed."""
    return per_doc_once(COUNTRIES_KEY, doc, _article_countries)


def _article_countries(doc: Doc) -> Counter[str]:
    """``article_countries`` unmemoised: one count per mention, in text order so a tie goes to the first named."""
    ents = sorted({(k, s, e.start) for k, s, e in dictionary_entities(doc).values()}, key=lambda e: e[2])
    return countries_named([(k, s) for k, s, _ in ents])
