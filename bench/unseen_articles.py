"""What the shipped learned layer adds on the train articles it was never fitted on (issue 13).

The shipped npz were fitted at commit 799fd67 on the 119 train articles of that commit's split (docs/events.md,
"Reproducible training"); the train split has grown since. On the train articles that are not among those 119, the
coder is run with both layers and with the patterns alone, exactly as ``detente eval --annotations`` scores them:
the difference is what the layer adds on text it never saw. Counts only; no text is printed. Never test.

    PYTHONPATH=src DETENTE_CORPUS=../shared/corpus/news-dev.jsonl python bench/unseen_articles.py [--cache DIR]
        [--model DIR ...] [--ids-out FILE]

``--cache``: parses kept as ``detente train --cache`` keeps them (the same doc the coder makes), so the layers are
compared without parsing again; ``--model``: also code with the layer in that folder (a rebuilt one), beside the
shipped one; ``--ids-out``: write the unseen ids (for ``bench/model_cells.py read --ids``).
"""

from __future__ import annotations

import argparse
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
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="parse cache (train/examples.parse)")
    ap.add_argument("--model", type=Path, action="append", default=[], help="another model folder to compare")
    ap.add_argument("--ids-out", type=Path)
    a = ap.parse_args()
    anns = load_annotations(ROOT / "corpus" / "annotations")
    seen = fitted_articles()
    ids = [i for i in anns.ids("train") if i not in seen]
    print(f"{len(seen)} train articles the layer was fitted on; {len(ids)} it never saw", flush=True)
    if a.ids_out:
        a.ids_out.write_text("\n".join(ids) + "\n", encoding="utf-8")
    articles = read_corpus(None, ids)
    todo = [articles[i] for i in ids if i in articles]
    if a.cache is None and not a.model:
        for layers in ("both", "patterns"):
            report = CorpusReport()
            for coded in Coder(layers=layers).code_many(todo):
                score_article(report, anns.primary[coded.article.id], coded.article.text, coded.events)
            print(layers, report.events.as_dict(), flush=True)
        return
    from detente.events.coder import code_doc
    from detente.events.learned.model import LearnedModel, packaged_model
    from detente.train.examples import parse

    coder = Coder(layers="patterns")
    parsed = list(parse(((art, anns.primary[art.id]) for art in todo), coder, a.cache))
    runs = [("patterns", None), ("both (shipped)", packaged_model())]
    runs += [(f"both ({folder})", LearnedModel.load(folder)) for folder in a.model]
    for name, model in runs:
        report = CorpusReport()
        for p in parsed:
            events = code_doc(p.doc, p.article, coder.nlp, model=model, patterns=True)[0]
            score_article(report, p.ann, p.article.text, events)
        print(name, report.events.as_dict(), flush=True)


if __name__ == "__main__":
    main()
