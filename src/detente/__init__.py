"""detente: dated English news in, political event data out.

>>> import detente
>>> events = detente.code_text("Russian forces shelled Kherson on Tuesday.", date="2023-05-10")
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from detente.records import Article, Event, Skip

if TYPE_CHECKING:
    from detente.pipeline import Coder

__version__ = "0.1.0"
__all__ = ["Article", "Event", "Skip", "__version__", "code_articles", "code_text", "explain_text", "system"]


@cache
def _coder() -> Coder:
    from detente.pipeline import Coder

    return Coder()


def _article(text: str, date: str | dt.date | None, article_id: str | None) -> Article:
    day = dt.date.fromisoformat(date) if isinstance(date, str) else date
    return Article(id=article_id or Article.make_id(text), date=day, text=text)


def _use_actors(actors: str | Path | None) -> None:
    if actors is not None:
        from detente.actors.user import use_actors

        use_actors(actors)


def code_text(
    text: str, date: str | dt.date | None = None, *, article_id: str | None = None, actors: str | Path | None = None
) -> list[Event]:
    """Code one article's text, dated ``date`` (ISO string or date), and return its events.
    ``actors``: a user dictionary (YAML) of actors, aliases and office holders added to the packaged ones."""
    _use_actors(actors)
    return _coder().code(_article(text, date, article_id)).events


def explain_text(
    text: str, date: str | dt.date | None = None, *, actors: str | Path | None = None
) -> tuple[list[Event], list[Skip]]:
    """Events and the clauses that were skipped, with the reason for each."""
    _use_actors(actors)
    coded = _coder().code(_article(text, date, None))
    return coded.events, coded.skips


def code_articles(articles: list[Article], *, actors: str | Path | None = None) -> list[Event]:
    """Code several articles; events of all of them, in input order."""
    _use_actors(actors)
    return [e for coded in _coder().code_many(articles) for e in coded.events]


from detente import system  # noqa: E402  (the system of relations; the package is callable: detente.system(db, ...))
