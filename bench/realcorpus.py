"""Benchmark input: real articles from ``../shared/corpus/news-dev.jsonl`` (or the bundled examples when it is
absent), repeated under new ids to any length, streamed so a 100k corpus never sits in memory.

The real corpus is read at run time only; its text is never copied into the project.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from importlib import resources
from itertools import islice
from pathlib import Path

from detente.ingest import read_articles
from detente.records import Article

REAL_CORPUS = Path(os.environ.get("DETENTE_BENCH_CORPUS", "/work/shared/corpus/news-dev.jsonl"))


def base_articles(limit: int | None = None) -> tuple[list[Article], str]:
    """The distinct articles to repeat, and a note of where they came from."""
    if REAL_CORPUS.exists():
        found = []
        with REAL_CORPUS.open(encoding="utf-8") as lines:
            for line in islice(lines, limit):
                row = json.loads(line)
                found.append(Article(id=row["id"], date=dt.date.fromisoformat(row["date"]), text=row["text"]))
        return found, f"real articles from {REAL_CORPUS}"
    with resources.as_file(resources.files("detente") / "examples") as folder:
        examples = [a for a in read_articles(folder) if isinstance(a, Article)]
    return examples[:limit], "the bundled examples (no real corpus found)"


def repeated(base: list[Article], n: int) -> Iterator[Article]:
    """``n`` articles: the base ones in turn, each repetition under new ids (``<id>-r<k>``)."""
    for i in range(n):
        a = base[i % len(base)]
        yield a.model_copy(update={"id": f"{a.id}-r{i // len(base)}"})


def write_jsonl(path: Path, articles: Iterator[Article]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            out.write(json.dumps({"id": a.id, "date": a.date.isoformat() if a.date else None, "text": a.text}) + "\n")
            n += 1
    return n
