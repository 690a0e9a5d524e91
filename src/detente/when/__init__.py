"""The ``when`` stage: find date expressions in a sentence and resolve them against the article date.

News rarely gives full dates; it says "on Monday", "last week", "December 1". An event's
date is the article date moved by such an expression, so this stage finds them (with
regexes built from the word tables in ``data/when.yaml``) and resolves each one.

Spans: a mention covers the words that fix the date, including modifiers that change or
narrow it ("last Monday", "late on Monday", "Monday night", "early 2023", "the 1st of
December") but not a plain leading preposition ("on Monday" -> "Monday", "in 2023" -> "2023").
Overlapping candidates are resolved longest-first, so "the day before yesterday" beats
"yesterday" and "Monday, December 2" beats both of its parts.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from detente.when import resolve
from detente.when.table import Tables, tables, validate_table

__all__ = ["PRECISIONS", "TENSES", "DateMention", "find_dates", "validate_table"]

TENSES = ("past", "future")
PRECISIONS = ("day", "week", "month", "year")
_MIN_YEAR, _MAX_YEAR = 1000, 2199
_DAY_ANCHORS = ("today", "yesterday", "tomorrow")  # phrases that may take "morning", "night"...
_FAMILIES = frozenset({"month", "weekday", "relative", "ago", "digit"})  # the cues of ``_cues``: all patterns run


@dataclass(frozen=True)
class DateMention:
    """One date expression found in the text, with the date it stands for."""

    start: int  # char offsets within the given text
    end: int
    text: str
    date: dt.date  # for week precision the Monday (weekends: the Saturday); month: the 1st; year: Jan 1
    precision: str  # "day" | "week" | "month" | "year"


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    date: dt.date
    precision: str
    nameable: bool = True  # whether a following "Alliance", "War"... makes it a name, not a date


@dataclass(frozen=True)
class _Patterns:
    month_day: re.Pattern[str]
    day_month: re.Pattern[str]
    ordinal_of_month: re.Pattern[str]
    iso: re.Pattern[str]
    month_year: re.Pattern[str]
    month_alone: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str]
    ago: re.Pattern[str]
    year_prep: re.Pattern[str]
    year_of: re.Pattern[str]
    year_part: re.Pattern[str]
    blocked: re.Pattern[str]


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first so "sept" is tried before "sep"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def _patterns() -> _Patterns:
    """Compile the regexes once from the tables."""
    t = tables()
    abbreviations = set(t.month_numbers) - t.full_months
    mon = rf"\b(?P<mon>(?:{_alt(t.full_months)})\b|(?:{_alt(abbreviations)})(?:\.|\b))"  # "Dec." keeps its dot
    full_mon = rf"\b(?P<mon>{_alt(t.full_months)})\b"
    weekday_prefix = rf"(?:\b(?P<wdp>{_alt(t.weekdays)}),?\s+)?"  # "Monday, December 2"
    day = r"(?<![\d,.])\b(?P<dtok>(?P<day>\d{1,2})(?:st|nd|rd|th)?)\b"
    year = r"(?:,?\s+(?P<year>\d{4})\b)?"
    part = r"(?:early|late|mid)(?:-|\s+)"
    tod = _alt(t.times_of_day)
    flags = re.IGNORECASE
    return _Patterns(
        month_day=re.compile(rf"{weekday_prefix}{mon}\s+{day}(?![,.:]?\d){year}", flags),
        day_month=re.compile(rf"{weekday_prefix}(?:\bthe\s+)?{day}\s+(?:of\s+)?{mon}{year}", flags),
        ordinal_of_month=re.compile(rf"{weekday_prefix}\bthe\s+(?P<ord>{_alt(t.ordinals)})\s+of\s+{mon}{year}", flags),
        iso=re.compile(r"(?<![\d-])\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b(?!-\d)"),
        month_year=re.compile(rf"(?:\b{part})?{mon},?\s+(?P<year>\d{{4}})\b", flags),
        month_alone=re.compile(rf"(?:\b(?P<rel>last|next|this)\s+|\b(?P<part>{part}))?{full_mon}", flags),
        weekday=re.compile(
            rf"(?:\b(?P<mod>last|next|this|late\s+on|early\s+on|late|early|overnight(?:\s+on)?)\s+)?"
            rf"\b(?P<wd>{_alt(t.weekdays)})\b(?:\s+(?P<tod>{tod})\b)?",
            flags,
        ),
        relative=re.compile(rf"\b(?P<phrase>{_alt(t.relative)})\b(?:\s+(?P<tod>{tod})\b)?", flags),
        ago=re.compile(rf"\b(?P<n>{_alt(t.numbers)}|\d{{1,3}})\s+(?P<unit>day|week|month|year)s?\s+ago\b", flags),
        year_prep=re.compile(rf"\b(?:{_alt(t.year_prepositions)})\s+(?P<core>(?:{part})?(?P<year>\d{{4}}))\b", flags),
        year_of=re.compile(rf"\b(?P<core>(?:{_alt(t.year_of_heads)})\s+of\s+(?P<year>\d{{4}}))\b", flags),
        year_part=re.compile(rf"\b(?P<core>{part}(?P<year>\d{{4}}))\b", flags),
        blocked=re.compile(rf"\b(?:{_alt(t.blocked_phrases)})\b", flags),
    )


def find_dates(text: str, article_date: dt.date, *, tense: str = "past") -> list[DateMention]:
    """Date expressions in ``text`` resolved against ``article_date``, in text order, non-overlapping.

    ``tense`` says which way a bare "Monday" or "December 1" points: "past" (the event already
    happened: on or before the article date) or "future" (will / plans to: on or after).
    """
    if tense not in TENSES:
        raise ValueError(f"tense must be one of {TENSES}, not {tense!r}")
    if isinstance(article_date, dt.datetime):
        article_date = article_date.date()
    if not _may_hold_a_date().search(text):
        return []  # about half of news sentences: nothing any pattern could start from
    t, p = tables(), _patterns()
    cues = {family for family, cue in _cues().items() if cue.search(text)}
    candidates = list(_candidates(text, article_date, tense, t, p, cues))
    if candidates:  # the blocked phrases only ever take candidates away
        blocked = [(m.start(), m.end()) for m in p.blocked.finditer(text)]
        candidates = [
            c
            for c in candidates
            if not any(c.start < b_end and b_start < c.end for b_start, b_end in blocked)
            and not (c.nameable and _is_name(text, c, t))
        ]
    chosen: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return [
        DateMention(c.start, c.end, text[c.start : c.end], c.date, c.precision)
        for c in sorted(chosen, key=lambda c: c.start)
    ]


def _candidates(
    text: str, article: dt.date, tense: str, t: Tables, p: _Patterns, cues: set[str] | frozenset[str] = _FAMILIES
) -> Iterator[_Candidate]:
    """Every possible reading, overlaps and all; ``find_dates`` keeps the longest. ``cues``: the families of
    patterns whose cue the text holds (``_cues``); a family without its cue cannot match, so it is not run."""
    if cues & {"month", "digit"}:
        yield from _explicit(text, article, tense, t, p, cues)
    if "month" in cues:
        yield from _months(text, article, tense, t, p)
    if "weekday" in cues:
        yield from _weekdays(text, article, tense, t, p)
    if cues & {"relative", "ago"}:
        yield from _relatives(text, article, tense, t, p, cues)
    if "digit" in cues:
        yield from _years(text, t, p)


@functools.cache
def _cues() -> dict[str, re.Pattern[str]]:
    """What each family of ``_patterns`` needs somewhere in its match: the month patterns a month name or
    abbreviation, the day names a day name, the relative phrases one of theirs, "ago" its word, the years and ISO
    dates a digit. A sentence with a date holds one or two of these, so the other patterns (a dozen scans of the
    sentence) are not run; each cue is a prefix of what its patterns match, so no match is lost."""
    t = tables()
    flags = re.IGNORECASE
    return {
        "month": re.compile(rf"\b(?:{_alt({*t.month_numbers, *t.full_months})})", flags),
        "weekday": re.compile(rf"\b(?:{_alt(t.weekdays)})", flags),
        "relative": re.compile(rf"\b(?:{_alt(t.relative)})", flags),
        "ago": re.compile(r"\bago\b", flags),
        "digit": re.compile(r"\d"),
    }


@functools.cache
def _may_hold_a_date() -> re.Pattern[str]:
    """What every pattern of ``_patterns`` needs somewhere in its match: a digit, a month or day name, a relative
    phrase or "ago". One scan for these rules out about half of news sentences (2,751 of 6,109 pass on 300 real
    articles), instead of one scan per pattern."""
    t = tables()
    words = {*t.month_numbers, *t.full_months, *t.weekdays, *t.relative}
    return re.compile(rf"\d|\bago\b|\b(?:{_alt(words)})", re.IGNORECASE)


def _explicit(
    text: str, article: dt.date, tense: str, t: Tables, p: _Patterns, cues: set[str] | frozenset[str] = _FAMILIES
) -> Iterator[_Candidate]:
    """Day-level dates: "December 1, 2024", "1 Dec", "the 1st of December", "2024-12-01"."""
    for pattern in (p.month_day, p.day_month, p.ordinal_of_month) if "month" in cues else ():
        for m in pattern.finditer(text):
            if not _month_word_ok(m.group("mon"), t, has_context=True):
                continue
            month = t.month_numbers[m.group("mon").rstrip(".").lower()]
            day = t.ordinals[_norm(m.group("ord"))] if "ord" in m.groupdict() and m.group("ord") else int(m["day"])
            end = m.end()
            year = int(m["year"]) if m["year"] else None
            if year is not None and not _year_ok(text, m.end("year"), year, t, bare=False):
                year = None
                end = m.end("mon") if pattern is not p.month_day else m.end("dtok")
            resolved = resolve.month_day(month, day, article, tense) if year is None else _safe_date(year, month, day)
            if resolved is not None:
                yield _Candidate(m.start(), end, resolved, "day")
    for m in p.iso.finditer(text) if "digit" in cues else ():
        resolved = _safe_date(int(m["year"]), int(m["m"]), int(m["d"]))
        if resolved is not None:
            yield _Candidate(m.start(), m.end(), resolved, "day", nameable=False)


def _months(text: str, article: dt.date, tense: str, t: Tables, p: _Patterns) -> Iterator[_Candidate]:
    """Month-precision dates: "November 2023", "mid-November", "last November", "in May"."""
    for m in p.month_year.finditer(text):
        year = int(m["year"])
        if _month_word_ok(m["mon"], t, has_context=True) and _year_ok(text, m.end("year"), year, t, bare=False):
            month = t.month_numbers[m["mon"].rstrip(".").lower()]
            yield _Candidate(m.start(), m.end(), dt.date(year, month, 1), "month")
    for m in p.month_alone.finditer(text):
        word = m["mon"].lower()
        prev = _previous_word(text, m.start())
        context = bool(m["rel"] or m["part"]) or prev in t.month_context_words
        if word not in t.ambiguous_months:
            context = context or prev in t.weak_month_context_words or bool(re.match(r"['\u2019]s\b", text[m.end() :]))
        if not context or not _month_word_ok(m["mon"], t, has_context=True):
            continue
        rel = m["rel"].strip().lower() if m["rel"] else None
        yield _Candidate(m.start(), m.end(), resolve.month_only(t.month_numbers[word], article, tense, rel), "month")


def _weekdays(text: str, article: dt.date, tense: str, t: Tables, p: _Patterns) -> Iterator[_Candidate]:
    """Day names: "Monday", "last Monday", "late on Monday", "Monday night"."""
    for m in p.weekday.finditer(text):
        mod = _norm(m["mod"]) if m["mod"] else None
        rel = mod if mod in ("last", "next", "this") else None
        resolved = resolve.weekday(t.weekdays[m["wd"].lower()], article, tense, rel)
        yield _Candidate(m.start(), m.end(), resolved, "day")


def _relatives(
    text: str, article: dt.date, tense: str, t: Tables, p: _Patterns, cues: set[str] | frozenset[str] = _FAMILIES
) -> Iterator[_Candidate]:
    """Phrases relative to the article date: "yesterday", "last week", "two days ago"."""
    for m in p.relative.finditer(text) if "relative" in cues else ():
        phrase = _norm(m["phrase"])
        unit, offset = t.relative[phrase]
        end = m.end() if m["tod"] and phrase.split()[-1] in _DAY_ANCHORS else m.end("phrase")
        resolved, precision = resolve.relative(unit, offset, article, tense)
        yield _Candidate(m.start(), end, resolved, precision, nameable=False)
    for m in p.ago.finditer(text) if "ago" in cues else ():
        raw = _norm(m["n"])
        n = int(raw) if raw.isdigit() else t.numbers[raw]
        try:
            resolved, precision = resolve.relative(m["unit"].lower(), -n, article, tense)
        except (ValueError, OverflowError):
            continue
        yield _Candidate(m.start(), m.end(), resolved, precision, nameable=False)


def _years(text: str, t: Tables, p: _Patterns) -> Iterator[_Candidate]:
    """Year-precision dates, only where the number is plainly a year: "in 2023", "end of 2023", "mid-2023"."""
    for pattern in (p.year_prep, p.year_of, p.year_part):
        for m in pattern.finditer(text):
            year = int(m["year"])
            if _year_ok(text, m.end("year"), year, t):
                yield _Candidate(m.start("core"), m.end("core"), dt.date(year, 1, 1), "year")


def _norm(phrase: str) -> str:
    """Lower-case and collapse whitespace, to look a matched phrase up in the tables."""
    return " ".join(phrase.lower().split())


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _previous_word(text: str, start: int) -> str | None:
    """The word just before ``start`` (whitespace only between), lower-cased; punctuation breaks context."""
    m = re.search(r"([A-Za-z]+)\s+$", text[:start])
    return m.group(1).lower() if m else None


def _month_word_ok(word: str, t: Tables, *, has_context: bool) -> bool:
    """Whether a month word counts: "May" and "March" are also verbs, so they need a capital and context."""
    if word.rstrip(".").lower() not in t.ambiguous_months:
        return True
    return has_context and word[0].isupper()


def _year_ok(text: str, end: int, year: int, t: Tables, *, bare: bool = True) -> bool:
    """Whether a four-digit number ending at ``end`` reads as a year, not a count ("in 2000 people").

    A ``bare`` year (not after a month or day) must also not be followed by a plural noun; after a
    month that test would wrongly reject "the November 2023 elections".
    """
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return False
    rest = text[end:]
    if re.match(r"[,.]\d|\s*(?:%|percent\b|per\s+cent\b)", rest, re.IGNORECASE):
        return False
    if not bare:
        return True
    m = re.match(r"\s+([A-Za-z]+)\b", rest)
    if m and m.group(1).islower():
        word = m.group(1)
        if word in t.count_nouns or (word.endswith("s") and len(word) > 3 and word not in t.plural_exceptions):
            return False
    return True


def _is_name(text: str, c: _Candidate, t: Tables) -> bool:
    """Whether a date is part of a name ("the October War", "March 14 Alliance", "Good Friday Agreement").

    The next word must be a name word, and capitalised or after "the" or a possessive ("Lebanon's March 8 alliance"),
    so that "on Monday party officials said" still counts as a date.
    """
    m = re.match(r"\s+([A-Za-z]+)\b", text[c.end :])
    if not m or m.group(1).lower() not in t.name_suffixes:
        return False
    return m.group(1)[0].isupper() or bool(re.search(r"(?:\bthe|['\u2019]s)\s+$", text[: c.start], re.IGNORECASE))
