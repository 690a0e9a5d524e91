"""Reading a store that another process is writing: consistent copies, refreshed as it changes.

DuckDB lets one process write a database file, and while it does no other process may
open the file at all, not even read-only. ``detente code --db`` holds its store for the
whole run, so a reader that opened the file directly would fail for as long as coding
runs, and a reader that held the file open would make the next ``detente code`` fail.

So readers never take the lock. They copy the file (and its write-ahead log) without
opening it, check that the writer did not checkpoint during the copy, and query the copy:

* DuckDB writes the main file only at a checkpoint (and into free blocks for large
  appends); blocks of the last checkpoint are not overwritten before the *next*
  checkpoint's header is written. The database headers live in the first 12 KiB, so if
  those bytes are the same before and after the copy, the copy holds one checkpoint
  intact.
* The log is copied before the main file, so every commit in the copied log refers only
  to blocks that were already written when the main file was copied. A commit cut in
  half at the end of the log is dropped by DuckDB's recovery, as after a crash.
* The copy is opened read-only (DuckDB replays its log in memory, writing nothing), unless
  its layout is older than this detente's: then the copy, and only the copy, is migrated.

:class:`LiveSnapshot` keeps such a copy open for a server and replaces it in the
background when the store changes; :func:`copy_store` makes a one-off copy.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from detente.store import SchemaVersionError, Store, StoreError

log = logging.getLogger("detente")

HEADER_BYTES = 3 * 4096
"""DuckDB's main header and its two alternating database headers."""

WAL_SUFFIX = ".wal"


class SnapshotError(StoreError):
    """No consistent copy of the store could be made (it kept changing, or it is not a store)."""


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + WAL_SUFFIX)


