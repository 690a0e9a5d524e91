"""A spaCy trigger tagger trained with ``spacy train`` (config ``data/model/triggers.cfg``), compared with the
linear trigger model at trigger level (issue 13).

The tagger labels every token with the CAMEO root of the annotated event it triggers, else "none". Its own small
CNN tok2vec reads the parse the coder already made (lemmas restored, sentences repaired), so the training docs are
the coder's parsed docs themselves: ``docbin`` stores them with the labels in ``user_data`` and the reader
``detente.trigger_docs.v1`` pairs each (as the predicted doc, annotations kept) with a reference doc holding the
labels as tags. The DocBins hold corpus text: write them to a cache outside the repository.

``python -m detente.train.spacy_triggers --annotations corpus/annotations --cache DIR --out DIR`` parses train and
dev (cached), writes the DocBins, runs ``spacy train`` with a fixed seed and prints the trigger-level comparison with
the shipped linear model on dev (``trigger_level``). Measured and not shipped: docs/events.md, "A spaCy trigger
tagger".
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from detente.corpus.score import Score
from detente.events.learned.features import SentenceFacts, is_trigger_candidate, trigger_features, vector
from detente.events.learned.model import MODEL_DIR, LearnedModel, packaged_model
from detente.train.examples import NONE, Parsed, gold_triggers

CONFIG = MODEL_DIR / "triggers.cfg"
LABELS_KEY = "detente_trigger_labels"
PIPE = "trigger_tagger"


def token_labels(p: Parsed) -> list[str]:
    """Each token's label: the root of the first annotated event it triggers (as the linear model's), else none."""
    labels = [NONE] * len(p.doc)
    for i, events in gold_triggers(p).items():
        labels[i] = events[0].root
    return labels


def docbin(parsed: list[Parsed], path: Path) -> None:
    """The parsed docs with their token labels, for the reader (corpus text: a cache outside the repository)."""
    out = DocBin(store_user_data=True)
    for p in parsed:
        doc = p.doc.copy()
        doc.user_data[LABELS_KEY] = token_labels(p)
        out.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    out.to_disk(path)


@spacy.registry.readers("detente.trigger_docs.v1")
def trigger_docs(path: Path) -> Callable[[Language], Iterator[Example]]:
    """Examples whose predicted doc is the coder's parse (the tok2vec reads its POS, DEP, LEMMA and entities) and
    whose reference holds the trigger labels as tags."""

    def read(nlp: Language) -> Iterator[Example]:
        for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
            labels = doc.user_data.pop(LABELS_KEY)
            words = [t.text for t in doc]
            spaces = [bool(t.whitespace_) for t in doc]
            yield Example(doc, Doc(nlp.vocab, words=words, spaces=spaces, tags=labels))

    return read


class SpacyTriggers:
    """The trained tagger, used for its scores only: it never writes ``token.tag_`` of the coder's doc."""

    def __init__(self, folder: Path) -> None:
        self.nlp = spacy.load(folder)
        self.pipe = self.nlp.get_pipe(PIPE)
        self.classes = [str(c) for c in self.pipe.labels]

    def proba(self, doc: Doc) -> np.ndarray:
        """(tokens, classes) probabilities for every token of a doc the coder parsed."""
        # the config's Tagger.v2 has normalize = false: predict gives logits (softmax is applied only in training)
        z = np.asarray(self.pipe.model.ops.to_numpy(self.pipe.model.predict([doc])[0]), dtype=np.float32)
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)


def train_tagger(train: Path, dev: Path, out: Path, seed: int = 0, config: Path = CONFIG) -> Path:
    """``spacy train`` with the repository's config; returns the folder of the last model (fixed epochs)."""
    from spacy.cli.train import train as spacy_train

    spacy_train(config, out, overrides={"paths.train": str(train), "paths.dev": str(dev), "system.seed": seed})
    return out / "model-last"


Counts = dict[str, list[int]]  # root -> [tp, fp, fn]


