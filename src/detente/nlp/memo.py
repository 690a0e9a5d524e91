"""One answer per token and doc: a memo on ``doc.user_data`` for reads that depend on the parse alone.

Several stages ask the same question of the same head many times (the events, the learned layer and the statives
resolve the same phrases). A read whose answer depends only on the final parse (after ``Coder.prepare`` restores
lemmas) and on tables loaded once can be kept on the doc under its own key; the pipeline clears ``user_data`` after
each doc, so nothing outlives it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Token

T = TypeVar("T")


def per_token(key: str, tok: Token, compute: Callable[[Token], T]) -> T:
    """``compute(tok)``, worked out once per token and doc under ``key`` (a name no other read uses)."""
    cache = tok.doc.user_data.setdefault(key, {})
    if tok.i in cache:
        return cache[tok.i]
    found = cache[tok.i] = compute(tok)
    return found
