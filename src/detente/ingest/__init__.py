"""The ingest stage: dated articles in, from text files, JSON lines, CSV or standard input.

Everything after this stage sees only :class:`~detente.records.Article`
records, so the quirks of input formats, encodings and date headers are
dealt with here, once. Problems come back as :class:`IngestError` values in
the same stream, never as exceptions, so one bad file costs only itself.
"""

from __future__ import annotations

from detente.ingest.base import DEFAULT_MAX_CHARS, FieldMap, IngestError
from detente.ingest.dates import DateError, parse_date
from detente.ingest.readers import EXTENSIONS, FORMATS, read_articles
from detente.ingest.textfile import read_text_article

__all__ = [
    "DEFAULT_MAX_CHARS",
    "EXTENSIONS",
    "FORMATS",
    "DateError",
    "FieldMap",
    "IngestError",
    "parse_date",
    "read_articles",
    "read_text_article",
]
