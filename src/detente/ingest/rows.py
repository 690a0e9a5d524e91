"""Many articles per file: JSON lines, JSON documents and CSV/TSV rows.

Feeds and scraper dumps come as one record per line or row. Each record is
read on its own: a bad one becomes an IngestError naming its line and the
rest of the file still comes through. JSON lines and CSV are streamed, so a
file of any size is read in constant memory.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping

from detente.ingest.base import EMPTY_FILE, FieldMap, IngestError, line_origin
from detente.ingest.dates import DateError, coerce_date
from detente.ingest.textfile import normalise_text, too_long
from detente.records import Article

_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_OBJECT_LINE = re.compile(r"\n[ \t\r]*\{")


def record_to_article(
    record: Mapping[str, object],
    *,
    origin: str,
    fields: FieldMap,
    date: dt.date | None,
    max_chars: int,
) -> Article | IngestError:
    """One JSON object or CSV row as an Article; extra keys are ignored."""
    text = _lookup(record, fields.text)
    if text is None:
        return IngestError(origin, f"no {fields.text!r} field")
    if not isinstance(text, str):
        return IngestError(origin, f"{fields.text!r} is a {_kind(text)}, not text")
    text = normalise_text(text)
    if not text:
        return IngestError(origin, f"empty {fields.text!r} field")
    if len(text) > max_chars:
        return IngestError(origin, too_long(len(text), max_chars))
    try:
        when = coerce_date(_lookup(record, fields.date)) or date
    except DateError as exc:
        return IngestError(origin, str(exc))
    if when is None:
        return IngestError(origin, f"no date: add a {fields.date!r} field or pass --date")
    return Article(
        id=_optional_str(_lookup(record, fields.id)) or Article.make_id(text),
        date=when,
        text=text,
        title=_optional_str(_lookup(record, fields.title)),
        source=_optional_str(_lookup(record, fields.source)),
        url=_optional_str(_lookup(record, fields.url)),
        origin=origin,
    )


def read_json_lines(
    lines: Iterable[str | None],
    *,
    origin: str,
    fields: FieldMap,
    date: dt.date | None,
    max_chars: int,
) -> Iterator[Article | IngestError]:
    """Articles from JSON lines, one object per line; None stands for a line too long to read."""
    seen = False
    for number, line in enumerate(lines, start=1):
        where = line_origin(origin, number)
        if line is None:
            seen = True
            yield IngestError(where, f"line is too long for an article of at most {max_chars} characters")
            continue
        stripped = line.strip()
        if not stripped:
            continue
        seen = True
        try:
            value = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"not valid JSON: {exc.msg} (column {exc.colno})")
            continue
        except (ValueError, RecursionError) as exc:  # absurdly deep nesting, bad numbers
            yield IngestError(where, f"not valid JSON: {exc}")
            continue
        yield _json_record(value, origin=where, fields=fields, date=date, max_chars=max_chars)
    if not seen:
        yield IngestError(origin, EMPTY_FILE)


def read_json_document(
    text: str,
    *,
    origin: str,
    fields: FieldMap,
    date: dt.date | None,
    max_chars: int,
) -> Iterator[Article | IngestError]:
    """Articles from a whole ``.json`` file: one list of objects, one object, or objects one after another.

    Exported JSON is usually a pretty-printed list, which a line reader
    cannot handle. Values are decoded one at a time from their offsets, so
    each article's origin still names the line it starts on.
    """
    decoder = json.JSONDecoder()
    lines = _LineCounter(text)
    pos = _skip_space(text, 0)
    if pos == len(text):
        yield IngestError(origin, EMPTY_FILE)
        return
    if text[pos] == "[":
        yield from _json_list(text, pos, decoder, lines, origin=origin, fields=fields, date=date, max_chars=max_chars)
        return
    while pos < len(text):
        where = line_origin(origin, lines.at(pos))
        try:
            value, end = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            yield IngestError(where, f"not valid JSON: {getattr(exc, 'msg', exc)}")
            # Resume at the next line that opens an object: right for JSON lines, and inside a
            # broken pretty-printed object it skips the member lines instead of misreading them.
            resume = _OBJECT_LINE.search(text, pos + 1)
            if resume is None:
                return
            pos = resume.end() - 1
            continue
        yield _json_record(value, origin=where, fields=fields, date=date, max_chars=max_chars)
        pos = _skip_space(text, end)


def _json_list(
    text: str,
    start: int,
    decoder: json.JSONDecoder,
    lines: _LineCounter,
    *,
    origin: str,
    fields: FieldMap,
    date: dt.date | None,
    max_chars: int,
) -> Iterator[Article | IngestError]:
    """The items of a top-level JSON list, each with the line it starts on."""
    pos = _skip_space(text, start + 1)
    if text[pos : pos + 1] == "]":
        yield IngestError(origin, "the JSON list is empty")
        return
    while True:
        where = line_origin(origin, lines.at(pos))
        try:
            value, end = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            # Inside a list there is no safe place to resume: report and stop.
            yield IngestError(where, f"not valid JSON: {getattr(exc, 'msg', exc)}; the rest of the file is skipped")
            return
        yield _json_record(value, origin=where, fields=fields, date=date, max_chars=max_chars)
        pos = _skip_space(text, end)
        following = text[pos : pos + 1]
        if following == ",":
            pos = _skip_space(text, pos + 1)
        elif following == "]":
            pos = _skip_space(text, pos + 1)
            if pos < len(text):
                yield IngestError(line_origin(origin, lines.at(pos)), "unexpected text after the JSON list")
            return
        else:
            where = line_origin(origin, lines.at(pos))
            yield IngestError(where, "not valid JSON: expected ',' or ']'; the rest of the file is skipped")
            return


def read_csv_lines(
    lines: Iterable[str],
    *,
    origin: str,
    fields: FieldMap,
    date: dt.date | None,
    max_chars: int,
    delimiter: str = ",",
) -> Iterator[Article | IngestError]:
    """Articles from CSV (or TSV) lines: a header row naming the columns, then one article per row.

    Quoted fields may span lines; a row's origin is the line it starts on.
    """
    # csv refuses fields over 128 KiB by default; articles may be longer (up to max_chars).
    if csv.field_size_limit() < max_chars + 1:
        csv.field_size_limit(max_chars + 1)
    reader = csv.reader(lines, delimiter=delimiter)
    header: list[str] | None = None
    rows = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            message = str(exc)
            if "field larger than field limit" in message:
                message = f"a field is longer than the limit of {max_chars} characters"
            yield IngestError(line_origin(origin, start), f"unreadable row: {message}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip() for cell in row]
            if _lookup(dict.fromkeys(header, ""), fields.text) is None:
                columns = ", ".join(repr(name) for name in header)
                yield IngestError(origin, f"no {fields.text!r} column (columns: {columns}); name it with --text-field")
                return
            continue
        rows += 1
        record: dict[str, object] = {}
        for name, cell in zip(header, row, strict=False):
            record.setdefault(name, cell)
        yield record_to_article(
            record, origin=line_origin(origin, start), fields=fields, date=date, max_chars=max_chars
        )
    if header is None:
        yield IngestError(origin, EMPTY_FILE)
    elif rows == 0:
        yield IngestError(origin, "no rows below the header")


def _json_record(
    value: object, *, origin: str, fields: FieldMap, date: dt.date | None, max_chars: int
) -> Article | IngestError:
    if not isinstance(value, dict):
        return IngestError(origin, f"not a JSON object but a {_kind(value)}")
    return record_to_article(value, origin=origin, fields=fields, date=date, max_chars=max_chars)


def _lookup(record: Mapping[str, object], name: str) -> object:
    """A field by its exact name, else ignoring case and surrounding spaces ("Text", " date")."""
    if name in record:
        return record[name]
    wanted = name.strip().casefold()
    for key, value in record.items():
        if isinstance(key, str) and key.strip().casefold() == wanted:
            return value
    return None


def _optional_str(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _kind(value: object) -> str:
    names = {dict: "object", list: "list", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _skip_space(text: str, pos: int) -> int:
    match = _JSON_SPACE.match(text, pos)
    return match.end() if match else pos


class _LineCounter:
    """Line numbers of increasing offsets in a text, counted once rather than from the start each time."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0
        self._line = 1

    def at(self, pos: int) -> int:
        if pos < self._pos:
            return self._text.count("\n", 0, pos) + 1
        self._line += self._text.count("\n", self._pos, pos)
        self._pos = pos
        return self._line
