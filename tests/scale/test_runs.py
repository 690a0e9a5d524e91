"""A run accounts for every input (coded, unchanged, skipped by reason, failed), and re-runs code only
what is new or changed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from detente.ingest import read_articles
from detente.records import Article
from detente.run import RunOptions, code_run
from detente.store import Store

from .conftest import write_jsonl


def _run(path: Path, db: Path, **options: object) -> tuple[object, list[tuple[str, str]]]:
    said: list[tuple[str, str]] = []
    with Store(db) as store:
        report = code_run(
            read_articles(path),
            store=store,
            options=RunOptions(workers=1, batch=4, **options),  # type: ignore[arg-type]
            notify=lambda kind, line: said.append((kind, line)),
        )
    return report, said


def test_incremental_runs_code_only_new_or_changed(
    tmp_path: Path, corpus: list[Article], foreign_rows: list[dict]
) -> None:
    db = tmp_path / "events.duckdb"
    first = write_jsonl(tmp_path / "day1.jsonl", corpus[:5], foreign_rows)
    report, said = _run(first, db)
    assert (report.coded, report.unchanged, dict(report.skipped), report.failed) == (5, 0, {"not English": 2}, 0)
    assert ("skipped", f"{first}:6: not English (French)") in said
    assert ("skipped", f"{first}:7: not English (Arabic)") in said
    with Store(db, read_only=True) as store:
        events_before = {e.event_id for e in store.events()}
        assert {a.id for a in store.articles()} == {a.id for a in corpus[:5]}  # skipped ones are not stored

    changed = corpus[1].model_copy(update={"text": corpus[1].text + " Talks will resume on Friday."})
    grown = write_jsonl(tmp_path / "day2.jsonl", [corpus[0], changed, *corpus[2:7]])
    report, _ = _run(grown, db)
    assert (report.coded, report.unchanged) == (3, 4)  # corpus[1] changed, corpus[5:7] new
    with Store(db, read_only=True) as store:
        assert store.articles(changed.id)[0].text == changed.text
        assert len(store.articles()) == 7
        assert {e.event_id for e in store.events(corpus[0].id)} <= events_before

    report, _ = _run(grown, db, force=True)
    assert (report.coded, report.unchanged) == (7, 0)


def test_duplicates_and_conflicts_are_reported_and_kept(tmp_path: Path, corpus: list[Article]) -> None:
    a = corpus[0]
    rows = [
        {"id": "same", "date": "2024-12-02", "text": a.text},
        {"id": "same", "date": "2024-12-02", "text": a.text},
        {"id": "same", "date": "2024-12-02", "text": corpus[1].text},
        {"id": "empty", "date": "2024-12-02", "text": "  "},
    ]
    path = write_jsonl(tmp_path / "dups.jsonl", [], rows)
    report, said = _run(path, tmp_path / "d.duckdb")
    assert (report.coded, dict(report.skipped), report.id_conflicts) == (2, {"duplicate": 1, "empty": 1}, 1)
    kinds = [kind for kind, _ in said]
    assert kinds.count("conflict") == 1 and kinds.count("skipped") == 2
    with Store(tmp_path / "d.duckdb", read_only=True) as store:
        ids = sorted(x.id for x in store.articles())
    assert ids[0] == "same" and ids[1].startswith("same~") and len(ids) == 2


@pytest.mark.slow
def test_cli_summary_by_reason_and_records_only_on_stdout(
    tmp_path: Path, corpus: list[Article], foreign_rows: list[dict]
) -> None:
    (tmp_path / "in").mkdir()
    write_jsonl(tmp_path / "in" / "feed.jsonl", corpus[:3], [*foreign_rows, {"id": "x", "text": "no date here"}])
    (tmp_path / "in" / "page.html").write_text("<html><body><script>1</script></body></html>", encoding="utf-8")
    (tmp_path / "in" / "scan.pdf").write_bytes(b"%PDF-1.4")
    proc = subprocess.run(
        [sys.executable, "-m", "detente", "code", str(tmp_path / "in"), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records and {r["article_id"] for r in records} <= {a.id for a in corpus[:3]}
    summary = proc.stderr[proc.stderr.index("detente: ") :].splitlines()
    assert summary[0].startswith("detente: 8 inputs: 3 articles coded")
    lines = [" ".join(line.split()) for line in summary[1:]]
    assert "coded 3" in lines and "failed 0" in lines
    assert "skipped 2 not English" in lines
    for reason in ("no article text", "undated", "unsupported file"):
        assert f"skipped 1 {reason}" in lines


def test_load_and_coded_by_commands(tmp_path: Path, corpus: list[Article]) -> None:
    from detente.pipeline import Coded
    from detente.run.parts import write_part
    from detente.store.provenance import CodedBy, current

    coded = [Coded(a) for a in corpus[:3]]
    write_part(tmp_path / "parts", 0, coded, CodedBy("0.0.1", "0123456789abcdef"))
    db = tmp_path / "events.duckdb"
    with Store(db) as store:
        store.add([(corpus[5], [])])
    detente = [sys.executable, "-m", "detente"]
    load = subprocess.run([*detente, "load", str(tmp_path / "parts"), "--db", str(db)], capture_output=True, text=True)
    assert load.returncode == 0, load.stderr
    assert "loaded 3 articles" in load.stderr and load.stdout == ""
    shown = subprocess.run([*detente, "coded-by", "--db", str(db), "--json"], capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    lines = [json.loads(line) for line in shown.stdout.splitlines()]
    rows = {(r["detente_version"], r["dictionaries"]): r["articles"] for r in lines}
    assert rows == {("0.0.1", "0123456789abcdef"): 3, (current().detente_version, current().dictionaries): 1}
    empty = subprocess.run([*detente, "load", str(tmp_path), "--db", str(db)], capture_output=True, text=True)
    assert empty.returncode == 1 and "no parts" in empty.stderr
