"""A pattern word whose object is the annotated target and no pattern fit (issue 13, s33-frames).

Two causes the miss funnel's rows show, each read as a rule: "eliminate" armed people is force
(``19_fight.yaml`` ``190.eliminate_armed``), and a munition fired by a named doer at a place is the deed told in the
passive (``clauses.yaml`` ``munitions``, ``agent_aims``; ``events/candidates.fired_munition``,
``events/frames.agent_aim``), not a standing state. Each negative is paired with its positive."""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente.events.frames import agent_aim, slot_tokens
from detente.nlp import get_nlp

DATE = "2024-05-02"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE, gate=False)


def test_eliminating_armed_people_is_force_eliminating_a_tax_is_not(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Syrian government eliminated tariffs on Turkish goods on Sunday.",
        lambda e: e.cameo.root == "19",
        ("Syrian army units eliminated dozens of Islamic State militants near Raqqa on Sunday.", "SYRMIL", "IMGISIS",
         "190"),
    )


def test_eliminating_militants_of_a_group_hits_the_group(checks: SentenceChecks) -> None:
    checks.assert_coded(
        "Iraqi forces eliminated 40 militants of the Islamic State group in Mosul, the ministry said.",
        ("IRQMIL", "IMGISIS", "190"),
    )


def test_shells_fired_by_a_doer_on_a_town_are_a_deed_where_the_doers_stood_names_no_target(
    checks: SentenceChecks,
) -> None:
    checks.assert_pair(
        "Two civilians were wounded on Sunday by rocket shells fired by Hamas militants in the Israeli town of Sderot.",
        lambda e: e.cameo.root == "19",
        ("Two civilians were wounded on Sunday by rocket shells fired by Hamas militants on the Israeli town of "
         "Sderot.", "PSEREB", "ISR", "194"),
    )


def test_a_town_besieged_by_an_army_stays_a_standing_state(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The town besieged by Syrian government forces ran out of food on Sunday.",
        lambda e: e.cameo.root == "19",
        ("Two civilians were wounded on Sunday by rocket shells fired by Hamas militants on the Israeli town of "
         "Sderot.", "PSEREB", "ISR", "194"),
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
