"""Hostility read in the direction the sentence says (s16-hostility): a fight with an object is its subject's deed,
not also the object's fighting back; a clash or the fighting between two sides is both ways."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.pipeline import Coder
from detente.records import Article
from detente.system.contributions import derive
from detente.system.evaluate import article_relations


def hostilities(text: str) -> set[tuple[str | None, str]]:
    coded = Coder().code(Article(id="t", date=dt.date(2024, 12, 2), text=text))
    relations = article_relations(coded.events, coded.statives, dt.date(2024, 12, 2))
    return {(r[0], r[1]) for r in relations if r[2] == "hostility"}


@pytest.mark.parametrize(
    ("text", "subject", "object_"),
    [
        ("The Syrian Democratic Forces, which are fighting the Islamic State, control Raqqa.", "SYRREB", "IMGISIS"),
        ("Syrian Democratic Forces fought Islamic State fighters in Raqqa on Monday.", "SYRREB", "IMGISIS"),
        ("Sudanese troops fought against the Rapid Support Forces in Khartoum on Monday.", "SDNMIL", "SDNREB"),
        ("Ethiopian troops serve in the African Union mission, fighting al-Shabaab in Somalia.", "ETHMIL", "SOMREB"),
    ],
)
def test_a_fight_with_an_object_is_the_subjects(text: str, subject: str, object_: str) -> None:
    found = hostilities(text)
    assert (subject, object_) in found
    assert (object_, subject) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese troops clashed with the Rapid Support Forces in Khartoum on Monday.",
        "Fighting between Sudan's army and the Rapid Support Forces raged in Khartoum on Thursday.",
    ],
)
def test_a_clash_is_both_ways(text: str) -> None:
    assert {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")} <= hostilities(text)


def test_the_killing_a_strike_abroad_answers_is_not_the_strikers() -> None:
    """The event coder gives the striker the killing its strike answers; a state's force at home stays."""
    found = hostilities(
        "Israeli warplanes struck the port of Hodeidah in Yemen on Saturday, a day after a drone launched by the "
        "Houthis killed a man in Tel Aviv."
    )
    assert ("ISRMIL", "YEM") in found
    assert ("ISRMIL", "ISRCVL") not in found
    assert ("SYRMIL", "SYRCVL") in hostilities("Syrian troops killed dozens of civilians in Homs on Saturday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the soil the bases stand on is the scene of the threatened deed, not whom it is aimed at
        ("North Korea has long threatened to attack U.S. bases on Japanese soil.", {("PRK", "USAMIL")}),
        ("North Korea has long threatened to attack Japan.", {("PRK", "JPN")}),
    ],
)
def test_a_standing_threats_scene_is_no_target(text: str, expected: set[tuple]) -> None:
    assert hostilities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # force on a place the sentence says someone holds is force on its holder
        (
            "Venezuela threatened on Saturday to use military force to take the oil-rich Essequibo region, which "
            "Guyana administers.",
            {("VEN", "GUY")},
        ),
        (
            "Turkish troops shelled villages controlled by the Syrian Democratic Forces on Monday.",
            {("TURMIL", "SYRREB")},
        ),
        # a place with no holder, and a relative clause that holds nothing, give no one
        ("Turkish troops shelled villages near the Syrian border on Monday.", set()),
        ("Venezuela threatened on Saturday to take the Essequibo region, which Guyana's president visited.", set()),
    ],
)
def test_force_on_a_held_place_is_on_its_holder(text: str, expected: set[tuple]) -> None:
    assert hostilities(text) == expected


STORMED = "Gunmen stormed a hotel in Ouagadougou on Friday, killing 28 people. "
STRUCK = "Drones struck oil facilities in eastern Saudi Arabia on Saturday. "


