"""Re-mentions: a definite event noun naming no party takes the parties of the one earlier event it can mean.

"The strike was carried out before dawn" after a sentence naming who struck whom is the same event, annotated in
its own sentence with the earlier parties (annotation.md 1 and 2), with the day the article fixed for it. The
mechanism is on in the shipped data (``remention.enabled`` in ``data/clauses.yaml``, docs/events.md); the fixture
switches it on all the same, so that these tests hold whatever the data ships. Every must-not row is paired with its
positive twin. Sentences are written for these tests.
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
    """'The strikes on Idlib': the doer is the earlier one, what was hit is the sentence's own, a place in the
    country of the earlier target; another target ('Turkish troops', 'a hospital') is another deed, not this one."""
    assert ("RUSMIL", "SYR") in parties_in(LEAD + "The strikes on Idlib killed 12 people.", 1)
    for other in ("The strikes on Turkish troops killed 12 people.", "The strikes hit a hospital in Aleppo."):
        assert not any(src == "RUSMIL" for src, _ in parties_in(LEAD + other, 1))


# (a sentence pair where the later noun must inherit nothing, the sentence to check), its positive twin
MUST_NOT: list[tuple[tuple[str, int], tuple[str, int]]] = [
    (  # two attacks by different doers in the sentence before: which one "the strikes" means is not known
        (
            "Russian warplanes bombed rebel positions in Idlib on Monday, and Turkish jets struck Kurdish fighters "
            "near Afrin. The strikes killed 12 people.",
            1,
        ),
        (
            "Russian warplanes bombed rebel positions in Idlib on Monday, and Turkish officials met in Ankara. The "
            "strikes killed 12 people.",
            1,
        ),
    ),
    (  # the event was told further back than the window (one sentence): the noun may mean another one
        (LEAD + "Turkish officials met in Ankara on Tuesday. The strikes killed 12 people.", 2),
        (LEAD + "The strikes killed 12 people.", 1),
    ),
    (  # another doer of such deeds told before the window still competes for the noun
        (
            "Russian warplanes bombed rebel positions in Idlib on Monday. Rebels shelled government troops in Hama. "
            "Russian warplanes also bombed rebel positions near Saraqeb. The strikes killed 12 people.",
            3,
        ),
        (
            "Russian warplanes bombed rebel positions in Idlib on Monday. Turkish officials met in Ankara. "
            "Russian warplanes also bombed rebel positions near Saraqeb. The strikes killed 12 people.",
            3,
        ),
    ),
    (  # a deed of its kind earlier in its own sentence: the noun may tell that one again
        (LEAD + "Turkish jets struck Afrin, and the strikes killed 12 people.", 1),
        (LEAD + "Rescuers reached Afrin, and the strikes killed 12 people.", 1),
    ),
    (  # ... but what the deed did, told before the noun, is no other deed
        (LEAD + "Turkish jets struck Afrin, and the strikes killed 12 people.", 1),
        (LEAD + "Houses were destroyed and 12 people were killed in the strikes.", 1),
    ),
    (  # a verb denying it over the noun: no report that the deed did it
        (LEAD + "Moscow denied that the strikes killed civilians.", 1),
        (LEAD + "Activists said that the strikes killed civilians.", 1),
    ),
    (  # mentions do not chain: a mention is no antecedent of the next one
        (LEAD + "The strikes killed 12 people. The bombing destroyed a school.", 2),
        (LEAD + "The bombing destroyed a school.", 1),
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
    (  # a verb that only sets the event in time against something else ("came as") is about the other thing
        (LEAD + "The strikes came as rebels prepared an offensive.", 1),
        (LEAD + "The strikes ended as rebels prepared an offensive.", 1),
    ),
    (  # a modal tells what the event will do, no report of it
        (LEAD + "The strikes will continue for a week.", 1),
        (LEAD + "The strikes continued for a week.", 1),
    ),
    (  # an active perfect tells a consequence that stands ...
        (LEAD + "The strikes have caused fuel shortages.", 1),
        (LEAD + "The strikes caused fuel shortages.", 1),
    ),
    (  # ... a passive perfect still reports the deed
        (LEAD + "The strikes have ended before dawn.", 1),
        (LEAD + "The strikes have been carried out before dawn.", 1),
    ),
    (  # an aim is no deed done: the noun tells again only what was planned (the antecedent must be asserted)
        ("Russian warplanes will bomb rebel positions in Idlib next week. The strikes killed 12 people.", 1),
        (LEAD + "The strikes killed 12 people.", 1),
    ),
    (  # "destroyed by the strikes": what the deed did, not the deed
        (LEAD + "The houses were destroyed by the strikes.", 1),
        (LEAD + "The houses were destroyed in the strikes.", 1),
    ),
]


@pytest.mark.parametrize(("bad", "good"), MUST_NOT, ids=[b[0][len(LEAD) : len(LEAD) + 50] for b, _ in MUST_NOT])
def test_no_remention(bad: tuple[str, int], good: tuple[str, int]) -> None:
    assert EARLIER not in parties_in(*bad)
    assert EARLIER in parties_in(*good)


def test_a_rival_before_the_window() -> None:
    """'Russian jets bombed Idlib. Rebels shelled troops in Hama. The strikes killed 12': the window holds only the
    shelling, but the bombing told before it may be what 'the strikes' means; its twin without the bombing codes."""
    rival = "Russian warplanes bombed rebel positions in Idlib on Monday. "
    shelled = "Rebels shelled government troops in Hama on Monday. The strikes killed 12 people."
    assert ("SYRREB", "SYRMIL") in parties_in(rival + shelled, 1)
    assert not any(rule.endswith(".remention") for rule in rules_in(rival + shelled, 2))
    assert ("SYRREB", "SYRMIL") in parties_in(shelled, 1)
    assert any(rule.endswith(".remention") for rule in rules_in(shelled, 1))


def test_timed_with_its_own_target() -> None:
    """'The strikes on Idlib came as ...': a timing verb, but the noun names what was hit, and the sentence states the
    deed again (the earlier doer, the sentence's own target)."""
    text = LEAD + "The strikes on Idlib came as rebels prepared an offensive."
    assert ("RUSMIL", "SYR") in parties_in(text, 1)
    assert EARLIER not in parties_in(text, 1)


def test_the_day_and_the_antecedent() -> None:
    """A later mention with no date words takes the day of the event it tells again (annotation.md 2) and names
    the sentence that told it; one whose own date words name that same day is still the event."""
    told = [e for e in code_text(LEAD + "The strikes killed 12 people.", date=DATE) if e.sentence_index == 1]
    assert [(str(e.date), e.date_precision, e.evidence.mention_of) for e in told] == [("2024-04-29", "day", 0)]
    same = [e for e in code_text(LEAD + "The strikes on Monday killed 5 people.", date=DATE) if e.sentence_index == 1]
    assert [(str(e.date), e.evidence.mention_of) for e in same] == [("2024-04-29", 0)]


def test_another_day_is_another_event() -> None:
    """'The strikes on Thursday' after a Monday strike is another strike: no mention of the Monday one, and no
    party it could take (its twin, on Monday, is above)."""
    for text in (LEAD + "The strikes continued on Thursday.", LEAD + "The strikes on Tuesday killed 5 people."):
        later = [e for e in code_text(text, date=DATE) if e.sentence_index == 1]
        assert [e for e in later if e.evidence.mention_of is not None] == []
        assert EARLIER not in parties_in(text, 1)


def test_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Off, a re-mention codes nothing; on (the fixture), the same text codes the earlier parties."""
    text = LEAD + "The strike was carried out before dawn."
    assert EARLIER in parties_in(text, 1)
    monkeypatch.setattr(clauses().remention, "enabled", False)
    assert EARLIER not in parties_in(text, 1)
