"""Names the parser reads as function words ("May said", "IS said") are read again as names (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.pipeline import Coder
from detente.records import Article


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _token(coder: Coder, text: str, word: str, nth: int = 0):
    doc = coder.prepare(coder.nlp(text))
    return [t for t in doc if t.text == word][nth]


def test_the_surname_may_is_the_subject_of_its_verb(coder: Coder) -> None:
    may = _token(coder, "Theresa May met the cabinet. May said she would call an election.", "May", 1)
    assert may.pos_ == "PROPN" and may.dep_ == "nsubj" and may.head.text == "said"


def test_may_after_a_quotation_is_the_speaker(coder: Coder) -> None:
    may = _token(coder, '"We will leave the union," May told the House of Commons.', "May")
    assert may.pos_ == "PROPN" and may.dep_ == "nsubj" and may.head.text == "told"


def test_may_opening_a_wish_stays_the_modal(coder: Coder) -> None:
    may = _token(coder, "May God bless the victims and their families.", "May")
    assert may.pos_ == "AUX"
    name = _token(coder, "May thanked the victims and their families.", "May")
    assert name.pos_ == "PROPN"


def test_the_month_stays_a_date(coder: Coder) -> None:
    month = _token(coder, "The referendum was held on May 5 after a long campaign.", "May")
    assert month.pos_ == "PROPN" and month.dep_ != "nsubj"


def test_an_acronym_the_dictionaries_know_is_a_name_not_the_verb(coder: Coder) -> None:
    group = _token(coder, "IS said in a statement that its fighters attacked the town.", "IS")
    assert group.pos_ == "PROPN" and group.dep_ == "nsubj" and group.ent_type_ == "ORG"
    headline = _token(coder, "THE SIEGE IS OVER, the mayor said.", "IS")
    assert headline.pos_ == "AUX"


def test_the_tensor_is_kept_when_a_name_is_read_again(coder: Coder) -> None:
    doc = coder.nlp("May said she would call an election.")
    fixed = coder.prepare(doc)
    assert fixed is not doc and fixed.tensor.shape == doc.tensor.shape
    untouched = coder.nlp("The minister said she would call an election.")
    assert coder.prepare(untouched) is untouched


def test_may_is_coded_as_the_prime_minister_she_was(coder: Coder) -> None:
    text = "British Prime Minister Theresa May met the French president on Tuesday. May accused Russia of the attack."
    coded = coder.code(Article(id="t", date=dt.date(2018, 3, 20), text=text, title="t"))
    accusations = [e for e in coded.events if e.cameo.root == "11"]
    assert accusations and accusations[0].source is not None and accusations[0].source.code == "GBRGOV"
