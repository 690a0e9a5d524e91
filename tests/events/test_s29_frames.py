"""A doer written outside the verb's own clause counts for a pattern's context (issue 13, s29-frames).

A pattern such as ``195.hit_air`` asks for an aerial word in the clause, and the clause's own subject counts
("warplanes hit a hospital"). A doer the parse hangs elsewhere did not: the subject a conjoined verb shares
("warplanes pounded X and hit Y"), the one a governing verb lends ("warplanes began targeting Y") or the noun a
relative clause hangs on ("the shelling that killed five civilians"), so the verb fit no pattern. Only the doer's own
words count, not what the rest of the governing clause names: an air strike a government condemned is no weapon of
its next verb.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente.records import Event

DATE = "2017-05-10"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def a_force(event: Event) -> bool:
    return event.cameo.code.startswith(("19", "18"))


def test_a_shared_subject_is_the_conjoined_verbs_doer(checks: SentenceChecks) -> None:
    checks.assert_coded(
        "Russian warplanes pounded Idlib and hit a hospital in Saraqeb on Monday.", ("RUSMIL", "SYRHLH", "195")
    )


def test_a_governing_verbs_subject_is_its_complements_doer(checks: SentenceChecks) -> None:
    checks.assert_coded("Russian warplanes began targeting the town of Saraqeb on Monday.", ("RUSMIL", "SYR", "195"))


def test_a_relative_clauses_noun_is_its_doer(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Residents fled the Turkish army that killed five civilians in Afrin on Monday.",
        a_force,
        ("Residents fled the Turkish shelling that killed five civilians in Afrin on Monday.", "TURMIL", "SYR", "194"),
    )


def test_only_the_doers_own_words_count(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Syrian government condemned the airstrikes on Idlib and targeted the opposition with new laws on Monday.",
        a_force,
        ("Syrian warplanes targeted the town of Saraqeb on Monday.", "SYRMIL", "SYR", "195"),
    )
