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


def explain_both(text: str, date: str | None = None) -> tuple[list[Event], list[Skip]]:
    """The events and skips of ``text`` coded by the patterns and the learned layer."""
    day = dt.date.fromisoformat(date) if date else None
    coded = both_coder().code(Article(id=Article.make_id(text), date=day, text=text))
    return coded.events, coded.skips


def code_both(text: str, date: str | None = None) -> list[Event]:
    return explain_both(text, date)[0]
