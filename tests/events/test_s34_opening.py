"""The opening fight told from one side's clause, coded both ways (issue 13, s34-opening).

"Two soldiers were killed in clashes with militants": the annotators code the fighting itself, 190 from each side to
the other, the dead's side being one of them. The noun patterns ``190.clashes_with``, ``190.fighting_with`` and
``190.battle_with`` (data/verbs/19_fight.yaml) read the side of the clause (the passive's subject, through
``undergoer``, or a light verb's subject) and the side under "with" or "against", and write the event both ways.
They need armed words in the clause: parties clash with each other over words too. Sentences are written for these
tests; every must-not is paired with its positive twin.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente import explain_text

DATE = dt.date(2024, 5, 3)


def fights(text: str) -> set[tuple[str, str | None, str]]:
    """The root-19 events coded from the text: (source, target, code)."""
    events, _ = explain_text(text, DATE)
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo.code)
        for e in events
        if e.cameo.code.startswith("19")
    }


def both(a: str, b: str) -> set[tuple[str, str | None, str]]:
    return {(a, b, "190"), (b, a, "190")}


def pairs(found: set[tuple[str, str | None, str]]) -> set[tuple[str, str | None]]:
    """The (source, target) pairs of the fights found."""
    return {(s, t) for s, t, _ in found}


def either_way(a: str, b: str) -> set[tuple[str, str]]:
    return {(a, b), (b, a)}


PAIRED = [
    # (the opening fight: both sides) / (a twin) / (the twin's own parties' pairs that must have no fight)
    (
        "Two Yemeni soldiers were killed in clashes with Houthi rebels in Marib province on Friday.",
        both("YEMMIL", "YEMREB"),
        # a one-sided deed: the dead are the victims of an attack, not a side of a fight (the attack itself is kept,
        # below)
        "Two Yemeni soldiers were killed in an attack by Houthi rebels in Marib province on Friday.",
        {("YEMMIL", "YEMREB")},
    ),
    (
        "At least 30 Islamic State militants died during fierce fighting with Kurdish fighters near Kobani.",
        both("IMGISIS", "SYRREB"),
        # the verbal clash of words: no armed party, no fight
        "Syrian lawmakers clashed with the Syrian president over the new budget near Kobani.",
        either_way("SYRLEG", "SYRGOV"),
    ),
    (
        "Syrian government troops engaged in heavy clashes with Islamic State militants near Palmyra.",
        both("SYRMIL", "IMGISIS"),
        # a noun of words between politicians
        "Syrian lawmakers engaged in heated clashes with the Syrian president over the budget in Damascus.",
        either_way("SYRLEG", "SYRGOV"),
    ),
]


@pytest.mark.parametrize(("fight", "sides", "other", "none_between"), PAIRED, ids=[p[0][:40] for p in PAIRED])
def test_the_opening_fight_is_coded_both_ways(
    fight: str, sides: set, other: str, none_between: set[tuple[str, str]]
) -> None:
    assert sides <= fights(fight)
    assert not none_between & pairs(fights(other))


def test_a_one_sided_attack_is_coded_from_the_attackers_only() -> None:
    """The attack twin above keeps its one-sided event: the attackers to the dead's side, never back."""
    found = fights("Two Yemeni soldiers were killed in an attack by Houthi rebels in Marib province on Friday.")
    assert ("YEMREB", "YEMMIL", "190") in found
    assert ("YEMMIL", "YEMREB") not in pairs(found)


