"""Coding with the learned layer beside the patterns (``--layers both``), for the tests of what that layer adds.

The shipped coder is the patterns alone since the twenty-second stop (``detente.layers.SHIPPED_LAYERS``); tests
written while the layer shipped beside them, and the tests of the layer itself, code through this one."""

from __future__ import annotations

import datetime as dt
from functools import cache

from detente.pipeline import Coder
from detente.records import Article, Event, Skip


@cache
def both_coder() -> Coder:
    return Coder(layers="both")


def explain_with(coder: Coder, text: str, date: str | dt.date | None = None) -> tuple[list[Event], list[Skip]]:
    """The events and skips of ``text`` as one article dated ``date`` (ISO text or a date), coded by ``coder``."""
    day = dt.date.fromisoformat(date) if isinstance(date, str) and date else (date or None)
    coded = coder.code(Article(id=Article.make_id(text), date=day, text=text))
    return coded.events, coded.skips


def explain_both(text: str, date: str | None = None) -> tuple[list[Event], list[Skip]]:
    """The events and skips of ``text`` coded by the patterns and the learned layer."""
    return explain_with(both_coder(), text, date)


def code_both(text: str, date: str | None = None) -> list[Event]:
    return explain_both(text, date)[0]
