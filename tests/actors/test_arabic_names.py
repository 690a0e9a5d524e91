"""s20-targets: a group's name joined by an Arabic article to a capitalised word ("Jaish al-Fatah", "Fatah al-Sham")
is a word of a longer name the dictionaries do not know, not the group; each paired with the name standing alone
and with a list whose commas the source dropped."""

from __future__ import annotations

import pytest

from detente import code_text


def _targets(text: str, date: str = "2016-10-05") -> set[str | None]:
    return {e.target.code if e.target else None for e in code_text(text, date=date)}


@pytest.mark.parametrize(
    "text",
    [
        "Syrian jets struck positions of Jaish al-Fatah near Idlib on Monday.",
        "Syrian jets struck positions of Fatah al-Sham near Idlib on Monday.",
    ],
)
def test_a_word_of_a_longer_arabic_name_is_not_the_group(text: str) -> None:
    assert "PSEPTY" not in _targets(text)


def test_the_same_name_alone_is_the_group() -> None:
    assert "PSEPTY" in _targets("Israeli jets struck positions of Fatah near Gaza City on Monday.")


def test_a_known_name_after_the_article_is_the_next_item_of_a_list() -> None:
    # "ISIL al-Nusra Front": two groups whose comma the source dropped; ISIL stays ISIL
    found = _targets("Syrian jets struck positions of ISIL al-Nusra Front near Idlib on Monday.")
    assert {"IMGISIS", "SYRREB"} <= found


def _pairs(text: str, date: str = "2016-10-05") -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date=date)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the reviewer's sentences: the name is read in a role phrase, as the subject (s20-mendtargets); the
        # fighters stay the rebels of the country the sentence is in, as for any group the dictionaries do not know
        ("Jaish al-Fatah fighters attacked government positions in Idlib.", ("SYRREB", "SYRGOV")),
        ("Fatah al-Sham fighters attacked Syrian army positions in Idlib on Monday.", ("SYRREB", "SYRMIL")),
        # and as the object
        ("Syrian jets bombed Fatah al-Sham fighters near Idlib on Monday.", ("SYRMIL", "SYRREB")),
    ],
)
def test_a_word_of_a_longer_arabic_name_is_not_the_group_in_a_role_phrase(text: str, pair: tuple[str, str]) -> None:
    found = _pairs(text)
    assert pair in found
    assert not any("PSEPTY" in p for p in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the positive twins: the name alone in the same role phrases is the group
        ("Fatah fighters attacked Israeli troops near Gaza City on Monday.", ("PSEPTY", "ISRMIL")),
        ("Israeli jets bombed Fatah fighters near Gaza City on Monday.", ("ISRMIL", "PSEPTY")),
    ],
)
def test_the_same_name_alone_in_a_role_phrase_is_the_group(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)
