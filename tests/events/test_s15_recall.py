"""Parties of event nouns (s15-recall, issue 13): the verb whose subject is under way in the event an "on" phrase names.

* a verb of going with an event noun after "on" ("arrived on a visit to Iraq", ``on_frame_verbs`` in
  ``data/clauses.yaml``) makes its subject the doer of the event, as "in talks with" and "for talks with" do, while
  another verb's "on" names a topic ("commented on the visit to Iraq"), whose subject did not make the visit.

Every must-not row has a positive twin. Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

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
