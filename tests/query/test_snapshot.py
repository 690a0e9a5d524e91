"""Reading a store while another process writes it: consistent copies, a live snapshot, the CLI fallback."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.query import LiveSnapshot, copy_store, find_events, reading_store, summary
from detente.query.snapshot import open_copy
from detente.store import Store, StoreError

pytestmark = pytest.mark.slow

WRITER = Path(__file__).with_name("writer.py")
BATCH = 50


def start_writer(db: Path, batches: int, pause: float, checkpoint_every: int = 0) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(batches), str(BATCH), str(pause), str(checkpoint_every)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else line
    return proc


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    db = tmp_path / "busy.duckdb"
    proc = start_writer(db, batches=60, pause=0.1, checkpoint_every=7)
    yield db, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)


def test_a_writer_locks_out_direct_readers(writer: tuple[Path, subprocess.Popen[str]]) -> None:
    db, _ = writer
    with pytest.raises(StoreError, match="lock"):
        Store(db, read_only=True)


def test_copies_taken_during_writes_hold_whole_batches(
    writer: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    db, proc = writer
    counts = []
    for i in range(12):
        copy = copy_store(db, tmp_path / f"copy{i}.duckdb")
        with open_copy(copy) as store:
            (n,) = store.con.execute("SELECT count(*) FROM events").fetchone() or (0,)
            (articles,) = store.con.execute("SELECT count(*) FROM articles").fetchone() or (0,)
        counts.append(n)
        assert n % BATCH == 0 and n == articles * BATCH  # never half a batch
        time.sleep(0.2)
    assert counts == sorted(counts) and counts[-1] > counts[0] > 0
    assert proc.poll() is None or proc.returncode == 0


def test_live_snapshot_keeps_answering_and_catches_up(writer: tuple[Path, subprocess.Popen[str]]) -> None:
    db, proc = writer
    seen = []
    with LiveSnapshot(db, min_interval=0.2, poll=0.1) as live:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            s = summary(live)
            rows = find_events(live, actor="IRN", limit=3)
            assert len(rows) == 3
            seen.append(s["events"])
            time.sleep(0.1)
        assert proc.wait(timeout=60) == 0
        assert proc.stdout is not None
        final = int(proc.stdout.read().split()[-1])
        deadline = time.monotonic() + 30
        while summary(live)["events"] != final and time.monotonic() < deadline:
            time.sleep(0.2)
        assert summary(live)["events"] == final
        assert live.info()["refreshes"] > 2
    assert len(set(seen)) > 2  # it saw the store grow while the writer was still writing
    assert all(n % BATCH == 0 for n in seen)


def test_reading_store_falls_back_to_a_copy(writer: tuple[Path, subprocess.Popen[str]]) -> None:
    db, _ = writer
    reasons: list[str] = []
    with reading_store(db, on_copy=reasons.append) as store:
        assert store.con.execute("SELECT count(*) FROM events").fetchone()[0] >= BATCH  # type: ignore[index]
    assert reasons == ["another process is writing the store"]


def test_cli_reads_a_busy_store(writer: tuple[Path, subprocess.Popen[str]]) -> None:
    db, _ = writer
    proc = subprocess.run(
        [sys.executable, "-m", "detente", "top", "actors", "--db", str(db), "-f", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "another process is writing" in proc.stderr
    assert '"code": "IRNGOV"' in proc.stdout


def test_direct_reads_when_nobody_writes(tmp_path: Path) -> None:
    db = tmp_path / "quiet.duckdb"
    proc = start_writer(db, batches=2, pause=0.0)
    assert proc.wait(timeout=60) == 0
    reasons: list[str] = []
    with reading_store(db, on_copy=reasons.append) as store:
        assert store.read_only and store.path == db
    assert reasons == []
    with pytest.raises(StoreError, match="no detente store"):
        copy_store(tmp_path / "missing.duckdb", tmp_path / "x.duckdb")
