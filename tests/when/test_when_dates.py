"""Table-driven tests of ``detente.when.find_dates``: what is found and what date it resolves to."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from detente.when import DateMention, find_dates

MON = dt.date(2024, 12, 2)  # a Monday
FRI = dt.date(2025, 1, 3)  # a Friday, just after new year
TUE = dt.date(2024, 12, 31)  # a Tuesday, new year's eve
SAT = dt.date(2025, 3, 1)  # a Saturday, the day after Feb 28
SUN = dt.date(2024, 12, 1)  # a Sunday

# (sentence, article date, tense, [(mention text, resolved date, precision), ...])
CASES: list[tuple[str, dt.date, str, list[tuple[str, str, str]]]] = [
    # explicit day dates
    ("Talks resumed on December 30.", FRI, "past", [("December 30", "2024-12-30", "day")]),
    ("Talks resumed on December 1.", MON, "past", [("December 1", "2024-12-01", "day")]),
    ("The ceasefire began on November 28.", MON, "past", [("November 28", "2024-11-28", "day")]),
    ("The vote was held on December 2.", MON, "past", [("December 2", "2024-12-02", "day")]),
    ("The vote was held on December 3.", MON, "past", [("December 3", "2023-12-03", "day")]),
    ("Troops crossed the border on Dec. 1.", MON, "past", [("Dec. 1", "2024-12-01", "day")]),
    ("Troops crossed the border on Dec 1.", MON, "past", [("Dec 1", "2024-12-01", "day")]),
    ("Troops crossed the border on 1 December.", MON, "past", [("1 December", "2024-12-01", "day")]),
    ("The deal was signed on December 1, 2023.", MON, "past", [("December 1, 2023", "2023-12-01", "day")]),
    ("The deal was signed on 1 December 2023.", MON, "past", [("1 December 2023", "2023-12-01", "day")]),
    ("The deal was signed on 2023-12-01.", MON, "past", [("2023-12-01", "2023-12-01", "day")]),
    ("The deal was signed on the 1st of December.", MON, "past", [("the 1st of December", "2024-12-01", "day")]),
    ("It happened on the first of December.", MON, "past", [("the first of December", "2024-12-01", "day")]),
    ("Rebels attacked on November 23rd.", MON, "past", [("November 23rd", "2024-11-23", "day")]),
    ("Rebels attacked on Dec. 25th, 2023.", MON, "past", [("Dec. 25th, 2023", "2023-12-25", "day")]),
    ("Envoys met on Monday, December 2.", MON, "past", [("Monday, December 2", "2024-12-02", "day")]),
    ("Iran marked the Sept. 11 attacks.", MON, "past", [("Sept. 11", "2024-09-11", "day")]),
    ("Protests broke out on May 5.", MON, "past", [("May 5", "2024-05-05", "day")]),
    ("Elections were held on 3 March.", MON, "past", [("3 March", "2024-03-03", "day")]),
    ("The summit was on February 29.", SAT, "past", [("February 29", "2024-02-29", "day")]),
    ("The summit will be on December 1.", MON, "future", [("December 1", "2025-12-01", "day")]),
    ("The summit will be on December 5.", MON, "future", [("December 5", "2024-12-05", "day")]),
    ("The summit will be on January 10.", TUE, "future", [("January 10", "2025-01-10", "day")]),
    # months and years
    ("Fighting intensified in November.", MON, "past", [("November", "2024-11-01", "month")]),
    ("Fighting intensified in December.", MON, "past", [("December", "2024-12-01", "month")]),
    ("Fighting intensified in December.", FRI, "past", [("December", "2024-12-01", "month")]),
    ("Talks will resume in January.", MON, "future", [("January", "2025-01-01", "month")]),
    ("Fighting intensified last November.", MON, "past", [("last November", "2024-11-01", "month")]),
    ("Fighting intensified in November 2023.", MON, "past", [("November 2023", "2023-11-01", "month")]),
    ("Fighting intensified in mid-November.", MON, "past", [("mid-November", "2024-11-01", "month")]),
    ("Parliament has been suspended since May.", MON, "past", [("May", "2024-05-01", "month")]),
    ("The talks will resume in March.", MON, "future", [("March", "2025-03-01", "month")]),
    ("Prices rose earlier this month.", MON, "past", [("earlier this month", "2024-12-01", "month")]),
    ("Prices rose this month.", FRI, "past", [("this month", "2025-01-01", "month")]),
    ("Prices rose last month.", FRI, "past", [("last month", "2024-12-01", "month")]),
    ("Prices will rise next month.", MON, "future", [("next month", "2025-01-01", "month")]),
    ("The war began in 2023.", MON, "past", [("2023", "2023-01-01", "year")]),
    ("Israel has occupied the area since 1967.", MON, "past", [("1967", "1967-01-01", "year")]),
    ("Troops will leave by the end of 2025.", MON, "future", [("end of 2025", "2025-01-01", "year")]),
    ("The plant opened in early 2024.", MON, "past", [("early 2024", "2024-01-01", "year")]),
    ("Trade fell last year.", FRI, "past", [("last year", "2024-01-01", "year")]),
    ("Trade fell this year.", TUE, "past", [("this year", "2024-01-01", "year")]),
    # weekdays
    ("The minister spoke on Monday.", MON, "past", [("Monday", "2024-12-02", "day")]),
    ("The minister spoke last Monday.", MON, "past", [("last Monday", "2024-11-25", "day")]),
    ("The minister spoke on Friday.", MON, "past", [("Friday", "2024-11-29", "day")]),
    ("The minister spoke this Thursday.", MON, "past", [("this Thursday", "2024-11-28", "day")]),
    ("Shelling resumed on Monday night.", MON, "past", [("Monday night", "2024-12-02", "day")]),
    ("Shelling resumed late on Sunday.", MON, "past", [("late on Sunday", "2024-12-01", "day")]),
    ("Shelling resumed overnight Sunday.", MON, "past", [("overnight Sunday", "2024-12-01", "day")]),
    ("Shelling resumed on Wednesday morning.", FRI, "past", [("Wednesday morning", "2025-01-01", "day")]),
    ("The minister will travel on Monday.", MON, "future", [("Monday", "2024-12-02", "day")]),
    ("The minister will travel on Friday.", MON, "future", [("Friday", "2024-12-06", "day")]),
    ("The minister will travel next Monday.", MON, "future", [("next Monday", "2024-12-09", "day")]),
    ("The minister will travel on Thursday.", TUE, "future", [("Thursday", "2025-01-02", "day")]),
    # relative days and weeks
    ("Rockets were fired today.", MON, "past", [("today", "2024-12-02", "day")]),
    ("Rockets were fired this morning.", MON, "past", [("this morning", "2024-12-02", "day")]),
    ("Rockets were fired earlier today.", MON, "past", [("earlier today", "2024-12-02", "day")]),
    ("Rockets were fired yesterday.", FRI, "past", [("yesterday", "2025-01-02", "day")]),
    ("Rockets were fired late yesterday.", MON, "past", [("late yesterday", "2024-12-01", "day")]),
    ("Rockets were fired yesterday evening.", MON, "past", [("yesterday evening", "2024-12-01", "day")]),
    ("Rockets were fired last night.", dt.date(2025, 1, 1), "past", [("last night", "2024-12-31", "day")]),
    ("The envoy arrives tomorrow.", TUE, "future", [("tomorrow", "2025-01-01", "day")]),
    ("It began the day before yesterday.", MON, "past", [("the day before yesterday", "2024-11-30", "day")]),
    ("Troops withdrew two days ago.", FRI, "past", [("two days ago", "2025-01-01", "day")]),
    ("Troops withdrew 3 days ago.", FRI, "past", [("3 days ago", "2024-12-31", "day")]),
    ("Troops withdrew a week ago.", FRI, "past", [("a week ago", "2024-12-23", "week")]),
    ("Troops withdrew two weeks ago.", MON, "past", [("two weeks ago", "2024-11-18", "week")]),
    ("Troops withdrew last week.", MON, "past", [("last week", "2024-11-25", "week")]),
    ("Troops withdrew this week.", FRI, "past", [("this week", "2024-12-30", "week")]),
    ("Troops withdrew earlier this week.", FRI, "past", [("earlier this week", "2024-12-30", "week")]),
    ("Troops will withdraw next week.", MON, "future", [("next week", "2024-12-09", "week")]),
    ("Clashes erupted over the weekend.", MON, "past", [("the weekend", "2024-11-30", "week")]),
    ("Clashes erupted last weekend.", MON, "past", [("last weekend", "2024-11-30", "week")]),
    ("Clashes erupted over the weekend.", SUN, "past", [("the weekend", "2024-11-30", "week")]),
    ("Talks will be held this weekend.", MON, "future", [("this weekend", "2024-12-07", "week")]),
    # several mentions, and longest match wins
    (
        "On Monday Iran said talks held last Monday and on December 1 would resume next week.",
        MON,
        "past",
        [
            ("Monday", "2024-12-02", "day"),
            ("last Monday", "2024-11-25", "day"),
            ("December 1", "2024-12-01", "day"),
            ("next week", "2024-12-09", "week"),
        ],
    ),
    # negatives: not dates
    ("Iran may attack Israel.", MON, "past", []),
    ("Iran May Attack Israel, Officials Warn", MON, "past", []),
    ("Thousands march on the capital.", MON, "past", []),
    ("Protesters marched to parliament.", MON, "past", []),
    ("Theresa May said Britain would leave.", MON, "past", []),
    ("The meeting starts at 3 pm.", MON, "past", []),
    ("Rebels held the town for two weeks.", MON, "past", []),
    ("He began a 10-day visit.", MON, "past", []),
    ("Turkey sent 2,000 troops.", MON, "past", []),
    ("The floods displaced 1000 people.", MON, "past", []),
    ("The strike resulted in 2000 people losing jobs.", MON, "past", []),
    ("The blast killed a 45-year-old man aged 45.", MON, "past", []),
    ("Jan Egeland said aid was blocked.", MON, "past", []),
    ("The Good Friday Agreement ended the conflict.", MON, "past", []),
    ("The Sunday Times reported the deal.", MON, "past", []),
    ("Leaders of the March 14 alliance met.", MON, "past", []),
    ("Lebanon's March 8 alliance won seats.", MON, "past", []),
    ("Veterans of the October War gathered.", MON, "past", []),
    ("The rally was reported by USA Today.", MON, "past", []),
    ("The date 12/1/2024 is ambiguous.", MON, "past", []),
    ("Officials met a few days ago.", MON, "past", []),
]


@pytest.mark.parametrize(("text", "article", "tense", "expected"), CASES)
def test_find_dates(text: str, article: dt.date, tense: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_dates(text, article, tense=tense)
    assert [(m.text, m.date.isoformat(), m.precision) for m in found] == expected


def test_enough_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(("text", "article", "tense", "expected"), CASES)
def test_offsets_match_text(text: str, article: dt.date, tense: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_dates(text, article, tense=tense)
    for m in found:
        assert text[m.start : m.end] == m.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(found)), "in order and non-overlapping"


def test_offsets_in_longer_text() -> None:
    text = "Late on Sunday, the day before yesterday, Kyiv said Russia had attacked since 2022."
    found = find_dates(text, MON)
    assert [(m.start, m.end) for m in found] == [(0, 14), (16, 40), (78, 82)]
    assert [m.text for m in found] == ["Late on Sunday", "the day before yesterday", "2022"]


def test_mention_is_frozen_dataclass() -> None:
    m = find_dates("on Monday", MON)[0]
    assert m == DateMention(3, 9, "Monday", MON, "day")
    with pytest.raises(AttributeError):
        m.start = 0  # type: ignore[misc]


def test_datetime_article_date_gives_plain_dates() -> None:
    m = find_dates("yesterday", dt.datetime(2024, 12, 2, 18, 30))[0]
    assert type(m.date) is dt.date
    assert m.date == dt.date(2024, 12, 1)


def test_unknown_tense_is_an_error() -> None:
    with pytest.raises(ValueError, match="tense"):
        find_dates("on Monday", MON, tense="present")


def test_impossible_dates_are_skipped() -> None:
    assert find_dates("on April 31", MON) == []
    assert find_dates("on 2024-02-30", MON) == []


def test_a_body_that_opens_with_its_own_date_is_dated_by_it() -> None:
    import datetime as dt

    from detente.when.stated import stated_date

    catalogue = dt.date(2016, 6, 4)
    assert stated_date("Wednesday 22 Jun 2016 The Syrian army said ...", catalogue) == dt.date(2016, 6, 22)
    assert stated_date("Published June 20 2016 Rebels shelled ...", catalogue) == dt.date(2016, 6, 20)
    assert stated_date("On June 20 2016, the army shelled ...", catalogue) is None  # an event's date
    assert stated_date("The army said on June 20 2016 ...", catalogue) is None
    assert stated_date("June 20 2011 Rebels shelled ...", catalogue) is None  # far from the catalogue date, unsaid
    # far from the catalogue date, but said to be the publication's (s17): the catalogue date is the wrong one
    assert stated_date("Published June 20 2014 ...", catalogue) == dt.date(2014, 6, 20)


def test_a_far_opening_date_counts_only_when_the_text_says_it_is_the_articles() -> None:
    """Some scraped articles carry a catalogue date months or years off the day they print at their start
    ("Date of publication 7 July 2016" catalogued 2016-04-12, "Thu Feb 5 2015" catalogued 2013-06-10); a
    publication word, or a weekday that is the date's own, says the printed day is the article's. A wrong weekday
    or a bare date far off is no evidence."""
    import datetime as dt

    from detente.when.stated import stated_date

    assert stated_date("Date of publication 7 July 2016 Share this ...", dt.date(2016, 4, 12)) == dt.date(2016, 7, 7)
    assert stated_date("Thu Feb 5 2015 Rocket attacks killed ...", dt.date(2013, 6, 10)) == dt.date(2015, 2, 5)
    assert stated_date("Fri Feb 5 2015 Rocket attacks killed ...", dt.date(2013, 6, 10)) is None
    assert stated_date("Feb 5 2015 Rocket attacks killed ...", dt.date(2013, 6, 10)) is None


def test_a_said_publication_date_years_off_the_catalogue_date_is_not_taken() -> None:
    """review1 (s17-mend): a date after a publication word was taken at any distance; ``when.yaml``
    ``publication_max_days`` caps it (about three years), so a date five years off stays an event's date while
    the same words two years off still name the article's day."""
    import datetime as dt

    from detente.when.stated import stated_date
    from detente.when.table import tables

    catalogue = dt.date(2016, 6, 4)
    assert tables().publication_max_days < (catalogue - dt.date(2011, 6, 20)).days
    assert stated_date("Published June 20 2011 ...", catalogue) is None
    assert stated_date("Thu Feb 5 2009 Rocket attacks killed ...", dt.date(2013, 6, 10)) is None
    assert stated_date("Published June 20 2014 ...", catalogue) == dt.date(2014, 6, 20)
    assert stated_date("Thu Feb 5 2015 Rocket attacks killed ...", dt.date(2013, 6, 10)) == dt.date(2015, 2, 5)


