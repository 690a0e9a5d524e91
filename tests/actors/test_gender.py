"""He and she agree in gender with their antecedent when the article says the person's gender (issue 14): an
honorific or gendered title before the name ("Ms Merkel"), or a "she" the resolver reads as the person's own speech.
Where the article says nothing, the gender the office-holder data record decides; where neither does, salience."""

from __future__ import annotations

from detente import code_text
from detente.actors import coreference
from detente.actors.gender import gender_of, recorded_gender
from detente.nlp import get_nlp

MEETING = "French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Monday."


def pairs(text: str, date: str = "2018-05-14") -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date=date)}


def test_she_takes_the_woman_the_article_names_so() -> None:
    found = pairs(f"{MEETING} She criticized Russia. Ms Merkel has led Germany since 2005.")
    assert ("DEUGOV", "RUS") in found
    assert ("FRAGOV", "RUS") not in found


def test_he_is_not_the_woman() -> None:
    found = pairs(f"{MEETING} He criticized Russia. Ms Merkel has led Germany since 2005.")
    assert ("FRAGOV", "RUS") in found
    assert ("DEUGOV", "RUS") not in found


def test_without_the_article_s_word_the_recorded_gender_decides() -> None:
    # the article says nothing of Merkel's gender; the office-holder data record it
    found = pairs(f"{MEETING} She criticized Russia.")
    assert ("DEUGOV", "RUS") in found
    assert ("FRAGOV", "RUS") not in found
    found = pairs(f"{MEETING} He criticized Russia.")
    assert ("FRAGOV", "RUS") in found
    assert ("DEUGOV", "RUS") not in found


def test_with_no_gender_known_salience_decides() -> None:
    # neither man's gender is recorded nor said: the subject of the sentence before
    found = pairs(
        "French President Emmanuel Macron met Russian President Vladimir Putin on Monday. He criticized Iran."
    )
    assert ("FRAGOV", "IRN") in found
    assert ("RUSGOV", "IRN") not in found


def test_the_recorded_gender_of_an_office_holder() -> None:
    doc = get_nlp()("Angela Merkel met Emmanuel Macron. Merkel spoke.")
    by_text = {e.text: recorded_gender(e[-1]) for e in doc.ents if e.label_ == "PERSON"}
    assert by_text["Angela Merkel"] == "female"
    assert by_text["Merkel"] == "female"
    assert by_text["Emmanuel Macron"] is None  # not recorded: nothing is guessed


def _genders(text: str) -> dict[str, str | None]:
    doc = get_nlp()(text)
    return {e.text: gender_of(e[-1], coreference.speaker_of) for e in doc.ents if e.label_ == "PERSON"}


def test_a_relative_s_title_is_not_the_gender_of_another_person_of_the_name() -> None:
    found = _genders(
        "Former US President Bill Clinton met Chinese President Xi Jinping in Beijing on Monday. "
        "His wife Hillary Clinton stayed home. He criticized Japan."
    )
    assert found["Hillary Clinton"] == "female"
    assert found["Bill Clinton"] is None  # "his wife Hillary Clinton" says nothing of Bill
    # one person of the name: a bare "Mrs Clinton" speaks for the full name
    assert _genders("Hillary Clinton met Xi Jinping on Monday. Mrs Clinton criticized Japan.")["Hillary Clinton"] == (
        "female"
    )
