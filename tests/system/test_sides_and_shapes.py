"""Shapes found missing on an independent relations set (issue 15, dev3), each with its must-not: agreements
pair sides (not co-signers), labels the parser hangs on the object, relations of 'whose X', 'bound to X',
'considers X its ally', affiliates, declared wars, fighting between two sides, mediated rounds of talks,
founders of a named body, force lent by a country, and no hostility of a state's organ to its own country.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.system.conftest import statives_of

from detente.pipeline import Coder
from detente.records import Article
from detente.system.evaluate import article_relations


def pairs(text: str, kind: str) -> set[tuple[str | None, str]]:
    return {(s.source.code if s.source else None, s.target.code) for s in statives_of(text, kind) if not s.ends}


def undirected(text: str, kind: str) -> set[frozenset]:
    return {frozenset(p) for p in pairs(text, kind)}


def test_a_list_after_a_collective_noun_is_one_side() -> None:
    text = "Cuba and four regional powers - Mexico, Brazil, Argentina and Chile - reached a deal on Monday."
    assert undirected(text, "cooperation") == {frozenset(("CUB", c)) for c in ("MEX", "BRA", "ARG", "CHL")}
    assert frozenset(("MEX", "BRA")) not in undirected(text, "cooperation")  # co-signers, not sides


def test_who_sign_with_a_third_are_one_side() -> None:
    text = "Morocco and Sudan signed accords establishing diplomatic relations with Israel on Tuesday."
    assert undirected(text, "cooperation") == {frozenset(("MAR", "ISR")), frozenset(("SDN", "ISR"))}
    alone = "Morocco and Sudan signed an accord on Tuesday."  # alone, a coordination agrees within itself
    assert undirected(alone, "cooperation") == {frozenset(("MAR", "SDN"))}


def test_labels_hung_on_the_object_and_armed_bodies() -> None:
    assert pairs("Damascus calls the American troops deployed in the east an occupying army.", "label") == {
        ("SYRGOV", "USAMIL")
    }
    assert pairs("Tehran calls the Israeli troops an occupation force.", "label") == {("IRNGOV", "ISRMIL")}
    assert pairs("The occupying army left the valley on Monday.", "label") == set()  # the author's words: no one's
    assert pairs("Tehran calls the Israeli troops a professional force.", "label") == set()  # not a label


def test_a_breakaway_province_only_under_a_labelling_verb() -> None:
    assert pairs("Taiwan, which China regards as a breakaway province, held elections.", "label") == {("CHN", "TWN")}
    assert pairs("Taiwan, a breakaway province, held elections.", "label") == set()


def test_whose_government_is_backed() -> None:
    text = "President Bashar al-Assad, whose government is backed by Iran, met envoys on Monday."
    assert pairs(text, "support") == {("IRN", "SYRGOV")}
    assert pairs("President Bashar al-Assad, whose plan is backed by Iran, met envoys.", "support") == set()


def test_bound_by_a_pact() -> None:
    assert undirected("Armenia is bound to Russia by a security treaty.", "alliance") == {frozenset(("ARM", "RUS"))}
    assert pairs("Armenia is not bound to Russia by any treaty.", "alliance") == set()


def test_considers_someone_its_ally() -> None:
    assert undirected("Israel considers the United States its closest ally.", "alliance") == {frozenset(("ISR", "USA"))}
    assert pairs("Israel considers the deal its biggest success.", "alliance") == set()


def test_an_armed_groups_affiliate() -> None:
    assert pairs("Al-Shabaab, al-Qaeda's affiliate in Somalia, attacked a base.", "membership") == {("SOMREB", "IMGAQ")}
    # a state is no member of an armed group, whatever it is called
    assert pairs("Qatar, an al-Qaeda affiliate in the eyes of its rivals, denied it.", "membership") == set()


def test_declared_war() -> None:
    assert pairs("Azerbaijan declared war on Armenia on Sunday.", "hostility") == {("AZE", "ARM")}
    assert pairs("Azerbaijan did not declare war on Armenia.", "hostility") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting between Ethiopia's army and Eritrean troops raged for a week.",
         {("ETHMIL", "ERIMIL"), ("ERIMIL", "ETHMIL")}),
        ("Fighting between the two clubs' fans raged for an hour.", set()),
    ],
)  # fmt: skip
def test_fighting_between(text: str, expected: set) -> None:
    assert pairs(text, "hostility") == expected


def test_rounds_of_mediated_talks() -> None:
    text = "Egypt and Ethiopia signed a deal after ten rounds of talks mediated by the African Union."
    assert pairs(text, "mediation") == {("IGOAU", "EGY"), ("IGOAU", "ETH")}
    assert pairs("Egypt and Ethiopia signed a deal after ten rounds of talks.", "mediation") == set()


def test_founders_of_a_body_named_after_the_object() -> None:
    text = "Mali, Burkina Faso and Niger formed their own confederation, the Alliance of Sahel States."
    assert pairs(text, "membership") == {("MLI", "IGOAES"), ("BFA", "IGOAES"), ("NER", "IGOAES")}
    assert pairs("Mali, Burkina Faso and Niger formed their own confederation.", "membership") == set()


def test_force_lent_by_a_country_is_its_militarys() -> None:
    assert pairs("Iraqi troops, backed by Iranian drones, retook the town.", "support") == {("IRNMIL", "IRQMIL")}
    assert pairs("Iraqi troops, backed by Iran, retook the town.", "support") == {("IRN", "IRQMIL")}


def _relations(text: str) -> set[tuple]:
    coded = Coder().code(Article(id="t", date=dt.date(2024, 12, 2), text=text))
    return article_relations(coded.events, coded.statives, dt.date(2024, 12, 2))


def test_a_states_organ_is_not_hostile_to_its_own_country() -> None:
    own = _relations("Syrian troops recaptured the town of Palmyra from the rebels on Sunday.")
    assert not any(r[0] == "SYRMIL" and r[1] == "SYR" for r in own)
    other = _relations("Syrian troops shelled the Turkish town of Kilis on Sunday.")
    assert ("SYRMIL", "TUR", "hostility", "-") in other


def test_co_signers_are_no_pair_of_the_events_either() -> None:
    found = _relations("Morocco and Sudan signed accords establishing diplomatic relations with Israel on Tuesday.")
    coop = {frozenset((r[0], r[1])) for r in found if r[2] == "cooperation"}
    assert frozenset(("MAR", "ISR")) in coop and frozenset(("SDN", "ISR")) in coop
    assert frozenset(("MAR", "SDN")) not in coop
    alone = _relations("Morocco and Sudan signed an accord on Tuesday.")  # the event's pair when they are the sides
    assert frozenset(("MAR", "SDN")) in {frozenset((r[0], r[1])) for r in alone if r[2] == "cooperation"}
