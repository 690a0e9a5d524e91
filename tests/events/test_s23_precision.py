"""Events coded where annotators code none, or code another root (issue 13, s23-precision), classes a mechanism
tells apart; each must-not row is paired with a positive sentence of the same kind:

* a verb of taking a side told in the passive, or as a participle on the party it backs ('has been backed militarily
  by Russia') says who stands behind whom, a standing relation (guide 3), not a deed of the day; the active clause
  and a passive dated in the news or told at an occasion of the day ('at the meeting in Rome') stay
  (``clause.side_reading``, ``standing.side_verbs``);
* welcoming a person or delegation ('Trump welcomed Varadkar', 'May was welcomed by Merkel'), or a state to a place
  ('welcomed Libya to Rome'), is receiving a guest (043); welcoming what a party decided ('welcomed Varadkar's
  decision') or a state or government with no person, place or visit ('welcomed the new government in Tripoli') is
  approval (051) (``filters.guest_code``, ``clauses.yaml`` ``guest_sense``);
* a deed placed at an occasion a year before the news dates, by a preposition hung on its verb ('in the 1967 Six Day
  War', 'prior to the 2016 election'), is background; a year of the news keeps it, and a year in the deed's topic or
  reason ('accused Russia of meddling in the 2016 referendum', 'in response to the 2016 missile tests') is no
  occasion of the verb (``dating.at_a_past_occasion``, ``standing.past_occasions``);
* 'originally' joins the adverbs that recall a deed before the news ('originally backed Moore's opponent';
  ``standing.recall_adverbs``).

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente import explain_text

DATE = "2017-11-08"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


# (a side taken, told in the passive with no date; its twin: the same side taken as the day's deed)
MUST_NOT_CODE_A_SIDE_HELD: list[tuple[str, Coded]] = [
    (
        "The Syrian government has been backed militarily by Russia.",
        ("Russia backed the Syrian government at the Security Council on Monday.", "RUS", "SYRGOV", "051"),
    ),
    (
        "The Syrian government is supported by Russia.",
        ("The Syrian government was backed by Russia at the Security Council on Monday.", "RUS", "SYRGOV", "051"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_A_SIDE_HELD)
def test_a_side_told_in_the_passive_is_a_standing_relation(
    checks: SentenceChecks, negative: str, positive: Coded
) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root == "05", positive)


def _reasons(text: str) -> str:
    """Every skip reason ``explain`` gives for a sentence, joined."""
    _, skips = explain_text(text, date=DATE)
    return " | ".join(s.reason for s in skips)


def test_the_side_reason_is_shown() -> None:
    """``explain`` names why the clause was skipped; the dated passive is not skipped for it."""
    assert "a standing relation, not a deed" in _reasons(MUST_NOT_CODE_A_SIDE_HELD[0][0])
    assert "a standing relation, not a deed" not in _reasons(MUST_NOT_CODE_A_SIDE_HELD[1][1][0])


# (a person or group welcomed: a guest received, no approval; its twin: what the party decided, welcomed)
MUST_NOT_CODE_A_GUEST_AS_APPROVAL: list[tuple[str, Coded]] = [
    (
        "Trump welcomed Irish Prime Minister Leo Varadkar at the White House on Thursday.",
        ("Trump welcomed Irish Prime Minister Leo Varadkar's decision on Thursday.", "USAGOV", "IRLGOV", "051"),
    ),
    (
        "Theresa May was welcomed by Angela Merkel in Berlin on Tuesday.",
        ("Angela Merkel welcomed Theresa May's proposal on Tuesday.", "DEUGOV", "GBRGOV", "051"),
    ),
]

# (the guests of the rows above, received: 043)
GUESTS: list[Coded] = [
    ("Trump welcomed Irish Prime Minister Leo Varadkar at the White House on Thursday.", "USAGOV", "IRLGOV", "043"),
    ("Theresa May was welcomed by Angela Merkel in Berlin on Tuesday.", "DEUGOV", "GBRGOV", "043"),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_A_GUEST_AS_APPROVAL)
def test_a_guest_welcomed_is_no_approval(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.code == "051", positive)


@pytest.mark.parametrize("coded", GUESTS)
def test_a_guest_welcomed_is_received(checks: SentenceChecks, coded: Coded) -> None:
    text, source, target, code = coded
    checks.assert_coded(text, (source, target, code))


# (placed at an occasion a past year dates; its twin: the occasion in the year of the news)
MUST_NOT_CODE_AT_A_PAST_OCCASION: list[tuple[str, Coded]] = [
    (
        "Israel seized the Golan Heights from Syria in the 1967 Six Day War.",
        ("Israel seized the Golan Heights from Syria in the 2017 war.", "ISR", "SYR", "192"),
    ),
    (
        "Boris Johnson criticized Donald Trump prior to the 2016 election.",
        ("Boris Johnson criticized Donald Trump prior to the 2017 election.", "GBRGOV", "USAGOV", "111"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_AT_A_PAST_OCCASION)
def test_a_deed_at_a_past_occasion_is_background(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root == positive[3][:2], positive)
    assert "placed at an occasion a year dates" in _reasons(negative)


def test_a_year_of_the_verbs_object_is_no_occasion(checks: SentenceChecks) -> None:
    """'denied meddling in the 2016 election': the year dates the meddling, the denial is the day's."""
    checks.assert_coded("Russia denied meddling in the 2016 election.", ("RUS", None, "016"))


