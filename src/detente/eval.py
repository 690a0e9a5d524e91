"""Score the coder against a hand-annotated gold set.

A gold file is JSON lines ``{"id", "date", "text", "events": [{"source", "target", "code",
"root", "date", ...}]}``. An event is found when a coded event of the same item has the
same source, target, root code and negation; precision, recall and F1 are computed per
root code and overall, and the matched events are checked for exact code and date.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from detente.corpus.score import Score
from detente.pipeline import Coder
from detente.records import Article, Event


@dataclass
class Report:
    per_root: dict[str, Score] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    code_exact: int = 0
    date_exact: int = 0
    dated: int = 0
    items: int = 0
    errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "items": self.items,
            "overall": self.overall.as_dict(),
            "per_root": {k: v.as_dict() for k, v in sorted(self.per_root.items())},
            "code_exact_of_matched": self.code_exact,
            "date_exact_of_matched": self.date_exact,
            "matched_with_gold_date": self.dated,
        }


def _key(source: str | None, target: str | None, root: str, negated: bool) -> tuple:
    return (source, target, root, bool(negated))


def load_gold(paths: list[Path]) -> list[dict]:
    items = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for f in files:
            for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    item = json.loads(line)
                    item.setdefault("id", f"{f.name}:{n}")
                    items.append(item)
    return items


def gold_articles(items: list[dict]) -> list[Article]:
    """The articles of gold items (``id``, ``date``, ``text``), as the coder reads them."""
    return [Article(id=str(it["id"]), date=dt.date.fromisoformat(it["date"]), text=it["text"]) for it in items]


def evaluate(items: list[dict], coder: Coder | None = None) -> Report:
    coder = coder or Coder()
    report = Report()
    for item, coded in zip(items, coder.code_many(gold_articles(items)), strict=True):
        report.items += 1
        if coded.error:
            report.errors.append(f"{item['id']}: {coded.error}")
        _score_item(report, item, coded.events)
    return report


def _score_item(report: Report, item: dict, events: list[Event]) -> None:
    gold = Counter()
    gold_detail: dict[tuple, list[dict]] = {}
    for g in item.get("events", []):
        root = g.get("root") or g["code"][:2]
        k = _key(g.get("source"), g.get("target"), root, g.get("negated", False))
        gold[k] += 1
        gold_detail.setdefault(k, []).append(g)
    pred = Counter()
    pred_detail: dict[tuple, list[Event]] = {}
    for e in events:
        k = _key(e.source.code, e.target.code if e.target else None, e.cameo.root, e.negated)
        pred[k] += 1
        pred_detail.setdefault(k, []).append(e)
    for k in set(gold) | set(pred):
        root = k[2]
        score = report.per_root.setdefault(root, Score())
        tp = min(gold[k], pred[k])
        fp, fn = pred[k] - tp, gold[k] - tp
        for s in (score, report.overall):
            s.tp += tp
            s.fp += fp
            s.fn += fn
        for g, e in zip(gold_detail.get(k, [])[:tp], pred_detail.get(k, [])[:tp], strict=False):
            if g.get("code") == e.cameo.code:
                report.code_exact += 1
            if g.get("date"):
                report.dated += 1
                if e.date is not None and g["date"] == e.date.isoformat():
                    report.date_exact += 1
        if fn:
            report.misses.append(f"{item['id']} missed {k[0]}->{k[1]} root {root}" + (" (negated)" if k[3] else ""))
        if fp:
            rules = ",".join(e.evidence.rule for e in pred_detail.get(k, []))
            report.misses.append(f"{item['id']} extra {k[0]}->{k[1]} root {root} [{rules}]")
