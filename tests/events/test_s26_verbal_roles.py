"""s26 (issue 14): an opposition's verbal attack keeps the role its words name.

``deed_roles`` (clauses.yaml) makes an opposition (OPP) that does a deed of force an armed group (REB); the verbal sense
of "attack" (``filters.verbal_code``, ``verbal_sense``) reads the role as the text names it
(``Candidate.named_source``), and when the attack is of words the critic stays OPP and the code is criticism (111).
Each must-not row has its twin: the same opposition attacking an armed party, or opposition fighters, keep the force
and the armed role.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente.records import Event

DATE = "2019-01-15"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def _force_or_armed(e: Event) -> bool:
    return e.cameo.root in ("18", "19", "20") or e.source.code.endswith("REB")


# (an opposition's attack of words, its expected criticism), its twin: the same kind of opposition attacking an armed
# party or the police, or opposition fighters, a deed of force that shows the doer armed
PAIRS: list[tuple[Coded, Coded]] = [
    (
        (
            "Britain's opposition Labour Party attacked Prime Minister Theresa May on Tuesday over the Brexit deal.",
            "GBROPP",
            "GBRGOV",
            "111",
        ),
        ("Britain's opposition Labour Party attacked soldiers in Belfast on Tuesday.", "GBRREB", "GBRMIL", "190"),
    ),
    (
        (
            "Kenya's opposition leader Raila Odinga attacked President Uhuru Kenyatta on Monday over the election "
            "results.",
            "KENOPP",
            "KENGOV",
            "111",
        ),
        ("Kenya's opposition attacked police officers in Nairobi on Monday.", "KENREB", "KENCOP", "190"),
    ),
    (
        ("The Syrian opposition attacked the government on Tuesday over the talks.", "SYROPP", "SYRGOV", "111"),
        ("The Syrian opposition attacked the army near Aleppo on Tuesday.", "SYRREB", "SYRMIL", "190"),
    ),
    (
        ("The Syrian opposition attacked the government on Tuesday over the talks.", "SYROPP", "SYRGOV", "111"),
        ("Syrian opposition fighters attacked government forces near Aleppo on Tuesday.", "SYRREB", "SYRMIL", "190"),
    ),
    (
        # the government as target with no topic: an opposition that attacks the government's positions is armed
        ("Venezuela's opposition attacked President Maduro on Monday over the vote.", "VENOPP", "VENGOV", "111"),
        ("The Syrian opposition attacked government positions on Tuesday.", "SYRREB", "SYRGOV", "190"),
    ),
]


@pytest.mark.parametrize(("verbal", "armed"), PAIRS)
def test_a_verbal_attack_keeps_the_opposition_named(checks: SentenceChecks, verbal: Coded, armed: Coded) -> None:
    # words: no force and no armed doer; force: no criticism and no opposition doer
    checks.assert_pair(verbal[0], _force_or_armed, verbal)
    checks.assert_pair(armed[0], lambda e: e.cameo.root == "11" or e.source.code.endswith("OPP"), armed)
