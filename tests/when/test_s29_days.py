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
    sealed off") keeps last Monday, the day the deed was done."""
    ahead = _days(
        "European leaders hoped the alliance would show unity ahead of Trump's summit with Putin in Helsinki "
        "on Monday.",
        SATURDAY,
    )
    done = _days(
        "Ahead of Trump's summit with Putin in Helsinki, Finnish police on Monday sealed off the harbour.", SATURDAY
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
    """ "an interview published in The Sun on Saturday" tells a done deed though the clause the noun sits in is a
    present ("Trump's remarks come on the back of ..."): the praise in it is last Saturday, not next; a present
    bare verb of meeting in the same present clause still looks ahead."""
    published = _days(
        "Trump's remarks come on the back of an interview published in The Sun on Saturday, in which the President "
        "expressed his support for Boris Johnson.",
        SUNDAY,
    )
    assert published == {("051", "2019-06-01", "asserted")}
    meets = detente.code_text("Trump meets Theresa May in London on Saturday.", date=SUNDAY)
    assert {e.date.isoformat() for e in meets} == {"2019-06-08"}
