"""The event's date: a day counted from another clause ("two days after ...": ``offset``), a date expression of its
own clause, of a governing clause, or the sentence's only one; else the article date, flagged. Date mentions are found
once per sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from spacy.tokens import Span, Token

from detente.data import clauses
from detente.events.clause import ClauseReading, chain, schedules
from detente.nlp.memo import kept, per_doc
from detente.nlp.tree import in_perfect, nearest_verb
from detente.records import Event
from detente.when import DateMention, find_dates
from detente.when.stated import SPAN_KEY
from detente.when.table import tables

# an event its own clause dates more than this many days (past the end of its date's span) before the article is
# history, not news (``coder.background``)
BACKGROUND_DAYS = 31
# the most days a date of each precision can span, added before a date counts as history: a generous bound, so a month
# is 31 and a year 366 (``before_the_news``). Not ``clauses.yaml`` ``standing.offset_units``, which answers another
# question: how many days one counted unit always is ("two weeks after" is 14). Only a unit of fixed length may be
# counted, so that table has day and week and no month or year ("a month after" names no one day); the two agree where
# both have a unit, and neither can read the other's numbers without changing its answer (s34-tidy)
SPAN_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
# a date that tells a deed as the day's news names its day or week ("on Monday", "since Saturday", "this week"); a
# month or a year ("this year", "since 2014") tells a span, the total of which is no one deed
NEWS_PRECISIONS = ("day", "week")


DATES_KEY = "detente_dates"


def sentence_dates(sent: Span, article_date: dt.date, tense: str) -> list[DateMention]:
    """The date expressions of a sentence, found once however many events the sentence has."""
    memo = per_doc(DATES_KEY, sent.doc)
    key = (sent.start, article_date, tense)
    if key not in memo:
        found = find_dates(sent.text, article_date, tense=tense)
        stated = kept(SPAN_KEY, sent.doc)  # the body's own dateline is no event's date
        if stated is not None:
            found = [
                m for m in found if not (stated[0] < sent.start_char + m.end and sent.start_char + m.start < stated[1])
            ]
        memo[key] = found
    return memo[key]


def pick_date(
    anchor: Token, sent: Span, article_date: dt.date | None, reading: ClauseReading
) -> tuple[dt.date | None, str, str | None]:
    """The event's date: a date expression attached to its own clause, then to a governing clause
    ("said on Monday that ..."), then a lone date of the sentence; else the article date, flagged.

    A date on the event's own clause follows its tense ("will visit ... next week"); an expressed
    intention ("said it would ...") is dated when it was expressed, not when it is meant to happen.
    """
    if article_date is None:
        return None, "article", None
    from detente.events.offset import offset_day  # offset reads this module's mentions: imported late, not at load

    best, where = date_mention(anchor, sent, article_date, reading)
    counted = offset_day(anchor, sent, article_date, best if where == "own" else None)
    if counted is not None:  # "come two days after the premier met the president": the day counted from the clause's
        return counted  # own stated day ("offset_day")
    if best is None:  # the flag ``article`` means this date and no other: an earlier sentence's day is not carried
        return article_date, "article", None
    back = period_days(anchor) if where in ("governing", "loose") and best.precision == "day" else None
    if back is not None:  # "have killed 18 in the last 24 hours, a monitoring group said on Friday": Thursday
        return best.date - dt.timedelta(days=back), "day", best.text
    return best.date, best.precision, best.text


def period_days(anchor: Token) -> int | None:
    """How many days back a deed told over a counted recent period begins ("killed 18 fighters over the past 24
    hours": 1, "in the last 48 hours", "over the past two days": 2), or None. A toll or a run of strikes the report
    sums up over such a period is dated by the annotators at the period's start, the day(s) before the report's day
    the governing clause names ("..., a monitoring group said on Friday": Thursday). The period is a noun of
    ``standing.recent_period_nouns`` counted in a unit of ``recent_period_hours``, with a modifier of recency
    (``recent_period_modifiers``: past, last) and a number, at most ``recent_period_max_days`` long (a longer span
    dates no day). Its preposition must hang directly on the deed's verb (``occasion_preposition``): a period on a
    noun or on another clause's verb times another deed than the one told ("condemned the air strikes of the past
    48 hours", "accused Syria of killing 30 in the last 48 hours": the condemning and the accusing are the report's
    day). A period noun with an "of" of its own is the end of something else ("during the last two days of the
    talks"), not a period counted back from the report."""
    standing = clauses().standing
    verb = nearest_verb(anchor)
    for prep in verb.children:
        if occasion_preposition(prep, verb) is None:
            continue
        for tok in prep.children:
            unit = tok.lemma_.lower()
            if tok.dep_ != "pobj" or unit not in standing.recent_period_hours:
                continue
            if unit not in standing.recent_period_nouns or any(c.lower_ == "of" for c in tok.children):
                continue
            if not any(m.lower_ in standing.recent_period_modifiers for m in tok.children):
                continue
            count = next((count_of(c) for c in tok.children if c.dep_ == "nummod"), None)
            if count is None:
                continue
            days = round(count * standing.recent_period_hours[unit] / 24)
            return days if 1 <= days <= standing.recent_period_max_days else None
    return None


def count_of(tok: Token) -> int | None:
    """The number a counting word states ("24", "two"), or None."""
    if tok.text.isdigit():
        return int(tok.text)
    return tables().numbers.get(tok.lower_)


def clause_dated(anchor: Token, sent: Span, article_date: dt.date | None, reading: ClauseReading) -> bool:
    """Whether the event's date is one its own clause states ("fought ... on Sunday"), not one borrowed from the
    clause that reports it ("said on Monday the armies once fought") or a lone date of the sentence: only its own
    date can outweigh a word of the clause that puts it before the news."""
    if article_date is None:
        return False
    return date_mention(anchor, sent, article_date, reading)[1] == "own"


def dated_in_the_news(anchor: Token, sent: Span, article_date: dt.date | None, reporting: bool = False) -> bool:
    """Whether the verb's own clause (or, with ``reporting``, the clause that reports it: "..., police said on
    Tuesday") names a day or week of the news ("have killed 20 civilians on Tuesday", "which has launched strikes on
    Monday", "since Saturday", "this week"), not a span or a time well before it ("since 2014"). Rules that read a
    clause as background or description ask this of the few candidates they would drop; the sentence's date mentions
    are read once for all (``sentence_dates``)."""
    if article_date is None:
        return False
    reading = ClauseReading(negated=False, modality="asserted", attributed_text=None, future=False)
    mention, where = date_mention(anchor, sent, article_date, reading)
    if mention is None or where not in (("own", "governing") if reporting else ("own",)):
        return False
    return mention.precision in NEWS_PRECISIONS and not before_the_news(mention.date, mention.precision, article_date)


def told_at_a_past_time(anchor: Token, sent: Span, article_date: dt.date | None) -> bool:
    """'When Wang Yi saw Jeremy Hunt in New York in September, Wang pressed Britain ...': a deed with no date
    of its own, told at the time of a temporal clause on its verb (``clauses.yaml`` ``standing.temporal_marks``:
    when, before, while) whose own clause states a date before the news, is background as that clause
    is. (A conjunct verb shares its head's temporal clause.)"""
    if article_date is None:
        return False
    marks = clauses().standing.temporal_marks
    reading = ClauseReading(negated=False, modality="asserted", attributed_text=None, future=False)
    verbs = [anchor, anchor.head] if anchor.dep_ == "conj" and anchor.head.i != anchor.i else [anchor]
    for clause in (c for v in verbs for c in v.children if c.dep_ == "advcl"):
        if not any(k.dep_ in ("mark", "advmod") and k.lower_ in marks for k in clause.children):
            continue
        mention, where = date_mention(clause, sent, article_date, reading)
        if mention is not None and where == "own" and before_the_news(mention.date, mention.precision, article_date):
            return True
    return False


YEAR_MODIFIER_DEPS = ("nummod", "compound", "amod", "nmod")


def occasion_preposition(prep: Token, anchor: Token) -> str | None:
    """The words of a preposition that hangs directly on the deed's verb ('in', 'during'), or of an adverb on the verb
    and its preposition ('prior to'); None when the preposition hangs on anything else (a noun, a gerund: the year then
    dates the deed's topic or reason, not the deed: 'praised Trump's victory in the 2016 election'). An occasion the
    parser hangs on the deed's object is not read either: on train it dated a deed in one sentence, on short
    sentences it dated praise of a past victory (review s28-weak), and a rule for objects with a number on them
    fitted that one sentence only."""
    if prep.dep_ != "prep":
        return None
    if prep.head.i == anchor.i:
        return prep.lower_
    if prep.head.dep_ == "advmod" and prep.head.head.i == anchor.i:
        return f"{prep.head.lower_} {prep.lower_}"
    return None


def at_a_past_occasion(anchor: Token, article_date: dt.date | None) -> bool:
    """'Israel took the Golan Heights in the 1967 war', 'In a 1979 ruling, the court backed Carter',
    'Johnson faulted him prior to the 2016 election': a deed placed at an occasion whose noun a year before the
    news modifies is background (guide 3), though no date expression of the clause says so (the date finder reads no
    year that modifies a noun). The year's noun must be the object of an occasion preposition hung directly on the
    verb (``standing.past_occasions.preps``); a year in the deed's topic or reason ('accused Russia of meddling in the
    2016 election', 'in response to the 2017 sanctions') leaves the deed news."""
    occasions = clauses().standing.past_occasions
    if article_date is None or occasions is None:
        return False
    for tok in anchor.subtree:
        of_year = tok.dep_ == "pobj" and tok.head.lower_ == "of"
        if not ((tok.dep_ in YEAR_MODIFIER_DEPS or of_year) and tok.text.isdigit() and len(tok.text) == 4):
            continue
        year = int(tok.text)
        if not occasions.earliest_year <= year <= article_date.year:
            continue
        if not before_the_news(dt.date(year, 1, 1), "year", article_date):
            continue
        noun = _occasion_noun(tok)
        if noun.dep_ == "pobj" and occasion_preposition(noun.head, anchor) in occasions.preps:
            return True
    return False


def _occasion_noun(year: Token) -> Token:
    """The noun a year dates: its head ('the 1967 war'), past the modifiers it is parsed on ('a lightning 2014
    campaign': the year on 'lightning'), or the noun an "of" with the year hangs on ('the war of 1974')."""
    noun = year.head
    if year.dep_ == "pobj" and noun.lower_ == "of":
        return noun.head
    for _ in range(3):
        if noun.dep_ not in YEAR_MODIFIER_DEPS or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun


def before_the_news(date: dt.date, precision: str, article_date: dt.date) -> bool:
    """Whether a date of this precision ends more than ``BACKGROUND_DAYS`` before the article: history, not news."""
    return (article_date - date).days - SPAN_DAYS.get(precision, 1) > BACKGROUND_DAYS


def date_mention(
    anchor: Token, sent: Span, article_date: dt.date, reading: ClauseReading
) -> tuple[DateMention | None, str | None]:
    """The date mention pick_date takes and where it sits: 'own' (the event's clause), 'governing' or 'loose'."""
    past = sentence_dates(sent, article_date, "past")
    if not past:
        return None, None
    future = {m.start: m for m in sentence_dates(sent, article_date, "future")} if reading.future else {}
    chain_ids = {t.i for t in chain(anchor)}
    own = {anchor.i}
    tok = anchor
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        own.add(tok.i)
    subj = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    clause_start = subj[0].left_edge.i if subj else anchor.i  # "said on Monday it would ...": before "it"
    own_mention = governing = None
    loose = []
    for m in past:
        span = mention_span(m, sent)
        if span is None:
            continue
        verb = span.root
        on_anchor = False  # "ahead of Trump's visit to Seoul on Friday": a date hung on the event noun itself
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            on_anchor = on_anchor or verb.i == anchor.i
            verb = verb.head
        if not reading.future and verb.pos_ in ("VERB", "AUX") and _looks_ahead(verb):
            ahead = sentence_future(sent, article_date).get(m.start, m)  # "makes his first visit beginning Monday"
            if (ahead.date - m.date).days <= 7:  # a day name; a present-tense caption "on June 9" keeps its year
                m = ahead
        in_other_clause = verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj")
        if span.root.dep_ not in ("poss", "compound", "nmod", "amod") and not in_other_clause:
            loose.append(m)  # "Lukashenko, who has ruled since 1994, ...": not this event's date
        before_clause = span.end <= clause_start and len(chain_ids) > 1
        if (
            (verb.i in own or (on_anchor and anchor.pos_ in ("NOUN", "PROPN")))
            and own_mention is None
            and not before_clause
        ):
            own_mention = m
        elif (verb.i in chain_ids or before_clause or _reports(verb, anchor, own)) and governing is None:
            governing = m
    if own_mention is not None and not reading.expressed:
        return (future.get(own_mention.start, own_mention) if reading.future else own_mention), "own"
    if governing is not None:
        scheduled = reading.future and reading.modality == "intent" and not reading.expressed
        if scheduled and not _governed_in_the_past(governing, sent):
            governing = future.get(governing.start, governing)
        return governing, "governing"
    if len(loose) == 1 and not (reading.expressed and own_mention is loose[0]):
        return loose[0], "loose"
    return None, None


def _reports(verb: Token, anchor: Token, own: set[int]) -> bool:
    """Whether a verb is the report of the event's clause run on after it with no comma, the parser hanging it as a
    conjunct ("Syrian jets have killed 30 rebels around Idlib an activist group said on Friday"): a verb of speech
    (``clauses.yaml`` ``speech_verbs``) after the event, conjoined to its clause's verb, with a subject of its own
    (a conjunct that shares the doer's subject, "bombed Aleppo and said on Friday ...", is the doer's next deed), and
    no conjunction before it (after "but" or "and", "officials declined to comment but the minister told reporters on
    Monday", it is a second statement). Its day dates the event as a governing "..., a monitor said on
    Friday" does."""
    head = verb.head
    # the conjunction that joins this conjunct stands after the conjunct before it ("when she was young and he was not,
    # a paper reported on Thursday": the "and" is the earlier conjunct's)
    after = max((c.i for c in head.children if c.dep_ == "conj" and c.i < verb.i), default=head.i)
    return (
        verb.dep_ == "conj"
        and verb.i > anchor.i
        and (head.i in own or head.i == nearest_verb(anchor).i)
        and verb.lemma_.lower() in clauses().speech_verbs
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "cc" and after < c.i < verb.i for c in (*head.children, *verb.children))
    )


