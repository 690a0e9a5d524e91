"""Wire datelines are blanked before parsing, keeping every offset."""

from __future__ import annotations

import pytest

from detente import code_text
from detente.nlp.dateline import blank_dateline, dateline_place


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, March 14 (Reuters) - Russian forces shelled Kherson.",
        "GAZA CITY (AP) — Russian forces shelled Kherson.",
        "WASHINGTON, Ukraine, Dec 2 - Russian forces shelled Kherson.",
        "(Reuters) - Russian forces shelled Kherson.",
    ],
)
def test_datelines_are_blanked_with_offsets_kept(text: str) -> None:
    blanked = blank_dateline(text)
    assert len(blanked) == len(text)
    assert blanked.lstrip() == "Russian forces shelled Kherson."


def test_ordinary_openings_are_left_alone() -> None:
    for text in ("Russian forces shelled Kherson.", "NATO - the alliance - met.", "Iran's minister - who arrived"):
        assert blank_dateline(text) == text


def test_dateline_city_is_not_the_subject_and_evidence_is_original_text() -> None:
    text = "KHERSON, May 9 (Reuters) - Russian forces shelled the city of Kherson on Tuesday."
    [event] = code_text(text, date="2023-05-10")
    assert event.source.code == "RUSMIL"
    assert event.evidence.sentence == text[event.evidence.start : event.evidence.end]
    assert event.evidence.sentence.startswith("Russian forces")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KYIV, March 14 (Reuters) - Russian forces shelled Kherson.", "KYIV"),
        ("GAZA CITY (AP) — Russian forces shelled Kherson.", "GAZA CITY"),
        ("BEIRUT, Lebanon (Reuters) - Rebels shelled Homs.", "BEIRUT, Lebanon"),
    ],
)
def test_a_wire_datelines_place_is_read_from_the_one_pattern(text: str, place: str) -> None:
    assert dateline_place(text) == place


def test_no_place_without_a_dateline_or_with_an_agency_alone() -> None:
    # twins of the above: an agency with no city, an ordinary opening and a capitalised word before a dash
    for text in ("(Reuters) - Rebels shelled Homs.", "Rebels shelled Homs.", "NATO - the alliance - met."):
        assert dateline_place(text) == ""
