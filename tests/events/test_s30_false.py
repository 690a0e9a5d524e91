"""Events coded where the annotators code none (issue 13, s30-false): an event noun that is the object of a topic
preposition under a predicate adjective of knowledge or stance ('was sharply critical of the Russian crackdown', 'was
not aware of the meeting') names what the stance is about, not a deed reported (``filters._topic_of_a_stance``,
``clauses.yaml`` ``stance_adjectives``, ``stance_topic_preps``, ``stance_noun_preps``). Each must-not row is paired
with a positive sentence of the same deed told as news; a preposition of setting ('outspoken at her meeting') keeps
the deed.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente import explain_text

DATE = "2017-11-02"

# (an event noun a stance is about, its root; its twin: the deed told as news)
MUST_NOT_CODE_A_STANCES_TOPIC: list[tuple[tuple[str, str], Coded]] = [
    (
        ("The French government was sharply critical of the Russian crackdown on the Ukrainian opposition.", "17"),
        ("The Russian crackdown on the Ukrainian opposition began on Monday.", "RUS", "UKROPP", "175"),
    ),
    (
        ("The German foreign minister was not aware of the Iraqi government's meeting with Iranian officials.", "04"),
        ("The Iraqi government met Iranian officials in Baghdad on Monday.", "IRNGOV", "IRQGOV", "040"),
    ),
    (
        ("The German chancellor was outspoken in her harsh criticism of the French president on Monday.", "11"),
        ("The German chancellor criticized the French president on Monday.", "DEUGOV", "FRAGOV", "111"),
    ),
]

# A preposition of setting after a stance adjective: the meeting is news (main codes it), not the stance's topic.
SETTING = "The German chancellor was outspoken at her meeting with the French president in Paris on Monday."
SETTING_TOPIC = "The German chancellor was outspoken about her meeting with the French president in Paris on Monday."


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_A_STANCES_TOPIC)
def test_an_event_noun_a_stance_is_about_is_no_event(
    checks: SentenceChecks, negative: tuple[str, str], positive: Coded
) -> None:
    checks.assert_root_pair(negative, positive)


def test_a_deed_after_a_preposition_of_setting_stays_an_event(checks: SentenceChecks) -> None:
    """Only a topic preposition makes the deed the stance's topic: 'at her meeting' is where she spoke out, and the
    meeting is coded; 'about her meeting' names it as what she spoke out on, and it is not."""
    assert any(t[2].startswith("04") and {t[0], t[1]} == {"DEUGOV", "FRAGOV"} for t in checks.coded(SETTING)), (
        f"{SETTING!r} should yield the meeting, yields {sorted(checks.coded(SETTING), key=str)}"
    )
    checks.assert_none(SETTING_TOPIC, lambda e: e.cameo.root == "04")


def _reasons(text: str) -> str:
    """Every skip reason ``explain`` gives for a sentence, joined."""
    _, skips = explain_text(text, date=DATE)
    return " | ".join(s.reason for s in skips)


def test_the_reason_is_shown() -> None:
    """``explain`` names why the candidate was skipped, and gives no such reason for the positive twin or a setting."""
    assert "the topic of the stance" in _reasons(MUST_NOT_CODE_A_STANCES_TOPIC[0][0][0])
    assert "the topic of the stance" not in _reasons(MUST_NOT_CODE_A_STANCES_TOPIC[0][1][0])
    assert "the topic of the stance" not in _reasons(SETTING)
