"""Readings the review of s16-hostility found wrong (s16-mendsys), each paired with the reading that must hold: a
paired war that is history, remembered, feared or averted is no war going on; a state's killing of its own people
beside its force abroad is its own deed unless the sentence marks it as what the force answers."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.system.conftest import held_pairs

from detente.pipeline import Coder
from detente.records import Article
from detente.system.evaluate import article_relations

BOTH_WAYS = {("IRN", "IRQ"), ("IRQ", "IRN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war that only describes a noun of remembrance (through "of" or as a compound) is history
        ("Veterans of the Iran-Iraq war marched in Tehran on Monday.", set()),
        ("Iran-Iraq war veterans marched in Tehran on Monday.", set()),
        # a year after the noun, before the article's, dates it
        ("Iran lost a million people in the Iran-Iraq war of the 1980s.", set()),
        ("Iran lost a million people in the Iran-Iraq war in 1988.", set()),
        # a war going on: the noun heads its own phrase, or a noun that is no remembrance, or this year's
        ("The Iran-Iraq war went on in Basra on Monday.", BOTH_WAYS),
        ("Iraqi troops advanced in the third year of the Iran-Iraq war on Monday.", BOTH_WAYS),
        ("Iran lost thousands of people in the Iran-Iraq war in 2024.", BOTH_WAYS),
        # (s16-m3) a deed of a recent earlier year may be one of a war still going on; only the noun's own year, or
        # a deed's year long before the article's, dates the war
        ("Ukraine lost hundreds of tanks in the Russia-Ukraine war in 2023.", {("RUS", "UKR"), ("UKR", "RUS")}),
        ("Ukraine lost hundreds of tanks in the Russia-Ukraine war of 2023.", set()),
        (
            "Iraqi shelling killed 40 people on Monday, the deadliest day in the history of the Iran-Iraq war.",
            BOTH_WAYS,
        ),
    ],
)
def test_a_paired_war_remembered_or_dated_is_history(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "hostility") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war risked, feared or averted (the noun's governing noun or verb) has not come
        ("Analysts warned on Monday of the risk of a US-Iran war.", set()),
        ("Diplomats worked on Monday to avert an India-Pakistan war.", set()),
        ("Officials voiced fears of an India-Pakistan war on Monday.", set()),
        # a war that is fought, or that a risk comes from, is going on
        ("Diplomats discussed the India-Pakistan war on Monday.", {("IND", "PAK"), ("PAK", "IND")}),
        ("The India-Pakistan war raised the risk of famine on Monday.", {("IND", "PAK"), ("PAK", "IND")}),
        # (s16-m3) only the war a fear or warning takes directly is unreal: one feared "over", or the setting of
        # another noun the warning takes, is going on
        ("Fears over the Israel-Hamas war weighed on markets.", {("ISR", "PSEREB"), ("PSEREB", "ISR")}),
        ("Aid groups warned of famine in the Israel-Hamas war.", {("ISR", "PSEREB"), ("PSEREB", "ISR")}),
    ],
)
def test_a_paired_war_feared_or_averted_is_none(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "hostility") == expected


def hostilities(text: str) -> set[tuple[str | None, str]]:
    coded = Coder().code(Article(id="t", date=dt.date(2024, 12, 2), text=text))
    return {
        (r[0], r[1])
        for r in article_relations(coded.events, coded.statives, dt.date(2024, 12, 2))
        if r[2] == "hostility"
    }


def test_a_states_own_killing_beside_its_force_abroad_stays() -> None:
    """No mark that the killing was someone else's: the state shelled abroad and killed its own people."""
    found = hostilities(
        "Syrian troops shelled Turkish positions on Monday and killed dozens of Syrian civilians in Idlib."
    )
    assert ("SYRMIL", "SYRCVL") in found
    assert ("SYRMIL", "TUR") in found


def test_a_killing_the_force_answers_is_not_the_strikers() -> None:
    """A "by" agent and a time after mark the killing as the other side's."""
    found = hostilities(
        "Israeli warplanes struck the port of Hodeidah in Yemen on Saturday, a day after a drone launched by the "
        "Houthis killed a man in Tel Aviv."
    )
    assert ("ISRMIL", "YEM") in found
    assert ("ISRMIL", "ISRCVL") not in found


def test_the_dead_of_a_two_sided_fight_are_no_one_sides_own() -> None:
    """Two sides that fought each other: the dead are not one side's killing of its own people."""
    found = hostilities(
        "Kyrgyz and Tajik troops exchanged fire with mortars on Thursday in a dispute over a road on their border, "
        "killing at least ten people."
    )
    assert ("KGZMIL", "TJKMIL") in found
    assert ("TJKMIL", "KGZMIL") in found
    assert ("TJKMIL", "TJKCVL") not in found
