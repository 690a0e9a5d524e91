"""s24-carry: a place carried to an event told again only from the same occasion, and a meeting of a party's trip
where the trip went (``where/retold.py``). Each reading is paired with its must-not."""

from __future__ import annotations

import detente

DAY = "2018-07-14"
MET = "President Donald Trump met Japanese Prime Minister Shinzo Abe in Washington"
LATER = "Trump praised Abe after he met with Abe for two hours."


def _meetings(text: str, index: int) -> list[tuple[str | None, int | None]]:
    """The place (name, sentence carried from) of each meeting (root 04) coded in sentence ``index``."""
    return [
        (e.location.name if e.location else None, e.location.carried_from if e.location else None)
        for e in detente.code_text(text, date=DAY)
        if e.sentence_index == index and e.cameo.root == "04"
    ]


def test_an_undated_mention_takes_no_place_from_a_meeting_its_words_put_a_month_back() -> None:
    """'talks in Washington last month' are not the summit an undated later sentence reports."""
    told = _meetings(f"{MET} last month. {LATER}", 1)
    assert told and all(place is None for place, _ in told)
    # must-not: a meeting its words put within the week of the article is the one the undated mention tells again
    told = _meetings(f"{MET} on Monday. {LATER}", 1)
    assert told and all(place == "Washington" and src == 0 for place, src in told)


ABE = "Japanese Prime Minister Shinzo Abe"
MEETS = "Abe met French President Emmanuel Macron and praised him."


def test_a_meeting_of_a_trip_is_where_the_trip_went() -> None:
    told = _meetings(f"{ABE} flew to Paris on Monday. {MEETS}", 1)
    assert told and all(place == "Paris" and src == 0 for place, src in told)
    # must-not: a meeting of two parties neither of whom travelled takes no place from the trip
    told = _meetings(f"{ABE} flew to Paris on Monday. Macron met German Chancellor Angela Merkel and praised her.", 1)
    assert told and all(place is None for place, _ in told)


def test_a_trip_whose_sentence_names_another_stop_places_no_meeting() -> None:
    told = _meetings(f"{ABE} flew to Paris on Monday and then to Berlin. Abe met German Chancellor Angela Merkel.", 1)
    assert told and all(place is None for place, _ in told)
    # must-not: the same trip with one stop places the meeting
    told = _meetings(f"{ABE} flew to Paris on Monday. Abe met German Chancellor Angela Merkel.", 1)
    assert told and all(place == "Paris" for place, _ in told)


def test_a_trip_that_only_could_be_or_is_a_month_back_places_no_meeting() -> None:
    for trip in ("could fly to Paris on Monday", "flew to Paris last month"):
        told = _meetings(f"{ABE} {trip}. {MEETS}", 1)
        assert told and all(place is None for place, _ in told)
    # must-not: an announced trip is the one the article reports, and its meeting is where it goes
    told = _meetings(f"{ABE} will fly to Paris on Monday. Abe will meet French President Emmanuel Macron on Monday.", 1)
    assert told and all(place == "Paris" and src == 0 for place, src in told)


def test_explain_says_a_meeting_took_its_trips_place_from_which_sentence() -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    out = CliRunner().invoke(app, ["explain", f"{ABE} flew to Paris on Monday. {MEETS}", "--date", DAY]).output
    events = [" ".join(e.split()) for e in " ".join(out.split()).split("event ")[1:]]  # rich wraps long lines
    assert any(e.startswith("s1") and "040" in e and "at Paris (carried from s0)" in e for e in events)
    # must-not: the trip its own sentence places is not carried
    assert any(e.startswith("s0") and "at Paris" in e and "carried" not in e for e in events)
