"""narrative.yaml's schema (``NarrativeFile``): the packaged table loads; a misspelt key, a credit word in capitals or
of two words, a repeated label are refused (each would switch a mark off without a word)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from detente.data import narrative_marks
from detente.data.schemas import DATA_DIR, NarrativeFile, load_yaml


def table() -> dict:
    return load_yaml(DATA_DIR / "narrative.yaml")


def test_the_packaged_table_loads() -> None:
    marks = narrative_marks()
    assert "photo" in marks.credit_words and marks.headline_words >= 3
    NarrativeFile.model_validate(table())


@pytest.mark.parametrize(
    "change",
    [
        {"credit_word": ["photo"]},  # misspelt key
        {"credit_words": ["Photo"]},
        {"credit_words": ["file photo"]},
        {"list_labels": ["Related", "related"]},
        {"title_minor_words": ["of", ""]},
        {"headline_words": 1},
    ],
)
def test_a_bad_entry_is_refused(change: dict) -> None:
    with pytest.raises(ValidationError):
        NarrativeFile.model_validate(table() | change)
