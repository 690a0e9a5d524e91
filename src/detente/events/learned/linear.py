"""A softmax classifier over named sparse features and a dense vector, in NumPy.

Small on purpose: the features are strings ("lemma=attack", "path=^nsubj") looked up in a
vocabulary fixed at training time, plus the token vectors spaCy's own ``tok2vec`` already
computed (``doc.tensor``), so the learned layer adds almost nothing to the parse's cost.
Training is full-batch-free minibatch Adam with L2 and class weights, seeded, so the same
examples give the same weights; the model is saved as one ``.npz`` file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

Example = tuple[list[str], np.ndarray]


@dataclass
class SoftmaxModel:
    classes: list[str]
    vocab: dict[str, int]
    sparse: np.ndarray  # (V, C)
    dense: np.ndarray  # (D, C)
    bias: np.ndarray  # (C,)

    @property
    def width(self) -> int:
        return self.dense.shape[0]

    def _ids(self, feats: list[str]) -> list[int]:
        get = self.vocab.get  # one look-up per feature, not two
        return [i for f in feats if (i := get(f)) is not None]

    def logits(self, feats: list[str], vec: np.ndarray) -> np.ndarray:
        ids = self._ids(feats)
        out = self.bias + vec @ self.dense
        if ids:
            out = out + self.sparse[ids].sum(axis=0)
        return out

    def proba(self, feats: list[str], vec: np.ndarray) -> np.ndarray:
        z = self.logits(feats, vec)
        e = np.exp(z - z.max())
        return e / e.sum()

    def proba_many(self, examples: Sequence[Example]) -> np.ndarray:
        """Class probabilities of many examples at once: one matrix product for the dense part instead of one
        small product per example (a sentence's candidate words are scored together)."""
        if not examples:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        z = np.stack([v for _, v in examples]) @ self.dense + self.bias
        rows = [self._ids(feats) for feats, _ in examples]
        width = max(map(len, rows))
        if width:
            # every row's feature weights in one gather: the rows padded with a zero row to one width, summed in the
            # same order as ``sparse[ids].sum(axis=0)`` (x + 0.0 is x), so the scores are the same to the bit
            padded = self._padded_sparse()
            ids = np.full((len(rows), width), padded.shape[0] - 1, dtype=np.intp)
            for row, found in enumerate(rows):
                ids[row, : len(found)] = found
            z += padded[ids].sum(axis=1)
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def _padded_sparse(self) -> np.ndarray:
        """The sparse weights with one zero row after them, made once per weights array (``proba_many`` pads with
        it; a model whose ``sparse`` is replaced, as ``fit`` does at its end, gets a new one)."""
        kept = self.__dict__.get("_padded")
        if kept is None or kept[0] is not self.sparse:
            zero = np.zeros((1, self.sparse.shape[1]), dtype=self.sparse.dtype)
            kept = self.__dict__["_padded"] = (self.sparse, np.vstack([self.sparse, zero]))
        return kept[1]

    def save(self, path: Path, **meta: object) -> None:
        words = np.array(sorted(self.vocab, key=self.vocab.__getitem__), dtype=object)
        np.savez_compressed(
            path,
            classes=np.array(self.classes, dtype=object),
            words=words,
            sparse=self.sparse.astype(np.float16),
            dense=self.dense.astype(np.float32),
            bias=self.bias.astype(np.float32),
            **{k: np.array(v, dtype=object) for k, v in meta.items()},
        )

    @classmethod
    def load(cls, path: Path) -> SoftmaxModel:
        with np.load(path, allow_pickle=True) as z:
            words = list(z["words"])
            return cls(
                classes=[str(c) for c in z["classes"]],
                vocab={str(w): i for i, w in enumerate(words)},
                sparse=z["sparse"].astype(np.float32),
                dense=z["dense"].astype(np.float32),
                bias=z["bias"].astype(np.float32),
            )


def fit(
    examples: Sequence[Example],
    labels: Sequence[str],
    classes: list[str],
    *,
    epochs: int = 30,
    batch: int = 64,
    lr: float = 0.01,
    l2: float = 1e-5,
    min_count: int = 2,
    seed: int = 0,
    class_weight_power: float = 0.5,
) -> SoftmaxModel:
    """Train on ``examples`` (features, vector) with ``labels`` from ``classes``.

    Features seen fewer than ``min_count`` times are dropped. Classes are weighted by
    (max count / count) ** ``class_weight_power`` so rare roots are not drowned by "none".
    """
    counts: dict[str, int] = {}
    for feats, _ in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    width = examples[0][1].shape[0] if examples else 0
    n_cls = len(classes)
    index = {c: i for i, c in enumerate(classes)}
    y = np.array([index[lab] for lab in labels], dtype=np.int64)
    freq = np.bincount(y, minlength=n_cls).astype(np.float64)
    weight = np.where(freq > 0, (freq.max() / np.maximum(freq, 1)) ** class_weight_power, 0.0)
    ids = [np.array([vocab[f] for f in feats if f in vocab], dtype=np.int64) for feats, _ in examples]
    dense_x = np.stack([v for _, v in examples]).astype(np.float32) if examples else np.zeros((0, width))
    rng = np.random.default_rng(seed)
    model = SoftmaxModel(
        classes=list(classes),
        vocab=vocab,
        sparse=np.zeros((len(vocab), n_cls), dtype=np.float64),
        dense=np.zeros((width, n_cls), dtype=np.float64),
        bias=np.zeros(n_cls, dtype=np.float64),
    )
    m1 = [np.zeros_like(p) for p in (model.sparse, model.dense, model.bias)]
    m2 = [np.zeros_like(p) for p in (model.sparse, model.dense, model.bias)]
    step = 0
    for _ in range(epochs):
        order = rng.permutation(len(examples))
        for start in range(0, len(order), batch):
            rows = order[start : start + batch]
            lengths = np.array([len(ids[r]) for r in rows])
            flat = np.concatenate([ids[r] for r in rows]) if lengths.sum() else np.zeros(0, dtype=np.int64)
            owner = np.repeat(np.arange(len(rows)), lengths)
            z = dense_x[rows] @ model.dense + model.bias
            if flat.size:
                np.add.at(z, owner, model.sparse[flat])
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            g = p.copy()
            g[np.arange(len(rows)), y[rows]] -= 1.0
            g *= weight[y[rows]][:, None] / len(rows)
            step += 1
            dense_grad = dense_x[rows].T @ g + l2 * model.dense
            for k, (param, grad) in enumerate(((model.dense, dense_grad), (model.bias, g.sum(axis=0))), start=1):
                _adam(param, grad, m1[k], m2[k], step, lr, slice(None))
            if flat.size:
                touched, where = np.unique(flat, return_inverse=True)
                sparse_grad = np.zeros((len(touched), n_cls))
                np.add.at(sparse_grad, where, g[owner])
                sparse_grad += l2 * model.sparse[touched]
                _adam(model.sparse, sparse_grad, m1[0], m2[0], step, lr, touched)  # only the rows in use
    model.sparse = model.sparse.astype(np.float32)
    model.dense = model.dense.astype(np.float32)
    model.bias = model.bias.astype(np.float32)
    return model


def _adam(param: np.ndarray, grad: np.ndarray, m1: np.ndarray, m2: np.ndarray, step: int, lr: float, rows) -> None:
    """One Adam step on ``param[rows]`` (lazy for sparse rows: untouched rows keep their moments)."""
    m1[rows] = 0.9 * m1[rows] + 0.1 * grad
    m2[rows] = 0.999 * m2[rows] + 0.001 * grad * grad
    param[rows] -= lr * (m1[rows] / (1 - 0.9**step)) / (np.sqrt(m2[rows] / (1 - 0.999**step)) + 1e-8)
