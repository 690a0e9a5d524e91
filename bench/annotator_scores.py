"""The coder scored on the train articles of given annotators only: the batch a stop annotated, which no developer of
that stop read, is the stop's held-out yardstick (README "Seventeenth stop": the 80 articles of ann-38..41).

    PYTHONPATH=src DETENTE_CORPUS=../shared/corpus/news-dev.jsonl python bench/annotator_scores.py ann-38 ann-39 \
        ann-40 ann-41 [--layers patterns|model|both]

Scores as ``detente eval --annotations corpus/annotations --split train --json`` does, on the articles whose
annotation names one of the annotators (a reviewed article is "ann-38/rev-38"). Counts only; no text is printed.
An older coder is scored on the same annotations by pointing PYTHONPATH at its checkout's src (a05f683: 66 / 86).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from detente.corpus.annotations import load_annotations
from detente.corpus.score import CorpusReport, score_article
from detente.corpus.source import read_corpus
from detente.layers import SHIPPED_LAYERS
from detente.pipeline import Coder

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("annotators", nargs="+", help="annotator names as the annotations write them (ann-38)")
    ap.add_argument("--layers", default=SHIPPED_LAYERS, choices=["patterns", "model", "both"])
    a = ap.parse_args()
    anns = load_annotations(ROOT / "corpus" / "annotations")
    wanted = set(a.annotators)
    ids = [i for i in anns.ids("train") if wanted & set(anns.primary[i].annotator.split("/"))]
    articles = read_corpus(None, ids)
    report = CorpusReport()
    for coded in Coder(layers=a.layers).code_many([articles[i] for i in ids if i in articles]):
        if coded.error:
            report.errors.append(f"{coded.article.id}: {coded.error}")
        score_article(report, anns.primary[coded.article.id], coded.article.text, coded.events)
    print(json.dumps({"articles": len(ids), **report.as_dict()}))


if __name__ == "__main__":
    main()
