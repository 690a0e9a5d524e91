"""Parties the slots did not reach (s18-frames, issue 13): a region visited, a target hung on the doer's "by" phrase.

* a place slot whose words name a whole region ("visited Europe", "a trip to Asia") locates nowhere; the region
  (``regions.yaml``) is then the target (``arguments.SentenceParties._visited_regions``), while a deed of force aimed
  at a region ("bombed Europe") takes none, nor does a deed that only sends a thing there ("deployed troops to
  Europe", "shipped weapons to Africa": s18-mendframes, travel only, ``clauses.yaml`` ``region_visit_codes``), and
  an adjective of the region ("European factories") is no region;
* an event noun's target phrase the parser hangs on the object of its "by" phrase ("an attack by rebel gunmen on
  the Zahra district") is the noun's (``tree.bridged_by``), while an "in" phrase hung there ("an attack by rebel
  fighters in the Zahra district") says where the fighters are, not what the attack was aimed at.

Every must-not row has a positive twin. Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente.events.tree import bridged_by
from detente.nlp import get_nlp

DATE = "2017-11-02"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def test_a_visited_region_is_the_target(checks: SentenceChecks) -> None:
    checks.assert_coded("US Secretary of State Rex Tillerson visited Europe on Monday.", ("USAGOV", "EUR", "042"))
    checks.assert_coded(
        "US Secretary of State Rex Tillerson left on Monday on a trip to Asia.", ("USAGOV", "ASA", "042")
    )


def test_a_region_is_no_target_of_force(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Russian warplanes bombed Europe on Monday.",
        lambda e: e.target is not None and e.target.code == "EUR",
        ("US Secretary of State Rex Tillerson visited Europe on Monday.", "USAGOV", "EUR", "042"),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia deployed troops to Europe on Monday.",  # a show of force (154) sends troops somewhere
        "China shipped weapons to Africa on Monday.",  # aid (072) goes somewhere, to no party named
        "Turkey threatened to send millions of refugees to Europe on Monday.",  # people sent are no visit of Turkey
    ],
)
def test_a_region_a_thing_was_sent_to_is_no_target(checks: SentenceChecks, sentence: str) -> None:
    """s18-mendframes: only travel (``clauses.yaml`` ``region_visit_codes``) is aimed at the region it goes to."""
    checks.assert_pair(
        sentence,
        lambda e: e.target is not None and e.target.code in ("EUR", "AFR"),
        ("US Secretary of State Rex Tillerson visited Europe on Monday.", "USAGOV", "EUR", "042"),
    )


def test_a_visit_or_arrival_in_a_region_keeps_it(checks: SentenceChecks) -> None:
    checks.assert_coded("Tillerson visited the Balkans on Monday.", ("USAGOV", "BLK", "042"))
    checks.assert_coded("Tillerson visited Latin America on Monday.", ("USAGOV", "LAM", "042"))
    checks.assert_coded("Tillerson arrived in Europe on Monday.", ("USAGOV", "EUR", "042"))


def test_an_adjective_of_a_region_is_no_region_visited(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "US Secretary of State Rex Tillerson visited European factories on Monday.",
        lambda e: e.target is not None and e.target.code == "EUR",
        ("US Secretary of State Rex Tillerson visited Europe on Monday.", "USAGOV", "EUR", "042"),
    )


def test_a_target_hung_on_the_by_phrase_is_the_nouns(checks: SentenceChecks) -> None:
    checks.assert_coded(
        "An attack by rebel groups on the Zahra district of Aleppo wounded five soldiers on Monday.",
        ("SYRREB", "SYR", "190"),
    )


def test_a_place_hung_on_the_by_phrase_is_no_target(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "An attack by rebel groups in the Zahra district of Aleppo wounded five soldiers on Monday.",
        lambda e: e.cameo.root == "19" and e.source.code == "SYRREB",
        (
            "An attack by rebel groups on the Zahra district of Aleppo wounded five soldiers on Monday.",
            "SYRREB",
            "SYR",
            "190",
        ),
    )


def test_bridged_by_reads_only_through_the_by_phrase() -> None:
    doc = get_nlp()("An attack by rebel groups on the Zahra district of Aleppo wounded five soldiers.")
    attack = next(t for t in doc if t.lower_ == "attack")
    assert [t.text for t in bridged_by(attack, "on")] == ["district"]
    assert bridged_by(attack, "in") == []  # a place hung near is no party
    assert bridged_by(attack, "by") == []  # the doer is never reached through the target's phrase
