"""A pattern word whose patterns did not fit the clause (issue 13, s27-frames): "deny" had patterns for a denied
charge ("denied the allegations"), a denied report and a denied deed of force ("denied that it had supplied drones",
a listed verb), but a denial of any other deed reported in a finite clause fit none ("denied that its envoy
disparaged the EU", "denied there was a deal"). The pattern field ``clause`` asks for such a clause, whatever its
verb (``016.deny_clause``), a progressive one too ("denied that its envoy was disparaging"). A gerund ("denied
having seized") is no such clause (the parse hangs it as xcomp): on train those were personal
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
    (  # a gerund with no subject: the parse hangs it as xcomp, no reported clause; its progressive twin is finite
        "The Egyptian government denied disparaging the European Union on Monday.",
        ("The Egyptian government denied that its envoy was disparaging the European Union.", "EGYGOV", None, "016"),
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


def test_a_progressive_clause_is_finite(checks: SentenceChecks) -> None:
    """A progressive clause has a subject and a finite auxiliary of its own: it is denied as the simple past is."""
    checks.assert_coded("Iran denied that its diplomats were meeting with Saudi officials.", ("IRN", None, "016"))
    checks.assert_coded("Iran denied that its diplomats met with Saudi officials.", ("IRN", None, "016"))


def test_the_denial_replaces_the_deed_denied(checks: SentenceChecks) -> None:
    """What was done is the denial: the deed reported inside the denied clause is not coded beside it, negated or
    not; the same deed said outright is."""
    denied = "Turkey denied that the United States had threatened it with sanctions."
    checks.assert_coded(denied, ("TUR", None, "016"))
    assert not [e for e in checks.events(denied) if e.cameo.root == "13"], f"{denied!r} codes the threat denied"
    checks.assert_coded("The United States threatened Turkey with sanctions.", ("USA", "TUR", "1312"))
