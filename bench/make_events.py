"""Generate a realistic store of coded events, for benchmarks of the query layer and the web page.

    python bench/make_events.py --events 1000000 --db big.duckdb

"Realistic" means shaped like coded news rather than uniform noise: a few countries make
most of the news (Zipf over a prominence order), each country has its usual partners, most
actors are governments and armed forces, statements and consultations outnumber fights,
tense dyads fight more, meetings are recorded in both directions, most events have a
place in one of the two countries, and every record is a full detente event (evidence
sentence, trigger, PLOVER type, modality) written through the real ``Store``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path

from detente.data import cameo_table, gazetteer, schemas
from detente.records import ActorRef, Article, Cameo, Event, Evidence, Location, Plover
from detente.store import Store

PROMINENT = [  # roughly how often countries make international news
    *("USA", "RUS", "UKR", "CHN", "ISR", "PSE", "IRN", "TUR", "SYR", "GBR", "FRA", "DEU", "IND", "PAK", "AFG"),
    *("IRQ", "SAU", "YEM", "LBN", "EGY", "JPN", "KOR", "PRK", "TWN", "QAT", "ARE", "JOR", "VEN", "BRA", "MEX"),
    *("NGA", "SDN", "ETH", "SOM", "LBY", "MMR", "PHL", "VNM", "IDN", "KEN", "POL", "BLR", "AZE", "ARM", "GEO"),
    *("SRB", "XKX", "CUB", "COL"),
]
ROLES = (("GOV", 45), ("MIL", 15), ("", 14), ("COP", 4), ("REB", 4), ("OPP", 3), ("CVL", 5), ("LEG", 2))
ROLES += (("JUD", 2), ("MED", 2), ("BUS", 2), ("REF", 1), ("SPY", 1))
ROLE_WORDS = {
    "GOV": ("officials", "government"),
    "MIL": ("forces", "troops"),
    "": ("", ""),
    "COP": ("police", "police"),
    "REB": ("rebels", "militants"),
    "OPP": ("opposition leaders", "opposition"),
    "CVL": ("protesters", "residents"),
    "LEG": ("lawmakers", "parliament"),
    "JUD": ("prosecutors", "court"),
    "MED": ("journalists", "state media"),
    "BUS": ("companies", "firms"),
    "REF": ("refugees", "displaced people"),
    "SPY": ("intelligence officials", "intelligence service"),
}
ROOT_SHARE = {
    "01": 20, "02": 6, "03": 8, "04": 22, "05": 5, "06": 2, "07": 2, "08": 2, "09": 1, "10": 2,
    "11": 7, "12": 2, "13": 2, "14": 2, "15": 1, "16": 2, "17": 5, "18": 3, "19": 7, "20": 0.3,
}  # fmt: skip
CONFLICT_ROOTS = ("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20")
VERBS = {
    "01": "said of", "02": "appealed to", "03": "pledged to work with", "04": "met", "05": "praised",
    "06": "cooperated with", "07": "sent aid to", "08": "eased restrictions on", "09": "investigated",
    "10": "demanded that", "11": "accused", "12": "rejected", "13": "threatened", "14": "protested against",
    "15": "mobilized against", "16": "cut ties with", "17": "arrested", "18": "abducted", "19": "attacked",
    "20": "massacred",
}  # fmt: skip
MODALITIES = (("asserted", 88), ("intent", 5), ("claim", 3), ("threat", 2), ("hypothetical", 1), ("demand", 1))
ROLE_NAMES = [r for r, _ in ROLES]
ROOTS = list(ROOT_SHARE)
MODALITY_NAMES = [m for m, _ in MODALITIES]
WIRES = ("Test Wire", "Agency One", "Daily Ledger", "World Desk", "Regional Times")
START, DAYS = dt.date(2022, 1, 1), 4 * 365


class World:
    """The fixed cast: countries by prominence, their partners, names, places and the CAMEO table."""

    def __init__(self, rng: random.Random) -> None:
        g = gazetteer()
        codes = [c for c in PROMINENT if c in g.countries]
        rest = sorted(set(g.countries) - set(codes))
        rng.shuffle(rest)
        self.countries = codes + rest
        self.country_cum = list(accumulate(1.0 / (i + 1) ** 1.1 for i in range(len(self.countries))))
        self.partners = {c: rng.choices(self.countries, cum_weights=self.country_cum, k=4) for c in self.countries}
        self.role_cum = list(accumulate(w for _, w in ROLES))
        self.modality_cum = list(accumulate(w for _, w in MODALITIES))
        # root weights for ten levels of tension: hostile pairs fight more
        self.root_cum = [
            list(accumulate(ROOT_SHARE[r] * (1 + 0.8 * level if r in CONFLICT_ROOTS else 1) for r in ROOT_SHARE))
            for level in range(11)
        ]
        self.names = {c: g.countries[c].name for c in self.countries}
        file = schemas.load("countries.yaml")
        self.demonyms = {c.code: (c.demonyms[0] if c.demonyms else c.name) for c in file.countries}  # type: ignore[attr-defined]
        self.places: dict[str, list] = {}
        for p in set(g.places.values()):
            self.places.setdefault(p.country, []).append(p)
        for v in self.places.values():
            v.sort(key=lambda p: p.name)
        igo = sorted({e.code: e.name for es in g.actors.values() for e in es if e.code.startswith("IGO")}.items())
        self.igos = igo[:25]
        self.cameo = cameo_table()
        self.codes_by_root: dict[str, list[str]] = {}
        for code in sorted(self.cameo):
            self.codes_by_root.setdefault(code[:2], []).append(code)
        self.tension = {}

    def tension_of(self, a: str, b: str) -> float:
        """How hostile a pair is, fixed per unordered pair: most pairs calm, a few at war."""
        key = tuple(sorted((a[:3], b[:3])))
        if key not in self.tension:
            h = int(hashlib.sha1("|".join(key).encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
            self.tension[key] = h**3
        return self.tension[key]


def _actor(world: World, rng: random.Random, country: str | None = None) -> ActorRef:
    if country is None and rng.random() < 0.05:
        code, name = rng.choice(world.igos)
        return ActorRef(code=code, name=name, text=f"the {name}", country=None, role="IGO")
    country = country or rng.choices(world.countries, cum_weights=world.country_cum)[0]
    role = rng.choices(ROLE_NAMES, cum_weights=world.role_cum)[0]
    plural, singular = ROLE_WORDS[role]
    if role:
        text = f"{world.demonyms[country]} {plural}" if rng.random() < 0.6 else f"the {world.names[country]} {singular}"
        name = f"{world.names[country]} {singular}"
    else:
        text = name = world.names[country]
    return ActorRef(code=country + role, name=name, text=text, country=country, role=role or None)


def _event(world: World, rng: random.Random, article: Article, index: int) -> list[Event]:
    src = _actor(world, rng)
    # most of the time the target is one of the source country's usual partners
    tgt_country = rng.choice(world.partners[src.country]) if src.country and rng.random() < 0.55 else None
    tgt = _actor(world, rng, tgt_country)
    while tgt.code == src.code:
        tgt = _actor(world, rng)
    tension = world.tension_of(src.code, tgt.code)
    root = rng.choices(ROOTS, cum_weights=world.root_cum[round(10 * tension)])[0]
    codes = world.codes_by_root[root]
    code = codes[0] if rng.random() < 0.4 else rng.choice(codes)
    info = world.cameo[code]
    day = article.date - dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2))) if article.date else None
    precision = "day" if rng.random() < 0.7 else "article"
    location = None
    place_country = src.country if rng.random() < 0.5 else tgt.country
    if place_country and rng.random() < 0.7 and world.places.get(place_country):
        p = rng.choice(world.places[place_country])
        location = Location(name=p.name, country=p.country, lat=p.lat, lon=p.lon, text=p.name)
    verb = VERBS[root]
    where = f" in {location.name}" if location else ""
    sentence = f"{src.text[0].upper()}{src.text[1:]} {verb} {tgt.text}{where} on {day:%B %d}." if day else ""
    start = index * 120
    modality = rng.choices(MODALITY_NAMES, cum_weights=world.modality_cum)[0]
    negated = rng.random() < 0.02

    def one(s: ActorRef, t: ActorRef, c: str) -> Event:
        ci = world.cameo[c]
        return Event(
            article_id=article.id,
            event_id=Event.make_id(article.id, index, start, s.code, t.code, c),
            sentence_index=index,
            date=day,
            date_precision=precision,
            source=s,
            target=t,
            cameo=Cameo(code=c, root=c[:2], name=ci.name, goldstein=ci.goldstein, quad_class=ci.quad_class),
            plover=Plover(event_type=ci.plover_type, mode=ci.plover_mode),
            location=location,
            negated=negated,
            modality=modality,
            evidence=Evidence(
                sentence=sentence, start=start, end=start + len(sentence), rule=f"gen.{c}", trigger=verb.split()[0]
            ),
        )

    events = [one(src, tgt, info.code)]
    if root == "04" and rng.random() < 0.5:  # meetings are coded both ways
        events.append(one(tgt, src, info.code))
    return events


def generate(n_events: int, *, seed: int = 20261202, per_article: int = 4) -> Iterator[tuple[Article, list[Event]]]:
    """Articles with their events until ``n_events`` events were made; deterministic for a seed."""
    rng = random.Random(seed)
    world = World(rng)
    made = 0
    number = 0
    while made < n_events:
        number += 1
        # later years carry more news, as real archives do
        day = START + dt.timedelta(days=int(DAYS * rng.random() ** 0.8))
        aid = f"g{number:08d}"
        article = Article(
            id=aid,
            date=day,
            text="",
            title=f"Generated article {number}",
            source=rng.choice(WIRES),
            url=f"https://news.example.org/{day:%Y/%m/%d}/{aid}",
            origin="bench/make_events.py",
        )
        events: list[Event] = []
        for index in range(rng.randint(1, 2 * per_article - 1)):
            events.extend(_event(world, rng, article, index))
        events = events[: n_events - made]
        text = " ".join(e.evidence.sentence for e in events if e.evidence.sentence)
        made += len(events)
        yield article.model_copy(update={"text": text}), events


def build_store(path: str | Path, n_events: int, *, seed: int = 20261202, batch: int = 5000) -> dict:
    """Write a generated store (replacing the file); what was written and how long it took."""
    target = Path(path)
    for p in (target, target.with_name(target.name + ".wal")):
        p.unlink(missing_ok=True)
    started = time.perf_counter()
    n_articles = n_evts = 0
    pending: list[tuple[Article, list[Event]]] = []
    with Store(target) as store:
        for item in generate(n_events, seed=seed):
            pending.append(item)
            if len(pending) >= batch:
                result = store.add(pending)
                n_articles += result.articles_added
                n_evts += result.events_added
                pending = []
        if pending:
            result = store.add(pending)
            n_articles += result.articles_added
            n_evts += result.events_added
    return {"articles": n_articles, "events": n_evts, "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=20261202)
    args = parser.parse_args()
    report = build_store(args.db, args.events, seed=args.seed)
    sys.stderr.write(f"{report['events']} events in {report['articles']} articles, {report['seconds']} s\n")


if __name__ == "__main__":
    main()
