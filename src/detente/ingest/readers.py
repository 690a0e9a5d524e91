"""From a path (file, folder or "-") to a stream of articles and errors.

The one entry point, :func:`read_articles`, is what the CLI and the other
stages call. It picks a reader per file, walks folders in a fixed order so
runs are repeatable, and turns every problem with the input into an
IngestError in the stream: a batch of ten thousand files is not stopped by
one broken file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import sys
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from detente.ingest.base import (
    BINARY_FILE,
    DEFAULT_MAX_CHARS,
    EMPTY_FILE,
    MISSING_PATH,
    TOO_LONG,
    UNSUPPORTED,
    FieldMap,
    IngestError,
)
from detente.ingest.decoding import (
    SAMPLE_BYTES,
    bom_encoding,
    count_chars,
    decode_bytes,
    decode_line,
    iter_lines,
    sniff_encoding,
)
from detente.ingest.html import HTML_EXTENSIONS, read_html_article
from detente.ingest.rows import read_csv_lines, read_json_document, read_json_lines
from detente.ingest.textfile import read_text_article, too_long
from detente.records import Article

FORMATS = ("text", "jsonl", "csv", "tsv")
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    **dict.fromkeys(HTML_EXTENSIONS, "html"),
}
STDIN = "-"
STDIN_ORIGIN = "<stdin>"

# A text file this many bytes over 4 x max_chars must be over the limit (no encoding uses more
# than 4 bytes a character); the slack covers a header. Such a file is counted, not loaded.
_HEADER_SLACK = 1 << 20


@dataclasses.dataclass(frozen=True, slots=True)
class _Options:
    date: dt.date | None
    fields: FieldMap
    fmt: str | None
    max_chars: int

    @property
    def line_limit(self) -> int:
        """Longest JSON line worth parsing: \\uXXXX escapes take 6 bytes a character, plus room for metadata."""
        return 6 * self.max_chars + 65_536


def read_articles(
    path: str | os.PathLike[str],
    *,
    date: dt.date | None = None,
    fields: FieldMap | None = None,
    fmt: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Article | IngestError]:
    """Articles, and errors for input that is not one, from a file, a folder or "-" (standard input).

    ``date`` dates articles that carry no date; ``fields`` names the JSON keys
    or CSV columns; ``fmt`` ("text", "jsonl", "csv", "tsv") overrides the
    choice by extension, and in a folder makes every non-hidden file count.
    Bad input never raises; only bad arguments (an unknown ``fmt``) do, and
    they raise at once rather than on first iteration.
    """
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, not {max_chars}")
    if isinstance(date, dt.datetime):  # a datetime is a date too, but Article wants the day
        date = date.date()
    options = _Options(date=date, fields=fields or FieldMap(), fmt=fmt, max_chars=max_chars)
    return _read_path(os.fsdecode(os.fspath(path)), options)


def _read_path(path: str, options: _Options) -> Iterator[Article | IngestError]:
    if path == STDIN:
        yield from _read_stdin(options)
    elif os.path.isdir(path):
        yield from _read_folder(path, options)
    elif os.path.exists(path):
        yield from _read_file(path, _kind(path, options.fmt) or "sniff", options)
    else:
        yield IngestError(path, MISSING_PATH)


def _kind(path: str, fmt: str | None) -> str | None:
    """How to read a file: the forced format (keeping .tsv's tab and .json's layout), else by extension."""
    ext = os.path.splitext(path)[1].lower()
    if fmt == "jsonl":
        return "json" if ext == ".json" else "jsonl"
    if fmt == "csv":
        return "tsv" if ext == ".tsv" else "csv"
    if fmt is not None:
        return fmt
    return EXTENSIONS.get(ext)


def _read_folder(folder: str, options: _Options) -> Iterator[Article | IngestError]:
    """Every article file under ``folder``, names sorted, hidden files and folders skipped.

    Files of unknown type (images, PDFs, notes) are reported as skipped, one
    line each, so nothing in a folder goes unnoticed; a known type that turns
    out binary or empty is reported too.
    """
    problems: list[OSError] = []
    found = False
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        while problems:
            problem = problems.pop(0)
            yield IngestError(problem.filename or root, f"cannot read folder: {problem.strerror or problem}")
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            kind = _kind(path, options.fmt)
            if kind is None:
                ext = os.path.splitext(name)[1].lower() or "no extension"
                yield IngestError(path, f"not an article file ({ext}); skipped", reason=UNSUPPORTED)
                continue
            found = True
            yield from _read_file(path, kind, options)
    for problem in problems:
        yield IngestError(problem.filename or folder, f"cannot read folder: {problem.strerror or problem}")
    if not found:
        known = " ".join(EXTENSIONS)
        yield IngestError(folder, f"no article files in this folder (looked for {known})")


def _read_file(path: str, kind: str, options: _Options) -> Iterator[Article | IngestError]:
    """One file, of a known kind; an OS error reading it becomes an IngestError."""
    try:
        if kind == "sniff":
            kind = _sniff_file(path)
        if kind == "text":
            yield _read_text_file(path, options)
        elif kind == "html":
            yield _read_html_file(path, options)
        elif kind == "json":
            yield from _read_json_file(path, options)
        else:
            yield from _read_line_file(path, kind, options)
    except OSError as exc:
        yield IngestError(path, f"cannot read: {exc.strerror or exc}")


def _sniff_file(path: str) -> str:
    """For a file with no telling extension: JSON lines if it starts with "{", else text."""
    with open(path, "rb") as stream:
        sample = stream.read(SAMPLE_BYTES)
    head = decode_line(sample) if bom_encoding(sample) is None else (decode_bytes(sample) or "")
    return "jsonl" if head.lstrip("\ufeff \t\r\n").startswith("{") else "text"


def _read_text_file(path: str, options: _Options) -> Article | IngestError:
    size = os.path.getsize(path)
    if size == 0:
        return IngestError(path, EMPTY_FILE)
    if size > 4 * options.max_chars + _HEADER_SLACK:
        return _huge_text_file(path, options.max_chars)
    with open(path, "rb") as stream:
        data = stream.read()
    text = decode_bytes(data)
    if text is None:
        return IngestError(path, BINARY_FILE)
    if not text.strip():
        return IngestError(path, EMPTY_FILE)
    return read_text_article(text, origin=path, date=options.date, max_chars=options.max_chars)


def _read_html_file(path: str, options: _Options) -> Article | IngestError:
    """A saved web page; its bytes go to the extractor as they are, which reads the page's own charset."""
    if os.path.getsize(path) > 4 * options.max_chars + _HEADER_SLACK:
        size = os.path.getsize(path)
        return IngestError(path, f"web page of {size} bytes, over the article size limit", reason=TOO_LONG)
    with open(path, "rb") as stream:
        data = stream.read()
    return read_html_article(data, origin=path, date=options.date, max_chars=options.max_chars)


