"""Mediation said with verbs, participles and nouns: mediator -> each side, and only when two sides are named."""

from __future__ import annotations

import pytest
from tests.system.conftest import statives_of


def mediations(text: str) -> set[tuple]:
    return {(s.source.code if s.source else None, s.target.code) for s in statives_of(text, "mediation")}


QAT_ISR_HAMAS = {("QAT", "ISR"), ("QAT", "PSEREB")}
EGY_ISR_HAMAS = {("EGY", "ISR"), ("EGY", "PSEREB")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar is mediating between Israel and Hamas.", QAT_ISR_HAMAS),
        ("Qatar has acted as a mediator between Israel and Hamas.", QAT_ISR_HAMAS),
        ("Israel and Hamas agreed to a truce mediated by Egypt.", EGY_ISR_HAMAS),
        ("Under Egyptian mediation, Israel and Hamas agreed to a truce.", EGY_ISR_HAMAS),
        ("Israel and Hamas reached a truce with Qatari mediation.", QAT_ISR_HAMAS),
        ("Qatar led mediation efforts between Israel and Hamas.", QAT_ISR_HAMAS),
        ("Israel and Hamas observed the Qatari-brokered truce for a third day.", QAT_ISR_HAMAS),
        (
            "Qatari and Egyptian mediators have been shuttling between Israel and Hamas.",
            QAT_ISR_HAMAS | EGY_ISR_HAMAS,
        ),
        (
            "Turkey and the United Nations brokered a grain deal between Russia and Ukraine in July.",
            {("TUR", "RUS"), ("TUR", "UKR"), ("IGOUN", "RUS"), ("IGOUN", "UKR")},
        ),
        (
            "Russia and Ukraine swapped prisoners in a deal brokered by the United Arab Emirates.",
            {("ARE", "RUS"), ("ARE", "UKR")},
        ),
        (
            "Israel and Hamas agreed to a four-day truce on Wednesday. The deal, mediated by Qatar, frees hostages.",
            QAT_ISR_HAMAS,
        ),
        (
            "Fighting between Israel and Hamas went on. Egypt has mediated between the two sides in Cairo.",
            EGY_ISR_HAMAS,
        ),
        ("Israel and Hamas fought for weeks. Qatar, which has been mediating, said a deal was close.", QAT_ISR_HAMAS),
        ("Qatar played a key role in brokering the deal between Israel and Hamas.", QAT_ISR_HAMAS),
        ("Russia and Ukraine clashed again. Turkey is mediating in the conflict.", {("TUR", "RUS"), ("TUR", "UKR")}),
        ("Qatar mediates between Israel and Hamas.", QAT_ISR_HAMAS),
        ("Qatar is trying to broker a deal between Israel and Hamas.", QAT_ISR_HAMAS),
        ("Egypt's efforts to mediate between Israel and Hamas continued.", EGY_ISR_HAMAS),
    ],
)
def test_mediation_and_its_sides(text: str, expected: set[tuple]) -> None:
    assert mediations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Egypt did not mediate between Israel and Hamas.",  # negated
        "Qatar could mediate between Israel and Hamas.",  # hypothetical
        "Israel and Hamas did not agree to a truce mediated by Egypt.",  # the sides did not agree
        "Israel and Hamas rejected the truce brokered by Egypt.",  # rejecting is not agreeing
        "Qatar hosted the signing of the deal between Israel and Hamas.",  # hosting a signing is not mediation
        "Norway facilitated trade between Sweden and Finland.",  # a light verb needs talks or a deal
        "The United Nations welcomed the Egyptian-brokered truce.",  # no sides named anywhere
        "Egypt brokered a truce in Gaza.",  # one place, no sides
        "Qatar mediated talks with Hamas.",  # one side is a talk, not a mediation
        "Israel and Hamas agreed to a truce. The United Nations welcomed a deal brokered by Egypt.",  # a new deal
        "Qatar, which once mediated between Israel and Hamas, expelled its leaders.",  # no longer holds
        "Fighting between Israel and Hamas went on. Qatar mediated a deal on gas.",  # an indefinite deal is new
        "Qatar has mediated before.",  # no sides anywhere in the article
        "Qatar will try to broker a deal between Israel and Hamas.",  # future
        "Qatar offered to broker a deal between Israel and Hamas.",  # an offer is not an effort
        "Qatar did not try to broker a deal between Israel and Hamas.",  # negated effort
        "Egypt refused to mediate between Israel and Hamas.",  # a refusal: nobody mediated
        "Egypt failed to broker a truce between Israel and Hamas.",  # a failure: no truce was brokered
        "Israel and Hamas fought for weeks. Qatar has not mediated.",  # negated
        "Israel and Hamas fought for weeks. Egypt mediated a deal on gas with Cyprus.",  # one side of a new deal
    ],
)
def test_what_is_not_mediation(text: str) -> None:
    assert mediations(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the mediated thing is the setting of an agreement: at, after, in talks mediated by someone
        (
            "Thailand and Cambodia agreed to a ceasefire at talks mediated by Malaysia.",
            {("MYS", "THA"), ("MYS", "KHM")},
        ),
        (
            "Israel and Hamas agreed to a prisoner release in a deal mediated by Egypt and Qatar.",
            EGY_ISR_HAMAS | QAT_ISR_HAMAS,
        ),
        (
            "Russia agreed to a prisoner swap with Ukraine after talks mediated by the UAE.",
            {("ARE", "RUS"), ("ARE", "UKR")},
        ),
    ],
)
def test_mediated_setting_of_an_agreement(text: str, expected: set[tuple]) -> None:
    assert mediations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck Gaza after talks mediated by Egypt collapsed.",  # a strike is no agreement
        "Israel rejected a truce after talks mediated by Qatar.",  # rejecting is no agreeing
        "Russia agreed to a prisoner swap after talks mediated by the UAE.",  # one side named: a talk, not mediation
    ],
)
def test_a_mediated_setting_without_an_agreement_between_two(text: str) -> None:
    assert mediations(text) == set()


