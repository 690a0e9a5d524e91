"""What one record becomes in the store: the row of each table, in the order of the columns of ``store/schema.py``.

Kept apart from ``store.py`` (which owns the connection, transactions and migrations) so the shape of a row sits
in one short module beside the schema it fills, and a test can check the two agree without opening a database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.ingest.identity import content_hash
from detente.records import Article, Event, Stative
from detente.store.basis import date_basis
from detente.store.provenance import CodedBy


def article_row(article: Article, n_events: int, coded_at: dt.datetime, coded_by: CodedBy) -> tuple[Any, ...]:
    """An article as its row of ``ARTICLE_COLUMNS``: its text, how many events it gave, and which code and
    dictionaries coded it and when (so a store says what wrote each row)."""
    return (
        article.id,
        article.date,
        article.title,
        article.source,
        article.url,
        article.origin,
        article.text,
        n_events,
        coded_at,
        content_hash(article),
        coded_by.detente_version,
        coded_by.dictionaries,
    )


def event_row(event: Event) -> tuple[Any, ...]:
    """An event as its row of ``EVENT_COLUMNS``: the queryable columns flattened, plus the full record as JSON so
    nothing is lost."""
    src, tgt, loc, ev = event.source, event.target, event.location, event.evidence
    basis, date_from = date_basis(event)
    return (
        event.article_id,
        event.event_id,
        event.sentence_index,
        event.date,
        event.date_precision,
        basis,
        date_from,
        src.code,
        src.name,
        src.text,
        src.country,
        src.role,
        tgt.code if tgt else None,
        tgt.name if tgt else None,
        tgt.text if tgt else None,
        tgt.country if tgt else None,
        tgt.role if tgt else None,
        event.cameo.code,
        event.cameo.root,
        event.cameo.name,
        event.cameo.goldstein,
        event.cameo.quad_class,
        event.plover.event_type,
        event.plover.mode,
        loc.name if loc else None,
        loc.country if loc else None,
        loc.precision if loc else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        event.negated,
        event.modality,
        event.attributed_to,
        event.attributed_text,
        ev.sentence,
        ev.start,
        ev.end,
        ev.rule,
        ev.trigger,
        event.model_dump_json(),
    )


def stative_row(s: Stative) -> tuple[Any, ...]:
    """A stative (a standing relation a sentence states) as its row of ``STATIVE_COLUMNS``, with the full record as
    JSON."""
    return (
        s.article_id,
        s.stative_id,
        s.sentence_index,
        s.date,
        s.source.code if s.source else None,
        s.target.code,
        s.kind,
        s.sign,
        s.attributed_to,
        s.attributed_text,
        s.evidence.rule,
        s.model_dump_json(),
    )
