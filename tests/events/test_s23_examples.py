"""A target slot's noun that names a group of parties gives its parties as examples (issue 13, s23-slots).

"criticized foreign governments, including China", "praised European partners such as France", "met with several of
the envoys, including X" (the parser hangs the example on the verb after a comma): the deed is aimed at the parties
named after ``roles.yaml`` ``example_preps`` (on the verb only ``clause_example_preps``). Not after a noun for a thing
("criticized the decision, including ..." hung on the object is the subject's list), nor after a comma that compares
("criticized the decision, like China"), nor of a running total ("has met 18 leaders", "many leaders", "dozens of
times"). Every must-not row is paired with its positive twin; sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2024-05-03"


def _targets(code: str):
    return lambda e: e.target is not None and e.target.code == code


MET_MACRON = (
    "Chancellor Olaf Scholz met foreign leaders, including French President Emmanuel Macron, on Monday.",
    "DEUGOV",
    "FRAGOV",
    "040",
)
CRITICIZED_GOVERNMENTS = (
    "Chancellor Olaf Scholz criticized European governments, including France and Hungary, on Monday.",
    "DEUGOV",
    "HUN",
    "111",
)

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
        # a thing is no group of parties, and "like" after a comma compares the doer: China is no target
        ("Japan criticized the decision, like China, on Monday.", "CHN"),
        ("Japan criticized foreign governments, including China, on Monday.", "JPN", "CHN", "111"),
    ),
    (
        # "like" after a comma compares, even after a group of parties; "such as" (the parser hangs "such" on "as")
        # is read by the table's multiword entry
        ("Chancellor Olaf Scholz praised European partners, like France, on Monday.", "FRA"),
        ("Chancellor Olaf Scholz praised European partners such as France on Monday.", "DEUGOV", "FRA", "051"),
    ),
    (
        # the subject's list, hung by the parser on the object: the decision gives no examples
        ("EU members criticized the decision, including France and Hungary, on Monday.", "HUN"),
        CRITICIZED_GOVERNMENTS,
    ),
    (
        # a running total: a number on the group
        ("Chancellor Olaf Scholz has criticized 18 governments, including Hungary, since taking office.", "HUN"),
        CRITICIZED_GOVERNMENTS,
    ),
    (
        # a running total: a word of count on the group
        ("Chancellor Olaf Scholz has met many leaders, including French President Emmanuel Macron.", "FRAGOV"),
        MET_MACRON,
    ),
    (
        # a running total: the clause counts its occasions
        (
            "Chancellor Olaf Scholz has met foreign leaders, including French President Emmanuel Macron, dozens of "
            "times.",
            "FRAGOV",
        ),
        MET_MACRON,
    ),
    (
        # a running total: a count as the partitive head; "several of" is one deed's parties
        (
            "Chancellor Olaf Scholz met dozens of foreign leaders, including French President Emmanuel Macron, on "
            "Monday.",
            "FRAGOV",
        ),
        (
            "Chancellor Olaf Scholz met several of the foreign leaders on Monday, including French President Emmanuel "
            "Macron.",
            "DEUGOV",
            "FRAGOV",
            "040",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), EXAMPLES, ids=[c[0][0][:60] for c in EXAMPLES])
def test_examples_of_a_slot_noun(checks: SentenceChecks, negative: tuple[str, str], positive: Coded) -> None:
    text, code = negative
    checks.assert_pair(text, _targets(code), positive)
