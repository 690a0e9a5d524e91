"""An event whose sentence has no date words takes the one day the sentence just before states (``carried_day``).

News names a day once and tells its deeds in the sentences after; the guide dates each by the day the text fixed.
Each must-not has its positive twin: the same event after a sentence that does fix one past day of the news.
"""

from __future__ import annotations

import detente

ARTICLE = "2016-10-05"  # a Wednesday: Monday is 10-03
SHELLED = "Syrian troops shelled rebel positions near Idlib, killing 12 people."


def _events(text: str, sentence: int) -> list[detente.Event]:
    events = [e for e in detente.code_text(text, date=ARTICLE) if e.sentence_index == sentence]
    assert events, "the probe's event must be coded for the date to be checked"
    return events


def _dates(text: str, sentence: int) -> set[tuple[str, str, str | None, int | None]]:
    return {
        (e.date.isoformat(), e.date_precision, e.evidence.date_text, e.evidence.date_from)
        for e in _events(text, sentence)
    }


def test_the_day_of_the_sentence_before_is_carried_and_its_sentence_recorded() -> None:
    text = f"Turkish jets struck Kurdish fighters near Afrin on Monday. {SHELLED}"
    assert _dates(text, 1) == {("2016-10-03", "day", "Monday", 0)}


def test_a_sentence_before_without_a_day_leaves_the_articles_date() -> None:
    text = f"Turkish jets struck Kurdish fighters near Afrin this week. {SHELLED}"
    assert _dates(text, 1) == {(ARTICLE, "article", None, None)}


def test_a_day_two_sentences_back_is_not_carried_to_another_actors_deed() -> None:
    # two sentences back, only a deed of the same actor takes the day (``story_day``, tests/when/test_story_day.py):
    # the Syrian troops share only the target (the Kurdish fighters and the rebels are both coded SYRREB)
    dated = "Turkish jets struck Kurdish fighters near Afrin on Monday. The town lies near the border."
    same = "Turkish troops shelled Kurdish positions near Afrin, killing 12 people."
    assert _dates(f"{dated} {SHELLED}", 2) == {(ARTICLE, "article", None, None)}
    assert _dates(f"{dated} {same}", 2) == {("2016-10-03", "day", "Monday", 0)}


def test_two_days_in_the_sentence_before_leave_the_articles_date() -> None:
    text = f"Turkish jets struck Afrin on Monday after Kurdish fighters fired rockets on Sunday. {SHELLED}"
    assert _dates(text, 1) == {(ARTICLE, "article", None, None)}


def test_an_event_with_its_own_day_keeps_it() -> None:
    text = "Turkish jets struck Kurdish fighters near Afrin on Monday. Syrian troops shelled Idlib on Sunday."
    assert _dates(text, 1) == {("2016-10-02", "day", "Sunday", None)}


def test_a_hypothetical_after_a_dated_sentence_keeps_the_articles_date() -> None:
    dated = "Turkish jets struck Kurdish fighters near Afrin on Monday."
    assert _dates(f"{dated} Iran would condemn Turkey.", 1) == {(ARTICLE, "article", None, None)}
    assert _dates(f"{dated} Iran condemned Turkey.", 1) == {("2016-10-03", "day", "Monday", 0)}


def test_a_present_statement_after_a_dated_sentence_keeps_the_articles_date() -> None:
    dated = "Turkish jets struck Kurdish fighters near Afrin on Monday."
    assert _dates(f"{dated} Iran says it condemns Turkey.", 1) == {(ARTICLE, "article", None, None)}
    assert _dates(f"{dated} Iran is accusing Turkey of war crimes.", 1) == {(ARTICLE, "article", None, None)}
    # the twins told in the past, a past perfect and a passive in the past, take the day
    assert _dates(f"{dated} Iran accused Turkey of war crimes.", 1) == {("2016-10-03", "day", "Monday", 0)}
    assert _dates(f"{dated} Iran had condemned Turkey.", 1) == {("2016-10-03", "day", "Monday", 0)}
    assert _dates(f"{dated} Kurdish fighters were attacked by Turkey.", 1) == {("2016-10-03", "day", "Monday", 0)}


def test_a_day_of_a_relative_clause_in_the_sentence_before_is_not_carried() -> None:
    before = "Turkey, which signed a deal with Russia on Monday, criticized Kurdish fighters."
    assert _dates(f"{before} {SHELLED}", 1) == {(ARTICLE, "article", None, None)}
    main = "Turkey criticized Kurdish fighters on Monday."
    assert _dates(f"{main} {SHELLED}", 1) == {("2016-10-03", "day", "Monday", 0)}


def test_a_day_of_a_subject_clause_in_the_sentence_before_is_not_carried() -> None:
    before = "The truce that began on Monday collapsed near Afrin."
    assert _dates(f"{before} {SHELLED}", 1) == {(ARTICLE, "article", None, None)}
    main = "The truce collapsed near Afrin on Monday."
    assert _dates(f"{main} {SHELLED}", 1) == {("2016-10-03", "day", "Monday", 0)}


def test_a_sentence_with_date_words_of_its_own_takes_no_carried_day() -> None:
    dated = "Turkish jets struck Kurdish fighters near Afrin on Monday."

    def condemned(text: str) -> set[tuple[str, str, int | None]]:
        return {
            (e.date.isoformat(), e.date_precision, e.evidence.date_from)
            for e in _events(text, 1)
            if e.evidence.trigger == "condemned"
        }

    # "on Sunday" dates the relative clause, not the condemning: still no day of the sentence before
    assert condemned(f"{dated} Iran condemned Turkey, whose troops shelled Afrin on Sunday.") == {
        (ARTICLE, "article", None)
    }
    assert condemned(f"{dated} Iran condemned Turkey, whose troops shelled Afrin.") == {("2016-10-03", "day", 0)}
