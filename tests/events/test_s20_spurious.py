"""Events coded where the news reports none (issue 13, s20-spurious), three classes a mechanism tells apart; each
must-not row is paired with a positive sentence of the same kind:

* a deed told by its own future auxiliary with no date, no speaker who announces it and no journey or meeting is the
  writer's outlook ('Surely the Saudi rulers will complain to the British government'), not a deed; a dated future,
  a journey and a meeting are schedules and keep their code (``clause.predicted_reading``,
  ``standing.future_unreported``);
* a relative clause on a noun an ordinal ranks names a deed as a record ('the first Iraqi cleric to urge Assad to
  step down', 'the third time the United States charged Russian officers'), not news (``filters._ranks_a_record``,
  ``clauses.yaml`` ``record_ordinals``);
* a subject that names no one denies its deed as 'not' does ('No Iraqi minister criticized ...': negated, so it does
  not count; ``clause.denied_by_subject``, ``none_determiners``, ``none_pronouns``);
* a deed with no date of its own told at the time of a temporal clause ('when', 'before', 'while') dated before the
  news is background as that clause is ('When Lavrov met Tillerson in August, Lavrov urged Washington ...';
  ``dating.told_at_a_past_time``, ``standing.temporal_marks``).

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente import explain_text

DATE = "2017-11-08"
# the outlook is read after the lede, which states the news (review s20)
LEDE = "Tensions in the region rose again. "


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


# (the writer's outlook; its twin: the same deed done, or scheduled with a day)
MUST_NOT_CODE_AN_OUTLOOK: list[tuple[str, Coded]] = [
    (
        LEDE + "Surely the Saudi rulers will complain to the British government about the new arms embargo.",
        ("The Saudi rulers will complain to the British government on Friday.", "SAUGOV", "GBRGOV", "114"),
    ),
    (
        LEDE + "The European Union will cut its ties with Belarus as quietly as it can.",
        ("The European Union cut its ties with Belarus on Tuesday.", "IGOEU", "BLR", "161"),
    ),
]

# (a schedule told in the future with no date keeps its code: a journey, a meeting)
SCHEDULES: list[Coded] = [
    ("Macron will travel to Mali to visit the French troops stationed near Gao.", "FRAGOV", "MLI", "042"),
    ("Merkel and Rutte will also hold a bilateral meeting.", "DEUGOV", "NLDGOV", "040"),
]

# (a ranked noun's relative clause; its twin: the same deed reported)
MUST_NOT_CODE_A_RECORD: list[tuple[str, Coded]] = [
    (
        "Sadr became the first Iraqi cleric to urge Assad to step down.",
        ("Sadr urged Assad to step down on Monday.", "IRQPTY", "SYRGOV", "0241"),
    ),
    (
        "That would be the third time the United States charged Russian officers with hacking.",
        ("The United States charged Russian officers with hacking on Monday.", "USA", "RUSCOP", "173"),
    ),
]

# (a subject that names no one; its twin: a subject that names someone)
MUST_NOT_ASSERT_WITH_NO_ONE: list[tuple[str, Coded]] = [
    (
        "No Iraqi minister criticized the Turkish government.",
        ("An Iraqi minister criticized the Turkish government.", "IRQGOV", "TURGOV", "111"),
    ),
    (
        "No militant group has claimed responsibility for the car bomb in Kandahar.",
        ("The Taliban claimed responsibility for the car bomb in Kandahar.", "AFGREB", None, "015"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_AN_OUTLOOK)
def test_a_future_with_no_date_speaker_or_schedule_is_an_outlook(
    checks: SentenceChecks, negative: str, positive: Coded
) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.code == positive[3], positive)


@pytest.mark.parametrize("coded", SCHEDULES)
def test_a_journey_or_meeting_in_the_future_stays_a_schedule(checks: SentenceChecks, coded: Coded) -> None:
    text, source, target, code = coded
    checks.assert_coded(text, (source, target, code))


def test_a_future_announced_by_a_speaker_is_no_outlook(patterns_checks: SentenceChecks) -> None:
    """'said it will ...': the speaker announces it (a reported intention), it is not the writer's outlook."""
    patterns_checks.assert_coded("The Saudi government said it will cut its ties with Qatar.", ("SAUGOV", "QAT", "161"))
    patterns_checks.assert_none(
        LEDE + "The Saudi government will cut its ties with Qatar.", lambda e: e.cameo.root == "16"
    )


