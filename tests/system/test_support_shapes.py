"""Support in more sentence shapes: verbs joined by "and", verbs the parser reads as nouns, object relative
clauses, counting among one's backers, purpose infinitives after sending, letting forces act, and each giver
of received aid. Every shape has its must-not beside it."""

from __future__ import annotations

import pytest
from tests.system.conftest import statives_of


def supports(text: str) -> set[tuple]:
    found = statives_of(text, "support")
    return {(s.source.code if s.source else None, s.target.code) for s in found if not s.ends}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs joined by "and" share subject and object, also when the parser reads them as nouns
        ("Qatar funds and hosts Hamas.", {("QAT", "PSEREB")}),
        ("Iran arms and funds Hezbollah.", {("IRN", "LBNREB")}),
        ("Qatar has funded and hosted Hamas for years.", {("QAT", "PSEREB")}),
        ("The Houthis are armed and financed by Iran.", {("IRN", "YEMREB")}),
        ("China and Russia back Serbia in its dispute over Kosovo.", {("CHN", "SRB"), ("RUS", "SRB")}),
        # the relative pronoun is the object: the clause's subject backs the phrase described
        ("Kosovo, which Washington backs, declared independence in 2008.", {("USAGOV", "XKX")}),
        ("The Houthi rebels, whom Iran has armed for years, attacked a tanker.", {("IRN", "YEMREB")}),
        # counting others among one's backers
        ("Serbia counts China and Russia among its closest backers.", {("CHN", "SRB"), ("RUS", "SRB")}),
        # a purpose infinitive after a sending verb, also inside an accusation
        ("Turkey sent mercenaries to help the Azerbaijani army.", {("TUR", "AZEMIL")}),
        ("Armenia accused Turkey of sending mercenaries to help Azerbaijan's army.", {("TUR", "AZEMIL")}),
        # a purpose infinitive after a deed of force: its doer backs who the purpose helps
        ("Moscow carried out raids near Idlib to help the Syrian army.", {("RUSGOV", "SYRMIL")}),
        ("France launched airstrikes in Mali to defend the Malian government.", {("FRA", "MLIGOV")}),
        ("Russia carried out missile strikes to support the Syrian army.", {("RUS", "SYRMIL")}),
        # letting another's forces act from one's territory
        ("Belarus allowed Russian forces to use its territory to attack Ukraine.", {("BLR", "RUSMIL")}),
        # every giver of received aid, and aid named inside an amount
        ("Armenia has received weapons from France and India.", {("FRA", "ARM"), ("IND", "ARM")}),
        ("Pakistan's military receives most of its weapons from China.", {("CHN", "PAKMIL")}),
        ("China has shielded North Korea from new sanctions at the United Nations.", {("CHN", "PRK")}),
    ],
)
def test_support_shapes(text: str, expected: set[tuple]) -> None:
    assert supports(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Qatar hosted the talks between Israel and Hamas.",  # hosting alone is no support
        "Qatar hosted a delegation from Hamas.",  # nor hosting a visit
        "Iran funds flowed to the region.",  # a noun after all: no name follows
        "The Houthis are armed and dangerous.",  # no agent
        "The rebels, whom Iran does not back, attacked a tanker.",  # negated: an ending, not support
        "Serbia counts China among its trading partners.",  # partners are not backers
        "Turkey sent a delegation to meet the Azerbaijani army.",  # meeting is no purpose of support
        "France launched airstrikes in Mali to weaken the insurgents.",  # weakening is no purpose of support
        "France launched a website to support the government.",  # a website is no deed of force
        "France plans to launch airstrikes in Mali to defend the Malian government.",  # a deed still planned
        "NATO plans to launch an intervention to defend the Libyan rebels.",  # planned, the purpose on the noun
        "NATO did not launch an intervention to defend the Libyan rebels.",  # a deed not done
        "Turkey condemned Russian airstrikes to support Assad.",  # who judges a deed does not do it
        "France ruled out airstrikes to defend the Malian government.",  # nor who weighs it
        "Russia ended its air strikes to support Assad.",  # nor who ends it
        "Italian unions staged a strike to support Ukraine.",  # a labour strike is no deed of force
        "Armenia accused Turkey of sending a letter to Azerbaijan.",  # a letter is not aid
        "Egypt allowed aid trucks to enter Gaza.",  # trucks are not forces
        "Belarus allowed Russian diplomats to visit Minsk.",  # visiting is not an act of war
        "Armenia has received a delegation from France.",  # a delegation is not aid
    ],
)
def test_what_is_not_support_in_these_shapes(text: str) -> None:
    assert supports(text) == set()


