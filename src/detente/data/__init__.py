"""Packaged dictionaries, loaded once and indexed for the coding stages.

The YAML files beside this module are the dictionaries (schemas in
``schemas/``). This module turns them into lookup tables; it holds no facts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass, field
from functools import cache

from detente.data import schemas

log = logging.getLogger("detente")


@dataclass(frozen=True)
class CountryInfo:
    code: str
    name: str
    lat: float
    lon: float
    capital: str | None
    capital_lat: float | None
    capital_lon: float | None
    capital_is_metonym: bool


@dataclass(frozen=True)
class PlaceInfo:
    name: str
    country: str | None  # None: waters several states border
    lat: float
    lon: float
    kind: str


@dataclass(frozen=True)
class ActorEntry:
    """A named actor or office holder: a code valid between two dates."""

    code: str
    name: str
    country: str | None
    role: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    office: str | None = None
    origin: str | None = None  # the file that gave the entry, when not a packaged one
    gender: str | None = None  # an office holder's recorded gender ("female", "male"), None where not recorded
    party: str | None = None  # a party member's spell (actors_parties.yaml): the party, read when no office holds

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Gazetteer:
    """Every name the entity ruler knows, keyed by its surface form."""

    countries: dict[str, CountryInfo] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # name/alias -> code
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> code
    capitals: dict[str, str] = field(default_factory=dict)  # capital -> code
    places: dict[str, PlaceInfo] = field(default_factory=dict)  # name/alias -> place
    actors: dict[str, list[ActorEntry]] = field(default_factory=dict)  # name/alias -> spells
    people: dict[str, list[ActorEntry]] = field(default_factory=dict)  # name/alias -> spells in office
    regions: dict[str, str] = field(default_factory=dict)  # region code -> name (EUR -> Europe)
    region_demonyms: dict[str, str] = field(default_factory=dict)  # "European" -> EUR


def _code_role(code: str, country: str | None) -> str | None:
    if country and code.startswith(country) and len(code) > 3:
        return code[3:]
    for prefix in ("IGO", "NGO", "IMG"):
        if code.startswith(prefix):
            return prefix
    return None


def _entries(name: str, key: str) -> list:
    """Entries of a dictionary file; a missing file is reported and read as empty."""
    if not (schemas.DATA_DIR / name).exists():
        log.warning("dictionary %s is missing; coding without it", name)
        return []
    return getattr(schemas.load(name), key)


@cache
def gazetteer() -> Gazetteer:
    """Index countries, places, named actors and office holders by surface form."""
    g = Gazetteer()
    countries = schemas.load("countries.yaml")
    for c in countries.countries:  # type: ignore[attr-defined]
        g.countries[c.code] = CountryInfo(
            c.code, c.name, c.lat, c.lon, c.capital, c.capital_lat, c.capital_lon, c.capital_is_metonym
        )
        for name in [c.name, *c.aliases]:
            g.country_names.setdefault(name, c.code)
        for dem in c.demonyms:
            g.demonyms.setdefault(dem, c.code)
        if c.capital and c.capital_is_metonym:
            g.capitals.setdefault(c.capital, c.code)
        if c.capital and c.capital_lat is not None and c.capital_lon is not None:
            g.places.setdefault(c.capital, PlaceInfo(c.capital, c.code, c.capital_lat, c.capital_lon, "city"))
    for r in _entries("regions.yaml", "regions"):
        g.regions[r.code] = r.name
        for adjective in r.adjectives:
            g.region_demonyms.setdefault(adjective, r.code)
    for p in _entries("places.yaml", "places"):
        info = PlaceInfo(p.name, p.country, p.lat, p.lon, p.kind)
        for name in [p.name, *p.aliases]:
            g.places.setdefault(name, info)
    for a in _entries("actors.yaml", "actors"):
        add_actor(g, a)
    taken = frozenset({*g.places, *g.country_names, *g.capitals, *g.actors, *g.demonyms})
    for _, holders in schemas.load_office_holders():
        for h in holders.office_holders:
            add_office_holder(g, h, taken=taken)
    add_party_members(g, taken)
    return g


PARTIES_FILE = "actors_parties.yaml"


def add_party_members(g: Gazetteer, taken: frozenset[str] = frozenset()) -> None:
    """Index each party member's membership, cut by the party's governing spells, after every office: a person's
    office on a day is read first (``entry_on`` takes the first valid spell), the party's code only on the days
    no office holds (docs/annotation.md 5, step 5: OPP while the party is out of the national executive, PTY while
    it holds it). The membership's spells are derived here from the two tables of ``actors_parties.yaml``."""
    if not (schemas.DATA_DIR / PARTIES_FILE).exists():
        return
    parties: schemas.PartiesFile = schemas.load(PARTIES_FILE)  # type: ignore[assignment]
    for m in parties.members:
        party = next((e for e in g.actors.get(m.party, ()) if e.role == "PTY" and e.country), None)
        if party is None or party.country is None:
            continue  # the validator names it
        vouched = None
        if m.start_date is None:
            # an 'unknown' start reaches back no further than the person's first office: the earliest day the data
            # vouches for them as a party's politician ("Hillary Clinton" in 1995 is no party figure); no office, none
            offices = [e.start for e in g.people.get(m.name, ()) if e.start is not None and e.name == m.name]
            if not offices:
                continue
            vouched = min(offices)
        for start, end, governs in schemas.member_spells(m, parties.governing, vouched):
            role = "PTY" if governs else "OPP"
            state = "holds" if governs else "is out of"
            office = f"member of the {m.party}, which {state} the national executive"
            entry = ActorEntry(party.country + role, m.name, party.country, role, start, end, office, None, m.gender)
            entry = dataclasses.replace(entry, party=m.party)
            for name in [m.name, *m.aliases]:
                if name != m.name and name in taken:
                    continue
                g.people.setdefault(name, []).append(entry)


