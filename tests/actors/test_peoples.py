"""A demonym that names a people, not its state (actors/peoples.py, s29-people): "ethnic Albanian rebels" in
Macedonia are Macedonia's rebels; an Albanian government act stays Albania's."""

from __future__ import annotations

from spacy.tokens import Token

from detente import code_text
from detente.actors.peoples import names_a_people
from detente.actors.resolved import state_word
from detente.nlp import get_nlp

DAY = "2014-06-10"


def _word(text: str, word: str) -> Token:
    return next(t for t in get_nlp()(text) if t.text == word)


def _sources(text: str, trigger: str) -> set[str]:
    return {e.source.code for e in code_text(text, DAY) if e.evidence.trigger == trigger}


def _targets(text: str, trigger: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in code_text(text, DAY) if e.evidence.trigger == trigger}


def test_words_that_mark_a_demonym_as_a_people() -> None:
    assert names_a_people(_word("Police said ethnic Albanian rebels fired on the village.", "Albanian"))
    assert names_a_people(_word("Russian-speaking residents fled the town on Monday.", "Russian"))
    assert names_a_people(_word("Leaders of the Albanian minority met on Monday.", "Albanian"))
    assert names_a_people(_word("Police arrested three men of Albanian descent in Skopje.", "Albanian"))
    # the demonym alone names its state as before; so does a hyphened pair of demonyms, whose order of origin and
    # nationality differs between American and British usage
    assert not names_a_people(_word("Police said Albanian rebels fired on the village.", "Albanian"))
    assert not names_a_people(_word("A Georgian-American businessman was charged.", "Georgian"))
    assert not names_a_people(_word("The Albanian government condemned the attack.", "Albanian"))


def test_a_people_s_demonym_names_no_state_for_pairs_and_sites() -> None:
    assert state_word(_word("Troops shelled ethnic Albanian rebel positions near Tetovo.", "Albanian")) is None
    assert state_word(_word("Troops shelled Albanian army positions near Tetovo.", "Albanian")) == "ALB"


def test_ethnic_rebels_are_the_rebels_of_the_state_they_fight_in() -> None:
    text = "SKOPJE, Macedonia - Ethnic Albanian rebels attacked a police station in Tetovo on Sunday."
    assert _sources(text, "attacked") == {"MKDREB"}
    # without the word that makes it a people's, the demonym is the state's (the guide's reading of "Albanian rebels")
    plain = "SKOPJE, Macedonia - Albanian rebels attacked a police station in Tetovo on Sunday."
    assert _sources(plain, "attacked") == {"ALBREB"}


def test_a_site_of_an_ethnic_group_is_not_the_demonym_state_s() -> None:
    text = "SKOPJE, Macedonia - Macedonian troops shelled ethnic Albanian rebel positions near Tetovo on Sunday."
    assert "ALBREB" not in _targets(text, "shelled")
    assert _sources(text, "shelled") == {"MKDMIL"}
    army = "SKOPJE, Macedonia - Macedonian troops shelled Albanian army positions near Tetovo on Sunday."
    assert _targets(army, "shelled") == {"ALBMIL"}


def test_speakers_of_a_language_are_of_the_state_they_live_in() -> None:
    text = "DONETSK, Ukraine - Russian-speaking separatists attacked a Ukrainian army checkpoint near Donetsk."
    assert _sources(text, "attacked") == {"UKRREB"}
    plain = "DONETSK, Ukraine - Russian separatists attacked a Ukrainian army checkpoint near Donetsk."
    assert _sources(plain, "attacked") == {"RUSREB"}


def test_a_people_s_state_comes_from_the_context_or_stays_unresolved() -> None:
    # the state they live in may be the demonym's own: ethnic Georgians in Georgia are Georgia's, by the article
    text = "SUKHUMI, Georgia - Separatist forces attacked ethnic Georgian civilians in Sukhumi on Sunday."
    assert _targets(text, "attacked") == {"GEOCVL"}
    # must not: where the article places them nowhere, the demonym is no fallback
    nowhere = "Ethnic Albanian rebels attacked a police station on Sunday."
    assert not [e for e in code_text(nowhere, DAY) if e.source.code.startswith("ALB")]
    placed = "SKOPJE, Macedonia - Ethnic Albanian rebels attacked a police station in Tetovo on Sunday."
    assert _sources(placed, "attacked") == {"MKDREB"}


def test_a_people_named_by_its_demonym_alone_is_not_its_state() -> None:
    # must not: "ethnic Albanians" are no act of Albania; no head noun gives them a role
    text = "SKOPJE, Macedonia - Ethnic Albanians attacked a police station in Tetovo on Sunday."
    assert not [e for e in code_text(text, DAY) if e.source.code.startswith("ALB")]
    plain = "SKOPJE, Macedonia - Albanians attacked a police station in Tetovo on Sunday."
    assert _sources(plain, "attacked") == {"ALB"}


def test_a_people_named_with_the_place_it_lives_in() -> None:
    # "Karabakh Armenian": the place names where the people lives, the demonym is theirs
    assert names_a_people(_word("Karabakh Armenian forces attacked a village on Monday.", "Armenian"))
    assert not names_a_people(_word("Armenian forces attacked a village on Monday.", "Armenian"))
    # of two states' words either may be the people ("Bosnian Serb", "Turkish Cypriot"): left as before
    assert not names_a_people(_word("Bosnian Serb forces shelled Sarajevo on Monday.", "Serb"))
