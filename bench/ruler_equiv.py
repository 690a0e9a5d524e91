"""Does the dictionary ruler find what spaCy's PhraseMatcher on the pipeline's vocabulary found (main up to 1fa2104)?

The ruler's matcher keeps its key lexemes in a bare vocabulary of its own (nlp/ruler.py). This checker builds that
ruler and a reference one (PhraseMatcher on ``nlp.vocab``, patterns added as Docs, matches sorted by length and
start only: the ruler as it was) on one pipeline, runs both over the tokens of every article's text and title in the
corpus, and counts the articles whose raw match lists (keys, starts, ends, in order) or entities (start, end, label,
ent_id_) differ. It then times, per ``--zone`` articles in a memory zone as the coder reads them, tokenizing and each
ruler's call on the first ``--timed`` articles. Run from the repository root:

    PYTHONPATH=src DETENTE_CORPUS=/work/shared/corpus/news-dev.jsonl python bench/ruler_equiv.py
"""

from __future__ import annotations

import argparse
import json
import os
import time

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from detente.nlp import MODEL, ruler_patterns
from detente.nlp.ruler import DictionaryRuler


class Reference(DictionaryRuler):
    """The ruler before: PhraseMatcher on the pipeline's vocabulary (a lexeme per key), one batch for all."""

    def __init__(self, nlp: spacy.Language) -> None:
        super().__init__(nlp, name="reference")
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")

    def add_patterns(self, patterns: list[dict]) -> None:
        texts = [p["pattern"] for p in patterns]
        for p, doc in zip(patterns, self.nlp.tokenizer.pipe(texts), strict=True):
            self.matcher.add(p["id"], [doc])
            key = self.nlp.vocab.strings[p["id"]]
            self.labels[key] = p["label"]
            self.batch[key] = 0


def ents(doc: Doc) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.environ.get("DETENTE_CORPUS", "/work/shared/corpus/news-dev.jsonl"))
    ap.add_argument("--timed", type=int, default=1000)
    ap.add_argument("--zone", type=int, default=16)
    args = ap.parse_args()
    nlp = spacy.load(MODEL, exclude=["senter"])
    patterns = ruler_patterns()
    reference, ruler = Reference(nlp), DictionaryRuler(nlp)
    reference.add_patterns(patterns)
    ruler.add_patterns(patterns)
    with open(args.corpus, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f]
    texts = [a["text"] for a in articles] + [a.get("title") or "" for a in articles] + ["", " ", "\n"]
    matches = differ_matches = differ_ents = 0
    for text in texts:
        doc = nlp.make_doc(text)
        found, before = ruler.matcher(doc), reference.matcher(doc)
        matches += len(found)
        differ_matches += found != before
        differ_ents += ents(ruler(nlp.make_doc(text))) != ents(reference(nlp.make_doc(text)))
    print(f"articles {len(articles)} docs {len(texts)} matches {matches}")
    print(f"docs whose match lists differ {differ_matches}, whose entities differ {differ_ents}")
    timed = [a["text"] for a in articles[: args.timed]]
    for name, r in [("reference", reference), ("ruler", ruler)]:
        tokenize = call = 0.0
        for i in range(0, len(timed), args.zone):
            with nlp.memory_zone():
                t0 = time.process_time()
                docs = [nlp.make_doc(t) for t in timed[i : i + args.zone]]
                t1 = time.process_time()
                for d in docs:
                    r(d)
                tokenize += t1 - t0
                call += time.process_time() - t1
        print(f"{name}: {len(timed)} articles in zones of {args.zone}: tokenize {tokenize:.3f} s, ruler {call:.3f} s")


if __name__ == "__main__":
    main()
