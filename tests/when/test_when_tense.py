"""A day name takes the direction of its clause's tense (guide section 6): a deed told in the past is dated the
most recent such day, a present or future clause (a schedule) the next one. Each forward reading is paired with the
same words in the past tense, so a coder that never looks ahead (or always does) fails."""

from __future__ import annotations

import pytest

import detente

SATURDAY = "2018-07-14"  # the Monday before is 07-09, the one after 07-16


def _dates(text: str) -> set[tuple[str, str]]:
    return {(e.date.isoformat(), e.date_precision) for e in detente.code_text(text, date=SATURDAY)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "German Chancellor Angela Merkel makes her first state visit to China beginning Monday.",
            ("2018-07-16", "day"),
        ),
        ("German Chancellor Angela Merkel made her first state visit to China on Monday.", ("2018-07-09", "day")),
        (
            "Merkel will raise the issue when she holds her Monday summit with Chinese President Xi Jinping.",
            ("2018-07-16", "day"),
        ),
        ("Merkel held her Monday summit with Chinese President Xi Jinping.", ("2018-07-09", "day")),
        ("Russian President Vladimir Putin has visited Turkey on Monday.", ("2018-07-09", "day")),
    ],
)
def test_a_day_name_follows_the_tense_of_its_clause(text: str, expected: tuple[str, str]) -> None:
    assert _dates(text) == {expected}


def test_a_present_tense_month_day_keeps_its_year() -> None:
    """Only a day name turns forward (the two readings at most a week apart): a present-tense photo caption "arrives
    ... on July 16" in an article of July 14 keeps the past reading (a year back, so background and no event), where
    "arrives ... on Monday" is the coming Monday."""
    day_name = detente.code_text("Russian President Vladimir Putin arrives in Turkey on Monday.", date=SATURDAY)
    month_day = detente.code_text("Russian President Vladimir Putin arrives in Turkey on July 16.", date=SATURDAY)
    assert [e.date.isoformat() for e in day_name] == ["2018-07-16"]
    assert all(e.date.isoformat() != "2018-07-16" for e in month_day)


def test_a_noun_read_as_a_present_verb_does_not_turn_the_day_forward() -> None:
    """ "airstrikes" can be tagged VBZ; with no subject it is no present-tense clause, so the reported killing "on
    Friday" stays last Friday, while a present clause with a subject looks ahead."""
    past = detente.code_text(
        # a real doer (the army, by "by"), not victims read as one; "airstrikes" after "in" is the word tagged VBZ
        "Activists said that 20 rebels were killed by the Syrian army in Syrian regime airstrikes on rebel-held Douma "
        "on Friday.",
        date="2016-12-10",
    )
    ahead = detente.code_text("Russian President Vladimir Putin arrives in Turkey on Friday.", date="2016-12-10")
    assert {(e.source.code, e.date.isoformat()) for e in past} == {("SYRMIL", "2016-12-09")}
    assert [e.date.isoformat() for e in ahead] == ["2016-12-16"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's or caption's bare present of force or arrest tells a deed done: the day before the article
        ("Israeli jets strike Gaza on Monday as talks stall.", ("2018-07-09", "day")),
        ("Police arrest protesters in Tbilisi on Sunday.", ("2018-07-08", "day")),
        # a bare present of travel or meeting, an auxiliary, or a future is a schedule: the coming day
        ("Russian President Vladimir Putin arrives in Turkey on Monday.", ("2018-07-16", "day")),
        ("Merkel meets Chinese President Xi Jinping in Beijing on Monday.", ("2018-07-16", "day")),
        ("Putin is visiting Turkey on Monday.", ("2018-07-16", "day")),
        ("Israeli jets will strike Gaza on Monday.", ("2018-07-16", "day")),
    ],
)
def test_a_bare_present_looks_ahead_only_for_travel_and_meetings(text: str, expected: tuple[str, str]) -> None:
    assert _dates(text) == {expected}
