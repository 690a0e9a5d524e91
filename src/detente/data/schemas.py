"""Schemas of the packaged data files, and the validator the tests run.

Every dictionary detente codes with is a YAML file in this folder with a
``version``, a ``source`` note (where its facts come from) and a list of
entries. The pydantic models below are the schema; ``validate_all`` loads every
file through them and cross-checks references between files.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

DATA_DIR = Path(__file__).parent
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ISO3 = r"^[A-Z]{3}$"
CAMEO_CODE = r"^\d{2,4}$"


def role_codes() -> frozenset[str]:
    """The role codes: the keys of ``role_names`` in roles.yaml, the one list of them."""
    global _ROLE_CODES
    if _ROLE_CODES is None:
        _ROLE_CODES = frozenset(load_yaml(DATA_DIR / "roles.yaml").get("role_names", {}))
    return _ROLE_CODES


_ROLE_CODES: frozenset[str] | None = None


def _check_role(v: str | None) -> str | None:
    if v is not None and v not in role_codes():
        raise ValueError(f"unknown role {v!r} (roles.yaml role_names lists the role codes)")
    return v


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DataFile(_Strict):
    version: int = Field(ge=1)
    source: str = Field(min_length=10, description="where the facts in this file come from")


# --- countries -------------------------------------------------------------


class Country(_Strict):
    code: str = Field(pattern=ISO3)
    iso2: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    name: str
    aliases: list[str] = []
    demonyms: list[str] = []
    capital: str | None = None
    capital_lat: float | None = Field(default=None, ge=-90, le=90)
    capital_lon: float | None = Field(default=None, ge=-180, le=180)
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    capital_is_metonym: bool = Field(
        default=True,
        description="whether the capital's name is used for the government ('Ankara said')",
    )


class CountriesFile(DataFile):
    countries: list[Country]

    @model_validator(mode="after")
    def _unique(self) -> CountriesFile:
        _no_duplicates([c.code for c in self.countries], "country code")
        return self


# --- regions ---------------------------------------------------------------


class Region(_Strict):
    code: str = Field(pattern=ISO3)
    name: str
    adjectives: list[str] = []


class RegionsFile(DataFile):
    regions: list[Region]

    @model_validator(mode="after")
    def _unique(self) -> RegionsFile:
        _no_duplicates([r.code for r in self.regions], "region code")
        return self


# --- places ----------------------------------------------------------------


class Place(_Strict):
    name: str
    aliases: list[str] = []
    country: str | None = Field(pattern=ISO3)  # null only for waters several states border
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    kind: Literal["city", "town", "region", "territory", "site", "waterbody", "camp", "crossing"] = "city"

    @model_validator(mode="after")
    def _country_unless_shared_waters(self) -> Place:
        if self.country is None and self.kind != "waterbody":
            raise ValueError(f"place {self.name!r}: only a waterbody (shared waters) may have no country")
        return self


class PlacesFile(DataFile):
    places: list[Place]


# --- named actors ------------------------------------------------------------


class NamedActor(_Strict):
    code: str = Field(pattern=r"^[A-Z]{3,12}$")
    name: str
    aliases: list[str] = []
    kind: Literal[
        "armed_group", "party", "igo", "ngo", "media", "metonym", "company", "agency", "movement", "ethnic_group"
    ]
    country: str | None = Field(default=None, pattern=ISO3)
    role: str | None = None
    start: dt.date | None = Field(default=None, description="first day this code applies (status changes)")
    end: dt.date | None = Field(default=None, description="last day this code applies")
    note: str | None = None

    @field_validator("role")
    @classmethod
    def _role(cls, v: str | None) -> str | None:
        return _check_role(v)


class ActorsFile(DataFile):
    actors: list[NamedActor]


# --- office holders ------------------------------------------------------------


class OfficeHolder(_Strict):
    name: str
    aliases: list[str] = []
    code: str = Field(pattern=r"^[A-Z]{3,12}$")
    office: str
    start: dt.date | Literal["unknown"] = Field(description="first day in office, or 'unknown'")
    end: dt.date | Literal["unknown"] | None = Field(
        default=None, description="last day in office; null while in office, 'unknown' when it is not known"
    )
    source: str | None = Field(default=None, description="where this spell's dates come from")
    note: str | None = None

    @model_validator(mode="after")
    def _order(self) -> OfficeHolder:
        if isinstance(self.start, dt.date) and isinstance(self.end, dt.date) and self.end < self.start:
            raise ValueError(f"{self.name}: office ends before it starts")
        return self

    @property
    def start_date(self) -> dt.date | None:
        return self.start if isinstance(self.start, dt.date) else None

    @property
    def end_date(self) -> dt.date | None:
        return self.end if isinstance(self.end, dt.date) else None


class OfficeHoldersFile(DataFile):
    """Office holders; the table may be split into several files (``office_holders/*.yaml``, one per region)."""

    office_holders: list[OfficeHolder]


# --- users' own dictionaries ---------------------------------------------------------


class UserAlias(_Strict):
    """Another name for an actor or person the dictionaries know: ``{alias: "Sultan", of: "Erdogan"}``."""

    alias: str = Field(min_length=2)
    of: str = Field(min_length=2, description="a name or alias already in the dictionaries (or this file)")


class UserActorsFile(_Strict):
    """A user's dictionary (``detente code --actors my_actors.yaml``): actors, aliases and office-holder
    spells added to the packaged ones; where a name is both, the user's entry is read first."""

    version: int = Field(default=1, ge=1)
    source: str | None = None
    actors: list[NamedActor] = []
    office_holders: list[OfficeHolder] = []
    aliases: list[UserAlias] = []


# --- roles ---------------------------------------------------------------------


class RoleNouns(_Strict):
    role: str
    nouns: list[str] = Field(min_length=1, description="lower-case head nouns or multiword titles")


class RolesFile(DataFile):
    roles: list[RoleNouns]
    role_names: dict[str, str] = Field(description="every role code with its readable name: the one list of codes")
    role_groups: dict[str, list[str]] = Field(
        default_factory=dict, description="named groups of roles the resolver reasons with (domestic, local, ...)"
    )
    several_words: list[str] = Field(
        default_factory=list, description="'foreign troops', 'Western governments': several unnamed states"
    )
    country_nouns: list[str] = Field(
        default_factory=list, description="'a Palestinian state': nouns that name the country itself"
    )
    person_titles: list[str] = Field(default_factory=list, description="head nouns that name a person (he, she)")
    commentator_nouns: list[str] = Field(
        default_factory=list,
        description="'a senior fellow at a Washington think tank': people quoted for colour, whose place is no party",
    )
    description_kinds: dict[str, str] = Field(
        default_factory=dict,
        description="what a description reads back to: 'the country' a state, 'the group' a body, 'the alliance' IGO",
    )
    held_territory_nouns: list[str] = Field(
        default_factory=list, description="nouns read through to their holder: 'regime-held areas' is the regime"
    )
    holding_verbs: list[str] = Field(default_factory=list, description="participles of holding: held, controlled")
    attack_nouns: list[str] = Field(
        default_factory=list, description="'responsibility for the attack on X': an attack stands for its target"
    )
    owner_suffixes: list[str] = Field(
        default_factory=list, description="'U.S.-flagged', 'Russian-made': hyphenated words that name an owner"
    )
    own_participles: list[str] = Field(
        default_factory=list, description="'Damascus-based', 'NATO-led': participles whose country word is the phrase's"
    )
    venue_nouns: list[str] = Field(
        default_factory=list, description="'at a conference in Tokyo': venues whose own place is the event's"
    )
    place_nouns: list[str] = Field(
        default_factory=list, description="'the province of Hatay', 'the capital Niamey': the named place"
    )
    part_nouns: list[str] = Field(
        default_factory=list, description="'eastern parts of the city': a part of the place named after 'of'"
    )
    compass_words: list[str] = Field(
        default_factory=list,
        description="'east of Aleppo', 'to the northwest of al-Qaryatain': a direction from a named place, which is "
        "the event's place (the most specific place the text names)",
    )
    region_nouns: list[str] = Field(
        default_factory=list,
        description="'Homs province', 'the countryside of Idlib': a place noun that makes the town it names a region",
    )
    site_nouns: list[str] = Field(
        default_factory=list,
        description="'shelled a market in Aleppo', 'fired rockets at the Nairab airport': a site struck, where places "
        "are targets, is the place it is in",
    )
    scene_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of deeds done on the ground, which take the scene an earlier sentence set",
    )
    place_descriptions: dict[str, Literal["city", "region", "country"]] = Field(
        default_factory=dict,
        description="'in the city', 'the town': a definite place noun, and the precision of the place it refers to",
    )
    own_state_words: list[str] = Field(
        default_factory=list, description="'government forces', 'the regime': a phrase of the article's own state"
    )
    state_weapons: list[str] = Field(
        default_factory=list,
        description="'regime aircraft', 'government jets': weapons an own-state word says are the government's",
    )
    travel_words: list[str] = Field(
        default_factory=list, description="'a visit to London', 'headed to Brussels': 'to' names the event's place"
    )
    onset_words: list[str] = Field(
        default_factory=list, description="'strikes on Raqqa', 'advancing on Manbij': 'on' names where a deed fell"
    )
    partitive_nouns: list[str] = Field(
        default_factory=list, description="'thousands of protesters', 'members of Hamas': the actor is after 'of'"
    )
    owned_nouns: list[str] = Field(
        default_factory=list, description="things read through to their author: 'Iran's proposal' is Iran"
    )
    speaks_for_nouns: list[str] = Field(
        default_factory=list,
        description="'a spokesman for Mueller', 'a lawyer for the senator', 'Trump's lawyer': people who speak or act "
        "for another, coded as the one they speak for",
    )
    candidate_nouns: list[str] = Field(
        default_factory=list,
        description="'Republican Senate candidate X', 'the Labour nominee': one who stands for a party, coded as the "
        "party a party word in the phrase names (never a seat they do not hold yet)",
    )
    title_abbreviations: dict[str, str] = Field(
        default_factory=dict,
        description="'Sen. Jeff Flake', 'Gov. Larry Hogan': an abbreviated title before a name, as its title word",
    )

    @model_validator(mode="after")
    def _consistent(self) -> RolesFile:
        codes = set(self.role_names)
        used = [r.role for r in self.roles] + [c for group in self.role_groups.values() for c in group]
        used += [k for k in self.description_kinds.values() if k not in ("state", "group")]
        for code in used:
            if code not in codes:
                raise ValueError(f"role {code!r} is not in role_names")
        _no_duplicates([n.lower() for r in self.roles for n in r.nouns], "role noun (one role per noun)")
        return self


class StandingWords(_Strict):
    """What makes a clause a standing position or habitual act, not news (guide 1.3; events/clause.py)."""

    present_after_lede: bool = Field(
        default=False,
        description="read a simple-present clause after the lede with no date as a standing position (guide 1.3); "
        "off while the briefing article's 'Iran calls the rebels terrorists' is asserted as an event",
    )

    repetition_adverbs: list[str] = Field(
        default_factory=list, description="'has repeatedly denied', 'has long called': a position held, not news"
    )
    duration_nouns: list[str] = Field(default_factory=list, description="'for years', 'for decades': held for long")
    duration_preps: list[str] = Field(default_factory=list, description="'for', 'since': the prepositions of duration")
    continuing_verbs: list[str] = Field(
        default_factory=list, description="'continues to deny', 'has maintained': a position kept, not news"
    )


class StatementWords(_Strict):
    """What makes a verb of saying no statement event of its own (events/statements.py)."""

    enabled: bool = Field(
        default=False,
        description="code bare statements (the 010.* patterns) at all; the rules and then the statement model decide "
        "each one",
    )

    past_adverbs: list[str] = Field(
        default_factory=list,
        description="'said previously', 'had earlier said': a position from before the news (repetition: standing's)",
    )
    anonymous_words: list[str] = Field(
        default_factory=list, description="'officials who spoke on condition of anonymity': a source, not an actor"
    )
    deed_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of deeds a pattern word names; a statement whose words name one reports that deed",
    )
    intent_adjectives: list[str] = Field(
        default_factory=list, description="'said he was ready to hold talks': the speaker's own intention (03x)"
    )
    unsure_pronouns: list[str] = Field(
        default_factory=list, description="pronouns too unsure a speaker for a statement ('it said': a company?)"
    )
    subordinate_marks: list[str] = Field(
        default_factory=list, description="'though X said', 'as he told': a said in a subordinate clause is background"
    )
    negative_words: list[str] = Field(
        default_factory=list,
        description="words that judge badly ('a disgrace'): a feature of the statement model, and no bare statement",
    )
    positive_words: list[str] = Field(
        default_factory=list, description="words that judge well ('welcome', 'great'): a feature of the statement model"
    )


class PredicateAdjectives(_Strict):
    """Adjectives that take an infinitive ("ready to send", "due to visit"), by what they make of its act."""

    intent: list[str] = Field(default_factory=list, description="a stance the bearer states: an intention (03x)")
    scheduled: list[str] = Field(default_factory=list, description="a scheduled act: its own code, modality intent")
    refused: list[str] = Field(default_factory=list, description="the act is refused or impossible: negated")
    done: list[str] = Field(default_factory=list, description="the act was done ('was quick to condemn'): asserted")


class Remention(_Strict):
    """A definite event noun naming no party ("the attack", "the talks") is a re-mention of an event the article
    coded before: it takes that event's parties when exactly one earlier event fits (``events/remention.py``)."""

    enabled: bool = Field(default=False, description="whether re-mentions are coded at all (off: not yet precise)")
    determiners: list[str] = Field(
        default_factory=list, description="determiners that make an event noun a re-mention ('the', 'these')"
    )
    window: int = Field(default=0, ge=0, description="how many sentences back an antecedent may be (0: any)")
    deps: list[str] = Field(
        default_factory=list,
        description="the noun's own roles that state the event ('the strikes killed', 'the talks were held'); others "
        "only refer to it ('ahead of the visit', 'defend the sanctions')",
    )
    preps: list[str] = Field(
        default_factory=list,
        description="prepositions of a verb whose object states the event ('killed in the attack')",
    )
    same_word: bool = Field(
        default=False, description="an antecedent must have the noun's own lemma ('the strikes' after 'air strikes')"
    )
    roots: list[str] = Field(default_factory=list, description="CAMEO roots whose nouns may re-mention (empty: all)")


class ClausesFile(DataFile):
    """Clause words: what makes a clause negated, intended, threatened, demanded, hypothetical or reported."""

    negators: list[str]
    intent_verbs: list[str]
    threat_verbs: list[str]
    demand_verbs: list[str]
    hypothetical_aux: list[str]
    future_aux: list[str]
    hypothetical_marks: list[str]
    speech_verbs: list[str]
    claim_verbs: list[str]
    deny_verbs: list[str]
    failure_verbs: list[str] = Field(
        default_factory=list, description="'failed to broker a truce': an infinitive under these did not happen"
    )
    predicate_adjectives: PredicateAdjectives = Field(default_factory=PredicateAdjectives)
    according_to: list[str]
    light_verbs: list[str]
    purpose_verbs: list[str] = Field(
        default_factory=list,
        description="'met for talks with Y', 'flew to Z for talks with Y': verbs whose subject goes to take part "
        "in the two-way event its 'for' phrase names",
    )
    owner_frame_preps: list[str] = Field(
        default_factory=list,
        description="'on his trip to Asia': prepositions whose owned event noun is under way, its owner the doer",
    )
    remention: Remention = Field(default_factory=lambda: Remention())
    two_way_verbs: list[str] = Field(
        default_factory=list,
        description="'received a call from Y': verbs whose subject takes part in the two-way event their object "
        "names; read only for two-way patterns ('received aid from' keeps the giver as the source)",
    )
    addressed_roots: list[str] = Field(default_factory=list, description="CAMEO roots whose events need a target")
    unrealized_verbs: list[str] = Field(
        default_factory=list, description="'the meeting was cancelled': verbs whose event noun did not happen"
    )
    sports_words: list[str] = Field(default_factory=list, description="words of sport, where teams are not states")
    statements: StatementWords = Field(default_factory=StatementWords)
    standing: StandingWords = Field(default_factory=StandingWords)
    deed_roles: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="source role -> CAMEO root of its deed -> the role that deed shows"
    )
    instrument_roles: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="like deed_roles, for a doer read from the weapon it used"
    )
    undergo_verbs: list[str] = Field(
        default_factory=list,
        description="'came under shelling': a verb and preposition whose subject an attack noun after them hit",
    )
    result_verbs: list[str] = Field(
        default_factory=list,
        description="'airstrikes killed civilians in X': verbs whose victims are the result of a weapon's attack",
    )
    result_roles: list[str] = Field(
        default_factory=list, description="roles of victims that are a result, not the target, of an attack on a place"
    )
    instrument_nouns: list[str] = Field(
        default_factory=list,
        description="weapons a deed is done with ('shells fired by rebels hit ...'): their owner is the doer",
    )
    intent_codes: dict[str, str] = Field(
        default_factory=dict, description="CAMEO prefix of an intended event -> its 'express intent' code"
    )
    threat_codes: dict[str, str] = Field(
        default_factory=dict, description="CAMEO prefix of a threatened event -> its 'threaten' code"
    )
    role_codes: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="source role -> CAMEO prefix -> the code that role's deed takes"
    )


# --- CAMEO and PLOVER ------------------------------------------------------------


class CameoCode(_Strict):
    code: str = Field(pattern=CAMEO_CODE)
    name: str
    goldstein: float = Field(ge=-10, le=10)
    quad_class: int = Field(ge=1, le=4)
    description: str | None = None

    @property
    def root(self) -> str:
        return self.code[:2]


class CameoFile(DataFile):
    codes: list[CameoCode]

    @model_validator(mode="after")
    def _complete(self) -> CameoFile:
        codes = [c.code for c in self.codes]
        _no_duplicates(codes, "CAMEO code")
        roots = {c[:2] for c in codes}
        missing = {f"{i:02d}" for i in range(1, 21)} - roots
        if missing:
            raise ValueError(f"CAMEO roots missing: {sorted(missing)}")
        for c in codes:
            if len(c) > 2 and c[:3] not in codes and c[:2] + "0" not in codes:
                raise ValueError(f"CAMEO code {c} has no parent")
        return self


class PloverType(_Strict):
    event_type: str = Field(pattern=r"^[A-Z]+$")
    description: str
    modes: list[str] = []


class PloverMapping(_Strict):
    cameo: str = Field(pattern=CAMEO_CODE)
    event_type: str
    mode: str | None = None


class PloverFile(DataFile):
    event_types: list[PloverType]
    mapping: list[PloverMapping]

    @model_validator(mode="after")
    def _consistent(self) -> PloverFile:
        types = {t.event_type: set(t.modes) for t in self.event_types}
        for m in self.mapping:
            if m.event_type not in types:
                raise ValueError(f"mapping of {m.cameo} names unknown PLOVER type {m.event_type}")
            if m.mode is not None and m.mode not in types[m.event_type]:
                raise ValueError(f"mapping of {m.cameo} names unknown mode {m.mode} of {m.event_type}")
        _no_duplicates([m.cameo for m in self.mapping], "PLOVER mapping of CAMEO code")
        return self


# --- verb and noun patterns ---------------------------------------------------------

SLOT = r"^(dobj|dobj_holder|dative|none|subj|poss|mod|xcomp_obj|cond_subj|ccomp_obj|prep:[a-z_ ]+|agent)$"


class VerbPattern(_Strict):
    id: str = Field(pattern=r"^[0-9]{2,4}\.[a-z0-9_.]+$")
    code: str = Field(pattern=CAMEO_CODE)
    verb: str = Field(description="lemma; 'reach out' means the verb 'reach' with the particle 'out'")
    target: list[str] = Field(
        min_length=1,
        description="slots tried in order; dobj_holder is the name a site object is named by ('ISIL strongholds')",
    )
    object: list[str] | None = Field(default=None, description="lemmas the direct object must have")
    complement: list[str] | None = Field(default=None, description="lemmas of an object predicate (call X terrorists)")
    xcomp: list[str] | None = Field(
        default=None,
        description="lemmas of a to-infinitive complement; '*' is any to-infinitive said of the verb's own object",
    )
    context: list[str] | None = Field(default=None, description="lemmas one of which must occur in the clause")
    condition: list[str] | None = Field(
        default=None,
        description="marks of a conditional clause the verb or its complement must have ('warned it would act if "
        "X ...'); the slot cond_subj is that clause's subject",
    )
    mutual: bool = False
    place: Literal["target", "none"] = "none"
    target_optional: bool = Field(
        default=False, description="code with no target when the target slot names no actor we know"
    )
    source_roles: list[str] | None = Field(
        default=None, description="roles the source must have (STATE for a country alone): 'arrived in' by officials"
    )
    not_own: list[str] | None = Field(
        default=None,
        description="roles a target of the source's own country may not have: a government asking its own voters "
        "to turn out is domestic politics, not an appeal between actors",
    )
    note: str | None = None

    @field_validator("target", mode="before")
    @classmethod
    def _listify(cls, v: object) -> object:
        return [v] if isinstance(v, str) else v

    @field_validator("target")
    @classmethod
    def _slots(cls, v: list[str]) -> list[str]:
        for slot in v:
            if not re.match(SLOT, slot):
                raise ValueError(f"unknown target slot {slot!r}")
        return v

    @model_validator(mode="after")
    def _id_matches_code(self) -> VerbPattern:
        if not self.id.startswith(self.code + "."):
            raise ValueError(f"pattern {self.id} should start with its code {self.code}")
        return self


class NounPattern(_Strict):
    id: str = Field(pattern=r"^[0-9]{2,4}\.[a-z0-9_.]+$")
    code: str = Field(pattern=CAMEO_CODE)
    noun: str = Field(description="lemma of the event noun")
    source: list[str] = Field(default=["poss"], description="slots for the source")
    target: list[str] = Field(default=["none"], description="slots for the target")
    participants: str | None = Field(default=None, description="slot whose conjoined actors all take part (mutual)")
    place: Literal["target", "none"] = Field(
        default="none", description="a place-name target is the event's location ('airstrikes on Gaza')"
    )
    mutual: bool = Field(default=False, description="code both directions: 'talks with' is a two-way event")
    context: list[str] | None = None
    doer_label: bool = Field(
        default=False,
        description="the context words label the doer ('terrorist attack'), not the means: tried after the "
        "patterns whose context names a weapon, so 'a terrorist rocket attack' is coded by its rockets",
    )
    note: str | None = None

    @field_validator("source", "target", mode="before")
    @classmethod
    def _listify(cls, v: object) -> object:
        return [v] if isinstance(v, str) else v

    @model_validator(mode="after")
    def _id_matches_code(self) -> NounPattern:
        if not self.id.startswith(self.code + "."):
            raise ValueError(f"pattern {self.id} should start with its code {self.code}")
        for slot in [*self.source, *self.target, *([self.participants] if self.participants else [])]:
            if not re.match(SLOT, slot):
                raise ValueError(f"unknown slot {slot!r}")
        return self


class PatternsFile(DataFile):
    verbs: list[VerbPattern] = []
    nouns: list[NounPattern] = []


# --- statives and relations (detente.system) ---------------------------------------------------

RelationKind = Literal["alliance", "support", "cooperation", "hostility", "label", "membership", "mediation"]
Sign = Literal["+", "-"]
Direction = Literal["holder_to_other", "other_to_holder"]


class EventRelationRule(_Strict):
    """Which coded events are evidence of a relation: by CAMEO code prefix or by pattern id."""

    kind: RelationKind
    sign: Sign
    codes: list[str] = []
    rules: list[str] = []

    @model_validator(mode="after")
    def _something(self) -> EventRelationRule:
        if not self.codes and not self.rules:
            raise ValueError("an event relation rule needs codes or rules")
        for code in self.codes:
            if not re.match(CAMEO_CODE, code):
                raise ValueError(f"{code!r} is not a CAMEO code prefix")
        return self


class EventRelationsFile(DataFile):
    half_life_days: float = Field(gt=0, description="default half-life of a relation's evidence, in days")
    rules: list[EventRelationRule]


class RelationWords(_Strict):
    words: list[str] = Field(min_length=1)
    kind: RelationKind
    sign: Sign
    direction: Direction = "holder_to_other"
    symmetric: bool = False
    preps: list[str] = []
    ends: bool = False  # "Britain's exit from the EU": closes the relation of this kind and sign, is none itself


class LabelWords(_Strict):
    nouns: list[str]
    modifiers: list[str]
    group_nouns: list[str]
    verbs: list[str]
    # labels only when someone calls them so ("Beijing calls Lai a separatist"), not in the author's description
    # ("the separatist Polisario Front")
    called: list[str] = Field(default_factory=list)
    # nouns of armed bodies that label only under a labelling verb and with a label word before them ("calls the
    # troops an occupation force"), never in the author's description ("the occupying army")
    called_groups: list[str] = Field(default_factory=list)


class TiesWords(_Strict):
    nouns: list[str]
    positive: list[str]
    negative: list[str]
    preps: list[str]
    holding: list[str] = Field(min_length=1)  # "has close ties with", "wages war on": held by the verb's subject
    forming: list[str] = Field(default_factory=list)  # "declared a partnership": held by the subjects together


class MembershipVerb(_Strict):
    words: list[str] = Field(min_length=1)
    sign: Sign
    preps: list[str] = Field(default_factory=list)  # "belongs to the EU": the body is the object of these
    ends: bool = False  # "left NATO": closes the membership (of sign ``sign``), is none itself
    # "formed their own confederation, the Alliance of Sahel States": the body is named after the object
    named_after: bool = False


class RosterWords(_Strict):
    """A body's members listed by the body: 'the Arab League, which includes Egypt', 'ASEAN member states,
    including Vietnam', 'NATO, of which Turkey is a member'."""

    verbs: list[str] = Field(default_factory=list)  # the body is the subject, its members the object
    preps: list[str] = Field(default_factory=list)  # "member states, including Vietnam"
    member_nouns: list[str] = Field(default_factory=list)  # what the listing hangs from: members, states


class OngoingHostilityWords(_Strict):
    """A conflict held by the subject of a verb it is 'in': 'have been locked in a war'."""

    in_verbs: list[str] = Field(default_factory=list)


class MediationWords(_Strict):
    """How mediation is said: who mediates (a verb's subject or agent, an owner of the noun) and between whom
    (a 'between' phrase, or the parties who agree to, sign or observe the mediated truce, deal or talks)."""

    verbs: list[str] = Field(min_length=1)
    light_verbs: list[str] = Field(default_factory=list)
    things: list[str] = Field(min_length=1)
    agree_verbs: list[str] = Field(min_length=1)
    frame_preps: list[str] = Field(default_factory=list)
    former: list[str] = Field(default_factory=list)
    mediators: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)  # the act of mediating: 'Egyptian mediation'
    sides: list[str] = Field(default_factory=list)
    mutual_verbs: list[str] = Field(default_factory=list)
    effort_verbs: list[str] = Field(default_factory=list)
    effort_nouns: list[str] = Field(default_factory=list)
    not_yet: list[str] = Field(default_factory=list)
    lead_verbs: list[str] = Field(default_factory=list)  # "Kenya leads the mediation between A and B"
    led_things: list[str] = Field(default_factory=list)  # "AU-led talks": who leads the talks mediates them


class SupportWords(_Strict):
    """Support said in a clause of its own: 'Pakistan harbours the Taliban', 'the rebels receive arms from Iran',
    'Iran is on the side of the government'."""

    verbs: list[str] = Field(min_length=1)
    receive_verbs: list[str] = Field(default_factory=list)
    # munitions are received by their target as often as by an ally ("Kyiv received Russian missiles overnight"):
    # their owner alone gives no support; a named giver ("from Iran") does
    fired_nouns: list[str] = Field(default_factory=list)
    # "backed by U.S. air strikes": force a country lends is its military's (docs/conventions.md: a country's
    # weapons are its military); the fired nouns above count too
    force_nouns: list[str] = Field(default_factory=list)
    aid_nouns: list[str] = Field(default_factory=list)
    side_nouns: list[str] = Field(default_factory=list)
    give_verbs: list[str] = Field(default_factory=list)
    give_nouns: list[str] = Field(default_factory=list)  # "Iran's supply of drones to Russia"
    backing_nouns: list[str] = Field(default_factory=list)
    rely_verbs: list[str] = Field(default_factory=list)  # "the Houthis rely on Iran for weapons"
    send_verbs: list[str] = Field(default_factory=list)  # "sent troops to prop up": the sender does it
    accuse_verbs: list[str] = Field(default_factory=list)  # "accused of arming": the accuser's claim
    joined_verbs: list[str] = Field(default_factory=list)  # "funds and hosts": support beside a support verb
    purpose_verbs: list[str] = Field(default_factory=list)  # "sent mercenaries to help": after a send verb
    permit_verbs: list[str] = Field(default_factory=list)  # "let Russian troops use its territory"
    permitted_acts: list[str] = Field(default_factory=list)  # what the permitted forces do


class CooperationWords(_Strict):
    """Agreements and comradeship: 'A and B agreed to a truce', 'A agreed to a ceasefire with B', 'A and B
    issued a joint statement', 'A fought alongside B'. Signing any agreement is cooperation, even between foes."""

    agreements: list[str] = Field(min_length=1)
    verbs: list[str] = Field(min_length=1)
    joint: list[str] = Field(default_factory=list)
    alongside_verbs: list[str] = Field(default_factory=list)
    with_verbs: list[str] = Field(default_factory=list)  # "works with": one way, subject -> the one after "with"


class StativePatternsFile(DataFile):
    relation_nouns: list[RelationWords]
    relation_adjectives: list[RelationWords]
    hyphen_participles: list[RelationWords]
    labels: LabelWords
    ties: TiesWords
    label_acts: list[str]
    owned_relations: list[RelationWords]
    relative_verbs: list[RelationWords]
    ending_verbs: list[str]
    membership_verbs: list[MembershipVerb]
    copulas: list[str]
    mediation: MediationWords
    body_nouns: list[str] = Field(default_factory=list)
    rosters: RosterWords = Field(default_factory=RosterWords)
    ongoing_hostility: OngoingHostilityWords = Field(default_factory=OngoingHostilityWords)
    support: SupportWords
    cooperation: CooperationWords
    pro_state: list[str] = Field(default_factory=list)  # "pro-government forces": the government of their country

    @model_validator(mode="after")
    def _unique_words(self) -> StativePatternsFile:
        for name in ("relation_nouns", "relation_adjectives", "hyphen_participles", "owned_relations"):
            _no_duplicates([w for entry in getattr(self, name) for w in entry.words], f"{name} word")
        for entry in self.relation_adjectives:
            if not entry.preps:
                raise ValueError(f"relation adjectives {entry.words} need the prepositions that take the other party")
        return self


# --- loading and validation -------------------------------------------------------------


def _no_duplicates(items: list[str], what: str) -> None:
    seen: set[str] = set()
    for item in items:
        if item in seen:
            raise ValueError(f"duplicate {what}: {item}")
        seen.add(item)


FILES: dict[str, type[DataFile]] = {
    "countries.yaml": CountriesFile,
    "regions.yaml": RegionsFile,
    "places.yaml": PlacesFile,
    "actors.yaml": ActorsFile,
    "office_holders.yaml": OfficeHoldersFile,
    "roles.yaml": RolesFile,
    "clauses.yaml": ClausesFile,
    "cameo.yaml": CameoFile,
    "plover.yaml": PloverFile,
    "statives/events.yaml": EventRelationsFile,
    "statives/patterns.yaml": StativePatternsFile,
}


def load_yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)  # a safe loader, the C one when built


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
    holders: list[OfficeHolder] = []
    for path in office_holder_paths()[1:]:
        try:
            holders.extend(OfficeHoldersFile.model_validate(load_yaml(path)).office_holders)
        except Exception as exc:
            problems.append(f"office_holders/{path.name}: {exc}")
    holders.extend(getattr(loaded.get("office_holders.yaml"), "office_holders", []))
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
