"""The confidence gate labelled by whether the event happened (s19): clear single deeds are kept, doubtful readings
gated; its training settings are checked; it is fitted on a pinned list of articles.

The packaged gate decides; the threshold each test sets is the one the fit chose out of fold (model.json
``gate.chosen``), since the installed one is 0 while the held articles do not confirm it (docs/events.md, s19-gate).
Sentences are written for these tests: one actor, one verb, one day.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from tests.events.learned.conftest import gated

from detente.data.schemas.gate import GateSettings, gate_settings
from detente.events.learned.model import LearnedModel, packaged_model
from detente.train import CONFIG, config
from detente.train.articles import load
from detente.train.gate import train_gate

DATE = "2024-05-03"
# deeds that happened, told plainly: the annotators' level of the target (a journalist, a bank, students) is no doubt
CLEAR = [
    "Russia detained an American journalist in Moscow on Monday.",
    "Britain sanctioned Russian banks.",
    "Nigerian gunmen kidnapped dozens of Nigerian students on Friday.",
    "Israel released 39 Palestinian prisoners on Sunday.",
    "Iran arrested a French tourist on Saturday.",
    "The United States sanctioned Chinese firms on Friday.",
]
# readings that on news seldom happened as coded: a plan to meet (an intention read from a meeting, 04 > 03) and a
# violent protest read from "attacked" (19 > 14)
DOUBTED = [
    "Russia plans to meet Ukraine in Geneva next week.",
    "Demonstrators attacked journalists in Caracas on Tuesday.",
]


def test_clear_single_deeds_are_kept_and_doubtful_readings_gated(
    gate_model: LearnedModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = gate_model.meta["gate"]["chosen"]
    assert 0.0 < chosen < 1.0
    monkeypatch.setitem(gate_model.thresholds, "gate", chosen)
    for text in CLEAR:
        events, skipped = gated(text)
        assert len(events) == 1 and not skipped, text
        assert events[0].evidence.gate is not None and events[0].evidence.gate >= chosen
    for text in DOUBTED:
        events, skipped = gated(text)
        assert not events and skipped, text
        assert skipped[0].reason.endswith(f", below {chosen:.2f}")
    monkeypatch.setitem(gate_model.thresholds, "gate", 0.0)  # off: the doubted are coded, their score shown
    for text in DOUBTED:
        events, skipped = gated(text)
        assert events and not skipped and all(e.evidence.gate is not None for e in events)


def test_the_gate_settings_are_checked() -> None:
    section = config()["gate"]
    assert gate_settings(section) == section  # the packaged train.yaml passes
    assert gate_settings({**section, "unread": ["target=pronoun", "source_role=MED"], "features": []})
    # s24: train.yaml's settings are the patterns' gate's (fitted out of fold on every article, no batch held)
    assert section["label"] == "happened" and section["layers"] == "patterns" and not section["held_annotators"]
    for bad in (
        {**section, "unreed": section["unread"]},  # a misspelt key is an error, not a default
        {k: v for k, v in section.items() if k != "articles"},  # so is a missing one
        {**section, "label": "right"},
        {**section, "grid": [0.3, 0.2]},
        {**section, "ceiling": 1.5},
        {**section, "unread": [*section["unread"], "source=contry"]},  # misspelt values match nothing: errors too
        {**section, "unread": ["source_role=contry"]},
        {**section, "features": [*section["features"], "sorce"]},
        {**section, "held_annotators": ["ann-3B"]},
        {**section, "layers": "pattern"},
        {**section, "cv_seeds": 0},
        {**section, "chosen_by": "right"},
    ):
        with pytest.raises(ValidationError):
            GateSettings.model_validate(bad)
    with pytest.raises(ValidationError):  # the trainer checks before it reads an article
        train_gate([], None, None, {**section, "held": ["ann-1"]}, 0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key", "listed"),
    [("gate", 799), ("gate_patterns", 1839)],  # the layer's gate (s19, over both layers); the patterns' (s32 refit)
)
def test_each_gate_is_fitted_on_its_own_pinned_list(key: str, listed: int) -> None:
    model = packaged_model()
    assert model is not None
    recorded = model.meta[key]["config"]  # the settings each gate was fitted with, kept beside its figures
    pinned = load(CONFIG.parent / recorded["articles"])
    assert list(pinned.splits) == ["train"]  # never dev or test
    assert len(pinned.splits["train"]) == listed
    assert all(len(sha) == 40 for sha in pinned.splits["train"].values())
    fitted, held = model.meta[key]["sizes"]["fitted"], model.meta[key]["sizes"]["held"]
    assert fitted[0] + held[0] == listed  # every listed article, none other
    assert (recorded.get("layers", "both") == "patterns") == (key == "gate_patterns")
    # train.yaml names the patterns' gate: its list is the one `--gate-from-split` rewrites
    assert (config()["gate"]["articles"] == recorded["articles"]) == (key == "gate_patterns")
