"""Who a he/she can be (issue 14, s15): the gender the office-holder files record when the article says none, and a
surname the tagger left untyped read as the person the article named in full (so it is a he/she candidate)."""

from __future__ import annotations

import datetime as dt

from detente.actors import ArticleContext, resolve
from detente.data import gazetteer, roles_file
from detente.nlp import get_nlp

PEN = (
    "French far-right politician Marine Le Pen met U.S. President Donald Trump on Monday. "
    "Encouraged by the British vote and by Trump, Le Pen has said plainly she would visit Germany."
)


def _kinds(text: str, words: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    doc = get_nlp()(text)
    ctx = ArticleContext(date=dt.date(2018, 5, 10))
    found = []
    for tok in doc:
        if tok.text in words and (r := resolve(tok, ctx)) is not None:
            mention = ctx.mentions.get(tok.i)
            found.append((tok.text, r.actor.code, mention.kind if mention else None))
    return found


def test_an_untyped_surname_of_a_person_named_in_full_is_a_person() -> None:
    found = _kinds(PEN, ("Pen",))
    assert found == [("Pen", "FRAOPP", "person"), ("Pen", "FRAOPP", "person")]


def test_an_untyped_name_of_a_body_is_no_person() -> None:
    # "NATO" is a named body: it stays one (a pronoun he/she never takes it)
    found = _kinds("NATO met Russia on Monday. NATO criticized Russia.", ("NATO",))
    assert found and all(kind == "group" for _, _, kind in found)


def test_recorded_genders_are_data() -> None:
    genders = {e.gender for spells in gazetteer().people.values() for e in spells}
    assert "female" in genders
    assert None in genders  # men are not marked: nothing is guessed
    assert roles_file().pronoun_genders["she"] == "female"
    assert roles_file().pronoun_genders["he"] == "male"
    assert "by" in roles_file().agent_words


def test_a_whole_name_written_out_is_not_a_namesake() -> None:
    """The recorded gender of Emily Thornberry speaks for "Thornberry" and "Emily Thornberry", not for another
    person written in full with the same surname (review of s15)."""
    from detente.actors.gender import recorded_gender

    nlp = get_nlp()

    def gender(text: str) -> str | None:
        return recorded_gender(next(t for t in nlp(text) if t.text == "Thornberry"))

    assert gender("Emily Thornberry spoke on Monday.") == "female"
    assert gender("Thornberry spoke on Monday.") == "female"
    assert gender("Rep. Mac Thornberry spoke on Monday.") is None
    assert gender("Republican Mac Thornberry spoke on Monday.") is None  # a party word is no first name
