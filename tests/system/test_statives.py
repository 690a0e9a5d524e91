"""Stative relations read off the parse: who is whose ally, backer, member; who labels whom."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.nlp import get_nlp
from detente.records import Article, Stative
from detente.system.statives import extract_statives


def statives(text: str, date: str = "2024-12-02") -> set[tuple]:
    doc = get_nlp()(text)
    found = extract_statives(doc, Article(id="t", date=dt.date.fromisoformat(date), text=text))
    return {(s.source.code if s.source else None, s.kind, "end" if s.ends else s.sign, s.target.code) for s in found}


def records(text: str) -> list[Stative]:
    return extract_statives(get_nlp()(text), Article(id="t", date=dt.date(2024, 12, 2), text=text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey and Qatar, both of which are US allies, called for calm.",
            {("TUR", "alliance", "+", "USA"), ("QAT", "alliance", "+", "USA")},
        ),
        ("Israel, a close ally of the United States, struck Gaza.", {("ISR", "alliance", "+", "USA")}),
        ("Poland is one of Kyiv's closest allies.", {("POL", "alliance", "+", "UKRGOV")}),
        ("Hezbollah, Iran's proxy, fired rockets.", {("IRN", "support", "+", "LBNREB")}),
        ("Saudi Arabia, a key backer of the Yemeni government, struck Sanaa.", {("SAU", "support", "+", "YEMGOV")}),
        ("Iran-backed Hezbollah fired rockets.", {("IRN", "support", "+", "LBNREB")}),
        ("U.S.-backed Syrian Democratic Forces took Raqqa.", {("USA", "support", "+", "SYRREB")}),
        ("Hezbollah, which is backed by Iran, fired rockets.", {("IRN", "support", "+", "LBNREB")}),
        ("Montenegro joined NATO in June.", {("MNE", "membership", "+", "IGONATO")}),
        ("Turkey, a NATO member, bought missiles.", {("TUR", "membership", "+", "IGONATO")}),
    ],
)
def test_standing_ties(text: str, expected: set[tuple]) -> None:
    assert statives(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar has close ties with Hamas.", {("QAT", "cooperation", "+", "PSEREB")}),
        ("Russia and China have close relations.", {("RUS", "cooperation", "+", "CHN")}),
        ("Relations between Turkey and the Netherlands are strained.", {("TUR", "hostility", "-", "NLD")}),
        ("Israel is at war with Hamas.", {("ISR", "hostility", "-", "PSEREB")}),
        (
            "Qatar, a mediator between Israel and Hamas, hosted talks.",
            {("QAT", "mediation", "+", "ISR"), ("QAT", "mediation", "+", "PSEREB")},
        ),
        ("Britain proscribed Hezbollah in 2019.", {("GBR", "label", "-", "LBNREB")}),
        ("Iran, which Washington lists as a state sponsor of terrorism, denied it.", {("USAGOV", "label", "-", "IRN")}),
        ("Iran's support for Hezbollah worries Israel.", {("IRN", "support", "+", "LBNREB")}),
        (
            "Qatari mediation between Israel and Hamas failed.",
            {("QAT", "mediation", "+", "ISR"), ("QAT", "mediation", "+", "PSEREB")},
        ),
        (
            "A truce brokered by Egypt between Israel and Hamas held.",
            {("EGY", "mediation", "+", "ISR"), ("EGY", "mediation", "+", "PSEREB")},
        ),
        ("Russia's war on Ukraine continued.", {("RUS", "hostility", "-", "UKR")}),
        ("Sweden's membership of NATO was approved.", {("SWE", "membership", "+", "IGONATO")}),
        ("The alliance between Russia and Syria is strong.", {("RUS", "alliance", "+", "SYR")}),
        ("The United States ended its support for the Syrian rebels.", {("USA", "support", "end", "SYRREB")}),
        ("Russia, which has backed the Syrian government, vetoed it.", {("RUS", "support", "+", "SYRGOV")}),
        (
            "Qatar, which mediates between Israel and Hamas, spoke.",
            {("QAT", "mediation", "+", "ISR"), ("QAT", "mediation", "+", "PSEREB")},
        ),
        ("Turkey and Qatar have relations.", set()),  # ties with no adjective say nothing
        ("Putin called for a congress, a move backed by Ankara and Tehran.", set()),  # a move is no actor
        ("A truce brokered by regime allies Russia and Iran and rebel sponsor Turkey holds.", set()),  # unnamed regime
        ("Cornyn, a member of the Senate Intelligence Committee, spoke.", set()),  # membership is of an IGO
    ],
)
def test_ties_wars_mediators_and_designations(text: str, expected: set[tuple]) -> None:
    assert statives(text) == expected


def test_negation_is_an_ending_not_the_negative_sign() -> None:
    assert statives("Israel is not an ally of Iran.") == {("ISR", "alliance", "end", "IRN")}
    assert statives("Turkey is no longer an ally of Israel.") == {("TUR", "alliance", "end", "ISR")}
    assert statives("Turkey is an ally of Israel.") == {("TUR", "alliance", "+", "ISR")}


def test_a_label_is_the_claim_of_who_made_it() -> None:
    # the author's own label has no source
    assert statives("Hamas, which is also a terrorist group, fired rockets.") == {(None, "label", "-", "PSEREB")}
    # a speaker's label is the speaker's, and says so
    said = records("Israel says Hamas is a terrorist group.")
    assert [(s.source.code if s.source else None, s.target.code, s.attributed_to) for s in said] == [
        ("ISR", "PSEREB", "ISR")
    ]
    assert statives("Hamas is considered a terrorist organization by the United States.") == {
        ("USA", "label", "-", "PSEREB")
    }
    assert statives("Hezbollah, which Washington designates a terrorist organization, is strong.") == {
        ("USAGOV", "label", "-", "LBNREB")
    }
    assert statives("Lithuania calls the Belarusian regime illegitimate.") == {("LTU", "label", "-", "BLRGOV")}


def test_what_is_not_a_standing_tie() -> None:
    assert statives("Russian forces shelled Kherson on Tuesday.") == set()
    assert statives("Turkey could become an ally of Israel.") == set()  # hypothetical
    assert statives("Terrorists attacked a mosque.") == set()  # a label with no one it labels
    assert statives("Iran's ally Syria voted no.") == {("SYR", "alliance", "+", "IRN")}  # "no" negates nothing


def test_evidence_points_into_the_text() -> None:
    text = "Iran's foreign minister flew to Syria. Israel, a close ally of the United States, struck Gaza."
    (s,) = records(text)
    assert text[s.evidence.start : s.evidence.end] == s.evidence.sentence
    assert s.sentence_index == 1 and s.evidence.rule == "stative.noun.alliance" and s.evidence.trigger == "ally"
    assert s.date == dt.date(2024, 12, 2) and s.stative_id.startswith("s")
