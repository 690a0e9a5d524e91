"""Found events whose modality is wrong (issue 13, s34-modality); each row pairs a sentence of one modality with its
twin of the other:

* a verb that both reports and demands ('told', 'insisted') over a clause told in the indicative reports a deed
  ('a source told the agency that rebels fired rockets': asserted, the source its speaker) only when the clause is
  plainly past; an infinitive, a modal or an obligation ('told them that they must stop', 'had to release', 'needs
  to withdraw'), a present (a plural subjunctive looks the same) or a question keeps the demand
  (``clause.told_as_fact``, narrowed after review);
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


POSITIVE = "A Syrian police source told the state news agency that Islamist rebels fired rockets at Aleppo on Monday."

# told X that <not plainly past>: the demand main reads stays (review of s34-modality), root of the deed
STILL_DEMANDS: list[tuple[str, str]] = [
    ("Pompeo told Iran that it has to release the detained American sailors.", "08"),
    ("Pompeo told Iran on Thursday that it had to release the detained American sailors.", "08"),
    ("Netanyahu told Putin that Iran needs to withdraw its forces from Syria.", "08"),
    ("The Iraqi prime minister told the Kurdish leaders that their fighters pull out of Kirkuk or face arrest.", "08"),
    ("Did the Syrian officer tell reporters that Turkish troops shelled Afrin?", "19"),
]


@pytest.mark.parametrize(("text", "root"), STILL_DEMANDS)
def test_told_that_without_a_plain_past_stays_a_demand(checks: SentenceChecks, text: str, root: str) -> None:
    assert _modality(checks, text, root) == {"demand"}, text
    assert _modality(checks, POSITIVE, "19") == {"asserted"}, POSITIVE


def test_told_that_a_deed_has_been_done_is_asserted(checks: SentenceChecks) -> None:
    done = "A Syrian army officer told reporters that Islamist rebels have shelled Aleppo."
    assert _modality(checks, done, "19") == {"asserted"}, done
    obliged = "A Syrian army officer told the Islamist rebels that they should stop shelling Aleppo."
    assert "asserted" not in _modality(checks, obliged, "19"), obliged


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
