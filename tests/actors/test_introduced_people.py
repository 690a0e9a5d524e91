"""A surname or a pronoun that reads back to a person says which mention it came from: the words that named the person
in full and their sentence, so that a reader of ``explain``'s reasons can check the reading."""

from __future__ import annotations

import datetime as dt

from tests.patterns import code_patterns

from detente import code_text
from detente.actors import ArticleContext, resolve
from detente.actors.coreference import antecedent, why_unresolved
from detente.events.coder import remember_actors
from detente.pipeline import Coder


def read(text: str, day: str, word: str) -> tuple[str | None, str]:
    """The code and the reason the last occurrence of ``word`` resolves to, read with the article's memory up to its
    sentence (as the coder reads it)."""
    coder = Coder()
    doc = coder.prepare(coder.nlp(text))
    ctx = ArticleContext(date=dt.date.fromisoformat(day))
    head = [t for t in doc if t.text == word][-1]
    for sent in doc.sents:
        remember_actors(sent, ctx)
        if sent.start <= head.i < sent.end:
            break
    if head.pos_ == "PRON":
        found = antecedent(head, ctx)
        return (found[0].code, found[1]) if found else (None, why_unresolved(head, ctx) or "")
    resolved = resolve(head, ctx)
    return (resolved.actor.code, resolved.why) if resolved else (None, "")


def test_a_surname_says_which_mention_named_the_person_in_full() -> None:
    text = (
        "Lena Varga, a senior Hungarian diplomat, arrived in Belgrade on Monday. "
        "The talks were delayed by a storm. "
        "Varga criticized Croatia on Tuesday."
    )
    code, why = read(text, "2019-03-04", "Varga")
    assert code == "HUNGOV"
    assert "'Lena Varga' (sentence 0)" in why
    # the twin: a private person's description gives no code, and so nothing for the surname to come from
    code, why = read(text.replace("a senior Hungarian diplomat", "a Hungarian student"), "2019-03-04", "Varga")
    assert code is None


def test_a_pronoun_says_which_mention_it_took() -> None:
    text = "Lena Varga, a senior Hungarian diplomat, arrived in Belgrade on Monday. She criticized Croatia on Tuesday."
    code, why = read(text, "2019-03-04", "She")
    assert code == "HUNGOV"
    assert "'senior Hungarian diplomat' (sentence 0)" in why  # the description in apposition is her mention too
    # the twin: two people of unknown gender, both subjects of the sentence before, leave "she" unresolved
    text = (
        "Lena Varga, a senior Hungarian diplomat, and Robin Kovacs, a senior Slovak diplomat, arrived in Belgrade on "
        "Monday. "
        "She criticized Croatia on Tuesday."
    )
    code, why = read(text, "2019-03-04", "She")
    assert code is None
    assert "several agree" in why


def test_an_event_keeps_why_its_parties_were_read_so() -> None:
    text = (
        "Lena Varga, a senior Hungarian diplomat, arrived in Belgrade on Monday. "
        "The talks were delayed by a storm. Varga criticized Croatia on Tuesday."
    )
    events = [e for e in code_text(text, date="2019-03-04") if e.evidence.trigger == "criticized"]
    assert [e.source.code for e in events] == ["HUNGOV"]
    assert "'Lena Varga' (sentence 0)" in (events[0].evidence.source_why or "")
    assert "HRV" in (events[0].evidence.target_why or "")  # the twin: a country read by its entry, no mention
    assert "named in full" not in (events[0].evidence.target_why or "")


def _pairs(text: str, day: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in code_patterns(text, day)}


def test_a_third_person_pronoun_in_the_speakers_own_words_is_not_the_speaker() -> None:
    opening = "Russian President Vladimir Putin arrived in Ankara on Monday. "
    quoted = opening + '"He criticized Ukraine again," Turkish Foreign Minister Mevlut Cavusoglu said.'
    found = _pairs(quoted, "2019-03-04")
    assert ("TURGOV", "UKR") not in found  # the minister would have said "I"
    assert ("RUSGOV", "UKR") in found  # he is the person named before
    # the twins: outside the quotation marks the same "he" is the speaker, and so is an "I" inside them
    reported = opening + "Turkish Foreign Minister Mevlut Cavusoglu said he criticized Ukraine again."
    assert ("TURGOV", "UKR") in _pairs(reported, "2019-03-04")
    first = opening + '"I criticized Ukraine again," Turkish Foreign Minister Mevlut Cavusoglu said.'
    assert ("TURGOV", "UKR") in _pairs(first, "2019-03-04")