# the noun near-twins of the review (s34 mend): the same clash noun, with its sides, that must open no fight
NEAR = [
    (
        "Iraqi soldiers were killed in clashes with Islamic State militants near Mosul on Friday.",
        both("IRQMIL", "IMGISIS"),
        # a question reports no fighting, as the re-mention's guard refuses one
        "Were Iraqi soldiers killed in clashes with Islamic State militants near Mosul on Friday?",
    ),
    (
        "Four Yemeni soldiers were killed in clashes with Houthi rebels in Marib province on Friday.",
        both("YEMMIL", "YEMREB"),
        # a denied toll denies the deaths, not the fight: nothing sure is told of the fighting
        "No Yemeni soldiers were killed in clashes with Houthi rebels in Marib province on Friday.",
    ),
    (
        "Four Yemeni soldiers were killed in clashes with Houthi rebels in Marib province on Friday.",
        both("YEMMIL", "YEMREB"),
        "Four Yemeni soldiers were not killed in clashes with Houthi rebels in Marib province on Friday.",
    ),
]


@pytest.mark.parametrize(("fight", "sides", "other"), NEAR, ids=[p[2][:40] for p in NEAR])
def test_a_question_or_a_denied_toll_opens_no_fight(fight: str, sides: set, other: str) -> None:
    assert sides <= fights(fight)
    assert not {(s, t) for s, t, _ in sides} & {(s, t) for s, t, _ in fights(other)}


def test_with_beside_against_is_an_ally_not_the_other_side() -> None:
    """ "killed in fighting with US-backed forces against Islamic State": the dead fought alongside the "with" party;
    the other side is the "against" party (the parser hangs "against" on "forces"), and the allies fight no one."""
    found = fights(
        "Two Kurdish fighters were killed in fighting with US-backed forces against Islamic State militants near Raqqa."
    )
    assert both("SYRREB", "IMGISIS") <= found
    assert not {(s, t) for s, t, _ in found} & {("SYRREB", "SYRMIL"), ("SYRMIL", "SYRREB")}
    # the "with" party alone is the other side
    assert both("SYRREB", "SYRMIL") <= fights(
        "Two Kurdish fighters were killed in fighting with Syrian government forces near Raqqa."
    )


def test_an_against_phrase_with_no_actor_gives_no_fight() -> None:
    """When the "against" phrase names no actor the coder knows, "with" is still not the other side: nothing."""
    assert (
        fights("Two Kurdish fighters were killed in fighting with US-backed forces against the jihadists near Raqqa.")
        == set()
    )
    assert both("SYRREB", "IMGISIS") <= fights(
        "Two Kurdish fighters were killed in fighting with US-backed forces against Islamic State militants near Raqqa."
    )


def test_a_battle_against_is_read_as_with() -> None:
    """ "in the battle against Y" names the other side as "with" does; the dead's side is the first."""
    assert both("SYRREB", "IMGISIS") <= fights(
        "Dozens of Syrian rebels were killed in battles against Islamic State militants."
    )
    # the same noun and preposition between politicians: no armed words, no fight
    assert not either_way("SYRLEG", "SYRGOV") & pairs(
        fights("Syrian lawmakers engaged in a bitter battle against the Syrian president over the budget in Damascus.")
    )


def test_a_demonstrative_noun_points_back_and_opens_no_fight() -> None:
    """ "those clashes with the Kurdish forces taking the hill": the fight told before; its "with" may be a clause of
    its own, so the opening pattern reads no sides under it."""
    opening = "Four Syrian soldiers were killed in clashes with Islamic State militants near the dam."
    back = "Four Syrian soldiers were killed in those clashes with Islamic State militants near the dam."
    assert both("SYRMIL", "IMGISIS") <= fights(opening)
    assert not {(s, t) for s, t, c in fights(back) if c == "190"} & {("SYRMIL", "IMGISIS"), ("IMGISIS", "SYRMIL")}


def test_a_bare_country_is_no_side_of_a_fight() -> None:
    """A country read from where a group operates ("active in Iraq and Syria") names no armed side; the armed
    sides, the group's militants and the troops under "with", still fight."""
    found = fights(
        "Scores of militants of the jihadist group active in Iraq and Syria died in clashes with Iraqi troops."
    )
    assert both("IRQREB", "IRQMIL") <= found
    assert not {(s, t) for s, t, _ in found} & {("SYR", "IRQMIL"), ("IRQMIL", "SYR")}
