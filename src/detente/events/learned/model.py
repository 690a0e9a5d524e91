"""The learned layer's model as shipped: its two classifiers (triggers, arguments), the optional statement model
and confidence gates (one per setting of train.yaml ``gate.layers``, ``GATE_SLOTS``), the codes and senses training
gave each lemma, the thresholds, and the recipe it was trained with.

Split from ``layer.py`` (which codes with the model) so that training, the CLI and the pipeline load and check a
model without the coding-time reading of a sentence. ``check_recipe`` refuses a malformed recipe when the model
loads rather than letting a misspelt key leave a cell open at coding time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.parts_of_speech import IDS as POS_IDS

from detente.events.learned.linear import SoftmaxModel

MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "model"
# what vouches for a trigger's root (``layer.cell``): the last part of a cell key of the recipe's ``cells``
CELL_KINDS = ("lex", "refused", "sense", "other", "unknown")
# the confidence gate fitted for each setting of train.yaml ``gate.layers``: (its file, its name: the LearnedModel
# attribute, the model.json key of its figures and the key of its threshold). A gate reads the events of the layers it
# was fitted on, no other's: the learned layer's own (s19, over both layers) is read by ``--layers both`` and
# ``--layers model``, the patterns' own (s24) by ``--layers patterns``; a refit of one leaves the other's file and
# figures as they are
GATE_SLOTS = {
    "both": ("gate.npz", "gate"),
    "model": ("gate.npz", "gate"),
    "patterns": ("gate_patterns.npz", "gate_patterns"),
}


def _is_root(key: object) -> bool:
    return isinstance(key, str) and len(key) == 2 and key.isdigit() and 1 <= int(key) <= 20


def _is_threshold(value: object, top: float = 1.0) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float) and 0.0 <= value <= top


def check_recipe(config: dict) -> None:
    """Raise ValueError naming the key when the recipe's ``cells``, ``refused_in_root``, ``root_thresholds`` or
    ``argument_floors`` is malformed.

    All are read at coding time with defaults (no ``cells``: every cell open), so a misspelt cell key ("19|VERB|lexx",
    "19|verb|lex") or root ("4" for "04") would silently leave that cell or root as it was; checked when the model
    loads instead."""
    if "refused_in_root" in config and not isinstance(config["refused_in_root"], bool):
        raise ValueError(f"model recipe: refused_in_root must be true or false, not {config['refused_in_root']!r}")
    roots = config.get("root_thresholds", {})
    if not isinstance(roots, dict):
        raise ValueError(f"model recipe: root_thresholds must map a CAMEO root to a threshold, not {roots!r}")
    for root, threshold in roots.items():
        if not _is_root(root):
            raise ValueError(f"model recipe: root_thresholds key {root!r} is not a CAMEO root 01-20 written '04'")
        if not _is_threshold(threshold, 2.0):
            raise ValueError(f"model recipe: root_thresholds {root!r} needs a threshold between 0 and 2")
    floors = config.get("argument_floors", {})
    if not isinstance(floors, dict) or any(k not in ("source", "target") for k in floors):
        raise ValueError(f"model recipe: argument_floors may name source and target only, not {floors!r}")
    for key, floor in floors.items():
        if not _is_threshold(floor):
            raise ValueError(f"model recipe: argument_floors {key!r} needs a floor between 0 and 1, not {floor!r}")
    cells = config.get("cells")
    if cells is None:
        return
    if not isinstance(cells, dict):
        raise ValueError(f"model recipe: cells must map 'root|POS|kind' to a threshold, not {cells!r}")
    for key, threshold in cells.items():
        parts = str(key).split("|")
        ok = (
            len(parts) == 3
            and len(parts[0]) == 2
            and parts[0].isdigit()
            and 1 <= int(parts[0]) <= 20
            and parts[1] in POS_IDS
            and parts[1] != ""
            and parts[2] in CELL_KINDS
        )
        if not ok:
            raise ValueError(
                f"model recipe: cell key {key!r} is not root|POS|kind (a CAMEO root 01-20, a spaCy part of speech, "
                f"a kind of {', '.join(CELL_KINDS)})"
            )
        if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0.0 <= threshold <= 1.0:
            raise ValueError(f"model recipe: cell {key!r} needs a threshold between 0 and 1, not {threshold!r}")


@dataclass
class LearnedModel:
    triggers: SoftmaxModel
    arguments: SoftmaxModel
    codes: dict[str, str]  # "lemma|root" -> the code training data gives it
    senses: dict[str, list[str]] = field(default_factory=dict)  # "lemma|POS" -> roots annotators gave it
    thresholds: dict[str, float] = field(default_factory=lambda: {"trigger": 0.5, "source": 0.3, "target": 0.3})
    meta: dict = field(default_factory=dict)
    statements: SoftmaxModel | None = None  # is a verb of saying a statement event (events/learned/statements.py)
    gate: SoftmaxModel | None = None  # is an emitted event right (events/learned/gate.py), over both layers' events
    gate_patterns: SoftmaxModel | None = None  # the same question over the patterns' events alone (s24)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.triggers.save(folder / "triggers.npz")
        self.arguments.save(folder / "arguments.npz")
        if self.statements is not None:
            self.statements.save(folder / "statements.npz")
        for file, name in set(GATE_SLOTS.values()):
            gate = getattr(self, name)
            if gate is not None:
                gate.save(folder / file)
            elif (folder / file).is_file():
                (folder / file).unlink()  # a gate fitted on another model's events does not read this one's
        info = {"codes": self.codes, "senses": self.senses, "thresholds": self.thresholds, **self.meta}
        (folder / "model.json").write_text(json.dumps(info, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> LearnedModel:
        info = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        check_recipe(info.get("config", {}))
        return cls(
            triggers=SoftmaxModel.load(folder / "triggers.npz"),
            arguments=SoftmaxModel.load(folder / "arguments.npz"),
            codes=info.pop("codes"),
            senses=info.pop("senses", {}),
            thresholds=info.pop("thresholds"),
            meta=info,
            statements=SoftmaxModel.load(folder / "statements.npz") if (folder / "statements.npz").is_file() else None,
            **{
                name: SoftmaxModel.load(folder / file) if (folder / file).is_file() else None
                for file, name in set(GATE_SLOTS.values())
            },
        )


@cache
def packaged_model() -> LearnedModel | None:
    """The model shipped in the package, loaded once; None when the package has none."""
    if not (MODEL_DIR / "model.json").is_file():
        return None
    return LearnedModel.load(MODEL_DIR)
