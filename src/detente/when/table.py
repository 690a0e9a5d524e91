"""The word tables of the ``when`` stage: loading ``data/when.yaml`` and checking it.

The tables live in data so that a missing phrase is a one-line data fix, not a
code change. They are not part of ``data/schemas/`` (that covers the coding
dictionaries); :func:`validate_table` is this file's own checker.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from detente.data import when_words

TABLE_PATH = Path(__file__).resolve().parent.parent / "data" / "when.yaml"
UNITS = ("day", "week", "weekend", "month", "year")
_WORD_LISTS = (
    "ambiguous_months",
    "month_context_words",
    "weak_month_context_words",
    "times_of_day",
    "year_prepositions",
    "year_of_heads",
    "count_nouns",
    "plural_exceptions",
    "blocked_phrases",
    "name_suffixes",
    "publication_words",
)


@dataclass(frozen=True)
class Tables:
    """The YAML tables, lower-cased and indexed for the matcher."""

    month_numbers: dict[str, int]  # full names and abbreviations -> 1..12
    full_months: frozenset[str]
    ambiguous_months: frozenset[str]
    month_context_words: frozenset[str]
    weak_month_context_words: frozenset[str]
    weekdays: dict[str, int]  # name -> date.weekday()
    times_of_day: tuple[str, ...]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    relative: dict[str, tuple[str, int]]  # phrase -> (unit, offset)
    year_prepositions: tuple[str, ...]
    year_of_heads: tuple[str, ...]
    count_nouns: frozenset[str]
    plural_exceptions: frozenset[str]
    blocked_phrases: tuple[str, ...]
    name_suffixes: frozenset[str]
    publication_words: tuple[str, ...]  # "published", "date of publication": a body stating its own date
    publication_max_days: int  # how far from the catalogue date such a stated date may be


def load_raw(path: Path = TABLE_PATH) -> dict[str, Any]:
    """Read the YAML file as plain data (no checks), for the validator and the loader: the packaged table through
    ``detente.data.when_words`` (the one reading the name repair shares), copied so a caller may change it."""
    if path == TABLE_PATH:
        return copy.deepcopy(when_words())
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@functools.cache
def tables() -> Tables:
    """Load the tables once per process; every ``find_dates`` call reuses them."""
    raw = load_raw()
    problems = validate_table(raw)
    if problems:
        raise ValueError(f"{TABLE_PATH.name}: " + "; ".join(problems))
    month_numbers: dict[str, int] = {}
    for month in raw["months"]:
        month_numbers[month["name"]] = month["number"]
        for abbr in month["abbreviations"]:
            month_numbers[abbr] = month["number"]
    return Tables(
        month_numbers=month_numbers,
        full_months=frozenset(m["name"] for m in raw["months"]),
        ambiguous_months=frozenset(raw["ambiguous_months"]),
        month_context_words=frozenset(raw["month_context_words"]),
        weak_month_context_words=frozenset(raw["weak_month_context_words"]),
        weekdays={name: i for i, name in enumerate(raw["weekdays"])},
        times_of_day=tuple(raw["times_of_day"]),
        numbers=dict(raw["numbers"]),
        ordinals=dict(raw["ordinals"]),
        relative={r["phrase"]: (r["unit"], r["offset"]) for r in raw["relative"]},
        year_prepositions=tuple(raw["year_prepositions"]),
        year_of_heads=tuple(raw["year_of_heads"]),
        count_nouns=frozenset(raw["count_nouns"]),
        plural_exceptions=frozenset(raw["plural_exceptions"]),
        blocked_phrases=tuple(raw["blocked_phrases"]),
        name_suffixes=frozenset(raw["name_suffixes"]),
        publication_words=tuple(sorted(raw["publication_words"], key=len, reverse=True)),
        publication_max_days=raw["publication_max_days"],
    )


def _is_word(value: object) -> bool:
    return isinstance(value, str) and value != "" and value == value.lower().strip()


def _check_words(raw: dict[str, Any], key: str, problems: list[str]) -> list[str]:
    """Check that ``raw[key]`` is a non-empty list of distinct lower-case strings."""
    words = raw.get(key)
    if not isinstance(words, list) or not words:
        problems.append(f"{key}: must be a non-empty list")
        return []
    good = []
    for w in words:
        if _is_word(w):
            good.append(w)
        else:
            problems.append(f"{key}: {w!r} is not a lower-case string")
    if len(set(good)) != len(good):
        problems.append(f"{key}: duplicate entries")
    return good


def _check_int_map(raw: dict[str, Any], key: str, low: int, high: int, problems: list[str]) -> None:
    mapping = raw.get(key)
    if not isinstance(mapping, dict) or not mapping:
        problems.append(f"{key}: must be a non-empty mapping")
        return
    for word, value in mapping.items():
        if not _is_word(word):
            problems.append(f"{key}: key {word!r} is not a lower-case string")
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            problems.append(f"{key}: {word!r} -> {value!r} is not an integer in {low}..{high}")


def validate_table(raw: dict[str, Any] | None = None) -> list[str]:
    """Return the problems in the tables (``[]`` when fine); checks the packaged file by default.

    A bad table would silently mis-date events, so the loader refuses one and the tests run this.
    """
    if raw is None:
        try:
            raw = load_raw()
        except (OSError, yaml.YAMLError) as exc:
            return [f"cannot read {TABLE_PATH}: {exc}"]
    if not isinstance(raw, dict):
        return ["top level must be a mapping"]
    problems: list[str] = []
    if raw.get("version") != 1:
        problems.append("version: must be 1")
    if not isinstance(raw.get("source"), str) or len(raw["source"]) < 10:
        problems.append("source: must be a string of at least 10 characters")

    names = _check_months(raw.get("months"), problems)

    weekdays = _check_words(raw, "weekdays", problems)
    if weekdays and len(weekdays) != 7:
        problems.append("weekdays: must list the 7 days, Monday first")

    lists = {key: _check_words(raw, key, problems) for key in _WORD_LISTS}
    stray = set(lists["ambiguous_months"]) - set(names)
    if names and stray:
        problems.append(f"ambiguous_months: not month names: {sorted(stray)}")

    _check_int_map(raw, "numbers", 1, 100, problems)
    _check_int_map(raw, "ordinals", 1, 31, problems)

    _check_relative(raw.get("relative"), problems)
    far = raw.get("publication_max_days")
    if isinstance(far, bool) or not isinstance(far, int) or not 60 <= far <= 3660:
        problems.append(f"publication_max_days: {far!r} is not an integer in 60..3660 (days)")
    return problems


def _check_months(months: object, problems: list[str]) -> list[str]:
    """Check the 12 months (in order, spellings unique); return the month names found."""
    if not isinstance(months, list) or len(months) != 12:
        problems.append("months: must list the 12 months")
        return []
    names: list[str] = []
    spellings: list[str] = []
    for i, month in enumerate(months, start=1):
        if not isinstance(month, dict) or set(month) != {"number", "name", "abbreviations"}:
            problems.append(f"months[{i}]: needs exactly number, name, abbreviations")
            continue
        if month["number"] != i:
            problems.append(f"months[{i}]: number {month['number']!r} out of order")
        if _is_word(month["name"]):
            names.append(month["name"])
            spellings.append(month["name"])
        else:
            problems.append(f"months[{i}]: name {month['name']!r} is not a lower-case string")
        abbrs = month["abbreviations"]
        if not isinstance(abbrs, list) or not all(_is_word(a) for a in abbrs):
            problems.append(f"months[{i}]: abbreviations must be a list of lower-case strings")
            abbrs = []
        spellings += abbrs
    dupes = sorted({s for s in spellings if spellings.count(s) > 1})
    if dupes:
        problems.append(f"months: spellings used twice: {dupes}")
    return names


def _check_relative(relative: object, problems: list[str]) -> None:
    """Check the relative phrases: known unit, small integer offset, no phrase twice."""
    if not isinstance(relative, list) or not relative:
        problems.append("relative: must be a non-empty list")
        return
    phrases: list[str] = []
    for entry in relative:
        if not isinstance(entry, dict) or set(entry) != {"phrase", "unit", "offset"}:
            problems.append(f"relative: {entry!r} needs exactly phrase, unit, offset")
            continue
        phrase, unit, offset = entry["phrase"], entry["unit"], entry["offset"]
        if _is_word(phrase):
            phrases.append(phrase)
        else:
            problems.append(f"relative: phrase {phrase!r} is not a lower-case string")
        if unit not in UNITS:
            problems.append(f"relative: {phrase!r} has unit {unit!r}, not one of {UNITS}")
        if isinstance(offset, bool) or not isinstance(offset, int) or abs(offset) > 10:
            problems.append(f"relative: {phrase!r} has offset {offset!r}, not an integer in -10..10")
    dupes = sorted({p for p in phrases if phrases.count(p) > 1})
    if dupes:
        problems.append(f"relative: phrases used twice: {dupes}")
