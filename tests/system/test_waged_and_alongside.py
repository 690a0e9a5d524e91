"""Issue 15, s11: a war or insurgency waged in the past tense (the small model's lemma of "waged" is "wag") and
comrades named by a participle ("soldiers fighting alongside ..."), each positive with its must-not beside it."""

from __future__ import annotations

from tests.system.conftest import held_pairs


def test_a_war_or_insurgency_waged_against_someone() -> None:
    assert ("RUS", "UKR") in held_pairs("Russia has waged a war against Ukraine since 2022.", "hostility")
    assert ("NGAREB", "NGAMIL") in held_pairs("Boko Haram waged an insurgency against Nigeria's army.", "hostility")
    # an insurgency nobody is said to wage against anyone is no relation
    assert not held_pairs("The insurgency in the north has killed thousands.", "hostility")


def test_soldiers_fighting_alongside_others_cooperate() -> None:
    text = "Belarusian soldiers fighting alongside Russian troops in the Kursk region have suffered losses."
    assert ("BLRMIL", "RUSMIL") in held_pairs(text, "cooperation")
    # someone the participle describes who names no actor cooperates with nobody
    assert not held_pairs("A man fighting alongside Russian troops was killed.", "cooperation")