def test_originally_recalls_a_deed(checks: SentenceChecks) -> None:
    """'originally criticized': background; the same deed dated in the news is coded."""
    checks.assert_pair(
        "The German chancellor originally criticized the Turkish president.",
        lambda e: e.cameo.root == "11",
        ("The German chancellor criticized the Turkish president on Monday.", "DEUGOV", "TURGOV", "111"),
    )


# (a year of the deed's own occasion: background; its twin: the same year in the deed's topic or reason, behind a
# preposition that hangs on a noun or a gerund, not on the verb: news)
MUST_NOT_DATE_BY_THE_TOPICS_YEAR: list[tuple[str, Coded]] = [
    (
        "Britain criticized Russia during the 2016 referendum.",
        ("Britain accused Russia of meddling in the 2016 referendum.", "GBR", "RUS", "112"),
    ),
    (
        "Canada sanctioned Iran after the 2009 protests.",
        ("Canada sanctioned Iran over its crackdown in the 2009 protests.", "CAN", "IRN", "163"),
    ),
    (
        "Poland criticized Russia at the 2014 summit.",
        ("Poland criticized Russia on the anniversary of the 2014 invasion of Crimea.", "POL", "RUS", "111"),
    ),
    (
        "Japan threatened North Korea during the 2016 crisis.",
        ("Japan threatened North Korea in response to the 2016 missile tests.", "JPN", "PRK", "130"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_DATE_BY_THE_TOPICS_YEAR)
def test_a_year_of_the_deeds_topic_is_no_occasion(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root == positive[3][:2], positive)
    assert "placed at an occasion a year dates" in _reasons(negative)
    assert "placed at an occasion a year dates" not in _reasons(positive[0])


# (a state or government welcomed with no person, place or visit: approval, no guest; its twin: a person, or a
# state welcomed to a place, received as a guest)
MUST_NOT_RECEIVE_A_STATE_AS_A_GUEST: list[tuple[str, Coded]] = [
    (
        "Italy welcomed the new government in Tripoli.",
        ("Italy welcomed the Libyan prime minister in Rome.", "ITA", "LBYGOV", "043"),
    ),
    (
        "The EU welcomed Croatia as its 28th member.",
        ("Italy welcomed Libya to Rome.", "ITA", "LBY", "043"),
    ),
]

# (the states and governments of the rows above, approved: 051)
STATES_WELCOMED: list[Coded] = [
    ("Italy welcomed the new government in Tripoli.", "ITA", "LBYGOV", "051"),
    ("The EU welcomed Croatia as its 28th member.", "IGOEU", "HRV", "051"),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_RECEIVE_A_STATE_AS_A_GUEST)
def test_a_state_welcomed_is_no_guest(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.code == "043", positive)


@pytest.mark.parametrize("coded", STATES_WELCOMED)
def test_a_state_welcomed_is_approved(checks: SentenceChecks, coded: Coded) -> None:
    text, source, target, code = coded
    checks.assert_coded(text, (source, target, code))


def test_a_side_taken_at_an_occasion_is_news(checks: SentenceChecks) -> None:
    """'was supported by Italy at the meeting in Rome': an occasion of the day makes the passive a deed, as a date
    does; with neither it is a standing relation."""
    checks.assert_pair(
        "Spain has been supported by Italy.",
        lambda e: e.cameo.root == "05",
        ("Spain was supported by Italy at the meeting in Rome.", "ITA", "ESP", "051"),
    )
    assert "a standing relation, not a deed" not in _reasons("Spain was supported by Italy at the meeting in Rome.")
