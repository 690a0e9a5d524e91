"""A deed still dated by the article takes the one past day a later sentence gives it when it tells it again with a
definite event noun naming no party ("The Saturday strike killed 12": ``events/backday.back_day``).

The day is recorded as carried from the later sentence (``evidence.date_from``). The noun must be the re-mention's
own choice of that deed (one doer of the root told in the sentence before it, no other doer told shortly before),
name no party of its own, and give one past day of the news in its own words: the day its own modifier while its
clause states it, or a day hanging directly on a verb saying the deed happened whose subject it is. Not under a
modal, a condition, a negation, a past perfect or a verb of denial; no range ("since Saturday"); no deed told over a
span. Each must-not has its positive twin: the same story with the day given back.
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
    assert _dates(f"{DEED} {SATURDAY_STRIKE}", 0) == {_saturday(1)}


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
    both = "The Saturday strike killed 12 people, and the strike on Sunday wounded 30 others."
    assert _dates(f"{DEED} {both}", 0) == {UNDATED}
    sunday = "The strike on Sunday wounded 30 others."
    assert _dates(f"{DEED} {sunday}", 0) == {("2016-10-02", "day", "Sunday", 1)}


def test_a_deed_with_a_day_of_its_own_keeps_it() -> None:
    monday = "Turkish jets struck Kurdish fighters near Afrin on Monday."
    assert _dates(f"{monday} {SATURDAY_STRIKE}", 0) == {("2016-10-03", "day", "Monday", None)}
    assert _dates(f"{DEED} {SATURDAY_STRIKE}", 0) == {_saturday(1)}


def test_the_noun_reaches_back_at_most_the_windows_sentence() -> None:
    assert _dates(f"{DEED} {ASIDE} {SATURDAY_STRIKE}", 0) == {UNDATED}
    assert _dates(f"{DEED} {SATURDAY_STRIKE}", 0) == {_saturday(1)}


def test_every_target_of_the_one_doer_takes_the_day_but_two_doers_give_none() -> None:
    deadliest = "The Saturday strikes were the deadliest this year."
    one_doer = "Turkish jets struck Kurdish fighters near Afrin and bombed Syrian troops near Manbij."
    assert _dates(f"{one_doer} {deadliest}", 0) == {_saturday(1)}
    two_doers = "Turkish jets struck Kurdish fighters near Afrin, and Syrian troops shelled rebels near Idlib."
    assert _dates(f"{two_doers} {deadliest}", 0) == {UNDATED}


def test_a_day_on_another_partys_response_to_the_deed_is_not_the_deeds() -> None:
    for response in (
        "The strike was condemned on Saturday by the United Nations.",
        "The strike was announced by the ministry on Saturday.",
        "The strike was discussed at the Security Council on Saturday.",
        "The strike was reported on Saturday.",
    ):
        assert _dates(f"{DEED} {response}", 0) == {UNDATED}, response
    # a verb saying the deed happened gives it its day
    for deed in ("The strike was carried out on Saturday.", "The strike took place on Saturday."):
        assert _dates(f"{DEED} {deed}", 0) == {_saturday(1)}, deed


def test_a_dated_noun_naming_another_deed_than_its_clauses_gives_no_day() -> None:
    for aside in (
        "It was the worst raid since the Saturday strike.",
        "The strike was the deadliest since the raid on Saturday.",
        "The strike came two days after the attack on Saturday.",
        "The army said the strike was a reply to the rocket attack on Saturday.",
    ):
        assert _dates(f"{DEED} {aside}", 0) == {UNDATED}, aside
    # the dated noun as what its clause states, a copula included
    assert _dates(f"{DEED} Rebels said the Saturday strike was a war crime.", 0) == {_saturday(1)}


def test_a_denied_deed_gives_no_day() -> None:
    assert _dates(f"{DEED} The strike was not carried out on Saturday, officials said.", 0) == {UNDATED}
    assert _dates(f"{DEED} Ankara said the strike did not happen on Saturday.", 0) == {UNDATED}
    assert _dates(f"{DEED} Ankara said the strike happened on Saturday.", 0) == {_saturday(1)}


def test_the_day_must_hang_on_the_deeds_verb_itself() -> None:
    assert _dates(f"{DEED} The strike followed the Saturday bombing.", 0) == {UNDATED}
    assert _dates(f"{DEED} The raid was carried out on Saturday.", 0) == {_saturday(1)}


def test_a_range_of_days_gives_no_day() -> None:
    assert _dates(f"{DEED} The strike was the second since Saturday.", 0) == {UNDATED}
    assert _dates(f"{DEED} The strike on Saturday was the second this month.", 0) == {_saturday(1)}


def test_a_deed_before_the_told_one_gives_no_day() -> None:
    earlier = "The hospital had already been damaged in the Saturday strike."
    assert _dates(f"{DEED} {earlier}", 0) == {UNDATED}
    assert _dates(f"{DEED} The hospital was damaged in the Saturday strike.", 0) == {_saturday(1)}


def test_a_deed_told_over_a_span_takes_no_one_day() -> None:
    span = "Turkish jets struck Kurdish fighters near Afrin throughout the war."
    assert _dates(f"{span} {SATURDAY_STRIKE}", 0) == {UNDATED}
    assert _dates(f"{DEED} {SATURDAY_STRIKE}", 0) == {_saturday(1)}


def test_a_question_tells_no_day() -> None:
    assert _dates(f"{DEED} Was the strike carried out on Saturday?", 0) == {UNDATED}
    assert _dates(f"{DEED} The strike was carried out on Saturday.", 0) == {_saturday(1)}


def test_a_passive_subject_of_a_verb_of_force_is_what_was_acted_on_not_the_deed() -> None:
    """s31 second review: "the strike was attacked in parliament on Saturday" tells what another party did to it;
    only a verb whose passive subject is the deed itself (``standing.back_day_passive_verbs``) dates it."""
    for acted_on in (
        "The strike was attacked in parliament on Saturday.",
        "The strike was targeted in a UN resolution on Saturday.",
        "The strike was claimed on Saturday.",
    ):
        assert _dates(f"{DEED} {acted_on}", 0) == {UNDATED}, acted_on
    assert _dates(f"{DEED} The strike was launched on Saturday.", 0) == {_saturday(1)}
    assert _dates(f"{DEED} The strike hit a school on Saturday.", 0) == {_saturday(1)}


def test_a_deed_told_as_a_habit_every_week_takes_no_one_day() -> None:
    habit = "Turkish jets struck Kurdish fighters near Afrin every week."
    assert _dates(f"{habit} {SATURDAY_STRIKE}", 0) == {UNDATED}
    assert _dates(f"{DEED} {SATURDAY_STRIKE}", 0) == {_saturday(1)}
