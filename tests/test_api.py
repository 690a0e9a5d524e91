"""The Python API a user calls: detente.code_text and friends."""

from __future__ import annotations

import datetime as dt

import detente
from detente.records import Article


def test_code_text_returns_typed_records_with_provenance() -> None:
    events = detente.code_text("Russian forces shelled Kherson on Tuesday.", date="2023-05-10")
    assert len(events) == 1
    e = events[0]
    assert isinstance(e, detente.Event)
    assert (e.source.code, e.target.code if e.target else None, e.cameo.code) == ("RUSMIL", "UKR", "194")
    assert e.cameo.root == "19" and e.cameo.quad_class == 4 and e.cameo.goldstein < 0
    assert e.plover.event_type == "ASSAULT"
    assert e.evidence.sentence == "Russian forces shelled Kherson on Tuesday."
    assert e.article_id == Article.make_id("Russian forces shelled Kherson on Tuesday.")


def test_same_text_gives_the_same_ids() -> None:
    a = detente.code_text("Russian forces shelled Kherson on Tuesday.", date=dt.date(2023, 5, 10))
    b = detente.code_text("Russian forces shelled Kherson on Tuesday.", date="2023-05-10")
    assert [e.event_id for e in a] == [e.event_id for e in b]


def test_code_articles_keeps_input_order_and_ids() -> None:
    arts = [
        Article(id="one", date=dt.date(2023, 5, 10), text="Russian forces shelled Kherson on Tuesday."),
        Article(id="two", date=dt.date(2024, 12, 2), text="Turkey criticized Russia on Monday."),
    ]
    events = detente.code_articles(arts)
    assert [e.article_id for e in events] == ["one", "two"]


def test_undated_text_still_codes_with_no_date() -> None:
    events = detente.code_text("Russian forces shelled Kherson.")
    assert events and events[0].date is None and events[0].date_precision == "article"
