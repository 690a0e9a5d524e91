"""Schemas of the ontology files: CAMEO codes and their PLOVER mapping."""

from __future__ import annotations

from pydantic import Field, model_validator

from detente.data.schemas.base import CAMEO_CODE, DataFile, _no_duplicates, _Strict

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
