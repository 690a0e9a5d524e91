"""Calendar arithmetic for the ``when`` stage: turning a matched expression into a date.

Kept apart from the regexes so each rule ("last Monday is strictly before the
article date") is one small function that can be read and tested on its own.
``tense`` is "past" (the event already happened, so a bare "Monday" or
"December 1" is looked for on or before the article date) or "future" (on or after).
"""

from __future__ import annotations

import datetime as dt

SATURDAY = 5


def monday_of(day: dt.date) -> dt.date:
    """Week-precision dates are the Monday of the week, so all mentions of one week compare equal."""
    return day - dt.timedelta(days=day.weekday())


def shift_month(year: int, month: int, offset: int) -> dt.date:
    """The 1st of the month ``offset`` months from year/month (month precision uses the 1st)."""
    index = year * 12 + (month - 1) + offset
    return dt.date(index // 12, index % 12 + 1, 1)


def month_day(month: int, day: int, article: dt.date, tense: str) -> dt.date | None:
    """A month-day with no year: the latest on or before the article date (past) or earliest on or after (future).

    Skips years where the date does not exist (Feb 29); None if it never does (Apr 31).
    """
    step = -1 if tense == "past" else 1
    year = article.year
    for _ in range(9):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            year += step
            continue
        if (candidate <= article) if tense == "past" else (candidate >= article):
            return candidate
        year += step
    return None


def month_only(month: int, article: dt.date, tense: str, rel: str | None) -> dt.date:
    """A month with no year ("in November", "last November"); the 1st of that month.

    Bare: the latest such month up to and including the article's month (past), or the earliest
    from it on (future). "last"/"next" exclude the article's own month; "this" is the article's year.
    """
    year = article.year
    if rel == "this":
        return dt.date(year, month, 1)
    if rel == "last":
        return dt.date(year if month < article.month else year - 1, month, 1)
    if rel == "next":
        return dt.date(year if month > article.month else year + 1, month, 1)
    if tense == "past":
        return dt.date(year if month <= article.month else year - 1, month, 1)
    return dt.date(year if month >= article.month else year + 1, month, 1)


def weekday(target: int, article: dt.date, tense: str, rel: str | None) -> dt.date:
    """A day name: bare or "this" is the nearest such day on/before (past) or on/after (future) the article date.

    An article dated on a Monday that says "on Monday" means that same day; "last Monday" is
    strictly before the article date and "next Monday" strictly after, whatever the tense.
    """
    back = (article.weekday() - target) % 7
    ahead = (target - article.weekday()) % 7
    if rel == "last":
        return article - dt.timedelta(days=back or 7)
    if rel == "next":
        return article + dt.timedelta(days=ahead or 7)
    if tense == "past":
        return article - dt.timedelta(days=back)
    return article + dt.timedelta(days=ahead)


def weekend_saturday(article: dt.date, tense: str, offset: int) -> dt.date:
    """The Saturday of the weekend meant by "last weekend" (-1), "the weekend" (0), "next weekend" (+1).

    A weekend is two days, not a whole Monday-to-Sunday week, so its Monday would point at the
    wrong days; callers report it with precision "week" and this Saturday as the date.
    An article written on a Saturday or Sunday is in "the weekend" itself; otherwise offset 0
    follows the tense. "Last weekend" is the latest Saturday strictly before the article date.
    """
    if offset < 0:
        back = (article.weekday() - SATURDAY) % 7 or 7
        return article - dt.timedelta(days=back + 7 * (-offset - 1))
    if offset > 0:
        ahead = (SATURDAY - article.weekday()) % 7 or 7
        return article + dt.timedelta(days=ahead + 7 * (offset - 1))
    if article.weekday() >= SATURDAY:
        return article - dt.timedelta(days=article.weekday() - SATURDAY)
    return weekend_saturday(article, tense, -1 if tense == "past" else 1)


def relative(unit: str, offset: int, article: dt.date, tense: str) -> tuple[dt.date, str]:
    """Date and precision of a unit-offset phrase ("yesterday" = day -1, "last week" = week -1)."""
    if unit == "day":
        return article + dt.timedelta(days=offset), "day"
    if unit == "week":
        return monday_of(article) + dt.timedelta(weeks=offset), "week"
    if unit == "weekend":
        return weekend_saturday(article, tense, offset), "week"
    if unit == "month":
        return shift_month(article.year, article.month, offset), "month"
    if unit == "year":
        return dt.date(article.year + offset, 1, 1), "year"
    raise ValueError(f"unknown unit {unit!r}")
