"""Guide 1.3: an unnamed site described by its holder stands for the holder, whether a name, a group noun or a
possessive names it (issue 14); a named place, or a site nobody is said to hold, is its country."""

from __future__ import annotations

import pytest

from detente import code_text

DAY = "2016-10-05"


def _pairs(text: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army targeted rebel strongholds in Idlib province.",
        "The Syrian army targeted the hideouts of the militants in Idlib province.",
        "Syrian troops fought the rebels near Aleppo on Monday. The army targeted their positions in Idlib province.",
    ],
)
def test_a_site_a_group_holds_stands_for_the_group_not_the_place(text: str) -> None:
    found = _pairs(text)
    assert ("SYRMIL", "SYRREB") in found
    assert ("SYRMIL", "SYR") not in found


def test_a_site_nobody_holds_is_the_place_and_a_group_is_no_site() -> None:
    assert ("SYRMIL", "SYR") in _pairs("The Syrian army targeted positions in Idlib province.")
    # "opposition groups" are the group itself, armed where a military besieges them (not a site of the opposition)
    found = _pairs("Syrian troops besieged opposition groups in Aleppo on Monday.")
    assert ("SYRMIL", "SYRREB") in found
    assert ("SYRMIL", "SYROPP") not in found


def test_a_held_town_with_a_name_of_its_own_is_a_place_of_its_country() -> None:
    named = _pairs("Syrian warplanes bombed the rebel-held town of Kafr Nabl in Idlib province.")
    assert ("SYRMIL", "SYR") in named
    assert ("SYRMIL", "SYRREB") not in named
    # with no name the town stands for its holder
    assert ("SYRMIL", "SYRREB") in _pairs("Syrian warplanes bombed a rebel-held town in Idlib province on Tuesday.")
