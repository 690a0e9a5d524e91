"""Bodies listed in apposition, coalitions joined, pacts of mutual aid, bodies bound by a pact, labels named
as a list's members and accusations of crimes of mass violence (s13-relations, issue 15)."""

from __future__ import annotations

import pytest
from tests.system.conftest import held_pairs


def alliances(text: str) -> set[frozenset]:
    return {frozenset(p) for p in held_pairs(text, "alliance") if p[0]}


def test_a_member_of_bodies_listed_in_apposition_is_a_member_of_each() -> None:
    # the small model parses "NATO, the G7 and ..." as an apposition with a conjunct of its own
    found = held_pairs("Norway remains a member of NATO, the G7 and the UN Security Council.", "membership")
    assert found >= {("NOR", "IGONATO"), ("NOR", "IGOUN")}
    # a body with an apposition that only describes it names no second body
    assert held_pairs("Norway is a member of NATO, the Western alliance.", "membership") == {("NOR", "IGONATO")}


def test_joining_a_coalition_led_by_a_state_is_cooperation_with_its_military() -> None:
    text = "Denmark and Greece joined the US-led coalition against Islamic State."
    assert held_pairs(text, "cooperation") == {("DNK", "USAMIL"), ("GRC", "USAMIL")}
    assert held_pairs(text, "membership") == set()  # a coalition under one state's command has no members' body
    # a coalition noun in apposition: "Operation Prosperity Guardian, a US-led naval coalition"
    text = "Spain joined Operation Prosperity Guardian, a US-led naval coalition."
    assert held_pairs(text, "cooperation") == {("ESP", "USAMIL")}
    # joining a body stays membership; a coalition no state leads gives nothing
    assert held_pairs("Sweden joined NATO on Thursday.", "cooperation") == set()
    assert held_pairs("Sweden joined NATO on Thursday.", "membership") == {("SWE", "IGONATO")}
    assert held_pairs("Jordan joined a coalition of Arab states.", "cooperation") == set()


def test_a_pact_binding_each_to_the_others_aid_is_an_alliance() -> None:
    text = "Chile and Peru signed a treaty on Monday that obliges each country to come to the other's aid."
    assert alliances(text) == {frozenset(("CHL", "PER"))}
    text = "Chile and Peru signed a pact on Monday under which they pledged to defend each other."
    assert alliances(text) == {frozenset(("CHL", "PER"))}
    # a pact of trade that helps each other's exporters binds no allies
    assert alliances("Chile and Peru signed a trade treaty that helps each other's exporters.") == set()


def test_founders_of_a_body_bound_by_a_defence_pact_are_allies() -> None:
    text = "Chad, Sudan and Libya formed the Sahara Union, a confederation bound by a mutual-defence pact."
    assert alliances(text) == {frozenset(("TCD", "SDN")), frozenset(("TCD", "LBY")), frozenset(("SDN", "LBY"))}
    # a confederation bound by a trade pact binds no allies; leaving a body binds nobody
    assert alliances("Chad, Sudan and Libya formed the Sahara Union, a confederation bound by a trade pact.") == set()
    assert alliances("Chad and Sudan left the Sahara Union, a bloc bound by a mutual-defence pact.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US government put Cuba back on its list of state sponsors of terrorism on Monday.", ("CUB",)),
        ("Canada added the Houthis to its list of terrorist entities on Tuesday.", ("YEMREB",)),
    ],
)
def test_a_label_named_as_a_lists_members_labels_who_is_put_on_it(text: str, expected: tuple[str, ...]) -> None:
    assert {t for _, t in held_pairs(text, "label")} == set(expected)


def test_lists_of_no_label_and_lists_left_label_nobody() -> None:
    assert held_pairs("Britain put Iran on its list of countries of concern.", "label") == set()
    assert held_pairs("Washington took Cuba off the list of state sponsors of terrorism in 2015.", "label") == set()
    assert held_pairs("Washington put Cuba on the list of state sponsors of terrorism in 1982.", "label") == {
        ("USAGOV", "CUB")
    }


def test_the_somalia_mission_is_its_own_actor() -> None:
    # docs/conventions.md: a mission with its own acronym is IGO + the acronym of the date (ATMIS in 2022-2024)
    assert held_pairs("Burundi joined ATMIS in 2022.", "membership") == {("BDI", "IGOATMIS")}
    assert held_pairs("Burundi joined the African Union in 2022.", "membership") == {("BDI", "IGOAU")}


def test_an_accusation_of_a_crime_of_mass_violence_is_a_label_by_the_accuser() -> None:
    assert held_pairs("Israel accused Hamas of war crimes on Monday.", "label") == {("ISR", "PSEREB")}
    text = "The Houthis, which Washington has accused of genocide, control Sanaa."
    assert held_pairs(text, "label") == {("USAGOV", "YEMREB")}
    # an accusation of a deed is the deed's claim, not a label; a denied accusation brands nobody
    assert held_pairs("Russia accused Ukraine of shelling the plant.", "label") == set()
    assert held_pairs("Israel did not accuse Hamas of war crimes.", "label") == set()


def test_the_foremost_ally_or_backer_named_by_a_copula() -> None:
    assert held_pairs("Armenia's closest ally is Russia.", "alliance") == {("RUS", "ARM")}
    assert held_pairs("Serbia, whose main backer is Russia, voted no.", "support") == {("RUS", "SRB")}
    # not any relation noun as a copula's subject, nor an ally not named foremost
    assert held_pairs("Armenia's ally is Russia.", "alliance") == set()
    assert held_pairs("Russia's enemy is Ukraine.", "hostility") == set()
