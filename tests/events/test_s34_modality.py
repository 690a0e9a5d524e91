"""Found events whose modality is wrong (issue 13, s34-modality); each row pairs a sentence of one modality with its
twin of the other:

* a verb that both reports and demands ('told', 'insisted') over a clause told in the indicative reports a deed
  ('a source told the agency that rebels fired rockets': asserted, the source its speaker), over an infinitive or a
  modal of obligation it demands one ('told the rebels to stop firing', 'told them that they must stop')
  (``clause.told_as_fact``);
* a bare present verb of travel or a meeting dated on or after the article's day by its own words is a schedule
  (modality intent, guide 3: a scheduled event keeps its code); the same verb in the past, or a bare present of a
  deed of force, keeps asserted (``record.scheduled_present``);
* an intention or threat recorded by its own root (03x, 13x: 'said he would negotiate', 'threatened to impose
  sanctions') is the statement made, asserted; a deed scheduled keeps its code and intent (``record.stated_modality``).

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

DATE = "2019-03-05"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def _modality(checks: SentenceChecks, text: str, root: str) -> set[str]:
    return {e.modality for e in checks.events(text) if e.cameo.root == root and not e.negated}


# (told as fact: asserted; told as an order: not asserted), root of the deed
TOLD: list[tuple[str, str, str]] = [
    (
        "A Syrian police source told the state news agency that Islamist rebels fired rockets at Aleppo on Monday.",
        "The Syrian interior minister told the Islamist rebels to fire no more rockets at Aleppo.",
        "19",
    ),
    (
        "A Syrian army officer told reporters that Islamist rebels shelled Aleppo on Monday.",
        "The Syrian army officer told the Islamist rebels that they must stop shelling Aleppo.",
        "19",
    ),
]


@pytest.mark.parametrize(("fact", "order", "root"), TOLD)
def test_told_that_a_deed_was_done_is_no_demand(checks: SentenceChecks, fact: str, order: str, root: str) -> None:
    assert _modality(checks, fact, root) == {"asserted"}, fact
    assert "asserted" not in _modality(checks, order, root), order


# (scheduled in the present with a day: intent; its twin told in the past or a deed of force: asserted), root
SCHEDULED: list[tuple[str, str, str]] = [
    (
        "British Prime Minister Theresa May meets German Chancellor Angela Merkel in Berlin on Friday.",
        "British Prime Minister Theresa May met German Chancellor Angela Merkel in Berlin on Friday.",
        "04",
    ),
    (
        "Secretary of State Mike Pompeo travels to Berlin on Thursday.",
        "Secretary of State Mike Pompeo travelled to Berlin on Thursday.",
        "04",
    ),
]


@pytest.mark.parametrize(("ahead", "done", "root"), SCHEDULED)
def test_a_present_meeting_with_a_day_ahead_is_intent(checks: SentenceChecks, ahead: str, done: str, root: str) -> None:
    assert _modality(checks, ahead, root) == {"intent"}, ahead
    assert _modality(checks, done, root) == {"asserted"}, done


def test_a_present_deed_of_force_with_a_day_stays_asserted(checks: SentenceChecks) -> None:
    assert _modality(checks, "Israeli jets strike Hamas targets in Gaza on Monday.", "19") == {"asserted"}
    assert _modality(checks, "Israeli jets will strike Hamas targets in Gaza on Monday.", "19") == {"intent"}


# (an intention or threat stated, recorded by its own root 03 / 13: asserted; the deed scheduled, its code kept: intent)
STATED: list[tuple[str, str, str]] = [
    (
        "Russian President Putin said on Monday he would negotiate with Turkey over Syria.",
        "Russian President Putin is expected to negotiate with Turkey over Syria on Friday.",
        "03",
    ),
    (
        "Turkey threatened on Monday to impose sanctions on Austria.",
        "Turkey will impose sanctions on Austria on Friday.",
        "13",
    ),
]


@pytest.mark.parametrize(("stated", "scheduled", "root"), STATED)
def test_a_stated_intention_or_threat_is_asserted(
    checks: SentenceChecks, stated: str, scheduled: str, root: str
) -> None:
    assert _modality(checks, stated, root) == {"asserted"}, stated
    assert _modality(checks, scheduled, root) == set(), scheduled  # the deed keeps its own code
    assert {e.modality for e in checks.events(scheduled)} == {"intent"}, scheduled
