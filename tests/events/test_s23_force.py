"""Deeds of force (issue 13, s23-force), by class; each must-not row is paired with a positive sentence of the same
shape:

* civilians are no side of a two-way deed of force: when one trigger reads a pair both ways ("clashes between IS
  fighters and Iraqi civilians", "troops clashed with civilians") and one side is civilians, the civilians'
  direction is their being read as a doer (skipped as a civilian doer) and the armed side's direction is no
  exchange of fire either (``filters._a_civilian_partner``); a one-way deed against civilians ("troops shot two
  civilians") stays, and so does a crowd's riot, root 14;
* "target" is a deed of force when its doer is armed: an aerial weapon or drone its owner sent ("Russian jets
  targeted rebel fighters": 195, 1952) or an armed party naming no weapon ("rebels targeted the army": 190;
  ``data/verbs/19_fight.yaml`` ``195.target_air``, ``1952.target_drones``, ``190.target_armed``, their
  ``source_roles``); sanctions, campaigns and a government's laws target banks, voters and journalists;
* the small model tags "airstrikes" after its owner as a verb ("Syrian government airstrikes on rebel positions"):
  the on/against phrase the noun frame reads is the verb pattern's target too (``195.airstrike``); a date after
  "on" is no target;
* fire owned by a party ("killed in rebel fire on government-held districts") is that party's deed of force against
  what it falls on (``190.fire_on_owned``: an owner and an on/at phrase); a blaze on a ship has no owner that is a
  party, and a date after "on" is no target.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2017-11-08"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


FORCE = ("18", "19", "20")

# (civilians as one side of a two-way fight: no event of force either way; twin: two armed sides, or a one-way deed)
MUST_NOT_FIGHT_CIVILIANS: list[tuple[str, Coded]] = [
    (
        "Clashes between Islamic State fighters and Iraqi civilians killed nine people near Mosul on Monday.",
        (
            "Clashes between Islamic State fighters and Iraqi soldiers killed nine people near Mosul on Monday.",
            "IMGISIS",
            "IRQMIL",
            "193",
        ),
    ),
    (
        "Turkish troops clashed with Syrian civilians near the border on Monday.",
        ("Turkish troops clashed with Syrian rebels near the border on Monday.", "TURMIL", "SYRREB", "193"),
    ),
    (
        "Turkish troops clashed with Syrian civilians near the border on Monday.",
        ("Turkish troops shot two Syrian civilians near the border on Monday.", "TURMIL", "SYRCVL", "193"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_FIGHT_CIVILIANS)
def test_civilians_are_no_side_of_a_fight(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root in FORCE, positive)


def test_a_crowd_keeps_its_riot_both_ways(checks: SentenceChecks) -> None:
    """Root 14 is no deed of force: clashes between protesters and police stay the riot the protest patterns read."""
    text = "Clashes between Kenyan protesters and police killed two people in Nairobi on Monday."
    checks.assert_coded(text, ("KENCVL", "KENCOP", "145"))
    checks.assert_coded(text, ("KENCOP", "KENCVL", "145"))


ARMED_TARGETING: list[Coded] = [
    ("Russian jets targeted rebel fighters near Aleppo on Sunday.", "RUSMIL", "SYRREB", "195"),
    ("The Syrian air force targeted Islamic State militants near Palmyra on Sunday.", "SYRMIL", "IMGISIS", "195"),
    ("US drones targeted Taliban fighters in Helmand on Sunday.", "USAMIL", "AFGREB", "1952"),
    ("Syrian army troops were targeted by rebel fighters near Idlib on Sunday.", "SYRREB", "SYRMIL", "190"),
]


@pytest.mark.parametrize("coded", ARMED_TARGETING)
def test_an_armed_doer_targeting_a_party_attacks_it(checks: SentenceChecks, coded: Coded) -> None:
    text, source, target, code = coded
    checks.assert_coded(text, (source, target, code))


# (no armed doer: no deed of force; twin: the same shape with an armed doer)
MUST_NOT_READ_UNARMED_TARGETING: list[tuple[str, Coded]] = [
    (
        "The new sanctions targeted Russian banks on Sunday.",
        ("Russian jets targeted rebel fighters near Aleppo on Sunday.", "RUSMIL", "SYRREB", "195"),
    ),
    (
        "The Turkish government targeted Kurdish journalists with new laws on Sunday.",
        ("Syrian rebels targeted the Syrian army near Aleppo on Sunday.", "SYRREB", "SYRMIL", "190"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_READ_UNARMED_TARGETING)
def test_unarmed_targeting_is_no_attack(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root in FORCE, positive)


def test_airstrikes_parsed_as_a_verb_keep_their_target(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Syrian government airstrikes on Monday killed 14 fighters near Homs.",
        lambda e: e.cameo.code == "195" and e.target is not None,
        (
            "Syrian government airstrikes on rebel positions near Homs killed 14 fighters on Monday.",
            "SYRGOV",
            "SYRREB",
            "195",
        ),
    )


MUST_NOT_READ_UNOWNED_FIRE: list[tuple[str, Coded]] = [
    (
        "A fire on the Russian ship killed two sailors on Friday.",
        (
            "Eight civilians were killed on Thursday in rebel fire on government-held districts of Aleppo.",
            "SYRREB",
            "SYRGOV",
            "190",
        ),
    ),
    (
        "Syrian rebel fire on Friday killed two civilians in Aleppo.",
        (
            "Eight civilians were killed on Thursday in rebel fire on government-held districts of Aleppo.",
            "SYRREB",
            "SYRGOV",
            "190",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_READ_UNOWNED_FIRE)
def test_owned_fire_on_a_party_is_its_attack(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root in FORCE and e.target is not None, positive)