@pytest.mark.parametrize(
    ("text", "pair", "held"),
    [
        # an armed group's claim of the attack told before: force on the country that attack struck
        (STORMED + "Al-Qaeda in the Islamic Maghreb said it had carried out the attack.", ("IMGAQ", "BFA"), True),
        (STORMED + "Al-Qaeda in the Islamic Maghreb said it would carry out an attack.", ("IMGAQ", "BFA"), False),
        (
            "The president visited Ouagadougou on Friday. Al-Qaeda in the Islamic Maghreb said it had carried out the "
            "attack.",
            ("IMGAQ", "BFA"),
            False,
        ),
        # the attack told before blamed on someone: the blamer's claim
        (STRUCK + "US officials blamed Iran.", ("IRN", "SAU"), True),
        (STRUCK + "US officials blamed Iran for the economic crisis.", ("IRN", "SAU"), False),
    ],
)
def test_an_attack_told_before_claimed_or_blamed(text: str, pair: tuple, held: bool) -> None:
    assert (pair in hostilities(text)) is held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of time that closed before the article's year: the war is history
        ("The two countries, which fought a border war from 1998 to 2000, agreed to reopen embassies.", set()),
        ("Ethiopia and Eritrea fought a war from 1998 until 2000.", set()),
        ("Iran and Iraq fought a war between 1980 and 1988.", set()),
        (
            "The Lord's Resistance Army, which fought Uganda's government until a truce in 2006, was armed by Sudan.",
            set(),
        ),
        # a span still open, or none, holds
        ("Ethiopia and Eritrea have fought a war since 1998.", {("ETH", "ERI"), ("ERI", "ETH")}),
        ("Ethiopia and Eritrea are at war.", {("ETH", "ERI"), ("ERI", "ETH")}),
        ("The Lord's Resistance Army has fought Uganda's government since 1987.", {("UGAREB", "UGAGOV")}),
    ],
)
def test_a_war_of_a_closed_span_is_over(text: str, expected: set[tuple]) -> None:
    assert hostilities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two sides a hyphen joins before a noun of armed conflict fought each other
        ("The Israel-Hamas war has killed thousands.", {("ISR", "PSEREB"), ("PSEREB", "ISR")}),
        ("Clashes in the Sudan-South Sudan border conflict killed dozens.", {("SDN", "SSD"), ("SSD", "SDN")}),
        # a trade war, a war named by its date, won or told after 'after': none
        ("The US-China trade war hurt exports.", set()),
        ("Fighting in the 1980-88 Iran-Iraq war killed a million people.", set()),
        ("Azerbaijan won the Armenia-Azerbaijan war.", set()),
        ("Prices rose after the Russia-Georgia war.", set()),
    ],
)
def test_two_sides_joined_before_a_war(text: str, expected: set[tuple]) -> None:
    assert hostilities(text) == expected


@pytest.mark.parametrize(
    ("text", "pair", "held"),
    [
        # who fights alongside the subject fights the same enemy
        ("Sudanese troops fought the Rapid Support Forces alongside Egyptian soldiers.", ("EGYMIL", "SDNREB"), True),
        # trained alongside: no fight
        ("Sudanese troops trained the Rapid Support Forces alongside Egyptian soldiers.", ("EGYMIL", "SDNREB"), False),
    ],
)
def test_who_fights_alongside(text: str, pair: tuple, held: bool) -> None:
    assert (pair in hostilities(text)) is held


def test_the_learned_layers_hostility_is_no_relation() -> None:
    """A hostility the learned layer found gives no relation; the same event found by a pattern does."""
    text = "Hezbollah attacked Israel over the weekend."
    coded = Coder().code(Article(id="t", date=dt.date(2024, 12, 2), text=text))
    attack = next(e for e in coded.events if e.source.code == "LBNREB")
    assert ("LBNREB", "ISR") in {(c.source_code, c.target_code) for c in derive([attack], [])}
    learned = attack.model_copy(update={"evidence": attack.evidence.model_copy(update={"rule": "model.19"})})
    assert derive([learned], []) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two nationalities of one force noun with a verb of force on each other: both ways
        ("Rwandan and Ugandan troops shelled each other in Kisangani.", {("RWAMIL", "UGAMIL"), ("UGAMIL", "RWAMIL")}),
        # side by side, not each other
        ("Rwandan and Ugandan troops trained each other in Kisangani.", set()),
    ],
)
def test_force_on_each_other(text: str, expected: set[tuple]) -> None:
    assert hostilities(text) == expected
