"""Event nouns read through the clause around them (issue 13 class 3, s21-nominal).

A relative clause of aiming names an attack noun's target, a series word stands for the deeds it counts, a purpose
of taking names a deed of force's target. Who is said to be behind or responsible for a deed, and an "on" phrase
framing a clause, name no doer here (review s21 MUSTs 1 and 3: those readings were reverted). Every must-not row is
paired with its positive twin. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2024-05-03"

# written while the learned layer shipped beside the patterns: some positive twins are its events (tests/layered.py)
LAYERS = "both"

# Who is held responsible for or is behind a deed is no doer the coder reads: the subject of the clause does not
# become the noun's source (review s21 MUST 1); the event said of that subject still codes.
NOT_AUTHORSHIP: list[tuple[tuple[str, str, str], Coded]] = [
    (
        ("Iran held Israel responsible for the air strikes on Syrian army positions near Damascus.", "IRN", "195"),
        # the positions a demonym and a role word describe are that army's (tree.role_site, s28-level)
        ("Israeli jets carried out air strikes on Syrian army positions near Damascus.", "ISRMIL", "SYRMIL", "195"),
    ),
    (
        ("Qatar was behind the talks with the Taliban.", "QAT", "040"),
        ("Qatar held talks with the Taliban.", "QAT", "AFGGOV", "040"),
    ),
    # an "on" phrase naming a topic or another's trip is not the speaker's deed (review s21 MUST 3)
    (
        ("Macron, on the attack on Paris, said France would respond.", "FRAGOV", "190"),
        ("Macron said French jets carried out an attack on Raqqa.", "FRAMIL", "SYR", "195"),
    ),
    (
        ("Theresa May, on Trump's visit to Britain, said the two countries were close.", "GBRLEG", "042"),
        ("Theresa May travelled to Jordan on Monday.", "GBRLEG", "JOR", "042"),
    ),
    (
        ("Erdogan said on the talks with Putin that Turkey was ready.", "TURGOV", "040"),
        ("Erdogan held talks with Putin in Sochi.", "TURGOV", "RUSGOV", "040"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), NOT_AUTHORSHIP, ids=[c[0][0][:60] for c in NOT_AUTHORSHIP])
def test_a_clause_that_names_no_deed_of_its_subject_codes_none(
    checks: SentenceChecks, negative: tuple[str, str, str], positive: Coded
) -> None:
    text, source, code = negative
    checks.assert_pair(text, lambda e: e.source.code == source and e.cameo.code == code, positive)


# A relative clause of aiming whose subject stands for the attack noun names its target ("the attack that struck
# X"), as a participle of aiming does ("an attack targeting X"); a present perfect one sums up a series told as
# background ("attacks that have struck X in recent months").
AIMED_BY_RELATIVE: list[tuple[tuple[str, str], Coded]] = [
    (
        ("Russian warplanes carried out air strikes that have hit the town of Douma in recent months.", "19"),
        ("Russian warplanes carried out air strikes that hit the town of Douma.", "RUSMIL", "SYR", "195"),
    ),
    (
        ("Hezbollah carried out rocket attacks that have struck the Israeli town of Metula in recent months.", "19"),
        ("Hezbollah carried out a rocket attack that struck the Israeli town of Metula.", "LBNREB", "ISR", "194"),
    ),
    (  # a clause with a date of its own dates the deed: "in 2015" is background the noun's dating never sees
        ("Hezbollah carried out the attack that struck Paris in 2015.", "19"),
        ("Hezbollah carried out the attack that struck Paris.", "LBNREB", "FRA", "190"),
    ),
    (
        ("Israeli jets carried out strikes that hit Iranian positions near Damascus last year.", "19"),
        ("Israeli jets carried out strikes that hit Iranian positions near Damascus.", "ISRMIL", "IRN", "195"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), AIMED_BY_RELATIVE, ids=[c[0][0][:60] for c in AIMED_BY_RELATIVE])
def test_a_relative_clause_of_aiming_names_the_target(
    checks: SentenceChecks, negative: tuple[str, str], positive: Coded
) -> None:
    checks.assert_root_pair(negative, positive)


# A word that counts an event noun's deeds stands in the clause where the deeds would: "conducted a series of air
# strikes against X" is "conducted air strikes against X" (clauses.yaml series_nouns; candidates.series_head).
SERIES: list[tuple[tuple[str, str], Coded]] = [
    (  # a review of strikes counts none: only a series word stands for its deeds
        (
            "The Syrian air force conducted a review of air strikes on hideouts of the Islamic State group.",
            "19",
        ),
        (
            "The Syrian air force conducted a series of air strikes on hideouts of the Islamic State group.",
            "SYRMIL",
            "IMGISIS",
            "195",
        ),
    ),
    (  # a cancelled round of talks is no meeting, as cancelled talks are none
        ("The Iranian foreign minister cancelled a round of talks with the French foreign minister.", "04"),
        (
            "The Iranian foreign minister held a round of talks with the French foreign minister.",
            "IRNGOV",
            "FRAGOV",
            "040",
        ),
    ),
    (  # a word of before on the series word puts its deeds before the news, as on the noun itself
        ("Iran held a previous round of talks with the European Union in Vienna.", "04"),
        ("Iran held a round of talks with the European Union in Vienna.", "IRN", "IGOEU", "040"),
    ),
    (
        ("Israel launched an earlier wave of air strikes on Gaza.", "19"),
        ("Israel launched a wave of air strikes on Gaza.", "ISR", "PSE", "195"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), SERIES, ids=[c[0][0][:60] for c in SERIES])
def test_a_series_of_deeds_stands_for_them(checks: SentenceChecks, negative: tuple[str, str], positive: Coded) -> None:
    checks.assert_root_pair(negative, positive)


# What a deed of force is launched to take or drive out is its target ("mounted an attack to recapture X"); another
# purpose names none ("to rescue the hostages"): clauses.yaml force_purposes, candidates.purpose_objects.
FORCE_PURPOSE: list[tuple[tuple[str, str], Coded]] = [
    (
        ("Hezbollah fighters mounted an attack to rescue the hostages in Qusayr.", "19"),
        ("Hezbollah fighters mounted an attack to recapture the town of Qusayr.", "LBNREB", "SYR", "190"),
    ),
    (
        ("Syrian rebels launched an assault to help government forces near the road.", "19"),
        ("Syrian rebels launched an assault to drive government forces away from the road.", "SYRREB", "SYRMIL", "190"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), FORCE_PURPOSE, ids=[c[0][0][:60] for c in FORCE_PURPOSE])
def test_what_a_deed_of_force_is_launched_to_take_is_its_target(
    checks: SentenceChecks, negative: tuple[str, str], positive: Coded
) -> None:
    checks.assert_root_pair(negative, positive)
