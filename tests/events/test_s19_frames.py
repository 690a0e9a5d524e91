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

from detente import code_text
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
    named = "British Prime Minister Theresa May met Angela Merkel. "  # the article has named her
    assert _dates(named + "Nigel Farage criticized May over the deal.") == (["May"], ["May"])
    assert _dates(named + "Trump fired back at May over her remarks on the visit.") == (["May"], ["May"])
    assert _dates(named + "Labour called on May to resign.") == (["May"], ["May"])


@pytest.mark.parametrize(
    "text",
    [
        "Nigel Farage criticized May over the deal.",  # no person of that surname named before: a date
        "Trump fired back at May over her remarks on the visit.",
        MAY + "The EU rejected May as a date for the summit.",  # a noun of time in the clause
        MAY + "Iran and the EU set May as the deadline for the talks.",
        MAY + "The parties chose March for the vote.",  # no person named March
        MAY + "The deal must be approved by May, the EU said.",  # a modal passive: a deadline
        MAY + "Brussels said the deal would be rejected by March.",
    ],
)
def test_a_month_name_with_a_date_reading_or_no_person_stays_a_date(text: str) -> None:
    found, kept = _dates(text)
    assert "May" in found or "March" in found
    assert "May" not in kept and "March" not in kept


def test_a_month_name_as_a_date_is_no_target(checks: SentenceChecks) -> None:
    checks.assert_pair(
        MAY + "The EU rejected May as a date for the summit.",
        lambda e: e.cameo.root == "12",
        (MAY + "The EU rejected May over her plan for the summit.", "IGOEU", "GBRGOV", "120"),
    )


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
        (MAY + "Trump fired back at May over her remarks on the visit.", "USAGOV", "GBRGOV", "111"),
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


@pytest.mark.parametrize(
    ("text", "twin"),
    [
        (
            "The UN condemned an attack reported by activists against a market in Idlib.",
            "The UN condemned an attack launched by rebels against a market in Idlib.",
        ),
        (
            "The UN condemned an attack witnessed by journalists against protesters in Cairo.",
            "The UN condemned an attack carried out by police against protesters in Cairo.",
        ),
        (
            "An attack reported by the Syrian Observatory against army posts killed 12 soldiers in Idlib.",
            "An attack launched by Syrian rebels against army posts killed 12 soldiers in Idlib.",
        ),
    ],
)
def test_only_a_participle_of_doing_names_the_nouns_doer(text: str, twin: str) -> None:
    """'reported by', 'witnessed by' name who told or saw the attack, never who made it (review of s19-frames)."""
    nlp = get_nlp()
    told = next(t for t in nlp(text) if t.lower_ == "attack")
    done = next(t for t in nlp(twin) if t.lower_ == "attack")
    assert participle_parties(told, "by") == []
    assert participle_parties(done, "by") != []


def test_a_reporter_is_no_attacker(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "In Hama, army units foiled an attack reported by activists against military posts of the Syrian army.",
        lambda e: e.cameo.root == "19",
        (ATTACK, "SYRREB", "SYRMIL", "190"),
    )


def test_a_reported_attack_as_subject_takes_no_reporter_as_doer() -> None:
    """'Airstrikes reported by the Syrian Observatory killed ...': the owner of an attack noun is read on a participle
    of doing only, on the subject path too (review s19: NGOSOHR 195 SYR); 'carried out by' still names the doer."""
    told = code_text(
        "Airstrikes reported by the Syrian Observatory killed 12 civilians in Douma on Monday.", date="2018-03-05"
    )
    done = code_text(
        "Airstrikes carried out by Russian jets killed 12 civilians in Douma on Monday.", date="2018-03-05"
    )
    assert not any(e.source.code.startswith("NGO") for e in told)
    assert any(e.source.code == "RUSMIL" and e.cameo.root == "19" for e in done)
    # the learned layer's source too (review s20: TURGOV 195)
    spoke = code_text(
        "Airstrikes denounced by Turkish President Erdogan killed 12 civilians in Idlib.", date="2018-03-05"
    )
    assert not any(e.source.code == "TURGOV" and e.cameo.root == "19" for e in spoke)


def test_aimed_objects_only_for_verbs_of_aiming() -> None:
    nlp = get_nlp()
    raids = next(t for t in nlp(RAIDS) if t.lower_ == "raids")
    assert [t.text for t in aimed_objects(raids)] == ["militants"]
    other = nlp("Syrian warplanes carried out raids helping Kurdish fighters.")
    helping = next(t for t in other if t.lower_ == "raids")
    assert aimed_objects(helping) == []
