"""A word of force or rejection used of words and ideas is criticism, not its patterned sense (issue 13, s34-senses).

A rule over the class of a pattern word's other sense: a word of force whose reason is a thing said, whose own
object is a thing of words or ideas, whose "as" phrase judges, or which a participle of saying follows between
political actors, is criticism (``clauses.yaml`` ``spoken_reason``, ``events/filters.spoken_reason``), unless an
armed body does it; and "label/brand X Y" judge X as "call X Y" does, with call's words (also through an "as"
phrase the parser hangs on the object). Each negative is paired with its positive."""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente.events.frames import match_verb
from detente.events.patterns import verb_index
from detente.nlp import get_nlp

DATE = "2024-05-02"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE, gate=False)


def test_an_attack_for_saying_something_is_criticism_an_attack_in_a_city_is_not(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The German foreign minister attacked the Russian government for saying that the election was rigged.",
        lambda e: e.cameo.root == "19",
        (
            "The German foreign minister attacked the Russian government for saying that the election was rigged.",
            "DEUGOV",
            "RUSGOV",
            "111",
        ),
    )
    checks.assert_coded(
        "The German foreign minister attacked the Russian government in Berlin on Monday.", ("DEUGOV", "RUSGOV", "190")
    )


def test_an_attack_over_remarks_is_criticism_an_attack_over_the_weekend_keeps_its_force(
    checks: SentenceChecks,
) -> None:
    checks.assert_pair(
        "The Russian army launched an attack on Ukrainian positions on Monday.",
        lambda e: e.cameo.code == "111",
        (
            "The Russian foreign minister launched an attack on the Ukrainian government over its comments.",
            "RUSGOV",
            "UKRGOV",
            "111",
        ),
    )
    checks.assert_coded(
        "The Russian army launched an attack on Ukrainian positions on Monday.", ("RUSMIL", "UKR", "190")
    )


def test_an_armed_body_attacking_for_a_question_keeps_its_force(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Turkish police attacked journalists for questioning the governor.",
        lambda e: e.cameo.code == "111",
        (
            "The Turkish president attacked the European Union over its remarks on the refugee deal.",
            "TURGOV",
            "IGOEU",
            "111",
        ),
    )
    checks.assert_coded(
        "Turkish police attacked journalists for questioning the governor.", ("TURCOP", "TURMED", "190")
    )


def _fits(text: str, lemma: str, pattern_id: str) -> bool:
    doc = get_nlp()(text)
    verb = next(t for t in doc if t.lemma_.lower() == lemma)
    pattern = next(p for p in verb_index().by_lemma[lemma] if p.id == pattern_id)
    return match_verb(verb, pattern)[0]


def test_label_takes_calls_words_but_not_a_neutral_predicate() -> None:
    assert _fits("The mayor labeled the plan a disaster.", "label", "111.label_names")
    assert _fits("The mayor labeled the plan as a disaster.", "label", "111.label_names")
    assert _fits("The minister labeled the strikes a provocation.", "label", "111.label_condemnation")
    assert not _fits("The minister labeled the boxes as samples.", "label", "111.label_names")


def test_an_attack_judged_as_weak_is_criticism_a_bare_attack_between_governments_keeps_its_force(
    checks: SentenceChecks,
) -> None:
    checks.assert_pair(
        "The US president attacked the British prime minister on Monday.",
        lambda e: e.cameo.code == "111",
        ("The US president attacked the British prime minister as weak on Monday.", "USAGOV", "GBRGOV", "111"),
    )


def test_a_participle_of_saying_makes_a_political_attack_criticism_not_a_soldiers_excuse(
    checks: SentenceChecks,
) -> None:
    checks.assert_pair(
        "Israeli troops attacked Palestinian protesters, claiming they threw stones.",
        lambda e: e.cameo.code == "111",
        (
            "The British foreign secretary launched a sharp attack on Russia on Tuesday, claiming it meddles in votes "
            "abroad.",
            "GBRGOV",
            "RUS",
            "111",
        ),
    )
    checks.assert_coded(
        "Israeli troops attacked Palestinian protesters, claiming they threw stones.", ("ISRMIL", "PSECVL", "182")
    )
    checks.assert_coded(
        "The British foreign secretary launched a sharp attack on Russia on Tuesday.", ("GBRGOV", "RUS", "190")
    )
