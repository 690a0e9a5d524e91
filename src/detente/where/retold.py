"""A meeting told again is where the article placed it (issue 14, s18-places).

An article often tells one meeting several times and gives its place once: "before Trump's Monday summit with Putin in
Helsinki" in one sentence, "when he sits down with Putin" or "the Trump-Putin meeting" in another. The
annotators give every mention the place the article fixed for that meeting (guide: a later mention takes the date
and place the article fixed for the same event); the clause alone gives the later mentions none.

Read after the whole article is coded, on the events' records only (never while the parties are read): an event
of ``roles.yaml`` ``retold_roots`` (meetings) whose own clause gave no place takes the place the article's other
mentions of the same meeting give — the same CAMEO code (a call, 041, is never the meeting and takes no venue), the
same two parties in either order, told in another sentence (before or after) on the same day (or the mention itself
undated) — when those mentions agree on one place. Not to a mention whose own sentence names a place of its own
("while he was in Paris for talks, Trump met Putin again" is another meeting); not from a mention that is negated or
not asserted ("could meet Putin in Vienna", "did not meet Putin in Vienna": no meeting was there), nor one whose
place is itself carried or only a whole country (a country says less than the meeting's city and is often the
party's, not the venue's); and not for deeds on the ground: two fights between the same parties in one article are
often in two towns, and such deeds already take the scene the sentences before them set (``scene``). The place
keeps its name and country and is flagged ``carried``: the event's own sentence does not name it, and
``carried_from`` says which sentence did.

Words told on (s19-places): a speaker quoted again after the article placed the speaking ("Putin told his annual
news conference in Moscow ...", then "Putin said ...") said them there; the annotators give every such quote the
speech's place. Only from the speaker's own earlier words of the same day, placed at one town or site.
The speaker is who spoke, not the code: Putin's and Lavrov's words are both RUSGOV's, and Lavrov's are not where
Putin spoke (s19-mendplaces); when the record cannot tell who spoke, nothing is carried.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from detente.data import gazetteer, roles_file
from detente.records import Event
from detente.where.locate import of_words
from detente.where.scene import names_a_place, sentence_spans

Meeting = tuple[str, frozenset[str | None]]
CALL = "041"  # discuss by telephone: a call has no venue, whatever place the article gave a meeting


def _meeting(event: Event) -> Meeting:
    """The same meeting, told again: its code and its two parties, either way round ("Trump met Putin", "Putin's
    talks with Trump")."""
    return event.cameo.code, frozenset((event.source.code, event.target.code if event.target else None))


def _fixed(event: Event) -> bool:
    """A mention whose own clause placed the meeting more narrowly than a country."""
    loc = event.location
    return loc is not None and loc.precision not in ("carried", "country")


def _asserted(event: Event) -> bool:
    """A meeting that only could be or did not happen was nowhere: its place is given to no other mention (it still says
    the pair's meetings have another place, so it keeps the one place from being plain)."""
    return event.modality == "asserted" and not event.negated


def _same_day(event: Event, other: Event) -> bool:
    """The other mention is of the same occasion by its date: the same day, or the mention itself undated (its date
    is only the article's)."""
    return event.evidence.date_text is None or (event.date is not None and event.date == other.date)


def _of_the_news(event: Event, other: Event) -> bool:
    """Whether the other mention can give an undated mention its place: not one its own date words put at another
    occasion than the article's news, a day more than ``roles.yaml`` ``retold_news_days`` (a week) from the
    article's, or any date coarser than a day, back or forward ("talks in Washington last month", "a summit next
    month" are not the summit "Trump, speaking after a summit with Abe" reports; a summit "on Monday" may be). A dated
    mention is matched by its own day (``_same_day``)."""
    if event.evidence.date_text is not None or other.evidence.date_text is None:
        return True
    if other.date is None or event.date is None:
        return True
    return other.date_precision == "day" and abs((other.date - event.date).days) <= roles_file().retold_news_days


def _giver(event: Event, mentions: list[Event]) -> Event | None:
    """The mention the event takes its place from: all the mentions agree on one place (``_one_place``: one of them
    at another place makes it not plain, whatever its day), and one that happened gives it from the event's occasion
    (``_of_the_news``); None otherwise."""
    if _one_place(mentions) is None:
        return None
    return next((m for m in mentions if _asserted(m) and _of_the_news(event, m)), None)


def place_retold(events: list[Event], doc: Doc) -> list[Event]:
    """The events, a meeting's unplaced mentions given the one place its other mentions in the article give."""
    roots = set(roles_file().retold_roots)  # only to test membership; the order of events decides
    placed: dict[Meeting, list[Event]] = defaultdict(list)
    for event in events:
        if event.cameo.root in roots and _fixed(event):
            placed[_meeting(event)].append(event)
    events = _words_told_on(events, doc)
    if not placed:
        return events
    out = []
    for event in events:
        if event.location is None and event.cameo.root in roots and event.cameo.code != CALL:
            others = [
                o
                for o in placed.get(_meeting(event), ())
                if o.sentence_index != event.sentence_index and _same_day(event, o)
            ]
            if others and names_a_place(doc, event.sentence_index):
                others = []  # its own sentence names a place: where it was is that sentence's to say
            event = _carried(event, _giver(event, others))
        out.append(event)
    return out


def _carried(event: Event, given: Event | None) -> Event:
    """The event placed where ``given`` was, flagged ``carried`` from ``given``'s sentence (its own clause names no
    place, so the record says where the place came from); the event as it was when there is no such mention."""
    if given is None or given.location is None:
        return event
    carried = {"precision": "carried", "carried_from": given.sentence_index}
    return event.model_copy(update={"location": given.location.model_copy(update=carried)})


def _one_place(mentions: list[Event]) -> Event | None:
    """The mention whose place all the mentions give (its sentence is where the place is carried from), or None when
    they give none or disagree ("met in Helsinki" and "will meet again in Buenos Aires" are two meetings). A place is
    its name in its country: two towns of one name in two countries (a Tripoli of Libya and one of Lebanon) are two
    places, not one."""
    names = {(m.location.name, m.location.country) for m in mentions if m.location is not None}
    given = [m for m in mentions if _asserted(m)]
    if len(names) != 1 or not given:
        return None
    return given[0]


def _speaker(event: Event, doc: Doc) -> tuple[str, ...] | None:
    """Who said the words, as far as the record tells one speaker from another: a person the resolver knew (an office
    holder's or party figure's name, the same after coreference: "Russian President Vladimir Putin", "Putin", "he"),
    else the speaker's own words with its code ("Petrovsky", "the Foreign Ministry"). Never the code alone: Putin
    and his foreign minister are both RUSGOV, and Lavrov's words are not where Putin spoke. None when unsure: a
    pronoun for a speaker the resolver knew by no name ("he" for an unlisted deputy minister) names nobody in
    particular by its words."""
    actor = event.source
    if any(e.name == actor.name for e in gazetteer().people.get(actor.name, ())):
        return ("person", actor.name)
    words = " ".join(actor.text.casefold().split())
    sents = sentence_spans(doc)
    if not words or not 0 <= event.sentence_index < len(sents):
        return None
    if any(t.text == actor.text and t.pos_ == "PRON" for t in sents[event.sentence_index]):
        return None
    return ("words", actor.code, words)


def _words_told_on(events: list[Event], doc: Doc) -> list[Event]:
    """Words a speaker goes on saying where the article placed the speaking ("Putin told his annual news conference in
    Moscow ..."; later "Putin said ..."): an event of words (``said_roots``) whose clause gave no place takes the
    one place the same speaker's (``_speaker``) earlier words of the same day were placed at (a town or site,
    asserted, not itself carried), flagged ``carried``; not where its own sentence names a place, nor where the
    speaker's earlier words were placed at two places, nor where who spoke is unsure."""
    spoken: dict[tuple[str, ...], list[Event]] = defaultdict(list)
    out = []
    for event in events:
        words = of_words(event.cameo.code)
        speaker = _speaker(event, doc) if words else None
        if speaker is not None and event.location is None:
            before = [o for o in spoken.get(speaker, ()) if o.sentence_index < event.sentence_index]
            before = [o for o in before if _same_day(event, o)]
            if before and not names_a_place(doc, event.sentence_index):
                event = _carried(event, _giver(event, before))
        elif speaker is not None and _fixed(event):
            spoken[speaker].append(event)
        out.append(event)
    return out
