"""The small shared types of the ingest stage: the error record and the field names.

Kept apart from the readers so that every reader module (and the CLI) can
import them without pulling in the others.
"""

from __future__ import annotations

import dataclasses

DEFAULT_MAX_CHARS = 1_000_000

NO_DATE = "no date: add a first line 'date YYYY-MM-DD' or pass --date"
EMPTY_FILE = "empty file"
BINARY_FILE = "binary file, not text"
MISSING_PATH = "no such file or folder"

# Why an input was skipped, in the words of ``detente code``'s closing summary (one line per reason).
EMPTY = "empty"
BINARY = "binary"
UNDATED = "undated"
TOO_LONG = "too long"
MALFORMED = "malformed"
UNREADABLE = "unreadable"
UNSUPPORTED = "unsupported file"
NO_TEXT = "no article text"
NOT_ENGLISH = "not English"
DUPLICATE = "duplicate"

# Message beginnings of the existing readers -> reason; checked in order, the first match wins.
_REASON_BY_MESSAGE: tuple[tuple[str, str], ...] = (
    ("empty", EMPTY),
    ("no text after the header", EMPTY),
    ("the JSON list is empty", EMPTY),
    ("no rows below the header", EMPTY),
    ("binary", BINARY),
    ("no date", UNDATED),
    ("unreadable date", UNDATED),
    ("article is ", TOO_LONG),
    ("line is too long", TOO_LONG),
    ("a field is longer", TOO_LONG),
    ("no such file", UNREADABLE),
    ("cannot read", UNREADABLE),
    ("no standard input", UNREADABLE),
    ("no article files", UNSUPPORTED),
)


@dataclasses.dataclass(frozen=True, slots=True)
class IngestError:
    """One piece of input that could not become an article.

    Yielded in sequence with the articles instead of raised, so a bad file or
    line costs only itself and the caller can report it and carry on.
    """

    origin: str
    message: str
    reason: str = ""
    """The kind of problem, for summaries (``EMPTY``, ``UNDATED`` ...); derived from the message when not given."""

    def __post_init__(self) -> None:
        # Callers print one error per line; fold any multi-line text (YAML errors) into one line.
        if "\n" in self.message or "\r" in self.message:
            object.__setattr__(self, "message", " ".join(self.message.split()))
        if not self.reason:
            object.__setattr__(self, "reason", reason_of(self.message))

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclasses.dataclass(frozen=True, slots=True)
class FieldMap:
    """Names of the keys (JSON) or columns (CSV) an article's parts are read from.

    Different feeds call the text "body" or "content"; the CLI builds one of
    these from ``--text-field`` and friends instead of asking users to rename.
    """

    id: str = "id"
    date: str = "date"
    title: str = "title"
    text: str = "text"
    source: str = "source"
    url: str = "url"


def reason_of(message: str) -> str:
    """The summary reason of a reader's message: the readers word their messages for people, and
    every message that is not one of the known kinds is a malformed record (bad JSON, a missing field)."""
    for start, reason in _REASON_BY_MESSAGE:
        if message.startswith(start):
            return reason
    return MALFORMED


def line_origin(origin: str, line: int) -> str:
    """The origin of one row: ``path:LINE``, so an error points at the line to fix."""
    return f"{origin}:{line}"
