"""'call X Y' judged by the word classes of what is said, a quoted predicate, and 'call for Y to do' (issue 13,
s27-calls). The object predicate of "call" judges its object badly when it is a word of the classes the statement
reader judges with (``calls.judged`` / ``judged_classes`` in clauses.yaml: "called the plan misguided"), also when
quoted, which the small model hangs anywhere (``quoted_predicate``: 'called the decision "foolish"'); a naming use
("a campaign called '...'") or a quote that is no predicate of the object (a relative clause's) is none. "called
for May to step down" is read as "called on May to step down" (``calls.for_clause_verbs``): the for-clause's
subject is the addressee; a passive for-clause ("called for the sanctions to be lifted") asks no one.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente import code_text
from detente.records import Event

DATE = "2017-03-14"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def a_criticism(event: Event) -> bool:
    return event.cameo.code == "111"


def an_addressed_appeal(event: Event) -> bool:
    return event.cameo.root == "02" and event.target is not None


MUST_NOT_CRITICIZE: list[tuple[str, Coded]] = [
    (  # a word of no judgement class
        "Vladimir Putin called the British plan a success on Monday.",
        ("Vladimir Putin called the British plan a blunder on Monday.", "RUSGOV", "GBR", "111"),
    ),
    (  # the quote belongs to a relative clause inside the object, not to "call"
        'Vladimir Putin called the British decision, which critics said was "foolish", a first step.',
        ('Vladimir Putin called the British decision "foolish" on Monday.', "RUSGOV", "GBR", "111"),
    ),
    (  # a naming use: the participle names a campaign
        'Vladimir Putin praised a British campaign called "Stop the Foolish Waste" on Monday.',
        ('Vladimir Putin called the British decision "a foolish waste" on Monday.', "RUSGOV", "GBR", "111"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CRITICIZE)
def test_call_x_a_judgement_word(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, a_criticism, positive)


MUST_NOT_ADDRESS: list[tuple[str, Coded]] = [
    (  # a passive for-clause: nobody is asked to act
        "Jeremy Corbyn has called for the Russian sanctions to be lifted.",
        ("Jeremy Corbyn has called for Theresa May to step down.", "GBROPP", "GBRGOV", "0241"),
    ),
    (  # a crowd's call is its demand (root 10), not an appeal
        "Thousands of protesters in Niamey called for French troops to leave.",
        ("The Nigerien government called for French troops to leave.", "NERGOV", "FRAMIL", "020"),
    ),
    (  # no for-clause: a call for a thing names no addressee
        "Iran called for respect of the nuclear deal.",
        ("Iran called for the United States to honor the nuclear deal.", "IRN", "USA", "020"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_ADDRESS)
def test_call_for_y_to_do(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, an_addressed_appeal, positive)


def test_the_addressee_hung_on_for(checks: SentenceChecks) -> None:
    """The small model may hang the for-clause's subject on "for" as its object: it is still the addressee."""
    checks.assert_coded(
        "The Iraqi government calls for the US-led coalition to change course in Syria.",
        ("IRQGOV", "USAMIL", "0242"),
    )
    checks.assert_none(
        "The Iraqi government calls for a rethink of the strategy of the US-led coalition in Syria.",
        an_addressed_appeal,
    )


def test_a_quoted_predicate_of_a_folded_object(checks: SentenceChecks) -> None:
    """With no object of its own ("called Britain's decision ... 'scandalous'" parsed as one predicate), the parsed
    predicate is the object and its owner the judged party; an unjudging word in the same place codes nothing."""
    checks.assert_coded(
        'Vladimir Putin called Britain\'s decision to wait until October to leave "scandalous".',
        ("RUSGOV", "GBR", "111"),
    )
    checks.assert_none(
        'Vladimir Putin called Britain\'s decision to wait until October to leave "understandable".', a_criticism
    )


# review of s27-calls: an accusation word as a noun predicate, and a word an "of" phrase names, are not criticism
CALL_JUDGED_NOT = [
    "Egypt called Qatar a sponsor of the peace talks on Monday.",
    "Iranian President Hassan Rouhani called Iran a victim of sabotage on Monday.",
]
CALL_JUDGED_TWIN = [
    "Egypt called Qatar's policy disgraceful on Monday.",
    "Iranian President Hassan Rouhani called the American decision shameful on Monday.",
]


@pytest.mark.parametrize(("text", "twin"), zip(CALL_JUDGED_NOT, CALL_JUDGED_TWIN, strict=True))
def test_call_judged_reads_criticism_of_the_predicate_itself(text: str, twin: str) -> None:
    assert not [e for e in code_text(text, date="2018-03-01") if e.cameo.root == "11"]
    assert [e for e in code_text(twin, date="2018-03-01") if e.cameo.code == "111"]
