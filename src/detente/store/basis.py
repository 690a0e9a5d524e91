"""Where an event's day came from, as one column an analyst can filter and export (issue 14, provenance).

An event's day is read from its own sentence's date words, carried from another sentence (the sentence before that
names the day of a run of deeds, ``evidence.date_from``; or the sentence that first told the event a re-mention
repeats, ``evidence.mention_of``), or, with neither, the article's date (``date_precision`` "article"). The record
says so in three places; the store says it in ``date_basis`` and ``date_from`` so that "only days the text itself
gave" is a ``WHERE`` and an export column, not a walk through the record JSON.

The rule is written twice, once in Python for new rows and once in SQL over the stored record for the migration
that fills older rows; ``tests/store/test_date_basis.py`` checks the two give the same values.
"""

from __future__ import annotations

from typing import Literal

from detente.records import Event

DateBasis = Literal["own", "carried", "article"]
"""``own``: the sentence's own date words; ``carried``: another sentence's day; ``article``: the article's date as a
fallback. An undated event (an article with no date) has no basis (null)."""


def date_basis(event: Event) -> tuple[DateBasis | None, int | None]:
    """The event's date basis and, for a carried day, the index of the sentence it was carried from.

    A re-mention ("the strikes killed 12") with no date words of its own takes the day of the event it repeats
    (``events/remention.told_again``): its record has no ``date_text`` but a ``mention_of``, and that sentence is
    where its day was read."""
    if event.date is None:
        return None, None
    if event.date_precision == "article":
        return "article", None
    ev = event.evidence
    if ev.date_from is not None:
        return "carried", ev.date_from
    if ev.mention_of is not None and ev.date_text is None:
        return "carried", ev.mention_of
    return "own", None


def _field(path: str) -> str:
    return f"json_extract_string(record, '$.{path}')"


DATE_FROM_SQL = (
    f"CASE WHEN {_field('date')} IS NULL OR {_field('date_precision')} = 'article' THEN NULL "
    f"WHEN {_field('evidence.date_from')} IS NOT NULL THEN CAST({_field('evidence.date_from')} AS INTEGER) "
    f"WHEN {_field('evidence.mention_of')} IS NOT NULL AND {_field('evidence.date_text')} IS NULL "
    f"THEN CAST({_field('evidence.mention_of')} AS INTEGER) END"
)
""":func:`date_basis`'s sentence index in SQL over an events row's ``record`` JSON (for the migration)."""

DATE_BASIS_SQL = (
    f"CASE WHEN {_field('date')} IS NULL THEN NULL WHEN {_field('date_precision')} = 'article' THEN 'article' "
    f"WHEN ({DATE_FROM_SQL}) IS NOT NULL THEN 'carried' ELSE 'own' END"
)
""":func:`date_basis`'s basis in SQL over an events row's ``record`` JSON (for the migration)."""