def add_office_holder(
    g: Gazetteer, h: schemas.OfficeHolder, origin: str | None = None, taken: frozenset[str] = frozenset()
) -> ActorEntry:
    """Index one office-holder spell under its name and aliases. An unknown start or end date is open.
    A packaged alias that is also a place or a group ("Muscat", "Masisi") is left out: a surname alone
    must not take a city's name from it (a user's dictionary may still claim it)."""
    country = h.code[:3] if not h.code.startswith(("IGO", "NGO", "IMG")) else None
    entry = ActorEntry(
        h.code, h.name, country, _code_role(h.code, country), h.start_date, h.end_date, h.office, origin, h.gender
    )
    for name in [h.name, *h.aliases]:
        if name != h.name and name in taken:
            continue
        g.people.setdefault(name, []).append(entry)
    return entry


def add_actor(g: Gazetteer, a: schemas.NamedActor, origin: str | None = None) -> ActorEntry:
    """Index one named actor under its name and aliases."""
    role = a.role or _code_role(a.code, a.country)
    entry = ActorEntry(a.code, a.name, a.country, role, a.start, a.end, None, origin)
    for name in [a.name, *a.aliases]:
        g.actors.setdefault(name, []).append(entry)
    return entry


@cache
def role_nouns() -> dict[tuple[str, ...], str]:
    """Map of lower-case title word sequences ("foreign", "minister") to a role code: the written role nouns and the
    chamber titles composed from ``chamber_words`` (``RolesFile.role_table``)."""
    table: dict[tuple[str, ...], str] = {}
    for entry in roles_file().role_table():
        for noun in entry.nouns:
            table.setdefault(tuple(noun.lower().split()), entry.role)
    return table


@dataclass(frozen=True)
class CameoInfo:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str
    plover_mode: str | None


@cache
def cameo_table() -> dict[str, CameoInfo]:
    """CAMEO codes with their names, Goldstein scores, QuadClass and PLOVER mapping."""
    plover = {m.cameo: m for m in schemas.load("plover.yaml").mapping}  # type: ignore[attr-defined]
    table = {}
    for c in schemas.load("cameo.yaml").codes:  # type: ignore[attr-defined]
        m = plover.get(c.code)
        table[c.code] = CameoInfo(
            c.code, c.root, c.name, c.goldstein, c.quad_class, m.event_type if m else "UNKNOWN", m.mode if m else None
        )
    return table


@cache
def roles_file() -> schemas.RolesFile:
    return schemas.load("roles.yaml")  # type: ignore[return-value]


@cache
def when_words() -> dict:
    """``when.yaml`` as plain data, read once: the date stage's tables (``when.table``, which validates them) and the
    name repair of ``nlp.names`` (which month words are also names) read the one file through here."""
    return schemas.load_yaml(schemas.DATA_DIR / "when.yaml")


@cache
def clauses() -> schemas.ClausesFile:
    return schemas.load("clauses.yaml")  # type: ignore[return-value]


@cache
def region_codes() -> dict[str, str]:
    """Region code -> name, for actors the news names only by region ("European companies": EURBUS)."""
    return {r.code: r.name for r in schemas.load("regions.yaml").regions}  # type: ignore[attr-defined]


@cache
def narrative_marks() -> schemas.NarrativeFile:
    """``narrative.yaml``: the marks of text that is not the article's story (``nlp.narrative``)."""
    return schemas.load("narrative.yaml")  # type: ignore[return-value]
