"""A pattern word whose patterns did not fit the clause (issue 13, s27-frames): "deny" had patterns for a denied
charge ("denied the allegations"), a denied report and a denied deed of force ("denied that it had supplied drones",
a listed verb), but a denial of any other deed reported in a finite clause fit none ("denied that its envoy
disparaged the EU", "denied there was a deal"). The pattern field ``clause`` asks for such a clause, whatever its
verb (``016.deny_clause``). A gerund ("denied having seized") is no such clause: on train those were personal
denials the annotators left uncoded; nor is a denial with no clause ("denied the ship entry"), nor one the small
parse hangs as a bare conjunct on another verb's reported clause ("told reporters that his country would not
accept threats and denied that ..."), whose subject it would then take for the denier.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente.records import Event

DATE = "2017-03-14"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def a_denial(event: Event) -> bool:
    return event.cameo.code == "016"


MUST_NOT_DENY: list[tuple[str, Coded]] = [
    (  # a gerund: no finite clause
        "The Iranian government denied having insulted the British ambassador on Monday.",
        ("The Iranian government denied that it insulted the British ambassador on Monday.", "IRNGOV", None, "016"),
    ),
    (  # a bare conjunct of another verb's reported clause: the parse shares that clause's subject with it
        "The Russian ambassador told reporters that his country would not accept threats and denied that "
        "Russia had anything to do with the attack.",
        ("The Russian ambassador denied that Russia had anything to do with the attack.", "RUSGOV", None, "016"),
    ),
    (  # no clause at all: a refusal of entry, not a denial of a deed
        "The Iranian government denied the British ship entry to its ports on Monday.",
        ("The Iranian government denied that the British ship had entered its ports on Monday.", "IRNGOV", None, "016"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_DENY)
def test_a_denial_of_a_deed_reported_in_a_finite_clause(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, a_denial, positive)


def test_a_finite_clause_without_that_is_read(checks: SentenceChecks) -> None:
    checks.assert_coded(
        "The Turkish government denied its diplomats had discussed the matter with the rebels.", ("TURGOV", None, "016")
    )
