"""s24-carry: a place carried to an event told again only from the same occasion (``where/retold.py``). Each
must-not is paired with its positive twin."""

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
    # positive twin: a meeting its words put within the week of the article is the one the undated mention tells again
    told = _meetings(f"{MET} on Monday. {LATER}", 1)
    assert told and all(place == "Washington" and src == 0 for place, src in told)
