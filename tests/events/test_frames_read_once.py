"""What ``match_verb`` reads of a verb alone is kept once per verb and doc (issue 13): the kept words are those a
fresh read gives, and every pattern of the verb's lemma fits as it did when each read them again."""

from __future__ import annotations

from detente.events.frames import (
    CLAUSE_WORDS_KEY,
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
    assert patterns
    kept = [match_verb(verb, p)[0] for p in patterns]
    fresh_verb = _verb(text, "struck")
    fresh_verb.doc.user_data.clear()
    again = []
    for p in patterns:  # a doc with nothing kept for each pattern: the answer a read per pattern gives
        fresh_verb.doc.user_data.clear()
        again.append(match_verb(fresh_verb, p)[0])
    assert kept == again and any(kept)
    assert not fresh_verb.doc.user_data.get(CLAUSE_WORDS_KEY, {}).keys() - {fresh_verb.i}  # kept by the verb's index
