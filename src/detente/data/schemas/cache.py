"""A cache of the parsed data files, keyed by their content, so a new process does not parse the same YAML again.

Parsing the 42 data files is about a second of every start-up (libyaml's scanner is C, but the safe constructor that
builds the Python objects is not); unpickling what the parse gave takes a twentieth of that. The cache holds only the
plain data the loader returned: every file is still validated by its schema after loading, as before.

- The key is a hash of the file's bytes (and of the loader and the PyYAML version), never its name or time stamp: an
  edited data file is a new key, so a stale entry is never read.
- The folder is outside the package: ``$DETENTE_CACHE_DIR``, else ``$XDG_CACHE_HOME/detente``, else
  ``~/.cache/detente``; ``DETENTE_CACHE_DIR=off`` turns the cache off.
- It is never required: a missing, unreadable or corrupt entry, or a folder that cannot be written, means the file
  is parsed as without the cache (and the entry written again when it can be).
- Entries are pickles: like any cache of Python objects, the folder must be writable by its user only.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

FOLDER = "yaml"
OFF = "off"


def cache_dir() -> Path | None:
    """Where the parsed files are kept, or None when the cache is off."""
    chosen = os.environ.get("DETENTE_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in (OFF, "") else Path(chosen) / FOLDER
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "detente" / FOLDER


def key(content: bytes, loader: str) -> str:
    """The entry's name: the content's hash, with what parses it (another loader or PyYAML may build other data)."""
    h = hashlib.sha256()
    h.update(f"{loader}|{yaml.__version__}|{pickle.HIGHEST_PROTOCOL}\n".encode())
    h.update(content)
    return h.hexdigest()


def cached_parse(content: bytes, loader: str, parse: Callable[[bytes], Any]) -> Any:
    """``parse(content)``, from the cache when an entry for exactly these bytes exists (and written to it when not)."""
    folder = cache_dir()
    if folder is None:
        return parse(content)
    path = folder / f"{key(content, loader)}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing, unreadable or corrupt: parse as without the cache
        pass
    data = parse(content)
    _write(path, data)
    return data


def _write(path: Path, data: Any) -> None:
    """Write the entry atomically (a reader never sees half a file); a folder that cannot be written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # a full disk, a read-only home, data pickle cannot hold: the parse stands uncached
        pass
