"""A label past the object's description ("calls the PKK, which controls the border, a terrorist group"; "calls
the soldiers deployed in the regions occupiers", where the parser reads the label as the last preposition's
object), and a pronoun object that is not its own clause's subject. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.system.conftest import held_pairs


def labels(text: str) -> set[tuple]:
    return held_pairs(text, "label")


def supports(text: str) -> set[tuple]:
    return held_pairs(text, "support")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ankara calls the PKK, which controls the mountain border, a terrorist group.", {("TURGOV", "TURREB")}),
        ("Ankara has branded the PKK, which controls the mountain border, a criminal gang.", {("TURGOV", "TURREB")}),
        ("Kyiv calls the Russian soldiers deployed in the eastern regions occupiers.", {("UKRGOV", "RUSMIL")}),
    ],
)
def test_a_label_past_the_objects_description(text: str, expected: set[tuple]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ankara calls the PKK, which controls the mountain border, a partner.",  # no label word
        "Kyiv calls for the withdrawal of the Russian soldiers deployed in the eastern regions.",  # no label at all
        "Kyiv calls the Russian soldiers deployed in the eastern regions heroes.",  # "heroes" labels nobody
    ],
)
def test_what_is_no_label(text: str) -> None:
    assert labels(text) == set()


def test_a_pronoun_object_is_not_its_clauses_subject() -> None:
    named = "China and Russia have shielded Myanmar's military from censure."
    assert supports(named) == {("CHN", "MMRMIL"), ("RUS", "MMRMIL")}
    # must not: "it" is not Russia, the last actor named, for Russia is the subject
    pronoun = "Myanmar's military seized power. China and Russia have shielded it from censure at the United Nations."
    assert not {(a, b) for a, b in supports(pronoun) if {a, b} <= {"CHN", "RUS"}}
