"""Schemas of the actor files: named actors, office holders and users' own dictionaries."""

from __future__ import annotations

import datetime as dt
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
