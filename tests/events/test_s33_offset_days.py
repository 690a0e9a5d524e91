"""A deed told in a clause that a counted measure of time opens ("two days after the premier met the president") is
dated that many days from the day of the clause the measure hangs on (s33-days, ``offset.offset_day``). Each counted
day is paired with a reading that keeps the plain date: an inexact measure, a counted-from clause told in the past
with no day of its own, a day the deed's own clause names."""

from __future__ import annotations

from tests.events.conftest import assert_day, assert_day_pair, dated

SUNDAY = "2017-01-29"  # Friday 01-27, Thursday 01-26, Wednesday 01-25; Monday 01-23, Sunday a week before 01-22


def test_a_deed_counted_back_from_a_present_clause_takes_the_counted_day() -> None:
    """ "come two days after X met Y" is told on the article's day: the meeting is two days before it. With "more
    than" the measure names no day and the meeting keeps the article's date."""
    counted = dated("The strikes come just two days after Francois Hollande met Angela Merkel in Berlin.", SUNDAY)
    vague = dated("The strikes come more than two days after Francois Hollande met Angela Merkel in Berlin.", SUNDAY)
    assert_day_pair("040", (counted, "2017-01-27"), (vague, "2017-01-29"))


def test_a_deed_counted_from_a_dated_clause_takes_that_day_moved() -> None:
    """ "met in Tokyo on Friday, a day after Trump praised Abe" counts from Friday: the praise is Thursday's. A day
    named in the deed's own clause ("a day after Trump praised Abe on Wednesday") is the deed's and stays."""
    counted = dated("The Japanese cabinet met in Tokyo on Friday, a day after Donald Trump praised Shinzo Abe.", SUNDAY)
    own = dated("The cabinet met in Tokyo on Friday, a day after Donald Trump praised Shinzo Abe on Wednesday.", SUNDAY)
    assert_day(counted, "051", "2017-01-26", "2017-01-27")
    assert_day(own, "051", "2017-01-25", "2017-01-26")


def test_a_past_clause_with_no_day_of_its_own_counts_nothing() -> None:
    """ "News of it came a day after X praised Y": the clause counted from is told in the past with no day, so its
    day is only the article's fallback, and a day counted from a fallback is no day the text gives: the praise keeps
    the article's date. Told in the present ("comes a week after"), the counted day is read."""
    past = dated("News of the resignation came a day after Donald Trump praised Shinzo Abe.", SUNDAY)
    present = dated("The resignation comes a week after Donald Trump praised Shinzo Abe.", SUNDAY)
    assert_day(past, "051", "2017-01-29", "2017-01-28")
    assert_day(present, "051", "2017-01-22", "2017-01-29")


def test_before_counts_ahead_and_a_vague_measure_counts_nothing() -> None:
    """ "met X on Wednesday, two days before he visited Y": the journey is two days after Wednesday (Friday).
    "some days before" counts nothing: the journey keeps the meeting's Wednesday, the day the sentence names."""
    met = "German Chancellor Angela Merkel met French President Francois Hollande in Paris on Wednesday"
    counted = dated(met + ", two days before Hollande visited Russian President Vladimir Putin in Moscow.", SUNDAY)
    vague = dated(met + ", some days before Hollande visited Russian President Vladimir Putin in Moscow.", SUNDAY)
    assert_day_pair("042", (counted, "2017-01-27"), (vague, "2017-01-25"))


FRIDAY = "2018-05-04"  # Thursday 05-03, Wednesday 05-02, Monday 04-30, Saturday 04-28, Friday a week before 04-27


def test_a_schedule_told_in_the_present_counts_no_day_from_the_article() -> None:
    """ "The talks open two days after X meets Y", "takes effect a day after", "begins a week before" tell a
    schedule, not the news of the article's day: the deed keeps the article's date. "come ... after X met Y" (a deed
    told done under a verb of the news's moment) is counted back."""
    scheduled = dated("The talks open two days after Donald Trump meets Kim Jong Un in Singapore.", FRIDAY)
    effect = dated("The ceasefire takes effect a day after Israel and Hamas sign the accord.", FRIDAY)
    ahead = dated("The summit begins a week before Donald Trump visits Beijing.", FRIDAY)
    counted = dated("The talks come two days after Donald Trump met Kim Jong Un in Singapore.", FRIDAY)
    assert_day(scheduled, "040", "2018-05-04", "2018-05-02")
    assert_day(effect, "057", "2018-05-04", "2018-05-03")
    assert_day(ahead, "042", "2018-05-04", "2018-05-11")
    assert_day(counted, "040", "2018-05-02", "2018-05-04")


