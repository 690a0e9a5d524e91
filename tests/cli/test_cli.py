"""The command line as a user runs it: real processes, real files, a real DuckDB store."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow


def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "detente", *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=300
    )


CORPUS = [
    {
        "id": "k1",
        "date": "2024-12-02",
        "text": "Iran's foreign minister met his Turkish counterpart in Ankara on Monday.",
    },
    {"id": "k2", "date": "2023-05-10", "text": "Russian forces shelled Kherson on Tuesday."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "c.jsonl"
    lines = [json.dumps(a) for a in CORPUS]
    lines.insert(1, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_code_prints_only_records_on_stdout(corpus: Path) -> None:
    proc = run("code", str(corpus))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {r["article_id"] for r in records} == {"k1", "k2"}
    for r in records:
        for key in ("source", "target", "cameo", "date", "location", "evidence", "plover", "event_id"):
            assert key in r
    shelling = [r for r in records if r["article_id"] == "k2"]
    assert shelling and shelling[0]["source"]["code"] == "RUSMIL"
    assert shelling[0]["target"]["code"] == "UKR"
    assert shelling[0]["cameo"]["root"] == "19"
    assert shelling[0]["date"] == "2023-05-09"
    assert shelling[0]["location"]["name"] == "Kherson"
    # the malformed line is reported on stderr, and lost nothing else
    assert ":2" in proc.stderr and "skipped" in proc.stderr


def test_code_into_store_is_idempotent_and_queryable(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    for _ in range(2):
        proc = run("code", str(corpus), "--db", str(db))
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == ""
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone() == (2,)
    n_events = con.execute("select count(*) from events").fetchone()[0]
    assert n_events >= 2
    con.close()
    proc = run("events", "--db", str(db), "--actor", "RUS", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows and all("RUS" in (r["source"] + str(r["target"])) for r in rows)


def test_code_takes_a_buffer_pool_size_and_refuses_a_wrong_one(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "capped.duckdb"
    proc = run("code", str(corpus), "--db", str(db), "--db-memory", "64MB")
    assert proc.returncode == 0, proc.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone() == (2,)
    con.close()
    wrong = run("code", str(corpus), "--db", str(tmp_path / "other.duckdb"), "--db-memory", "plenty")
    assert wrong.returncode == 2
    said = re.sub(r"[│╭╮╰╯─\s]+", " ", wrong.stderr)
    assert "--db-memory" in said and "'plenty'" in said


def test_text_file_with_date_line_and_stdin(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("date 2023-05-10\nRussian forces shelled Kherson on Tuesday.\n", encoding="utf-8")
    proc = run("code", str(art))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["cameo"]["root"] == "19"
    proc = run("code", "-", "--date", "2023-05-10", stdin="Russian forces shelled Kherson on Tuesday.\n")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["date"] == "2023-05-09"


def test_bad_inputs_are_reported_not_fatal(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02garbage\x00")
    (folder / "undated.txt").write_text("Russian forces shelled Kherson.", encoding="utf-8")
    (folder / "good.txt").write_text("date 2023-05-10\nRussian forces shelled Kherson on Tuesday.", encoding="utf-8")
    proc = run("code", str(folder))
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) >= 1
    assert "empty" in proc.stderr and "binary" in proc.stderr and "no date" in proc.stderr


def test_missing_input_fails_clearly(tmp_path: Path) -> None:
    proc = run("code", str(tmp_path / "nope.jsonl"))
    assert proc.returncode == 1
    assert "no such file" in proc.stderr


def test_schema_is_json_schema_of_the_record() -> None:
    proc = run("schema")
    schema = json.loads(proc.stdout)
    assert schema["title"] == "Event"
    for key in ("source", "target", "cameo", "plover", "location", "evidence", "date_precision", "modality"):
        assert key in schema["properties"]


def test_demo_codes_the_bundled_examples() -> None:
    proc = run("demo")
    assert proc.returncode == 0, proc.stderr
    assert "bundled articles" in proc.stdout
    assert "SYRREB" in proc.stdout and "IRNGOV" in proc.stdout


def test_events_without_store_says_how_to_make_one(tmp_path: Path) -> None:
    proc = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert proc.returncode == 1
    assert "detente code" in proc.stderr


def test_eval_on_gold_files_takes_layers_for_an_ablation() -> None:
    """`--layers` chooses which paths code the gold files, as it does for the real-news annotations."""
    holdout = str(Path(__file__).resolve().parents[1] / "holdout")
    scores = {}
    for layers in ("patterns", "model"):
        done = run("eval", holdout, "--layers", layers, "--json")
        assert done.returncode == 0, done.stderr
        scores[layers] = json.loads(done.stdout)["overall"]
    assert scores["patterns"]["tp"] > 0 and scores["model"]["tp"] > 0
    assert scores["patterns"] != scores["model"]
    bad = run("eval", holdout, "--layers", "rules")
    assert bad.returncode != 0 and "--layers" in bad.stderr


def test_explain_says_which_mention_a_surname_read_back_to() -> None:
    text = (
        "Lena Varga, a senior Hungarian diplomat, arrived in Belgrade on Monday. "
        "The talks were delayed by a storm. Varga criticized Croatia on Tuesday."
    )
    proc = run("explain", "--date", "2019-03-04", text)
    assert proc.returncode == 0, proc.stderr
    said = " ".join(proc.stdout.split())  # rich wraps long lines
    assert "HUNGOV -> HRV" in said
    assert "source: 'Varga': the person named in full as 'Lena Varga' (sentence 0)" in said
    # the twin: a private person's description codes nothing, so no surname reads back to it
    proc = run("explain", "--date", "2019-03-04", text.replace("a senior Hungarian diplomat", "a Hungarian student"))
    said = " ".join(proc.stdout.split())
    assert "HUNGOV" not in said and "named in full as" not in said


def test_explain_says_which_sentence_a_carried_day_came_from() -> None:
    text = "Turkish jets struck Kurdish fighters near Afrin on Monday. Iran condemned Turkey."
    proc = run("explain", "--date", "2016-10-05", text)
    assert proc.returncode == 0, proc.stderr
    said = " ".join(proc.stdout.split())
    assert "on 2016-10-03 (day) (carried from s0)" in said
    # the twin: a present statement takes no day, so nothing says it was carried
    proc = run("explain", "--date", "2016-10-05", text.replace("Iran condemned", "Iran says it condemns"))
    said = " ".join(proc.stdout.split())
    assert "on 2016-10-05 (article)" in said and "carried from" not in said
