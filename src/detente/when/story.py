"""The article's one stated day: the day an event with no date of its own most likely fell on.

A news story fixes its day once ("Nearly 50 air strikes hit Aleppo on Sunday ...") and tells the rest of that
day's events without repeating it ("The raids killed 12 ..."). Such an event has no date expression of its own, and
it took the article's date, a day late for most of the day's news (train, s17: of the found events the annotators
date to a day but whose sentence dates nothing, the article date was right for 100 of 160, and 33 of the 60 wrong
were the day before). Where every day the article states before the event's sentence is one and the same day, that
day is the event's; two different days before it (a story told over several days, a retold earlier day) and the
article's date stays, as it does for an event whose own sentence names a day it did not attach. Only a deed is
carried: words (``roles.yaml`` ``said_roots``, less ``said_deeds``) told later in a story are most often the day's
reactions, on the article's day (the team's own sets: "Serb protesters clashed with peacekeepers on Monday ... The
US criticised Kosovo's government" dates the criticism on the Tuesday of the article); nor a deed a speaker reports
("the military said its warplanes had struck ..."), which the team's gold set dates on the article's day. The
carried day is
still a fallback: the event's record keeps the flag ``article`` (it was not read from the event's clause), with the
words that stated the day as its date text, so nothing that reads "dated by its own clause" (background, standing
readings) changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Span

from detente.data import roles_file
from detente.when import DateMention

DatesOf = Callable[[Span, dt.date, str], list[DateMention]]
MEMO = "detente_story_days"


def carried(code: str | None) -> bool:
    """Whether an event of this CAMEO code takes the story's day: a deed, not words (see the module)."""
    if code is None:
        return False
    roles = roles_file()
    return code[:2] not in roles.said_roots or code.startswith(tuple(roles.said_deeds))


def story_day(sent: Span, article_date: dt.date, dates_of: DatesOf) -> DateMention | None:
    """The one day the article states before ``sent`` (its first mention), when ``sent`` states no day itself and
    every day-precise date of the sentences before it is the same day; else None. ``dates_of`` gives a sentence's
    date mentions (the coder's memo, which masks the body's own dateline). The sentences are read once per doc, in
    order and only as far as asked, and the walk stops for good at a second day."""
    if any(m.precision == "day" for m in dates_of(sent, article_date, "past")):
        return None
    memo = sent.doc.user_data.setdefault(MEMO, {})
    walk = memo.get(article_date)
    if walk is None:  # [the doc's sentences, how many are read, the first mention of each day read]
        walk = memo[article_date] = [list(sent.doc.sents), 0, {}]
    sents, read, first = walk
    if read and sents[read - 1].start >= sent.start:  # asked out of order (the coder goes in order): read afresh
        walk = [sents, 0, {}]
        sents, read, first = walk
    while read < len(sents) and sents[read].start < sent.start and len(first) < 2:
        for m in dates_of(sents[read], article_date, "past"):
            if m.precision == "day":
                first.setdefault(m.date, m)
        read += 1
    walk[1] = read
    if len(first) != 1 or (read < len(sents) and sents[read].start < sent.start):
        return None  # two days before it, or the walk stopped at a second day before reaching it
    return next(iter(first.values()))
