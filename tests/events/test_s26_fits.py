"""A pattern word whose patterns did not fit the clause (issue 13, s26-fits), by class; each must-not row is paired
with a positive sentence of the same shape:

* a lemma's patterns written for one sense only: "drop" had only its nuclear bomb; bombs, barrels or munitions
  dropped on, onto or over a place are an air strike (``195.drop_bombs``; not weapons, munitions or devices, which
  dropped onto or over a town for its fighters are an airdrop of aid), a chemical in the
  clause makes it a use of chemical weapons (``2041.drop_chemical``); weapons dropped with no place they fall on
  are a surrender, and leaflets dropped on a town are no bombs;
* the small model tags "shelling" as a verb with no subject or object ("died in rebel shelling on the town"): the
  gerund is read by the noun's frame (``candidates.nominal_gerund``), the noun it split off ("rebel") its owner
  (``candidates.gerund_modifier``); shelling with no doer named stays uncoded, and "shelling the town" is the verb.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2016-05-10"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def force(root: str) -> bool:
    return root in ("18", "19", "20")


MUST_NOT_DROP: list[tuple[str, Coded]] = [
    (
        "Syrian rebels dropped their weapons near Aleppo on Tuesday.",
        ("Syrian government helicopters dropped barrel bombs on Aleppo on Tuesday.", "SYRGOV", "SYR", "195"),
    ),
    (
        "Russian planes dropped leaflets on Aleppo on Tuesday.",
        ("Russian planes dropped cluster bombs on Aleppo on Tuesday.", "RUSMIL", "SYR", "195"),
    ),
    (  # an airdrop of military aid, over or onto the place (review of s26-fits)
        "US planes dropped weapons over Kobani for Kurdish fighters on Monday.",
        ("Syrian government helicopters dropped barrel bombs on Aleppo on Tuesday.", "SYRGOV", "SYR", "195"),
    ),
    (
        "US planes dropped weapons onto Kobani for Kurdish fighters on Monday.",
        ("Syrian government helicopters dropped explosives onto Aleppo on Tuesday.", "SYRGOV", "SYR", "195"),
    ),
    (
        "US planes dropped munitions over Kobani for Kurdish fighters on Monday.",
        ("Russian planes dropped bombs over Aleppo on Tuesday.", "RUSMIL", "SYR", "195"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_DROP)
def test_bombs_dropped_on_a_place_are_an_air_strike(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: force(e.cameo.root), positive)


def test_chemical_bombs_dropped_are_chemical_weapons(checks: SentenceChecks) -> None:
    text = "Syrian government helicopters dropped chlorine bombs on Saraqeb on Tuesday."
    checks.assert_coded(text, ("SYRGOV", "SYR", "2041"))
    checks.assert_none(text, lambda e: e.cameo.code == "195")


MUST_NOT_GERUND: list[tuple[str, Coded]] = [
    (
        "Five people died in the shelling on the government-held district of Aleppo on Monday.",
        (
            "Six people died on Monday in rebel shelling on a government-held district of Aleppo.",
            "SYRREB",
            "SYR",
            "194",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_GERUND)
def test_shelling_tagged_as_a_verb_is_read_as_the_noun(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: force(e.cameo.root), positive)


def test_shelling_with_an_object_stays_the_verb(checks: SentenceChecks) -> None:
    checks.assert_coded("Syrian troops were shelling the town of Douma on Monday.", ("SYRMIL", "SYR", "194"))
