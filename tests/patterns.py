"""Coding with the patterns as written: the shipped layers (``detente.layers.SHIPPED_LAYERS``) with the confidence
gate not read (``Coder(gate=False)``, ``detente code --no-gate``), for the tests of what the patterns, the actors and
the places read from a sentence.

The gate over the patterns (s24, refitted on the 1,279 train articles at s25) judges whether an event read from news
is right, and doubts what the team's sentences were written to exercise (intentions, threats, nouns of criticism, a
sentence dated only by its article); switched on, it would drop them though the patterns read them as intended. So a
test of a reading codes through ``code_patterns`` (named, so the reader sees the gate is not read), and a test of what
a user gets codes through ``detente.code_text`` (the gate as installed); the gate itself is tested in
tests/events/test_gate.py and tests/events/learned/test_gate_patterns.py. docs/events.md ("s24-gate", the s25
paragraph) lists each test that codes through here with the gate's score of its sentence."""

from __future__ import annotations

import datetime as dt
from functools import cache

from tests.layered import explain_with

from detente.pipeline import Coder
from detente.records import Event, Skip


@cache
def patterns_coder() -> Coder:
    """The shipped coder with no gate: every event the patterns read that the later stages keep."""
    return Coder(gate=False)


def explain_patterns(text: str, date: str | dt.date | None = None) -> tuple[list[Event], list[Skip]]:
    """The events and skips of ``text`` coded by the patterns, the gate not read."""
    return explain_with(patterns_coder(), text, date)


def code_patterns(text: str, date: str | dt.date | None = None) -> list[Event]:
    """The events of ``text`` coded by the patterns, the gate not read."""
    return explain_patterns(text, date)[0]
