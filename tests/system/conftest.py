"""What the stative reader finds of one kind in a sentence, for the per-kind tables of tests/system."""

from __future__ import annotations

import datetime as dt

from detente.nlp import get_nlp
from detente.records import Article, Stative
from detente.system.statives import extract_statives


def statives_of(text: str, kind: str) -> list[Stative]:
    """The statives of ``kind`` in ``text``, parsed and read as an article dated 2024-12-02."""
    found = extract_statives(get_nlp()(text), Article(id="t", date=dt.date(2024, 12, 2), text=text))
    return [s for s in found if s.kind == kind]


def held_pairs(text: str, kind: str) -> set[tuple[str | None, str]]:
    """The (source, target) codes of the relations of ``kind`` that ``text`` states as holding (not endings)."""
    return {(s.source.code if s.source else None, s.target.code) for s in statives_of(text, kind) if not s.ends}
