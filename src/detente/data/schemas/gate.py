"""The schema of ``train.yaml``'s ``gate`` section (the confidence gate's training settings, ``train/gate.py``).

A misspelt key there would be read as absent: ``unreed`` would let the gate read the bare country again, ``held``
would fit it on the batch that judges it. So the section is a strict model: an unknown key, a wrong type or an
out-of-range value is an error, raised by the trainer before it reads an article and by the tests
(``tests/train/test_gate_config.py``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from detente.data.schemas.base import _Strict


class GateSettings(_Strict):
    """``train.yaml`` ``gate``."""

    articles: str = Field(description="the pinned list of articles the gate is fitted on, beside train.yaml")
    label: Literal["exact", "happened"] = Field(
        description="what a right event is: eval's exact match, or the same deed by the same country (s19)"
    )
    features: list[str] = Field(default_factory=list, description="feature families read; empty: all of them")
    unread: list[str] = Field(default_factory=list, description="features the gate never reads")
    held_annotators: list[str] = Field(min_length=1, description="their articles are scored once, never chosen on")
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

    @model_validator(mode="after")
    def _grid_in_range(self) -> GateSettings:
        if any(not 0.0 < t < 1.0 for t in self.grid) or self.grid != sorted(set(self.grid)):
            raise ValueError("gate.grid: thresholds strictly between 0 and 1, ascending, each once")
        return self


def gate_settings(section: dict) -> dict:
    """``section`` checked against :class:`GateSettings` (raises on any problem) and returned as it was written."""
    GateSettings.model_validate(section)
    return section
