"""Bytes to text: encodings, binary detection and bounded line streams.

News arrives as UTF-8, UTF-8 with a BOM (Windows tools), UTF-16 (Word's
"Unicode text") and cp1252 (old Windows). We try those in turn and never
raise, so one odd file cannot stop a batch; and binary files are recognised
instead of being coded as gibberish.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import BinaryIO, TextIO

SAMPLE_BYTES = 8192

# UTF-32 before UTF-16: the UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text (tab, newlines, form feed and escape do).
_CONTROL = frozenset(chr(c) for c in range(32) if c not in (9, 10, 11, 12, 13, 27)) | {"\x7f"}
_MAX_CONTROL_SHARE = 0.01


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None when there is none."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def looks_binary(text: str) -> bool:
    """Whether decoded text is really binary data (NULs or many control characters)."""
    sample = text[:SAMPLE_BYTES]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch in _CONTROL)
    return "\x00" in sample or controls / len(sample) > _MAX_CONTROL_SHARE


def decode_bytes(data: bytes) -> str | None:
    """The text of a whole file, or None if it is binary.

    Order: a BOM's encoding; else UTF-8; else cp1252, the usual encoding of
    text that is not UTF-8. cp1252 leaves five bytes undefined, so random
    binary data almost always fails it.
    """
    encoding = bom_encoding(data[:4])
    candidates = (encoding,) if encoding else ("utf-8", "cp1252")
    if encoding is None and b"\x00" in data:
        return None
    for candidate in candidates:
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        return None if looks_binary(text) else text
    return None


def sniff_encoding(sample: bytes) -> str | None:
    """The encoding to stream a file with, judged from its first bytes; None if binary.

    The sample may end inside a multi-byte character, so UTF-8 is checked
    with an incremental decoder that is not told the input is complete.
    """
    encoding = bom_encoding(sample[:4])
    if encoding is not None:
        return encoding
    if b"\x00" in sample:
        return None
    for candidate in ("utf-8", "cp1252"):
        try:
            text = codecs.getincrementaldecoder(candidate)().decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        return None if looks_binary(text) else candidate
    return None


def decode_line(raw: bytes) -> str:
    """One line of a streamed file: UTF-8, else cp1252, else Latin-1 (which cannot fail).

    Deciding per line lets a mostly-UTF-8 feed with one cp1252 line stream
    through without reading the whole file first.
    """
    for candidate in ("utf-8", "cp1252"):
        try:
            return raw.decode(candidate)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def iter_lines(stream: BinaryIO | TextIO, limit: int | None = None) -> Iterator[str | None]:
    """The decoded lines of a stream, one at a time; None for a line longer than ``limit``.

    Reading with a limit keeps memory bounded on a huge one-line file: the
    over-long line is skipped in ``limit``-sized pieces and reported as None,
    so line numbers stay right. A leading BOM is dropped.
    """
    size = -1 if limit is None else limit
    first = True
    while True:
        raw = stream.readline(size)
        if not raw:
            return
        line = decode_line(raw) if isinstance(raw, bytes) else raw
        if limit is not None and len(raw) >= limit and not line.endswith(("\n", "\r")):
            _skip_rest_of_line(stream, limit)
            first = False
            yield None
            continue
        if first:
            line = line.removeprefix("\ufeff")
            first = False
        yield line


def _skip_rest_of_line(stream: BinaryIO | TextIO, limit: int) -> None:
    while True:
        more = stream.readline(limit)
        if not more:
            return
        tail = more[-1:]
        if tail in (b"\n", b"\r", "\n", "\r"):
            return


def count_chars(stream: BinaryIO, encoding: str, chunk_size: int = 1 << 20) -> int:
    """How many characters a stream holds, without holding them all in memory."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    total = 0
    while chunk := stream.read(chunk_size):
        total += len(decoder.decode(chunk))
    return total + len(decoder.decode(b"", final=True))
