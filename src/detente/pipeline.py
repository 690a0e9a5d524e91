"""The coding pipeline: parse articles with spaCy, then code each one.

``Coder`` is the single entry point the CLI, the Python API, the worker
processes and the Ray actors share, so every interface codes an article the
same way. Parsing goes through ``nlp.pipe`` in batches, each inside spaCy's
``memory_zone`` so the string store does not grow without end on a long run;
one article that fails is reported and the batch goes on. Articles that are
not English are not parsed at all: they come back skipped, with the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from detente.events.coder import code_doc
from detente.events.learned.model import LearnedModel, packaged_model
from detente.events.patterns import verb_index
from detente.ingest.language import not_english
from detente.layers import LAYERS, SHIPPED_LAYERS
from detente.nlp import get_nlp
from detente.nlp.boilerplate import blank_boilerplate
from detente.nlp.lemmas import clause_lemmas, restore_e_lemmas
from detente.nlp.memory import release_free_memory
from detente.nlp.names import repair_names
from detente.nlp.repair import repair
from detente.records import Article, Event, Skip, Stative
from detente.system.statives import extract_statives

log = logging.getLogger("detente")

PARSE_BATCH = 16
"""Docs spaCy parses together, as spaCy alone is timed (``bench/whole_process.py``, batches of 16), so the two sides
of the benchmark parse alike; the parse is the same at any batch size (tags, heads, entities and lemmas were compared
on 400 articles at 1, 8, 16 and 32), and peak RSS is ~40 MiB higher than at 8 (README, Performance). The docs are
still coded one by one as they come (``Coder._parse_and_code``)."""


@dataclass
class Coded:
    """One article's result: its events and skipped clauses, or why it was not coded.

    ``skipped`` is a reason the article was passed over before parsing ("not English (French)");
    ``error`` is set when coding it failed.
    """

    article: Article
    events: list[Event] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    error: str | None = None
    statives: list[Stative] = field(default_factory=list)  # standing relations stated, not events
    skipped: str | None = None

    @property
    def outcome(self) -> str:
        """``coded``, ``skipped`` or ``failed``."""
        return "failed" if self.error else "skipped" if self.skipped else "coded"


def _statives(doc: Doc, article: Article) -> list[Stative]:
    """Stative relations of the article; a failure there is reported and costs the article none of its events."""
    try:
        return extract_statives(doc, article)
    except Exception as exc:
        log.warning("article %s: statives not extracted: %s", article.id, exc)
        return []


class Coder:
    """Parse and code articles; reusable across calls (the model loads once)."""

    def __init__(
        self,
        batch_size: int = 32,
        layers: str = SHIPPED_LAYERS,
        model: LearnedModel | None = None,
        *,
        check_language: bool = True,
        gate: bool = True,
    ) -> None:
        """``layers``: "patterns" (shipped, ``SHIPPED_LAYERS``), "model" or "both" (the learned layer codes what the
        patterns did not);
        ``model`` replaces the learned model shipped in the package; ``check_language`` skips articles
        that are not English (``ingest.language``); ``gate`` False keeps the events the confidence gate would drop
        (a gate reads the events of the layers it was fitted on: ``layers="patterns"`` the patterns' own,
        ``gate_patterns.npz``; ``model`` and ``both`` the learned layer's, ``gate.npz``; ``model.GATE_SLOTS``)."""
        if layers not in LAYERS:
            raise ValueError(f"layers is one of {LAYERS}, not {layers!r}")
        self.nlp = get_nlp()
        self.batch_size = batch_size
        self.check_language = check_language
        self.gate = gate
        self.event_lemmas = set(verb_index().by_lemma)
        self.known_lemmas = frozenset(self.event_lemmas) | clause_lemmas()
        self.patterns = layers in ("patterns", "both")
        self.model = (model or packaged_model()) if layers in ("model", "both") else None
        if layers == "model" and self.model is None:
            raise ValueError("no learned model is installed; run `detente train` or use layers='patterns'")

    def prepare(self, doc: Doc) -> Doc:
        """A parsed doc as the coder reads it: names read as function words and misread event verbs re-parsed, verb
        lemmas restored."""
        doc = repair_names(doc, self.nlp)  # first: "May said ..." gives the verb its subject back
        restore_e_lemmas(doc, self.known_lemmas)  # before repair, which looks for event verbs by lemma
        fixed = repair(doc, self.nlp, self.event_lemmas)
        if fixed is not doc:  # a re-parsed sentence comes back with the model's lemmas
            restore_e_lemmas(fixed, self.known_lemmas)
        return fixed

    def code(self, article: Article) -> Coded:
        return next(iter(self.code_many([article])))

    def code_many(self, articles: Iterable[Article]) -> Iterator[Coded]:
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self.code_batch(batch)
                batch = []
        if batch:
            yield from self.code_batch(batch)

    def code_batch(self, batch: list[Article]) -> list[Coded]:
        """One batch, in order. Every spaCy object lives and dies inside the memory zone; what leaves it
        (events, skips) is plain Python data."""
        results: list[Coded | None] = [None] * len(batch)
        english: list[int] = []
        for i, article in enumerate(batch):
            reason = not_english(article.text) if self.check_language else None
            if reason is not None:
                results[i] = Coded(article, skipped=reason)
            else:
                english.append(i)
        with self.nlp.memory_zone():
            for i, coded in zip(english, self._parse_and_code([batch[i] for i in english]), strict=True):
                results[i] = coded
        release_free_memory()
        return [r for r in results if r is not None]

    def _parse_and_code(self, batch: list[Article]) -> Iterator[Coded]:
        """Parse as a stream, coding each doc as it comes, so only the parser's own small batch of docs is alive
        at once (a batch of 64 real articles held as docs together took over a GiB)."""
        texts = [blank_boilerplate(a.text, a.title) for a in batch]
        docs: Iterator[Doc] | None = self.nlp.pipe(texts, batch_size=PARSE_BATCH)
        for i, article in enumerate(batch):
            doc = None
            if docs is not None:
                try:
                    doc = next(docs)
                except Exception:
                    docs = None  # the parser broke in this stretch: one at a time from here, so only that one is lost
            try:
                if doc is None:
                    doc = self.nlp(texts[i])
                doc = self.prepare(doc)
                events, skips = code_doc(
                    doc, article, self.nlp, model=self.model, patterns=self.patterns, gate=self.gate
                )
                coded = Coded(article, events, skips, statives=_statives(doc, article))
                # the doc is done: its per-doc caches hold its own tokens and spans (a reference cycle through the
                # doc), so without this the doc and all it holds wait for the cyclic collector, which then walks them
                doc.user_data.clear()
                yield coded
            except Exception as exc:
                log.warning("article %s failed: %s", article.id, exc)
                if doc is not None:
                    doc.user_data.clear()  # a failed doc's caches are as much a cycle as a coded one's
                yield Coded(article, error=f"{type(exc).__name__}: {exc}")
