"""Precision classes of s13 (issue 13), each a must-not row paired with a positive sentence of the same kind:

* a deed noun's label is no doer: 'the terrorist attack in Leeds' names the kind of attack and no one who did it
  (``candidates.unlabelled``), while 'a terrorist attack by Islamic State militants' keeps its agent;
* a verb of killing whose subject is an attack ('the raid killed four') tells that attack's result: the pattern of
  the verb that names no weapon codes nothing (``candidates.result_of_an_attack``); the attack noun is the event.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente.records import Event

DATE = "2024-05-03"

CARRIED_OUT = (
    "Islamic State militants carried out a terrorist attack on a police station in Homs on Friday.",
    "IMGISIS",
    "SYR",
    "180",
)


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def test_a_label_names_no_doer(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Police are still investigating the terrorist attack in Leeds on Friday.",
        lambda e: e.cameo.root in ("18", "19") and e.source.code.endswith("REB"),
        CARRIED_OUT,
    )


def test_the_agent_of_a_labelled_deed_is_its_doer(checks: SentenceChecks) -> None:
    text = "A terrorist attack by Islamic State militants on a police station in Homs on Friday left six dead."
    checks.assert_pair(text, lambda e: e.cameo.root == "18" and e.source.code == "SYRREB", CARRIED_OUT)
    checks.assert_coded(text, ("IMGISIS", "SYR", "180"))


KILLED: Coded = ("Turkish troops killed nine Kurdish fighters near Afrin on Tuesday.", "TURMIL", "SYRREB", "190")


@pytest.mark.parametrize(
    "negative",
    [
        "A Turkish raid on a Kurdish village near Afrin killed nine civilians on Tuesday.",
        "A terrorist attack by Islamic State militants on a police station in Homs killed six officers on Friday.",
    ],
)
def test_an_attack_that_kills_is_no_generic_killing(checks: SentenceChecks, negative: str) -> None:
    # no root-19 event at the verb of killing, whichever layer would read it (a pattern or the learned model)
    def at_the_killing(e: Event) -> bool:
        return e.cameo.root == "19" and (e.evidence.trigger or "").startswith("kill")

    checks.assert_pair(negative, at_the_killing, KILLED)


# A past participle that modifies a noun and names its doer with "by" is a passive with no auxiliary
# (``tree.reduced_passive``): the doer is the agent, the noun undergoes it; without "by" it names no doer.
REDUCED: Coded = (
    "The French foreign minister, criticized by Germany on Friday, cancelled his trip.",
    "DEU",
    "FRAGOV",
    "111",
)


def test_a_reduced_passive_reads_its_agent_as_the_doer(checks: SentenceChecks) -> None:
    checks.assert_pair(
        REDUCED[0], lambda e: e.cameo.root == "11" and e.source.code == "FRAGOV", REDUCED
    )  # the noun undergoes the criticism, it does not criticize


def test_a_participle_without_an_agent_names_no_doer(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The French foreign minister, criticized on Friday for his remarks on Germany, cancelled his trip.",
        lambda e: e.cameo.root == "11",
        REDUCED,
    )


def test_a_participle_of_a_deed_describes_a_state(checks: SentenceChecks) -> None:
    """'forces backed by Iran' describes who the forces are, not an act of support on the article's day; a verbal act
    in the same form is read (clauses.yaml ``reduced_passive_roots``)."""
    checks.assert_pair(
        "Syrian forces backed by Iran captured the town on Friday.", lambda e: e.cameo.root == "05", REDUCED
    )
