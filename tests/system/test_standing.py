"""Standing positions the event coder skips ("Iran and Turkey both support Hamas" after the lede, "has repeatedly
threatened"): no event, since they are no news of the day, but relations the article states, read by the same
event -> relation rules as the stored events (rule ``stative.standing``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.pipeline import Coded, Coder
from detente.records import Article
from detente.system.evaluate import article_relations

LEDE = "Talks resumed in Doha on Tuesday. "  # the sentence after the lede is the standing one


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def coded(coder: Coder, text: str) -> Coded:
    return coder.code(Article(id="t", date=dt.date(2024, 12, 2), text=LEDE + text))


def standing(result: Coded) -> set[tuple]:
    return {
        (s.source.code if s.source else None, s.kind, s.sign, s.target.code)
        for s in result.statives
        if s.evidence.rule == "stative.standing" and not s.ends
    }


def relations(result: Coded) -> set[tuple]:
    return {(k[0], k[2], k[3], k[1]) for k in article_relations(result.events, result.statives, dt.date(2024, 12, 2))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran and Turkey both support Hamas.", {("IRN", "support", "+", "PSEREB"), ("TUR", "support", "+", "PSEREB")}),
        ("Russia has repeatedly threatened Ukraine with nuclear strikes.", {("RUS", "hostility", "-", "UKR")}),
    ],
)
def test_a_standing_position_is_a_relation_not_an_event(coder: Coder, text: str, expected: set[tuple]) -> None:
    result = coded(coder, text)
    assert standing(result) == expected
    assert expected <= relations(result)
    assert not [e for e in result.events if e.sentence_index == 1]  # the events' output is unchanged: none
    reasons = [s.reason for s in result.skips if s.sentence_index == 1]
    assert any("standing position" in r for r in reasons)  # and explain still says why


def test_a_dated_deed_stays_an_event(coder: Coder) -> None:
    result = coded(coder, "Russia on Monday threatened Ukraine with nuclear strikes.")
    assert [(e.source.code, e.target.code if e.target else None) for e in result.events] == [("RUS", "UKR")]
    assert standing(result) == set()  # must not: the event says it, not a standing reading
    assert ("RUS", "hostility", "-", "UKR") in relations(result)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran never backs Hamas.", ("IRN", "support", "+", "PSEREB")),  # negated
        ("Russia has not repeatedly threatened Ukraine with nuclear strikes.", ("RUS", "hostility", "-", "UKR")),
        ("If Iran supports Hamas, Israel will respond.", ("IRN", "support", "+", "PSEREB")),  # hypothetical
        ("Iran and Turkey both support Hamas if it disarms.", ("IRN", "support", "+", "PSEREB")),  # on a condition
    ],
)
def test_a_negated_or_hypothetical_standing_clause_gives_no_relation(
    coder: Coder, text: str, pair: tuple[str, str, str, str]
) -> None:
    result = coded(coder, text)
    assert standing(result) == set()
    assert pair not in relations(result)


def test_a_standing_reading_repeats_no_relation_an_extractor_read(coder: Coder) -> None:
    """One per sentence, pair and kind: 'calls the Syrian rebels terrorists' is the label reader's already."""
    result = coded(coder, "Iran calls the Syrian rebels terrorists.")
    labels = [s for s in result.statives if s.kind == "label" and s.sentence_index == 1]
    assert [(s.source.code if s.source else None, s.target.code, s.evidence.rule) for s in labels] == [
        ("IRN", "SYRREB", "stative.label")
    ]


def test_a_relative_clause_of_a_fight_held_since_a_date_is_standing(coder: Coder) -> None:
    # "X, which has fought Y since ...": a description of X to the event coder, a standing hostility of X (here the
    # relative-verb reader does not reach the clause: the rebels are the object of "against" in a conjunct)
    text = (
        "Uganda's army is trained by American instructors, and Kenyan troops guard President Yoweri Museveni's "
        "government against the rebel Lord's Resistance Army, which has fought government forces since 1987."
    )
    result = coded(coder, text)
    assert ("UGAREB", "hostility", "-", "UGAMIL") in standing(result)
    assert not [e for e in result.events if e.source and e.source.code == "UGAREB"]  # still no event of the day
    # a relative clause of a fight told with a past date, or of talks held since a date, is no standing hostility
    result = coded(coder, text.replace("has fought government forces since 1987", "fought government forces in 1995"))
    assert not {s for s in standing(result) if s[1] == "hostility"}
    result = coded(coder, text.replace("has fought government forces", "has met government envoys"))
    assert not {s for s in standing(result) if s[1] == "hostility"}
