"""The date a body states for itself, when it opens with one ("Published June 20 2016 ...",
"Thu Feb 26 2015 ISIS begins ...", "Date of publication 24 October 2016 ...").

Scraped and aggregated articles often carry a catalogue date that is days off the date the
text was written; the text's own opening date is then the reference for "on Saturday" and
"yesterday". Only a full date (day, month and year) at the very start counts, optionally
after a publication word or a weekday, and only near the catalogue date: "On June 20 2016,
..." opens with a preposition and is an event's date, not the article's.
"""

from __future__ import annotations

import datetime as dt
import re

from detente.when import find_dates
from detente.when.table import tables

NEAR_DAYS = 60
HEAD_CHARS = 80


def stated_date(text: str, given: dt.date | None) -> dt.date | None:
    """The full date the body opens with, if it is within ``NEAR_DAYS`` of ``given``; else None."""
    head = text[:HEAD_CHARS]
    start = len(head) - len(head.lstrip())
    lowered = head.lower()
    for word in tables().publication_words:
        if lowered.startswith(word, start):
            start += len(word)
            start += len(head[start:]) - len(head[start:].lstrip(" :-\u2013"))
            break
    weekday = re.match(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", lowered[start:])
    if weekday:
        start += weekday.end()
    reference = given or dt.date.today()
    for m in find_dates(head[start:], reference):
        if m.start != 0 or m.precision != "day" or not re.search(r"\d{4}", m.text):
            return None
        if given is not None and abs((m.date - given).days) > NEAR_DAYS:
            return None
        return m.date
    return None
