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
  ``source_roles``); sanctions, campaigns and a government's laws target banks, voters and journalists; an armed
  party naming no weapon uses force only with a force word in the clause (killed, a weapon): an army targeting
  accounts or supporters with a campaign attacks no one; positions or sites an aerial weapon targets are their
  owner's (``195.target_sites_air``, ``1952.target_sites_drones``, active and passive);
* the small model tags "airstrikes" after its owner as a verb ("Syrian government airstrikes on rebel positions"):
  the on/against phrase the noun frame reads is the verb pattern's target too (``195.airstrike``); a date after
  "on" is no target;
* fire owned by a party ("killed in rebel fire on government-held districts") is that party's deed of force against
  what it falls on (``190.fire_on_owned``: an owner, an on/at phrase and a force word in the clause); a blaze on a
  ship has no owner that is a party, a date after "on" is no target, a leader's or a country's verbal fire on a
  government drew no blood, and a party's fire on protesters is its repression (175, as "opened fire on protesters").

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
    ("Syrian helicopters targeted rebel fighters near Hama on Sunday.", "SYRMIL", "SYRREB", "195"),
    ("Russian war planes targeted Islamic State fighters near Deir ez-Zor on Sunday.", "RUSMIL", "IMGISIS", "195"),
    ("Syrian army troops were targeted by rebel snipers near Idlib on Sunday.", "SYRREB", "SYRMIL", "190"),
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
        (
            "Syrian rebels targeted the Syrian army near Aleppo on Sunday, killing two soldiers.",
            "SYRREB",
            "SYRMIL",
            "190",
        ),
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
            "Eight civilians died on Thursday in rebel fire on government-held districts of Aleppo.",
            "SYRREB",
            "SYRGOV",
            "190",
        ),
    ),
    (
        "Syrian rebel fire on Friday killed two civilians in Aleppo.",
        (
            "Eight civilians died on Thursday in rebel fire on government-held districts of Aleppo.",
            "SYRREB",
            "SYRGOV",
            "190",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_READ_UNOWNED_FIRE)
def test_owned_fire_on_a_party_is_its_attack(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root in FORCE and e.target is not None, positive)


# (an armed doer, no weapon, no force word: "target" is a campaign or a freeze; twin: the same doer killing)
MUST_NOT_READ_ARMY_CAMPAIGNS: list[tuple[str, Coded]] = [
    (
        "The Iraqi army targeted Islamic State supporters with a leaflet campaign on Sunday.",
        (
            "The Iraqi army targeted Islamic State fighters near Mosul on Sunday, killing twelve.",
            "IRQMIL",
            "IMGISIS",
            "190",
        ),
    ),
    (
        "The Somali army targeted al Shabaab's bank accounts on Sunday.",
        (
            "The Iraqi army targeted Islamic State fighters near Mosul on Sunday, killing twelve.",
            "IRQMIL",
            "IMGISIS",
            "190",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_READ_ARMY_CAMPAIGNS)
def test_an_army_targeting_without_force_is_no_attack(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root in FORCE, positive)


SITES_BY_AIR: list[str] = [
    "Russian jets targeted rebel positions near Hama on Sunday.",
    "Rebel positions near Hama were targeted by Russian jets on Sunday.",
]


@pytest.mark.parametrize("text", SITES_BY_AIR)
def test_positions_targeted_from_the_air_are_their_owners(checks: SentenceChecks, text: str) -> None:
    """The positions' owner is the target (not the country they lie in), as 190.target_sites reads it."""
    checks.assert_pair(
        text,
        lambda e: e.target is not None and e.target.code == "SYR",
        (text, "RUSMIL", "SYRREB", "195"),
    )


# (fire without force: words, not shots; twin: the same owned fire that killed)
MUST_NOT_READ_VERBAL_FIRE: list[tuple[str, Coded]] = [
    (
        "Putin's fire on the European Commission continued on Sunday.",
        ("Syrian fire on Kurdish fighters killed three in Qamishli on Sunday.", "SYR", "SYRREB", "190"),
    ),
    (
        "Iranian fire on the French government drew an angry reply on Sunday.",
        ("Syrian fire on Kurdish fighters killed three in Qamishli on Sunday.", "SYR", "SYRREB", "190"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_READ_VERBAL_FIRE)
def test_verbal_fire_is_no_attack(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root in FORCE, positive)


def test_owned_fire_on_protesters_is_repression(checks: SentenceChecks) -> None:
    """A party's fire on a crowd is 175, as the verb shape "opened fire on protesters" is, never a fight (190)."""
    checks.assert_pair(
        "Syrian fire on Kurdish protesters killed three in Qamishli on Sunday.",
        lambda e: e.cameo.root in FORCE,
        ("Syrian fire on Kurdish protesters killed three in Qamishli on Sunday.", "SYR", "SYRCVL", "175"),
    )
