"""Score the relations drawn from articles against a gold set written by an analyst.

A gold file is JSON lines ``{"id", "date", "text", "relations": [{"source", "target", "kind", "sign",
"attributed_to"}]}``. Each article is coded on its own; its events and statives give relations (as of the
article's date, no window, no decay), compared as sets of (source, target, kind, sign). Alliance and
cooperation have no direction, so their pairs are compared unordered. ``attributed_to`` is not scored.
The same score with every actor cut to its country (``IRNGOV`` -> ``IRN``) shows how much is lost to roles.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from detente.eval import Score, gold_articles
from detente.pipeline import Coder
from detente.system.contributions import SYMMETRIC_KINDS, derive
from detente.system.view import aggregate

Key = tuple[str | None, str, str, str]


@dataclass
class RelationsReport:
    items: int = 0
    overall: Score = field(default_factory=Score)
    country: Score = field(default_factory=Score)
    per_kind: dict[str, Score] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        def s(x: Score) -> dict:
            return {"tp": x.tp, "fp": x.fp, "fn": x.fn, "precision": round(x.precision, 3),
                    "recall": round(x.recall, 3), "f1": round(x.f1, 3)}  # fmt: skip

        return {
            "items": self.items,
            "overall": s(self.overall),
            "country": s(self.country),
            "per_kind": {k: s(v) for k, v in sorted(self.per_kind.items())},
            "errors": self.errors,
        }


def load_relations_gold(path: Path) -> list[dict]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            item = json.loads(line)
            item.setdefault("id", f"{path.name}:{n}")
            items.append(item)
    return items


def key(source: str | None, target: str, kind: str, sign: str, *, country: bool = False) -> Key:
    if country:
        source, target = _country(source), _country(target)  # type: ignore[assignment]
    if kind in SYMMETRIC_KINDS and source is not None and target is not None and target < source:
        source, target = target, source
    return (source, target, kind, sign)


def _country(code: str | None) -> str | None:
    if code is None or code.startswith(("IGO", "NGO", "IMG")):
        return code
    return code[:3]


def article_relations(coded_events: list, statives: list, day: dt.date) -> set[Key]:
    """All relations an article states, whatever the dates of its events (no window, no decay)."""
    contributions = [c for c in derive(coded_events, statives) if c.date is not None]
    last = max([day, *(c.date for c in contributions if c.date is not None)])
    relations, _ = aggregate(contributions, last, None, 1e9)
    return {(r.source, r.target, r.kind, r.sign) for r in relations}


def evaluate_relations(items: list[dict], coder: Coder | None = None) -> RelationsReport:
    coder = coder or Coder()
    report = RelationsReport()
    for item, coded in zip(items, coder.code_many(gold_articles(items)), strict=True):
        report.items += 1
        if coded.error:
            report.errors.append(f"{item['id']}: {coded.error}")
        found = article_relations(coded.events, coded.statives, coded.article.date or dt.date.today())
        gold = item.get("relations", [])
        for country, score in ((False, report.overall), (True, report.country)):
            pred = {key(*k, country=country) for k in found}
            want = {key(g.get("source"), g["target"], g["kind"], g["sign"], country=country) for g in gold}
            _count(score, pred, want)
            if not country:
                for kind in {k[2] for k in pred | want}:
                    _count(
                        report.per_kind.setdefault(kind, Score()),
                        {k for k in pred if k[2] == kind},
                        {k for k in want if k[2] == kind},
                    )
                for k in sorted(want - pred, key=str):
                    report.misses.append(f"{item['id']} missed {k[0]} {k[2]} {k[3]} {k[1]}")
                for k in sorted(pred - want, key=str):
                    report.misses.append(f"{item['id']} extra {k[0]} {k[2]} {k[3]} {k[1]}")
    return report


def _count(score: Score, pred: set, want: set) -> None:
    score.tp += len(pred & want)
    score.fp += len(pred - want)
    score.fn += len(want - pred)
