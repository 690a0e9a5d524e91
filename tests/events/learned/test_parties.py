"""Which candidate mentions the learned layer may take as parties (issue 13): a name that only modifies another
party's noun or describes a person is no party by itself, and a mutual event of more than three parties is not
written pair by pair (guide 2: beyond three, each participant meets the host, whom the model cannot tell)."""

from __future__ import annotations

import pytest
from spacy.tokens import Token
from tests.events.conftest import SentenceChecks

from detente.events.learned.parties import in_another_clause, only_describes, writes_pairs
from detente.events.tree import conjuncts
from detente.nlp import get_nlp

DATE = "2026-11-02"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def _tok(text: str, word: str) -> Token:
    doc = get_nlp()(text)
    return next(t for t in doc if t.text == word)


def _resolvable(tok: Token) -> dict[int, bool]:
    """The nouns of the test sentences that name an actor ("government"); the rest name nothing."""
    return {t.i: t.lemma_ in ("government", "ministry") for t in tok.doc}


@pytest.mark.parametrize(
    ("text", "word", "trigger"),
    [
        ("A senior fellow at a Washington think tank criticized Russia.", "Washington", "criticized"),
        ("The UK government criticized Russia.", "UK", "criticized"),
        ("A Moscow correspondent criticized Ukraine.", "Moscow", "criticized"),
    ],
)
def test_a_name_that_describes_another_noun_is_no_party(text: str, word: str, trigger: str) -> None:
    tok = _tok(text, word)
    assert only_describes(tok, _tok(text, trigger), _resolvable(tok))


@pytest.mark.parametrize(
    ("text", "word", "trigger"),
    [
        ("U.S. strikes hit the town.", "U.S.", "strikes"),  # a modifier of the trigger is its doer
        ("Israel struck Syrian territory.", "Syrian", "struck"),  # territory stands for nothing: Syria is the party
        ("A senior fellow at a Washington think tank criticized Russia.", "Russia", "criticized"),
        ("Voters rejected the senator's government plans.", "senator", "rejected"),  # an owner is a party
    ],
)
def test_a_name_of_its_own_or_on_the_trigger_stays_a_party(text: str, word: str, trigger: str) -> None:
    tok = _tok(text, word)
    assert not only_describes(tok, _tok(text, trigger), _resolvable(tok))


def test_a_think_tanks_city_is_not_its_government(checks: SentenceChecks) -> None:
    """The model reads the criticism; the analyst's employer's city is no source (the government is one)."""
    checks.assert_pair(
        "A senior fellow at a Washington think tank criticized Russia on Monday.",
        lambda e: e.source.country == "USA",
        ("The UK government criticized Russia on Monday.", "GBRGOV", "RUS", "111"),
    )


def test_mutual_events_are_written_pair_by_pair_up_to_three_parties() -> None:
    four = conjuncts(_tok("France, Germany, Italy and Spain met on Monday.", "France"))
    two = conjuncts(_tok("France and Germany met on Monday.", "France"))
    britain = [_tok("They met Britain.", "Britain")]
    assert len(four) == 4 and len(two) == 2
    assert not writes_pairs(True, four, [])
    assert not writes_pairs(True, four[:3], britain)
    assert writes_pairs(True, two, britain)
    assert writes_pairs(True, four[:3], [])
    # a one-way act gives one event per conjoined actor, however many ("four states condemned the attack")
    assert writes_pairs(False, four, britain)


def _pair(text: str, mention: str, trigger: str) -> tuple[Token, Token]:
    doc = get_nlp()(text)
    return next(t for t in doc if t.text == mention), next(t for t in doc if t.text == trigger)


@pytest.mark.parametrize(
    ("text", "mention", "trigger"),
    [
        # a clause that says more of a noun, and an adverbial clause with its own subject, have parties of their own
        ("Germany criticized the agreement that was signed with Turkey.", "Turkey", "criticized"),
        ("Germany criticized the agreement made with Turkey last year.", "Turkey", "criticized"),
        # the agent of a participle that describes a site is no party of a deed done to the site
        ("The rebels shelled the base used by Russia.", "Russia", "shelled"),
        ("Russia condemned the sanctions, since voters in Crimea chose to leave Ukraine.", "Ukraine", "condemned"),
    ],
)
def test_a_name_in_another_clause_is_no_target(text: str, mention: str, trigger: str) -> None:
    name, word = _pair(text, mention, trigger)
    assert in_another_clause(name, word), f"{mention!r} should be another clause's party in {text!r}"


@pytest.mark.parametrize(
    ("text", "mention", "trigger"),
    [
        # the trigger's own object and the party of an infinitive that says what a noun is for stay its parties
        ("Germany criticized Turkey over the agreement.", "Turkey", "criticized"),
        ("Israel spurned an offer to hold talks with France.", "France", "spurned"),
        # the agent of a weapon noun fired it: the deed done to the weapon is done to its owner
        ("The warships shot down the missiles launched by Iran.", "Iran", "shot"),
        # a trigger inside the other clause keeps the parties of its own clause
        ("Germany criticized the agreement that Turkey signed with Greece.", "Greece", "signed"),
    ],
)
def test_a_name_in_the_triggers_own_clause_may_be_its_target(text: str, mention: str, trigger: str) -> None:
    name, word = _pair(text, mention, trigger)
    assert not in_another_clause(name, word), f"{mention!r} should stay a party of {trigger!r} in {text!r}"
