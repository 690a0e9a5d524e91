"""Pattern words whose frame did not reach the party (s19-frames, issue 13).

* a month name that is also a name (``when.yaml`` ``ambiguous_months``), alone, is a person when it is the verb's
  object or follows "at" or "on" ("criticized May over the deal", "fired back at May", "called on May to resign":
  ``tree.a_time``), while a month after a time preposition ("in May", "until May"), with its day ("May 9", "on May
  9") or a weekday ("on Thursday") stays a time;
* a particle the small model reads as an adverb carries the slot's phrase ("fired back at May": ``advmod`` back, the
  "at" phrase hung on it; ``frames.is_particle_word``);
* an event noun described by a participle has its parties in the participle's phrases ("an attack launched by
  Syrian rebels against army posts": ``tree.participle_parties``), never a time ("launched on Sunday"), and the
  object of a present participle of aiming is its target ("raids targeting Islamic State militants":
  ``tree.aimed_objects``, ``clauses.yaml`` ``noun_participles``), never the object of another participle ("raids
  helping Kurdish fighters").

Every must-not row has a positive twin. Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente.events.frames import not_dates
from detente.events.tree import aimed_objects, participle_parties
from detente.nlp import get_nlp

DATE = "2017-11-02"
MAY = "British Prime Minister Theresa May met Angela Merkel on Monday. "


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def _dates(text: str) -> tuple[list[str], list[str]]:
    doc = get_nlp()(text)
    dates = [t for t in doc if t.ent_type_ == "DATE"]
    return [t.text for t in dates], [t.text for t in not_dates(dates)]


def test_a_lone_date_word_as_object_or_after_at_is_a_person() -> None:
    assert _dates("Nigel Farage criticized May over the deal.") == (["May"], ["May"])
    assert _dates("Trump fired back at May over her criticism.") == (["May"], ["May"])
    assert _dates("Labour called on May to resign.") == (["May"], ["May"])


@pytest.mark.parametrize(
    "text",
    [
        "The leaders will meet again in May.",  # a time preposition
        "The council postponed the vote until May.",
        "The leaders set May 9 as the deadline.",  # a month with its day
        "The leaders will meet again on May 9.",
        "Trump fired back at Merkel on Thursday.",  # a weekday is no name
    ],
)
def test_a_month_or_day_stays_a_time(text: str) -> None:
    found, kept = _dates(text)
    assert found
    assert kept == []


def test_a_retort_at_a_person_tagged_as_a_date(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Trump fired back at noon on Monday over the criticism.",
        lambda e: e.cameo.code == "111",
        (MAY + "Trump fired back at May over her criticism.", "USAGOV", "GBRGOV", "111"),
    )


ATTACK = "In Hama, army units foiled an attack launched by Syrian rebels against military posts of the Syrian army."


def test_an_event_nouns_participle_carries_its_target(checks: SentenceChecks) -> None:
    checks.assert_coded(ATTACK, ("SYRREB", "SYRMIL", "190"))


def test_a_time_on_the_participle_is_no_target(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "In Hama, army units foiled an attack launched by Syrian rebels on Sunday.",
        lambda e: e.cameo.root == "19",
        (ATTACK, "SYRREB", "SYRMIL", "190"),
    )


def test_participle_parties_read_only_the_nouns_participle() -> None:
    doc = get_nlp()("Army units foiled an attack launched by Syrian rebels against military posts on Sunday.")
    attack = next(t for t in doc if t.lower_ == "attack")
    assert [t.text for t in participle_parties(attack, "against")] == ["posts"]
    assert participle_parties(attack, "on") == []  # a time is no party


RAIDS = "Syrian warplanes carried out raids targeting Islamic State militants near Raqqa."


def test_an_aiming_participles_object_is_the_target(checks: SentenceChecks) -> None:
    checks.assert_coded(RAIDS, ("SYRMIL", "IMGISIS", "190"))


def test_another_participles_object_is_no_target(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Syrian warplanes carried out raids helping Kurdish fighters near Raqqa.",
        lambda e: e.cameo.root == "19",
        (RAIDS, "SYRMIL", "IMGISIS", "190"),
    )


def test_aimed_objects_only_for_verbs_of_aiming() -> None:
    nlp = get_nlp()
    raids = next(t for t in nlp(RAIDS) if t.lower_ == "raids")
    assert [t.text for t in aimed_objects(raids)] == ["militants"]
    other = nlp("Syrian warplanes carried out raids helping Kurdish fighters.")
    helping = next(t for t in other if t.lower_ == "raids")
    assert aimed_objects(helping) == []
