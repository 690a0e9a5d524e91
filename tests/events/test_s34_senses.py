"""A word of force or rejection used of words and ideas is criticism, not its patterned sense (issue 13, s34-senses).

A rule over the class of a pattern word's other sense: a word of force whose reason is a thing said, whose own
object is a thing of words or ideas, whose "as" phrase judges, or which a participle of saying follows between
political actors, is criticism (``clauses.yaml`` ``spoken_reason``, ``events/spoken.spoken_reason``), unless an
armed body does it; and "label/brand X Y" judge X as "call X Y" does, with call's words (also through an "as"
phrase the parser hangs on the object). Each negative is paired with its positive."""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente.events.frames import match_verb
from detente.events.patterns import verb_index
from detente.nlp import get_nlp

DATE = "2018-05-04"  # Corbyn leads the opposition (OPP), not a bare legislator


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE, gate=False)


def test_an_attack_for_saying_something_is_criticism_for_raising_funds_is_not(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Labour leader Jeremy Corbyn attacked the British government for raising funds abroad.",
        lambda e: e.cameo.code == "111",
        (
            "The Labour leader Jeremy Corbyn attacked the British government for saying the economy was strong.",
            "GBROPP",
            "GBRGOV",
            "111",
        ),
    )
    # "raise" counts only with a thing said as its object
    checks.assert_coded(
        "The Labour leader Jeremy Corbyn attacked the British government for raising questions about the judges.",
        ("GBROPP", "GBRGOV", "111"),
    )


@pytest.mark.parametrize(
    ("negative", "kept"),
    [
        # a government against a state, a government or an armed group: the reason is a strike's excuse
        ("The Israeli government struck Gaza over Hamas's statements on Monday.", ("ISRGOV", "PSE", "190")),
        (
            "The Syrian government attacked the rebels over their claims of a truce violation.",
            ("SYRGOV", "SYRREB", "190"),
        ),
        ("The Nigerian government attacked Boko Haram for defending the kidnappers.", ("NGAGOV", "NGAREB", "190")),
        # a minister's attack on a government over its words: no criticism read (two governments are left to
        # verbal_code); its force reading is itself doubtful, so no event is pinned
        (
            "The German foreign minister attacked the Russian government for saying that the election was rigged.",
            None,
        ),
    ],
)
def test_a_reason_of_speech_between_a_government_and_a_state_or_armed_group_keeps_the_force(
    checks: SentenceChecks, negative: str, kept: tuple[str, str, str] | None
) -> None:
    checks.assert_pair(
        negative,
        lambda e: e.cameo.code == "111",
        (
            "The Labour leader Jeremy Corbyn launched an attack on the British government over its comments.",
            "GBROPP",
            "GBRGOV",
            "111",
        ),
    )
    if kept is not None:
        checks.assert_coded(negative, kept)


def test_an_idea_object_of_an_armed_groups_attack_keeps_the_force(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Israeli government launched an attack on Hamas's strategy on Monday.",
        lambda e: e.cameo.code == "111",
        ("The Labour leader Jeremy Corbyn attacked Theresa May's Brexit plan on Monday.", "GBROPP", "GBRGOV", "111"),
    )


def test_an_attack_over_remarks_is_criticism_an_attack_over_the_weekend_keeps_its_force(
    checks: SentenceChecks,
) -> None:
    # "over" with a time is no reason: the army's attack over the weekend stays force
    checks.assert_pair(
        "The Russian army launched an attack on Ukrainian positions over the weekend.",
        lambda e: e.cameo.code == "111",
        (
            "The Labour leader Jeremy Corbyn launched an attack on the British government over its comments.",
            "GBROPP",
            "GBRGOV",
            "111",
        ),
    )
    checks.assert_coded(
        "The Russian army launched an attack on Ukrainian positions over the weekend.", ("RUSMIL", "UKR", "190")
    )
    checks.assert_pair(
        "The Russian army launched an attack on Ukrainian positions on Monday.",
        lambda e: e.cameo.code == "111",
        (
            "The Labour leader Jeremy Corbyn launched an attack on the British government over its comments.",
            "GBROPP",
            "GBRGOV",
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
    # with no participle of saying a government's attack on a bare country is not read as criticism (its force
    # reading is itself doubtful: not pinned)
    checks.assert_none(
        "The British foreign secretary launched a sharp attack on Russia on Tuesday.", lambda e: e.cameo.code == "111"
    )


@pytest.mark.parametrize(
    ("negative", "kept"),
    [
        # the verb on a state, a government or an armed group: a participle of saying is the strike's excuse
        ("The Israeli government attacked Syria, claiming Iranian forces hid there.", ("ISRGOV", "SYR", "190")),
        ("The Syrian government attacked the rebels, claiming they broke the truce.", ("SYRGOV", "SYRREB", "190")),
        (
            "The Nigerian government attacked Boko Haram, accusing it of kidnapping schoolgirls.",
            ("NGAGOV", "NGAREB", "190"),
        ),
    ],
)
def test_a_participle_after_the_verb_on_a_state_or_armed_group_keeps_the_force(
    checks: SentenceChecks, negative: str, kept: tuple[str, str, str]
) -> None:
    checks.assert_pair(
        negative,
        lambda e: e.cameo.code == "111",
        (
            "The British foreign secretary launched a sharp attack on Russia on Tuesday, claiming it meddles in votes "
            "abroad.",
            "GBRGOV",
            "RUS",
            "111",
        ),
    )
    checks.assert_coded(negative, kept)


def test_an_as_phrase_judges_only_with_a_word_of_judgement(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The US president attacked the British prime minister as parliament met on Monday.",
        lambda e: e.cameo.code == "111",
        ("The US president attacked the British prime minister as pathetic on Monday.", "USAGOV", "GBRGOV", "111"),
    )


def test_label_and_brand_code_criticism_with_calls_words_not_a_neutral_predicate(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Labour leader Jeremy Corbyn labeled the British prime minister a former lawyer on Monday.",
        lambda e: e.cameo.root == "11",
        (
            "The Labour leader Jeremy Corbyn labeled the British prime minister a liar on Monday.",
            "GBROPP",
            "GBRGOV",
            "111",
        ),
    )
    checks.assert_pair(
        "The Labour leader Jeremy Corbyn branded the British prime minister a former lawyer on Monday.",
        lambda e: e.cameo.root == "11",
        (
            "The Labour leader Jeremy Corbyn branded the British prime minister a liar on Monday.",
            "GBROPP",
            "GBRGOV",
            "111",
        ),
    )
