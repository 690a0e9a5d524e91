"""Wire datelines ("KYIV, March 14 (Reuters) -") are not part of the first sentence.

The parser reads a dateline's city as the first sentence's subject ("KYIV ... struck").
We blank the dateline out with spaces before parsing, so every character offset into
the article stays the same.
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"""^\s*
    (?:(?P<place>[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3}  # KYIV, GAZA CITY, WASHINGTON
       (?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?)     # , Ukraine
       (?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)? # , March 14
       \s*(?:\([A-Za-z][\w .&'-]{1,40}\))?                  # (Reuters)
     | \([A-Za-z][\w .&'-]{1,40}\)                          # (Reuters) alone
    )
    \s*[-–—]{1,2}\s+""",
    re.VERBOSE,
)


def _wire_dateline(text: str) -> re.Match[str] | None:
    """The leading wire dateline, or None: a dateline has an agency, a date or a place after the city ("NATO - " is
    not one)."""
    m = DATELINE.match(text)
    if m is None or not any(c in m.group() for c in "(,0123456789"):
        return None
    return m


def dateline_place(text: str) -> str:
    """The place words of a leading wire dateline ("KYIV, Ukraine" of "KYIV, Ukraine, March 14 (Reuters) -"), or ''
    (none, or an agency alone: "(Reuters) -"). Readers of datelines (the benches' place classes) take it from here, so
    that what counts as a dateline is decided once."""
    m = _wire_dateline(text)
    return (m.group("place") or "").strip() if m is not None else ""


def blank_dateline(text: str) -> str:
    """The text with a leading wire dateline replaced by spaces (same length, same offsets)."""
    m = _wire_dateline(text)
    if m is None:
        return text
    return " " * m.end() + text[m.end() :]
