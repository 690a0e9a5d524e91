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


def test_every_word_of_a_two_word_demonym_answers_alike() -> None:
    # the whole demonym is tested: "Korean" of "ethnic South Korean" must not give its state either
    text = "Troops shelled ethnic South Korean rebel positions near Osaka."
    assert state_word(_word(text, "South")) is None
    assert state_word(_word(text, "Korean")) is None
    army = "Troops shelled South Korean army positions near Osaka."
    assert state_word(_word(army, "South")) == "KOR"
    assert state_word(_word(army, "Korean")) == "KOR"


def test_a_demonym_after_a_place_is_its_state_s() -> None:
    # "the Latakia Russian air base": the place says where the base is, the demonym whose it is
    text = "Rebels shelled the Latakia Russian air base on Sunday."
    assert not names_a_people(_word(text, "Russian"))
    assert _targets(text, "shelled") == {"RUSMIL"}
    assert names_a_people(_word("Rebels shelled ethnic Russian positions on Sunday.", "Russian"))


def test_ethnic_rebels_are_the_rebels_of_the_state_they_fight_in() -> None:
    text = "Macedonian police arrested ethnic Albanian rebels in Tetovo on Sunday."
    assert _targets(text, "arrested") == {"MKDREB"}
    # without the word that makes it a people's, the demonym is the state's (the guide's reading of "Albanian rebels")
    plain = "Macedonian police arrested Albanian rebels in Tetovo on Sunday."
    assert _targets(plain, "arrested") == {"ALBREB"}


def test_a_site_of_an_ethnic_group_is_not_the_demonym_state_s() -> None:
    text = "Macedonian troops shelled ethnic Albanian rebel positions near Tetovo on Sunday."
    assert _targets(text, "shelled") == {"MKDREB"}
    army = "Macedonian troops shelled Albanian army positions near Tetovo on Sunday."
    assert _targets(army, "shelled") == {"ALBMIL"}


def test_people_of_a_descent_are_of_the_state_they_live_in() -> None:
    text = "Macedonian police arrested three activists of Albanian descent in Skopje on Sunday."
    assert _targets(text, "arrested") == {"MKDCVL"}
    plain = "Macedonian police arrested three Albanian activists in Skopje on Sunday."
    assert _targets(plain, "arrested") == {"ALBCVL"}


def test_a_people_s_state_comes_from_the_context_or_stays_unresolved() -> None:
    # the state they live in may be the demonym's own: ethnic Georgians in Georgia are Georgia's, by the article
    text = "SUKHUMI, Georgia - Separatist forces attacked ethnic Georgian civilians in Sukhumi on Sunday."
    assert _targets(text, "attacked") == {"GEOCVL"}
    # must not: where the article places them nowhere, the demonym is no fallback
    nowhere = "Police said ethnic Albanian rebels attacked a police station on Sunday."
    assert not [e for e in code_text(nowhere, DAY) if e.source.code.startswith("ALB")]
    placed = "Macedonian police said ethnic Albanian rebels attacked a police station in Tetovo on Sunday."
    assert _sources(placed, "attacked") == {"MKDREB"}


def test_a_people_named_by_its_demonym_alone_is_not_its_state() -> None:
    # must not: "ethnic Albanians" are no act of Albania; no head noun gives them a role, so no event
    text = "Macedonian police arrested ethnic Albanians in Tetovo on Sunday."
    assert not [e for e in code_text(text, DAY) if e.evidence.trigger == "arrested"]
    plain = "Macedonian police arrested Albanians in Tetovo on Sunday."
    assert _targets(plain, "arrested") == {"ALB"}
