"""The coding pipeline: parse articles with spaCy, then code each one.

``Coder`` is the single entry point the CLI, the Python API and the Ray driver
share, so every interface codes an article the same way. Parsing goes through
``nlp.pipe`` in batches; one article that fails is reported and the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from detente.events.coder import code_doc
from detente.events.learned.layer import LearnedModel, packaged_model
from detente.events.patterns import verb_index
from detente.nlp import get_nlp
from detente.nlp.boilerplate import blank_boilerplate
from detente.nlp.repair import repair
from detente.records import Article, Event, Skip

log = logging.getLogger("detente")

LAYERS = ("patterns", "model", "both")


@dataclass
class Coded:
    """One article's result: its events, the skipped clauses and the error if it failed."""

    article: Article
    events: list[Event] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    error: str | None = None


class Coder:
    """Parse and code articles; reusable across calls (the model loads once)."""

    def __init__(self, batch_size: int = 32, layers: str = "both", model: LearnedModel | None = None) -> None:
        """``layers``: "patterns", "model" or "both" (the learned layer codes what the patterns did not);
        ``model`` replaces the learned model shipped in the package."""
        if layers not in LAYERS:
            raise ValueError(f"layers is one of {LAYERS}, not {layers!r}")
        self.nlp = get_nlp()
        self.batch_size = batch_size
        self.event_lemmas = set(verb_index().by_lemma)
        self.patterns = layers in ("patterns", "both")
        self.model = (model or packaged_model()) if layers in ("model", "both") else None
        if layers == "model" and self.model is None:
            raise ValueError("no learned model is installed; run `detente train` or use layers='patterns'")

    def code(self, article: Article) -> Coded:
        return next(iter(self.code_many([article])))

    def code_many(self, articles: Iterable[Article]) -> Iterator[Coded]:
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Article]) -> Iterator[Coded]:
        try:
            docs = list(self.nlp.pipe([blank_boilerplate(a.text, a.title) for a in batch]))
        except Exception:
            docs = None
        for i, article in enumerate(batch):
            try:
                doc = docs[i] if docs is not None else self.nlp(blank_boilerplate(article.text, article.title))
                doc = repair(doc, self.nlp, self.event_lemmas)
                events, skips = code_doc(doc, article, self.nlp, model=self.model, patterns=self.patterns)
                yield Coded(article, events, skips)
            except Exception as exc:
                log.warning("article %s failed: %s", article.id, exc)
                yield Coded(article, error=f"{type(exc).__name__}: {exc}")
