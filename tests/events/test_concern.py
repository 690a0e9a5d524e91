"""A worry about a party's act is criticism of that party (events/concern.py, s29-concern).

Each row pairs a sentence whose worry's topic names a party (a criticism, 111, the party as target) with one of the
same make whose topic is a situation, a deed with no doer or an open question (the pessimistic comment, 012, stays,
and no 111 is coded). Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente.events.concern import blamed_words
from detente.nlp import get_nlp

DATE = "2018-01-10"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


# (the worry blames a party; its twin, where it blames no one)
BLAME_OR_WORRY: list[tuple[Coded, Coded]] = [
    (  # the topic's deed noun and its owner
        (
            "The German government expressed concern over Iran's decision to expand its missile program.",
            "DEUGOV",
            "IRN",
            "111",
        ),
        (
            "The German government expressed concern over the humanitarian situation in Yemen on Tuesday.",
            "DEUGOV",
            None,
            "012",
        ),
    ),
    (  # a "from" phrase names who made the suggestion; without it the suggestion is nobody's
        (
            "Britain's foreign secretary voiced concern at the suggestion from the Russian foreign ministry that "
            "the talks had failed.",
            "GBRGOV",
            "RUSGOV",
            "111",
        ),
        (
            "Britain's foreign secretary expressed concern at the suggestion that the talks had failed.",
            "GBRGOV",
            None,
            "012",
        ),
    ),
    (  # the that-clause's subject is a party, or a situation
        (
            "The French government voiced fears that the Syrian regime was preparing an assault on Idlib.",
            "FRAGOV",
            "SYRGOV",
            "111",
        ),
        ("The French government voiced fears that violence was spreading in Idlib.", "FRAGOV", None, "012"),
    ),
    (  # doubt about a party's decision blames it; doubt about whether it will act is an open question
        (
            "Russia's foreign minister expressed doubts about the U.S. decision to withdraw from Syria.",
            "RUSGOV",
            "USA",
            "111",
        ),
        (
            "Russia's foreign minister expressed doubts about whether the United States would withdraw from Syria.",
            "RUSGOV",
            None,
            "012",
        ),
    ),
]


@pytest.mark.parametrize(("blame", "worry"), BLAME_OR_WORRY)
def test_a_worry_about_a_party_is_criticism(checks: SentenceChecks, blame: Coded, worry: Coded) -> None:
    checks.assert_coded(blame[0], blame[1:])
    checks.assert_none(blame[0], lambda e: e.cameo.code == "012")
    checks.assert_coded(worry[0], worry[1:])
    checks.assert_none(worry[0], lambda e: e.cameo.root == "11")


def test_a_deed_with_no_doer_is_the_addressees(checks: SentenceChecks) -> None:
    """'concern to China's minister about the detention': told to whoever did it; a flood is nobody's deed, and
    the worry told about it stays 012 (its addressee the target, as the pattern reads it)."""
    checks.assert_coded(
        "The Japanese prime minister expressed concern to China's foreign minister about the detention of Japanese "
        "nationals.",
        ("JPNGOV", "CHNGOV", "111"),
    )
    floods = "The Japanese prime minister expressed concern to China's foreign minister about the floods in the region."
    checks.assert_coded(floods, ("JPNGOV", "CHNGOV", "012"))
    checks.assert_none(floods, lambda e: e.cameo.root == "11")


def test_a_party_of_the_speakers_own_code_leaves_no_event(checks: SentenceChecks) -> None:
    """The speaker's own government blamed: 111 with no target, which root 11 does not code; and not 012."""
    own = "Canada's foreign minister expressed concern about the Canadian government's new tariff on steel."
    checks.assert_none(own, lambda e: e.cameo.code in ("012", "111"))
    checks.assert_coded(
        "Canada's foreign minister expressed concern about the American government's new tariff on steel.",
        ("CANGOV", "USAGOV", "111"),
    )


