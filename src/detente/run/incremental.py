"""Incremental runs: code only the articles whose id is new or whose content changed.

Feeds grow by thousands of articles a day; re-coding decades of archive for
each day's additions wastes hours. Each stored article keeps the SHA-256 of its
date and text (``articles.content_hash``); before coding, articles are looked
up in the store a chunk at a time (one query per chunk) and those with the same
id and hash are passed over as ``unchanged``. ``--force`` codes everything.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from detente.ingest.identity import content_hash
from detente.records import Article
from detente.store import Store

LOOKUP_CHUNK = 1000


class Unchanged:
    """An article already in the store with the same content: not coded again."""

    __slots__ = ("article",)

    def __init__(self, article: Article) -> None:
        self.article = article


def only_new_or_changed(items: Iterable[object], store: Store, *, chunk: int = LOOKUP_CHUNK) -> Iterator[object]:
    """The stream with every stored, unchanged article replaced by :class:`Unchanged`; order kept.

    Items that are not articles (errors, notices) pass through where they were.
    """
    pending: list[object] = []
    n_articles = 0
    for item in items:
        pending.append(item)
        n_articles += isinstance(item, Article)
        if n_articles >= chunk:
            yield from _resolve(pending, store)
            pending, n_articles = [], 0
    yield from _resolve(pending, store)


def _resolve(pending: list[object], store: Store) -> Iterator[object]:
    ids = [item.id for item in pending if isinstance(item, Article)]
    stored = store.content_hashes(ids)
    for item in pending:
        if isinstance(item, Article) and item.id in stored and stored[item.id] == content_hash(item):
            yield Unchanged(item)
        else:
            yield item
