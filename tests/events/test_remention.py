"""Re-mentions: a definite event noun naming no party takes the parties of the one earlier event it can mean.

"The strike was carried out before dawn" after a sentence naming who struck whom is the same event, annotated in
its own sentence with the earlier parties (annotation.md 1 and 2). The mechanism is off in the shipped data
(``remention.enabled`` in ``data/clauses.yaml``: on real news it adds more wrong events than right, see
docs/events.md); these tests switch it on. Every must-not row is paired with its positive twin. Sentences are
written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from detente import code_text
from detente.data import clauses
from detente.records import Event

DATE = "2024-05-03"
LEAD = "Russian warplanes bombed rebel positions in Idlib on Monday. "
EARLIER = ("RUSMIL", "SYRREB")  # what the lead sentence is coded as: the positions stand for their holder (1.3)

Row = tuple[str, int, tuple[str, str | None] | None]


@pytest.fixture(autouse=True)
def remention_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(clauses().remention, "enabled", True)
    yield
    monkeypatch.undo()


def parties_in(text: str, sentence: int) -> set[tuple[str, str | None]]:
    """(source, target) of the events of one sentence of the text."""
    events: list[Event] = code_text(text, date=DATE)
    return {(e.source.code, e.target.code if e.target else None) for e in events if e.sentence_index == sentence}


def rules_in(text: str, sentence: int) -> set[str]:
    return {e.evidence.rule for e in code_text(text, date=DATE) if e.sentence_index == sentence}


MUST_CODE: list[tuple[str, tuple[str, str]]] = [
    (LEAD + "The strike was carried out before dawn.", EARLIER),
    (LEAD + "The strikes killed 12 people, a monitoring group said.", EARLIER),
    (LEAD + "Twelve people were killed in the bombing.", EARLIER),
    (LEAD + "The attack killed 12 people in Aleppo.", EARLIER),
]


@pytest.mark.parametrize(("text", "pair"), MUST_CODE, ids=[c[0][len(LEAD) : len(LEAD) + 50] for c in MUST_CODE])
def test_a_remention_inherits_the_earlier_parties(text: str, pair: tuple[str, str]) -> None:
    assert pair in parties_in(text, 0)  # the lead itself
    assert pair in parties_in(text, 1)
    assert any(rule.endswith(".remention") for rule in rules_in(text, 1))


def test_the_sentence_names_what_was_hit() -> None:
    """'The bombardment struck the town': the doer is the earlier one, what was hit is the sentence's own."""
    text = LEAD + "The strikes hit a hospital in Aleppo."
    assert ("RUSMIL", "SYRHLH") in parties_in(text, 1)


# (a sentence pair where the later noun must inherit nothing, the sentence to check), its positive twin
MUST_NOT: list[tuple[tuple[str, int], tuple[str, int]]] = [
    (  # two earlier attacks by different doers: which one "the strikes" means is not known
        (LEAD + "Turkish warplanes bombed Kurdish positions near Afrin. The strikes killed 12 people.", 2),
        (LEAD + "Turkish officials met in Ankara. The strikes killed 12 people.", 2),
    ),
    (  # an indefinite noun is a new event, not the earlier one
        (LEAD + "An attack killed 12 people in Aleppo.", 1),
        (LEAD + "The attack killed 12 people in Aleppo.", 1),
    ),
    (  # a noun that only refers to the event ("ahead of", "after") states no event
        (LEAD + "Officials met in Ankara ahead of the strikes.", 1),
        (LEAD + "The strikes were carried out before dawn.", 1),
    ),
    (  # a copula says what the event is, not that it happened
        (LEAD + "The strike is part of a wider campaign.", 1),
        (LEAD + "The strike lasted an hour.", 1),
    ),
]


@pytest.mark.parametrize(("bad", "good"), MUST_NOT, ids=[b[0][len(LEAD) : len(LEAD) + 50] for b, _ in MUST_NOT])
def test_no_remention(bad: tuple[str, int], good: tuple[str, int]) -> None:
    assert EARLIER not in parties_in(*bad)
    assert EARLIER in parties_in(*good)


def test_off_in_the_shipped_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """Off, a re-mention codes nothing; on (the fixture), the same text codes the earlier parties."""
    text = LEAD + "The strike was carried out before dawn."
    assert EARLIER in parties_in(text, 1)
    monkeypatch.setattr(clauses().remention, "enabled", False)
    assert EARLIER not in parties_in(text, 1)
