"""The softmax classifier learns separable classes, is reproducible by seed, and survives a save."""

from __future__ import annotations

import numpy as np

from detente.events.learned.linear import SoftmaxModel, fit


def _data(n: int = 600, seed: int = 1):
    rng = np.random.default_rng(seed)
    examples, labels = [], []
    for _ in range(n):
        c = int(rng.integers(3))
        feats = [f"cue={c}", f"noise={int(rng.integers(50))}"]
        examples.append((feats, (rng.normal(size=4) + c).astype(np.float32)))
        labels.append(["none", "a", "b"][c])
    return examples, labels


def test_fit_learns_and_predicts() -> None:
    examples, labels = _data()
    model = fit(examples, labels, ["none", "a", "b"], epochs=5)
    predicted = [model.classes[int(model.proba(f, v).argmax())] for f, v in examples]
    assert np.mean([p == y for p, y in zip(predicted, labels, strict=True)]) > 0.95
    assert abs(float(model.proba(*examples[0]).sum()) - 1.0) < 1e-5
    assert "noise=999" not in model.vocab  # unseen features are simply absent


def test_same_seed_same_weights_and_save_round_trip(tmp_path) -> None:
    examples, labels = _data(200)
    one = fit(examples, labels, ["none", "a", "b"], epochs=3, seed=7)
    two = fit(examples, labels, ["none", "a", "b"], epochs=3, seed=7)
    other = fit(examples, labels, ["none", "a", "b"], epochs=3, seed=8)
    assert np.array_equal(one.sparse, two.sparse) and np.array_equal(one.dense, two.dense)
    assert not np.array_equal(one.dense, other.dense)
    one.save(tmp_path / "m.npz")
    back = SoftmaxModel.load(tmp_path / "m.npz")
    assert back.classes == one.classes and back.vocab == one.vocab
    assert np.allclose(back.proba(*examples[0]), one.proba(*examples[0]), atol=1e-2)  # weights kept as float16


def test_scoring_many_at_once_gives_each_example_its_own_scores() -> None:
    examples, labels = _data(60)
    model = fit(examples, labels, ["none", "a", "b"], epochs=3)
    together = model.proba_many(examples)
    assert together.shape == (60, 3)
    assert np.allclose(together, np.stack([model.proba(f, v) for f, v in examples]), atol=1e-5)
    assert len({int(row.argmax()) for row in together}) == 3  # not one answer for all
    assert model.proba_many([]).shape == (0, 3)
