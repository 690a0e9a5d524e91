"""The per-doc reads the stages share are ``nlp.memo`` memos: read once per doc, never served for another doc, and
worked out afresh after ``forget`` (a stale reading would carry an earlier parse into a later coding)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc, Span

from detente.actors.context import sentence_starts
from detente.actors.known_people import named_in_full
from detente.actors.parties import named_countries
from detente.actors.phrases import phrase_text
from detente.actors.resolution import dictionary_person
from detente.events.coder import STANDING_KEY, actor_heads, code_doc
from detente.nlp.memo import KEYS, forget
from detente.nlp.text import doc_text
from detente.nlp.tree import sentence_tokens
from detente.pipeline import Coder
from detente.records import Article
from detente.when.stated import body_date
from detente.where.mentions import dictionary_entities, entity_span
from detente.where.places import article_countries
from detente.where.scene import sentence_spans

TEXT = "Boris Johnson criticized Emmanuel Macron in Paris on Monday. Russian officials rejected the plan."
OTHER = "The minister met reporters in a small town. Nobody was hurt."


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def parsed(coder: Coder, text: str) -> Doc:
    return coder.prepare(coder.nlp(text))


def names(sent: Span) -> list[str]:
    return [span.text for _, _, span in named_in_full(sent)]


def read_everything(doc: Doc) -> None:
    """Every shared per-doc read, once."""
    doc_text(doc)
    sentence_starts(doc)
    sentence_spans(doc)
    dictionary_entities(doc)
    entity_span(doc[0])
    article_countries(doc)
    named_countries(doc)
    body_date(doc, dt.date(2019, 3, 4))
    for sent in doc.sents:
        sentence_tokens(sent)
        actor_heads(sent)
        named_in_full(sent)
    dictionary_person(doc[1])
    phrase_text(doc[1])


def test_the_sentence_reading_is_each_docs_own(coder) -> None:
    first, second = parsed(coder, TEXT), parsed(coder, OTHER)
    assert names(next(first.sents)) == ["Boris Johnson", "Emmanuel Macron"]
    assert names(next(second.sents)) == []  # not the first doc's reading, though its sentence starts at token 0 too
    assert actor_heads(next(first.sents)) != actor_heads(next(second.sents))
    assert doc_text(second) == OTHER and doc_text(first) == TEXT


def test_forget_drops_every_shared_read_and_the_next_read_is_afresh(coder) -> None:
    doc = parsed(coder, TEXT)
    read_everything(doc)
    kept = set(doc.user_data) & KEYS
    # the hand-written per-doc caches of before are memos now: each is kept under a key ``forget`` knows
    for key in (
        "detente_text",
        "detente_sentence_starts",
        "detente_sentence_bounds",
        "detente_entities",
        "detente_entity_spans",
        "detente_countries",
        "detente_named_countries",
        "detente_stated_span",
        "detente_body_date",
        "detente_sentence_tokens",
        "detente_actor_heads",
        "detente_named_in_full",
        "detente_dictionary_person",
        "detente_phrase_text",
    ):
        assert key in kept, key
    sent = next(doc.sents)
    assert names(sent) == ["Boris Johnson", "Emmanuel Macron"]
    doc.ents = []  # the parse changes (a re-parse would give a new doc; this stands for any stale entry)
    assert names(sent) == ["Boris Johnson", "Emmanuel Macron"]  # the memo still serves the first reading
    forget(doc)
    assert not set(doc.user_data) & KEYS
    assert names(sent) == []  # read afresh from the parse as it is now
    assert dictionary_entities(doc) == {} and entity_span(doc[0]) is None


def test_forget_leaves_what_is_no_memo(coder) -> None:
    doc = parsed(coder, TEXT)
    article = Article(id="t1", title="", text=TEXT, date=dt.date(2019, 3, 4), source="test")
    code_doc(doc, article, coder.nlp)
    assert STANDING_KEY in doc.user_data and set(doc.user_data) & KEYS
    forget(doc)
    assert STANDING_KEY in doc.user_data  # the coder's standing deeds are its output, not a memo
    # nothing else survives: a cache written under a key ``KEYS`` does not know would stay here
    assert set(doc.user_data) <= {STANDING_KEY}
