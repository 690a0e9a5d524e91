"""The date a body states for itself, when it opens with one ("Published June 20 2016 ...",
"Thu Feb 26 2015 ISIS begins ...", "Date of publication 24 October 2016 ...") or carries a
dateline after its repeated headline ("... says monitor AFP Friday 23 Aug 2013 ...").

Scraped and aggregated articles often carry a catalogue date that is days off the date the
text was written; the text's own date is then the reference for "on Saturday" and "yesterday",
and it is no event's date (its words are masked from the sentence's date mentions). Only a full
date (day, month and year) counts: at the very start, optionally after a publication word or a
weekday, near the catalogue date, or anywhere in the opening lines when a weekday name stands
before it that is that date's own weekday (a dateline, whatever the catalogue says) and no
preposition does: "On June 20 2016, ..." and "on Thursday 1 Aug 2013" are an event's date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from detente.when import find_dates
from detente.when.table import tables

NEAR_DAYS = 60
HEAD_CHARS = 80
DATELINE_CHARS = 300  # a repeated headline and an agency name come before a dateline
WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
PREPOSITIONS = {"on", "since", "until", "till", "by", "from", "before", "after", "of", "to"}
SPAN_KEY = "detente_stated_span"


def stated_date(text: str, given: dt.date | None) -> dt.date | None:
    """The body's own date, if it states one (see the module); else None."""
    found = stated_span(text, given)
    return found[0] if found else None


def body_date(doc: Doc, given: dt.date | None) -> dt.date | None:
    """The reference day of a parsed article: the body's own date, else ``given``. The stated date's
    characters are kept on the doc so that no sentence reads them as an event's date."""
    found = stated_span(doc.text, given)
    doc.user_data[SPAN_KEY] = found[1:] if found else None
    return found[0] if found else given


def stated_span(text: str, given: dt.date | None) -> tuple[dt.date, int, int] | None:
    """The body's own date and its character offsets, if it states one; else None."""
    return _opening(text, given) or _dateline(text, given)


def _dateline(text: str, given: dt.date | None) -> tuple[dt.date, int, int] | None:
    head = text[:DATELINE_CHARS]
    for wd in WEEKDAY.finditer(head):
        before = head[: wd.start()].split()
        if before and before[-1].lower().strip(",") in PREPOSITIONS:
            continue
        for m in find_dates(head[wd.end() :], given or dt.date.today()):
            full = m.start == 0 and m.precision == "day" and re.search(r"\d{4}", m.text)
            if full and m.date.strftime("%a").lower() == wd.group(1).lower():
                return m.date, wd.start(), wd.end() + m.end
            break
    return None


def _opening(text: str, given: dt.date | None) -> tuple[dt.date, int, int] | None:
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
        return m.date, 0, start + m.end
    return None
