"""Training the statement decision: the averaged fit and the model file that carries it."""

from __future__ import annotations

import numpy as np

from detente.events.learned.linear import fit
from detente.events.learned.model import LearnedModel, packaged_model
from detente.events.learned.statements import NO_VECTOR, STATEMENT
from detente.train.statements import averaged


def _examples(n: int = 120):
    rng = np.random.default_rng(3)
    feats, labels = [], []
    for _ in range(n):
        yes = bool(rng.random() < 0.5)
        cue = "quote_before=True" if yes == bool(rng.random() < 0.8) else "quote_before=False"
        feats.append((["bias", cue, f"noise={int(rng.integers(30))}"], NO_VECTOR))
        labels.append(STATEMENT if yes else "none")
    return feats, labels


def test_the_average_of_fits_is_their_mean_and_learns_the_cue() -> None:
    feats, labels = _examples()
    fits = [fit(feats, labels, ["none", STATEMENT], seed=s, epochs=10) for s in range(3)]
    mean = averaged(fits)
    assert np.allclose(mean.sparse, np.mean([m.sparse for m in fits], axis=0))
    at = mean.classes.index(STATEMENT)
    assert (
        mean.proba(["bias", "quote_before=True"], NO_VECTOR)[at]
        > mean.proba(["bias", "quote_before=False"], NO_VECTOR)[at]
    )


def test_the_statement_model_survives_a_save(tmp_path) -> None:
    model = packaged_model()
    assert model is not None and model.statements is not None
    model.save(tmp_path)
    again = LearnedModel.load(tmp_path)
    assert again.statements is not None and again.statements.classes == model.statements.classes
    assert again.thresholds["statement"] == model.thresholds["statement"]
    feats = ["bias", "lemma=say", "quote_before=True"]
    assert np.isclose(
        again.statements.proba(feats, NO_VECTOR)[1], model.statements.proba(feats, NO_VECTOR)[1], atol=1e-3
    )