def test_who_leads_the_talks_mediates_them() -> None:
    """'X-led talks' between sides who then agree: the leader mediates; an 'X-led mission' is still membership."""
    found = {
        (s.source.code, s.target.code)
        for s in statives_of("Sudan and South Sudan agreed to a truce after a week of Kenyan-led talks.", "mediation")
    }
    assert found == {("KEN", "SDN"), ("KEN", "SSD")}
    assert statives_of("Troops of the Kenyan-led mission arrived in Haiti.", "mediation") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the setting hangs from what was agreed, the sides are the subjects of the verb of agreeing
        (
            "Armenia and Azerbaijan agreed to end their border dispute after talks mediated by Qatar.",
            {("QAT", "ARM"), ("QAT", "AZE")},
        ),
        ("Israel and Hamas signed a joint declaration brokered by Egypt.", EGY_ISR_HAMAS),
        # a conjunct the parser hangs on the first mediator's apposition is a mediator too
        (
            "Israel and Hamas signed a truce brokered by Egypt's foreign minister, Sameh Shoukry, and Qatar's emir.",
            {("EGYGOV", "ISR"), ("EGYGOV", "PSEREB"), ("QATGOV", "ISR"), ("QATGOV", "PSEREB")},
        ),
        # a side described by a phrase that names nobody is the name in its apposition
        (
            "The main armed faction in Gaza, Hamas, signed an Egyptian-brokered truce with Israel.",
            {("EGY", "ISR"), ("EGY", "PSEREB")},
        ),
        # what the clause is about was told before, and the sentence names nobody else: the article's sides
        (
            "Washington and Tehran restored relations in May. The thaw followed talks facilitated by Oman.",
            {("OMN", "USAGOV"), ("OMN", "IRNGOV")},
        ),
        ("Israel and Hamas fought for weeks. The breakthrough came after talks mediated by Qatar.", QAT_ISR_HAMAS),
    ],
)
def test_participles_agents_and_sides_told_before(text: str, expected: set[tuple]) -> None:
    assert mediations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Armenia agreed to end its border dispute after talks mediated by Qatar.",  # one side
        "Armenia and Azerbaijan refused to end their border dispute after talks mediated by Qatar.",  # no agreeing
        "Israel and Hamas rejected a joint declaration brokered by Egypt.",  # rejecting is not agreeing
        "Israel and Hamas rejected a truce brokered by Egypt's foreign minister, Sameh Shoukry, and Qatar's emir.",
        "The main armed faction in Gaza signed an Egyptian-brokered truce with Israel.",  # one named side
        "The main armed faction in Gaza, Hamas, rejected an Egyptian-brokered truce with Israel.",
        # the sentence names another party of the talks: not the article's sides
        "Washington and Tehran restored relations in May. The thaw followed talks with Iraq facilitated by Oman.",
        "Israel and Hamas fought for weeks. Cyprus held talks mediated by Qatar.",  # one side of its own
    ],
)
def test_participles_agents_and_sides_not_mediation(text: str) -> None:
    assert mediations(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two governments" names again the sides told before, in the role its word says
        (
            "Ethiopia and Eritrea signed a peace agreement. Algeria mediated the talks between the two governments.",
            {("DZA", "ETHGOV"), ("DZA", "ERIGOV")},
        ),
        # not the mediators the referent reader saw last
        (
            "Ethiopia and Eritrea signed a peace agreement. Algeria and the United States mediated the talks between "
            "the two governments.",
            {("DZA", "ETHGOV"), ("DZA", "ERIGOV"), ("USA", "ETHGOV"), ("USA", "ERIGOV")},
        ),
        # a side word with its nationalities names its own sides
        ("Algeria mediated between the Ethiopian and Eritrean governments.", {("DZA", "ETHGOV"), ("DZA", "ERIGOV")}),
        # paired negative: talks between the two governments that nobody mediates
        (
            "Ethiopia and Eritrea signed a peace agreement. Algeria criticised the talks between the two governments.",
            set(),
        ),
    ],
)
def test_sides_named_again_by_their_role(text: str, expected: set[tuple]) -> None:
    assert mediations(text) == expected