def _reasons(text: str) -> str:
    """Every skip reason ``explain`` gives for a sentence, joined."""
    _, skips = explain_text(text, date=DATE)
    return " | ".join(s.reason for s in skips)


def test_the_outlook_reason_is_shown() -> None:
    """``explain`` names why the clause was skipped."""
    assert "the writer's outlook" in _reasons(MUST_NOT_CODE_AN_OUTLOOK[0][0])
    assert "the writer's outlook" not in _reasons(MUST_NOT_CODE_AN_OUTLOOK[0][1][0])


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_A_RECORD)
def test_a_ranked_nouns_relative_clause_is_a_record(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root == positive[3][:2], positive)


def test_the_record_reason_is_shown() -> None:
    assert "a record, not news" in _reasons(MUST_NOT_CODE_A_RECORD[0][0])
    assert "a record, not news" not in _reasons(MUST_NOT_CODE_A_RECORD[0][1][0])


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_ASSERT_WITH_NO_ONE)
def test_a_subject_that_names_no_one_denies_the_deed(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root == positive[3][:2] and not e.negated, positive)
    assert any(e.negated for e in checks.events(negative)), "the deed is read, as negated"


# (told at the time of a temporal clause dated before the news; its twin: the clause dated in the news)
MUST_NOT_CODE_AT_A_PAST_TIME: list[tuple[str, Coded]] = [
    (
        "When Lavrov met Tillerson in Manila in August, Lavrov urged Washington to lift the sanctions.",
        (
            "When Lavrov met Tillerson in Manila on Monday, Lavrov urged Washington to lift the sanctions.",
            "RUSGOV",
            "USAGOV",
            "0254",
        ),
    ),
    (
        "When Russian troops entered Crimea in 2014, the European Union imposed sanctions on Russia.",
        (
            "When Russian troops entered Crimea on Monday, the European Union imposed sanctions on Russia.",
            "IGOEU",
            "RUS",
            "163",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_AT_A_PAST_TIME)
def test_a_deed_told_at_the_time_of_a_past_clause_is_background(
    checks: SentenceChecks, negative: str, positive: Coded
) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.code == positive[3], positive)
    assert "dated before the news" in _reasons(negative)


@pytest.mark.parametrize(
    ("text", "date", "coded"),
    [
        # "No 10" is Downing Street, a name with a number, not "no one"
        ("No 10 condemned the Russian attack on Monday.", "2018-03-05", ("GBRGOV", "RUS", "111")),
        # the record is set in the news when the clause it hangs on is dated
        (
            "On Sunday, Trump became the first sitting US president to visit North Korea.",
            "2019-07-01",
            ("USAGOV", "PRK", "042"),
        ),
        # "as" compares, and "after" a past day gives only the earliest day: neither makes the deed background
        ("Russia expelled 23 British diplomats, as it did in 2014.", "2018-06-01", ("RUS", "GBRGOV", "161")),
        (
            "After talks collapsed in March, Russia launched new airstrikes on rebel-held Idlib.",
            "2018-06-01",
            ("RUS", "SYR", "195"),
        ),
        # the lede states the news, its "will" an announced act
        (
            "Britain will expel 23 Russian diplomats over the poisoning of a former spy.",
            "2018-03-14",
            ("GBR", "RUSGOV", "161"),
        ),
    ],
)
def test_the_reviews_news_sentences_stay_coded(text: str, date: str, coded: tuple[str, str, str]) -> None:
    """Each skip above has a kept twin; these are the review's (s20) sentences that the first readings took as
    background or denied, with the skips they were mistaken for still made above."""
    found = {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in explain_text(text, date)[0]}
    assert coded in found and not any(e.negated for e in explain_text(text, date)[0])
