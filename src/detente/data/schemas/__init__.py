"""Schemas of the packaged data files, and the validator the tests run.

Every dictionary detente codes with is a YAML file in ``detente/data/`` with a
``version``, a ``source`` note (where its facts come from) and a list of
entries. The pydantic models are the schema, one module per family of files
(places, actors, roles, clauses with its sections in clause_*, codes, patterns,
relations); ``validate_all`` loads every file through them and cross-checks
references between files. The one table that is not YAML, the GeoNames
``geonames.tsv.gz``, has its note ``geonames.yaml`` (``schemas/geonames.py``),
and ``validate_all`` checks the table's format against it.
"""

from __future__ import annotations

from pathlib import Path

from detente.data.schemas.actors import (
    ActorsFile,
    GoverningSpell,
    NamedActor,
    OfficeHolder,
    OfficeHoldersFile,
    PartiesFile,
    PartyMember,
    UserActorsFile,
    UserAlias,
    member_spells,
    overlapping_spells,
    party_problems,
)
from detente.data.schemas.base import (
    CAMEO_CODE,
    DATA_DIR,
    ISO3,
    DataFile,
    _check_role,
    _no_duplicates,
    _Strict,
    load_yaml,
    role_codes,
)
from detente.data.schemas.clause_nouns import Remention
from detente.data.schemas.clause_saying import SayingWords, StatementWords
from detente.data.schemas.clause_senses import PredicateAdjectives
from detente.data.schemas.clause_time import StandingWords
from detente.data.schemas.clauses import ClausesFile
from detente.data.schemas.codes import CameoCode, CameoFile, PloverFile, PloverMapping, PloverType
from detente.data.schemas.geonames import GeonamesFile, table_problems
from detente.data.schemas.narrative import NarrativeFile
from detente.data.schemas.patterns import SLOT, NounPattern, PatternsFile, VerbPattern
from detente.data.schemas.places import CountriesFile, Country, Place, PlacesFile, Region, RegionsFile
from detente.data.schemas.relations import (
    CooperationWords,
    Direction,
    EventRelationRule,
    EventRelationsFile,
    ForceDeedWords,
    LabelWords,
    MediationWords,
    MembershipVerb,
    OngoingHostilityWords,
    ReferentWords,
    RelationKind,
    RelationWords,
    RosterWords,
    Sign,
    StativePatternsFile,
    SupportWords,
    TiesWords,
)
from detente.data.schemas.roles import RoleNouns, RolesFile

__all__ = [
    "CAMEO_CODE",
    "DATA_DIR",
    "ISO3",
    "SLOT",
    "ActorsFile",
    "CameoCode",
    "CameoFile",
    "ClausesFile",
    "CooperationWords",
    "CountriesFile",
    "Country",
    "DataFile",
    "Direction",
    "EventRelationRule",
    "EventRelationsFile",
    "ForceDeedWords",
    "GeonamesFile",
    "GoverningSpell",
    "LabelWords",
    "MediationWords",
    "MembershipVerb",
    "NamedActor",
    "NarrativeFile",
    "NounPattern",
    "OfficeHolder",
    "OfficeHoldersFile",
    "OngoingHostilityWords",
    "PartiesFile",
    "PartyMember",
    "PatternsFile",
    "Place",
    "PlacesFile",
    "PloverFile",
    "PloverMapping",
    "PloverType",
    "PredicateAdjectives",
    "ReferentWords",
    "Region",
    "RegionsFile",
    "RelationKind",
    "RelationWords",
    "Remention",
    "RoleNouns",
    "RolesFile",
    "RosterWords",
    "SayingWords",
    "Sign",
    "StandingWords",
    "StatementWords",
    "StativePatternsFile",
    "SupportWords",
    "TiesWords",
    "UserActorsFile",
    "UserAlias",
    "VerbPattern",
    "_Strict",
    "_check_role",
    "_no_duplicates",
    "load_yaml",
    "member_spells",
    "overlapping_spells",
    "party_problems",
    "role_codes",
]

# --- loading and validation -------------------------------------------------------------


FILES: dict[str, type[DataFile]] = {
    "countries.yaml": CountriesFile,
    "regions.yaml": RegionsFile,
    "places.yaml": PlacesFile,
    "geonames.yaml": GeonamesFile,  # the note of geonames.tsv.gz, whose format validate_all checks
    "actors.yaml": ActorsFile,
    "office_holders.yaml": OfficeHoldersFile,
    "actors_parties.yaml": PartiesFile,
    "roles.yaml": RolesFile,
    "clauses.yaml": ClausesFile,
    "narrative.yaml": NarrativeFile,
    "cameo.yaml": CameoFile,
    "plover.yaml": PloverFile,
    "statives/events.yaml": EventRelationsFile,
    "statives/patterns.yaml": StativePatternsFile,
}


def load(name: str) -> DataFile:
    """Load and validate one data file by name (``countries.yaml``...)."""
    return FILES[name].model_validate(load_yaml(DATA_DIR / name))


OFFICE_HOLDERS_DIR = DATA_DIR / "office_holders"


def office_holder_paths() -> list[Path]:
    """The office-holder table: ``office_holders.yaml`` and the files of ``office_holders/`` (one per region)."""
    main = [DATA_DIR / "office_holders.yaml"] if (DATA_DIR / "office_holders.yaml").exists() else []
    return main + sorted(OFFICE_HOLDERS_DIR.glob("*.yaml"))


def load_office_holders() -> list[tuple[Path, OfficeHoldersFile]]:
    return [(p, OfficeHoldersFile.model_validate(load_yaml(p))) for p in office_holder_paths()]


