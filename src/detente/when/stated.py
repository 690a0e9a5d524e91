"""The date a body states for itself, when it opens with one ("Published June 20 2016 ...",
"Thu Feb 26 2015 ISIS begins ...", "Date of publication 24 October 2016 ...") or carries a
dateline after its repeated headline ("... says monitor AFP Friday 23 Aug 2013 ...").

Scraped and aggregated articles often carry a catalogue date that is days off the date the
text was written; the text's own date is then the reference for "on Saturday" and "yesterday",
and it is no event's date (its words are masked from the sentence's date mentions). Only a full
date (day, month and year) counts: at the very start, optionally after a publication word or a
weekday, near the catalogue date; or a dateline — a weekday name that is the date's own weekday,
at the start of the text or a line, or after an agency's capitals ("AFP Friday 23 Aug 2013"), near
the catalogue date. "On June 20 2016, ..." and "the attack Wednesday 21 Aug 2013 that ..." are an
event's date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from detente.nlp.memo import is_kept, keep, kept
from detente.nlp.text import doc_text
from detente.when import find_dates
from detente.when.table import tables

NEAR_DAYS = 60
HEAD_CHARS = 80
DATELINE_CHARS = 300  # a repeated headline and an agency name come before a dateline
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY = re.compile(
    r"\b(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s+",
    re.IGNORECASE,
)
GLUED = re.compile(r"([A-Za-z]{3,9}\.?\s+)(\d{2})(\d{4})\b")  # "Feb 092015": a month, its day glued to the year
AGENCY = re.compile(r"^[A-Z]{2,6}$")  # "AFP", "AP", "SANA": the agency a dateline follows
SPAN_KEY = "detente_stated_span"
DATE_KEY = "detente_body_date"  # (given, reference day): the events and the statives both ask


def stated_date(text: str, given: dt.date | None) -> dt.date | None:
    """The body's own date, if it states one (see the module); else None."""
    found = stated_span(text, given)
    return found[0] if found else None


def body_date(doc: Doc, given: dt.date | None) -> dt.date | None:
    """The reference day of a parsed article: the body's own date, else ``given``. The stated date's
    characters are kept on the doc so that no sentence reads them as an event's date. Read once per doc and
    catalogue date: the event coder and the stative reader ask for the same."""
    known = kept(DATE_KEY, doc)
    if known is not None and known[0] == given and is_kept(SPAN_KEY, doc):
        return known[1]
    found = stated_span(doc_text(doc), given)
    keep(SPAN_KEY, doc, found[1:] if found else None)
    day = found[0] if found else given
    keep(DATE_KEY, doc, (given, day))
    return day


def stated_span(text: str, given: dt.date | None) -> tuple[dt.date, int, int] | None:
    """The body's own date and its character offsets, if it states one; else None."""
    return _opening(text, given) or _dateline(text, given)


def _dateline(text: str, given: dt.date | None) -> tuple[dt.date, int, int] | None:
    """A dateline in the opening lines: a weekday name that is the full date's own weekday, at the start of the
    text or of a line, or after an agency's capitals ("... says monitor AFP Friday 23 Aug 2013 ..."); away from
    the start it must also lie near the catalogue date (a date in a first sentence is an event's)."""
    head = text[:DATELINE_CHARS]
    for wd in WEEKDAY.finditer(head):
        before = head[: wd.start()]
        words = before.split()
        at_line_start = not before.strip() or before.rstrip(" \t").endswith("\n")
        if not at_line_start and not (words and AGENCY.match(words[-1])):
            continue
        m = next(iter(find_dates(head[wd.end() :], given or dt.date.today())), None)
        if m is None or m.start != 0 or m.precision != "day" or not re.search(r"\d{4}", m.text):
            continue
        if WEEKDAYS[m.date.weekday()] != wd.group(1)[:3].lower():
            continue
        far = abs((m.date - given).days) if given is not None else 0
        if (before.strip() and far > NEAR_DAYS) or far > tables().publication_max_days:
            continue  # away from the start only near the catalogue date; at the start, not years off
        return m.date, wd.start(), wd.end() + m.end
    return None


def _opening(text: str, given: dt.date | None) -> tuple[dt.date, int, int] | None:
    """A full date at the very start of the body, optionally after a publication word ("Last updated at", "Date of
    publication") and a weekday name. Near the catalogue date it is taken as it stands; far from it only when the text
    says what it is — a publication word, or a weekday that is the date's own ("Thu Feb 5 2015" in an article the
    corpus dates 2013-06-10): the catalogue date is then the one that is wrong, unless years off (``when.yaml``
    ``publication_max_days``: then the opening date is more likely a retold one). Scraped pages glue the day to the year
    ("Last updated at Feb 092015"): read as "Feb 09 2015"."""
    head = text[:HEAD_CHARS]
    start = len(head) - len(head.lstrip())
    lowered = head.lower()
    published = False
    for word in sorted(tables().publication_words, key=len, reverse=True):
        if lowered.startswith(word, start) and not lowered[start + len(word) : start + len(word) + 1].isalpha():
            start += len(word)
            start += len(head[start:]) - len(head[start:].lstrip(" :-\u2013"))
            published = True
            break
    weekday = re.match(r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", lowered[start:])
    if weekday:
        start += weekday.end()
    reference = given or dt.date.today()
    rest, glued = head[start:], GLUED.match(head[start:]) if published else None
    if glued:  # "Feb 092015": one space more, so every offset after the day is one less in the text
        rest = f"{glued.group(1)}{glued.group(2)} {glued.group(3)}{rest[glued.end() :]}"
    for m in find_dates(rest, reference):
        if m.start != 0 or m.precision != "day" or not re.search(r"\d{4}", m.text):
            return None
        own_weekday = weekday is not None and WEEKDAYS[m.date.weekday()] == weekday.group(1)
        far = abs((m.date - given).days) if given is not None else 0
        if (far > NEAR_DAYS and not (published or own_weekday)) or far > tables().publication_max_days:
            return None  # a far date must say it is the publication's, and even then not years off
        return m.date, 0, start + m.end - (1 if glued and m.end > glued.end(2) else 0)
    return None