def _whys(text: str, trigger: str) -> list[tuple[str, str | None]]:
    events = [e for e in code_text(text, date="2019-03-04") if e.evidence.trigger == trigger]
    return [(e.source.code, e.evidence.source_why) for e in events]


def test_the_phrase_that_introduces_a_person_keeps_its_own_reason() -> None:
    # the title phrase that names the person in full is read by its title and demonym, not as its own antecedent
    titled = _whys("Slovak Interior Minister Pavol Horak criticized Austria on Monday.", "criticized")
    assert [code for code, _ in titled] == ["SVKGOV"]
    assert "named in full" not in (titled[0][1] or "")
    assert "Slovak" in (titled[0][1] or "")
    described = _whys("Pavol Horak, a senior Slovak diplomat, criticized Austria on Monday.", "criticized")
    assert [code for code, _ in described] == ["SVKGOV"]
    assert "described as 'diplomat'" in (described[0][1] or "")
    # the twin: the surname in a later sentence is read back to that introduction, and says so
    later = _whys(
        "Slovak Interior Minister Pavol Horak arrived in Vienna on Monday. Horak criticized Austria on Tuesday.",
        "criticized",
    )
    assert [code for code, _ in later] == ["SVKGOV"]
    assert "the person named in full as 'Pavol Horak' (sentence 0)" in (later[0][1] or "")


def test_the_speakers_own_mentions_are_no_antecedent_of_a_pronoun_in_the_quote() -> None:
    # the speaker named before by full name, then "He ... ," the speaker said: he is not the speaker
    own = 'Chinese Foreign Minister Wang Yi arrived in Hanoi on Monday. "He will visit Laos," Wang said.'
    assert ("CHNGOV", "LAO") not in _pairs(own, "2019-03-04")
    # the twin: someone else named before is whom he reads back to
    other = (
        'Chinese Foreign Minister Wang Yi arrived in Hanoi on Monday. "He will visit Laos," '
        "Vietnamese Foreign Minister Pham Binh Minh said."
    )
    assert ("CHNGOV", "LAO") in _pairs(other, "2019-03-04")
    # a speaker introducing the quotation in the pronoun's own sentence: not "he" either, the one named before is
    colon = (
        "Chinese Foreign Minister Wang Yi arrived in Hanoi on Monday. "
        'Vietnamese Foreign Minister Pham Binh Minh told reporters: "He criticized Japan again."'
    )
    found = _pairs(colon, "2019-03-04")
    assert ("VNMGOV", "JPN") not in found
    assert ("CHNGOV", "JPN") in found


def test_a_quotation_running_over_two_sentences_is_still_the_speakers() -> None:
    opening = "Chinese Foreign Minister Wang Yi arrived in Hanoi on Monday. "
    speaker = "Vietnamese Foreign Minister Pham Binh Minh"
    quoted = opening + f'"We agreed on much. He will visit Laos," {speaker} said.'
    found = _pairs(quoted, "2019-03-04")
    assert ("VNMGOV", "LAO") not in found  # the quotation opened a sentence before: he is not the minister
    assert ("CHNGOV", "LAO") in found
    # the twin: with no quotation marks the minister says he himself will go
    reported = opening + f"We agreed on much. {speaker} said he will visit Laos."
    assert ("VNMGOV", "LAO") in _pairs(reported, "2019-03-04")


def test_a_pronoun_read_back_to_a_pronoun_names_the_person_too() -> None:
    text = (
        "Slovak Interior Minister Pavol Horak arrived in Vienna on Monday. He met Austrian officials. "
        "He criticized Austria on Tuesday."
    )
    [(code, why)] = _whys(text, "criticized")
    assert code == "SVKGOV"
    assert "'He' (sentence 1), that is 'Slovak Interior Minister Pavol Horak' (sentence 0)" in (why or "")
    # the twin: a pronoun reading back to the full name itself says it once
    text = "Slovak Interior Minister Pavol Horak arrived in Vienna on Monday. He criticized Austria on Tuesday."
    [(code, why)] = _whys(text, "criticized")
    assert code == "SVKGOV"
    assert "'Slovak Interior Minister Pavol Horak' (sentence 0)" in (why or "")
    assert "that is" not in (why or "")
