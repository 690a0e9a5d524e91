"""An appeal conjoined inside a reported clause (s28-conj): the small parser hangs "urged" of "Paris has said Syrian
rebels may have used the gas ... and urged Moscow to ..." on the reported verb, whose subject it would share. An appeal
(``speaker_act_verbs``, a code of ``speaker_act_roots``) hung on a verb that is no act of the reported subject ("had
lost his majority", "would soon be testing") is the speaker's, also across a second reported clause ("said the vote
showed Erdogan had lost ... and called on him"). Hung on an act of that subject (a deed, a verbal act) it stays the
reported subject's; threats and rejections always do, and so do deeds. Each row: the event it must yield, and the
one it must not; the rows of both lists are twins (the same frame, the other reading).

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks, Triple

DATE = "2017-11-08"

# (the sentence, the event it yields, the event it must not yield)
SPEAKER_ACTS: list[tuple[str, Triple, Triple]] = [
    (
        "Japan said China would soon be testing a new missile, and urged the United States to impose sanctions.",
        ("JPN", "USA", "020"),
        ("CHN", "USA", "020"),
    ),
    (
        "Seoul said North Korea had failed to comply with the deal and urged Pyongyang to return to talks.",
        ("KORGOV", "PRKGOV", "026"),
        ("PRK", "PRKGOV", "026"),
    ),
    (
        "Berlin said the vote showed Erdogan had lost his majority and called on him to step down.",
        ("DEUGOV", "TURGOV", "0241"),
        ("TURGOV", "TURGOV", "0241"),
    ),
]

# the same frames hung on an act of the reported subject, or not an appeal: the reported subject's, never the speaker's
REPORTED_ACTS: list[tuple[str, Triple, Triple]] = [
    (
        "Israel said Hamas fired rockets and urged Palestinians in Jordan to attack Israel.",
        ("PSEREB", "PSE", "020"),
        ("ISR", "PSE", "020"),
    ),
    (
        "Japan said Russia had criticised Ukraine and urged the United States to impose sanctions.",
        ("RUS", "USA", "020"),
        ("JPN", "USA", "020"),
    ),
    (
        "Israel said Hamas fired rockets and threatened to attack Egypt.",
        ("PSEREB", "EGY", "138"),
        ("ISR", "EGY", "138"),
    ),
    (
        "Egypt said Hamas had shelled Israel and rejected talks with Israel.",
        ("PSEREB", "ISR", "125"),
        ("EGY", "ISR", "125"),
    ),
    (
        "Japan said Chinese warships had entered its waters and attacked a Japanese patrol boat.",
        ("CHNMIL", "JPNMIL", "190"),
        ("JPN", "JPNMIL", "190"),
    ),
]


@pytest.mark.parametrize(("text", "coded", "wrong"), SPEAKER_ACTS + REPORTED_ACTS)
def test_whose_conjoined_act(checks: SentenceChecks, text: str, coded: Triple, wrong: Triple) -> None:
    checks.assert_coded(text, coded)
    assert wrong not in checks.coded(text), f"{text!r} should not yield {wrong}"
