"""Names the parser reads as function words ("May said", "IS said") are read again as names (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from detente.nlp.names import MONTH_STAND_IN, NAME_STAND_IN, misread_name
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


OVERRAN = "On November 28 the rebel group Hayat Tahrir al-Sham overran regime-held areas and marched on Aleppo."


def test_the_tensor_is_kept_when_both_repairs_read_a_doc_again(coder: Coder) -> None:
    """The name repair and then the event-verb repair each rebuild the doc: the vectors survive both."""
    doc = coder.nlp(f"May said she would call an election. {OVERRAN}")
    fixed = coder.prepare(doc)
    assert [t.pos_ for t in fixed if t.text in ("May", "overran")] == ["PROPN", "VERB"]
    assert fixed.tensor.shape == doc.tensor.shape and (fixed.tensor == doc.tensor).all()
    verb_only = coder.nlp(OVERRAN)
    fixed = coder.prepare(verb_only)
    assert fixed is not verb_only and fixed.tensor.shape == verb_only.tensor.shape


def test_a_title_case_headline_keeps_the_modal(coder: Coder) -> None:
    """In title case the capital says nothing: a bare verb after "May" makes it the modal, an inflected one the
    name."""
    for headline in ("Peace Talks May Fail", "Iran Nuclear Talks May Resume Next Week"):
        may = _token(coder, headline, "May")
        assert may.pos_ == "AUX", headline
    name = _token(coder, "May Vows To Fight On", "May")
    assert name.pos_ == "PROPN" and name.dep_ == "nsubj" and name.head.text == "Vows"
    running = _token(coder, "Theresa May met the cabinet. May vows to fight on.", "May", 1)
    assert running.pos_ == "PROPN"  # in running text the capital is the name's


def _tagged(coder: Coder, words: list[str], tags: list[str]) -> Doc:
    """A sentence with the tags the model gives "May" only now and then (a modal after a preposition)."""
    return Doc(coder.nlp.vocab, words=words, tags=tags, sent_starts=[True] + [False] * (len(words) - 1))


def test_a_preposition_makes_may_the_month_only_where_the_date_stage_reads_one(coder: Coder) -> None:
    """'in May', 'since May' are the month; 'with May', 'for May', 'against May' are as often Theresa May, and
    the date stage does not read a bare 'May' after them as a month either."""
    for prep, expected in (
        ("in", MONTH_STAND_IN),
        ("since", MONTH_STAND_IN),
        ("until", MONTH_STAND_IN),
        ("with", NAME_STAND_IN),
        ("for", NAME_STAND_IN),
        ("against", NAME_STAND_IN),
    ):
        doc = _tagged(coder, ["Talks", prep, "May", "stalled", "."], ["NNS", "IN", "MD", "VBD", "."])
        assert misread_name(doc[2], coder.nlp) == expected, prep


def test_a_day_number_is_written_in_figures(coder: Coder) -> None:
    """'May 5' and '5 May' are the month; 'May first needs to ...' is the name (48 train tokens, all the name)."""
    dated = _tagged(coder, ["May", "5", "was", "chosen", "."], ["MD", "CD", "VBD", "VBN", "."])
    assert misread_name(dated[0], coder.nlp) == MONTH_STAND_IN
    before = _tagged(coder, ["On", "5", "May", "talks", "began", "."], ["IN", "CD", "MD", "NNS", "VBD", "."])
    assert misread_name(before[2], coder.nlp) == MONTH_STAND_IN
    may = _token(coder, "May first needs to win the vote.", "May")
    assert may.pos_ == "PROPN" and may.dep_ == "nsubj" and may.head.text == "needs"


def test_may_is_coded_as_the_prime_minister_she_was(coder: Coder) -> None:
    text = "British Prime Minister Theresa May met the French president on Tuesday. May accused Russia of the attack."
    coded = coder.code(Article(id="t", date=dt.date(2018, 3, 20), text=text, title="t"))
    accusations = [e for e in coded.events if e.cameo.root == "11"]
    assert accusations and accusations[0].source is not None and accusations[0].source.code == "GBRGOV"
