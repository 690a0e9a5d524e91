"""A small corpus for the scale tests: the bundled examples repeated under new ids, plus articles
every run must account for (French, Arabic, a duplicate, an id conflict)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from detente.ingest import read_articles
from detente.records import Article

FRENCH = (
    "Le ministre iranien des Affaires étrangères a rencontré lundi son homologue turc à Ankara, "
    "ont indiqué des responsables. Les deux hommes ont évoqué les combats dans le nord de la Syrie."
)
ARABIC = (
    "التقى وزير الخارجية الإيراني نظيره التركي في أنقرة يوم الاثنين، بحسب ما أفاد مسؤولون. "
    "وناقش الوزيران القتال في شمال سوريا واتفقا على الاجتماع مجددا الشهر المقبل."
)


def example_articles(copies: int) -> list[Article]:
    with resources.as_file(resources.files("detente") / "examples") as folder:
        base = [a for a in read_articles(folder) if isinstance(a, Article)]
    return [a.model_copy(update={"id": f"{a.id}-{i}"}) for i in range(copies) for a in base]


def write_jsonl(path: Path, articles: list[Article], extra: list[dict] | None = None) -> Path:
    rows = [{"id": a.id, "date": a.date.isoformat() if a.date else None, "text": a.text} for a in articles]
    with path.open("w", encoding="utf-8") as out:
        for row in [*rows, *(extra or [])]:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="session")
def corpus() -> list[Article]:
    """20 English articles (4 copies of the 5 examples) under distinct ids."""
    return example_articles(4)


@pytest.fixture(scope="session")
def foreign_rows() -> list[dict]:
    return [
        {"id": "fr-1", "date": "2024-12-02", "text": FRENCH},
        {"id": "ar-1", "date": "2024-12-02", "text": ARABIC},
    ]
