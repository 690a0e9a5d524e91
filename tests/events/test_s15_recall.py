"""Parties of event nouns (s15-recall, issue 13): the verb whose subject is under way in the event an "on" phrase names.

* a verb of going with an event noun after "on" ("arrived on a visit to Iraq", ``on_frame_verbs`` in
  ``data/clauses.yaml``) makes its subject the doer of the event, as "in talks with" and "for talks with" do, while
  another verb's "on" names a topic ("commented on the visit to Iraq"), whose subject did not make the visit;
* a passive with several "by" phrases ("criticized by Russian diplomats as well as by Iranian officials") has a doer
  in each (``tree.subjects``), while one "by" phrase gives one doer;
* a name the parser hangs on the next name as its modifier, with "and" between them, is the first member of a pair
  in a preposition's object ("talks between Kerry and Russian Foreign Minister Sergey Lavrov",
  ``tree.joined_modifier``), while one named entity ("Trinidad and Tobago") stays one;
* an event noun that is the subject of a verb carrying the "between" pair ("clashes broke out between X and Y") takes
  that pair (``candidates.verb_between``), while a noun with a "between" of its own keeps its own.

Every must-not row has a positive twin. Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente.events.tree import joined_modifier
from detente.nlp import get_nlp

DATE = "2018-05-03"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def test_a_verb_of_going_is_under_way_in_the_visit(checks: SentenceChecks) -> None:
    checks.assert_coded("Erdogan arrived on Monday on a visit to Iraq and Kuwait.", ("TURGOV", "IRQ", "042"))
    checks.assert_coded("Erdogan arrived on Monday on a visit to Iraq and Kuwait.", ("TURGOV", "KWT", "042"))


def test_a_topic_after_on_is_no_deed_of_the_subject(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Erdogan commented on Monday on a visit to Iraq by Macron.",
        lambda e: e.source.code == "TURGOV" and e.cameo.root == "04",
        ("Erdogan departed on Monday on a visit to Iraq.", "TURGOV", "IRQ", "042"),
    )


def test_setting_a_deadline_on_talks_holds_no_talks(checks: SentenceChecks) -> None:
    """'set' is no verb of going: a deadline set on talks is not the subject taking part in them (review)."""
    checks.assert_pair(
        "Israel set a deadline on Monday on talks with Hamas.",
        lambda e: e.cameo.root == "04",
        ("Israeli envoys arrived on Monday on a visit to Egypt.", "ISRGOV", "EGY", "042"),
    )


def test_every_by_phrase_of_a_passive_names_a_doer(checks: SentenceChecks) -> None:
    text = "Merkel was criticized by Russian diplomats as well as by Iranian officials on Monday."
    checks.assert_coded(text, ("RUSGOV", "DEUGOV", "111"))
    checks.assert_coded(text, ("IRNGOV", "DEUGOV", "111"))


def test_one_by_phrase_gives_one_doer(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Merkel was criticized by Russian diplomats on Monday in the presence of Iranian officials.",
        lambda e: e.source.code == "IRNGOV",
        ("Merkel was criticized by Russian diplomats on Monday.", "RUSGOV", "DEUGOV", "111"),
    )


def test_a_pair_hung_on_its_second_name_is_two_parties() -> None:
    checks = SentenceChecks("2016-05-03")  # Kerry in office
    text = "Talks between Kerry and Russian Foreign Minister Sergey Lavrov ended on Friday without a deal."
    checks.assert_coded(text, ("USAGOV", "RUSGOV", "040"))
    checks.assert_coded(text, ("RUSGOV", "USAGOV", "040"))


def test_one_named_entity_with_and_is_one_name() -> None:
    nlp = get_nlp()
    doc = nlp("Talks between Kerry and Russian Foreign Minister Sergey Lavrov ended on Friday without a deal.")
    lavrov = next(t for t in doc if t.text == "Lavrov")
    assert [m.text for m in lavrov.children if joined_modifier(lavrov, m)] == ["Kerry"]
    doc = nlp("He met the Prime Minister of Antigua and Barbuda on Monday.")
    assert not [(t.text, m.text) for t in doc for m in t.children if joined_modifier(t, m)]


def test_the_pair_on_the_verb_of_an_event_noun_is_its_pair(checks: SentenceChecks) -> None:
    text = "Heavy clashes broke out on Monday between Syrian troops and rebels near Aleppo."
    checks.assert_coded(text, ("SYRMIL", "SYRREB", "193"))
    checks.assert_coded(text, ("SYRREB", "SYRMIL", "193"))


def test_a_noun_with_its_own_pair_keeps_it(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The talks between Iran and Turkey were split on Monday between Geneva and Vienna.",
        lambda e: e.cameo.root == "04" and e.source.code in ("CHE", "AUT"),
        ("The talks between Iran and Turkey were split on Monday between Geneva and Vienna.", "IRN", "TUR", "040"),
    )
