"""Implied doers: a deed of force whose clause names no doer takes the one doer the article named for its root before.

"Twelve people were killed in air strikes on Saraqeb" after a sentence naming who bombed whom: the guide lets the
annotators give the earlier doer (annotation.md 1). The mechanism is off in the shipped data (``implied_doer.enabled``
in ``data/clauses.yaml``: on train it adds more wrong events than right, docs/events.md); these tests switch it on.
Every must-not row is paired with its positive twin. Sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from detente import code_text
from detente.data import clauses, schemas
from detente.events.implied import IMPLIED

DATE = "2024-05-03"
LEAD = "Russian warplanes bombed rebel positions in Idlib on Monday. "
DOER = "RUSMIL"


@pytest.fixture(autouse=True)
def implied_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(clauses().implied_doer, "enabled", True)
    yield
    monkeypatch.undo()


def second(text: str) -> list[tuple[str, str | None, str]]:
    """(source, target, rule) of the events of the text's second sentence."""
    return [
        (e.source.code, e.target.code if e.target else None, e.evidence.rule or "")
        for e in code_text(text, date=DATE)
        if e.sentence_index == 1
    ]


def implied(text: str) -> list[tuple[str, str | None, str]]:
    return [e for e in second(text) if e[2].endswith("." + IMPLIED)]


def test_the_lead_names_the_doer() -> None:
    assert any(e.source.code == DOER for e in code_text(LEAD, date=DATE))


# (positive, its must-not twin): the twin differs in the one thing the rule reads
PAIRS = [
    # an agentless passive whose sentence names what was hit takes the earlier doer; a named doer ("by rebels") is
    # no absent one
    (
        LEAD + "The town of Saraqeb was shelled on Tuesday.",
        LEAD + "The town of Saraqeb was shelled by Syrian rebels on Tuesday.",
    ),
    # an attack noun with only its weapon as doer word; a deed that names only its dead implies no doer
    (
        LEAD + "Air strikes on Saraqeb killed six people on Tuesday.",
        LEAD + "Six civilians were killed on Tuesday.",
    ),
]


@pytest.mark.parametrize(("text", "twin"), PAIRS, ids=[p[0][len(LEAD) : len(LEAD) + 40] for p in PAIRS])
def test_an_absent_doer_is_the_earlier_one(text: str, twin: str) -> None:
    assert any(src == DOER for src, _, _ in implied(text))
    assert not implied(twin)


def test_two_earlier_doers_imply_none() -> None:
    """Two earlier doers of the root: which one struck is not known, and nothing is guessed."""
    text = LEAD + "The town of Saraqeb was shelled on Tuesday."
    two = "Turkish troops shelled Kurdish fighters near Afrin on Monday. " + text
    assert implied(text)
    assert not [e for e in code_text(two, date=DATE) if e.evidence.rule and e.evidence.rule.endswith(IMPLIED)]


def test_off_in_the_shipped_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped file says off (read afresh, not through the fixture's switch), and off means no implied doer."""
    shipped = schemas.load("clauses.yaml")
    assert shipped.implied_doer.enabled is False  # type: ignore[attr-defined]
    text = LEAD + "The town of Saraqeb was shelled on Tuesday."
    assert implied(text)
    monkeypatch.setattr(clauses().implied_doer, "enabled", shipped.implied_doer.enabled)  # type: ignore[attr-defined]
    assert not implied(text)
