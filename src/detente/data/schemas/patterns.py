"""Schemas of the verb and noun pattern files (data/verbs/)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from detente.data.schemas.base import CAMEO_CODE, DataFile, _Strict

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
    clause: bool = Field(
        default=False,
        description="the verb must report a finite clause of its own ('denied that its troops crossed', 'denied "
        "there was a deal'), whatever its verb: the deed so reported is the content of the event",
    )
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
    blame: str | None = Field(
        default=None,
        pattern=CAMEO_CODE,
        description="the code when the worry's topic names a party other than the speaker ('expressed concern over "
        "Iran's decision': a criticism of Iran); the topic words are clauses.yaml concern_topic (events/concern.py)",
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
    opening: bool = Field(
        default=False,
        description="a two-way fight told from one side's clause ('soldiers were killed in clashes with militants'): "
        "a noun with a demonstrative ('those clashes') points back to a fight told before and opens none, and a "
        "bare country ('operating in Iraq and Syria') names no armed side, so neither side may be one",
    )
    opposed: str | None = Field(
        default=None,
        description="a target slot ('prep:against') that, when the noun's phrase has it, names the only other side: "
        "'killed in fighting with US-backed forces against Islamic State' fights alongside the 'with' party; the "
        "slot's parties are the target, or none when the phrase names none",
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
