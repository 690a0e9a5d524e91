"""No event in text that is not the article's narrative (s28-boiler, ``nlp.narrative``): a picture's caption before
its credit, another story's headline after a label, an embedded post. Each twin tells the same deed in the story and
is coded. ``explain`` gives the mark as the reason. Sentences written for detente."""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente import explain_text

DATE = "2017-11-08"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


# (the deed in an aside, the same deed in the story: (source, target, code) it yields)
ASIDES: list[tuple[str, str, tuple[str, str | None, str]]] = [
    (
        "Parliament met in Ankara on Monday. Turkish jets bombed Kurdish rebels in Iraq. (AFP Photo) "
        "Lawmakers debated the budget.",
        "Parliament met in Ankara on Monday. Turkish jets bombed Kurdish rebels in Iraq. Lawmakers debated the budget.",
        ("TURMIL", "IRQREB", "195"),
    ),
    (
        "Lawmakers debated the budget.\n\nREAD MORE: Russia condemns Ukraine over the gas deal\n\nThe vote is due.",
        "Lawmakers debated the budget.\n\nRussia condemned Ukraine over the gas deal.\n\nThe vote is due.",
        ("RUS", "UKR", "111"),
    ),
]


@pytest.mark.parametrize(("aside", "story", "coded"), ASIDES)
def test_a_deed_in_an_aside_is_no_event_and_its_story_twin_is(
    checks: SentenceChecks, aside: str, story: str, coded: tuple[str, str | None, str]
) -> None:
    checks.assert_coded(story, coded)
    assert coded not in checks.coded(aside)


def test_explain_gives_the_aside_as_the_reason() -> None:
    _, skips = explain_text(
        "Lawmakers debated the budget.\n\nREAD MORE: Russia condemns Ukraine over the gas deal\n\nThe vote is due.",
        DATE,
    )
    assert any(s.reason.startswith("not the article's narrative: a list of other stories") for s in skips), skips


# the story's deed next to a mark's look-alike that is no aside: a pollster's pair in a sentence, a dateline without
# a dash; each twin puts the deed in a picture's caption, where it is no event
STORY_KEPT: list[tuple[str, str, tuple[str, str | None, str]]] = [
    (
        "Most voters back the tariffs, a Reuters/Ipsos poll showed. Canada imposed tariffs on Mexico on Friday.",
        "Talks began.\n\nCanada imposed tariffs on Mexico on Friday. REUTERS/Jane Roe\n\nThe vote is due.",
        ("CAN", "MEX", "163"),
    ),
    (
        "Peru expels envoys\n\nLIMA (AFP) Peru expelled Chilean diplomats on Monday.",
        "Talks began.\n\nPeru expelled Chilean diplomats on Monday. (AFP Photo) The vote is due.",
        ("PER", "CHLGOV", "161"),
    ),
]


@pytest.mark.parametrize(("story", "aside", "coded"), STORY_KEPT)
def test_a_marks_look_alike_keeps_the_story(
    checks: SentenceChecks, story: str, aside: str, coded: tuple[str, str | None, str]
) -> None:
    checks.assert_coded(story, coded)
    assert coded not in checks.coded(aside)