def _governed_in_the_past(mention: DateMention, sent: Span) -> bool:
    """Whether the clause a date of ``sent`` hangs on tells a deed already done ("ahead of Xi's visit, police on
    Monday sealed off the square", "police have sealed off the square since Monday"): a scheduled event (a future
    reading no actor states) dated only by its governing clause takes that clause's day forward ("the allies would
    look united ahead of Trump's summit in Vienna on Monday", "is scheduled on Monday to meet"; guide section 6: a
    scheduled act's weekday is the next such day), unless that clause is told in the past (``told_past``), in the
    perfect (a "have" auxiliary, which ``_looks_ahead`` never reads ahead either), or as a bare past participle with
    no auxiliary ("police on Monday sealed off", "sealed" tagged VBN: the small model's past tense). A mention no
    tokens hold is not trusted to look ahead."""
    verb = mention_verb(mention, sent)
    if verb is None:
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    bare_participle = verb.tag_ == "VBN" and not auxiliaries
    return bare_participle or in_perfect(verb) or told_past(verb)


def mention_span(mention: DateMention, sent: Span) -> Span | None:
    """The tokens of a date mention of ``sent`` (its offsets are the sentence's characters), or None when no tokens
    hold it."""
    return sent.doc.char_span(sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand")


def mention_verb(mention: DateMention, sent: Span) -> Token | None:
    """The verb the clause of a date mention of ``sent`` hangs on, or None when no tokens hold the mention."""
    span = mention_span(mention, sent)
    return None if span is None else nearest_verb(span.root)


def sentence_future(sent: Span, article_date: dt.date) -> dict[int, DateMention]:
    """The sentence's date mentions read forward (a bare "Monday" on or after the article date), by start."""
    return {m.start: m for m in sentence_dates(sent, article_date, "future")}


def _looks_ahead(verb: Token) -> bool:
    """Whether the clause a date sits in is told ahead of the article: its finite word is a future auxiliary ("will
    meet on Monday"), a present auxiliary or "be" ("is expected to arrive on Monday", "the vote is on Thursday"), or
    a bare present verb of travel or meeting ("makes his first state visit beginning Monday", "arrives on Monday").
    A schedule's day is the next one, not last week's (guide section 6); but a headline or caption tells a deed done
    in the present too ("Israeli jets strike Gaza on Monday"), so other bare presents keep the day past. A non-finite
    verb takes the tense of the verb it hangs from ("is expected to arrive", "makes a visit beginning Monday"); a
    finite verb without a subject is a noun mis-tagged ("airstrikes" VBZ) and says nothing."""
    future_aux = clauses().future_aux
    tok = verb
    for _ in range(3):
        finite = finite_word(tok)
        if finite is not None:
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children):
                return False  # no clause: a noun the tagger read as a verb ("in regime airstrikes on Friday")
            if finite.tag_ == "MD":
                return finite.lower_ in future_aux
            if finite.tag_ not in ("VBZ", "VBP") or finite.lemma_ == "have":
                return False
            # an auxiliary ("is expected to arrive", "is visiting") or "be" ("the vote is on Thursday") looks ahead; a
            # bare lexical present only when it schedules travel or a meeting: a headline's "Israeli jets strike Gaza
            # on Monday" or "Police arrest protesters on Sunday" is a deed already done
            return finite is not tok or tok.lemma_.lower() == "be" or schedules(tok)
        if _done_participle(tok):
            return False
        if tok.head.i == tok.i:
            return False
        tok = nearest_verb(tok.head)  # "makes a visit beginning Monday": the participle hangs from the noun
        if tok.pos_ not in ("VERB", "AUX"):
            return False
    return False


