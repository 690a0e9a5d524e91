"""A deed still dated by the article takes the one past day a later sentence gives it when it tells it again with a
definite event noun naming no party ("The Saturday strike killed 12": ``events/backday.back_day``).

The day is recorded as carried from the later sentence (``evidence.date_from``). The noun must be the re-mention's
own choice of that deed (one doer of the root told within ``standing.back_day_sentences`` before it, no other doer
told shortly before), name no party of its own, give one past day of the news in its own words, and not sit under a
modal, a condition or a verb of denial. Each must-not has its positive twin: the same story with the day given back.
"""

from __future__ import annotations

import detente

ARTICLE = "2016-10-05"  # a Wednesday: the Saturday before is 10-01
DEED = "Turkish jets struck Kurdish fighters near Afrin."
ASIDE = "The town lies near the border."
SATURDAY_STRIKE = "The Saturday strike killed 12 people."
UNDATED = (ARTICLE, "article", None, None)


def _dates(text: str, sentence: int) -> set[tuple[str, str, str | None, int | None]]:
    events = [e for e in detente.code_text(text, date=ARTICLE) if e.sentence_index == sentence]
    assert events, "the probe's event must be coded for the date to be checked"
    return {(e.date.isoformat(), e.date_precision, e.evidence.date_text, e.evidence.date_from) for e in events}


def _saturday(sentence: int) -> tuple[str, str, str, int]:
    return ("2016-10-01", "day", "Saturday", sentence)


def test_a_day_owning_the_later_noun_dates_the_deed_it_tells_again() -> None:
    assert _dates(f"{DEED} {SATURDAY_STRIKE}", 0) == {_saturday(1)}
    assert _dates(f"{DEED} The strike killed 12 people.", 0) == {UNDATED}


def test_the_day_on_the_noun_or_on_the_verb_it_is_the_subject_of_dates_the_deed() -> None:
    assert _dates(f"{DEED} The strike on Saturday killed 12 people.", 0) == {_saturday(1)}
    assert _dates(f"{DEED} The raid was carried out on Saturday.", 0) == {_saturday(1)}
    # a day of a modal clause is no day the deed was done on
    assert _dates(f"{DEED} The raid will be investigated on Saturday.", 0) == {UNDATED}


def test_a_copula_about_the_dated_noun_still_gives_its_day() -> None:
    assert _dates(f"{DEED} The Saturday strike was the deadliest this year.", 0) == {_saturday(1)}
    assert _dates(f"{DEED} The strike was the deadliest this year.", 0) == {UNDATED}


def test_a_relative_clause_of_the_noun_dates_the_deed_and_the_re_mention_itself() -> None:
    bombed = "Turkish jets bombed Kurdish fighters near Afrin."
    text = f"{bombed} The bombardment, which hit five villages on Saturday, killed 12."
    assert _dates(text, 0) == {_saturday(1)}
    # the re-mention coded from that noun has the day as its own words (no date_from)
    assert _dates(text, 1) == {("2016-10-01", "day", "Saturday", None)}
    plain = f"{bombed} The bombardment, which hit five villages, killed 12."
    assert _dates(plain, 0) == {UNDATED}
    # a modal relative clause tells what the deed may do, not the day it was done
    feared = f"{bombed} The bombardment, which could hit five villages on Saturday, is feared."
    assert _dates(feared, 0) == {UNDATED}


def test_another_doer_of_such_deeds_told_between_leaves_the_articles_date() -> None:
    other = "Syrian troops shelled rebel positions near Idlib."
    assert _dates(f"{DEED} {other} {SATURDAY_STRIKE}", 0) == {UNDATED}
    assert _dates(f"{DEED} {ASIDE} {SATURDAY_STRIKE}", 0) == {_saturday(2)}


def test_a_noun_naming_its_own_target_or_doer_gives_no_day_back() -> None:
    assert _dates(f"{DEED} The Saturday strike on Russian troops killed 12 people.", 0) == {UNDATED}
    assert _dates(f"{DEED} The Saturday strike by Syrian jets killed 12 people.", 0) == {UNDATED}
    assert _dates(f"{DEED} {SATURDAY_STRIKE}", 0) == {_saturday(1)}


def test_a_day_after_the_articles_date_gives_nothing_back() -> None:
    assert _dates(f"{DEED} The strike on October 7 killed 12 people.", 0) == {UNDATED}
    assert _dates(f"{DEED} The strike on October 3 killed 12 people.", 0) == {("2016-10-03", "day", "October 3", 1)}


def test_a_condition_or_a_denial_gives_no_day_back() -> None:
    assert _dates(f"{DEED} If the Saturday strike killed civilians, Turkey will pay.", 0) == {UNDATED}
    assert _dates(f"{DEED} Ankara denied that the Saturday strike killed civilians.", 0) == {UNDATED}
    assert _dates(f"{DEED} {SATURDAY_STRIKE}", 0) == {_saturday(1)}


def test_two_later_mentions_giving_two_days_give_none() -> None:
    sunday = "The strike on Sunday wounded 30 others."
    assert _dates(f"{DEED} {SATURDAY_STRIKE} {sunday}", 0) == {UNDATED}
    assert _dates(f"{DEED} {ASIDE} {sunday}", 0) == {("2016-10-02", "day", "Sunday", 2)}


def test_a_deed_with_a_day_of_its_own_keeps_it() -> None:
    monday = "Turkish jets struck Kurdish fighters near Afrin on Monday."
    assert _dates(f"{monday} {SATURDAY_STRIKE}", 0) == {("2016-10-03", "day", "Monday", None)}
    assert _dates(f"{DEED} {SATURDAY_STRIKE}", 0) == {_saturday(1)}


def test_the_noun_reaches_back_at_most_the_windows_sentences() -> None:
    river, hills = "The town lies near the river.", "The town lies near the hills."
    assert _dates(f"{DEED} {ASIDE} {river} {hills} {SATURDAY_STRIKE}", 0) == {UNDATED}
    assert _dates(f"{DEED} {ASIDE} {river} {SATURDAY_STRIKE}", 0) == {_saturday(3)}


def test_every_target_of_the_one_doer_takes_the_day_but_two_doers_give_none() -> None:
    deadliest = "The Saturday strikes were the deadliest this year."
    one_doer = "Turkish jets struck Kurdish fighters near Afrin and bombed Syrian troops near Manbij."
    assert _dates(f"{one_doer} {deadliest}", 0) == {_saturday(1)}
    two_doers = "Turkish jets struck Kurdish fighters near Afrin, and Syrian troops shelled rebels near Idlib."
    assert _dates(f"{two_doers} {deadliest}", 0) == {UNDATED}