def _huge_text_file(path: str, max_chars: int) -> IngestError:
    """The error for a text file too big to load: counted in chunks, never held in memory."""
    with open(path, "rb") as stream:
        encoding = sniff_encoding(stream.read(SAMPLE_BYTES))
        if encoding is None:
            return IngestError(path, BINARY_FILE)
        stream.seek(0)
        return IngestError(path, too_long(count_chars(stream, encoding), max_chars))


def _read_json_file(path: str, options: _Options) -> Iterator[Article | IngestError]:
    """A whole .json document (a list, an object, or JSON lines); read at once, as JSON must be."""
    with open(path, "rb") as stream:
        data = stream.read()
    if not data.strip():
        yield IngestError(path, EMPTY_FILE)
        return
    text = decode_bytes(data)
    if text is None:
        yield IngestError(path, BINARY_FILE)
        return
    yield from read_json_document(
        text.removeprefix("\ufeff"),
        origin=path,
        fields=options.fields,
        date=options.date,
        max_chars=options.max_chars,
    )


def _read_line_file(path: str, kind: str, options: _Options) -> Iterator[Article | IngestError]:
    """JSON lines or CSV/TSV, streamed line by line whatever the file's size."""
    with open(path, "rb") as raw:
        sample = raw.read(SAMPLE_BYTES)
    if not sample:
        yield IngestError(path, EMPTY_FILE)
        return
    encoding = sniff_encoding(sample)
    if encoding is None:
        yield IngestError(path, BINARY_FILE)
        return
    if encoding.startswith(("utf-16", "utf-32")):
        # These cannot be split on b"\n"; let a text stream do it.
        with open(path, encoding=encoding, errors="replace", newline="") as text:
            yield from _read_lines(_lines_for(text, kind, options), kind, path, options)
    else:
        # Bytes, decoded line by line: one stray cp1252 line does not spoil the file.
        with open(path, "rb") as binary:
            yield from _read_lines(_lines_for(binary, kind, options), kind, path, options)


