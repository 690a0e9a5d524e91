"""A verb of saying or appeal conjoined inside a reported clause (s28-conj): the small parser hangs "urged" of
"Paris has said Syrian rebels may have used the gas ... and urged Moscow to ..." on the reported verb ("used"), whose
subject it would share; an act of the speaker's kind (a verbal root of ``speaker_act_roots``, a verb of
``speech_verbs``, ``demand_verbs`` ...) is the speaker's, also across a second reported clause ("said the vote showed
Erdogan had lost ... and called on him"). A deed conjoined the same way ("... and fired on a patrol boat") stays the
reported subject's. Each row: the speaker's act, and its twin, a deed in the same place that the speaker did not do.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks, Triple

DATE = "2017-11-08"

# (the sentence, the speaker's act it yields, the reported subject's event it must not yield)
SPEAKER_ACTS: list[tuple[str, Triple, Triple]] = [
    (
        "Paris has said Syrian rebels may have used the gas to discredit Assad and urged Moscow to allow an inquiry.",
        ("FRAGOV", "RUSGOV", "020"),
        ("SYRREB", "RUSGOV", "020"),
    ),
    (
        "Japan said China would soon be testing a new missile, and urged the United States to impose sanctions.",
        ("JPN", "USA", "020"),
        ("CHN", "USA", "020"),
    ),
    (
        "Seoul said North Korean soldiers may have crossed the border and urged Pyongyang to return them.",
        ("KORGOV", "PRKGOV", "020"),
        ("PRKMIL", "PRKGOV", "020"),
    ),
    (
        "Berlin said the vote showed Erdogan had lost his majority and called on him to step down.",
        ("DEUGOV", "TURGOV", "0241"),
        ("TURGOV", "TURGOV", "0241"),
    ),
]

# a deed conjoined to the reported verb: the reported subject's, never the speaker's
REPORTED_DEEDS: list[tuple[str, Triple, Triple]] = [
    (
        "Japan said Chinese ships had entered its waters and fired on a Japanese patrol boat.",
        ("CHN", "JPNMIL", "190"),
        ("JPN", "JPNMIL", "190"),
    ),
    (
        "Japan said Chinese warships had entered its waters and attacked a Japanese patrol boat.",
        ("CHNMIL", "JPNMIL", "190"),
        ("JPN", "JPNMIL", "190"),
    ),
]


@pytest.mark.parametrize(("text", "coded", "wrong"), SPEAKER_ACTS + REPORTED_DEEDS)
def test_whose_conjoined_act(checks: SentenceChecks, text: str, coded: Triple, wrong: Triple) -> None:
    checks.assert_coded(text, coded)
    assert wrong not in checks.coded(text), f"{text!r} should not yield {wrong}"