def test_a_day_of_a_clause_told_ahead_counts_nothing() -> None:
    """ "take effect on Monday, a week after W accused M": a present with a day is a schedule whose weekday may be read
    in the wrong week, so nothing is counted from it (the accusation keeps the sentence's day). Told in the past
    ("took effect on Monday"), the accusation is a week before Monday."""
    ahead = dated(
        "The sanctions take effect on Monday, a week after Washington accused Moscow of cyber attacks.", FRIDAY
    )
    past = dated(
        "The sanctions took effect on Monday, a week after Washington accused Moscow of cyber attacks.", FRIDAY
    )
    assert_day_pair("1123", (ahead, "2018-04-30"), (past, "2018-04-23"))


def test_no_day_is_counted_from_a_report_or_another_clauses_deed() -> None:
    """A governing day of a speech verb ("said on Monday that the strike came two days after"), of the main clause
    of a relative clause ("Ghani, who arrived two days after ..., met survivors on Sunday") or of telling ("the
    Kremlin said on Thursday") is not the day the measure is counted from; the clause's own day is."""
    said = dated("Officials said on Monday that the strike came two days after Hamas fired rockets at Israel.", FRIDAY)
    own = dated("The strike came on Monday, two days after Hamas fired rockets at Israel.", FRIDAY)
    relative = (
        "Afghan President Ashraf Ghani, who arrived two days after Taliban fighters attacked Kunduz, met survivors"
    )
    relcl = dated(relative + " on Sunday.", FRIDAY)
    main = dated(
        "Afghan President Ashraf Ghani arrived on Sunday, two days after Taliban fighters attacked Kunduz.", FRIDAY
    )
    told = dated("Putin waited two days before he met Erdogan, the Kremlin said on Thursday.", FRIDAY)
    flew = dated("Putin flew to Ankara on Tuesday, a day before he met Erdogan.", FRIDAY)
    # coded, with no day counted from the report's (which is its own matter)
    assert_day(said, "194", None, "2018-04-28")
    assert_day(own, "194", "2018-04-28")
    assert_day(relcl, "190", None, "2018-04-27")
    assert_day(main, "190", "2018-04-27")
    assert_day(told, "040", None, "2018-05-05")
    assert_day(flew, "040", "2018-05-02")


def test_a_hedge_before_the_measure_counts_nothing_a_manner_adverb_does() -> None:
    """ "comes roughly a week after" (the parser hangs "roughly" on the verb) names no day; an exact measure after a
    manner adverb ("comes awkwardly just a week after") does, and so does a plain one."""
    hedged = dated("The vote comes roughly a week after the European Union condemned Russia.", FRIDAY)
    manner = dated("The vote comes awkwardly just a week after the European Union condemned Russia.", FRIDAY)
    assert_day_pair("111", (hedged, "2018-05-04"), (manner, "2018-04-27"))


def test_a_clause_of_another_verb_with_no_day_counts_nothing() -> None:
    """ "The anniversary falls a week after Iran seized a tanker": "falls" tells no news of the article's day, so
    the seizure keeps the article's date; under "comes" it is a week back."""
    anniversary = dated("The anniversary falls a week after Iran seized a British tanker.", FRIDAY)
    news = dated("The protest comes a week after Iran seized a British tanker.", FRIDAY)
    assert_day_pair("1711", (anniversary, "2018-05-04"), (news, "2018-04-27"))


def test_a_counterfactual_deed_counts_nothing() -> None:
    """ "comes a week after Iran would have seized a tanker" tells a seizure that did not happen: no day is counted
    for it (the modal guard); the same seizure told done ("seized") is a week back."""
    unreal = dated("The protest comes a week after Iran would have seized a British tanker.", FRIDAY)
    done = dated("The protest comes a week after Iran seized a British tanker.", FRIDAY)
    assert ("1711", "2018-04-27") not in unreal
    assert_day(done, "1711", "2018-04-27")


def test_a_present_a_speaker_tells_counts_nothing_from_the_article() -> None:
    """ "The minister said the vote comes a week after X threatened Y": the present is the speaker's, whose day the
    sentence does not give, so the threat keeps the article's date; told by the narrator ("The vote comes a week
    after"), it is a week back."""
    reported = dated("The minister said the vote comes a week after Russia threatened Ukraine.", FRIDAY)
    quoted = dated("'The vote comes a week after Russia threatened Ukraine,' the minister told reporters.", FRIDAY)
    told = dated("The vote comes a week after Russia threatened Ukraine.", FRIDAY)
    assert not {day for code, day in reported | quoted if code.startswith("13") and day == "2018-04-27"}
    assert {code for code, _ in reported} & {code for code, _ in told}
    assert any(code.startswith("13") and day == "2018-04-27" for code, day in told)
