"""The judgement words of clauses.yaml are listed once: the statement lexicon (statements.negative_words,
positive_words) and the classes of what is said (saying: criticism, accusation, pessimism, optimism) share the words
both read through statements.negative_classes / positive_classes, and a word listed twice is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from detente.data import clauses
from detente.data.schemas import ClausesFile

CLAUSES = Path(__file__).parents[2] / "src" / "detente" / "data" / "clauses.yaml"


def _raw() -> dict:
    return yaml.safe_load(CLAUSES.read_text(encoding="utf-8"))


def test_a_shared_word_is_read_by_both_readers() -> None:
    words = clauses()
    shared = words.statements.negative_classes["criticism"][0]
    assert shared in words.statements.negative() and shared in words.saying_class("criticism")
    own = words.saying.criticism[0]  # a class word of the reader only: no feature of the statement model
    assert own in words.saying_class("criticism") and own not in words.statements.negative()
    assert words.statements.positive_classes["optimism"][0] in words.saying_class("optimism")


def test_a_word_listed_twice_is_refused() -> None:
    raw = _raw()
    ClausesFile(**raw)  # the file as it is loads
    twice = _raw()
    twice["saying"]["criticism"].append(raw["statements"]["negative_classes"]["criticism"][0])
    with pytest.raises(ValidationError, match="listed twice"):
        ClausesFile(**twice)
    unknown = _raw()
    unknown["statements"]["negative_classes"]["praise"] = ["splendid"]
    with pytest.raises(ValidationError, match="is not one of"):
        ClausesFile(**unknown)
