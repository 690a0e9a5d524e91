"""The annotated real-news corpus: complete, valid against the corpus text, split as documented, and no
corpus text in the repository. Skipped where the shared corpus is not present."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from detente.corpus.annotations import load_annotations, validate
from detente.corpus.source import CorpusMissing, batch_of, find_corpus, read_corpus

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "corpus" / "annotations"

try:
    CORPUS = find_corpus()
except CorpusMissing:
    CORPUS = None
needs_corpus = pytest.mark.skipif(CORPUS is None, reason="the shared news corpus is not present")


@pytest.fixture(scope="module")
def anns():
    return load_annotations(ANNOTATIONS)


def test_the_split_is_drawn_as_documented(anns) -> None:
    split = anns.split
    assert split.seed == 20261202 and "random.Random(20261202)" in split.method
    assert "extended by 80" in split.method and "extended by 40" in split.method
    counts = Counter(split.articles.values())
    assert counts == {"train": 2079, "dev": 40, "test": 41}  # 200, 80, 17 x 40, then 15 x 80
    assert len({batch_of(i) for i in split.articles}) == 3
    assert len(split.second) == 30 and set(split.second) <= set(split.articles)


def test_every_drawn_article_is_annotated_once_and_thirty_twice(anns) -> None:
    assert anns.problems == []
    assert set(anns.primary) == set(anns.split.articles)
    assert set(anns.second) == set(anns.split.second)
    events = sum(len(a.events) for a in anns.primary.values())
    assert events >= 1000
    assert any(not a.events for a in anns.primary.values())  # negatives: articles with no event exist too


@needs_corpus
def test_annotations_are_valid_against_the_corpus(anns) -> None:
    corpus = read_corpus(CORPUS, set(anns.split.articles))
    assert validate(anns, corpus) == []


@needs_corpus
def test_no_corpus_text_is_in_the_repository() -> None:
    corpus = read_corpus(CORPUS)
    pieces = set()
    for article in corpus.values():
        for sentence in re.split(r"(?<=[.!?])\s+", article.text):
            if len(sentence) >= 80:
                pieces.add(sentence[:80])
    tracked = [p for p in ROOT.rglob("*") if p.is_file() and ".git" not in p.parts and ".venv" not in p.parts]
    leaks = []
    for path in tracked:
        if path.suffix not in (".py", ".md", ".json", ".jsonl", ".yaml", ".yml", ".txt", ".csv", ".toml", ".html"):
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        for piece in re.split(r"(?<=[.!?])\s+|\\n|\"", text):
            if len(piece) >= 80 and piece[:80] in pieces:
                leaks.append(str(path.relative_to(ROOT)))
                break
    assert leaks == []
    assert len(pieces) > 10_000  # the check really read the corpus
