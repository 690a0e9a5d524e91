"""``--date-basis`` as an analyst types it (s29-store): ``detente events`` and ``detente export`` keep the events whose
day came from where they ask, and what they write says where each day came from."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.store.dated import EXPECTED, write_store

pytestmark = pytest.mark.slow


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "detente", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("cli") / "dated.duckdb")


def test_events_keep_the_basis_asked_for(db: Path) -> None:
    proc = run("events", "--db", str(db), "--date-basis", "carried", "--json")
    assert proc.returncode == 0, proc.stderr
    carried = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {(r["article_id"], r["date_basis"], r["date_from"]) for r in carried} == {
        ("d-run", "carried", 0),
        ("d-again", "carried", 0),
    }
    proc = run("events", "--db", str(db), "-f", "csv")
    every = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert sorted((r["date_basis"] or None for r in every), key=str) == sorted(
        (b for b, _ in EXPECTED.values()), key=str
    )  # no filter: every basis, the undated event's empty


def test_a_basis_that_is_not_one_is_a_usage_error(db: Path) -> None:
    proc = run("events", "--db", str(db), "--date-basis", "guessed")
    assert proc.returncode == 2 and "--date-basis" in proc.stderr
    proc = run("events", "--db", str(db), "--date-basis", "own", "--json")
    assert proc.returncode == 0 and {json.loads(line)["date_basis"] for line in proc.stdout.splitlines()} == {"own"}


def test_export_filters_and_writes_the_basis(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "own.csv"
    proc = run("export", "--format", "csv", "--output", str(out), "--db", str(db), "--date-basis", "own")
    assert proc.returncode == 0, proc.stderr
    with out.open(encoding="utf-8") as fh:
        written = list(csv.DictReader(fh))
    assert {(r["article_id"], r["sentence_index"], r["date_basis"], r["date_from"]) for r in written} == {
        ("d-run", "0", "own", ""),
        ("d-again", "0", "own", ""),
    }
    assert "2 events written" in proc.stderr
