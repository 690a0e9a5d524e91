"""Article dates as people write them in headers and feeds.

Only unambiguous forms are accepted (ISO dates and datetimes, and dates with
the month spelled out): ``02/12/2024`` could be either of two days, so it is
refused with a message rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re

_FULL_MONTHS = (
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
)  # fmt: skip
MONTHS: dict[str, int] = {name: number for name, number in _FULL_MONTHS}
MONTHS.update({name[:3]: number for name, number in _FULL_MONTHS})
MONTHS["sept"] = 9
WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip

_MONTH = "(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?"
_END = r"(?![\w/-])"

_PATTERNS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME + _END, re.IGNORECASE),
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<d>\d{1,2})" + _ORDINAL + r",?\s+(?P<y>\d{4})" + _END, re.IGNORECASE),
    re.compile(_WEEKDAY + r"(?P<d>\d{1,2})" + _ORDINAL + r"\s+" + _MONTH + r",?\s+(?P<y>\d{4})" + _END, re.IGNORECASE),
)


class DateError(ValueError):
    """A date-like string that is not a date detente can read."""


def _build(match: re.Match[str]) -> dt.date:
    parts = match.groupdict()
    month = int(parts["m"]) if parts.get("m") else MONTHS[parts["mon"].lower()]
    try:
        return dt.date(int(parts["y"]), month, int(parts["d"]))
    except ValueError as exc:  # 2024-02-30 has the right shape but is no day
        raise DateError(f"unreadable date {match.group(0)!r}: {exc}") from None


def match_date_prefix(text: str) -> tuple[dt.date, int] | None:
    """The date at the very start of ``text`` and where it ends, or None.

    Used for inline headers (``date 2024-12-02 Iran has ...``), where the text
    follows the date on the same line. Raises :class:`DateError` for a
    well-shaped but impossible date.
    """
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            return _build(match), match.end()
    return None


def parse_date(value: str) -> dt.date:
    """Read a whole string as a date (``2024-12-02``, ``2024-12-02T10:00:00Z``, ``Dec 2, 2024`` ...).

    The date of an ISO datetime is the calendar date as written, not shifted
    to UTC: that is the day the article was dated. Raises :class:`DateError`.
    """
    text = value.strip()
    for pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return _build(match)
    raise DateError(f"unreadable date {text!r}: write it as YYYY-MM-DD")


def coerce_date(value: object) -> dt.date | None:
    """A date from whatever a YAML or JSON field held; None when the field is empty.

    YAML turns ``2024-12-02`` into a date object and a timestamp into a
    datetime; JSON and CSV give strings. Raises :class:`DateError`.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value) if value.strip() else None
    raise DateError(f"unreadable date {value!r}: write it as YYYY-MM-DD")
