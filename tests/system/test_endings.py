"""Endings: "X no longer backs Y", "X is not an ally of Y", "X left NATO" close the standing relation as of their
date; they are no relation of the other sign, and with nothing to close they give nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.system.test_system import stative

import detente
from detente.nlp import get_nlp
from detente.pipeline import Coder
from detente.records import Article, Event, Evidence, Stative
from detente.store import Store
from detente.system import system_diff
from detente.system.contributions import ENDING, derive
from detente.system.evaluate import article_relations
from detente.system.statives import extract_statives

D = dt.date


def ending(article: str, day: D, source: str, target: str, kind: str, sign: str = "+", n: int = 0) -> Stative:
    s = stative(article, day, source, target, kind, sign, n)
    sentence = f"{source} no longer {kind} {target}."
    evidence = Evidence(sentence=sentence, start=0, end=len(sentence), rule=f"stative.{kind}", trigger=kind)
    return s.model_copy(update={"ends": True, "evidence": evidence})


@pytest.fixture
def ended_store(tmp_path: Path, make_article: Callable[..., Article]) -> Path:
    """TUR backs SYRREB from day 1 and is allied with USA; on day 30 an article says both have ended."""
    path = tmp_path / "endings.duckdb"
    day1, day30 = D(2024, 1, 1), D(2024, 1, 30)
    with Store(path) as store:
        store.add(
            [
                (make_article("b1", date=day1), [],
                 [stative("b1", day1, "TUR", "SYRREB", "support"), stative("b1", day1, "TUR", "USA", "alliance", n=1)]),
                (make_article("b2", date=day30), [],
                 [ending("b2", day30, "TUR", "SYRREB", "support"), ending("b2", day30, "USA", "TUR", "alliance", n=1)]),
            ]
        )  # fmt: skip
    return path


def keys(relations: list) -> set[tuple]:
    return {(r.source, r.kind, r.sign, r.target) for r in relations}


def test_an_ending_closes_the_relation_as_of_its_date(ended_store: Path) -> None:
    before = detente.system(ended_store, as_of="2024-01-10", window="90d")
    assert ("TUR", "support", "+", "SYRREB") in keys(before.relations) and not before.ended
    after = detente.system(ended_store, as_of="2024-02-09", window="90d")
    assert ("TUR", "support", "+", "SYRREB") not in keys(after.relations)
    assert not any(r.kind == "support" and r.sign == "-" for r in after.relations)  # no relation of the other sign
    closed = {(r.source, r.kind, r.target): r for r in after.ended}
    support = closed[("TUR", "support", "SYRREB")]
    assert support.ended_on == D(2024, 1, 30)
    assert support.evidence[-1].origin == ENDING and "no longer" in support.evidence[-1].sentence
    assert support.statives == 1 and support.last_seen == D(2024, 1, 1)  # the ending is not evidence of it


def test_an_ending_of_an_alliance_closes_it_both_ways(ended_store: Path) -> None:
    after = detente.system(ended_store, as_of="2024-02-09", window="90d")
    assert not any(r.kind == "alliance" for r in after.relations)  # "USA no longer allied with TUR" ends TUR's too
    assert ("TUR", "alliance", "USA") in {(r.source, r.kind, r.target) for r in after.ended}


def test_diff_reports_the_break_with_its_evidence(ended_store: Path) -> None:
    change = system_diff(ended_store, "2024-01-10", "2024-02-09", "90d")
    broke = {(c["source"], c["kind"], c["target"]): c for c in change["broke"]}
    assert set(broke) == {("TUR", "support", "SYRREB"), ("TUR", "alliance", "USA")}
    assert broke[("TUR", "support", "SYRREB")]["ended_on"] == "2024-01-30"
    (evidence,) = broke[("TUR", "support", "SYRREB")]["ending"]
    assert evidence["sentence"] == "TUR no longer support SYRREB." and evidence["date"] == "2024-01-30"
    assert change["ended"] == [] and change["flipped"] == []  # broke, not faded out of the window nor flipped


def test_evidence_after_the_ending_forms_the_relation_anew(
    ended_store: Path, make_article: Callable[..., Article]
) -> None:
    day = D(2024, 3, 1)
    with Store(ended_store) as store:
        store.add([(make_article("b3", date=day), [], [stative("b3", day, "TUR", "SYRREB", "support")])])
    view = detente.system(ended_store, as_of="2024-03-02", window="90d")
    support = next(r for r in view.relations if (r.source, r.kind, r.target) == ("TUR", "support", "SYRREB"))
    assert support.first_seen == day and support.statives == 1  # only the evidence after the ending
    assert ("TUR", "support", "SYRREB") in {(r.source, r.kind, r.target) for r in view.ended}


def test_an_ending_with_nothing_to_close_gives_nothing(tmp_path: Path, make_article: Callable[..., Article]) -> None:
    path = tmp_path / "alone.duckdb"
    day = D(2024, 1, 30)
    with Store(path) as store:
        found = [ending("c1", day, "ISR", "IRN", "alliance"), stative("c1", day, "ISR", "USA", "alliance", n=1)]
        store.add([(make_article("c1", date=day), [], found)])
    view = detente.system(path, as_of="2024-02-01", window="90d")
    assert keys(view.relations) == {("ISR", "alliance", "+", "USA")} and view.ended == []


def read(text: str) -> set[tuple]:
    """The relations one article states, events and statives together, as ``detente system eval`` reads them."""
    article = Article(id="t", date=D(2024, 12, 2), text=text)
    (coded,) = list(Coder().code_many([article]))
    return article_relations(coded.events, coded.statives, D(2024, 12, 2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel is an ally of Iran.", {("ISR", "IRN", "alliance", "+")}),
        ("Israel is not an ally of Iran.", set()),
        ("Turkey backs the Syrian rebels.", {("TUR", "SYRREB", "support", "+")}),
        ("Turkey no longer backs the Syrian rebels.", set()),  # the event coder reads "backs"; it has ended
        ("Iran has stopped arming the Houthis.", set()),
        ("Turkey backs the Syrian rebels but no longer backs Hamas.", {("TUR", "SYRREB", "support", "+")}),
        ("Russia is at war with Ukraine.", {("RUS", "UKR", "hostility", "-")}),
        ("Russia is no longer at war with Ukraine.", set()),
        ("Britain joined the European Union.", {("GBR", "IGOEU", "membership", "+")}),
        ("Britain left the European Union.", set()),
    ],
)
def test_a_negated_stative_is_no_relation(text: str, expected: set[tuple]) -> None:
    assert read(text) == expected


def endings(text: str) -> set[tuple]:
    found = extract_statives(get_nlp()(text), Article(id="t", date=D(2024, 12, 2), text=text))
    return {(s.source.code if s.source else None, s.kind, s.target.code) for s in found if s.ends}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland is no longer one of Ukraine's allies.", {("POL", "alliance", "UKR")}),
        ("Hungary withdrew its support for Ukraine.", {("HUN", "support", "UKR")}),
        ("Iran is no longer a member of OPEC.", {("IRN", "membership", "IGOOPEC")}),
        ("Hamas is not a terrorist group, Qatar says.", {("QAT", "label", "PSEREB")}),
        ("Pakistan no longer harbours the Taliban.", {("PAK", "support", "AFGGOV")}),
        # must not: a negation elsewhere in the sentence ends nothing
        ("Turkey, a US ally, did not attend the talks.", set()),
        ("Iran's support for Hezbollah did not waver.", set()),
        ("Britain did not leave the European Union.", set()),  # a negated ending says nothing either way
        # an ending by its own word holds once it has happened, told in the past or perfect ...
        ("Britain left the European Union in 2020.", {("GBR", "membership", "IGOEU")}),
        ("Britain has left the European Union.", {("GBR", "membership", "IGOEU")}),
        # ... not while it is still to come, nor named as a process with no time
        ("Britain is leaving the European Union.", set()),
        ("Ireland fears for its border after Britain leaves the European Union.", set()),
        ("Brexit campaigners voted for Britain to leave the European Union.", set()),
        ("Ireland worries about Britain's exit from the European Union.", set()),
        ("Hungary will withdraw its support for Ukraine.", set()),
        # a deed under an ending verb ends when that verb does
        ("Hungary stopped backing Ukraine.", {("HUN", "support", "UKR")}),
        ("Turkey has stopped arming the Syrian rebels.", {("TUR", "support", "SYRREB")}),
        ("Hungary will stop backing Ukraine.", set()),
        # a relation noun as an intransitive ending verb's subject ends when that verb has happened, both ways
        ("The war between Russia and Ukraine ended.", {("RUS", "hostility", "UKR"), ("UKR", "hostility", "RUS")}),
        ("The war between Iran and Iraq has ended.", {("IRN", "hostility", "IRQ"), ("IRQ", "hostility", "IRN")}),
        ("The war between Russia and Ukraine will end.", set()),
        ("The war between Russia and Ukraine did not end.", set()),
        ("Russia's war against Ukraine stopped grain shipments.", set()),  # it stopped the shipments
    ],
)
def test_what_reads_as_an_ending(text: str, expected: set[tuple]) -> None:
    assert endings(text) == expected


def event(sentence: str, trigger: str, make_event: Callable[..., Event], target: str = "SYRREB") -> Event:
    e = make_event("e1", 0, D(2024, 1, 1), "TUR", target, "051", rule="051.back")
    evidence = Evidence(sentence=sentence, start=0, end=len(sentence), rule="051.back", trigger=trigger)
    return e.model_copy(update={"evidence": evidence})


def test_an_event_the_sentence_says_has_stopped_is_an_ending(make_event: Callable[..., Event]) -> None:
    (stopped,) = derive([event("Turkey no longer backs the rebels.", "backs", make_event)], [])
    assert stopped.origin == ENDING and stopped.kind == "support"
    (holds,) = derive([event("Turkey backs the rebels.", "backs", make_event)], [])
    assert holds.origin == "event"
    (mixed,) = derive([event("Turkey backs the rebels but no longer backs Hamas.", "backs", make_event)], [])
    assert mixed.origin == "event"  # which of the two is this event's, the text alone does not say


def test_words_near_an_ending_verb_that_end_nothing() -> None:
    from tests.system.conftest import statives_of

    from detente.system.contributions import _stopped

    # an adverb may stand between the cue and the deed; "ended up", "stopped and" and a second verb may not
    assert _stopped("Iran has effectively stopped arming the Houthis.", "arming", "the Houthis")
    assert not _stopped("Russia ended up backing Assad.", "backing", "Assad")
    assert not _stopped("Houthi fighters stopped and attacked a Saudi convoy.", "attacked", "a Saudi convoy")
    assert _stopped("Turkey no longer backs the Syrian rebels but backs the Kurds.", "backs", "the Syrian rebels")
    assert not _stopped("Turkey no longer backs the Syrian rebels but backs the Kurds.", "backs", "the Kurds")
    # "not just an ally but its protector" adds to the alliance; "not an ally" denies it
    assert not [s for s in statives_of("Turkey is not just an ally of Qatar but its protector.", "alliance") if s.ends]
    assert [s for s in statives_of("Turkey is no longer an ally of Qatar.", "alliance") if s.ends]


def test_an_accusation_is_the_accusers_claim_and_no_accuser_gives_none() -> None:
    from tests.system.conftest import statives_of

    claimed = statives_of("Congo accuses Rwanda of backing the M23 rebels.", "support")
    assert claimed and claimed[0].attributed_to == "COD"
    assert statives_of("Rwanda is accused of backing the M23 rebels.", "support") == []  # nobody's we can name
