"""Actor and place accuracy among found events, on gold sets in the ``detente eval`` format.

``detente eval`` counts an event found only when source, target and root all match, so a wrong
actor shows up as a miss plus an extra. This scores the actors themselves: each gold event is
paired with an unused coded event of the same item and CAMEO root that shares at least one
party's country (the best such pair first); over the pairs it reports how often the source and
target codes are right in full and at country level, and, where the gold names a place, how often
the event's place has that name or that country.

    python bench/actor_scores.py tests/gold/ tests/dev/ tests/dev2/ tests/holdout/
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path


def _country(code: str | None) -> str | None:
    if code is None:
        return None
    return code if code.startswith(("IGO", "NGO", "IMG")) else code[:3]


def _score(gold: dict, source: str, target: str | None) -> tuple[int, int]:
    full = (gold.get("source") == source) + (gold.get("target") == target)
    country = (_country(gold.get("source")) == _country(source)) + (_country(gold.get("target")) == _country(target))
    return full, country


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true", help="print the paired events whose actors or place differ")
    args = parser.parse_args()

    from detente.data import gazetteer
    from detente.eval import load_gold
    from detente.pipeline import Coder
    from detente.records import Article

    items = load_gold(args.gold)
    articles = [Article(id=str(i["id"]), date=dt.date.fromisoformat(i["date"]), text=i["text"]) for i in items]
    pairs = full = country = 0
    sides = sides_full = sides_country = 0
    placed = place_name = place_country = 0
    places = gazetteer().places
    for item, coded in zip(items, Coder().code_many(articles), strict=True):
        used: set[int] = set()
        for g in item["events"]:
            root = g.get("root") or g["code"][:2]
            best = None
            for n, e in enumerate(coded.events):
                if n in used or e.cameo.root != root:
                    continue
                f, c = _score(g, e.source.code, e.target.code if e.target else None)
                if c and (best is None or (f, c) > best[0]):
                    best = ((f, c), n, e)
            if best is None:
                continue
            (f, c), n, e = best
            used.add(n)
            pairs += 1
            full += f == 2
            country += c == 2
            sides += 2
            sides_full += f
            sides_country += c
            if g.get("location"):
                placed += 1
                loc = e.location
                want = places.get(g["location"])
                if loc is not None and loc.name == g["location"]:
                    place_name += 1
                if loc is not None and (
                    loc.name == g["location"] or (want is not None and loc.country == want.country)
                ):
                    place_country += 1
                elif args.show:
                    print(f"  place {item['id']} gold {g['location']} coded {loc.name if loc else None}")
            if args.show and f < 2:
                coded_pair = f"{e.source.code}->{e.target.code if e.target else None}"
                print(f"  actors {item['id']} gold {g.get('source')}->{g.get('target')} coded {coded_pair}")
    print(f"{len(items)} items; {pairs} gold events paired with a coded event of the same root")
    print(f"both actors right: {full / max(pairs, 1):.3f} in full, {country / max(pairs, 1):.3f} at country level")
    print(
        f"each actor right:  {sides_full / max(sides, 1):.3f} in full, "
        f"{sides_country / max(sides, 1):.3f} at country level"
    )
    print(
        f"place (of {placed} paired events with a gold place): same name {place_name / max(placed, 1):.3f}, "
        f"same country {place_country / max(placed, 1):.3f}"
    )


if __name__ == "__main__":
    main()
