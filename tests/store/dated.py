"""A store of events of every date basis, coded from our own sentences by the real coder (no hand-made records).

Shared by the store, query, CLI and web tests of ``date_basis`` (``detente.store.basis``). The expected bases are
those the coder gives today; each test that reads them checks the record too, so a change in the coder's dating
shows as a wrong record, not as a silently different column.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import detente
from detente.records import Article, Event
from detente.store import Store

DAY = dt.date(2016, 10, 5)  # a Wednesday: "on Monday" is 2016-10-03
MONDAY = dt.date(2016, 10, 3)

ARTICLES: tuple[Article, ...] = (
    # s0 names its day; s1 has none and takes s0's; s3 follows a sentence without a day and keeps the article's
    Article(
        id="d-run",
        date=DAY,
        text="Turkish jets struck Kurdish fighters near Afrin on Monday. Syrian troops shelled rebel positions near "
        "Idlib, killing 12 people. The town lies near the border. Iran criticized Saudi Arabia over the blockade.",
        url="https://news.example.org/d-run",
    ),
    # s1 is a re-mention ("The strikes") with no date words: it takes the day of the event of s0 it tells again
    Article(
        id="d-again",
        date=DAY,
        text="Russian warplanes bombed rebel positions in Idlib on Monday. The strikes killed 14 civilians, a "
        "monitoring group said.",
    ),
    # no article date and no date words: undated, so no basis
    Article(id="d-undated", date=None, text="Iran criticized Saudi Arabia over the blockade."),
)

EXPECTED: dict[tuple[str, int], tuple[str | None, int | None]] = {
    ("d-run", 0): ("own", None),
    ("d-run", 1): ("carried", 0),
    ("d-run", 3): ("article", None),
    ("d-again", 0): ("own", None),
    ("d-again", 1): ("carried", 0),
    ("d-undated", 0): (None, None),
}
"""(article, sentence) -> (date_basis, date_from) of its one event."""


@cache
def coded() -> tuple[tuple[Article, tuple[Event, ...]], ...]:
    """Each article with its events, coded once per test process."""
    events = detente.code_articles(list(ARTICLES))
    return tuple((a, tuple(e for e in events if e.article_id == a.id)) for a in ARTICLES)


def write_store(path: Path) -> Path:
    """A store at ``path`` holding the coded articles; checks the events are the ones :data:`EXPECTED` is about."""
    batch = [(a, list(evs)) for a, evs in coded()]
    found = sorted((e.article_id, e.sentence_index) for _, evs in batch for e in evs)
    assert found == sorted(EXPECTED), f"the coder's events changed: {found}"
    with Store(path) as store:
        store.add(batch)
    return path
