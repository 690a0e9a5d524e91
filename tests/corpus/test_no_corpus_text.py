"""The repository holds no text of the real-news corpus: articles are cited by id and offsets only.

Every run of ``RUN`` words (lower-cased, punctuation dropped, across line breaks) of the repository's own text files
is looked up among the corpus's runs; a shared run is copied text, except the official names listed below, which the
dictionaries must spell as the world does. Written after a stop found ~200 lines of docstrings, comments, docs and
test sentences holding corpus phrases that had slipped in over earlier stops.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from detente.corpus.source import CorpusMissing, find_corpus

RUN = 8
ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("src", "tests", "docs", "bench", "README.md")
SUFFIXES = {".py", ".md", ".yaml", ".yml", ".txt", ".cfg", ".toml"}
WORD = re.compile(r"[a-z0-9]+")
# official names and titles the dictionaries spell as their holders do (a corpus article may spell them too)
NAMES = (
    "united kingdom of great britain and northern ireland",
    "un office for the coordination of humanitarian affairs",
    "united nations office for the coordination of humanitarian affairs",
    "international federation of red cross and red crescent societies",
    "u s centers for disease control and prevention",
    "u s department of health and human services",
    "director of the syrian observatory for human rights",
    "the white house office of management and budget",
)

try:
    CORPUS = find_corpus()
except CorpusMissing:
    CORPUS = None


def _words(text: str) -> list[tuple[str, int]]:
    """(word, line number) of a text, lower-cased; apostrophes dropped so "Syria's" and "Syrias" read alike."""
    out = []
    for number, line in enumerate(text.lower().replace("'", "").replace("\u2019", "").splitlines(), 1):
        out.extend((w, number) for w in WORD.findall(line))
    return out


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _repository_runs() -> dict[str, tuple[str, int]]:
    """Every run of the scanned files, with the first place it stands (file, line)."""
    runs: dict[str, tuple[str, int]] = {}
    for top in SCANNED:
        path = ROOT / top
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES)
        for f in files:
            if f.resolve() == Path(__file__).resolve():
                continue
            words = _words(f.read_text(encoding="utf-8", errors="replace"))
            for i in range(len(words) - RUN + 1):
                run = " ".join(w for w, _ in words[i : i + RUN])
                runs.setdefault(run, (str(f.relative_to(ROOT)), words[i][1]))
    return runs


def _allowed(run: str) -> bool:
    return any(run in name for name in NAMES)


@pytest.mark.skipif(CORPUS is None, reason="the real-news corpus is not on this machine")
def test_no_corpus_text_in_the_repository() -> None:
    runs = _repository_runs()
    assert len(runs) > 100_000  # the scan read the repository (an empty scan would pass anything)
    shared: dict[str, tuple[str, int]] = {}
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            text = " ".join(w for w, _ in _words(f"{row.get('title') or ''}\n{row['text']}"))
            for run in _runs(text.split()):
                if run in runs and not _allowed(run):
                    shared[run] = runs[run]
    found = sorted(f"{where[0]}:{where[1]}: {run}" for run, where in shared.items())
    assert not found, f"{len(found)} runs of {RUN} corpus words in the repository:\n" + "\n".join(found[:40])


def test_a_copied_run_is_found_and_a_name_is_allowed() -> None:
    text = "Officials said the convoy was hit near the border town early on Monday morning"
    assert len(_runs([w for w, _ in _words(text)])) == len(text.split()) - RUN + 1
    assert "the convoy was hit near the border town" in _runs([w for w, _ in _words(text)])
    assert _allowed("kingdom of great britain and northern ireland")
    assert not _allowed("the convoy was hit near the border town")