def _worry(text: str) -> list[str]:
    doc = get_nlp()(text)
    verb = next(t for t in doc if t.lemma_ in ("express", "voice"))
    worry = next(t for t in verb.children if t.dep_ == "dobj")
    speaker = [t for t in verb.children if t.dep_ == "nsubj"]
    return [t.text for t in blamed_words(worry, verb, speaker)]


def test_blamed_words_read_the_doer_not_a_modifier_of_a_person() -> None:
    """'tough U.S. demands': an entity modifier of a deed noun is its doer; of a person noun ('a second Moscow
    witness') it is not, nor is a pronoun owner, which may be the speaker's own."""
    assert _worry("Several senators voiced concerns that harsh U.S. demands will wreck the talks.") == ["U.S."]
    assert _worry("Several senators expressed concerns that a second Moscow witness would come forward.") == []
    assert _worry("The ministry expressed concern over its own decision to close the border.") == []
    assert _worry("The ministry expressed concern over Turkey's decision to close the border.") == ["Turkey"]


# (a sentence whose topic names a party in a shape that is no blame; its twin, where the same shape names the doer)
NO_DOER_OR_DOER: list[tuple[str, list[str], str, list[str]]] = [
    (  # the subject of a passive or modal that-clause is the victim, not the doer
        "The European Union expressed concern that Iranian civilians could be killed in the fighting.",
        [],
        "The European Union expressed concern that Iranian forces are shelling the villages.",
        ["forces"],
    ),
    (  # a stative that-clause says what its subject undergoes
        "Saudi Arabia expressed concern that Iranian people are suffering under the sanctions.",
        [],
        "Saudi Arabia expressed concern that Iran is arming the rebels in Yemen.",
        ["Iran"],
    ),
    (  # a country named after a topic preposition is a situation, a named body a venue
        "The French president expressed concern at the United Nations about the fighting in Yemen.",
        [],
        "The French president expressed concern at the United Nations about Saudi Arabia's decision to go to war.",
        ["Arabia"],
    ),
    (  # a place modifier of a deed that is no said or decided thing is its scene
        "The United Nations expressed concern over the planned Syria withdrawal.",
        [],
        "The United Nations expressed concern over the planned Syria withdrawal by the American army.",
        ["army"],
    ),
    (  # "from" on a withdrawal names the place left; on a suggestion its author
        "Kabul voiced concern over the sudden withdrawal from Afghanistan.",
        [],
        "Kabul voiced concern over the proposal from the Pakistani military.",
        ["military"],
    ),
    (  # "with" names a partner of a deal, not its doer
        "Israel expressed concern over the nuclear deal with Iran.",
        [],
        "Israel expressed concern over Iran's nuclear deal.",
        ["Iran"],
    ),
    (  # a denied worry blames no one
        "Germany's foreign minister expressed no concern about Iran's missile program.",
        [],
        "Germany's foreign minister expressed concern about Iran's missile program.",
        ["Iran"],
    ),
]


@pytest.mark.parametrize(("none", "none_words", "doer", "doer_words"), NO_DOER_OR_DOER)
def test_victims_places_venues_and_partners_are_not_blamed(
    none: str, none_words: list[str], doer: str, doer_words: list[str]
) -> None:
    assert _worry(none) == none_words
    assert [w for w in _worry(doer) if w in doer_words] == doer_words


def test_a_victim_of_a_worry_keeps_the_pessimistic_comment(checks: SentenceChecks) -> None:
    """'concern that Iranian civilians could be killed' is 012 with no target, as on main; a worry about what a
    party is doing is 111."""
    victims = "The European Union expressed concern that Iranian civilians could be killed in the fighting."
    checks.assert_coded(victims, ("IGOEU", None, "012"))
    checks.assert_none(victims, lambda e: e.cameo.root == "11")
    checks.assert_coded(
        "The German government expressed concern over Iran's decision to expand its missile program.",
        ("DEUGOV", "IRN", "111"),
    )
