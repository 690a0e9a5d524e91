"""Relations whose party is only described in its sentence ('The Iranian-backed group', 'The group, which is
backed by Iran', after the group was named), wars held by both sides ('A and B fought a war', 'have been
locked in a war'), and talks hosted between two sides (issue 15)."""

from __future__ import annotations

import pytest
from tests.system.conftest import statives_of


def relations(text: str, kind: str) -> set[tuple]:
    return {(s.source.code if s.source else None, s.target.code) for s in statives_of(text, kind) if not s.ends}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Hezbollah fired rockets at Israel. The Iranian-backed group said it would continue.", "support",
         {("IRN", "LBNREB")}),
        ("Hamas released two hostages. The group, which is backed by Iran, said more would follow.", "support",
         {("IRN", "PSEREB")}),
        ("Armenia and Azerbaijan fought a war over Nagorno-Karabakh.", "hostility", {("ARM", "AZE"), ("AZE", "ARM")}),
        ("Sudan's army and the Rapid Support Forces have been locked in a war since April.", "hostility",
         {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")}),
        ("China hosted talks between Hamas and Fatah in Beijing.", "mediation", {("CHN", "PSEREB"), ("CHN", "PSEPTY")}),
        ("Talks between Armenia and Azerbaijan, hosted by the United States, ended.", "mediation",
         {("USA", "ARM"), ("USA", "AZE")}),
    ],
)  # fmt: skip
def test_described_parties_held_wars_and_hosted_talks(text: str, kind: str, expected: set[tuple]) -> None:
    assert relations(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "paired", "expected"),
    [
        # a description with more than the participle is not read back ("a new", "another")
        ("Hezbollah fired rockets at Israel. Another Iranian-backed group said it would join.", "support",
         "Hezbollah fired rockets at Israel. The Iranian-backed group said it would join.", {("IRN", "LBNREB")}),
        # nothing named before: the description refers to nobody
        ("The Iranian-backed group said it would continue.", "support",
         "Hezbollah fired rockets at Israel. The Iranian-backed group said it would continue.", {("IRN", "LBNREB")}),
        # a war fought by one side names no foe
        ("Russia fought a war in Chechnya.", "hostility",
         "Russia and Ukraine fought a war in Donbas.", {("RUS", "UKR"), ("UKR", "RUS")}),
        # hosting talks with one side, a summit or a signing mediates nothing
        ("Turkey hosted talks with Russia in Ankara.", "mediation",
         "China hosted talks between Hamas and Fatah in Beijing.", {("CHN", "PSEREB"), ("CHN", "PSEPTY")}),
        ("Qatar hosted a summit of Arab leaders.", "mediation",
         "Qatar hosted talks between Israel and Hamas.", {("QAT", "ISR"), ("QAT", "PSEREB")}),
        ("Egypt hosted the signing of the deal between Israel and Jordan.", "mediation",
         "Egypt hosted talks between Israel and Jordan.", {("EGY", "ISR"), ("EGY", "JOR")}),
        # what one is "involved in" that is no war
        ("Iran and Iraq have been involved in trade talks.", "hostility",
         "Iran and Iraq have been involved in a war since 1980.", {("IRN", "IRQ"), ("IRQ", "IRN")}),
    ],
)  # fmt: skip
def test_what_these_shapes_do_not_say(text: str, kind: str, paired: str, expected: set[tuple]) -> None:
    assert relations(text, kind) == set()
    assert relations(paired, kind) == expected  # the same shape where it does say it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and China declared a partnership with no limits.", {("RUS", "CHN")}),
        ("Moscow and Beijing have forged a strategic partnership.", {("RUSGOV", "CHNGOV")}),
        ("Brazil and Argentina are trade partners.", {("BRA", "ARG")}),  # 'trade' names no other party
    ],
)
def test_partnerships_held_by_their_subjects(text: str, expected: set[tuple]) -> None:
    assert relations(text, "cooperation") == expected


