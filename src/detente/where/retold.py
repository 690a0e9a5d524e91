"""A meeting told again is where the article placed it (issue 14, s18-places).

An article often tells one meeting several times and gives its place once: "ahead of Trump's summit with Putin in
Helsinki on Monday" in one sentence, "when he meets with Putin" or "the Trump-Putin meeting" in another. The
annotators give every mention the place the article fixed for that meeting (guide: a later mention takes the date
and place the article fixed for the same event); the clause alone gives the later mentions none.

Read after the whole article is coded, on the events' records only (never while the parties are read): an event
of ``roles.yaml`` ``retold_roots`` (meetings) whose own clause gave no place takes the place the article's other
mentions of the same meeting give — same CAMEO root, the same two parties in either order, told in another sentence
(before or after) — when those mentions agree on one place. Not from a mention whose place is itself carried or only
a whole country (a country says less than the meeting's city and is often the party's, not the venue's), and not
for deeds on the ground: two fights between the same parties in one article are often in two towns, and such deeds
already take the scene the sentences before them set (``scene``). The place keeps its name and country and is
flagged ``carried``: the event's own sentence does not name it.
"""

from __future__ import annotations

from collections import defaultdict

from detente.data import roles_file
from detente.records import Event, Location

Meeting = tuple[str, frozenset[str | None]]


def _meeting(event: Event) -> Meeting:
    """The same meeting, told again: its root and its two parties, either way round ("Trump met Putin", "Putin's
    talks with Trump")."""
    return event.cameo.root, frozenset((event.source.code, event.target.code if event.target else None))


def _fixed(event: Event) -> bool:
    """A mention whose own clause placed the meeting more narrowly than a country."""
    loc = event.location
    return loc is not None and loc.precision not in ("carried", "country")


def place_retold(events: list[Event]) -> list[Event]:
    """The events, a meeting's unplaced mentions given the one place its other mentions in the article give."""
    roots = set(roles_file().retold_roots)
    placed: dict[Meeting, list[Event]] = defaultdict(list)
    for event in events:
        if event.cameo.root in roots and _fixed(event):
            placed[_meeting(event)].append(event)
    if not placed:
        return events
    out = []
    for event in events:
        if event.location is None and event.cameo.root in roots:
            others = [o for o in placed.get(_meeting(event), ()) if o.sentence_index != event.sentence_index]
            place = _one_place(others)
            if place is not None:
                event = event.model_copy(update={"location": place.model_copy(update={"precision": "carried"})})
        out.append(event)
    return out


def _one_place(mentions: list[Event]) -> Location | None:
    """The place all the mentions give, or None when they give none or disagree ("met in Helsinki" and "will meet
    again in Buenos Aires" are two meetings)."""
    names = {m.location.name for m in mentions if m.location is not None}
    if len(names) != 1:
        return None
    return mentions[0].location
