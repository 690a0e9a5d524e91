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


def test_a_weapon_whose_modifier_names_a_side_is_not_the_government_s() -> None:
    for words in ("rebel drones", "opposition warplanes", "coalition warplanes", "militia drones", "Kurdish drones"):
        text = f"Syrian regime jets and {words} struck the town on Monday."
        doc_word = words.split()[1]
        assert not _second_is_the_government_s(text, doc_word), words
    assert _second_is_the_government_s("Syrian regime jets and guided drones struck the town on Monday.", "drones")
    assert _second_is_the_government_s("Syrian regime helicopters and fighter jets struck the town on Monday.", "jets")


def _second_is_the_government_s(text: str, word: str) -> bool:
    from detente.actors.weapons import state_weapon
    from detente.pipeline import Coder

    doc = Coder().nlp(text)
    return state_weapon([t for t in doc if t.lower_ == word][-1])


def test_a_deed_of_arms_is_read_alike_for_a_country_and_for_a_conjunct() -> None:
    from detente.actors.weapons import deed_of_arms
    from detente.pipeline import Coder

    nlp = Coder().nlp
    strikes = next(t for t in nlp("Regime air strikes hit the town.") if t.lower_ == "strikes")
    hunger = next(t for t in nlp("A hunger strike began in the prison.") if t.lower_ == "strike")
    assert deed_of_arms(strikes)
    assert not deed_of_arms(hunger)
