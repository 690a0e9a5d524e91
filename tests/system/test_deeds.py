"""Force the event coder left uncoded, read as hostility of the armed user to the actor it acted on."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.system.conftest import held_pairs

from detente.pipeline import Coder
from detente.records import Article, Event, Stative
from detente.system.contributions import derive
from detente.system.rule_names import DEED_RULE
from detente.system.statives.deeds import RULE


def deeds(text: str) -> set[tuple]:
    return held_pairs(text, "hostility")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Sudanese troops seized the Heglig oil field from Sudan on Tuesday.", ("SSDMIL", "SDN")),
        ("Kenyan troops crossed into southern Somalia to pursue al-Shabaab militants.", ("KENMIL", "SOMREB")),
        ("Chadian warplanes and troops drove the Boko Haram militants out of the town.", ("TCDMIL", "NGAREB")),
    ],
)
def test_force_an_armed_actor_used(text: str, expected: tuple) -> None:
    assert expected in deeds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria drove the debate on debt relief at the summit.",  # no armed subject
        "The rebels were driven from the town by Chadian troops.",  # a passive: the subject is the driven
        "Chadian troops did not pursue the Boko Haram militants.",  # negated
        "Chadian troops seized the town of Gamboru.",  # a place is no target here
    ],
)
def test_no_force(text: str) -> None:
    assert not {p for p in deeds(text) if p[0] == "TCDMIL" or p[0] == "NGA"}
    assert ("TCDMIL", "NGAREB") in deeds("Chadian troops drove the Boko Haram militants out of the town.")


def test_the_event_coders_reading_stands() -> None:
    """A deed the event coder coded at the same verb is its reading only; one it did not code is added."""
    assert RULE == DEED_RULE
    text = "Sudanese warplanes bombed the Unity state. South Sudanese troops seized the Heglig oil field from Sudan."
    coded = Coder().code(Article(id="t", date=dt.date(2024, 12, 2), text=text))
    statives: list[Stative] = [s for s in coded.statives if s.evidence.rule == RULE]
    assert statives
    added = {c.source_code for c in derive([], statives)}
    assert added == {"SSDMIL"}
    fake: Event = coded.events[0]  # the bombing, moved to the deed's verb as if the coder had coded it there
    at_verb = fake.model_copy(update={"sentence_index": statives[0].sentence_index,
                                      "evidence": fake.evidence.model_copy(update={"trigger": "seized"})})  # fmt: skip
    assert all(c.origin != "stative" for c in derive([at_verb], statives))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela's president ordered ten battalions and tanks to the Colombian border.", ("VENGOV", "COL")),
        ("Russia massed troops on its border with Ukraine.", ("RUS", "UKR")),
    ],
)
def test_a_force_posture_at_anothers_border(text: str, expected: tuple) -> None:
    assert expected in deeds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia massed troops on its own border.",  # its own border: no other country
        "Russia sent diplomats to the Ukrainian border.",  # no force
        "Russia did not send troops to the Ukrainian border.",  # negated
    ],
)
def test_no_posture(text: str) -> None:
    assert not deeds(text)
    assert deeds("Russia sent troops to the Ukrainian border.") == {("RUS", "UKR")}
