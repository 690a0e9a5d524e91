"""Titles and the bodies people are named with (issue 14, s33-titles): a title that opens a name is no name word, a
passing name keeps its surname under the title of the office it held on the day, and the body a person is "of"
describes them unless the words say they were of it."""

from __future__ import annotations

import datetime as dt

from tests.actors.test_introduced_people import read

from detente import code_text
from detente.actors.titles import gendered_word, name_words, office_word, title_codes, title_word
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
    assert title_codes("Boris Johnson", "foreign secretary", day) == {"GBRGOV"}
    assert title_codes("Boris Johnson", "prime minister", later) == {"GBRGOV"}
    # the twins: an office of another day, or a title that is only a word of the office, is none he held
    assert title_codes("Boris Johnson", "prime minister", day) == frozenset()
    assert title_codes("Boris Johnson", "secretary", day) == frozenset()


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


def coded(text: str, date: str) -> list[tuple[str, str, str]]:
    return [(e.source.code, e.source.text, e.target.code) for e in code_text(text, date=date)]


def test_the_title_of_another_day_must_be_the_code_remembered() -> None:
    # resigned on July 9 (an MP after): on July 2 he was foreign secretary, but the passing name of the Monday was
    # remembered as the MP, so the title of July 2 is not what the memory holds
    day = dt.date(2018, 7, 2)
    assert title_codes("Boris Johnson", "foreign secretary", day) == {"GBRGOV"}
    text = "A Boris Johnson loyalist quit the cabinet on Monday. Foreign Secretary Johnson criticized Iran on July 2."
    assert not any(source.endswith("Johnson") for _, source, _ in coded(text, "2018-07-12"))
    # the twin: named in passing on a day he held the office, the title of the next day is he
    same = text.replace("on Monday", "on July 2").replace("Iran on July 2", "Iran on July 3")
    assert ("GBRGOV", "Foreign Secretary Johnson", "IRN") in coded(same, "2018-07-12")


def test_a_given_name_after_a_title_of_several_words_is_no_read_back() -> None:
    # "Mohammed" alone after "Crown Prince Mohammed bin Salman": never read back before, and the gender reading keys
    # on the surname, so "she" would be taken as his
    text = "Crown Prince Mohammed bin Salman met Theresa May on Monday. Mohammed said she had criticized Iran."
    assert not any(target == "IRN" for *_, target in coded(text, "2018-05-04"))
    assert read(text, "2018-05-04", "Mohammed")[0] is None
    # the twins: the surname is read back, and a given name after a title word alone still is
    surname = text.replace("Mohammed said she", "Salman said he")
    assert ("SAUGOV", "Salman", "IRN") in coded(surname, "2018-05-04")
    assert read(text.replace("Crown Prince", "Prince"), "2018-05-04", "Mohammed")[0] == "SAUGOV"


def test_a_one_time_office_is_a_former_one() -> None:
    text = PASSING + "Foreign Secretary Johnson criticized the European Union on Thursday."
    assert read(text, FOREIGN_SECRETARY, "Johnson")[0] == "GBRGOV"
    # the twins: "onetime", or "One-time" as the tokenizer splits it, is a former office
    for title in ("Onetime Foreign Secretary", "One-time Foreign Secretary"):
        assert read(text.replace("Foreign Secretary", title), FOREIGN_SECRETARY, "Johnson")[0] is None, title
