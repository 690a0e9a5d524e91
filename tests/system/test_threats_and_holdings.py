"""Hostility from force on an actor's armed holdings, from threats of force and from accusations of force, and the
'non-' that denies a relation noun's other party (s15-relations)."""

from __future__ import annotations

import pytest
from tests.system.conftest import held_pairs, statives_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # force on a holding is force on its owner; a country's holdings are its military's
        ("Hamas fighters ambushed an Israeli patrol.", {("PSEREB", "ISRMIL")}),
        ("Turkish forces struck back at Syrian army positions, killing dozens of soldiers.", {("TURMIL", "SYRMIL")}),
        # a threat's target is in the threatened deed, or after a noun of force
        ("North Korea has threatened to attack U.S. bases.", {("PRK", "USAMIL")}),
        ("The Houthis vowed to answer the strike with more attacks on Israel.", {("YEMREB", "ISR")}),
        # an accusation of force: the accused's deed; 'its' owning a place is the accuser's
        ("Armenia has accused Azerbaijan of shelling its territory.", {("AZE", "ARM")}),
        ("Ukraine accused Russia of attacking Ukrainian troops.", {("RUS", "UKRMIL")}),
    ],
)
def test_hostility_shapes(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "hostility") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drones struck Russian oil refineries.",  # a refinery is no armed holding
        "Rebels attacked their own positions.",  # a pronoun owner is not guessed
        "Russia did not threaten to attack Ukrainian troops.",  # negated threat
        "The Houthis vowed to answer the strike.",  # a threat with no one it is aimed at
        "Iran vowed to support Hezbollah.",  # a vow of no force
        "Armenia did not accuse Azerbaijan of shelling its territory.",  # no accusation
        "Armenia accused Azerbaijan of lying.",  # an accusation of no force
        "Azerbaijan was accused of shelling Armenian positions.",  # an accuser we cannot name
    ],
)
def test_not_hostility(text: str) -> None:
    assert held_pairs(text, "hostility") == set()


def test_accusation_is_the_accusers_claim() -> None:
    found = statives_of("Armenia has accused Azerbaijan of shelling its territory.", "hostility")
    assert [s.attributed_to for s in found] == ["ARM"]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Norway, an EU member, signed the deal.", "membership", {("NOR", "IGOEU")}),
        ("Norway, a non-EU member, signed the deal.", "membership", set()),
        ("Qatar, a major US ally, hosted the talks.", "alliance", {("QAT", "USA")}),
        ("Qatar, a major non-NATO ally, hosted the talks.", "alliance", set()),
    ],
)
def test_non_denies_the_other_party(text: str, kind: str, expected: set[tuple]) -> None:
    assert held_pairs(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle describing an armed group: its own standing fight
        (
            "The UN accused Eritrea of arming al-Shabaab, the Islamist insurgents fighting Somalia's government.",
            {("SOMREB", "SOMGOV")},
        ),
        # a participle of force after the main clause is the subject's deed
        (
            "Abkhaz separatist forces captured Sukhumi on Monday, driving out Georgian troops.",
            {("GEOREB", "GEOMIL")},
        ),
        # fire aimed at a holding
        ("South Korean forces returned fire at North Korean gun positions.", {("KORMIL", "PRKMIL")}),
    ],
)
def test_described_and_participle_deeds(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "hostility") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Islamist insurgents, fighting for survival, retreated.",  # no one fought
        "Abkhaz separatist forces captured Sukhumi on Monday, killing dozens.",  # not a verb of this reader
        "South Korean forces returned the prisoners to North Korea.",  # no fire
        "Rebels have been fighting Congolese troops since 2012.",  # a main clause's fight is the event coder's
    ],
)
def test_not_described_deeds(text: str) -> None:
    assert held_pairs(text, "hostility") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides of a clash hung on the verb the clash is the subject of, both ways
        (
            "Heavy clashes erupted between Sudanese troops and RSF fighters.",
            {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")},
        ),
        ("The war between Russia and Ukraine continued.", {("RUS", "UKR"), ("UKR", "RUS")}),
    ],
)
def test_clashes_between_on_the_verb(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "hostility") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Heavy clashes did not erupt between Sudanese troops and RSF fighters.",  # denied
        "The war between Iran and Iraq ended in 1988.",  # ended: an ending, no relation held
        "Clashes erupted in Khartoum between protesters.",  # no two sides named
    ],
)
def test_no_clashes_between(text: str) -> None:
    assert held_pairs(text, "hostility") == set()


def relations_of(text: str) -> set[tuple]:
    """The relations an article states, events and statives together (as `detente system eval` builds them)."""
    import datetime as dt

    from detente.pipeline import Coder
    from detente.records import Article
    from detente.system.evaluate import article_relations

    coded = Coder().code(Article(id="t", date=dt.date(2024, 12, 2), text=text))
    return {(s, k, t) for s, t, k, _ in article_relations(coded.events, coded.statives, dt.date(2024, 12, 2))}


def test_a_state_firing_at_holdings_and_the_scene() -> None:
    # the bases are the United States' (its military's); Iraq is where they are, not whom the missiles were fired at
    found = relations_of("Iran fired missiles at U.S. bases in Iraq on Wednesday.")
    assert ("IRN", "hostility", "USAMIL") in found
    assert ("IRN", "hostility", "IRQ") not in found


def test_the_event_coders_target_stands_beside_no_holding() -> None:
    found = relations_of("Israeli jets struck Hezbollah positions in southern Lebanon.")
    assert found == {("ISRMIL", "hostility", "LBNREB")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Djiboutian and Eritrean troops clashed for a third day on Thursday.",
            {("DJIMIL", "ERIMIL"), ("ERIMIL", "DJIMIL")},
        ),
        ("Kyrgyz and Tajik border guards exchanged fire on Thursday.", {("KGZMIL", "TJKMIL"), ("TJKMIL", "KGZMIL")}),
    ],
)
def test_two_sides_of_one_noun(text: str, expected: set[tuple]) -> None:
    assert held_pairs(text, "hostility") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Djiboutian and Eritrean troops held joint exercises.",  # no fight
        "Djiboutian and Eritrean troops did not clash.",  # denied
        "Djiboutian and Eritrean troops clashed with rebels.",  # the other side is named: they fought together
    ],
)
def test_not_two_sides(text: str) -> None:
    assert held_pairs(text, "hostility") == set()


def test_the_two_sides_replace_the_event_coders_pairs() -> None:
    found = relations_of("Kyrgyz and Tajik border guards exchanged fire on Thursday.")
    assert found == {("KGZMIL", "hostility", "TJKMIL"), ("TJKMIL", "hostility", "KGZMIL")}
