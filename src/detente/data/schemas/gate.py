"""The schema of ``train.yaml``'s ``gate`` section (the confidence gate's training settings, ``train/gate.py``).

A misspelt key there would be read as absent: ``unreed`` would let the gate read the bare country again, ``held``
would fit it on the batch that judges it. A misspelt value is as silent: ``unread: [source=contry]`` or ``features:
[sorce]`` match no feature, ``held_annotators: [ann-3B]`` no annotator. So the section is a strict model: an unknown
key, a wrong type, an out-of-range value, a feature family or party value the gate never emits, an annotator name
not of the form ``ann-NN`` is an error, raised by the trainer before it reads an article and by the tests
(``tests/events/learned/test_gate_happened.py``).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from detente.data.schemas.base import _Strict

# the feature families ``events/learned/gate.py`` emits (``family=value``, or the bare name), checked against it by
# tests/events/learned/test_gate.py; and the values of the families ``unread`` names by value
FAMILIES = frozenset(
    [
        "bias",
        "path",
        "root",
        "path_root",
        "depth",
        "source",
        "target",
        "source_role",
        "target_role",
        "trigger",
        "trigger_pos",
        "modality",
        "sentence",
        "candidates",
        "others",
        "expressed",
        "attributed",
        "quoted",
        "same_country",
        "score",
        "way",
        "way_root",
        "recoded",
        "source_kind",
        "target_kind",
        "kinds",
        "root_source_kind",
        "clause",
        "said",
        "dated",
    ]
)
# how a party was found (``resolution``): the values of ``source`` and ``target``
RESOLUTIONS = frozenset(["none", "context", "pronoun", "person", "country", "place", "name", "demonym", "noun"])
# a party's role (``_role``): none, a bare country, or a three-letter code (IGO, NGO, IMG, a role)
ROLE_VALUE = re.compile(r"^(none|country|[A-Z]{3})$")
ANNOTATOR = re.compile(r"^ann-\d{2}$")


def _unread_ok(feature: str) -> bool:
    family, _, value = feature.partition("=")
    if family not in FAMILIES:
        return False
    if family in ("source", "target"):
        return value in RESOLUTIONS
    if family in ("source_role", "target_role"):
        return bool(ROLE_VALUE.match(value))
    return True


class GateSettings(_Strict):
    """``train.yaml`` ``gate``."""

    articles: str = Field(description="the pinned list of articles the gate is fitted on, beside train.yaml")
    label: Literal["exact", "happened"] = Field(
        description="what a right event is: eval's exact match, or the same deed by the same country (s19)"
    )
    features: list[str] = Field(default_factory=list, description="feature families read; empty: all of them")
    unread: list[str] = Field(default_factory=list, description="features the gate never reads")
    layers: Literal["patterns", "model", "both"] = Field(
        description="the paths whose events the gate is fitted on: the shipped ones (detente.layers.SHIPPED_LAYERS)"
    )
    held_annotators: list[str] = Field(
        description="their articles are scored once, never chosen on; empty: every article is fitted out of fold and "
        "the choice must hold on every seed's folds (cv_seeds)"
    )
    cv_seeds: int = Field(ge=1, description="seeds of the out-of-fold deal; the chosen threshold qualifies on each")
    chosen_by: Literal["exact", "happened"] = Field(
        description="the label the removed events' wrong rate is judged by (exact: what detente eval counts)"
    )
    max_right_removed: float = Field(ge=0.0, le=1.0)
    min_removed_wrong: float = Field(ge=0.0, le=1.0)
    min_held_wrong: float = Field(ge=0.0, le=1.0, description="installed only if the held removed are this wrong")
    enabled: bool
    ceiling: float = Field(ge=0.0, le=1.0)
    epochs: int = Field(gt=0)
    batch: int = Field(gt=0)
    lr: float = Field(gt=0.0)
    l2: float = Field(ge=0.0)
    min_count: int = Field(ge=1)
    class_weight_power: float = Field(ge=0.0)
    seeds: int = Field(ge=1)
    folds: int = Field(ge=2)
    grid: list[float] = Field(min_length=1)

    @field_validator("features")
    @classmethod
    def _known_families(cls, v: list[str]) -> list[str]:
        unknown = [f for f in v if f not in FAMILIES]
        if unknown:
            raise ValueError(f"gate.features: no such feature family {unknown} (known: {sorted(FAMILIES)})")
        return v

    @field_validator("unread")
    @classmethod
    def _known_features(cls, v: list[str]) -> list[str]:
        unknown = [f for f in v if not _unread_ok(f)]
        if unknown:
            raise ValueError(f"gate.unread: the gate never emits {unknown}")
        return v

    @field_validator("held_annotators")
    @classmethod
    def _annotator_names(cls, v: list[str]) -> list[str]:
        bad = [a for a in v if not ANNOTATOR.match(a)]
        if bad:
            raise ValueError(f"gate.held_annotators: not an annotator name (ann-NN): {bad}")
        return v

    @model_validator(mode="after")
    def _grid_in_range(self) -> GateSettings:
        if any(not 0.0 < t < 1.0 for t in self.grid) or self.grid != sorted(set(self.grid)):
            raise ValueError("gate.grid: thresholds strictly between 0 and 1, ascending, each once")
        return self


def gate_settings(section: dict) -> dict:
    """``section`` checked against :class:`GateSettings` (raises on any problem) and returned as it was written."""
    GateSettings.model_validate(section)
    return section