def _done_participle(verb: Token) -> bool:
    """'The protests come after an interview printed in The Times on Saturday': a past participle that
    modifies a noun (``acl``, no auxiliary) tells a deed already done, whatever the tense of the clause the noun sits
    in; its day is not read ahead. A participle of intention ('the talks scheduled for Monday', 'a vote set for
    Friday': ``clauses.yaml`` ``intent_verbs``), or any participle followed by "for" and a day ('a summit arranged for
    Monday'), names a schedule and takes its clause's tense as before."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and verb.lemma_.lower() not in clauses().intent_verbs
        and not any(c.dep_ == "prep" and c.lower_ == "for" and _dated(c) for c in verb.children)
    )


def _dated(prep: Token) -> bool:
    """Whether a preposition's object is a date ("for Monday", "for May 3"): "a summit arranged for Monday" names the
    day a thing is set for, a schedule, not a deed done."""
    return any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in prep.children)


def finite_word(verb: Token) -> Token | None:
    """The word that carries a verb's tense: its first auxiliary before it that is a modal or finite ("will", "is",
    "had"), else the verb itself when finite ("struck", "meets"), else None (a participle or infinitive)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = next((a for a in aux if a.tag_ in ("MD", "VBZ", "VBP", "VBD")), None)
    if finite is None and verb.tag_ in ("VBZ", "VBP", "VBD"):
        return verb
    return finite


