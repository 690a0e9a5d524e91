"""The place reads kept once per doc (issue 13) give the answers a fresh read gives, and a caller cannot spoil them."""

from __future__ import annotations

from detente.nlp import get_nlp
from detente.where.locate import BARE_PLACE_KEY, locate
from detente.where.phrases import LOCATIVE_DEPS, LOCATIVES_KEY, PHRASE_HEADS_KEY, _phrase_heads, locatives, preps_of

TEXT = "Turkish officials met the delegation in Ankara on Monday after clashes near Idlib."


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


def test_phrase_heads_are_the_words_with_a_locative_child() -> None:
    doc = get_nlp()(TEXT)
    heads = _phrase_heads(doc)
    assert heads == {t.i for t in doc if any(c.dep_ in LOCATIVE_DEPS for c in t.children)}
    assert _word(doc, "met").i in heads  # "met ... in Ankara"
    assert _word(doc, "Turkish").i not in heads


def test_locatives_kept_once_and_given_as_a_copy() -> None:
    doc = get_nlp()(TEXT)
    verb = _word(doc, "met")
    first = locatives(verb)
    assert [loc.name for loc in first] == ["Ankara"]
    assert LOCATIVES_KEY in doc.user_data
    first.clear()  # a caller's list is its own: the kept answer stays whole
    assert [loc.name for loc in locatives(verb)] == ["Ankara"]
    fresh = get_nlp()(TEXT)
    assert [loc.name for loc in locatives(_word(fresh, "met"))] == ["Ankara"]


def test_a_word_with_no_phrase_reads_no_place_and_keeps_nothing() -> None:
    doc = get_nlp()(TEXT)
    assert locatives(_word(doc, "officials")) == []
    assert PHRASE_HEADS_KEY in doc.user_data and not doc.user_data.get(LOCATIVES_KEY)
    assert [loc.name for loc in locatives(_word(doc, "met"))] == ["Ankara"]


def test_bare_locate_kept_per_trigger_and_the_record_read_is_not() -> None:
    doc = get_nlp()(TEXT)
    verb = _word(doc, "met")
    place = locate(verb, [])
    assert place is not None and place.name == "Ankara"
    assert doc.user_data[BARE_PLACE_KEY] == {verb.i: place}
    recorded = locate(verb, [], code="040")  # the event's record reads with its code: never from the bare memo
    assert recorded is not None and recorded.name == "Ankara"
    assert list(doc.user_data[BARE_PLACE_KEY]) == [verb.i]


def test_one_word_asked_with_other_prepositions_gets_its_own_answer() -> None:
    # "to" names the place only after a word of travel (``preps_of``); the answer kept for the default prepositions
    # must not be handed to the question with "to", nor the reverse
    doc = get_nlp()("The prime minister began a visit to London on Tuesday.")
    visit = _word(doc, "visit")
    assert locatives(visit) == []
    assert [loc.name for loc in locatives(visit, preps_of(visit))] == ["London"]
    assert locatives(visit) == []
    assert len(doc.user_data[LOCATIVES_KEY]) == 2
