"""A bare noun of two-way fighting told after both sides were named (issue 13, s33-clashes).

"Government troops clashed with rebels near the town. Heavy fighting continued on Monday." or "... At least 12
soldiers were killed in clashes.": the annotators code the later noun as the same fighting, from both sides. A noun
with no determiner of a two-way pattern of ``remention.bare_roots`` takes both sides of the one earlier event the
coder told from both sides, under the guards of every re-mention (one party set, no rival doer, no other day) and its
own: no side named under it, no question, no negation, no place of its own, and an antecedent told both ways. Sentences
are written for these tests; every must-not is paired with its positive twin.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente import explain_text
from detente.data import clauses

DATE = dt.date(2024, 5, 3)
LEAD = "Syrian government forces clashed with Islamic State fighters near Palmyra on Monday. "
BOTH = {("SYRMIL", "IMGISIS"), ("IMGISIS", "SYRMIL")}


def later(text: str, lead: str = LEAD) -> set[tuple[str, str | None]]:
    """The re-mentions coded in the sentences after the lead."""
    events, _ = explain_text(lead + text, DATE)
    return {
        (e.source.code, e.target.code if e.target else None)
        for e in events
        if e.sentence_index and e.evidence.rule.endswith(".remention")
    }


PAIRED = [
    # (the same fighting told again: both sides) / (a twin that must inherit nothing)
    ("Heavy fighting continued on Monday.", "Heavy fighting continued on Tuesday."),  # another day
    ("At least 12 soldiers were killed in clashes.", "At least 12 soldiers were killed in clashes near Homs."),  # town
    ("Heavy fighting continued on Monday.", "Did heavy fighting continue on Monday?"),  # a question
    ("Heavy fighting continued on Monday.", "Heavy fighting did not continue on Monday."),  # a negation
    # another side named under the noun: its own frame's, not the earlier fighting
    ("Twelve soldiers were killed in clashes.", "Twelve soldiers were killed in clashes with Kurdish rebels."),
    # a deed of one side during the fighting is no toll of it
    ("Two fighters died in clashes.", "Rebels seized weapons during clashes."),
]


@pytest.mark.parametrize(("same", "other"), PAIRED, ids=[p[1][:45] for p in PAIRED])
def test_a_bare_two_way_noun_tells_the_one_earlier_fighting_again(same: str, other: str) -> None:
    assert later(same) == BOTH
    assert later(other) == set()


def test_other_sides_told_between_leave_the_noun_unresolved() -> None:
    """Another pair of sides fighting told in between ("Kurdish rebels shelled Turkish troops"): which fighting?"""
    between = "Kurdish rebels shelled Turkish troops near Afrin. "
    assert later("Heavy fighting continued on Monday.") == BOTH
    assert later(between + "Heavy fighting continued on Monday.") == set()


def test_a_one_way_deed_before_is_no_fighting_to_tell_again() -> None:
    """ "Rebels attacked the army" is told from one side: "fighting continued" may be its answer, or another battle."""
    one_way = "Syrian government forces shelled Islamic State positions near Palmyra on Monday. "
    assert later("Heavy fighting continued on Monday.") == BOTH
    assert later("Heavy fighting continued on Monday.", one_way) == set()


def test_a_bare_one_way_noun_stays_a_new_deed(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Air strikes killed 12" after air strikes is often a new deed on another town (s30-nouns): ``bare_one_way``
    off keeps it out; on, it re-mentions when its sentence names what was hit."""
    lead = "Russian warplanes bombed rebel positions in Idlib on Monday. "
    assert later("Air strikes on Idlib killed 12 people.", lead) == set()
    monkeypatch.setattr(clauses().remention, "bare_one_way", True)
    assert ("RUSMIL", "SYR") in later("Air strikes on Idlib killed 12 people.", lead)


def test_the_roots_list_switches_it(monkeypatch: pytest.MonkeyPatch) -> None:
    assert later("At least 12 soldiers were killed in clashes.") == BOTH
    monkeypatch.setattr(clauses().remention, "bare_roots", [])
    assert later("At least 12 soldiers were killed in clashes.") == set()
