"""A deed told in a clause that a counted measure of time opens ("two days after the premier met the president") is
dated that many days from the day of the clause the measure hangs on (s33-days, ``dating.offset_day``). Each counted
day is paired with a reading that keeps the plain date: an inexact measure, a counted-from clause told in the past
with no day of its own, a day the deed's own clause names."""

from __future__ import annotations

import detente

SUNDAY = "2017-01-29"  # Friday 01-27, Thursday 01-26, Wednesday 01-25; Monday 01-23, Sunday a week before 01-22


def _days(text: str, date: str = SUNDAY) -> set[tuple[str, str]]:
    return {(e.cameo.code, e.date.isoformat()) for e in detente.code_text(text, date=date)}


def test_a_deed_counted_back_from_a_present_clause_takes_the_counted_day() -> None:
    """ "come two days after X met Y" is told on the article's day: the meeting is two days before it. With "more
    than" the measure names no day and the meeting keeps the article's date."""
    counted = _days("The protests come just two days after Theresa May met Donald Trump in Washington.")
    vague = _days("The protests come more than two days after Theresa May met Donald Trump in Washington.")
    assert ("040", "2017-01-27") in counted
    assert ("040", "2017-01-29") not in counted
    assert ("040", "2017-01-29") in vague
    assert ("040", "2017-01-27") not in vague


def test_a_deed_counted_from_a_dated_clause_takes_that_day_moved() -> None:
    """ "met in Tokyo on Friday, a day after Trump praised Abe" counts from Friday: the praise is Thursday's. A day
    named in the deed's own clause ("a day after Trump praised Abe on Wednesday") is the deed's and stays."""
    counted = _days("The Japanese cabinet met in Tokyo on Friday, a day after Donald Trump praised Shinzo Abe.")
    own = _days("The cabinet met in Tokyo on Friday, a day after Donald Trump praised Shinzo Abe on Wednesday.")
    assert ("051", "2017-01-26") in counted
    assert ("051", "2017-01-27") not in counted
    assert ("051", "2017-01-25") in own
    assert ("051", "2017-01-26") not in own


def test_a_past_clause_with_no_day_of_its_own_counts_nothing() -> None:
    """ "News of it came a day after X praised Y": the clause counted from is told in the past with no day, so its
    day is only the article's fallback, and a day counted from a fallback is no day the text gives: the praise keeps
    the article's date. Told in the present ("comes a week after"), the counted day is read."""
    past = _days("News of the resignation came a day after Donald Trump praised Shinzo Abe.")
    present = _days("The resignation comes a week after Donald Trump praised Shinzo Abe.")
    assert ("051", "2017-01-29") in past
    assert ("051", "2017-01-28") not in past
    assert ("051", "2017-01-22") in present
    assert ("051", "2017-01-29") not in present


def test_before_counts_ahead_and_a_vague_measure_counts_nothing() -> None:
    """ "met X on Wednesday, two days before he visited Y": the journey is two days after Wednesday (Friday).
    "some days before" counts nothing: the journey keeps the meeting's Wednesday, the day the sentence names."""
    met = "German Chancellor Angela Merkel met French President Francois Hollande in Paris on Wednesday"
    counted = _days(met + ", two days before Hollande visited Russian President Vladimir Putin in Moscow.")
    vague = _days(met + ", some days before Hollande visited Russian President Vladimir Putin in Moscow.")
    assert ("042", "2017-01-27") in counted
    assert ("042", "2017-01-25") not in counted
    assert ("042", "2017-01-27") not in vague
    assert ("042", "2017-01-25") in vague
