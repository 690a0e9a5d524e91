"""The desk commands as a user runs them: events, dyad, network, top, timeline, export and serve's help."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import networkx as nx
import pytest

from detente.store import Store

pytestmark = pytest.mark.slow


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "detente", *args], capture_output=True, text=True, timeout=300, cwd=None
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import datetime as dt

    from tests.conftest import make_article, make_event

    batch = []
    for i in range(12):
        d = dt.date(2024, 1, 1) + dt.timedelta(days=10 * i)
        aid = f"c{i:02d}"
        batch.append(
            (
                make_article(aid, d),
                [
                    make_event(aid, 0, d, "IRNGOV", "TURGOV", "042"),
                    make_event(aid, 1, d, "TURGOV", "IRNGOV", "112" if i % 2 else "043"),
                    make_event(aid, 2, d, "RUSMIL", "UKR", "190"),
                ],
            )
        )
    path = tmp_path_factory.mktemp("cli") / "desk.duckdb"
    with Store(path) as store:
        store.add(batch)
    return path


def test_events_formats(db: Path, tmp_path: Path) -> None:
    proc = run("events", "--db", str(db), "--actor", "TUR", "--side", "source", "--quad", "3", "-f", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert len(rows) == 6 and {r["source"] for r in rows} == {"TURGOV"} and {r["cameo"] for r in rows} == {"112"}
    proc = run("events", "--db", str(db), "--root", "19", "--json", "--limit", "2", "--sort", "-date")
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["date"] for r in lines] == ["2024-04-20", "2024-04-10"]
    out = tmp_path / "e.parquet"
    proc = run("events", "--db", str(db), "--actor", "IRN", "-f", "parquet", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "24 events written" in proc.stderr
    assert duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(out)]).fetchone() == (24,)
    proc = run("events", "--db", str(db), "--quad", "7")
    assert proc.returncode == 2 and "quad" in proc.stderr.lower()
    proc = run("events", "--db", str(db), "-f", "parquet")
    assert proc.returncode == 2 and "--output" in proc.stderr


def test_dyad_series_and_plot(db: Path, tmp_path: Path) -> None:
    png = tmp_path / "dyad.png"
    proc = run("dyad", "IRN", "TUR", "--db", str(db), "--by", "month", "--plot", str(png), "-f", "jsonl")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {r["direction"] for r in rows} == {"IRN → TUR", "TUR → IRN"}
    assert sum(r["events"] for r in rows if r["direction"] == "IRN → TUR") == 12
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    proc = run("dyad", "IRN", "TUR", "--db", str(db), "--events", "-f", "jsonl")
    assert len(proc.stdout.splitlines()) == 24
    assert run("dyad", "IRN", "TUR", "--db", str(db), "--by", "fortnight").returncode == 2


def test_network_files(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "n.graphml"
    proc = run("network", "--db", str(db), "--min-events", "10", "-f", "graphml", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    g = nx.read_graphml(out)
    assert set(g.edges) == {("IRNGOV", "TURGOV"), ("TURGOV", "IRNGOV"), ("RUSMIL", "UKR")}
    assert int(g.edges["TURGOV", "IRNGOV"]["conflict"]) == 6
    assert "most central" in proc.stderr
    proc = run("network", "--db", str(db), "--since", "2024-04-01", "-f", "json")
    data = json.loads(proc.stdout)
    assert {n["id"] for n in data["nodes"]} == {"IRNGOV", "TURGOV", "RUSMIL", "UKR"}


def test_top_and_timeline(db: Path) -> None:
    proc = run("top", "actors", "--db", str(db), "-n", "2", "-f", "jsonl")
    assert [json.loads(line)["code"] for line in proc.stdout.splitlines()] == ["IRNGOV", "TURGOV"]
    proc = run("top", "codes", "--db", str(db), "--root", "04")
    assert proc.returncode == 0 and "042" in proc.stdout and "190" not in proc.stdout
    proc = run("timeline", "UKR", "--db", str(db), "--by", "month", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [(r["period"], r["as_target"]) for r in rows][:2] == [("2024-01-01", "4"), ("2024-02-01", "2")]
    assert run("top", "people", "--db", str(db)).returncode == 2


def test_export_formats(db: Path, tmp_path: Path) -> None:
    for fmt, name in (("gdelt", "e.tsv"), ("plover", "e.jsonl"), ("parquet", "e.parquet"), ("csv", "e.csv")):
        proc = run("export", "--db", str(db), "--format", fmt, "-o", str(tmp_path / name), "--actor", "RUS")
        assert proc.returncode == 0, proc.stderr
        assert "12 events written" in proc.stderr
    header = (tmp_path / "e.tsv").read_text().splitlines()[0].split("\t")
    assert header[:2] == ["GlobalEventID", "Day"] and "SOURCEURL" in header
    first = json.loads((tmp_path / "e.jsonl").read_text().splitlines()[0])
    assert (first["event"], first["actor"], first["recipient"]) == ("FIGHT", "RUSMIL", "UKR")  # the test table's type


def test_serve_help_warns_about_other_hosts() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "detente", "serve", "--help"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "400"},
    )
    assert proc.returncode == 0
    text = " ".join(proc.stdout.replace("│", " ").split())
    assert "127.0.0.1" in text and "WARNING" in text and "read the whole store" in text


def test_commands_without_a_store_say_how_to_make_one(tmp_path: Path) -> None:
    for args in (("dyad", "A", "B"), ("top", "actors"), ("serve",), ("export", "-f", "csv", "-o", "x.csv")):
        proc = run(*args, "--db", str(tmp_path / "none.duckdb"))
        assert proc.returncode == 1 and "detente code" in proc.stderr, args
