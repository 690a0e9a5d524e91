"""Standing positions and habitual acts are not events (guide 1.3; events/clause.py, ``standing_reading``).

A present-tense account after the lede with no date or occasion ("Tehran denies the allegations") is the wire's
standing position; a word of repetition or duration ("has long denied", "continues to accuse") recalls a position
held. Each must-not row is paired with the news the same words report: a present-tense lede, a dated report, a
present-perfect report with no such word (guide: "has called for a poll" is news).
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente import explain_text
from detente.data import clauses

DATE = "2024-05-03"
LEDE = "Iran on Monday accused the United States of meddling in its elections. "

# (an article whose second sentence is a standing position, (source, code) it must not yield), its news twin
MUST_NOT_CODE_STANDING: list[tuple[tuple[str, str, str], Coded]] = [
    (  # a word of duration; the present perfect without one is news
        (LEDE + "Russia has long denied interfering in the vote.", "RUS", "016"),
        (LEDE + "Russia has denied interfering in the vote.", "RUS", None, "016"),
    ),
    (  # "continues to": a position kept; a dated present perfect is news
        (LEDE + "Saudi Arabia continues to accuse Iran of arming the rebels.", "SAU", "112"),
        (LEDE + "Saudi Arabia has accused Iran of arming the rebels on Tuesday.", "SAU", "IRN", "112"),
    ),
    (  # a word of repetition on a deed; the same deed dated is news
        (LEDE + "Saudi Arabia has repeatedly accused Iran of arming the rebels.", "SAU", "112"),
        (LEDE + "Saudi Arabia accused Iran on Tuesday of arming the rebels.", "SAU", "IRN", "112"),
    ),
    (  # a count of occasions on a perfect deed (standing.repetition_counts); the same meeting dated is news
        (LEDE + "Germany's foreign minister has met Kim Jong Un several times.", "DEUGOV", "040"),
        (LEDE + "Germany's foreign minister met Kim Jong Un on Tuesday.", "DEUGOV", "PRKGOV", "040"),
    ),
    (  # "twice" (standing.repetition_count_adverbs); the present perfect without a count is news
        (LEDE + "Japan's prime minister has met the Chinese president twice.", "JPNGOV", "040"),
        (LEDE + "Japan's prime minister has met the Chinese president.", "JPNGOV", "CHNGOV", "040"),
    ),
    (  # the count in the perfect recalls a record; in the simple past it tells the night's strikes
        (LEDE + "Israeli jets have struck Gaza several times.", "ISRMIL", "195"),
        (LEDE + "Israeli jets struck Gaza several times overnight.", "ISRMIL", "PSE", "195"),
    ),
    (  # a number counts occasions as "several" does; the perfect without the count is news
        (LEDE + "France's president has visited Algeria six times.", "FRAGOV", "042"),
        (LEDE + "France's president has visited Algeria.", "FRAGOV", "DZA", "042"),
    ),
]

# The simple present after the lede (clauses.yaml standing.present_after_lede, off as shipped: see its comment)
MUST_NOT_CODE_PRESENT: list[tuple[tuple[str, str, str], Coded]] = [
    (  # the wire's boilerplate denial after the lede; the same denial dated is news
        (LEDE + "Tehran denies the allegations of arming rebels in Yemen.", "IRNGOV", "016"),
        (LEDE + "Tehran denied the allegations of arming rebels in Yemen on Tuesday.", "IRNGOV", None, "016"),
    ),
    (  # a present-tense account after the lede; the same words as the lede report the news
        (LEDE + "Saudi Arabia accuses Iran of arming the Houthi rebels.", "SAU", "112"),
        ("Saudi Arabia accuses Iran of arming the Houthi rebels.", "SAU", "IRN", "112"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_STANDING)
def test_standing_position_is_no_event(checks: SentenceChecks, negative: tuple[str, str, str], positive: Coded) -> None:
    text, source, code = negative
    checks.assert_pair(text, lambda e: e.source.code == source and e.cameo.code == code, positive)


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_PRESENT)
def test_present_tense_after_the_lede_is_no_event(
    checks: SentenceChecks, negative: tuple[str, str, str], positive: Coded, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clauses().standing, "present_after_lede", True)
    text, source, code = negative
    checks.assert_pair(text, lambda e: e.source.code == source and e.cameo.code == code, positive)


def test_explain_says_why_a_standing_position_is_skipped() -> None:
    events, skips = explain_text(LEDE + "Russia has long denied interfering in the vote.", date=DATE)
    assert ("IRN", "USA", "112") in {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in events}
    assert any("standing position" in s.reason for s in skips)


def test_reported_speech_keeps_its_own_tense() -> None:
    """'officials said the troops continue to advance': the speaker's account, not the wire's standing one."""
    events = explain_text(LEDE + "Iraqi officials said Turkish troops continue to advance on Kirkuk.", date=DATE)[0]
    assert ("TURMIL", "190") in {(e.source.code, e.cameo.code) for e in events}
