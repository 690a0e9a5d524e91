"""One answer per token and doc: a memo on ``doc.user_data`` for reads that depend on the parse alone.

Several stages ask the same question of the same head many times (the events, the learned layer and the statives
resolve the same phrases). A read whose answer depends only on the final parse (after ``Coder.prepare`` restores
lemmas) and on tables loaded once can be kept on the doc under its own key; the pipeline clears ``user_data`` after
each doc, so nothing outlives it. A caller that keeps docs across codings instead (``train.cv`` codes the same parsed
docs fold after fold) drops the memos with :func:`forget` when it is done with a doc, so they do not pile up.

This is the one mechanism for what a stage keeps per doc: the doc's joined text, its sentence starts, bounds and tokens,
its dictionary entities, the countries it names, the genders it says, the body's own date, and the reading of each
sentence's actors the events and the statives share (its actor heads, the people it names in full, each head's
dictionary person and phrase text) are all memos here, so ``forget`` drops every one of them and none is served stale.
What resolving a phrase adds to an article's context (``actors.context``) is no memo: it depends on what the stage
resolved before, and each stage keeps its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

T = TypeVar("T")

# every key a memo has been kept under in this process: what ``forget`` drops (the other entries of ``user_data``,
# such as the trainer's labels or the coder's standing parties, are not memos and stay)
KEYS: set[str] = set()


def per_doc(key: str, doc: Doc) -> dict[Any, Any]:
    """The doc's memo under ``key`` (a name no other read uses), made empty on first use."""
    memo = doc.user_data.get(key)
    if memo is None:
        memo = doc.user_data[key] = {}
        KEYS.add(key)
    return memo


def per_token(key: str, tok: Token, compute: Callable[[Token], T]) -> T:
    """``compute(tok)``, worked out once per token and doc under ``key`` (a name no other read uses)."""
    cache = tok.doc.user_data.get(key)
    if cache is None:  # ``per_doc`` written out: this is asked some hundred thousand times per hundred articles
        cache = tok.doc.user_data[key] = {}
        KEYS.add(key)
    if tok.i in cache:
        return cache[tok.i]
    found = cache[tok.i] = compute(tok)
    return found


def per_sentence(key: str, sent: Span, compute: Callable[[Span], T]) -> T:
    """``compute(sent)``, worked out once per sentence (its token bounds) and doc under ``key``: a reading of a
    sentence the events and the statives both ask for as each walks every sentence."""
    memo = per_doc(key, sent.doc)
    bounds = (sent.start, sent.end)
    if bounds not in memo:
        memo[bounds] = compute(sent)
    return memo[bounds]


def per_doc_once(key: str, doc: Doc, compute: Callable[[Doc], T]) -> T:
    """``compute(doc)``, worked out once per doc under ``key`` (a name no other read uses)."""
    KEYS.add(key)
    if key not in doc.user_data:
        doc.user_data[key] = compute(doc)
    return doc.user_data[key]


def keep(key: str, doc: Doc, value: T) -> T:
    """Keep ``value`` on the doc under ``key`` as a memo (dropped by ``forget``), for a read that writes its answer
    itself rather than through ``per_doc_once`` (``when.stated.body_date`` keeps the day and the span it read)."""
    KEYS.add(key)
    doc.user_data[key] = value
    return value


def kept(key: str, doc: Doc, default: Any = None) -> Any:
    """What is kept on the doc under ``key``, or ``default``: for a read that must look without working the answer out
    (``dating`` reads the body's date span that ``when.stated.body_date`` keeps; none kept means none stated yet)."""
    return doc.user_data.get(key, default)


def is_kept(key: str, doc: Doc) -> bool:
    """Whether anything, even None, is kept on the doc under ``key`` (``body_date`` keeps None for "no span")."""
    return key in doc.user_data


def forget(doc: Doc) -> None:
    """Drop the doc's memos: a later read works its answer out afresh, the same answer, since it depends on the parse
    and the tables alone."""
    for key in KEYS:
        doc.user_data.pop(key, None)
