"""Which way a day name turns when the clause that dates an event is not the event's own (s29-days, guide section 6:
a scheduled act's weekday is the next such day, a done deed's the most recent). Each forward reading is paired with
a past one, so a coder that always (or never) looks ahead fails."""

from __future__ import annotations

import detente

SATURDAY = "2018-07-14"  # the Monday before is 07-09, the one after 07-16
SUNDAY = "2019-06-02"  # the Saturday before is 06-01, the one after 06-08


def _days(text: str, date: str) -> set[tuple[str, str, str]]:
    return {(e.cameo.code, e.date.isoformat(), e.modality) for e in detente.code_text(text, date=date)}


def test_a_scheduled_event_takes_its_governing_clause_day_forward() -> None:
    """An anticipated summit ("ahead of Trump's summit") dated only by the clause it hangs in ("would show unity
    ... on Monday") is the coming Monday; the same summit dated by a clause told in the past ("police on Monday
    closed") keeps last Monday, the day the deed was done."""
    ahead = _days(
        "Diplomats hoped the allies would look united ahead of Trump's summit with Putin in Vienna on Monday.",
        SATURDAY,
    )
    done = _days(
        "Ahead of Trump's summit with Putin in Vienna, Austrian police on Monday closed the old town.", SATURDAY
    )
    assert ahead == {("040", "2018-07-16", "intent")}
    assert done == {("040", "2018-07-09", "intent")}


def test_a_schedule_verb_dated_on_itself_looks_ahead() -> None:
    """ "is scheduled on Monday to meet": the day sits on the verb of schedule, not on the meeting, and is still the
    meeting's coming Monday; a meeting told done on Monday is last Monday."""
    assert _days("Merkel is scheduled on Monday to meet Macron in Paris.", SATURDAY) == {
        ("040", "2018-07-16", "intent")
    }
    assert _days("Merkel met Macron in Paris on Monday.", SATURDAY) == {("040", "2018-07-09", "asserted")}


def test_a_past_participle_on_a_noun_keeps_the_day_past() -> None:
    """ "an interview printed in The Times on Saturday" tells a done deed though the clause the noun sits in is a
    present ("The protests come after ..."): the criticism in it is last Saturday, not next; a present bare verb of
    meeting still looks ahead."""
    printed = _days(
        "The protests come after an interview printed in The Times on Saturday in which Trump criticized Sadiq Khan.",
        SUNDAY,
    )
    assert printed == {("111", "2019-06-01", "asserted")}
    meets = detente.code_text("Trump meets Theresa May in London on Saturday.", date=SUNDAY)
    assert {e.date.isoformat() for e in meets} == {"2019-06-08"}


def test_a_toll_over_the_past_day_is_dated_before_the_report() -> None:
    """A deed summed up over a counted recent period of its own clause ("over the past 24 hours", "in the last 48
    hours"), dated only by the report's day ("a monitor said on Friday"), begins that many days before it; a deed
    with no such period keeps the report's day, and a period longer than a few days dates no day back."""
    friday = "2016-07-15"
    past_day = _days(
        "Syrian jets have killed 30 rebels around Idlib over the past 24 hours, an activist group said on Friday.",
        friday,
    )
    two_days = _days(
        "Syrian jets have killed 30 rebels around Idlib in the last 48 hours, an activist group said on Friday.", friday
    )
    bare = _days("Syrian jets killed 30 rebels around Idlib, an activist group said on Friday.", friday)
    weeks = _days(
        "Syrian jets have killed 30 rebels around Idlib over the past two weeks, an activist group said on Friday.",
        friday,
    )
    assert past_day == {("195", "2016-07-14", "asserted")}
    assert two_days == {("195", "2016-07-13", "asserted")}
    assert bare == {("195", "2016-07-15", "asserted")}
    assert weeks == {("195", "2016-07-15", "asserted")}


def test_a_report_run_on_without_a_comma_dates_the_deed() -> None:
    """ "... around Idlib over the past 24 hours an activist group said on Friday": the report the parser hangs as a
    conjunct of the deed (no comma) dates it as "..., a group said on Friday" would (here a day back, for the
    period); a second statement after "but" ("declined to comment but the minister told ...") does not date the
    first."""
    saturday = "2016-07-16"
    run_on = _days(
        "Syrian jets have killed 30 rebels around Idlib over the past 24 hours an activist group said on Friday.",
        saturday,
    )
    assert run_on == {("195", "2016-07-14", "asserted")}
    declined = detente.code_text(
        "Turkish officials declined to comment but Foreign Minister Mevlut Cavusoglu told reporters on Monday they "
        "would stay out of it.",
        date="2019-05-30",
    )
    assert [(e.cameo.code, e.date.isoformat(), e.date_precision) for e in declined] == [
        ("011", "2019-05-30", "article")
    ]
