"""s31-actorpairs: a weapon with no owner word of its own, conjoined after one whose owner an own-state word names
("government jets and guided rockets"), is the same government's (guide 1.3: a government's
weapons are the government's), not the military of the article's country; a weapon with its own owner word keeps it
("Syrian government jets and Russian planes")."""

from __future__ import annotations

from detente import code_text


def _sources(text: str) -> set[str]:
    return {e.source.code for e in code_text(text, date="2016-05-10")}


def test_an_unowned_weapon_shares_the_government_owner_of_its_conjunct() -> None:
    sources = _sources(
        "Syrian government jets and guided rockets struck the eastern suburbs of Damascus on Monday, killing at "
        "least 40 people."
    )
    assert "SYRGOV" in sources
    assert "SYRMIL" not in sources


def test_a_weapon_with_its_own_owner_word_keeps_it() -> None:
    sources = _sources("Syrian government jets and Russian planes bombed the suburbs of Aleppo on Monday.")
    assert {"SYRGOV", "RUSMIL"} <= sources
    assert "RUSGOV" not in sources


def test_a_country_s_weapons_conjoined_stay_its_military() -> None:
    sources = _sources("Syrian warplanes and helicopters bombed the suburbs of Aleppo on Monday.")
    assert "SYRMIL" in sources
    assert "SYRGOV" not in sources


def _warplanes_are_the_government_s(text: str) -> bool:
    from detente.actors.weapons import state_weapon
    from detente.pipeline import Coder

    doc = Coder().nlp(text)
    return state_weapon(next(t for t in doc if t.lower_ == "warplanes"))


def test_only_a_weapon_or_a_deed_of_arms_lends_its_owner() -> None:
    assert _warplanes_are_the_government_s("Regime helicopters and warplanes pounded rebel positions on Monday.")
    assert not _warplanes_are_the_government_s("Regime gunmen and warplanes hit the rebel lines on Monday.")


def test_a_weapon_with_an_of_phrase_owner_lends_nothing() -> None:
    assert _warplanes_are_the_government_s("Raids by regime helicopters and warplanes left 25 people dead on Friday.")
    assert not _warplanes_are_the_government_s(
        "Raids by regime helicopters and warplanes of the allied air forces left 25 people dead on Friday."
    )
