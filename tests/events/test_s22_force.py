"""Events of force (root 19) a human coder does not code, classes a mechanism tells apart (issue 13, s22-p19); each
must-not row is paired with a positive sentence of the same kind:

* a doer offered as one of alternatives ("Syrian regime or Russian air strikes", "carried out by regime or Russian
  jets", "presumed Russian or Syrian government airstrikes") is not known: the deed is coded for no one (guide 1.3,
  section 5), while a list joined by "and" names each doer, and alternatives of deeds by one doer ("Russian air
  strikes or shelling") leave the doer known (``filters._doer_in_doubt``, ``clauses.yaml``
  ``alternative_conjunctions``). The other member counts only when it was read as another party: an alias of the
  same group ("the Islamic State, or ISIS"), the same country's other branch ("Syrian army or government"), a place
  naming where a deed was done ("Hama shelling") and a name inside a longer word ("Russia" in "Russian") leave the
  doer known.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente.records import Event

DATE = "2017-11-08"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def _force(event: Event) -> bool:
    return event.cameo.root == "19"


# (the doer one of alternatives; its twin: the doers joined by "and", or one doer named)
MUST_NOT_CODE_A_DOER_IN_DOUBT: list[tuple[str, Coded]] = [
    (
        "Syrian regime or Russian air strikes on a village in Hama province on Tuesday killed 19 people.",
        (
            "Syrian and Russian air strikes on a village in Hama province on Tuesday killed 19 people.",
            "RUSMIL",
            "SYR",
            "195",
        ),
    ),
    (
        "Nine people were killed on Monday in airstrikes on the town of Maarat carried out by"
        " Syrian government or Russian jets.",
        (
            "Nine people were killed on Monday in airstrikes on the town of Maarat carried out by Syrian regime and"
            " Russian jets.",
            "RUSMIL",
            "SYRCVL",
            "195",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_A_DOER_IN_DOUBT)
def test_a_doer_in_doubt_is_no_doer(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, _force, positive)


def test_doers_joined_by_and_are_each_coded(checks: SentenceChecks) -> None:
    """The twins of the rows above name two doers: each is coded, not only one of them."""
    for _negative, (text, _source, target, code) in MUST_NOT_CODE_A_DOER_IN_DOUBT:
        doers = {source for source, tgt, cameo in checks.coded(text) if tgt == target and cameo == code}
        assert {"RUSMIL"} < doers and any(d.startswith("SYR") for d in doers), f"{text!r} yields {doers}"


# (the doer one of alternatives of another party: no event; its twin: one party's words, the doer known)
MUST_DROP_ANOTHER_PARTY_OFFERED: list[tuple[str, Coded]] = [
    (
        # the doer's words are not side by side in the sentence ('Russian ... government')
        "Suspected Russian or Syrian government warplanes killed 14 civilians in Idlib province on Sunday.",
        ("Suspected Russian warplanes killed 14 civilians in Idlib province on Sunday.", "RUSMIL", "SYRCVL", "195"),
    ),
    (
        # the twin: another country's branch, the doer known
        "Syrian or Russian warplanes bombed Douma on Sunday.",
        ("Syrian army or government warplanes bombed Douma on Sunday.", "SYRMIL", "SYR", "195"),
    ),
    (
        # the twin: a name inside a longer word ('Russia' in 'Russian') is no mention of the doer
        "Russian or Syrian warplanes bombed Idlib on Sunday.",
        ("Russia, whose warplanes fly from Russian or Syrian bases, bombed Idlib on Sunday.", "RUS", "SYR", "195"),
    ),
    (
        # the twin: a place naming where the other deed was done is no doer
        "Russian air strikes or Syrian shelling killed 11 people on Sunday.",
        ("Russian air strikes or Hama shelling killed 11 people on Sunday.", "RUSMIL", "SYR", "195"),
    ),
    (
        # the twin: an alias of the same group is no other party
        "The Islamic State or the Taliban ambushed Afghan soldiers near Kunduz on Sunday.",
        ("The Islamic State, or ISIS, ambushed Iraqi soldiers near Tikrit on Sunday.", "IMGISIS", "IRQMIL", "190"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_DROP_ANOTHER_PARTY_OFFERED)
def test_another_party_offered_is_doubt_one_party_is_not(
    checks: SentenceChecks, negative: str, positive: Coded
) -> None:
    checks.assert_pair(negative, _force, positive)


def test_same_party_alternatives_keep_every_reading(checks: SentenceChecks) -> None:
    """'Daesh, or the Islamic State': two names of one group; 'Syrian army or government': one country's branches;
    'Erdogan or his ministers': one government, the meeting's partner still coded both ways."""
    checks.assert_coded(
        "Daesh, or the Islamic State, ambushed Iraqi soldiers near Tikrit on Sunday.", ("IMGISIS", "IRQMIL", "190")
    )
    checks.assert_coded("Syrian army or government warplanes bombed Douma on Sunday.", ("SYRGOV", "SYR", "195"))
    checks.assert_coded("Macron met Erdogan or his ministers in Paris on Friday.", ("TURGOV", "FRAGOV", "040"))
    checks.assert_coded("Macron met Erdogan or his ministers in Paris on Friday.", ("FRAGOV", "TURGOV", "040"))


def test_alternative_deeds_keep_their_doer(checks: SentenceChecks) -> None:
    """'or' between two deeds of one doer is no doubt about the doer."""
    checks.assert_coded(
        "Russian air strikes or shelling on a village in Hama province on Tuesday killed 19 people.",
        ("RUSMIL", "SYR", "195"),
    )
