"""An event of no date words takes the day of the nearest earlier sentence that names a time, some sentences back,
when that time is one past day and an event of that sentence dated that day has the same source (``story_day``).

The story goes on about the same actor on the day it fixed; another party's deed or reaction told after it, a time
named on the way, or a deed told as earlier (past perfect) is not dated by it. Each must-not has its positive twin:
the same story with a deed of the same actor, told in the past, after a sentence that names no time.
"""

from __future__ import annotations

import detente

ARTICLE = "2016-10-05"  # a Wednesday: Monday is 10-03
MONDAY = ("2016-10-03", "day", "Monday", 0)
UNDATED = (ARTICLE, "article", None, None)
DATED = "Turkish jets struck Kurdish fighters near Afrin on Monday."
ASIDE = "The town lies near the border."
SAME = "Turkish troops shelled Kurdish positions near Afrin, killing 12 people."
OTHER = "Iraqi troops shelled Islamic State positions near Mosul, killing 12 people."


def _dates(text: str, sentence: int) -> set[tuple[str, str, str | None, int | None]]:
    events = [e for e in detente.code_text(text, date=ARTICLE) if e.sentence_index == sentence]
    assert events, "the probe's event must be coded for the date to be checked"
    return {(e.date.isoformat(), e.date_precision, e.evidence.date_text, e.evidence.date_from) for e in events}


def test_the_day_of_the_same_actor_two_sentences_back_is_carried_and_its_sentence_recorded() -> None:
    assert _dates(f"{DATED} {ASIDE} {SAME}", 2) == {MONDAY}


def test_another_partys_deed_two_sentences_back_keeps_the_articles_date() -> None:
    assert _dates(f"{DATED} {ASIDE} {OTHER}", 2) == {UNDATED}
    assert _dates(f"{DATED} {ASIDE} {SAME}", 2) == {MONDAY}


def test_a_reaction_of_the_dated_deeds_target_keeps_the_articles_date() -> None:
    # the party shared in the other role: the target of Monday's strike accuses the striker, on a day not told
    reaction = "Kurdish fighters accused Turkey of killing civilians near Afrin."
    assert _dates(f"{DATED} {ASIDE} {reaction}", 2) == {UNDATED}
    assert _dates(f"{DATED} {ASIDE} {SAME}", 2) == {MONDAY}


def test_a_third_partys_deed_against_the_same_target_keeps_the_articles_date() -> None:
    # only the target is shared (the rebels near Idlib are coded as the Kurdish fighters are)
    third = "Syrian troops shelled rebel positions near Idlib, killing 12 people."
    assert _dates(f"{DATED} {ASIDE} {third}", 2) == {UNDATED}
    assert _dates(f"{DATED} {ASIDE} {SAME}", 2) == {MONDAY}


def test_a_sentence_between_naming_another_time_stops_the_search() -> None:
    for between in (
        "In 2014 the town changed hands twice.",
        "Last month the town changed hands.",
        "Last week the town changed hands.",
        "In March the town changed hands.",
    ):
        assert _dates(f"{DATED} {ASIDE} {between} {SAME}", 3) == {UNDATED}, between
    assert _dates(f"{DATED} {ASIDE} {ASIDE} {SAME}", 3) == {MONDAY}


def test_a_month_of_a_subordinate_clause_between_does_not_stop_the_search() -> None:
    # the time dates no main clause: the story stays on Monday
    subordinate = "The town has been tense since its council voted in March."
    assert _dates(f"{DATED} {ASIDE} {subordinate} {SAME}", 3) == {MONDAY}
    main = "In March the town changed hands."
    assert _dates(f"{DATED} {ASIDE} {main} {SAME}", 3) == {UNDATED}


def test_a_deed_told_in_the_past_perfect_keeps_the_articles_date() -> None:
    earlier = "Turkish troops had shelled Kurdish positions near Afrin, killing 12 people."
    assert _dates(f"{DATED} {ASIDE} {earlier}", 2) == {UNDATED}
    assert _dates(f"{DATED} {ASIDE} {SAME}", 2) == {MONDAY}


def test_a_deed_told_in_the_present_or_as_a_hypothesis_keeps_the_articles_date() -> None:
    # the same actor (Turkey) in all three: only the deed told in the past is carried
    dated = "Turkey accused Kurdish fighters of attacks near Afrin on Monday."
    present = "Turkey is accusing Kurdish fighters of attacks near Afrin."
    assert _dates(f"{dated} {ASIDE} {present}", 2) == {UNDATED}
    hypothetical = "Turkey would condemn Kurdish fighters near Afrin."
    assert _dates(f"{dated} {ASIDE} {hypothetical}", 2) == {UNDATED}
    past = "Turkey condemned Kurdish fighters near Afrin."
    assert _dates(f"{dated} {ASIDE} {past}", 2) == {MONDAY}


def test_a_day_of_history_is_not_carried() -> None:
    # more than a month before the article (``before_the_news``): history, not the story's day
    history = "Turkish jets struck Kurdish fighters near Afrin on August 1."
    assert _dates(f"{history} {ASIDE} {SAME}", 2) == {UNDATED}
    recent = "Turkish jets struck Kurdish fighters near Afrin on October 3."
    assert _dates(f"{recent} {ASIDE} {SAME}", 2) == {("2016-10-03", "day", "October 3", 0)}


def test_a_day_after_the_articles_is_not_carried() -> None:
    ahead = "Turkish jets struck Kurdish fighters near Afrin on October 9."
    assert _dates(f"{ahead} {ASIDE} {SAME}", 2) == {UNDATED}
    recent = "Turkish jets struck Kurdish fighters near Afrin on October 3."
    assert _dates(f"{recent} {ASIDE} {SAME}", 2) == {("2016-10-03", "day", "October 3", 0)}


def test_two_days_in_the_earlier_sentence_leave_the_articles_date() -> None:
    two = "Turkish jets struck Kurdish fighters near Afrin on Monday after Kurdish fighters fired rockets on Sunday."
    assert _dates(f"{two} {ASIDE} {SAME}", 2) == {UNDATED}
    assert _dates(f"{DATED} {ASIDE} {SAME}", 2) == {MONDAY}


def test_a_day_told_ahead_in_the_earlier_sentence_is_not_carried() -> None:
    ahead = "Turkish officials will meet Kurdish leaders near Afrin on Friday."
    assert _dates(f"{ahead} {ASIDE} {SAME}", 2) == {UNDATED}
    assert _dates(f"{DATED} {ASIDE} {SAME}", 2) == {MONDAY}


def test_a_day_past_the_reach_is_not_carried() -> None:
    asides = " ".join([ASIDE] * 6)  # seven sentences back: past ``story_day_sentences`` (6)
    assert _dates(f"{DATED} {asides} {SAME}", 7) == {UNDATED}
    within = " ".join([ASIDE] * 4)
    assert _dates(f"{DATED} {within} {SAME}", 5) == {MONDAY}


def test_a_day_in_the_sentence_just_before_stops_the_search() -> None:
    # the sentence just before names a day only its relative clause is dated by (``carried_day`` does not carry it):
    # the nearer day is the story's, so the day further back is not reached
    nearer = "Iran, which signed a deal with Russia on Sunday, lies to the east."
    assert _dates(f"{DATED} {nearer} {SAME}", 2) == {UNDATED}
    assert _dates(f"{DATED} {ASIDE} {SAME}", 2) == {MONDAY}
