"""The day of a deed a counted measure of time dates from another clause (s33-days): "come two days after the
premier met the president", "on Friday, a day after the president praised it".

Its own module because the reading is a unit of its own: find the exact measure and its subordinator
(``standing.offset_marks``, ``offset_units``), the clause it is counted from, and that clause's stated day, with the
guards that keep a misread day out (a hedge, a modal, a schedule, a day of telling). ``dating.pick_date`` asks it
first; it reads ``dating``'s date mentions, so ``dating`` imports it late.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from detente.data import clauses
from detente.events.clause import ClauseReading, told_unreal
from detente.events.dating import (
    count_of,
    date_mention,
    finite_word,
    mention_span,
    mention_verb,
    sentence_dates,
    told_past,
)
from detente.nlp.tree import in_perfect, nearest_verb
from detente.when import DateMention


def offset_day(
    anchor: Token, sent: Span, article_date: dt.date, own: DateMention | None
) -> tuple[dt.date, str, str] | None:
    """The day of a deed told in a clause a counted measure of time opens ("Their criticisms come two days after the
    premier met the president", "the cabinet met on Friday, a day after the president praised it", "the latest
    bombing comes one week after a bomber blew himself up"): the day of the clause the measure hangs on, moved by
    the measure (back for "after", ahead for "before": ``standing.offset_marks``), with its date text the measure
    and its subordinator. The text states the distance; the clause it is counted from must state its day: its own or
    governing day (a day-precise mention outside the deed's clause, also one the parser hangs on the deed's verb
    ahead of the measure: "On Friday, a day after ..."; see ``_counted_from`` for the days that do not count), or,
    for a deed told done under a verb of ``standing.offset_now_verbs`` told in the present ("The protests come two
    days after X met Y"), the article's day. A hedge just before the measure ("roughly a week after"), a modal of
    ``hypothetical_aux`` on either clause ("would have met": ``clause.told_unreal``, a deed that did not or may not
    happen has no day to count from or to) and a past deed counted past the article's date date
    nothing. A clause told in the past with no day of its own ("News of it came a day after ...") has only the article's
    day as a fallback, and a day counted from a fallback is no day the text gives: it dates nothing. The measure
    must be exact (a count, "a", "one", words of ``offset_exact_words`` only: "more than two days after", "about a
    week before" date nothing), at most ``offset_max_days``; a day the deed's own clause names ("two days after it
    struck on Monday") stays."""
    found = _offset_clause(anchor)
    if found is None:
        return None
    verb, days, measure, mark = found
    head = mark.head if verb.dep_ == "pobj" else verb.head  # the clause the measure is counted from
    if head.i == verb.i:
        return None
    if _hedged(measure) or told_unreal(verb) or told_unreal(head):
        return None
    proper = (measure.left_edge.i, max(verb.right_edge.i, mark.i))  # the deed's clause, measure and all
    if own is not None and _inside(own, sent, proper):
        return None
    base = _counted_from(verb, head, sent, article_date, proper, days)
    if base is None:
        return None
    day = base + dt.timedelta(days=days)
    if day > article_date and _past_deed(verb):
        return None  # a deed told done is no later than the telling: the day counted from was misread
    text = sent.doc[measure.left_edge.i : mark.i + 1].text
    return day, "day", text


def _hedged(measure: Token) -> bool:
    """Whether the word just before a measure hedges it ("comes roughly a week after": the parser may hang "roughly"
    on the verb, not on the measure): ``standing.offset_hedge_words``. Only that word: a manner adverb ahead of an
    exact measure ("come awkwardly just two days after") leaves it exact."""
    start = measure.left_edge.i
    return start > 0 and measure.doc[start - 1].lower_ in clauses().standing.offset_hedge_words


def _past_deed(verb: Token) -> bool:
    """Whether the deed's clause is told done: a past or perfect verb ("met", "has met", "had met")."""
    return verb.pos_ in ("VERB", "AUX") and (in_perfect(verb) or told_past(verb))


def _offset_clause(anchor: Token) -> tuple[Token, int, Token, Token] | None:
    """The clause (its verb, or the event noun a preposition takes: "two days after the summit") a counted measure
    and a subordinator of ``standing.offset_marks`` open, with the signed days and the measure and mark tokens; up
    from the deed's verb through an open complement ("a day before the envoy is due to visit": "visit" under "is")."""
    standing = clauses().standing
    if not standing.offset_marks or standing.offset_max_days <= 0:
        return None
    if anchor.dep_ == "pobj" and anchor.head.lower_ in standing.offset_marks:
        found = _measure(anchor.head, anchor.head)
        return None if found is None else (anchor, found[0], found[1], anchor.head)
    tok = nearest_verb(anchor)
    for _ in range(3):
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in standing.offset_marks), None)
        if mark is not None:
            found = _measure(tok, mark)
            return None if found is None else (tok, found[0], found[1], mark)
        if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _measure(host: Token, mark: Token) -> tuple[int, Token] | None:
    """The signed days and the token of an exact counted measure ("two days", "a day", "one week", "just a day") just
    before the subordinator ``mark`` of ``host`` (the clause's verb, or the preposition of an event noun), or None."""
    standing = clauses().standing
    # the parser hangs the measure on the clause's verb, on the subordinator, or on the verb of the clause counted
    # from just before the subordinator ("warned of it on Monday, a day before the envoy is due to visit"); on that
    # verb only when set off by a stop ("," "-"): "waited two days before he met" is a length of the waiting
    doc = host.doc
    aside = [
        c
        for c in host.head.children
        if c.right_edge.i == mark.i - 1 and c.left_edge.i > 0 and doc[c.left_edge.i - 1].is_punct
    ]
    around = [*host.children, *mark.children, *aside]
    for tok in around:
        unit = standing.offset_units.get(tok.lemma_.lower())
        if tok.dep_ != "npadvmod" or unit is None or tok.i > mark.i:
            continue
        count = None
        for c in tok.children:
            if c.dep_ == "nummod" and all(_exact(w) for w in c.children):  # "just two days", not "about two"
                count = count_of(c)
            elif c.dep_ == "det" and c.lower_ in ("a", "an"):
                count = 1
            elif not _exact(c):
                return None  # "more than two days", "some days", "the two days"
        if count is None:
            return None
        days = count * unit
        if not 1 <= days <= standing.offset_max_days:
            return None
        return standing.offset_marks[mark.lower_] * days, tok
    return None


def _exact(word: Token) -> bool:
    """Whether a word on a measure or its count leaves it exact: an adverb of ``offset_exact_words`` ("just")."""
    return word.dep_ == "advmod" and word.lower_ in clauses().standing.offset_exact_words and not list(word.children)


def _inside(mention: DateMention, sent: Span, proper: tuple[int, int]) -> bool:
    """Whether a date mention of ``sent`` lies within the token range ``proper``."""
    span = mention_span(mention, sent)
    return span is not None and proper[0] <= span.start and span.end - 1 <= proper[1]


def _counted_from(
    verb: Token, head: Token, sent: Span, article_date: dt.date, proper: tuple[int, int], days: int
) -> dt.date | None:
    """The day of the clause a counted measure hangs on. Its own day-precise mention, or a governing one, not one of
    the deed's own clause (a day the parser hangs on the deed's verb ahead of the measure, "On Tuesday, a day after X
    endorsed Y, Z said", is the clause's too), when that clause is not told ahead ("take effect on Monday, a week
    after": a present or modal with a day is a schedule whose weekday may be read in the wrong week). A governing
    day counts only for a main clause (not a "that" complement or a relative clause: "said on Monday that the strike
    came two days after", "Ghani, who arrived two days after ..., met survivors on Sunday") and not a day of telling
    (a speech verb's: "X waited ..., the Kremlin said on Thursday"). Else the article's day, only for a clause of
    ``standing.offset_now_verbs`` told in the present ("The protests come two days after") counting back ("after")
    to a deed told done ("met", "has met"), and not inside what a speaker says (the speaker's present is the day of
    the speech, which the article may not give): "The talks open two days after X meets Y" or "The anniversary falls
    a week after" tell a schedule, not the day of the telling. Else None."""
    standing = clauses().standing
    plain = ClauseReading(negated=False, modality="asserted", attributed_text=None, future=False)
    mention, where = date_mention(head, sent, article_date, plain)
    if mention is not None and where in ("own", "governing") and not _inside(mention, sent, proper):
        told = mention_verb(mention, sent)
        if where == "governing" and (
            head.dep_ in ("ccomp", "relcl") or told is None or told.lemma_.lower() in clauses().speech_verbs
        ):
            return None
        if _present_or_modal(head) or (told is not None and _present_or_modal(told)):
            return None
        return mention.date if mention.precision == "day" else None
    outside = {
        m.date
        for m in sentence_dates(sent, article_date, "past")
        if m.precision == "day" and not _inside(m, sent, proper) and mention_verb(m, sent) in (verb, head)
    }
    if outside:
        return outside.pop() if len(outside) == 1 and not _present_or_modal(head) else None
    if mention is not None:
        return None  # a week, a month or a year: no day to count from
    clause = nearest_verb(head)
    if clause.lemma_.lower() not in standing.offset_now_verbs or days >= 0 or not _past_deed(verb):
        return None
    if clause.dep_ in ("ccomp", "parataxis"):
        return None  # a present a speaker tells ("the minister said the vote comes a week after"): the speaker's now
    finite = finite_word(clause) if clause.pos_ in ("VERB", "AUX") else None
    if finite is not None and finite.tag_ in ("VBZ", "VBP"):
        return article_date
    return None


def _present_or_modal(verb: Token) -> bool:
    """Whether a clause is told in the present (not perfect) or with any modal: "take effect on Monday", "will meet",
    "may meet". Wider than ``dating._looks_ahead`` (which reads a day as the next one only for a future modal, a
    present auxiliary or "be", or a bare present of travel or meeting): any such clause may be a schedule whose
    weekday is read in the wrong week, so no day is counted from it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    finite = finite_word(verb)
    return finite is not None and (finite.tag_ == "MD" or (finite.tag_ in ("VBZ", "VBP") and not in_perfect(verb)))
