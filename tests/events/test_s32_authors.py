"""The author of a refused thing said, asked or put forward (s32-attach, issue 13): "a plea by X" stands for X.

The miss funnel's "other attachment" targets include objects that name a thing, not a party, whose party hangs below
them: its possessive ("X's suggestion") or its "by" object ("a plea by X"). One route reads both for every root:
``actors.holders.owned_by``, for the nouns of ``roles.yaml`` ``owned_nouns`` only, now with "plea" and "suggestion"
(not "nominee": a person, whose own deeds the route would give to the nominator). A deed done to the possessor ("X's
release", "X's detention", "X's impeachment") names no thing X made, is on no list, and its refusal is aimed at no one
(the review of s32-attach: a route open to any noun read the victim as the author). Every must-not row has a positive
twin. Sentences written for detente.
"""

from __future__ import annotations

from tests.events.conftest import SentenceChecks

DATE = "2016-03-10"


def test_a_refused_suggestion_is_aimed_at_its_author_and_a_refused_release_at_no_one(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Moscow on Thursday rejected Alexei Navalny's release from jail.",
        lambda e: e.cameo.root == "12",
        ("Moscow on Thursday rejected Alexei Navalny's suggestion to hold a fresh vote.", "RUSGOV", "RUSOPP", "120"),
    )


def test_a_refused_plea_by_a_party_is_aimed_at_it_and_a_refused_detention_at_no_one(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Damascus on Sunday rejected Alexei Navalny's detention as unlawful.",
        lambda e: e.cameo.root == "12",
        ("Damascus on Sunday rejected a plea by President Barack Obama for a truce.", "SYRGOV", "USAGOV", "120"),
    )


def test_a_nominee_is_no_thing_of_its_nominator(checks: SentenceChecks) -> None:
    # a nominee is a person: what the nominee does is not done by whoever named them (no owner route for it)
    checks.assert_pair(
        "President Barack Obama's nominee for the court met Chinese officials in Beijing on Tuesday.",
        lambda e: e.cameo.root == "04",
        ("President Barack Obama met Chinese officials in Beijing on Tuesday.", "USAGOV", "CHNGOV", "040"),
    )
