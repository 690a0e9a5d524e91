"""A slot's noun that names no party gives its parties as examples (issue 13, s23-slots).

"slammed foreign actors like China and Japan", "met Gulf officials, including the Qatari foreign minister", "met with
several of the envoys, including X" (the parser hangs the example on the verb): the deed is aimed at the parties
named after ``roles.yaml`` ``example_preps`` (on the verb only ``clause_example_preps``). A noun that names a party
keeps its own reading. Every must-not row is paired with its positive twin; sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2024-05-03"


def _targets(code: str):
    return lambda e: e.target is not None and e.target.code == code


# (sentence that must not yield an event aimed at the code, the code), the positive twin
EXAMPLES: list[tuple[tuple[str, str], Coded]] = [
    (
        # "like" on the verb compares; only "including" there gives the slot noun's examples
        (
            "Chancellor Olaf Scholz met with several of the envoys on Monday, like French President Emmanuel Macron.",
            "FRAGOV",
        ),
        (
            "Chancellor Olaf Scholz met with several of the envoys on Monday, including French President Emmanuel "
            "Macron.",
            "DEUGOV",
            "FRAGOV",
            "040",
        ),
    ),
    (
        # the slot's noun names a party itself: the compared country is no target
        ("Chancellor Olaf Scholz criticized the Polish government, like Hungary, on Monday.", "HUN"),
        (
            "Chancellor Olaf Scholz criticized European governments like Poland and Hungary on Monday.",
            "DEUGOV",
            "HUN",
            "111",
        ),
    ),
    (
        # no example named: an unnamed group of ministers is no party
        ("Chancellor Olaf Scholz met foreign ministers on Monday.", "POLGOV"),
        (
            "Chancellor Olaf Scholz met foreign ministers, including Polish Foreign Minister Radoslaw Sikorski, on "
            "Monday.",
            "DEUGOV",
            "POLGOV",
            "040",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), EXAMPLES, ids=[c[1][0][:60] for c in EXAMPLES])
def test_examples_of_a_slot_noun(checks: SentenceChecks, negative: tuple[str, str], positive: Coded) -> None:
    text, code = negative
    checks.assert_pair(text, _targets(code), positive)


def test_a_noun_naming_a_party_keeps_it(checks: SentenceChecks) -> None:
    """The examples are read only when the noun resolves to nothing: 'the Polish government, like Hungary' is Poland's
    government."""
    checks.assert_coded(
        "Chancellor Olaf Scholz criticized the Polish government, like Hungary, on Monday.", ("DEUGOV", "POLGOV", "111")
    )
