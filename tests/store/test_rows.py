"""store/rows.py: each record's row fills its table's columns in order, and keeps the whole record as JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from detente.records import Article, Event
from detente.store.provenance import current
from detente.store.rows import article_row, event_row
from detente.store.schema import ARTICLE_COLUMNS, EVENT_COLUMNS


def test_event_row_fills_the_event_columns_in_order(make_event: Callable[..., Event]) -> None:
    event = make_event(source="IRNGOV", target="USAGOV", code="042")
    row = dict(zip(EVENT_COLUMNS, event_row(event), strict=True))
    assert row["source_code"] == "IRNGOV"
    assert row["target_code"] == "USAGOV"
    assert row["cameo_code"] == "042"
    assert row["cameo_root"] == "04"
    assert json.loads(row["record"])["event_id"] == event.event_id


def test_event_row_of_an_event_with_no_target_leaves_the_target_columns_empty(
    make_event: Callable[..., Event],
) -> None:
    row = dict(zip(EVENT_COLUMNS, event_row(make_event(target=None)), strict=True))
    assert row["target_code"] is None and row["target_country"] is None
    assert row["source_code"] == "IRNGOV"


def test_article_row_fills_the_article_columns_with_who_coded_it(make_article: Callable[..., Article]) -> None:
    coded_at = dt.datetime(2026, 12, 6, 7, 0, tzinfo=dt.UTC)
    by = current()
    row = dict(zip(ARTICLE_COLUMNS, article_row(make_article("a9"), 3, coded_at, by), strict=True))
    assert row["article_id"] == "a9"
    assert row["n_events"] == 3
    assert row["coded_at"] == coded_at
    assert row["detente_version"] == by.detente_version
