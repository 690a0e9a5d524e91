"""s27-place (issue 14): a place the event's own sentence names in a shape the chooser did not read — a relative
"where" the parser hung on the day after the place phrase ("arrived in Chicago on Monday where she held meetings"), and
a clause of arrival on a meeting ("met Duda after arriving in Warsaw").
Each must-not is paired with its positive twin."""

from __future__ import annotations

import detente

DAY = "2017-04-19"


def _places(text: str, root: str, index: int = 0, day: str = DAY) -> list[str | None]:
    """The place name of each event whose code begins with ``root`` coded in sentence ``index``."""
    return [
        e.location.name if e.location else None
        for e in detente.code_text(text, date=day)
        if e.sentence_index == index and e.cameo.code.startswith(root)
    ]


def test_where_hung_on_the_day_after_a_place_is_that_place() -> None:
    """'arrived in Chicago on Monday where she held meetings': the meetings were in Chicago."""
    met = _places(
        "British Prime Minister Theresa May arrived in Chicago on Monday where she held meetings with US Vice "
        "President Mike Pence.",
        "040",
    )
    assert "Chicago" in met and all(place == "Chicago" for place in met)
    # must-not: no place before the day, or two, and the "where" names none
    met = _places(
        "British Prime Minister Theresa May spoke on Monday where she held meetings with US Vice President Mike Pence.",
        "040",
    )
    assert met and all(place is None for place in met)
    met = _places(
        "British Prime Minister Theresa May arrived in Chicago and Boston on Monday where she held meetings with US "
        "Vice President Mike Pence.",
        "040",
    )
    assert met and all(place is None for place in met)


def test_a_meeting_after_arriving_somewhere_was_held_there() -> None:
    """'met ... after arriving in Warsaw' was in Warsaw (roles.yaml ``arrival_words``, ``arrival_preps``)."""
    met = _places(
        "US President Barack Obama met with Polish President Andrzej Duda after arriving in Warsaw on Friday.",
        "040",
        day="2016-07-07",
    )
    assert met and all(place == "Warsaw" for place in met)
    # must-not: before arriving the traveller was not there yet; after leaving for a town, not there either
    for clause in ("before arriving in Warsaw", "after leaving for Warsaw"):
        met = _places(
            f"US President Barack Obama met with Polish President Andrzej Duda {clause} on Friday.",
            "040",
            day="2016-07-07",
        )
        assert met and all(place is None for place in met)
