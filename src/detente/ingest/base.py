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


@dataclasses.dataclass(frozen=True, slots=True)
class IngestError:
    """One piece of input that could not become an article.

    Yielded in sequence with the articles instead of raised, so a bad file or
    line costs only itself and the caller can report it and carry on.
    """

    origin: str
    message: str

    def __post_init__(self) -> None:
        # Callers print one error per line; fold any multi-line text (YAML errors) into one line.
        if "\n" in self.message or "\r" in self.message:
            object.__setattr__(self, "message", " ".join(self.message.split()))

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


def line_origin(origin: str, line: int) -> str:
    """The origin of one row: ``path:LINE``, so an error points at the line to fix."""
    return f"{origin}:{line}"
