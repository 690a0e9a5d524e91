"""Code the annotated articles of a split and score them (``detente eval --annotations``)."""

from __future__ import annotations

from pathlib import Path

from detente.corpus.annotations import load_annotations
from detente.corpus.score import CorpusReport, score_article
from detente.corpus.source import read_corpus
from detente.pipeline import Coder


def evaluate_split(
    folder: str | Path, split: str | None, corpus: str | Path | None = None, coder: Coder | None = None
) -> CorpusReport:
    """Scores of the coder on the annotated articles of ``split`` (all splits when None)."""
    anns = load_annotations(folder)
    ids = anns.ids(split)
    articles = read_corpus(corpus, ids)
    report = CorpusReport()
    report.errors.extend(anns.problems)
    missing = [i for i in ids if i not in articles]
    report.errors.extend(f"{i}: not in the corpus" for i in missing)
    coder = coder or Coder()
    todo = [articles[i] for i in ids if i in articles]
    for coded in coder.code_many(todo):
        if coded.error:
            report.errors.append(f"{coded.article.id}: {coded.error}")
        score_article(report, anns.primary[coded.article.id], coded.article.text, coded.events)
    return report
