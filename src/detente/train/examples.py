"""Training examples from the annotated corpus: every candidate trigger and, per annotated trigger,
every candidate party, labelled from the annotation's offsets.

Articles are parsed exactly as detente codes them (dateline blanked, repaired parse), and
actors are resolved sentence by sentence with the article's context, so a feature means the
same at training and at coding time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span, Token

from detente import __version__
from detente.actors import ArticleContext, home_country, resolve
from detente.corpus.schema import AnnotatedArticle, AnnotatedEvent
from detente.events.coder import remember_actors
from detente.events.dating import sentence_day
from detente.events.learned.features import (
    argument_features,
    argument_vector,
    is_trigger_candidate,
    mention_candidates,
    slots,
    trigger_features,
    vector,
)
from detente.events.learned.layer import governing_verb
from detente.nlp.boilerplate import blank_boilerplate
from detente.pipeline import Coder
from detente.records import Article
from detente.store.provenance import dictionaries_fingerprint
from detente.when.stated import body_date

NONE = "none"
MODEL_FILES = "model/"  # the learned model's folder under the package data (left out of the parse cache's key)


@dataclass
class Parsed:
    article: Article
    doc: Doc
    ann: AnnotatedArticle


@dataclass
class TriggerExample:
    feats: list[str]
    vec: np.ndarray
    label: str
    article: str
    sentence: int  # annotated sentence index, -1 when the token is in none


@dataclass
class ArgumentExample:
    feats: list[str]
    vec: np.ndarray
    label: str  # source, target or none
    article: str


def parse(
    pairs: Iterable[tuple[Article, AnnotatedArticle]], coder: Coder, cache: Path | None = None
) -> Iterator[Parsed]:
    """Parse (and repair) the annotated articles as the coder does; ``cache`` keeps parses between runs,
    keyed by the text, the detente version and the dictionaries' fingerprint (a parse depends on the dictionaries the
    ruler loads)."""
    pairs = list(pairs)
    todo = [(a, ann) for a, ann in pairs if cache is None or not _cached(cache, a).with_suffix(".npy").exists()]
    docs = coder.nlp.pipe([blank_boilerplate(a.text, a.title) for a, _ in todo], batch_size=16)
    fresh = {a.id: coder.prepare(doc) for (a, _), doc in zip(todo, docs, strict=True)}
    for article, ann in pairs:
        doc = fresh.get(article.id)
        if doc is None:
            path = _cached(cache, article)  # type: ignore[arg-type]
            doc = next(iter(DocBin().from_disk(path).get_docs(coder.nlp.vocab)))
            doc.tensor = np.load(path.with_suffix(".npy"))
        elif cache is not None:
            cache.mkdir(parents=True, exist_ok=True)
            path = _cached(cache, article)
            DocBin(docs=[doc], store_user_data=False).to_disk(path)
            np.save(path.with_suffix(".npy"), doc.tensor)  # a DocBin keeps no tensor: the learned features read it
        yield Parsed(article, doc, ann)


def _cached(cache: Path, article: Article) -> Path:
    """The parse's file; the doc's tensor (spaCy's token vectors, which DocBin does not store) sits beside it (.npy)."""
    # the dictionaries too: the ruler's entities and the restored lemmas follow the data files, and a parse cached
    # before a data change would train the learned layer on features coding no longer produces; but not the learned
    # model's own files (data/model/: train.yaml, the article list, the weights), which no parse reads, so that a
    # change of training settings or a retrained model does not throw the parses away; nor narrative.yaml, read
    # after the parse (nlp/narrative.py marks the parsed doc's asides)
    unread = (MODEL_FILES, "narrative.yaml")
    key = hashlib.sha1(
        f"{__version__}|{dictionaries_fingerprint(without=unread)}|{article.title}|{article.text}".encode()
    ).hexdigest()[:20]
    return cache / f"{key}.spacy"


def _token(doc: Doc, span: tuple[int, int] | None) -> Token | None:
    if span is None or span[1] <= span[0]:
        return None
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    return found.root if found is not None else None


def _annotated_sentence(ann: AnnotatedArticle, tok: Token) -> int:
    for k, (start, end) in enumerate(ann.sentences):
        if start <= tok.idx < end:
            return k
    return -1


def gold_triggers(p: Parsed) -> dict[int, list[AnnotatedEvent]]:
    """Token index of each annotated trigger -> its events (in annotation order)."""
    out: dict[int, list[AnnotatedEvent]] = {}
    for ev in p.ann.events:
        tok = _token(p.doc, ev.trigger)
        if tok is not None:
            out.setdefault(tok.i, []).append(ev)
    return out


def trigger_examples(p: Parsed, context: bool = False) -> list[TriggerExample]:
    """Every candidate word, labelled; ``context``: with the clause features (``learned/context.py``, train.yaml
    ``triggers.context``), which out of fold did not make the added events better (docs/events.md, s16-model)."""
    gold = gold_triggers(p)
    out = []
    for sent in p.doc.sents:
        for tok in sent:
            if not is_trigger_candidate(tok) and tok.i not in gold:
                continue
            label = gold[tok.i][0].root if tok.i in gold else NONE
            out.append(
                TriggerExample(
                    trigger_features(tok, sent, context=context),
                    vector(tok),
                    label,
                    p.article.id,
                    _annotated_sentence(p.ann, tok),
                )
            )
    return out


def _party_labels(doc: Doc, events: list[AnnotatedEvent], mentions: list[Token]) -> dict[int, str]:
    """Mention index -> source/target: the first event's parties first, later events fill the rest."""
    ids = {m.i for m in mentions}
    labels: dict[int, str] = {}
    for ev in events:
        for role, party in (("source", ev.source), ("target", ev.target)):
            tok = _token(doc, party.span) if party is not None else None
            if tok is None:
                continue
            if tok.i not in ids:  # the annotated words' head is no candidate: take a candidate inside them
                inside = [m for m in mentions if party.span and party.span[0] <= m.idx < party.span[1]]
                if not inside:
                    continue
                tok = inside[-1]
            labels.setdefault(tok.i, role)
    return labels


def sentence_contexts(p: Parsed) -> Iterator[tuple[Span, ArticleContext]]:
    """Each sentence with the article context as the coder has it there (actors remembered so far)."""
    day = body_date(p.doc, p.article.date)
    ctx = ArticleContext(date=day, home=home_country(p.doc))
    for sent in p.doc.sents:
        ctx.date = sentence_day(sent, day)
        remember_actors(sent, ctx)
        yield sent, ctx


def argument_examples(p: Parsed, nlp: Language) -> list[ArgumentExample]:
    gold = gold_triggers(p)
    out = []
    for sent, ctx in sentence_contexts(p):
        mentions = mention_candidates(sent)
        resolvable = {m.i: resolve(m, ctx) is not None for m in mentions}
        for tok in sent:
            if tok.i not in gold:
                continue
            events = gold[tok.i]
            labels = _party_labels(p.doc, events, mentions)
            filled = slots(tok, governing_verb(tok, nlp))
            for m in mentions:
                if m.i == tok.i:
                    continue
                feats = argument_features(tok, m, resolvable[m.i], events[0].root, filled.get(m.i))
                out.append(ArgumentExample(feats, argument_vector(tok, m), labels.get(m.i, NONE), p.article.id))
    return out
