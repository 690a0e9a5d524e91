"""A leader the phrase places in a chamber leads legislators (s33-slots, issue 13): "congressional leaders" is LEG.

The miss funnel's "resolves to another level of the country" rows (stages c and d) include legislators' leaders read
as the government: "leader" alone is a GOV title in ``roles.yaml``, and the chamber's word before it ("congressional",
"parliamentary", "Senate") was not read, so "met congressional leaders" became a meeting of the government with itself
(dropped as the same actor) and "the Senate majority leader" a government. The longer titles ("congressional leader",
"senate majority leader", ...) are LEG, composed from ``roles.yaml``'s ``chamber_words`` and ``chamber_titles``; the
longest title that ends at the head wins, so a leader no chamber word places stays GOV. Every must-not row has a
positive twin. Sentences written for detente.
"""

from __future__ import annotations

from tests.events.conftest import SentenceChecks, holds_role

DATE = "2015-05-10"
CONGRESS = "The U.S. Congress is divided over the budget. "


def test_congressional_leaders_are_legislators_and_chinese_leaders_the_government(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "President Barack Obama met Chinese leaders in Beijing on Tuesday.",
        holds_role("LEG", "target"),
        (
            CONGRESS + "President Barack Obama met congressional leaders at the White House on Tuesday.",
            "USAGOV",
            "USALEG",
            "040",
        ),
    )


def test_a_majority_leader_is_a_legislator_and_a_bare_leader_is_not(checks: SentenceChecks) -> None:
    checks.assert_pair(
        CONGRESS + "The American leader criticized Iran on Tuesday.",
        holds_role("LEG", "source"),
        (CONGRESS + "The Senate majority leader criticized Iran on Tuesday.", "USALEG", "IRN", "111"),
    )


def test_a_communitys_minority_leader_is_no_legislator_and_a_senate_minority_leader_is(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Druze minority leaders in Israel met Prime Minister Benjamin Netanyahu on Thursday.",
        holds_role("LEG", "source", "target"),
        (CONGRESS + "The Senate minority leader criticized Iran on Tuesday.", "USALEG", "IRN", "111"),
    )
