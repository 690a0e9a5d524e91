"""Where the real-news corpus lives, and reading its articles by id.

The corpus is shared material outside the repository (``../shared/corpus/news-dev.jsonl``
beside a checkout). ``DETENTE_CORPUS`` or an explicit path overrides the search.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from pathlib import Path

from detente.records import Article

CORPUS_ENV = "DETENTE_CORPUS"
CORPUS_NAME = "news-dev.jsonl"


class CorpusMissing(FileNotFoundError):
    """The corpus file is not where it was looked for; the message lists where."""


def _candidates() -> list[Path]:
    repo = Path(__file__).resolve().parents[3]  # src/detente/corpus/source.py -> checkout root
    found = [Path.cwd(), repo, *Path.cwd().parents]
    return [p / ".." / "shared" / "corpus" / CORPUS_NAME for p in found] + [Path("/work/shared/corpus") / CORPUS_NAME]


def find_corpus(path: str | Path | None = None) -> Path:
    """The corpus file: ``path`` if given, else ``$DETENTE_CORPUS``, else ``../shared/corpus/`` near the checkout."""
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise CorpusMissing(f"no corpus file at {p}")
        return p
    if os.environ.get(CORPUS_ENV):
        return find_corpus(os.environ[CORPUS_ENV])
    tried = _candidates()
    for p in tried:
        if p.is_file():
            return p.resolve()
    raise CorpusMissing(f"{CORPUS_NAME} not found; give --corpus PATH or set {CORPUS_ENV} (looked in {tried[0]})")


def read_corpus(path: str | Path | None = None, ids: Iterable[str] | None = None) -> dict[str, Article]:
    """Articles of the corpus by id (only ``ids`` when given)."""
    wanted = set(ids) if ids is not None else None
    out: dict[str, Article] = {}
    with find_corpus(path).open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if wanted is not None and row["id"] not in wanted:
                continue
            out[row["id"]] = Article(
                id=row["id"],
                date=dt.date.fromisoformat(row["date"]),
                text=row["text"],
                title=row.get("title"),
                source=row.get("source"),
                url=row.get("url"),
            )
    return out


def batch_of(article_id: str) -> str:
    """The corpus batch an id belongs to: its prefix before the last '-' ('reuters-isot', 'fakes', 'cnn-brexit')."""
    return article_id.rsplit("-", 1)[0]
