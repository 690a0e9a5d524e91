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
    ("text", "kind"),
    [
        # a description with more than the participle is not read back ("a new", "another")
        ("Hezbollah fired rockets at Israel. Another Iranian-backed group said it would join.", "support"),
        # nothing named before: the description refers to nobody
        ("The Iranian-backed group said it would continue.", "support"),
        # a war fought by one side names no foe
        ("Russia fought a war in Chechnya.", "hostility"),
        # hosting talks with one side, a summit or a signing mediates nothing
        ("Turkey hosted talks with Russia in Ankara.", "mediation"),
        ("Qatar hosted a summit of Arab leaders.", "mediation"),
        ("Egypt hosted the signing of the deal between Israel and Jordan.", "mediation"),
        # what one is "involved in" that is no war
        ("Iran and Iraq have been involved in trade talks.", "hostility"),
    ],
)
def test_what_these_shapes_do_not_say(text: str, kind: str) -> None:
    assert relations(text, kind) == set()


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
    "text",
    [
        "Russia declared a partnership with no limits.",  # one side alone is no pair
        "Russia and China rejected a partnership with the West.",  # rejecting is not making
    ],
)
def test_what_partnership_subjects_do_not_say(text: str) -> None:
    assert relations(text, "cooperation") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas, designated a terrorist group by the United States and the European Union, runs Gaza.",
         {("USA", "PSEREB"), ("IGOEU", "PSEREB")}),
        ("The Kurdistan Workers' Party is listed as a terrorist organisation by Turkey, the US and the EU.",
         {("TUR", "TURREB"), ("USA", "TURREB"), ("IGOEU", "TURREB")}),
        ("Turkey views the YPG as a terrorist group.", {("TUR", "SYRREB")}),
    ],
)  # fmt: skip
def test_labels_of_each_labeller(text: str, expected: set[tuple]) -> None:
    assert relations(text, "label") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hamas, designated a terrorist group by an unnamed agency, runs Gaza.",  # a labeller we cannot name
        "Turkey views the YPG's attack as a provocation.",  # no label word
    ],
)
def test_what_labellers_do_not_say(text: str) -> None:
    assert relations(text, "label") == set()


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
    "text",
    [
        "Kenya criticised the mediation between Ethiopia and Eritrea.",  # criticising it is not mediating
        "Kenya no longer leads the mediation between Ethiopia and Eritrea.",  # no longer
        "Observers from Qatar and Egypt watched the vote.",  # observers are no mediators
    ],
)
def test_what_these_mediation_shapes_do_not_say(text: str) -> None:
    assert relations(text, "mediation") == set()


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
    "text",
    [
        "Hungary received Russian gas.",  # gas is trade, not aid
        "The rebels enjoy popular support.",  # popular support is nobody's
        "Kyiv received Russian missiles overnight.",  # munitions by their owner alone: as likely fired as given
    ],
)
def test_what_received_aid_does_not_say(text: str) -> None:
    assert relations(text, "support") == set()
