"""Verb patterns added in s14 from the train annotations (``data/verbs``, note "from corpus train annotations, s14"),
each a must-not row paired with its positive: the object or the doer the pattern needs decides.

* dismissing or denying reports is a denial (016) with no target; dismissing a minister is none;
* claiming an attack is claiming responsibility (015); claiming a town is not;
* troops entering a town advance on it (190); refugees entering it do not.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2024-05-03"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


@pytest.mark.parametrize(
    ("negative", "positive"),
    [
        (
            ("The Kremlin dismissed the minister on Friday.", "01"),
            ("The Kremlin dismissed the reports on Friday.", "RUSGOV", None, "016"),
        ),
        (
            ("The Syrian government denied the request on Wednesday.", "01"),
            ("The Syrian government denied the reports on Wednesday.", "SYRGOV", None, "016"),
        ),
        (
            ("The Islamic State group claimed the town on Tuesday.", "01"),
            ("Islamic State claimed the attack on Tuesday.", "IMGISIS", None, "015"),
        ),
        (
            ("Syrian refugees entered the town of Zabadani on Sunday.", "19"),
            ("Syrian troops entered the town of Zabadani on Sunday.", "SYRMIL", "SYR", "190"),
        ),
        (
            # the doer must be armed (source_roles), not any armed word of the clause
            ("Syrian refugees entered the camp run by the army.", "19"),
            ("Syrian troops entered the town of Zabadani on Sunday.", "SYRMIL", "SYR", "190"),
        ),
    ],
)
def test_a_train_pattern(checks: SentenceChecks, negative: tuple[str, str], positive: Coded) -> None:
    checks.assert_root_pair(negative, positive)


def test_an_attack_claimed_by_a_group_is_its_claim(checks: SentenceChecks) -> None:
    """A participle of root 01 with a 'by' agent is read as a passive (clauses.yaml reduced_passive_roots): 'an attack
    claimed by Al-Qaeda' is Al-Qaeda's claim; a bombing that 'claimed the lives' of people claims no responsibility."""
    checks.assert_root_pair(
        ("A car bombing claimed the lives of 100 people in Homs on Tuesday.", "01"),
        ("A twin car bombing claimed by Al-Qaeda left 100 people dead in Homs on Tuesday.", "IMGAQ", None, "015"),
    )


def test_a_proposal_considered_by_a_body_is_no_statement(checks: SentenceChecks) -> None:
    """Of root 01 only the claim (015) is read in the reduced passive (clauses.yaml reduced_passive_roots): 'the
    proposal considered by the committee' describes the proposal, as 'forces backed by Iran' do the forces."""
    checks.assert_root_pair(
        ("The proposal considered by the European Commission was rejected by Germany on Monday.", "01"),
        ("A twin car bombing claimed by Al-Qaeda left 100 people dead in Homs on Tuesday.", "IMGAQ", None, "015"),
    )