@pytest.mark.parametrize(
    ("text", "paired", "expected"),
    [
        # one side alone is no pair
        ("Russia declared a partnership with no limits.", "Russia and China declared a partnership with no limits.",
         {("RUS", "CHN")}),
        # rejecting is not making
        ("Russia and China rejected a partnership with the West.", "Russia and China declared a partnership.",
         {("RUS", "CHN")}),
    ],
)  # fmt: skip
def test_what_partnership_subjects_do_not_say(text: str, paired: str, expected: set[tuple]) -> None:
    assert relations(text, "cooperation") == set()
    assert relations(paired, "cooperation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas, designated a terrorist group by the United States and the European Union, runs Gaza.",
         {("USA", "PSEREB"), ("IGOEU", "PSEREB")}),
        ("The Kurdistan Workers' Party is classed as a terrorist group by Turkey, the US and the EU.",
         {("TUR", "TURREB"), ("USA", "TURREB"), ("IGOEU", "TURREB")}),
        ("Turkey views the YPG as a terrorist group.", {("TUR", "SYRREB")}),
    ],
)  # fmt: skip
def test_labels_of_each_labeller(text: str, expected: set[tuple]) -> None:
    assert relations(text, "label") == expected


@pytest.mark.parametrize(
    ("text", "paired", "expected"),
    [
        # a labeller we cannot name
        ("Hamas, designated a terrorist group by an unnamed agency, runs Gaza.",
         "Hamas, designated a terrorist group by the United States, runs Gaza.", {("USA", "PSEREB")}),
        # no label word
        ("Turkey views the YPG's attack as a provocation.", "Turkey views the YPG as a terrorist group.",
         {("TUR", "SYRREB")}),
    ],
)  # fmt: skip
def test_what_labellers_do_not_say(text: str, paired: str, expected: set[tuple]) -> None:
    assert relations(text, "label") == set()
    assert relations(paired, "label") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya leads the mediation between Ethiopia and Eritrea.", {("KEN", "ETH"), ("KEN", "ERI")}),
        ("China brokered a deal restoring ties between Saudi Arabia and Iran.", {("CHN", "SAU"), ("CHN", "IRN")}),
        ("Mediators from Qatar and Egypt shuttled between Israel and Hamas.",
         {("QAT", "ISR"), ("QAT", "PSEREB"), ("EGY", "ISR"), ("EGY", "PSEREB")}),
    ],
)  # fmt: skip
def test_mediators_led_from_and_of_clauses(text: str, expected: set[tuple]) -> None:
    assert relations(text, "mediation") == expected


@pytest.mark.parametrize(
    ("text", "paired", "expected"),
    [
        # criticising it is not mediating
        ("Kenya criticised the mediation between Ethiopia and Eritrea.",
         "Kenya leads the mediation between Ethiopia and Eritrea.", {("KEN", "ETH"), ("KEN", "ERI")}),
        # no longer
        ("Kenya no longer leads the mediation between Ethiopia and Eritrea.",
         "Kenya leads the mediation between Ethiopia and Eritrea.", {("KEN", "ETH"), ("KEN", "ERI")}),
        # 'from' names the mediators' side only on the mediator noun itself: here Egypt sent the proposal (a rule
        # reading any 'from' in the mediators' phrase makes Egypt a mediator)
        ("Mediators with a proposal from Egypt shuttled between Israel and Hamas.",
         "Mediators from Egypt shuttled between Israel and Hamas.", {("EGY", "ISR"), ("EGY", "PSEREB")}),
    ],
)  # fmt: skip
def test_what_these_mediation_shapes_do_not_say(text: str, paired: str, expected: set[tuple]) -> None:
    assert relations(text, "mediation") == set()
    assert relations(paired, "mediation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The M23 enjoys Rwandan support.", {("RWA", "CODREB")}),
        ("The Houthis received Iranian weapons.", {("IRN", "YEMREB")}),
        ("The Houthis received missiles from Iran.", {("IRN", "YEMREB")}),  # munitions with a named giver
    ],
)
def test_aid_received_from_its_owner(text: str, expected: set[tuple]) -> None:
    assert relations(text, "support") == expected


@pytest.mark.parametrize(
    ("text", "paired", "expected"),
    [
        # gas is trade, not aid
        ("Hungary received Russian gas.", "Hungary received Russian weapons.", {("RUS", "HUN")}),
        # popular support is nobody's
        ("The M23 enjoys popular support.", "The M23 enjoys Rwandan support.", {("RWA", "CODREB")}),
        # munitions by their owner alone: as likely fired as given; a named giver gives them
        ("Kyiv received Russian missiles overnight.", "Kyiv received missiles from Britain overnight.",
         {("GBR", "UKRGOV")}),
    ],
)  # fmt: skip
def test_what_received_aid_does_not_say(text: str, paired: str, expected: set[tuple]) -> None:
    assert relations(text, "support") == set()
    assert relations(paired, "support") == expected
