"""Text in an article body that is not the article's prose: blanked before parsing, offsets kept.

Web and wire bodies carry more than the story: a dateline, the headline repeated at the start
(often after a date: "Tue Mar 4 2014 Blast kills three in Homs."), a block of summary
bullets before the story's own dateline ("Story highlights ... London (CNN)"), video and photo
captions inside the text ("JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:52",
"Hide Caption 3 of 8"). None of it reports an event of its own (the story's sentences do), and
coding it would count the same event twice or code a caption. Each is replaced by spaces of the
same length, so every character offset into the article stays the same.
"""

from __future__ import annotations

import re

from detente.nlp.dateline import blank_dateline

HEAD_DATE = re.compile(
    r"""^\s*(?:(?:published|posted|updated|date\ of\ publication)[:\s]+)?
    (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?
    (?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})\s*""",
    re.IGNORECASE | re.VERBOSE,
)
HIGHLIGHTS = re.compile(r"^\s*story highlights\b", re.IGNORECASE)
OUTLET_DATELINE = re.compile(
    r"(?m)^[^\S\n]*(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,4}[ ]*)?\((?:CNN|Reuters|AP|AFP)\)[ ]*(?:[-–—][ ]*)?"
)
VIDEO = re.compile(r"JUST WATCHED\b.{0,300}?\bMUST WATCH\b(?:.{0,300}?\b\d{1,2}:\d{2}\b)?", re.DOTALL)
PHOTOS = re.compile(r"(?:Photos?:[^\n]{0,300}?)?Hide Caption \d+ of \d+")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def blank_headline(text: str, title: str | None) -> str:
    """Blank the title where the body repeats it first (after an optional date), up to its full stop."""
    if not title or len(title) < 12:
        return text
    m = HEAD_DATE.match(text)
    start = m.end() if m else len(text) - len(text.lstrip())
    want = _norm(title)
    # compare word by word: the body may have lost commas and apostrophes the title kept, or the reverse
    end, got = start, ""
    while end < len(text) and len(got) < len(want):
        end += 1
        got = _norm(text[start:end])
    if got != want:
        return text
    if end < len(text) and text[end] in ".!?:":
        end += 1
    return _blank(text, start, end)


def blank_highlights(text: str) -> str:
    """'Story highlights ...' bullets before the story's own dateline ('London (CNN)')."""
    if not HIGHLIGHTS.match(text):
        return text
    dateline = OUTLET_DATELINE.search(text, 0, 3000)
    return _blank(text, 0, dateline.start()) if dateline else text


def blank_captions(text: str) -> str:
    for pattern in (VIDEO, PHOTOS):
        for m in pattern.finditer(text):
            text = _blank(text, m.start(), m.end())
    return text


def blank_outlet_dateline(text: str) -> str:
    """'London (CNN) British Prime Minister ...': the outlet's dateline at the start of a paragraph."""
    for m in OUTLET_DATELINE.finditer(text):
        text = _blank(text, m.start(), m.end())
    return text


def blank_boilerplate(text: str, title: str | None = None) -> str:
    """The body with everything that is not its prose blanked (same length, same offsets)."""
    text = blank_dateline(text)
    text = blank_headline(text, title)
    text = blank_highlights(text)
    text = blank_outlet_dateline(text)
    return blank_captions(text)
