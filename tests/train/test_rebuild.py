"""``detente train --check``: a rebuild is compared with the installed model file by file (train/rebuild.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from detente.corpus.source import CorpusMissing, find_corpus
from detente.events.learned.linear import fit
from detente.train.rebuild import check_rebuild, compare

ANNOTATIONS = Path(__file__).resolve().parents[2] / "corpus" / "annotations"


def _write(folder: Path, seed: int, day: str, epochs: int = 2) -> None:
    """A model folder as the trainer writes it: two fitted weight files and model.json with its date."""
    rng = np.random.default_rng(1)
    examples = [([f"cue={i % 3}"], rng.normal(size=4).astype(np.float32)) for i in range(60)]
    labels = [["none", "a", "b"][i % 3] for i in range(60)]
    folder.mkdir()
    for name in ("triggers.npz", "arguments.npz"):
        fit(examples, labels, ["none", "a", "b"], epochs=epochs, seed=seed).save(folder / name)
    (folder / "model.json").write_text(json.dumps({"trained": day, "seed": seed}), encoding="utf-8")


def test_the_same_fit_on_another_day_is_the_same_model(tmp_path: Path) -> None:
    _write(tmp_path / "installed", seed=3, day="2026-12-01")
    _write(tmp_path / "rebuilt", seed=3, day="2026-12-03")
    check = compare(tmp_path / "installed", tmp_path / "rebuilt")
    assert check.same and check.differing() == []
    assert check.files["triggers.npz"][0] is not None  # compared, not both absent
    assert check.files["gate.npz"] == (None, None)  # a file neither side has is no difference


def test_another_fit_is_named_as_differing(tmp_path: Path) -> None:
    _write(tmp_path / "installed", seed=3, day="2026-12-01")
    _write(tmp_path / "rebuilt", seed=3, day="2026-12-01", epochs=3)  # a setting changed since the model was fitted
    check = compare(tmp_path / "installed", tmp_path / "rebuilt")
    assert not check.same
    assert check.differing() == ["triggers.npz", "arguments.npz"]


try:
    CORPUS = find_corpus()
except CorpusMissing:
    CORPUS = None


@pytest.mark.slow
@pytest.mark.skipif(
    CORPUS is None or not os.environ.get("DETENTE_REBUILD_CHECK"),
    reason="refits the whole layer on the listed articles (minutes of parsing and fitting): set DETENTE_REBUILD_CHECK=1"
    " (and DETENTE_REBUILD_CACHE=DIR to keep the parses) with the shared news corpus present",
)
def test_detente_train_rebuilds_the_shipped_model_byte_for_byte() -> None:
    cache = os.environ.get("DETENTE_REBUILD_CACHE")
    check = check_rebuild(ANNOTATIONS, CORPUS, cache=Path(cache) if cache else None)
    assert check.files["triggers.npz"][0] is not None and check.files["arguments.npz"][0] is not None
    assert check.same, check.files


def test_check_refuses_another_seed() -> None:
    """``--check`` asks whether train.yaml's recipe rebuilds the model: a ``--seed`` beside it is refused, not ignored
    (it stops before any parsing); the same command without ``--seed`` gets past that refusal (the slow rebuild
    test above runs it to the end)."""
    from typer.testing import CliRunner

    from detente.cli import app

    refused = CliRunner().invoke(app, ["train", "--check", "--seed", "3"])
    assert refused.exit_code == 2
    assert "--seed is not taken" in refused.output
    accepted = CliRunner().invoke(app, ["train", "--check", "--corpus", "/nonexistent/corpus.jsonl"])
    assert "--seed is not taken" not in accepted.output