def test_a_day_glued_to_its_year_after_last_updated_is_the_body_date() -> None:
    """ "Last updated at Feb 092015 BEIRUT ...": the scraper glued the day to the year; the page's own day is
    Feb 09 2015 (the weekdays of the story count from it), and its words are no event's date. Without the
    publication words a glued number is not read as a date."""
    import datetime as dt

    from detente.when.stated import stated_span

    text = "Last updated at Feb 092015 BEIRUT Shelling killed a dozen people on Monday."
    found = stated_span(text, dt.date(2015, 2, 19))
    assert found is not None and found[0] == dt.date(2015, 2, 9)
    assert text[found[1] : found[2]] == "Last updated at Feb 092015"
    assert stated_span("Feb 092015 BEIRUT Shelling killed a dozen people on Monday.", dt.date(2015, 2, 19)) is None


def test_a_dateline_after_a_repeated_headline_is_the_body_date_and_no_events_date() -> None:
    from detente import code_text
    from detente.when.stated import stated_date

    catalogue = dt.date(2013, 8, 3)
    # a weekday that is the date's own weekday, after a headline and an agency: the text's own date
    assert stated_date("Rebels shell town says monitor AFP Thursday 1 Aug 2013 Rebels shelled ...", catalogue) == (
        dt.date(2013, 8, 1)
    )
    # a weekday that is not that date's, or a preposition before it: an event's date, not a dateline
    assert stated_date("Rebels shell town says monitor AFP Friday 1 Aug 2013 Rebels shelled ...", catalogue) is None
    assert stated_date("Rebels shelled the town on Thursday 1 Aug 2013, a monitor said.", catalogue) is None
    text = "Syrian troops shell rebels AFP Thursday 6 Mar 2014 Syrian troops shelled rebels in Homs on Wednesday."
    [event] = [e for e in code_text(text, dt.date(2014, 2, 20)) if e.target and e.target.code == "SYRREB"]
    assert event.date == dt.date(2014, 3, 5)  # "on Wednesday" read from the dateline's day, not the catalogue's
    undated_text = "Syrian troops shell rebels AFP Thursday 6 Mar 2014 Syrian troops shelled rebels in Homs."
    [undated] = [e for e in code_text(undated_text, "2014-02-20") if e.target and e.target.code == "SYRREB"]
    assert undated.date == dt.date(2014, 3, 6) and undated.date_precision == "article"  # the dateline is not its date


def test_the_cues_skip_only_patterns_that_cannot_match() -> None:
    """``find_dates`` runs a family of patterns only when the text holds its cue: the candidates are the same as
    with every pattern run, for the table's sentences and for texts that hold no date at all."""
    from detente.when import _FAMILIES, _candidates, _cues, _patterns
    from detente.when.table import tables

    t, p = tables(), _patterns()
    texts = [c[0] for c in CASES] + ["No date here at all.", "He may march on.", "Sunday 5 May 2019, 3 days ago"]
    found = 0
    for text in texts:
        cues = {family for family, cue in _cues().items() if cue.search(text)}
        for tense in ("past", "future"):
            every = list(_candidates(text, MON, tense, t, p, _FAMILIES))
            assert list(_candidates(text, MON, tense, t, p, cues)) == every
            found += len(every)
    assert found > len(CASES)  # the patterns did find dates: the comparison is not of two empty lists
