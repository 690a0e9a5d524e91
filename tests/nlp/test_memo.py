"""nlp/memo: one answer per token and doc, never shared across docs or keys, and dropped by ``forget``."""

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Token

from detente.nlp.memo import forget, per_doc_once, per_token


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")  # the memo reads tokens only: a tokenizer is enough


def test_an_answer_is_worked_out_once_per_token_and_doc(nlp) -> None:
    doc = nlp("Iran criticized Turkey on Monday.")
    asked: list[int] = []

    def upper(tok: Token) -> str:
        asked.append(tok.i)
        return tok.text.upper()

    assert per_token("test_upper", doc[0], upper) == "IRAN"
    assert per_token("test_upper", doc[0], upper) == "IRAN"
    assert per_token("test_upper", doc[2], upper) == "TURKEY"
    assert asked == [0, 2]  # the second ask of token 0 was read from the memo


def test_another_doc_or_key_is_worked_out_afresh(nlp) -> None:
    first, second = nlp("Iran criticized Turkey."), nlp("Russia backs Damascus.")
    assert per_token("test_text", first[0], lambda t: t.text) == "Iran"
    assert per_token("test_text", second[0], lambda t: t.text) == "Russia"  # not the first doc's answer
    assert per_token("test_lower", first[0], lambda t: t.lower_) == "iran"  # not the other key's answer


def test_forget_drops_the_memos_and_nothing_else(nlp) -> None:
    doc = nlp("Iran criticized Turkey.")
    asked: list[int] = []

    def text(tok: Token) -> str:
        asked.append(tok.i)
        return tok.text

    doc.user_data["test_not_a_memo"] = "kept"  # a caller's own entry (the trainer's labels, say)
    per_token("test_forgotten", doc[0], text)
    per_doc_once("test_whole_doc", doc, len)
    forget(doc)
    assert "test_forgotten" not in doc.user_data and "test_whole_doc" not in doc.user_data
    assert doc.user_data["test_not_a_memo"] == "kept"
    assert per_token("test_forgotten", doc[0], text) == "Iran" and asked == [0, 0]  # worked out afresh, the same
