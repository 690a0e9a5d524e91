"""What the coder makes of one sentence, for the table tests of the events stage.

The tables pair every sentence that must not yield an event with one that must, so the checks live here:
``assert_coded`` (the sentence yields this source, target and CAMEO code, as a deed that happened),
``assert_none`` (the sentence yields no event of a kind, negated or not) and ``assert_pair`` (both, for one row
of a must-not table, so that a coder that codes nothing fails it), with its two common forms ``assert_root_pair``
and ``assert_addressee_pair``. Each test module dates its sentences with its own ``DATE``, which the ``checks``
fixture reads. ``patterns_checks`` is the same with the confidence gate not read (``tests/patterns.py``): for a test
of what the patterns read from a sentence the gate doubts on news (an intention, a threat, a noun of criticism).
``holds_role`` builds the common must-not test of a party's role. The date tables pair a counted or moved day with
the plain one: ``dated`` codes a sentence to (code, day) pairs, ``assert_day`` checks one reading and
``assert_day_pair`` both readings of a pair.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from tests.layered import code_both
from tests.patterns import code_patterns

from detente import code_text
from detente.layers import SHIPPED_LAYERS
from detente.records import Event

Triple = tuple[str, str | None, str]
Coded = tuple[str, str, str | None, str]
"""A sentence and the event it must yield: source, target (None for none) and CAMEO code."""


def triple(event: Event) -> Triple:
    return (event.source.code, event.target.code if event.target else None, event.cameo.code)


def holds_role(role: str, *sides: str) -> Callable[[Event], bool]:
    """A must-not test: an event whose ``sides`` ("source", "target") hold an actor of ``role`` ("LEG")."""

    def holds(event: Event) -> bool:
        return any((actor := getattr(event, side)) is not None and actor.code.endswith(role) for side in sides)

    return holds


Dated = set[tuple[str, str]]
"""(CAMEO code, ISO day) of the events a sentence yields."""


def dated(text: str, date: str) -> Dated:
    """The code and day of every event the coder finds in ``text`` of an article dated ``date``."""
    return {(e.cameo.code, e.date.isoformat()) for e in code_text(text, date=date)}


def assert_day(days: Dated, code: str, day: str | None, not_day: str | None = None) -> None:
    """The event of ``code`` is dated ``day`` (and not ``not_day``); with ``day`` None, it is coded but not dated
    ``not_day``."""
    if day is not None:
        assert (code, day) in days, f"{code} should be dated {day}: {sorted(days)}"
    else:
        assert code in {c for c, _ in days}, f"{code} should be coded: {sorted(days)}"
    if not_day is not None:
        assert (code, not_day) not in days, f"{code} should not be dated {not_day}: {sorted(days)}"


def assert_day_pair(code: str, one: tuple[Dated, str], other: tuple[Dated, str]) -> None:
    """A pair of readings (a counted day and the plain one): each sentence dates the event of ``code`` on its own day
    and not on its twin's."""
    (one_days, one_day), (other_days, other_day) = one, other
    assert_day(one_days, code, one_day, other_day)
    assert_day(other_days, code, other_day, one_day)


@dataclass(frozen=True)
class SentenceChecks:
    """The coder on single sentences of an article dated ``date``; ``layers`` "both" for a module written while the
    learned layer shipped beside the patterns (its module sets ``LAYERS = "both"``); ``gate`` False codes with the
    patterns as written, the confidence gate not read (``patterns_checks``)."""

    date: str
    layers: str = SHIPPED_LAYERS
    gate: bool = True

    def events(self, text: str) -> list[Event]:
        if self.layers != SHIPPED_LAYERS:
            return code_both(text, self.date)
        return code_text(text, date=self.date) if self.gate else code_patterns(text, self.date)

    def coded(self, text: str) -> set[Triple]:
        """(source, target, code) of the events coded as having happened: a negated event is no deed."""
        return {triple(e) for e in self.events(text) if not e.negated}

    def assert_coded(self, text: str, expected: Triple) -> None:
        coded = self.coded(text)
        assert expected in coded, f"{text!r} should yield {expected}, yields {sorted(coded, key=str)}"

    def assert_none(self, text: str, forbidden: Callable[[Event], bool]) -> None:
        wrong = [triple(e) for e in self.events(text) if forbidden(e)]
        assert not wrong, f"{text!r} should yield none of {wrong}"

    def assert_pair(self, negative: str, forbidden: Callable[[Event], bool], positive: Coded) -> None:
        """A must-not row: the negative sentence yields no forbidden event, its positive twin its event."""
        self.assert_none(negative, forbidden)
        text, source, target, code = positive
        self.assert_coded(text, (source, target, code))

    def assert_root_pair(self, negative: tuple[str, str], positive: Coded) -> None:
        """(sentence, root): the sentence yields no event of the root, the positive its event of that root."""
        text, root = negative
        assert positive[3].startswith(root), f"{positive} is no event of root {root}"
        self.assert_pair(text, lambda e: e.cameo.root == root, positive)

    def assert_addressee_pair(self, negative: tuple[str, str], positive: Coded) -> None:
        """(sentence naming no addressee, root): no event of the root without a target; the positive, the same
        kind of deed addressed to a party, its event of that root."""
        text, root = negative
        assert positive[3].startswith(root) and positive[2] is not None, f"{positive} is no addressed {root} event"
        self.assert_pair(text, lambda e: e.cameo.root == root and e.target is None, positive)


@pytest.fixture
def checks(request: pytest.FixtureRequest) -> SentenceChecks:
    return SentenceChecks(date=request.module.DATE, layers=getattr(request.module, "LAYERS", SHIPPED_LAYERS))


@pytest.fixture
def patterns_checks(request: pytest.FixtureRequest) -> SentenceChecks:
    """``checks`` with the patterns as written: the confidence gate is not read, whatever its installed threshold."""
    return SentenceChecks(date=request.module.DATE, gate=False)
