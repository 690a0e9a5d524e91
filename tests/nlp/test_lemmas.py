"""Verb lemmas restored where the rule lemmatizer drops a verb's final "e"."""

from __future__ import annotations

from detente.nlp import get_nlp
from detente.nlp.lemmas import clause_lemmas, e_reading, restore_e_lemmas


def _lemmas(text: str) -> dict[str, str]:
    doc = get_nlp()(text)
    restore_e_lemmas(doc, clause_lemmas() | {"stage"})
    return {t.text: t.lemma_ for t in doc}


def test_e_final_verbs_get_their_lemma_back() -> None:
    assert _lemmas("Iran hopes to meet Turkey.")["hopes"] == "hope"
    assert _lemmas("Iran hoped to meet Turkey.")["hoped"] == "hope"
    assert _lemmas("Protesters staged a sit-in.")["staged"] == "stage"


def test_other_verbs_keep_the_models_lemma() -> None:
    assert _lemmas("Russia watches the border.")["watches"] == "watch"  # no known verb "watche"
    assert _lemmas("Iran stopped the talks.")["stopped"] == "stop"


def test_the_e_reading_of_a_form() -> None:
    assert e_reading("hopes", "VBZ") == "hope"
    assert e_reading("hoping", "VBG") == "hope"
    assert e_reading("hoped", "VBN") == "hope"
    assert e_reading("hope", "VB") is None
