"""A cache of the parsed data files, keyed by their content, so a new process does not parse the same YAML again.

Parsing the 42 data files is about a second of every start-up (libyaml's scanner is C, but the safe constructor that
builds the Python objects is not); unpickling what the parse gave takes a twentieth of that. The cache holds only the
plain data the loader returned: every file is still validated by its schema after loading, as before.

- The key is a hash of the file's bytes (and of the loader, the PyYAML version and ``CACHE_VERSION``), never its
  name or time stamp: an edited data file is a new key, so a stale entry is never read. ``CACHE_VERSION`` is bumped
  when what is pickled changes shape (another loader's types, a post-processing step), which no file's bytes show.
- An entry's file name starts with the data file's name (``roles.yaml-<key>.pickle``) only so that old entries can be
  found: writing one keeps the ``KEEP_PER_FILE`` newest entries of that name (other checkouts may hold other versions
  of the file) and removes the rest, and entries of an older naming, so the folder does not grow with every edit.
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
CACHE_VERSION = 2
"""Bump when the shape of the pickled data changes: entries of another version are never read (and are pruned)."""
KEEP_PER_FILE = 4
"""Entries kept per data file name: a few versions of one file in use at once (branches, worktrees), not every edit."""
SUFFIX = ".pickle"


def cache_dir() -> Path | None:
    """Where the parsed files are kept, or None when the cache is off."""
    chosen = os.environ.get("DETENTE_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in (OFF, "") else Path(chosen) / FOLDER
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "detente" / FOLDER


def key(content: bytes, loader: str) -> str:
    """The entry's key: the content's hash, with what parses it (another loader or PyYAML may build other data) and
    the cache's own version (the shape of what is kept)."""
    h = hashlib.sha256()
    h.update(f"{CACHE_VERSION}|{loader}|{yaml.__version__}|{pickle.HIGHEST_PROTOCOL}\n".encode())
    h.update(content)
    return h.hexdigest()


def entry_path(folder: Path, name: str, content: bytes, loader: str) -> Path:
    """``<folder>/<name>-<key>.pickle``: the key decides what is read, the name only which entries are one file's."""
    return folder / f"{_safe(name)}-{key(content, loader)}{SUFFIX}"


def cached_parse(content: bytes, loader: str, parse: Callable[[bytes], Any], name: str = "data") -> Any:
    """``parse(content)``, from the cache when an entry for exactly these bytes exists (and written to it when not);
    ``name`` is the data file's name, which groups its entries for pruning."""
    folder = cache_dir()
    if folder is None:
        return parse(content)
    path = entry_path(folder, name, content, loader)
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing, unreadable or corrupt: parse as without the cache
        pass
    data = parse(content)
    if _write(path, data):
        prune(folder, name, keep=path)
    return data


def prune(folder: Path, name: str, keep: Path) -> None:
    """Remove the entries of the file ``name`` but ``keep`` and the ``KEEP_PER_FILE - 1`` newest others, and entries
    named before names were part of them (a bare key); a file another process removes first is no error."""
    prefix = f"{_safe(name)}-"
    try:
        entries = list(folder.glob(f"*{SUFFIX}"))
        ours = [p for p in entries if p.name.startswith(prefix) and p != keep]
        bare = [p for p in entries if "-" not in p.stem]
        ours.sort(key=_mtime, reverse=True)
        for old in ours[KEEP_PER_FILE - 1 :] + bare:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _safe(name: str) -> str:
    """The file name as one path component (a user's file may be called anything)."""
    return "".join(c if c.isalnum() or c in "._" else "_" for c in name) or "data"


def _write(path: Path, data: Any) -> bool:
    """Write the entry atomically (a reader never sees half a file); a folder that cannot be written is no error
    (False)."""
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
        return False
    return True
