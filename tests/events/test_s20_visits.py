"""Whom a visit is with (issue 14, s20-visits); each must-not row is paired with a positive sentence of the same kind:

* a visit to the seat of an organisation is a visit to the organisation only when its purpose is a gathering of that
  organisation ('flew to Brussels for a NATO summit', 'to attend an EU summit', 'to address the UN Human Rights
  Council'); a bare visit to the city, or one to meet a country's leaders there, stays the city's country
  (``roles.yaml`` ``igo_seats``, ``visit_purpose_verbs``; ``arguments.SentenceParties._seat_host``);
* a trip to a place of the traveller's own country has no host and codes no visit ('flew to Marseille', 'arrived
  back in Harare'); one abroad, or to a party at home ('visited French soldiers in Marseille'), keeps its visit
  (``arguments.SentenceParties._abroad``).

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2017-11-08"

# (a visit to a seat city whose clause names no gathering of its organisation; its twin: one that does)
SEAT_VISITS: list[tuple[str, Coded]] = [
    (
        "The Canadian prime minister visited Brussels on Tuesday.",
        ("The Canadian prime minister flew to Brussels on Tuesday for a NATO summit.", "CANGOV", "IGONATO", "042"),
    ),
    (
        "The Canadian prime minister will fly to Brussels next Monday to meet with Belgian leaders.",
        (
            "The Canadian prime minister will travel to Brussels on Monday to attend an EU summit.",
            "CANGOV",
            "IGOEU",
            "042",
        ),
    ),
    (
        "The Canadian prime minister flew to New York on Tuesday for a baseball game.",
        (
            "The Canadian prime minister flew to New York on Tuesday for the UN General Assembly.",
            "CANGOV",
            "IGOUN",
            "042",
        ),
    ),
    (
        "The Indian foreign minister traveled to Geneva on Monday for talks with Swiss officials.",
        (
            "The Indian foreign minister traveled to Geneva on Monday to address the UN Human Rights Council.",
            "INDGOV",
            "IGOUNHRC",
            "042",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), SEAT_VISITS)
def test_a_seat_city_visit_is_the_organisations_only_when_its_gathering_is_named(
    checks: SentenceChecks, negative: str, positive: Coded
) -> None:
    checks.assert_pair(
        negative, lambda e: e.cameo.code == "042" and e.target is not None and e.target.code.startswith("IGO"), positive
    )


def test_a_bare_seat_visit_stays_the_citys_country(checks: SentenceChecks) -> None:
    """'visited Brussels': the seat alone does not say whom the visit was with; the country is the target."""
    checks.assert_coded(SEAT_VISITS[0][0], ("CANGOV", "BEL", "042"))
    checks.assert_coded("The Canadian prime minister flew to Geneva on Monday.", ("CANGOV", "CHE", "042"))


def test_a_meeting_named_with_the_visit_is_still_coded_both_ways(checks: SentenceChecks) -> None:
    """'visit Brussels for a summit with EU leaders': the summit is coded by its own word (040 both ways); the visit
    keeps the city's country, so the same-root check does not drop the forward meeting."""
    text = "The Chinese premier will visit Brussels next month for a summit with EU leaders."
    checks.assert_coded(text, ("CHNGOV", "IGOEU", "040"))
    checks.assert_coded(text, ("IGOEU", "CHNGOV", "040"))
    checks.assert_coded(text, ("CHNGOV", "BEL", "042"))


def test_the_place_of_a_seat_visit_stays_the_city(checks: SentenceChecks) -> None:
    """The organisation is whom the visit is with; where it happened is still the city."""
    events = [e for e in checks.events(SEAT_VISITS[0][1][0]) if e.cameo.code == "042"]
    assert events and all(e.location is not None and e.location.name == "Brussels" for e in events), events


# (a trip within the traveller's own country; its twin: the same trip abroad)
HOME_TRIPS: list[tuple[str, Coded]] = [
    (
        "The French president flew to Marseille on Tuesday.",
        ("The French president flew to Algiers on Tuesday.", "FRAGOV", "DZA", "042"),
    ),
    (
        "The Zimbabwean president arrived back in Harare on Tuesday.",
        ("The Zimbabwean president arrived in Pretoria on Tuesday.", "ZWEGOV", "ZAF", "042"),
    ),
    (
        "The French president will travel to Marseille next week.",
        ("The French president will travel to Algiers next week.", "FRAGOV", "DZA", "042"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), HOME_TRIPS)
def test_a_trip_within_the_own_country_is_no_visit(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root in ("03", "04"), positive)


def test_a_party_visited_at_home_keeps_the_visit(checks: SentenceChecks) -> None:
    """'visited French soldiers in Marseille': the target is a party (a role), not the place, so the visit stays."""
    checks.assert_coded(
        "The French president visited French soldiers in Marseille on Tuesday.", ("FRAGOV", "FRAMIL", "042")
    )


def test_a_seat_visit_in_the_own_country_is_the_organisations(checks: SentenceChecks) -> None:
    """The seat is read before the own-country rule (review s20): a leader at the UN in New York visits the UN; a bare
    trip at home stays no visit."""
    checks.assert_coded("Trump travelled to New York to attend the UN General Assembly.", ("USAGOV", "IGOUN", "042"))
    checks.assert_none("Trump travelled to New York on Friday.", lambda e: e.cameo.root == "04")
