"""Senses of pattern verbs that had no pattern (s19-senses, issue 13): the verb was a pattern word, none of its
patterns fitted, and the annotators coded the clause.

* "called X a/an Y" where Y judges X badly (a class of disparaging words) is criticism, 111 (``111.call_names``);
  where Y judges X well, praise, 051 (``051.call_praise``); a neutral name codes neither;
* "called X to discuss / to say ..." (a purpose of speaking) is a telephone call with X, 041 both ways
  (``041.call_to_speak``); "called X to ..." with another purpose is none;
* "asked X for Y" by a political actor is an appeal to X, 020 (``020.ask_for``); "asked for Y" with no addressee is
  none, and so is "asked X whether ... for ...", where "for" is no part of the asking.

Two readings of the small model are mended by mechanism (``events/frames.py``): a to-infinitive of purpose hung on
a verb with an object (``advcl``, "called Merkel to discuss") fits a pattern's listed complement as the ``xcomp``
would, never without the object ("called to discuss"); and a name folded into the object predicate ("called [the
World Trade Organization] obsolete", no object on the verb) is the target, a noun that names no one is none.

Every must-not row has a positive twin. Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

DATE = "2017-11-02"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def test_calling_a_party_a_failure_is_criticism(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The French president called NATO an old alliance of friends.",
        lambda e: e.cameo.root == "11",
        ("The French president called NATO a useless failure on Tuesday.", "FRAGOV", "IGONATO", "111"),
    )


def test_calling_a_party_obsolete_is_criticism(checks: SentenceChecks) -> None:
    # the parse folds the name into the predicate ("the World Trade Organization obsolete"): the name is the target
    checks.assert_pair(
        "The Brazilian president has called the trade agreement obsolete.",
        lambda e: e.cameo.root == "11",
        ("The Brazilian president has called the World Trade Organization obsolete.", "BRAGOV", "IGOWTO", "111"),
    )


def test_calling_a_party_a_model_is_praise(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Canadian prime minister called NATO an alliance of thirty states.",
        lambda e: e.cameo.root == "05",
        ("The Canadian prime minister called NATO an outstanding success.", "CANGOV", "IGONATO", "051"),
    )


def test_a_call_to_discuss_is_a_telephone_call_both_ways(checks: SentenceChecks) -> None:
    positive = "The Italian prime minister called the German chancellor Angela Merkel to discuss the budget."
    checks.assert_pair(
        "The Italian prime minister called the German chancellor Angela Merkel to resign over the budget.",
        lambda e: e.cameo.code == "041",
        (positive, "ITAGOV", "DEUGOV", "041"),
    )
    checks.assert_coded(positive, ("DEUGOV", "ITAGOV", "041"))


def test_a_purpose_without_an_object_is_no_call_to_anyone(checks: SentenceChecks) -> None:
    # "to discuss" is a purpose clause (advcl) in both; only the call with an object is a call with that party
    checks.assert_pair(
        "The Italian prime minister called to discuss the budget with the German chancellor Angela Merkel.",
        lambda e: e.cameo.code == "041",
        (
            "The Italian prime minister called the German chancellor Angela Merkel to discuss the budget.",
            "ITAGOV",
            "DEUGOV",
            "041",
        ),
    )


def test_asking_a_party_for_something_is_an_appeal(checks: SentenceChecks) -> None:
    checks.assert_addressee_pair(
        ("The Egyptian foreign minister asked for patience over the dam.", "02"),
        ("The Egyptian foreign minister asked Ethiopia for patience over the dam.", "EGYGOV", "ETH", "020"),
    )


def test_for_elsewhere_in_the_question_is_no_appeal(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Egyptian foreign minister asked Ethiopia whether it was ready for talks.",
        lambda e: e.cameo.code == "020",
        ("The Egyptian foreign minister asked Ethiopia for patience over the dam.", "EGYGOV", "ETH", "020"),
    )


def test_a_word_judging_an_event_praises_no_party(checks: SentenceChecks) -> None:
    """'called the Crimea referendum historic' judges an event, not a party (review s20: it gave 051 RUSGOV->UKR);
    a word that judges a party still praises it."""
    checks.assert_pair(
        "The Kremlin called the Crimea referendum historic.",
        lambda e: e.cameo.root == "05",
        ("The Canadian prime minister called NATO an outstanding success.", "CANGOV", "IGONATO", "051"),
    )