def carried_day(
    event: Event, previous: Span | None, day: dt.date | None, reading: ClauseReading, anchor: Token
) -> Event:
    """An event whose sentence has no date words (so flagged ``article``) takes the one day the sentence just before it
    states: news tells a day's deeds in a run of sentences and names the day once ("Israeli jets struck Gaza on
    Monday. The strikes killed 12 ..."), and the guide dates each by the day the text fixed for it (annotation.md 2).
    Only a single day of the news counts: the sentence before must name exactly one day (two days, or only a week, a
    month or a year, leave the article's date), on or before the reference day and not history (``before_the_news``),
    and that day must date the main clause of that sentence (own or governing for its root): a day of a relative or
    subordinate clause ("Iran, which signed a deal on Monday, criticized Israel") dates no run of deeds. A day told
    ahead there ("will meet on Friday") leaves the article's date. Only an asserted event told in the past tense
    takes the day: a hypothetical or an intention is no deed of that day, and a present ("Iran says it condemns
    Israel", "is accusing") is told of the article's day. The record keeps where the day came from
    (``evidence.date_from``). Applied after every filter: no event is added or removed by it."""
    if previous is None or day is None or not _takes_a_day(event, day, reading, anchor):
        return event
    mention = _one_past_day(previous, day)
    if mention is None:
        return event
    main = _main_clause_date(previous, day)
    if main is None or main.date != mention.date:
        return event  # the one day dates a relative or subordinate clause, not the sentence's main clause
    return dated_from(event, mention, event.sentence_index - 1)


