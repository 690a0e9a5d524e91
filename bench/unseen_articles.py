"""What the shipped learned layer adds on the train articles it was never fitted on (issue 13).

The shipped npz were fitted at commit 799fd67 on the 119 train articles of that commit's split (docs/events.md,
"Reproducible training"); the train split has grown since. On the train articles that are not among those 119, the
coder is run with both layers and with the patterns alone, exactly as ``detente eval --annotations`` scores them:
the difference is what the layer adds on text it never saw. Counts only; no text is printed. Never test.

    PYTHONPATH=src DETENTE_CORPUS=../shared/corpus/news-dev.jsonl python bench/unseen_articles.py
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from detente.corpus.annotations import load_annotations
from detente.corpus.score import CorpusReport, score_article
from detente.corpus.source import read_corpus
from detente.pipeline import Coder

FITTED_AT = "799fd67"  # the commit whose train split the shipped npz were fitted on (model.json)
ROOT = Path(__file__).resolve().parents[1]


def fitted_articles() -> set[str]:
    """The train articles of the split at ``FITTED_AT``: those the shipped layer was fitted on."""
    split = subprocess.check_output(
        ["git", "-C", str(ROOT), "show", f"{FITTED_AT}:corpus/annotations/split.json"], text=True
    )
    return {a for a, part in json.loads(split)["articles"].items() if part == "train"}


def main() -> None:
    anns = load_annotations(ROOT / "corpus" / "annotations")
    seen = fitted_articles()
    ids = [i for i in anns.ids("train") if i not in seen]
    print(f"{len(seen)} train articles the layer was fitted on; {len(ids)} it never saw", flush=True)
    articles = read_corpus(None, ids)
    todo = [articles[i] for i in ids if i in articles]
    for layers in ("both", "patterns"):
        report = CorpusReport()
        for coded in Coder(layers=layers).code_many(todo):
            score_article(report, anns.primary[coded.article.id], coded.article.text, coded.events)
        print(layers, report.events.as_dict(), flush=True)


if __name__ == "__main__":
    main()
