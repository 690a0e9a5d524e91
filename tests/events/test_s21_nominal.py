"""Event nouns whose doer a clause names by authorship (issue 13 class 3, s21-nominal).

"X was behind the attack", "X is responsible for the strikes", "X claimed responsibility for the bombing": the
clause's subject did the deed the noun names (``clauses.yaml`` ``authorship``; ``events/candidates.py``
``authorship_verb``). Every must-not row is paired with its positive twin. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2024-05-03"

AUTHORED: list[Coded] = [
    (
        "The Islamic State group is believed to be behind the suicide attack on the Kurdish town of Kobane.",
        "IMGISIS",
        "SYR",
        "1831",
    ),
    (
        "The Syrian government was behind the chemical attack on Ghouta, the French minister said.",
        "SYRGOV",
        "SYR",
        "2041",
    ),
    (
        "Hezbollah claimed responsibility for the rocket attack on the Israeli town of Metula.",
        "LBNREB",
        "ISR",
        "194",
    ),
    ("Hezbollah is responsible for the rocket attack on the Israeli town of Metula.", "LBNREB", "ISR", "194"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), AUTHORED, ids=[c[0][:60] for c in AUTHORED])
def test_the_subject_of_an_authorship_clause_did_the_deed(
    checks: SentenceChecks, text: str, source: str, target: str, code: str
) -> None:
    checks.assert_coded(text, (source, target, code))


NOT_AUTHORED: list[tuple[tuple[str, str], Coded]] = [
    (  # the reasons behind a deed name no doer: only a copula's subject is behind it
        ("The French minister explained the reasons behind the chemical attack on Ghouta.", "20"),
        (
            "The Syrian government was behind the chemical attack on Ghouta, the French minister said.",
            "SYRGOV",
            "SYR",
            "2041",
        ),
    ),
    (  # responsibility for a task is no deed done: only an event noun after "for" is authored
        ("Hezbollah is responsible for the security of southern Lebanon.", "19"),
        ("Hezbollah is responsible for the rocket attack on the Israeli town of Metula.", "LBNREB", "ISR", "194"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), NOT_AUTHORED, ids=[c[0][0][:60] for c in NOT_AUTHORED])
def test_only_an_authorship_clause_names_the_doer(
    checks: SentenceChecks, negative: tuple[str, str], positive: Coded
) -> None:
    checks.assert_root_pair(negative, positive)


def test_a_denied_authorship_is_no_deed(checks: SentenceChecks) -> None:
    """'X was not behind the attack' denies X did it: coded negated, never as a deed of X."""
    denied = "The Syrian government was not behind the chemical attack on Ghouta, the Russian minister said."
    assert ("SYRGOV", "SYR", "2041") not in checks.coded(denied)
    assert any(e.negated and e.source.code == "SYRGOV" for e in checks.events(denied))
    checks.assert_coded(
        "The Syrian government was behind the chemical attack on Ghouta, the French minister said.",
        ("SYRGOV", "SYR", "2041"),
    )


# A relative clause of aiming whose subject stands for the attack noun names its target ("the attack that struck
# X"), as a participle of aiming does ("an attack targeting X"); a present perfect one sums up a series told as
# background ("attacks that have struck X in recent months").
AIMED_BY_RELATIVE: list[tuple[tuple[str, str], Coded]] = [
    (
        ("Russian warplanes carried out air strikes that have hit the town of Douma in recent months.", "19"),
        ("Russian warplanes carried out air strikes that hit the town of Douma on Monday.", "RUSMIL", "SYR", "195"),
    ),
    (
        ("Hezbollah was behind the rocket attacks that have struck the Israeli town of Metula in recent months.", "19"),
        ("Hezbollah was behind the rocket attack that struck the Israeli town of Metula.", "LBNREB", "ISR", "194"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), AIMED_BY_RELATIVE, ids=[c[0][0][:60] for c in AIMED_BY_RELATIVE])
def test_a_relative_clause_of_aiming_names_the_target(
    checks: SentenceChecks, negative: tuple[str, str], positive: Coded
) -> None:
    checks.assert_root_pair(negative, positive)


# A word that counts an event noun's deeds stands in the clause where the deeds would: "carried out a series of air
# strikes against X" is "carried out air strikes against X" (clauses.yaml series_nouns; candidates.series_head).
SERIES: list[tuple[tuple[str, str], Coded]] = [
    (  # a review of strikes counts none: only a series word stands for its deeds
        (
            "The Syrian air force carried out a review of air strikes against hideouts of the Islamic State group.",
            "19",
        ),
        (
            "The Syrian air force carried out a series of air strikes against hideouts of the Islamic State group.",
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
        ("Syrian rebels launched an assault to push government forces back from the road.", "SYRREB", "SYRMIL", "190"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), FORCE_PURPOSE, ids=[c[0][0][:60] for c in FORCE_PURPOSE])
def test_what_a_deed_of_force_is_launched_to_take_is_its_target(
    checks: SentenceChecks, negative: tuple[str, str], positive: Coded
) -> None:
    checks.assert_root_pair(negative, positive)