def _takes_a_day(event: Event, day: dt.date, reading: ClauseReading, anchor: Token) -> bool:
    """Whether an event may take a day another sentence names (``carried_day``, ``story_day``): it is dated by the
    article (no day of its own), its sentence has no date words at all (words that date no clause of it, "Iran, which
    met on Monday, ...", are not none), and it is an asserted deed told in the past (a hypothetical or an intention is
    no deed of that day; a present is told of the article's day)."""
    if event.date_precision != "article" or sentence_dates(anchor.sent, day, "past"):
        return False
    return reading.modality == "asserted" and not reading.future and not reading.expressed and told_past(anchor)


def _one_past_day(sent: Span, day: dt.date) -> DateMention | None:
    """The one day of the news another sentence names, for ``carried_day`` and ``story_day``: exactly one day-precise
    date (two days leave the day unknown; a week, a month or a year is no day), on or before the reference day, not
    history (``before_the_news``) and not told ahead ("will meet on Friday" is no day a deed was done on)."""
    return the_one_day((m for m in sentence_dates(sent, day, "past") if m.precision == "day"), sent, day)


def the_one_day(mentions: Iterable[DateMention], sent: Span, day: dt.date) -> DateMention | None:
    """Of a sentence's day-precise mentions, the one day a deed was done on: exactly one date (two leave the day
    unknown), on or before the reference day, not history and not told ahead. Shared by ``_one_past_day`` and the
    later re-mention's day (``events/backday.py``)."""
    days = {m.date: m for m in mentions}
    if len(days) != 1:
        return None
    date, mention = next(iter(days.items()))
    if date > day or before_the_news(date, "day", day) or told_ahead(mention, sent):
        return None
    return mention