def _header(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(HEADER_BYTES)


def signature(path: Path) -> tuple[int, int, int, int]:
    """Size and modification time of the store and its log: changes whenever a writer commits."""
    st = path.stat()
    try:
        wst = wal_path(path).stat()
        wal = (wst.st_size, wst.st_mtime_ns)
    except FileNotFoundError:
        wal = (-1, -1)
    return (st.st_size, st.st_mtime_ns, *wal)


def copy_store(path: str | Path, dest: str | Path, *, attempts: int = 8) -> Path:
    """Copy the store at ``path`` to ``dest`` (a file path) consistently, even while it is being written.

    Retries with a growing pause when a checkpoint happened during the copy; raises
    :class:`SnapshotError` when every attempt saw one.
    """
    src, out = Path(path), Path(dest)
    if not src.is_file():
        raise SnapshotError(f"no detente store at {src}")
    src_wal, out_wal = wal_path(src), wal_path(out)
    for attempt in range(attempts):
        before = _header(src)
        out_wal.unlink(missing_ok=True)
        # no log, or it was checkpointed away just now (the header check below sees that):
        with suppress(FileNotFoundError):
            shutil.copyfile(src_wal, out_wal)
        shutil.copyfile(src, out)
        if _header(src) == before:
            return out
        log.info("store %s was checkpointed while copying; trying again", src)
        time.sleep(min(0.05 * 2**attempt, 2.0))
    raise SnapshotError(f"{src} kept changing while it was copied ({attempts} attempts); try again later")


def _open(copy: Path) -> Store:
    """Read-only when the layout is current (DuckDB replays the log in memory, nothing is written); a copy of an
    older layout is opened for writing so that the copy, and only the copy, is migrated."""
    try:
        return Store(copy, read_only=True)
    except SchemaVersionError as exc:
        if "needs migrating" not in str(exc):
            raise
        return Store(copy)


def open_copy(copy: Path) -> Store:
    """Open a private copy as a store (replaying its log, migrating an older layout in the copy only).

    A log whose last commit cannot be replayed is dropped, so the copy falls back to the store's last checkpoint.
    """
    try:
        return _open(copy)
    except StoreError as exc:
        if not wal_path(copy).exists() or isinstance(exc, SchemaVersionError):
            raise
        log.warning("could not replay the copied write-ahead log (%s); reading the last checkpoint", exc)
        wal_path(copy).unlink()
        return _open(copy)


@dataclass
class _Snapshot:
    """One open copy; retired copies are closed and deleted when their last reader is done."""

    store: Store
    folder: Path
    signature: tuple[int, int, int, int]
    taken_at: dt.datetime
    copy_seconds: float
    users: int = 0
    retired: bool = False

    def close(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class LiveSnapshot:
    """A copy of a store kept fresh in the background, for a server that must answer while others write.

    >>> live = LiveSnapshot("events.duckdb").start()  # doctest: +SKIP
    >>> with live.connection() as con:  # doctest: +SKIP
    ...     con.execute("SELECT count(*) FROM events").fetchone()

    Every request gets its own cursor on the current copy; a newer copy replaces it once the store's files changed
    and at least ``min_interval`` seconds (and ten times the last copy's duration, so big stores are not copied
    back to back) have passed. When a refresh fails the old copy keeps serving and ``info()`` says why.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        workdir: str | Path | None = None,
        min_interval: float = 2.0,
        poll: float = 0.5,
    ) -> None:
        self.path = Path(path)
        self.min_interval = min_interval
        self.poll = poll
        self._own_workdir = workdir is None
        self.workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="detente-snapshot-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._current: _Snapshot | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._counter = 0
        self.refreshes = 0
        self.last_error: str | None = None
        self._last_refresh_end = 0.0

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self, *, background: bool = True) -> LiveSnapshot:
        """Take the first copy (raising if it cannot be made) and start watching the store."""
        self.refresh()
        if background and self._thread is None:
            self._thread = threading.Thread(target=self._watch, name="detente-snapshot", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop watching, close every copy and delete the copies."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        with self._lock:
            current, self._current = self._current, None
        if current is not None:
            current.close()
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> LiveSnapshot:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- reading -------------------------------------------------------------------------------

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor on the current copy, for one request; the copy stays open until the request is done."""
        with self._lock:
            snap = self._current
            if snap is None:
                raise SnapshotError(f"no snapshot of {self.path} is open")
            snap.users += 1
        cursor = snap.store.con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
            with self._lock:
                snap.users -= 1
                done = snap.retired and snap.users == 0
            if done:
                snap.close()

    def info(self) -> dict[str, Any]:
        """What the server is reading: the store, when the copy was taken and the last refresh error."""
        snap = self._current
        return {
            "store": str(self.path),
            "snapshot_taken_at": snap.taken_at.isoformat(timespec="seconds") if snap else None,
            "snapshot_age_seconds": round((dt.datetime.now(dt.timezone.utc) - snap.taken_at).total_seconds(), 1)
            if snap
            else None,
            "copy_seconds": round(snap.copy_seconds, 3) if snap else None,
            "refreshes": self.refreshes,
            "last_error": self.last_error,
        }

    # -- refreshing ----------------------------------------------------------------------------

    def stale(self) -> bool:
        """Whether the store's files changed since the current copy was taken."""
        snap = self._current
        try:
            return snap is None or signature(self.path) != snap.signature
        except FileNotFoundError:
            return False

    def refresh(self) -> bool:
        """Copy the store now if it changed since the current copy; True when a new copy replaced the old."""
        if not self.stale():
            return False
        sig = signature(self.path)
        self._counter += 1
        folder = self.workdir / f"snap-{self._counter}"
        folder.mkdir()
        started = time.monotonic()
        try:
            copy = copy_store(self.path, folder / self.path.name)
            store = open_copy(copy)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        elapsed = time.monotonic() - started
        new = _Snapshot(store, folder, sig, dt.datetime.now(dt.timezone.utc), elapsed)
        with self._lock:
            old, self._current = self._current, new
            close_old = False
            if old is not None:
                old.retired = True
                close_old = old.users == 0
        if old is not None and close_old:
            old.close()
        self.refreshes += 1
        self._last_refresh_end = time.monotonic()
        self.last_error = None
        log.info("snapshot of %s refreshed in %.2f s", self.path, elapsed)
        return True

    def _due(self) -> bool:
        snap = self._current
        wait = max(self.min_interval, 10 * snap.copy_seconds) if snap else 0.0
        return time.monotonic() - self._last_refresh_end >= wait

    def _watch(self) -> None:
        while not self._stop.wait(self.poll):
            if not (self._due() and self.stale()):
                continue
            try:
                self.refresh()
            except Exception as exc:  # keep serving the old copy; say why in info()
                self.last_error = f"{type(exc).__name__}: {exc}"
                self._last_refresh_end = time.monotonic()
                log.warning("snapshot refresh of %s failed: %s", self.path, exc)


@contextmanager
def reading_store(path: str | Path, *, on_copy: Any = None) -> Iterator[Store]:
    """Open a store for reading: directly (read-only) when no one writes it, else through a one-off copy.

    ``on_copy(reason)`` is called when a copy is used, so a CLI can say it is reading a snapshot. Stores of an older
    layout are read through a migrated copy too, leaving the file itself untouched.
    """
    p = Path(path)
    try:
        store = Store(p, read_only=True)
    except StoreError as exc:
        reason = _copy_reason(exc)
        if reason is None:
            raise
        log.warning("reading a copy of %s: %s", p, reason)
        if on_copy is not None:
            on_copy(reason)
        with tempfile.TemporaryDirectory(prefix="detente-read-") as tmp:
            copy = open_copy(copy_store(p, Path(tmp) / p.name))
            try:
                yield copy
            finally:
                copy.close()
        return
    try:
        yield store
    finally:
        store.close()


def _copy_reason(exc: StoreError) -> str | None:
    """Why a read-only open failed in a way a copy can get around (another writer, an older layout), if it did."""
    text = str(exc).lower()
    if "lock" in text:
        return "another process is writing the store"
    if "needs migrating" in text:
        return "the store has an older layout (the file is left as it is)"
    return None
