"""Hostility and actor classes of the relation sets (issue 15, s9): each positive has its must-not beside it."""

from __future__ import annotations

from tests.system.conftest import held_pairs


def hostilities(text: str) -> set[tuple]:
    return held_pairs(text, "hostility")


def test_an_adjective_owns_a_war_only_when_it_names_a_state() -> None:
    # "a military offensive": the adjective is a role word, not the one military the article names
    text = "Chinese troops crossed the river. Turkey launched a military offensive against the Islamic State group."
    assert ("CHNMIL", "IMGISIS") not in hostilities(text)
    assert ("TUR", "IMGISIS") not in hostilities(text)  # the owner is the event coder's subject, not a stative's
    # a demonym does own it
    assert ("RUS", "UKR") in hostilities("The Russian war on Ukraine entered its third year.")


def test_a_war_after_which_something_happened_is_over() -> None:
    during = "Russia recognised the two regions during its brief war with Georgia."
    assert ("RUS", "GEO") in hostilities(during)
    after = "Russia recognised the two regions after its brief war with Georgia."
    assert ("RUS", "GEO") not in hostilities(after)


def _events(text: str, date: str) -> set[tuple]:
    from detente import code_text

    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date=date)}


def test_haftars_forces_are_rebels_of_libya_from_2014() -> None:
    text = "Egypt supported Khalifa Haftar on Friday."
    assert ("EGY", "LBYREB") in _events(text, "2019-04-05")  # an armed group apart from the recognised government
    assert ("EGY", "LBYMIL") not in _events(text, "2019-04-05")
    assert ("EGY", "LBYREB") not in _events(text, "2012-04-05")  # before his war he held no office


def test_kurdish_led_forces_are_the_sdf_not_the_articles_one_military() -> None:
    text = "American troops left the border. Turkish troops attacked Kurdish-led forces in Syria on Wednesday."
    found = _events(text, "2019-10-09")
    assert ("TURMIL", "SYRREB") in found
    assert ("TURMIL", "USAMIL") not in found


def test_a_ruling_junta_is_the_government() -> None:
    found = _events("The junta in Mali expelled the French ambassador on Monday.", "2022-02-01")
    assert ("MLIGOV", "FRAGOV") in found
    assert ("MLIMIL", "FRAGOV") not in found
    # soldiers stay the military
    assert ("MLIMIL", "FRAGOV") in _events("Malian soldiers detained the French ambassador on Monday.", "2022-02-01")