def dated_from(event: Event, mention: DateMention, sentence: int) -> Event:
    """The event dated to the day ``mention`` of sentence ``sentence`` names, the record keeping its words and the
    sentence it came from (``evidence.date_from``: the store's ``date_basis`` is then ``carried``)."""
    evidence = event.evidence.model_copy(update={"date_text": mention.text, "date_from": sentence})
    return event.model_copy(update={"date": mention.date, "date_precision": "day", "evidence": evidence})


def story_day(
    event: Event, dated: list[Event], sents: list[Span], day: dt.date | None, reading: ClauseReading, anchor: Token
) -> Event:
    """An event still dated by the article (``carried_day`` found no day in the sentence just before) takes the day
    of the nearest earlier sentence, at most ``clauses.yaml`` ``standing.story_day_sentences`` back, that names a
    time, when that time is one past day and the story there is about the same actor: an event coded in that sentence
    is dated that very day and has this one's source ("The minister criticized the plan on Thursday. The treaty came
    up too. She also attacked the alliance."). The annotators date such a deed by the day the story fixed, not by the
    article (annotation.md 2).

    Why the same source: another party's reaction told after a dated deed is not of that day ("Russia expelled two
    diplomats on Monday. ... Britain accused Russia of breaking the treaty": a shared party in the other role), nor
    is a third party's deed against the same target. On train 1,679 (docs/events.md, s30-days) a shared source or
    target found 6 right days and the same source 3 (with the stops below); the 2 it gives up are one actor coded
    two ways in two sentences (fakes-1965511184@701), no shared-party rule told apart from the reactions.

    The earlier sentence's day is ``_one_past_day`` (as ``carried_day``'s) and its root is told in the past. Any
    time a sentence on the way names stops the search: a sentence between that names a week, a month or a year ("In
    2014 ...", "Last month ...") moves the story to another time, and a day there that is not the story's (a second
    day, one told ahead, or a sentence just before whose day ``carried_day`` would not carry) is carried by nothing.
    A deed told in the past perfect ("had shelled the town") is told as earlier than the story's day: it takes none.
    Same eligibility as ``carried_day`` otherwise (``_takes_a_day``). Applied after every filter: no event is added or
    removed."""
    reach = clauses().standing.story_day_sentences
    index = event.sentence_index
    if reach < 2 or day is None or not 0 <= index < len(sents) or not _takes_a_day(event, day, reading, anchor):
        return event
    if past_perfect(anchor):
        return event
    for back in range(1, min(reach, index) + 1):
        earlier = sents[index - back]
        times = sentence_dates(earlier, day, "past")
        if not times or (all(m.precision != "day" for m in times) and _main_clause_date(earlier, day) is None):
            continue  # no time, or a week, month or year of a subordinate clause only ("after a vote in June")
        mention = _one_past_day(earlier, day) if back > 1 else None
        if mention is None or not told_past(earlier.root):
            return event
        if not _same_source(event, dated, index - back, mention.date):
            return event
        return dated_from(event, mention, index - back)
    return event


