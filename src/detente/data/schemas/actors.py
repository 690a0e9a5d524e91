"""Schemas of the actor files: named actors, office holders and users' own dictionaries."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Literal

from pydantic import Field, field_validator, model_validator

from detente.data.schemas.base import ISO3, DataFile, _check_role, _Strict

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
    gender: Literal["female", "male"] | None = Field(
        default=None,
        description="the person's gender where it is well known, for he/she agreement when the article gives none; "
        "absent where not recorded (never guessed from a first name)",
    )

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


def overlapping_spells(holders: list[OfficeHolder]) -> list[str]:
    """Spells of one person (one name) in one country with different codes whose dates overlap: the resolver takes
    the first listed, so the other office is never read. Both ends of a spell are days in office (the resolver's
    ``valid_on`` reads them inclusively), so a spell ending the day another starts overlaps it by that day: the
    next one must start the day after. Two people of one name in different countries (a David Johnston in Canada
    and in Australia) may overlap."""
    by_name: dict[str, list[OfficeHolder]] = {}
    for h in holders:
        by_name.setdefault(h.name, []).append(h)
    problems = []
    for name, spells in by_name.items():
        for i, a in enumerate(spells):
            for b in spells[i + 1 :]:
                if a.code == b.code or a.code[:3] != b.code[:3]:
                    continue
                a_start, b_start = a.start_date or dt.date.min, b.start_date or dt.date.min
                a_end = a.end_date or dt.date.max
                b_end = b.end_date or dt.date.max
                first, last = max(a_start, b_start), min(a_end, b_end)
                if first <= last:
                    problems.append(f"office holders: {name} is {a.code} and {b.code} at once ({first} to {last})")
    return problems


class OfficeHoldersFile(DataFile):
    """Office holders; the table may be split into several files (``office_holders/*.yaml``, one per region)."""

    office_holders: list[OfficeHolder]


# --- party members and governing parties (s17-actors) ----------------------------------------------


class GoverningSpell(_Strict):
    """A spell in which a party holds its country's national executive (the cabinet in a parliamentary system,
    the presidency in a presidential one): docs/annotation.md 5, "a party is OPP while out, PTY while it governs"."""

    party: str = Field(description="the party's name as actors.yaml lists it (kind: party)")
    start: dt.date = Field(description="first day the party holds the executive")
    end: dt.date | None = Field(default=None, description="last day it holds it; null while it still does")
    note: str | None = None

    @model_validator(mode="after")
    def _order(self) -> GoverningSpell:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"{self.party}: governs until before it starts")
        return self


class PartyMember(_Strict):
    """A person's membership of a party: on a day they hold no office of the office-holder table, the guide's
    order (annotation.md 5, step 5) codes them by the party, OPP or PTY as the governing spells say."""

    name: str
    aliases: list[str] = []
    party: str = Field(description="the party's name as actors.yaml lists it (kind: party)")
    start: dt.date | Literal["unknown"] = Field(
        description="first day of the membership, or 'unknown': then no membership is read before the first day of the "
        "person's first office in the office-holder tables (the earliest day the data vouches for the person as a "
        "party's politician), and none at all for a person with no office there"
    )
    end: dt.date | None = Field(default=None, description="last day of the membership; null while a member")
    gender: Literal["female", "male"] | None = None
    note: str | None = None

    @property
    def start_date(self) -> dt.date | None:
        return self.start if isinstance(self.start, dt.date) else None


class PartiesFile(DataFile):
    """``actors_parties.yaml``: who governs when, and the party members read when they hold no office."""

    governing: list[GoverningSpell]
    members: list[PartyMember]


def member_spells(
    member: PartyMember, governing: list[GoverningSpell], start: dt.date | None = None
) -> list[tuple[dt.date | None, dt.date | None, bool]]:
    """A membership cut by its party's governing spells: (start, end, governs) pieces in date order, None an open
    end. Both ends are days of the piece (inclusive), as an office-holder spell's are. ``start`` stands for an
    'unknown' start (the caller's earliest vouched day)."""
    end = member.end
    day = member.start_date or start  # the first day not yet cut; None: open
    pieces: list[tuple[dt.date | None, dt.date | None, bool]] = []
    for g in sorted((g for g in governing if g.party == member.party), key=lambda g: g.start):
        if day is not None and g.end is not None and g.end < day:
            continue
        if end is not None and g.start > end:
            break
        if day is None or g.start > day:
            pieces.append((day, g.start - dt.timedelta(days=1), False))
            day = g.start
        last = g.end if end is None else end if g.end is None else min(end, g.end)
        pieces.append((day, last, True))
        if last is None or last == end:
            return pieces
        day = last + dt.timedelta(days=1)
    pieces.append((day, end, False))
    return pieces


def party_problems(parties: PartiesFile, party_names: set[str]) -> list[str]:
    """Names of parties the actors file does not list as parties, and overlapping spells of one party."""
    problems = [
        f"actors_parties.yaml: {e.party!r} is no party of actors.yaml"
        for e in [*parties.governing, *parties.members]
        if e.party not in party_names
    ]
    by_party: dict[str, list[GoverningSpell]] = {}
    for g in parties.governing:
        by_party.setdefault(g.party, []).append(g)
    for party, spells in by_party.items():
        spells.sort(key=lambda g: g.start)
        for a, b in itertools.pairwise(spells):
            if a.end is None or a.end >= b.start:
                problems.append(f"actors_parties.yaml: {party} governs twice at once ({b.start})")
    return problems


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
