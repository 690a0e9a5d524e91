"""'its war with X' in a prepositional phrase: the war is the nearest actor named before the pronoun's, never the
sentence subject's by default. Every positive has its must-not beside it."""

from __future__ import annotations

from tests.system.conftest import statives_of


def hostilities(text: str) -> set[tuple]:
    return {(s.source.code if s.source else None, s.target.code) for s in statives_of(text, "hostility") if not s.ends}


BACKERS = "Egypt and Turkey, the main backers of Libya's army in its war with {}, met in Ankara."


def test_its_war_is_the_nearest_named_actors() -> None:
    found = hostilities(BACKERS.format("the Islamic State group"))
    assert found == {("LBYMIL", "IMGISIS")}
    assert ("EGY", "IMGISIS") not in found and ("TUR", "IMGISIS") not in found  # not the backers' war


def test_its_war_needs_an_actor_on_both_sides() -> None:
    assert hostilities(BACKERS.format("poverty")) == set()  # a war on no actor
    assert hostilities("In its war with the Islamic State group, the town held out.") == set()  # nobody before
