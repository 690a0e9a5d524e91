"""One article per plain-text file, dated by a header.

Event dates fall back to the article date, so a text article needs one. It
is written first, in whichever form people reach for: a ``date 2024-12-02``
line, the same inline before the text, or YAML front matter (which can also
carry the title, source, url and id).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

import yaml

from detente.ingest.base import DEFAULT_MAX_CHARS, NO_DATE, IngestError
from detente.ingest.dates import MONTHS, WEEKDAYS, DateError, coerce_date, match_date_prefix
from detente.records import Article

_DATE_WORD = re.compile(r"[ \t]*date\b[ \t]*(?P<colon>:)?[ \t]*", re.IGNORECASE)
_SEPARATORS = " \t:|,-\u2013\u2014"  # between an inline date and the text: "2024-12-02 - Iran ..."
_PAIR = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?P<value>.*)")
_FENCE = "---"
_FENCE_ENDS = ("---", "...")
_META_KEYS = ("id", "date", "title", "source", "url")


def normalise_text(text: str) -> str:
    """Unix newlines and no surrounding blank space, so ids and offsets do not depend on the platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def too_long(length: int, max_chars: int) -> str:
    """The message for an article over the size limit (shared by all readers)."""
    return f"article is {length} characters, over the limit of {max_chars}"


def read_text_article(
    raw: str,
    *,
    origin: str,
    date: dt.date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article | IngestError:
    """Turn the text of one article, header and all, into an Article (or say what is wrong).

    ``date`` is the fallback for articles without a header date; ``origin`` is
    where the text came from, for the record and for error messages.
    """
    if isinstance(date, dt.datetime):
        date = date.date()
    lines = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not any(line.strip() for line in lines):
        return IngestError(origin, "empty text")
    index = _skip_blank(lines, 0)
    meta: dict[str, object] = {}
    header_date: dt.date | None = None
    try:
        if lines[index].strip() == _FENCE:
            meta, index = _front_matter(lines, index)
            header_date = coerce_date(meta.get("date"))
            index = _skip_blank(lines, index)
        if header_date is None and index < len(lines):
            found = _date_line(lines[index])
            if found is not None:
                header_date, rest = found
                if rest:
                    lines[index] = rest
                else:
                    index = _skip_blank(lines, index + 1)
    except DateError as exc:
        return IngestError(origin, str(exc))
    except _HeaderError as exc:
        return IngestError(origin, str(exc))

    text = "\n".join(lines[index:]).rstrip()
    if not text:
        return IngestError(origin, "no text after the header")
    if len(text) > max_chars:
        return IngestError(origin, too_long(len(text), max_chars))
    when = header_date or date
    if when is None:
        return IngestError(origin, NO_DATE)
    given_id = _meta_str(meta.get("id"))
    return Article(
        id=given_id or Article.make_id(text),
        date=when,
        text=text,
        title=_meta_str(meta.get("title")),
        source=_meta_str(meta.get("source")),
        url=_meta_str(meta.get("url")),
        origin=origin,
    )


class _HeaderError(ValueError):
    """A header that is there but cannot be read."""


def _skip_blank(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _front_matter(lines: list[str], start: int) -> tuple[dict[str, object], int]:
    """The YAML between the opening ``---`` at ``start`` and its closing line, and the index after it."""
    for end in range(start + 1, len(lines)):
        if lines[end].rstrip() in _FENCE_ENDS:
            break
    else:
        raise _HeaderError("front matter starts with '---' but has no closing '---' line")
    block = "\n".join(lines[start + 1 : end])
    try:
        loaded = yaml.safe_load(block) if block.strip() else {}
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: a date-shaped value like 2024-02-30
        loaded = _simple_pairs(block)
        if loaded is None:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise _HeaderError(f"unreadable front matter: {first}") from None
    if not isinstance(loaded, Mapping):
        raise _HeaderError("front matter is not a list of 'key: value' lines")
    meta = {str(key).strip().lower(): value for key, value in loaded.items()}
    return {key: meta[key] for key in _META_KEYS if key in meta}, end + 1


def _simple_pairs(block: str) -> dict[str, object] | None:
    """Hand-written front matter that is not valid YAML, usually a title with a colon in it.

    ``title: Iran: talks resume`` is a YAML error but its meaning is plain,
    so when every line is ``key: value`` we read it that way.
    """
    pairs: dict[str, object] = {}
    for line in block.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _PAIR.match(line)
        if match is None:
            return None
        value = match.group("value").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        pairs[match.group("key")] = value or None
    return pairs


def _date_line(line: str) -> tuple[dt.date | None, str] | None:
    """The date a ``date ...`` header line gives and any text after it; None if the line is plain text.

    ``date:`` is always a header. Without the colon the next word must start
    like a date (a digit, or a capitalised month or weekday), so that a
    first sentence such as "Date palms are grown ..." stays text.
    """
    match = _DATE_WORD.match(line)
    if match is None:
        return None
    rest = line[match.end() :].rstrip()
    if match.group("colon") is None and not _starts_like_date(rest):
        return None
    if not rest:
        return None, ""
    found = match_date_prefix(rest)
    if found is None:
        raise DateError(f"unreadable date {_shown(rest)!r}: write it as YYYY-MM-DD")
    when, end = found
    after = rest[end:]
    return when, after.lstrip(_SEPARATORS)


def _starts_like_date(rest: str) -> bool:
    if rest[:1].isdigit():
        return True
    word = re.match(r"[A-Z][a-z]*", rest)
    return word is not None and (word.group(0).lower() in MONTHS or word.group(0).lower() in WEEKDAYS)


def _shown(rest: str) -> str:
    """The part of a bad header worth quoting back: the date-ish words, not the article."""
    words = rest.split()
    return words[0] if words[0][:1].isdigit() else " ".join(words[:3])


def _meta_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
