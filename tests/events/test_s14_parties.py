"""Parties of a found clause (s14, issue 13): the frame's slot reaches the party the parse hangs elsewhere.

* a participle with a mark ("while praising France") has no subject of its own: the clause it modifies gives it
  (``tree.subjects``), while a marked clause with a subject of its own keeps its own;
* a to-infinitive completing a verb whose object names a party ("persuaded Erdogan to meet") is done by that object
  (object control, ``tree.object_controller``), while a thing as the object ("used the summit to") leaves the doer;
* a judgement of a thing a named party owns ("criticized Macron's refugee policy") is aimed at its owner
  (``arguments.EVALUATION_ROOTS``, ``tree.owners_of_thing``), while other deeds do not reach the owner;
* a name the parser hangs on a name as an apposition, with a conjunct of its own, is a member of the list ("calls to
  Merkel, Hollande and Juncker", ``tree.conjuncts``), while a true apposition ("Merkel, the chancellor") is not;
* a relative pronoun as the object ("Hamas, which Israel attacked") stands for the noun its clause modifies
  (``tree.antecedent``).

Every must-not row has a positive twin. Sentences written for detente.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from tests.events.conftest import SentenceChecks

from detente.events.tree import antecedent, conjuncts, object_controller, owners_of_thing
from detente.nlp import get_nlp

DATE = "2018-05-03"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def test_a_marked_participle_is_done_by_the_subject_of_its_clause(checks: SentenceChecks) -> None:
    checks.assert_coded("Putin criticized Germany on Monday while praising France.", ("RUSGOV", "FRA", "051"))


def test_a_marked_clause_with_its_own_subject_keeps_it(checks: SentenceChecks) -> None:
    text = "After Erdogan praised France on Monday, Putin criticized Germany."
    checks.assert_none(text, lambda e: e.source.code == "RUSGOV" and e.cameo.root == "05")
    checks.assert_coded(text, ("RUSGOV", "DEU", "111"))


def test_the_object_of_a_control_verb_does_its_infinitive(checks: SentenceChecks) -> None:
    text = "Merkel persuaded Erdogan to meet Netanyahu."
    checks.assert_none(text, lambda e: e.source.code == "DEUGOV" and e.cameo.root == "04")
    checks.assert_coded(text, ("TURGOV", "ISRGOV", "040"))


def test_a_thing_as_the_object_leaves_the_doer() -> None:
    doc = get_nlp()("Macron used the summit to criticize Putin.")
    assert object_controller(doc[5]) == []
    doc = get_nlp()("Macron told Putin how to criticize Assad.")
    assert object_controller(doc[5]) == []  # an indirect question asks no deed of the object
    doc = get_nlp()("Macron urged Putin to criticize Assad.")
    assert [t.text for t in object_controller(doc[4])] == ["Putin"]


def test_a_judgement_of_an_owned_thing_is_aimed_at_its_owner(checks: SentenceChecks) -> None:
    checks.assert_coded("Trump criticized Macron's refugee policy on Monday.", ("USAGOV", "FRAGOV", "111"))
    checks.assert_coded("Trump praised Macron's decision to stay in the accord.", ("USAGOV", "FRAGOV", "051"))


def test_a_party_phrase_has_no_owner_to_stand_for() -> None:
    doc = get_nlp()("Trump criticized Macron's spokesman on Monday.")
    assert owners_of_thing(doc[4]) == []
    doc = get_nlp()("Trump criticized Macron's policy on Monday.")
    assert [t.text for t in owners_of_thing(doc[4])] == ["Macron"]


def test_a_relative_object_stands_for_its_noun() -> None:
    doc = get_nlp()("Hamas, which Israel attacked on Monday, fired rockets.")
    which = doc[2]
    assert which.lower_ == "which" and antecedent(which).text == "Hamas"
    assert antecedent(doc[0]).text == "Hamas"  # other words are themselves


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A sentence with the parse the small model gives a list of names ("calls to Merkel, Hollande and Juncker")."""
    return Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_name_hung_as_an_apposition_with_a_conjunct_is_a_list_member() -> None:
    words = ["calls", "to", "Merkel", ",", "Hollande", "and", "Juncker"]
    doc = _parsed(
        words,
        [0, 0, 1, 2, 2, 4, 4],
        ["ROOT", "prep", "pobj", "punct", "appos", "cc", "conj"],
        ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN"],
    )
    assert [t.text for t in conjuncts(doc[2])] == ["Merkel", "Hollande", "Juncker"]


def test_a_true_apposition_is_no_list_member() -> None:
    words = ["calls", "to", "Merkel", ",", "the", "chancellor"]
    doc = _parsed(
        words,
        [0, 0, 1, 2, 5, 2],
        ["ROOT", "prep", "pobj", "punct", "det", "appos"],
        ["NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN"],
    )
    assert [t.text for t in conjuncts(doc[2])] == ["Merkel"]
    words = ["calls", "to", "Merkel", ",", "Hollande"]
    doc = _parsed(
        words, [0, 0, 1, 2, 2], ["ROOT", "prep", "pobj", "punct", "appos"], ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN"]
    )
    assert [t.text for t in conjuncts(doc[2])] == ["Merkel"]  # a name beside a name, no list: an apposition
