"""``detente train --check``: does today's ``detente train`` rebuild the installed model, byte for byte?

The issue asks that the learned layer be reproducible: ``detente train`` rebuilds it from the annotations the list in
``data/model/articles.json`` names, the corpus and ``train.yaml``, with a fixed seed. The features it fits on follow
the parse, the dictionaries and actor resolution, so a change to any of them silently makes the shipped weights
unrebuildable (the model shipped until s11 was fitted at a commit no later code reproduced). This check refits into a
temporary folder with the repository's settings and compares every weight file's bytes, and ``model.json`` but for
its date; a difference names the files, so the model is retrained (and re-measured) with the change that caused it.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from detente.events.learned.model import MODEL_DIR

WEIGHTS = ("triggers.npz", "arguments.npz", "statements.npz", "gate.npz", "gate_patterns.npz")
UNDATED = ("trained",)  # model.json keys a rebuild may change: the day it was run


@dataclass
class RebuildCheck:
    """Per file, the installed sha1 and the rebuilt one (None: the file is absent on that side)."""

    files: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    @property
    def same(self) -> bool:
        return all(a == b for a, b in self.files.values())

    def differing(self) -> list[str]:
        return [name for name, (a, b) in self.files.items() if a != b]


def _sha1(path: Path) -> str | None:
    return hashlib.sha1(path.read_bytes()).hexdigest() if path.is_file() else None


def _model_json_sha1(path: Path) -> str | None:
    if not path.is_file():
        return None
    info = {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if k not in UNDATED}
    return hashlib.sha1(json.dumps(info, sort_keys=True).encode()).hexdigest()


def compare(installed: Path, rebuilt: Path) -> RebuildCheck:
    """The weight files' and model.json's (undated) digests in both folders."""
    check = RebuildCheck()
    for name in WEIGHTS:
        check.files[name] = (_sha1(installed / name), _sha1(rebuilt / name))
    check.files["model.json"] = (_model_json_sha1(installed / "model.json"), _model_json_sha1(rebuilt / "model.json"))
    return check


def check_rebuild(
    annotations: str | Path, corpus: str | Path | None = None, installed: Path = MODEL_DIR, cache: Path | None = None
) -> RebuildCheck:
    """Run ``detente train`` on the ``annotations`` folder into a temporary folder (the repository's train.yaml and
    article list, train.yaml's seed: the one recipe the check is about, so no other seed is taken) and compare it with
    the model folder ``installed``."""
    from detente.train import SEED, train

    with tempfile.TemporaryDirectory(prefix="detente-rebuild-") as tmp:
        train(annotations, corpus, Path(tmp), SEED, cache)
        return compare(installed, Path(tmp))