def test_subject_relative_keeps_its_direction() -> None:
    assert supports("Hamas, which backs Iran, fired rockets.") == {("PSEREB", "IRN")}
    assert ("IRN", "PSEREB") not in supports("Hamas, which backs Iran, fired rockets.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "pro-X": X backs the phrase (as analysts code "pro-Iranian militias"); it is of the place it is in, not
        # of X
        ("Pro-Iranian militias in Iraq fired rockets at a US base.", {("IRN", "IRQREB")}),
        ("The pro-Moscow government in Minsk arrested protesters.", {("RUSGOV", "BLRGOV")}),
        ("Syrian pro-government militias attacked the rebel-held town.", {("SYRGOV", "SYRREB")}),
        # no place in the phrase: the one country whose places the sentence names
        ("Pro-Russian separatists shelled Mariupol on Monday.", {("RUS", "UKRREB")}),
        # giving as a noun, of aid only
        ("Iran's supply of drones to Russia has grown.", {("IRN", "RUS")}),
        ("Iranian weapons supplies to the Houthis continue.", {("IRN", "YEMREB")}),
        ("The shipment of Iranian missiles to Russia alarmed Kyiv.", {("IRN", "RUS")}),
    ],
)
def test_pro_modifiers_and_supply_nouns(text: str, expected: set[tuple]) -> None:
    assert supports(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Trump groups rallied in Washington.",  # marchers are no actor's backers
        "Pro-democracy protesters marched in Minsk.",  # nor are protesters
        "Russian gas supplies to Europe fell.",  # gas is trade, not aid
        "India's sale of rice to Bangladesh rose.",  # nor is rice
        "Chinese exports to Russia rose.",  # exports are trade
    ],
)
def test_what_pro_and_supply_nouns_do_not_say(text: str) -> None:
    assert supports(text) == set()


def cooperations(text: str) -> set[tuple]:
    return {(s.source.code if s.source else None, s.target.code) for s in statives_of(text, "cooperation")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Congo's army works with Burundian troops against the rebels.", {("CODMIL", "BDIMIL")}),
        ("Ukraine is working with the IMF on a new loan.", {("UKR", "IGOIMF")}),
        ("Congo accuses Rwanda of working with the M23 rebels.", {("RWA", "CODREB")}),  # Congo's claim
    ],
)
def test_working_with(text: str, expected: set[tuple]) -> None:
    assert cooperations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda denies working with the M23 rebels.",  # a denial
        "Rwanda is accused of working with the M23 rebels.",  # an unnamed accuser's claim
        "Israel refused to work with the UN agency.",  # refused
        "The minister works with aid groups in Gaza.",  # no actors on both sides
    ],
)
def test_what_working_with_does_not_say(text: str) -> None:
    assert cooperations(text) == set()


def test_the_claim_of_working_with_is_the_accusers() -> None:
    found = statives_of("Congo accuses Rwanda of working with the M23 rebels.", "cooperation")
    assert [s.attributed_to for s in found] == ["COD"]
    assert supports("Bhutan relies on India for its defence.") == {("IND", "BTN")}
    assert supports("Bhutan relies on India for its rice.") == set()


def labels(text: str) -> set[tuple]:
    return {(s.source.code if s.source else None, s.target.code) for s in statives_of(text, "label") if not s.ends}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing calls Taiwan's president a separatist.", {("CHNGOV", "TWNGOV")}),
        ("Morocco calls the Polisario Front a separatist militia.", {("MAR", "ESHREB")}),
        ("The separatist Polisario Front attacked a Moroccan post.", set()),  # the author describes, brands nobody
        ("The Polisario Front is a separatist movement.", set()),
    ],
)
def test_labels_that_hold_only_when_called(text: str, expected: set[tuple]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pro-Turkey Syrian rebels prepared an offensive.", {("TUR", "SYRREB")}),
        ("Pro-government forces shelled the town.", set()),  # no country named: no guess
        ("Both men acted as agents of Ukraine's former pro-Russian government.", set()),  # no longer so
    ],
)
def test_pro_phrases_name_their_own_country(text: str, expected: set[tuple]) -> None:
    assert supports(text) == expected


GERUND = "Belarus, which Seoul accuses of shipping millions of {} to Russia for its war in Ukraine, is bound to Moscow."


def test_a_gerund_read_as_a_noun_still_gives() -> None:
    """The parser tags 'shipping' a noun in this shape; the accused still ships the aid to the one after 'to'."""
    assert supports(GERUND.format("artillery shells")) == {("BLR", "RUS")}
    # shipping what is not aid gives no support, in the same shape (the parser again reads a noun)
    assert supports(GERUND.format("farm workers")) == set()


def claims(text: str) -> set[tuple]:
    return {(s.source.code if s.source else None, s.target.code, s.attributed_to) for s in statives_of(text, "support")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an accusation joined to another verb or a participle shares that verb's subject: the accuser's claim
        (
            "The UN Security Council imposed an arms embargo on Eritrea on Wednesday, accusing Eritrea of arming "
            "al-Shabaab.",
            {("ERI", "SOMREB", "IGOUN")},
        ),
        (
            "The Georgian government fled by plane and accused Russia of arming al-Shabaab.",
            {("RUS", "SOMREB", "GEOGOV")},
        ),
        # paired negatives: a denied accusation is nobody's claim, with or without its own subject
        ("The UN Security Council met on Wednesday but did not accuse Eritrea of arming al-Shabaab.", set()),
        ("Kenya did not accuse Eritrea of arming al-Shabaab.", set()),
    ],
)
def test_accusers_of_joined_verbs(text: str, expected: set[tuple]) -> None:
    assert claims(text) == expected
