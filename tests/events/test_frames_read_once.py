"""What ``match_verb`` reads of a verb alone is kept once per verb and doc (issue 13): the kept words are those a
fresh read gives, and every pattern of the verb's lemma fits as it did when each read them again."""

from __future__ import annotations

import pytest

from detente.events.frames import (
    CLAUSE_WORDS_KEY,
    PHRASAL_KEY,
    _clause_words,
    _lemmas,
    _object_words,
    _phrasal,
    match_verb,
    phrase_words,
)
from detente.events.patterns import verb_index
from detente.events.tree import direct_objects
from detente.nlp import get_nlp


def _verb(text: str, word: str):  # type: ignore[no-untyped-def]
    doc = get_nlp()(text)
    return next(t for t in doc if t.text == word)


def test_kept_words_are_a_fresh_read() -> None:
    verb = _verb("Rebel fighters attacked an army checkpoint near the border town.", "attacked")
    assert _clause_words(verb) == _lemmas(list(verb.subtree))
    assert "checkpoint" in _clause_words(verb) and "attack" in _clause_words(verb)
    assert _object_words(verb) == set().union(*map(phrase_words, direct_objects(verb)))
    assert "checkpoint" in _object_words(verb) and "border" not in _object_words(verb)


def test_a_phrasal_verb_is_read_as_one() -> None:
    assert _phrasal(_verb("The government backed down on the tariffs.", "backed"))
    assert not _phrasal(_verb("The government backed the rebels.", "backed"))


def test_every_pattern_fits_as_before() -> None:
    text = "Government warplanes struck rebel positions and the army shelled the town."
    verb = _verb(text, "struck")
    patterns = verb_index().by_lemma["strike"]
    assert any(p.context for p in patterns)  # so the subtree's words are read and kept
    kept = [match_verb(verb, p)[0] for p in patterns]
    assert set(verb.doc.user_data[CLAUSE_WORDS_KEY]) == {verb.i}  # kept, and by the verb's index
    fresh_verb = _verb(text, "struck")
    again = []
    for p in patterns:  # a doc with nothing kept for each pattern: the answer a read per pattern gives
        fresh_verb.doc.user_data.clear()
        again.append(match_verb(fresh_verb, p)[0])
    assert kept == again and any(kept) and not all(kept)


@pytest.mark.parametrize("first", [0, 1])
def test_two_words_of_one_lemma_keep_their_own_reads(first: int) -> None:
    # one doc, two "backed": the phrasal one fits only "back down", the plain one only "back"; whichever is read
    # first, the other's answers are its own (kept by token, never by lemma)
    doc = get_nlp()("The council backed down over the new levy, and the governor later backed the striking nurses.")
    phrasal, plain = [t for t in doc if t.text == "backed"]
    by_id = {p.id: p for p in verb_index().by_lemma["back"]}
    down, back = by_id["080.back_down"], by_id["051.back"]
    fits: dict[int, tuple[bool, bool]] = {}
    for verb in [(phrasal, plain)[first], (phrasal, plain)[1 - first]]:
        fits[verb.i] = (match_verb(verb, down)[0], match_verb(verb, back)[0])
    assert fits[phrasal.i] == (True, False)
    assert fits[plain.i] == (False, True)
    assert doc.user_data[PHRASAL_KEY] == {phrasal.i: True, plain.i: False}
