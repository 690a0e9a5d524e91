"""Issue 15, s10: membership shapes and the scene of a fight (each positive has its must-not beside it)."""

from __future__ import annotations

import datetime as dt

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
