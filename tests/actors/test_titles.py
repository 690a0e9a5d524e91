"""Titles and the bodies people are named with (issue 14, s33-titles): a title of several words is no name word, a
passing name keeps its surname under its own office's title, and the body a person is "of" describes them."""

from __future__ import annotations

from tests.actors.test_introduced_people import read

from detente import code_text
from detente.actors.titles import gendered_word, name_words, title_word
from detente.nlp import get_nlp

PASSING = "A Boris Johnson loyalist resigned from the cabinet on Monday. "


def _person(text: str, words: int) -> list[str]:
    """The name words of the span of the first ``words`` words of ``text`` (the span as a tagger may cut it)."""
    return name_words(get_nlp()(text)[:words])


def sources(text: str) -> list[tuple[str, str]]:
    return [(e.source.code, e.source.text) for e in code_text(text, date="2018-03-06")]


def test_a_title_of_several_words_gives_no_name_word() -> None:
    # "Crown" opens the title "Crown Prince", whatever the tagger put in the name's span
    words = _person("Crown Prince Mohammed bin Salman criticized Iran on Tuesday.", 5)
    assert "Crown" not in words and "Prince" not in words
    assert words == ["Mohammed", "Salman"]
    # the twin: a title word that is the last word after a name word is a surname ("Masayoshi Son")
    assert _person("Masayoshi Son criticized the regulators on Tuesday.", 2) == ["Masayoshi", "Son"]


def test_one_table_reads_titles_for_names_and_genders() -> None:
    doc = get_nlp()("Mrs Lind and President Hale met Sheikh Tamim.")
    by_text = {t.text: t for t in doc}
    assert title_word(by_text["President"]) and gendered_word(by_text["President"]) is None
    assert title_word(by_text["Mrs"]) and gendered_word(by_text["Mrs"]) == "female"
    assert title_word(by_text["Sheikh"]) and gendered_word(by_text["Sheikh"]) == "male"
    assert not title_word(by_text["Lind"]) and gendered_word(by_text["Lind"]) is None


def test_a_passing_name_keeps_its_surname_under_its_own_office() -> None:
    # Boris Johnson held the prime minister's office on the day: "Prime Minister Johnson" is he
    text = PASSING + "Prime Minister Johnson criticized the European Union on Thursday."
    code, _ = read(text, "2020-05-04", "Johnson")
    assert code == "GBRGOV"
    # the twin: another office before the surname is another person, who leaves the surname to no one here
    code, _ = read(text.replace("Prime Minister Johnson", "Senator Johnson"), "2020-05-04", "Johnson")
    assert code is None


def test_a_title_with_a_country_of_its_own_is_another_person() -> None:
    text = PASSING + "Australian Prime Minister Johnson criticized the European Union on Thursday."
    code, _ = read(text, "2020-05-04", "Johnson")
    assert code != "GBRGOV"
    # the twin: the same title with no country word of its own is the passing person's office
    code, _ = read(text.replace("Australian Prime", "Prime"), "2020-05-04", "Johnson")
    assert code == "GBRGOV"


def test_the_body_a_person_is_of_describes_them() -> None:
    text = (
        "Norbert Kessel of the Christian Democratic Union criticized Russia on Tuesday. Kessel also condemned Turkey."
    )
    found = sources(text)
    assert ("DEUPTY", "Norbert Kessel of the Christian Democratic Union") in found
    assert ("DEUPTY", "Kessel") in found
    # the twin: a place after "of" is no office (a seat city would read as its government)
    assert not any(
        code.startswith("USA") for code, _ in sources("Maria Kant of Washington criticized Russia on Tuesday.")
    )
