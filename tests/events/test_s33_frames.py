"""A pattern word whose object is the annotated target and no pattern fit (issue 13, s33-frames).

Two causes the miss funnel's rows show, each read as a rule: "eliminate" armed people is force
(``19_fight.yaml`` ``190.eliminate_armed``), and a munition fired at a place is the deed told in the passive
(``roles.yaml`` ``fell_on_munitions``, ``clauses.yaml`` ``agent_aims``; ``events/candidates.fired_munition``, which
reads no doer, and ``events/frames.agent_aim`` for the aim hung on a "by" doer), not a standing state. Each negative
is paired with its positive."""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente.events.frames import agent_aim, slot_tokens
from detente.events.tree import prep_parties
from detente.nlp import get_nlp

DATE = "2024-05-02"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE, gate=False)


def test_eliminating_armed_people_is_force_eliminating_a_tax_is_not(checks: SentenceChecks) -> None:
    checks.assert_root_pair(
        ("The Syrian government eliminated tariffs on Turkish goods on Sunday.", "19"),
        (
            "Syrian army units eliminated dozens of Islamic State militants near Raqqa on Sunday.",
            "SYRMIL",
            "IMGISIS",
            "190",
        ),
    )


def test_eliminating_militants_of_a_group_hits_the_group(checks: SentenceChecks) -> None:
    checks.assert_coded(
        "Iraqi forces eliminated 40 militants of the Islamic State group in Mosul, the ministry said.",
        ("IRQMIL", "IMGISIS", "190"),
    )


def test_shells_fired_by_a_doer_on_a_town_are_a_deed_where_the_doers_stood_names_no_target(
    checks: SentenceChecks,
) -> None:
    checks.assert_root_pair(
        (
            "Two civilians were wounded on Sunday by rocket shells fired by Hamas militants in the Israeli town of "
            "Sderot.",
            "19",
        ),
        (
            "Two civilians were wounded on Sunday by rocket shells fired by Hamas militants on the Israeli town of "
            "Sderot.",
            "PSEREB",
            "ISR",
            "194",
        ),
    )


def test_a_town_besieged_by_an_army_stays_a_standing_state(checks: SentenceChecks) -> None:
    checks.assert_root_pair(
        ("The town besieged by Syrian government forces ran out of food on Sunday.", "19"),
        (
            "Four villagers were killed on Sunday by mortar shells fired by Syrian troops on the Turkish town of "
            "Kilis.",
            "SYRMIL",
            "TUR",
            "194",
        ),
    )


def test_an_aide_fired_by_a_president_is_dismissed_not_shot_at(checks: SentenceChecks) -> None:
    checks.assert_root_pair(
        (
            "The spokesman fired by the Iranian president on Sunday on the advice of his ministers left for Geneva.",
            "19",
        ),
        (
            "Two soldiers were wounded on Sunday by mortar shells fired by Turkish troops on the Syrian town of Afrin.",
            "TURMIL",
            "SYR",
            "194",
        ),
    )


def test_the_doers_own_ground_under_on_names_no_target(checks: SentenceChecks) -> None:
    checks.assert_root_pair(
        ("Two soldiers were wounded on Sunday by rockets fired by Hamas militants on Egyptian soil near Rafah.", "19"),
        (
            "Two soldiers were wounded on Sunday by rockets fired by Hamas militants on the Israeli town of Ashkelon.",
            "PSEREB",
            "ISR",
            "194",
        ),
    )


def test_eliminating_extremists_from_a_list_is_no_force(checks: SentenceChecks) -> None:
    checks.assert_root_pair(
        ("The Egyptian ruling party vowed on Sunday to eliminate Islamist extremists from its candidate lists.", "19"),
        (
            "Syrian army units eliminated dozens of Islamic State militants near Raqqa on Sunday.",
            "SYRMIL",
            "IMGISIS",
            "190",
        ),
    )


def test_the_aim_under_a_passive_doer_is_read_only_for_a_preposition_of_aim() -> None:
    nlp = get_nlp()
    aimed = nlp("Two civilians were wounded by rocket shells fired by militants on the town of Sderot.")
    placed = nlp("Two civilians were wounded by rocket shells fired by militants in the town of Sderot.")
    fired = next(t for t in aimed if t.lower_ == "fired")
    fired_in = next(t for t in placed if t.lower_ == "fired")
    assert [t.text for t in slot_tokens(fired, "prep:on") or []] == ["town"]
    assert [t.text for t in agent_aim(fired_in, "in")] == ["town"]  # the parse hangs it on the doers alike ...
    assert slot_tokens(fired_in, "prep:in") is None  # ... but "in" says where they stood: never the target


def test_a_noun_of_position_under_the_doer_is_never_the_aim() -> None:
    nlp = get_nlp()
    aimed = nlp("Two soldiers were wounded by rockets fired by militants on the Egyptian town of Rafah.")
    ground = nlp("Two soldiers were wounded by rockets fired by militants on Egyptian soil near Rafah.")
    fired = next(t for t in aimed if t.lower_ == "fired")
    fired_on_soil = next(t for t in ground if t.lower_ == "fired")
    assert [t.text for t in agent_aim(fired, "on")] == ["town"]
    assert agent_aim(fired_on_soil, "on") == []
    # the parser may hang the ground on the verb itself: still the doers' ground after a "by" doer
    hung = nlp("Two soldiers were wounded by rockets fired by Hamas on Egyptian soil near Rafah on Sunday.")
    fired_hung = next(t for t in hung if t.lower_ == "fired")
    assert any(t.text == "soil" for t in prep_parties(fired_hung, "on"))  # the parse this guards
    assert slot_tokens(fired_hung, "prep:on") is None
    assert [t.text for t in slot_tokens(fired, "prep:on") or []] == ["town"]
