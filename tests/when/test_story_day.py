"""A deed whose sentence dates nothing falls on the story's day when the article states one day before it
(``when/story.py``): "Syrian jets bombed Douma on Sunday ... Rebels shelled army positions in Hama." dates the
shelling Sunday, not the article's Tuesday. Two different days before it, or a day of its own sentence it did not
attach, and the article's date stays; words told later (the day's reactions) keep the article's date. Either way the
date stays flagged ``article`` (not read from its clause), so what reads "dated by its own clause" does not change."""

from __future__ import annotations

import detente

TUESDAY = "2018-07-17"  # Sunday 07-15, Monday 07-16


def _second(text: str) -> tuple[str, str, str | None]:
    events = [e for e in detente.code_text(text, date=TUESDAY) if e.sentence_index == 1]
    assert len(events) == 1, events
    e = events[0]
    return e.date.isoformat(), e.date_precision, e.evidence.date_text


def test_an_undated_event_takes_the_one_day_the_story_stated_before_it() -> None:
    text = "Syrian jets bombed the rebel-held town of Douma on Sunday, a monitor said. Rebels shelled army positions."
    assert _second(text) == ("2018-07-15", "article", "Sunday")


def test_words_told_later_keep_the_articles_date() -> None:
    text = (
        "Syrian jets bombed the rebel-held town of Douma on Sunday, a monitor said. "
        "Turkey condemned the Syrian government."
    )
    assert _second(text) == (TUESDAY, "article", None)


def test_two_days_before_it_leave_the_articles_date() -> None:
    text = (
        "Syrian jets bombed the rebel-held town of Douma on Sunday, and Russian jets bombed Idlib on Monday. "
        "Rebels shelled army positions."
    )
    assert _second(text) == (TUESDAY, "article", None)


def test_an_event_of_a_story_with_no_day_keeps_the_articles_date() -> None:
    text = "Syrian jets bombed the rebel-held town of Douma, a monitor said. Rebels shelled army positions."
    assert _second(text) == (TUESDAY, "article", None)


def test_a_sentence_with_a_day_of_its_own_carries_nothing() -> None:
    import datetime as dt

    from detente.events.dating import sentence_dates
    from detente.nlp import get_nlp
    from detente.when.story import story_day

    nlp = get_nlp()
    day = dt.date.fromisoformat(TUESDAY)
    doc = nlp("Syrian jets bombed Douma on Sunday. Rebels shelled army positions. On Monday talks began.")
    first, second, third = list(doc.sents)
    assert story_day(second, day, sentence_dates).date == dt.date(2018, 7, 15)
    assert story_day(third, day, sentence_dates) is None
    assert story_day(first, day, sentence_dates) is None


def test_a_reported_deed_keeps_the_articles_date() -> None:
    text = (
        "Syrian jets bombed the rebel-held town of Douma on Sunday, a monitor said. "
        "The army said rebels shelled army positions."
    )
    events = [e for e in detente.code_text(text, date=TUESDAY) if e.sentence_index == 1]
    assert events and all(e.date.isoformat() == TUESDAY for e in events)
