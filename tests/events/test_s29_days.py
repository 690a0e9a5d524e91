"""Which day a date names when the clause that dates an event is not the event's own (s29-days, guide section 6:
a scheduled act's weekday is the next such day, a done deed's the most recent; a toll summed over a counted recent
period begins that period before the report's day). Each forward or shifted reading is paired with one that is not,
so a coder that always (or never) does it fails."""

from __future__ import annotations

import detente

WEDNESDAY = "2017-03-15"  # the Thursday before is 03-09, the one after 03-16; the Tuesday before is 03-14


def _days(text: str, date: str = WEDNESDAY) -> set[tuple[str, str, str]]:
    return {(e.cameo.code, e.date.isoformat(), e.modality) for e in detente.code_text(text, date=date)}


def test_a_scheduled_event_takes_its_governing_clause_day_forward() -> None:
    """Talks to come ("ahead of Modi's talks with Abe") dated only by the clause they hang in ("would appear united
    ... on Thursday") are next Thursday's; dated by a clause told done ("police on Thursday sealed off") or in the
    perfect ("have sealed off ... since Thursday"), they keep the Thursday just past."""
    ahead = _days("Envoys hoped the two blocs would appear united ahead of Modi's talks with Abe in Tokyo on Thursday.")
    done = _days("Ahead of Modi's talks with Abe in Tokyo, Japanese police on Thursday sealed off the palace district.")
    perfect = _days(
        "Ahead of Modi's talks with Abe in Tokyo, Japanese police have sealed off the palace district since Thursday."
    )
    assert ahead == {("040", "2017-03-16", "intent")}
    assert done == {("040", "2017-03-09", "intent")}
    assert perfect == {("040", "2017-03-09", "intent")}


def test_a_schedule_verb_dated_on_itself_looks_ahead() -> None:
    """ "is scheduled on Thursday to meet": the day sits on the verb of schedule, not on the meeting, and is still
    the meeting's coming Thursday; a meeting told done on Thursday is the Thursday past."""
    assert _days("Erdogan is scheduled on Thursday to meet Rutte in The Hague.") == {("040", "2017-03-16", "intent")}
    assert _days("Erdogan met Rutte in The Hague on Thursday.") == {("040", "2017-03-09", "asserted")}


def test_a_past_participle_on_a_noun_keeps_the_day_past_unless_it_sets_a_day() -> None:
    """ "a speech broadcast ... on Thursday" tells a done deed though the clause the noun sits in is a present
    ("The unrest follows ..."): the denunciation in it is last Thursday's. A participle followed by "for" and a day
    ("a summit arranged for Thursday") sets a schedule, and the meeting in it is next Thursday's."""
    broadcast = _days(
        "The unrest follows a speech broadcast on state television on Thursday in which Maduro denounced Colombia."
    )
    assert broadcast == {("111", "2017-03-09", "asserted")}
    arranged = detente.code_text(
        "Erdogan heads to Sochi after a summit arranged for Thursday in which he meets Putin.", date=WEDNESDAY
    )
    meetings = {e.date.isoformat() for e in arranged if e.cameo.code == "040"}
    assert meetings == {"2017-03-16"}


def test_a_toll_over_the_past_day_is_dated_before_the_report() -> None:
    """A deed summed up over a counted recent period on its own verb ("over the past 24 hours", "in the last 48
    hours"), dated only by the report's day ("the rebel command said on Tuesday"), begins that many days before it;
    a deed with no such period keeps the report's day, and a period longer than a few days dates no day back."""
    report = ", the rebel command said on Tuesday."
    past_day = _days("Ukrainian forces have killed 12 separatists near Donetsk over the past 24 hours" + report)
    two_days = _days("Ukrainian forces have killed 12 separatists near Donetsk in the last 48 hours" + report)
    bare = _days("Ukrainian forces killed 12 separatists near Donetsk" + report)
    weeks = _days("Ukrainian forces have killed 12 separatists near Donetsk over the past three weeks" + report)
    assert past_day == {("190", "2017-03-13", "asserted")}
    assert two_days == {("190", "2017-03-12", "asserted")}
    assert bare == {("190", "2017-03-14", "asserted")}
    assert weeks == {("190", "2017-03-14", "asserted")}


def test_a_period_not_on_the_deeds_verb_dates_nothing_back() -> None:
    """A period on a noun ("the shelling of the past 48 hours") times the deeds another act is about, not that act:
    the condemnation is the report's day; so is a deed during "the last two days of" something else, which are that
    thing's final days, not days counted back from the report. The same period on the deed's verb shifts it."""
    report = ", the rebel command said on Tuesday."
    condemned = _days(
        "Russia condemned the Ukrainian shelling of the past 48 hours, the foreign ministry said on Tuesday."
    )
    final_days = _days("Ukrainian forces shelled Donetsk during the last two days of the truce talks" + report)
    counted = _days("Ukrainian forces have shelled Donetsk over the past two days" + report)
    assert condemned == {("111", "2017-03-14", "asserted")}
    assert final_days == {("194", "2017-03-14", "asserted")}
    assert {day for _, day, _ in counted} == {"2017-03-12"}


def test_a_report_run_on_without_a_comma_dates_the_deed() -> None:
    """ "... over the past 24 hours the rebel command said on Tuesday": the report the parser hangs as a conjunct of
    the deed (no comma) dates it as "..., the command said on Tuesday" would (here a day back, for the period); a
    second statement after "but" ("declined to comment but the prime minister told ...") does not date the first."""
    run_on = _days(
        "Ukrainian forces have killed 12 separatists near Donetsk over the past 24 hours the rebel command said on "
        "Tuesday."
    )
    assert run_on == {("190", "2017-03-13", "asserted")}
    declined = detente.code_text(
        "Dutch officials declined to comment but Prime Minister Mark Rutte told lawmakers on Tuesday they would keep "
        "out of the dispute.",
        date=WEDNESDAY,
    )
    assert [(e.cameo.code, e.date.isoformat(), e.date_precision) for e in declined] == [("011", WEDNESDAY, "article")]
