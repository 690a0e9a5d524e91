"""The brief's article, extended with the stative sentences the issue quotes, through the real command line:
coded into a store, then the system as a table, JSON, GraphML, DOT, PNG and HTML, its change and balance."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

# The first four sentences are the brief's article as in tests/gold; the rest say in plain words what the
# issue asks the system to show (support for the Syrian government, Hamas's backers, Turkey and Qatar as US
# allies, the labels of those who make them).
BRIEF = (
    "Iran's foreign minister flew to Syria on December 1. In a telephone conversation on Monday the Iranian "
    "president and the Emir of Qatar discussed Gaza and Syria. On November 28 the rebel group Hayat Tahrir "
    "al-Sham overran regime-held areas and marched on Aleppo. Iran calls the rebels terrorists; Turkey backs "
    "some rebel groups and uses them against the Kurds. The Iranian-backed regime of Bashar al-Assad also counts "
    "on Russia, which has backed the Syrian government with air strikes since 2015. Russia is part of this "
    "process. Turkey has historically backed some Syrian rebel groups and has fought the Kurdish YPG militia, "
    "which Ankara calls a terrorist group. Iran and Turkey both support Hamas, which the United States calls a "
    "terrorist group. Turkey and Qatar, both of which are US allies, host Hamas officials."
)
LATER = "Turkey is no longer an ally of the United States, a Turkish official said."


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "detente", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("brief")
    corpus = folder / "brief.jsonl"
    lines = [{"id": "brief", "date": "2024-12-02", "text": BRIEF}, {"id": "later", "date": "2025-03-01", "text": LATER}]
    corpus.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    db = folder / "brief.duckdb"
    done = run("code", str(corpus), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return db


def relations(db: Path, as_of: str = "2024-12-02", *extra: str) -> dict:
    done = run("system", "--db", str(db), "--as-of", as_of, "--window", "90d", "--format", "json", *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_system_of_the_brief(store: Path) -> None:
    data = relations(store)
    found = {(r["source"], r["kind"], r["sign"], r["target"]): r for r in data["relations"]}
    must = [
        ("IRN", "support", "+", "SYRGOV"),  # "the Iranian-backed regime"
        ("RUS", "support", "+", "SYRGOV"),  # "Russia, which has backed the Syrian government"
        ("SYRREB", "hostility", "-", "SYRGOV"),  # the rebels' war on it
        ("TUR", "support", "+", "SYRREB"),  # "Turkey backs some rebel groups"
        ("TUR", "hostility", "-", "SYRREB"),  # "has fought the Kurdish YPG militia" (the YPG is SYRREB)
        ("IRN", "support", "+", "PSEREB"),
        ("TUR", "support", "+", "PSEREB"),
        ("TUR", "alliance", "+", "USA"),
        ("QAT", "alliance", "+", "USA"),
        ("IRN", "label", "-", "SYRREB"),  # labels are claims of who made them ...
        ("TURGOV", "label", "-", "SYRREB"),
        ("USA", "label", "-", "PSEREB"),
    ]
    missing = [m for m in must if m not in found]
    assert not missing, missing
    for label in [r for r in data["relations"] if r["kind"] == "label"]:
        assert label["attributed_to"] == label["source"]  # ... and say so
    assert not any(r["kind"] == "label" and r["source"] is None for r in data["relations"])  # none is the author's
    evidence = found[("TUR", "alliance", "+", "USA")]["evidence"][0]
    assert evidence["sentence"].startswith("Turkey and Qatar, both of which are US allies")
    assert BRIEF[evidence["start"] : evidence["end"]] == evidence["sentence"]
    bloc = {a["code"]: a["bloc"] for a in data["actors"]}
    assert bloc["IRN"] == bloc["SYRGOV"] and bloc["SYRGOV"] != bloc["SYRREB"]


def test_the_later_article_ends_the_alliance(store: Path) -> None:
    later = relations(store, "2025-03-01", "--window", "1y")
    assert not any(r["kind"] == "alliance" and {r["source"], r["target"]} == {"TUR", "USA"} for r in later["relations"])
    (ended,) = [r for r in later["ended"] if r["kind"] == "alliance" and r["source"] == "TUR"]
    assert ended["ended_on"] == "2025-03-01" and ended["evidence"][-1]["sentence"] == LATER
    broke = run("system", "diff", "--db", str(store), "--from", "2024-12-02", "--to", "2025-03-01", "--window", "1y")
    assert broke.returncode == 0, broke.stderr
    assert "TUR alliance + USA" in broke.stdout.split("broke")[1] and f"ended 2025-03-01: {LATER}" in broke.stdout
    as_json = run("system", "diff", "--db", str(store), "--from", "2024-12-02", "--to", "2025-03-01", "--json")
    change = json.loads(as_json.stdout)
    assert [(c["source"], c["kind"], c["target"]) for c in change["broke"]] == [("TUR", "alliance", "USA")]
    assert change["flipped"] == []


def test_every_format(store: Path, tmp_path: Path) -> None:
    table = run("system", "--db", str(store), "--as-of", "2024-12-02")
    assert table.returncode == 0 and "SYRREB" in table.stdout and "hostility" in table.stdout
    png = tmp_path / "s.png"
    assert run("system", "--db", str(store), "--as-of", "2024-12-02", "--format", "png", "-o", str(png)).returncode == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    graphml = tmp_path / "s.graphml"
    done = run("system", "--db", str(store), "--as-of", "2024-12-02", "--format", "graphml", "-o", str(graphml))
    assert done.returncode == 0, done.stderr
    root = ET.parse(graphml).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert {n.get("id") for n in root.iterfind(".//g:node", ns)} >= {"TUR", "USA", "SYRREB"}
    assert len(root.findall(".//g:edge", ns)) >= 10
    dot = run("system", "--db", str(store), "--as-of", "2024-12-02", "--format", "dot").stdout
    assert dot.startswith("digraph system") and '"TUR" -> "USA"' in dot and "style=dashed" in dot
    page = run("system", "--db", str(store), "--as-of", "2024-12-02", "--format", "html").stdout
    assert page.startswith("<!doctype html>") and 'class="tie"' in page
    data = page.split('<script id="system-data" type="application/json">')[1].split("</script>")[0]
    assert json.loads(data)["as_of"] == "2024-12-02"
    balance = run("system", "balance", "--db", str(store), "--from", "2024-12-02", "--to", "2024-12-02")
    assert balance.returncode == 0 and "balance" in balance.stdout


def test_usage_errors_are_clear(store: Path, tmp_path: Path) -> None:
    done = run("system", "--db", str(store))
    assert done.returncode == 2 and "--as-of" in done.stderr
    done = run("system", "--db", str(store), "--as-of", "2024-12-02", "--format", "png")
    assert done.returncode != 0 and "-o FILE" in done.stderr
    done = run("system", "--db", str(tmp_path / "none.duckdb"), "--as-of", "2024-12-02")
    assert done.returncode == 1 and "no store" in done.stderr
