"""Who asserted an event is a code or null (issue 14, s17): "X said that ..." and "according to X" give X's actor
code in ``attributed_to``, and X's words in ``attributed_text``; a speaker that does not resolve leaves the code null
and never puts its words in the code field."""

from __future__ import annotations

from collections.abc import Callable

from tests.layered import code_both
from tests.patterns import code_patterns

from detente import code_text
from detente.records import Event


def _said(
    text: str, date: str, code: Callable[[str, str], list[Event]] = code_text
) -> set[tuple[str | None, str | None]]:
    """Who each event is attributed to; ``code=code_patterns`` reads what the patterns read, the gate not read (the
    speaker's own sentences are ones the confidence gate doubts on news: tests/patterns.py)."""
    return {(e.attributed_to, e.attributed_text) for e in code(text, date)}


DELIVERED = "Germany has delivered 18 Leopard 2 battle tanks to Ukraine"


def test_a_speaker_who_resolves_gives_a_code_and_keeps_the_words_apart() -> None:
    assert ("DEUGOV", "the German defence ministry") in _said(
        DELIVERED + ", the German defence ministry said.", "2023-03-27", code=code_patterns
    )
    assert ("DEUGOV", "the German defence ministry") in _said(
        DELIVERED + ", according to the German defence ministry.", "2023-03-27", code=code_patterns
    )


def test_a_speaker_who_does_not_resolve_gives_null_not_the_words() -> None:
    said = _said(DELIVERED + ", John Smith said.", "2023-03-27", code=code_patterns)
    assert said == {(None, "John Smith")}
    assert _said(DELIVERED + ".", "2023-03-27", code=code_patterns) == {
        (None, None)
    }  # the author's own: nobody is named


def test_a_pronoun_speaker_reads_back_as_the_article_reads_it() -> None:
    text = "Russian Foreign Minister Sergei Lavrov spoke in Moscow on Monday. Russia delivered tanks to Syria, he said."
    assert ("RUSGOV", "he") in _said(text, "2021-12-03", code=code_patterns)
    alone = "Russia has delivered tanks to Syria, he said."
    assert _said(alone, "2021-12-03", code=code_patterns) == {(None, "he")}  # nobody named before: null


def test_one_speaker_of_several_deeds_is_read_once_and_leaves_the_memory_alone() -> None:
    # the speaker phrase is resolved once per article (ArticleContext.speakers), on a copy of the memory
    from detente.actors.attribution import attributed_actor
    from detente.actors.context import ArticleContext
    from detente.nlp import get_nlp

    doc = get_nlp()("Turkish jets bombed Afrin and Russian jets bombed Idlib, a U.S. official said.")
    ctx = ArticleContext(date=None, doc_key=id(doc))  # the article's memory is this doc's
    head = next(t for t in doc if t.lower_ == "official")
    first = attributed_actor(head, ctx)
    assert first is not None and first.code == "USAGOV"
    assert attributed_actor(head, ctx) is first and ctx.speakers == {head.i: first}
    assert head.i not in ctx.mentions  # asking never adds to what the article remembers
    found = {(e.source.code, e.attributed_to) for e in code_both(doc.text, date="2018-03-01")}  # the layer codes one
    assert ("TURMIL", "USAGOV") in found and ("RUSMIL", "USAGOV") in found
