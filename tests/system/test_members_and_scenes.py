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