def _lines_for(stream: BinaryIO | TextIO, kind: str, options: _Options) -> Iterator[str | None]:
    """Lines for a reader: JSON lines with a length limit; CSV without (a quoted field may span lines)."""
    return iter_lines(stream, options.line_limit if kind == "jsonl" else None)


def _read_lines(
    lines: Iterator[str | None], kind: str, origin: str, options: _Options
) -> Iterator[Article | IngestError]:
    if kind == "jsonl":
        return read_json_lines(
            lines, origin=origin, fields=options.fields, date=options.date, max_chars=options.max_chars
        )
    return read_csv_lines(
        (line or "" for line in lines),
        origin=origin,
        fields=options.fields,
        date=options.date,
        max_chars=options.max_chars,
        delimiter="\t" if kind == "tsv" else ",",
    )


def _read_stdin(options: _Options) -> Iterator[Article | IngestError]:
    """Standard input: JSON lines (streamed) if it starts with "{", else one text article.

    The decision needs only the first non-blank line, so a JSON-lines pipe is
    coded as it arrives rather than after it ends.
    """
    text_stream: TextIO | None = sys.stdin
    if text_stream is None:  # e.g. started without a console
        yield IngestError(STDIN_ORIGIN, "no standard input")
        return
    stream: BinaryIO | TextIO = getattr(text_stream, "buffer", None) or text_stream
    kind = options.fmt
    if kind in ("jsonl", "csv", "tsv"):
        yield from _read_lines(_lines_for(stream, kind, options), kind, STDIN_ORIGIN, options)
        return
    head: list[str | bytes] = []
    if kind is None:
        while line := stream.readline():
            head.append(line)
            first = decode_line(line) if isinstance(line, bytes) else line
            if first.strip("\ufeff \t\r\n"):
                if first.lstrip("\ufeff \t").startswith("{"):
                    yield from _read_lines(_chain_head(head, stream, options), "jsonl", STDIN_ORIGIN, options)
                    return
                break
    text = _read_rest(head, stream)
    if isinstance(text, IngestError):
        yield text
    elif kind is None and text.lstrip("\ufeff \t\r\n").startswith("{"):
        # UTF-16 JSON lines: only recognisable once decoded.
        yield from _read_lines(iter_lines(io.StringIO(text)), "jsonl", STDIN_ORIGIN, options)
    else:
        yield read_text_article(text, origin=STDIN_ORIGIN, date=options.date, max_chars=options.max_chars)


def _chain_head(head: list[str | bytes], stream: BinaryIO | TextIO, options: _Options) -> Iterator[str | None]:
    """The lines already read while sniffing, then the rest of the stream."""
    for number, line in enumerate(head):
        if len(line) > options.line_limit:
            yield None
            continue
        text = decode_line(line) if isinstance(line, bytes) else line
        yield text.removeprefix("\ufeff") if number == 0 else text
    yield from iter_lines(stream, options.line_limit)


def _read_rest(head: list[str | bytes], stream: BinaryIO | TextIO) -> str | IngestError:
    """All of standard input as text: the sniffed lines and the rest, decoded like a file."""
    rest = stream.read()
    if isinstance(rest, bytes):
        data = b"".join(part for part in head if isinstance(part, bytes)) + rest
        decoded = decode_bytes(data) if data.strip() else ""
        if decoded is None:
            return IngestError(STDIN_ORIGIN, BINARY_FILE)
        text = decoded
    else:
        text = "".join(part for part in head if isinstance(part, str)) + rest
    if not text.strip():
        return IngestError(STDIN_ORIGIN, EMPTY_FILE)
    return text
