"""Support said in a clause of its own: harbouring, training, receiving arms from, being on someone's side."""

from __future__ import annotations

import pytest
from tests.system.conftest import statives_of


def supports(text: str) -> set[tuple]:
    found = statives_of(text, "support")
    return {(s.source.code if s.source else None, s.sign, s.target.code) for s in found if not s.ends}


def support_endings(text: str) -> set[tuple]:
    return {(s.source.code if s.source else None, s.target.code) for s in statives_of(text, "support") if s.ends}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran is on the side of the Syrian government.", {("IRN", "+", "SYRGOV")}),
        ("Belarus fought on Russia's side.", {("BLR", "+", "RUS")}),
        ("The Houthis receive weapons and training from Iran.", {("IRN", "+", "YEMREB")}),
        ("Iran trains Hezbollah fighters.", {("IRN", "+", "LBNREB")}),
        ("Iran, which supplies weapons to the Houthis, denied the report.", {("IRN", "+", "YEMREB")}),
        ("With Russian support, Syrian government forces retook Aleppo.", {("RUS", "+", "SYRMIL")}),
    ],
)
def test_support(text: str, expected: set[tuple]) -> None:
    assert supports(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iran does not arm the Houthis.",  # negated: an ending (below), not support
        "Iran denies arming the Houthis.",  # a denial
        "Iran once backed the Houthis.",  # no longer holds
        "Iran could arm the Houthis.",  # hypothetical
        "The Houthis receive visitors from Iran.",  # visitors are not aid
        "Russia trains its own army.",  # a state and its own forces
        "Iran is on the side of the road.",  # a thing, not an actor
        "Germany sent a letter to Russia.",  # a letter is not aid
        "With US support for the resolution, the council voted.",  # support for a thing
    ],
)
def test_what_is_not_support(text: str) -> None:
    assert supports(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran does not arm the Houthis.", {("IRN", "YEMREB")}),
        ("Iran has stopped arming the Houthis.", {("IRN", "YEMREB")}),
        ("Pakistan no longer harbours the Taliban.", {("PAK", "AFGGOV")}),
        ("Iran arms the Houthis.", set()),  # must not: a deed that holds is no ending
        ("Iran has not stopped arming the Houthis.", set()),  # must not: a negated ending ends nothing
    ],
)
def test_negated_and_stopped_support_ends_it(text: str, expected: set[tuple]) -> None:
    assert support_endings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran has armed, funded and trained Hezbollah for decades.", {("IRN", "+", "LBNREB")}),  # coordinated verbs
        ("The United States provided Ukraine with air defence systems.", {("USA", "+", "UKR")}),
        ("Israel has received billions of dollars in military aid from the United States.", {("USA", "+", "ISR")}),
        ("The Houthis rely on Iran for weapons.", {("IRN", "+", "YEMREB")}),
        ("With the backing of Iran, the Houthis seized Sanaa.", {("IRN", "+", "YEMREB")}),
        ("Russia came to the aid of the Syrian government in 2015.", {("RUS", "+", "SYRGOV")}),
        ("Russia intervened in Syria in support of Assad.", {("RUS", "+", "SYRGOV")}),
        ("Hezbollah fighters trained by Iran crossed the border.", {("IRN", "+", "LBNREB")}),
    ],
)
def test_more_forms_of_support(text: str, expected: set[tuple]) -> None:
    assert supports(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Germany provided Ukraine with a list of demands.",  # a list is not aid
        "The rebels rely on Iran.",  # relied on for nothing named
        "Ukraine relies on its own factories for weapons.",  # factories are no actor
        "The minister spoke in support of the resolution.",  # a resolution is no actor
        "Russia came to the aid of its own soldiers.",  # a state and its own forces
        "With the support of parliament, the president signed the law.",  # within one country
        "Iran received support from the public.",  # the public is no backer
    ],
)
def test_what_is_not_support_either(text: str) -> None:
    assert supports(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia sent troops to prop up the Syrian government.", {("RUS", "+", "SYRGOV")}),  # the sender does it
        ("Iran continues to arm the Houthis.", {("IRN", "+", "YEMREB")}),
        ("Rwanda is accused of backing the M23 rebels.", set()),  # an unnamed accuser: not the author's claim
        ("Congo accuses Rwanda of backing the M23 rebels.", {("RWA", "+", "CODREB")}),
        # must not: an infinitive that is refused, failed, wanted, threatened, or left to another's object
        ("Iran refused to back the rebels.", set()),
        ("Iran failed to arm the rebels.", set()),
        ("Iran wants to arm the Houthis.", set()),
        ("Iran threatened to arm the rebels.", set()),
        ("The United States urged Germany to arm Ukraine.", set()),
    ],
)
def test_infinitives_and_accusations(text: str, expected: set[tuple]) -> None:
    assert supports(text) == expected


def test_an_accusation_is_the_accusers_claim() -> None:
    (found,) = statives_of("Congo accuses Rwanda of backing the M23 rebels.", "support")
    assert found.attributed_to == "COD" and found.attributed_text == "Congo"


def test_relied_on_for_an_act_of_defence() -> None:
    """Who is relied on to fight or defend backs the subject; relied on for any other act, nobody is backed."""
    assert supports("Mozambique has relied on Rwandan troops to fight the insurgents.") == {("RWAMIL", "+", "MOZ")}
    assert not supports("Israel relies on Qatar to release the hostages.")


def test_backing_of_a_purpose_clause() -> None:
    """'crossed into Somalia to pursue the militants, with the backing of X': X backs who crossed to pursue them."""
    text = "Kenyan troops crossed into Somalia to pursue the militants, with the backing of Somalia's government."
    assert ("SOMGOV", "+", "KENMIL") in supports(text)
    assert not supports("Kenyan troops crossed into Somalia to pursue the militants.")