def linear_proba(model: LearnedModel, doc: Doc) -> np.ndarray:
    """(tokens, classes) probabilities of the linear trigger model for every token of a parsed doc."""
    out = np.zeros((len(doc), len(model.triggers.classes)), dtype=np.float32)
    for sent in doc.sents:
        facts = SentenceFacts.of(sent)
        out[sent.start : sent.end] = model.triggers.proba_many(
            [(trigger_features(t, sent, facts), vector(t)) for t in sent]
        )
    return out


def trigger_level(
    classes: list[str], probs: list[np.ndarray], parsed: list[Parsed], threshold: float, skip: tuple[str, ...] = ("01",)
) -> Counts:
    """Per root, tp / fp / fn of the predicted root (best non-none class at or above ``threshold``) against the roots
    annotated on the token, over candidate words and annotated trigger tokens. ``skip``: roots the layer leaves to
    the patterns (bare statements), counted neither way."""
    none = classes.index(NONE)
    counts: Counts = {}
    for p, prob in zip(parsed, probs, strict=True):
        gold = {i: {ev.root for ev in evs} - set(skip) for i, evs in gold_triggers(p).items()}
        for tok in p.doc:
            if not (is_trigger_candidate(tok) or tok.i in gold):
                continue
            row = prob[tok.i].copy()
            row[none] = -1.0
            best = int(row.argmax())
            pred = classes[best] if row[best] >= threshold and classes[best] not in skip else None
            roots = gold.get(tok.i, set())
            if pred is not None:
                counts.setdefault(pred, [0, 0, 0])[0 if pred in roots else 1] += 1
            for r in roots - {pred}:
                counts.setdefault(r, [0, 0, 0])[2] += 1
    return counts


def summary(counts: Counts, beta: float = 0.5) -> tuple[int, int, int, float, float, float]:
    """tp, fp, fn, precision, recall, F-beta over all roots."""
    tp, fp, fn = (sum(v[k] for v in counts.values()) for k in range(3))
    s = Score(tp=tp, fp=fp, fn=fn)
    return tp, fp, fn, s.precision, s.recall, s.f_beta(beta)


def main() -> None:  # pragma: no cover - an offline experiment's driver
    import os

    from detente.pipeline import Coder
    from detente.train import parsed_split

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--annotations", type=Path, default=Path("corpus/annotations"))
    ap.add_argument("--corpus", default=os.environ.get("DETENTE_CORPUS"))
    ap.add_argument("--cache", type=Path, required=True, help="parses and DocBins (corpus text: outside the repo)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--compare-only", action="store_true", help="score the tagger already in OUT/model-last")
    args = ap.parse_args()
    coder = Coder(layers="patterns")
    parsed = {s: parsed_split(args.annotations, s, args.corpus, coder, args.cache) for s in ("train", "dev")}
    if not args.compare_only:
        for split, docs in parsed.items():
            docbin(docs, args.cache / f"{split}.spacy")
        train_tagger(args.cache / "train.spacy", args.cache / "dev.spacy", args.out, args.seed)
    tagger, linear = SpacyTriggers(args.out / "model-last"), packaged_model()
    dev = parsed["dev"]
    scored = {
        "linear (shipped)": (linear.triggers.classes, [linear_proba(linear, p.doc) for p in dev]),
        "spaCy tagger": (tagger.classes, [tagger.proba(p.doc) for p in dev]),
    }
    for name, (classes, probs) in scored.items():
        for th in (0.3, 0.45, 0.65, 0.8):
            counts = trigger_level(classes, probs, dev, th)
            tp, fp, fn, pr, rc, f = summary(counts)
            print(f"{name} th {th}: tp {tp} fp {fp} fn {fn} P {pr:.3f} R {rc:.3f} F0.5 {f:.3f}")
            per = "  ".join(f"{r} {v[0]}/{v[1]}/{v[2]}" for r, v in sorted(counts.items()))
            print(f"   per root tp/fp/fn: {per}")


if __name__ == "__main__":  # pragma: no cover
    main()
