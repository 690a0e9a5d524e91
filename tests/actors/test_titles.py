"""Titles and the bodies people are named with (issue 14, s33-titles): a title that opens a name is no name word, a
passing name keeps its surname under the title of the office it held on the day, and the body a person is "of"
describes them unless the words say they were of it."""

from __future__ import annotations

import datetime as dt

from tests.actors.test_introduced_people import read

from detente import code_text
from detente.actors.titles import gendered_word, holds_title, name_words, office_word, title_word
from detente.nlp import get_nlp

PASSING = "A Boris Johnson loyalist resigned from the cabinet on Monday. "
FOREIGN_SECRETARY = "2018-05-04"  # Boris Johnson's office that day (office_holders.yaml)
PRIME_MINISTER = "2020-05-04"


def _person(text: str, words: int) -> list[str]:
    """The name words of the span of the first ``words`` words of ``text`` (the span as a tagger may cut it)."""
    return name_words(get_nlp()(text)[:words])


def sources(text: str) -> list[tuple[str, str]]:
    return [(e.source.code, e.source.text) for e in code_text(text, date="2018-03-06")]


def test_a_title_that_opens_a_name_gives_no_name_word() -> None:
    # "Crown" opens the title "Crown Prince", whatever the tagger put in the name's span
    assert _person("Crown Prince Mohammed bin Salman criticized Iran on Tuesday.", 5) == ["Mohammed", "Salman"]
    assert _person("Sheikh Tamim criticized Iran on Tuesday.", 2) == ["Tamim"]
    # the twins: a title word inside a name, after a given name, is a word of the name
    assert _person("Khalid Sheikh Mohammed appeared in court on Tuesday.", 3) == ["Khalid", "Sheikh", "Mohammed"]
    assert _person("Masayoshi Son criticized the regulators on Tuesday.", 2) == ["Masayoshi", "Son"]


def test_one_table_reads_titles_for_names_and_genders() -> None:
    doc = get_nlp()("Mrs Lind and President Hale met Sheikh Tamim and Foreign Secretary Ward.")
    by_text = {t.text: t for t in doc}
    assert title_word(by_text["President"]) and gendered_word(by_text["President"]) is None
    assert title_word(by_text["Mrs"]) and gendered_word(by_text["Mrs"]) == "female"
    assert title_word(by_text["Sheikh"]) and gendered_word(by_text["Sheikh"]) == "male"
    assert office_word(by_text["Foreign"]) and not title_word(by_text["Foreign"])  # a word of a role noun only
    assert not title_word(by_text["Lind"]) and gendered_word(by_text["Lind"]) is None
    assert not office_word(by_text["Lind"])


def test_a_title_is_an_office_the_person_held_that_day() -> None:
    day, later = dt.date.fromisoformat(FOREIGN_SECRETARY), dt.date.fromisoformat(PRIME_MINISTER)
    assert holds_title("Boris Johnson", "foreign secretary", day)
    assert holds_title("Boris Johnson", "prime minister", later)
    # the twins: an office of another day, or a title that is only a word of the office, is none he held
    assert not holds_title("Boris Johnson", "prime minister", day)
    assert not holds_title("Boris Johnson", "secretary", day)


def test_a_passing_name_keeps_its_surname_under_its_own_office() -> None:
    # Boris Johnson held the prime minister's office in 2020: "Prime Minister Johnson" is he
    text = PASSING + "Prime Minister Johnson criticized the European Union on Thursday."
    assert read(text, PRIME_MINISTER, "Johnson")[0] == "GBRGOV"
    # the twins: in 2018 he was foreign secretary, so the prime minister's title names someone else
    assert read(text, FOREIGN_SECRETARY, "Johnson")[0] is None
    assert read(text.replace("Prime Minister", "Foreign Secretary"), FOREIGN_SECRETARY, "Johnson")[0] == "GBRGOV"


def test_another_office_or_a_former_one_is_another_person() -> None:
    text = PASSING + "Foreign Secretary Johnson criticized the European Union on Thursday."
    assert read(text, FOREIGN_SECRETARY, "Johnson")[0] == "GBRGOV"
    # the twins: a title of an office he did not hold that day, or a former office, names someone else
    for title in ("Ambassador", "Governor", "Mayor", "Secretary", "Senator", "Former Foreign Secretary"):
        assert read(text.replace("Foreign Secretary", title), FOREIGN_SECRETARY, "Johnson")[0] is None, title


def test_a_country_of_its_own_before_or_after_is_another_person() -> None:
    text = PASSING + "Prime Minister Johnson criticized the European Union on Thursday."
    assert read(text, PRIME_MINISTER, "Johnson")[0] == "GBRGOV"
    # the twins: the same title with a country word of its own, before the name or after it, is that country's
    after = text.replace("Johnson criticized", "Johnson of Australia criticized")
    assert read(after, PRIME_MINISTER, "Johnson")[0] == "AUSGOV"
    before = text.replace("Prime Minister", "Australian Prime Minister")
    assert read(before, PRIME_MINISTER, "Johnson")[0] == "AUSGOV"


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


def test_a_body_the_person_was_of_describes_nothing() -> None:
    text = "Norbert Kessel of the Christian Democratic Union criticized Russia on Tuesday."
    assert [code for code, _ in sources(text)] == ["DEUPTY"]
    # the twins: "formerly", "previously", "ex-" anywhere in the description make it what the person was
    for was in (", formerly of the", ", previously of the", ", an ex-member of the", ", formerly a member of the"):
        former = text.replace(" of the", was, 1).replace("Union criticized", "Union, criticized")
        assert sources(former) == [], former
    commission = "Maria Kant of the European Commission criticized Russia on Tuesday."
    assert [code for code, _ in sources(commission)] == ["IGOEU"]
    assert sources(commission.replace("Kant of", "Kant, previously of").replace("Commission", "Commission,")) == []