def load_patterns() -> list[PatternsFile]:
    return [PatternsFile.model_validate(load_yaml(p)) for p in sorted((DATA_DIR / "verbs").glob("*.yaml"))]


def validate_all() -> list[str]:
    """Validate every data file and the references between them; return the problems found."""
    problems: list[str] = []
    loaded: dict[str, DataFile] = {}
    for name in FILES:
        try:
            loaded[name] = load(name)
        except Exception as exc:
            problems.append(f"{name}: {exc}")
    try:
        pattern_files = load_patterns()
    except Exception as exc:
        problems.append(f"verbs/: {exc}")
        pattern_files = []
    geonames = loaded.get("geonames.yaml")
    if isinstance(geonames, GeonamesFile):
        problems.extend(table_problems(geonames))
    holders: list[OfficeHolder] = []
    for path in office_holder_paths()[1:]:
        try:
            holders.extend(OfficeHoldersFile.model_validate(load_yaml(path)).office_holders)
        except Exception as exc:
            problems.append(f"office_holders/{path.name}: {exc}")
    holders.extend(getattr(loaded.get("office_holders.yaml"), "office_holders", []))
    problems.extend(overlapping_spells(holders))
    roles = role_codes() | {"STATE"}
    for pf in pattern_files:
        for pat in pf.verbs:
            for role in [*(pat.source_roles or []), *(pat.not_own or [])]:
                if role not in roles:
                    problems.append(f"verbs/: pattern {pat.id} names unknown role {role}")
    for role in getattr(loaded.get("clauses.yaml"), "role_codes", {}):
        if role not in roles:
            problems.append(f"clauses.yaml: role_codes names unknown role {role}")
    countries = {c.code for c in getattr(loaded.get("countries.yaml"), "countries", [])}
    cameo = {c.code for c in getattr(loaded.get("cameo.yaml"), "codes", [])}
    for r in getattr(loaded.get("regions.yaml"), "regions", []):
        if r.code in countries:
            problems.append(f"regions.yaml: {r.code} is a country code")
    if countries:
        for p in getattr(loaded.get("places.yaml"), "places", []):
            if p.country is not None and p.country not in countries:
                problems.append(f"places.yaml: {p.name} has unknown country {p.country}")
        for a in getattr(loaded.get("actors.yaml"), "actors", []):
            if a.country and a.country not in countries:
                problems.append(f"actors.yaml: {a.name} has unknown country {a.country}")
        parties = loaded.get("actors_parties.yaml")
        if isinstance(parties, PartiesFile):
            party_names = {a.name for a in getattr(loaded.get("actors.yaml"), "actors", []) if a.kind == "party"}
            problems.extend(party_problems(parties, party_names))
        for h in holders:
            if h.code[:3] not in countries and not h.code.startswith(("IGO", "NGO", "IMG")):
                problems.append(f"office_holders.yaml: {h.name} has code {h.code} with unknown country")
    if cameo:
        plover = loaded.get("plover.yaml")
        mapped = {m.cameo for m in getattr(plover, "mapping", [])}
        for code in sorted(cameo - mapped):
            problems.append(f"plover.yaml: CAMEO code {code} has no PLOVER mapping")
        for code in sorted(mapped - cameo):
            problems.append(f"plover.yaml: maps unknown CAMEO code {code}")
        clauses = loaded.get("clauses.yaml")
        remaps = {**getattr(clauses, "intent_codes", {}), **getattr(clauses, "threat_codes", {})}
        for by_role in getattr(clauses, "role_codes", {}).values():
            remaps.update(by_role)
        for prefix, code in remaps.items():
            if code not in cameo or not any(c.startswith(prefix) for c in cameo):
                problems.append(f"clauses.yaml: intent code {prefix} -> {code} names an unknown CAMEO code")
        problems.extend(said_problems(loaded.get("roles.yaml"), cameo))
        for rule in getattr(loaded.get("statives/events.yaml"), "rules", []):
            for prefix in rule.codes:
                if not any(c.startswith(prefix) for c in cameo):
                    problems.append(f"statives/events.yaml: code prefix {prefix} matches no CAMEO code")
        ids: set[str] = set()
        for pf in pattern_files:
            for pat in [*pf.verbs, *pf.nouns]:
                if pat.code not in cameo:
                    problems.append(f"verbs/: pattern {pat.id} names unknown CAMEO code {pat.code}")
                if pat.id in ids:
                    problems.append(f"verbs/: duplicate pattern id {pat.id}")
                ids.add(pat.id)
        for rule in getattr(loaded.get("statives/events.yaml"), "rules", []):
            for rule_id in rule.rules:
                if ids and rule_id not in ids:
                    problems.append(f"statives/events.yaml: names unknown pattern id {rule_id}")
    return problems


def said_problems(roles: DataFile | None, cameo: set[str]) -> list[str]:
    """``roles.yaml`` ``said_roots`` are CAMEO roots and its ``said_deeds`` CAMEO codes under them: a deed kept from
    the speaker's place that is no code of a root of words would be an exception that never applies."""
    said_roots = getattr(roles, "said_roots", [])
    problems = [
        f"roles.yaml: said_roots names unknown CAMEO root {root}"
        for root in said_roots
        if not any(c.startswith(root) for c in cameo)
    ]
    problems += [
        f"roles.yaml: said_deeds code {code} is no CAMEO code under said_roots"
        for code in getattr(roles, "said_deeds", [])
        if code not in cameo or code[:2] not in said_roots
    ]
    return problems
