"""Tests of the ``when`` word tables (data/when.yaml) and their validator."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from detente.when import validate_table
from detente.when.table import load_raw, tables


@pytest.fixture
def raw() -> dict[str, Any]:
    return copy.deepcopy(load_raw())


def test_packaged_table_is_valid() -> None:
    assert validate_table() == []


def test_table_header_and_contents() -> None:
    data = load_raw()
    assert data["version"] == 1
    assert len(data["source"]) >= 10
    t = tables()
    assert t.month_numbers["sept"] == 9
    assert t.month_numbers["december"] == 12
    assert t.weekdays["monday"] == dt.date(2024, 12, 2).weekday()
    assert t.weekdays["sunday"] == dt.date(2024, 12, 1).weekday()
    assert t.numbers["two"] == 2
    assert t.relative["yesterday"] == ("day", -1)
    assert {"may", "march"} <= t.ambiguous_months


def test_tables_are_loaded_once() -> None:
    assert tables() is tables()


def test_yaml_words_are_not_booleans() -> None:
    """Unquoted on/no/yes would load as booleans and silently drop out of the word lists."""
    for key, value in load_raw().items():
        if isinstance(value, list) and value and not isinstance(value[0], dict):
            assert all(isinstance(w, str) for w in value), key
        if isinstance(value, dict):
            assert all(isinstance(w, str) for w in value), key


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda r: r.update(version=2), "version"),
        (lambda r: r.update(source="x"), "source"),
        (lambda r: r["months"].pop(), "12 months"),
        (lambda r: r["months"][2].update(number=4), "out of order"),
        (lambda r: r["months"][2]["abbreviations"].append("jan"), "used twice"),
        (lambda r: r["months"][0].update(name="January"), "lower-case"),
        (lambda r: r["weekdays"].pop(), "7 days"),
        (lambda r: r.update(ambiguous_months=["may", "mayday"]), "not month names"),
        (lambda r: r["numbers"].update(two="2"), "numbers"),
        (lambda r: r["ordinals"].update(first=32), "ordinals"),
        (lambda r: r["relative"][0].update(unit="fortnight"), "unit"),
        (lambda r: r["relative"][0].update(offset=True), "offset"),
        (lambda r: r["relative"].append(dict(r["relative"][0])), "used twice"),
        (lambda r: r["relative"][0].pop("offset"), "phrase, unit, offset"),
        (lambda r: r.update(year_prepositions=[]), "year_prepositions"),
        (lambda r: r["count_nouns"].append(True), "count_nouns"),
        (lambda r: r["name_suffixes"].append("war"), "duplicate"),
    ],
)
def test_validator_reports_problems(raw: dict[str, Any], change: Any, problem: str) -> None:
    change(raw)
    problems = validate_table(raw)
    assert problems, "expected a problem to be reported"
    assert any(problem in p for p in problems), problems


def test_validator_rejects_non_mapping() -> None:
    assert validate_table([1, 2]) == ["top level must be a mapping"]  # type: ignore[arg-type]
