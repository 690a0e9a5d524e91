"""Small reads of the tree: a sentence's tokens made once per doc."""

from __future__ import annotations

from detente.nlp import get_nlp
from detente.nlp.tree import asks, inside_quotes, nearest_verb, sentence_tokens


def test_sentence_tokens_are_the_sentence_in_order_and_made_once() -> None:
    doc = get_nlp()("Ruritania signed a treaty with Freedonia. The talks lasted two days.")
    first, second = list(doc.sents)
    tokens = sentence_tokens(first)
    assert [t.i for t in tokens] == [t.i for t in first]
    assert [t.text for t in sentence_tokens(second)] == [t.text for t in second]
    assert sentence_tokens(first) is tokens  # the second walk reuses the first's tokens
    assert sentence_tokens(second) is not tokens  # each sentence its own


def test_a_span_that_is_not_a_whole_sentence_has_its_own_tokens() -> None:
    doc = get_nlp()("Ruritania signed a treaty with Freedonia.")
    whole, part = doc[0:7], doc[0:3]
    assert [t.text for t in sentence_tokens(part)] == ["Ruritania", "signed", "a"]
    assert len(sentence_tokens(whole)) == 7


def test_inside_quotes_counts_the_marks_before_a_word_in_its_sentence() -> None:
    doc = get_nlp()('Ruritania said "Freedonia lied to us" and Borduria agreed.')
    word = {t.text: t for t in doc}
    assert inside_quotes(word["lied"]) and inside_quotes(word["Freedonia"])  # after the opening mark
    assert not inside_quotes(word["Borduria"]) and not inside_quotes(word["said"])  # after the closing one, before both


def test_nearest_verb_is_the_word_itself_when_a_verb_else_its_clause_verb() -> None:
    doc = get_nlp()("The Ruritanian coast guard seized a Freedonian ship.")
    word = {t.text: t for t in doc}
    assert nearest_verb(word["seized"]) is word["seized"]
    assert nearest_verb(word["guard"]).text == "seized" and nearest_verb(word["ship"]).text == "seized"
    assert nearest_verb(word["guard"]) is not word["guard"]


def test_a_question_is_asked_also_inside_a_closing_quote() -> None:
    """'... killed in the clashes?"': the question mark before the closing quote still makes the sentence ask."""
    quoted = get_nlp()('The minister asked: "Were soldiers killed in the clashes?"')
    plain = get_nlp()("Were soldiers killed in the clashes near the border?")
    told = get_nlp()('The minister said: "Soldiers were killed in the clashes."')
    assert asks(next(quoted.sents)) and asks(next(plain.sents))
    assert not asks(next(told.sents))
