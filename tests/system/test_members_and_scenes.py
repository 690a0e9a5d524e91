"""Issue 15, s10: membership shapes and the scene of a fight (each positive has its must-not beside it)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.system.conftest import statives_of

from detente.pipeline import Coder
from detente.records import Article
from detente.system.evaluate import article_relations


def _relations(text: str) -> set[tuple]:
    coded = Coder().code(Article(id="t", date=dt.date(2024, 12, 2), text=text))
    return article_relations(coded.events, coded.statives, dt.date(2024, 12, 2))


def _hostile(text: str) -> set[tuple]:
    return {(r[0], r[1]) for r in _relations(text) if r[2] == "hostility"}


def test_the_country_an_armed_group_is_hit_in_is_the_scene() -> None:
    text = "Israeli warplanes bombed Hezbollah positions near Tyre on Monday, the first Israeli strikes in Lebanon."
    assert ("ISRMIL", "LBNREB") in _hostile(text)
    assert ("ISRMIL", "LBN") not in _hostile(text)
    other = _hostile("Turkish drones struck PKK fighters near Sinjar on Monday, the first Turkish strikes in Iraq.")
    assert ("TURMIL", "IRQ") not in other and ("TURMIL", "TURREB") in other
    # a place hit with nobody else named is its country
    assert ("RUSMIL", "UKR") in _hostile("Russian forces invaded Ukraine on Thursday.")


def test_a_fight_held_since_a_date_still_holds() -> None:
    text = (
        "Kenya sent more troops to Somalia on Monday. "
        "Kenyan forces have been fighting al-Shabaab in southern Somalia since 2011."
    )
    assert ("KENMIL", "SOMREB") in _hostile(text)
    # a fight the clause dates in the past without 'since' is history, not a relation of today
    assert ("KENMIL", "SOMREB") not in _hostile(
        "Kenya sent more troops to Somalia on Monday. Kenyan forces fought al-Shabaab in southern Somalia in 2011."
    )
    # meetings held since a date are not read so
    met = _relations("Sudan and Egypt signed a deal on Monday. Sudan has met Chad several times since 2019.")
    assert ("SDN", "TCD", "cooperation", "+") not in met and ("SDN", "EGY", "cooperation", "+") in met


def _members(text: str) -> set[tuple]:
    return {(s.source.code if s.source else None, s.target.code, s.ends) for s in statives_of(text, "membership")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croatia acceded to the EU in 2013.", {("HRV", "IGOEU", False)}),
        ("NATO admitted Montenegro in 2017.", {("MNE", "IGONATO", False)}),
        (
            "The Gulf Cooperation Council's members are Saudi Arabia, Kuwait and Qatar.",
            {("SAU", "IGOGCC", False), ("KWT", "IGOGCC", False), ("QAT", "IGOGCC", False)},
        ),
        ("As an EU member, Hungary can veto the package.", {("HUN", "IGOEU", False)}),
        # endings: withdrawn, pulled out, expelled, suspended (by the body or from it)
        ("Niger withdrew from ECOWAS.", {("NER", "IGOECOWAS", True)}),
        ("Burkina Faso has pulled out of ECOWAS.", {("BFA", "IGOECOWAS", True)}),
        ("Russia was expelled from the Council of Europe in 2022.", {("RUS", "IGOCOE", True)}),
        ("The African Union suspended Niger after the coup.", {("NER", "IGOAU", True)}),
        # an apposition holds whatever the clause's modality; chairs, stays in, contributes to, joins others in
        (
            "Ali said Guyana, a member of the Caribbean Community, would defend its borders.",
            {("GUY", "IGOCARICOM", False)},
        ),
        ("Chile currently chairs the Caribbean Community.", {("CHL", "IGOCARICOM", False)}),
        ("Ireland, which stays in the EU, will keep an open border.", {("IRL", "IGOEU", False)}),
        (
            "Rwanda is one of the largest contributors to the UN peacekeeping mission in the country, MINUSCA.",
            {("RWA", "IGOMINUSCA", False)},
        ),
        (
            "Egypt became a member of BRICS on Monday, joining Brazil and India in the bloc.",
            {("EGY", "IGOBRICS", False), ("BRA", "IGOBRICS", False), ("IND", "IGOBRICS", False)},
        ),
        (
            "NATO met in Brussels. Turkey was the last of the alliance's members to ratify the entry.",
            {("TUR", "IGONATO", False)},
        ),
    ],
)
def test_membership_shapes(text: str, expected: set[tuple]) -> None:
    assert _members(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia withdrew its troops from the UN mission.",  # its troops left, not Russia the UN
        "Niger will withdraw from ECOWAS.",  # an ending still to come
        "The African Union admitted that the mission had failed.",  # admitting a fact
        "Hungary would veto the package as an EU member.",  # the 'as' phrase is not fronted: the clause's modality
        "The EU's members are divided.",  # the copula names no member
        "Britain joined France in the fight against the Islamic State.",  # 'in' names no body
        "Chile chairs the talks.",  # chairing talks is no membership
        "Ali said Guyana would be a member of the Caribbean Community.",  # not an apposition: the modality holds
    ],
)
def test_what_is_no_membership_shape(text: str) -> None:
    assert _members(text) == set()


def test_a_declaration_brokered_by_a_third_party_is_mediated() -> None:
    found = {
        (s.source.code if s.source else None, s.target.code)
        for s in statives_of("Thailand and Cambodia signed a ceasefire declaration brokered by Malaysia.", "mediation")
    }
    assert found == {("MYS", "THA"), ("MYS", "KHM")}
    # a declaration nobody brokered mediates nothing
    assert statives_of("Thailand and Cambodia signed a ceasefire declaration on Monday.", "mediation") == []