def _main_clause_date(sent: Span, day: dt.date) -> DateMention | None:
    """The time that dates a sentence's main clause (its root's own or governing date), if any: "In 2014 the union
    imposed sanctions" moves the story to 2014; "The town has been tense since its council voted in March" names a
    month of a subordinate clause only and leaves the story where it was (``story_day``); a day ``carried_day`` carries
    must be this one."""
    plain = ClauseReading(negated=False, modality="asserted", attributed_text=None, future=False)
    main, where = date_mention(sent.root, sent, day, plain)
    return main if where in ("own", "governing") else None


def past_perfect(anchor: Token) -> bool:
    """Whether an event's trigger is told in the past perfect ("had shelled"; a noun trigger takes its verb)."""
    verb = nearest_verb(anchor)
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children)


def _same_source(event: Event, dated: list[Event], sentence: int, date: dt.date) -> bool:
    """Whether an event of ``sentence`` dated ``date`` to the day has ``event``'s source code."""
    return any(
        other.sentence_index == sentence
        and other.date == date
        and other.date_precision == "day"
        and other.source.code == event.source.code
        for other in dated
    )


def told_past(anchor: Token) -> bool:
    """Whether the clause of an event's trigger is told in the past tense: a past verb ("struck"), a past
    auxiliary (past perfect "had struck", a passive "was struck", "did not"), or a non-finite verb whose governing
    verb is so told ("struck Gaza, killing 12", "went on to strike"). A noun trigger takes its clause's verb."""
    tok = anchor
    for _ in range(4):
        tok = nearest_verb(tok)
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        finite = finite_word(tok)
        if finite is not None:
            return finite.tag_ == "VBD"
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def told_ahead(mention: DateMention, sent: Span) -> bool:
    """Whether the clause a date mention of ``sent`` sits in is told ahead ("Putin will meet Erdogan on Friday"): its
    day, read as past, is no day a deed told after it was done on."""
    verb = mention_verb(mention, sent)
    if verb is None:
        return True  # a mention no tokens hold is not trusted
    return verb.pos_ in ("VERB", "AUX") and _looks_ahead(verb)


def sentence_day(sent: Span, article_date: dt.date | None) -> dt.date | None:
    """The day a sentence is about, for who held which office: its one day-precise date, else the article's.
    ("On November 28 Hayat Tahrir al-Sham overran ..." in an article of December 10 is still the rebels.)"""
    if article_date is None:
        return None
    days = {m.date for m in sentence_dates(sent, article_date, "past") if m.precision == "day"}
    return days.pop() if len(days) == 1 else article_date
