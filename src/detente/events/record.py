"""The event record of a candidate: its final code after modality and role, its date and place.

The code of an announced intention or threat is re-read by its own root (03, 13), and some
sources change the code (crowds fighting are violent protest, 145): the tables are
``intent_codes``, ``threat_codes`` and ``role_codes`` in ``data/clauses.yaml``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from detente.actors import ArticleContext
from detente.actors.attribution import attributed_actor
from detente.data import CameoInfo, cameo_table, clauses
from detente.events.arguments import Candidate
from detente.events.clause import ClauseReading
from detente.events.dating import pick_date
from detente.events.filters import remapped
from detente.records import Article, Cameo, Event, Evidence, Modality, Plover
from detente.where import locate


def final_code(cand: Candidate, reading: ClauseReading, info: CameoInfo) -> CameoInfo:
    table = cameo_table()
    if reading.expressed and not reading.negated:
        info = table.get(remapped(cand.code, clauses().intent_codes), info)
    elif reading.modality == "threat" and not reading.negated:
        info = table.get(remapped(cand.code, clauses().threat_codes), info)
    by_role = clauses().role_codes.get(cand.source.role or "")
    if by_role:
        info = table.get(remapped(info.code, by_role), info)
    return info


def stated_modality(reading: ClauseReading, deed: CameoInfo, recorded: CameoInfo) -> Modality:
    """'Russia said it would send troops' recorded as 0332, 'threatened to impose sanctions' as 1312: the event
    recorded is the intention or threat stated, a deed done, so asserted (guide 3: announced intentions are 03x,
    threats 13x; on train 1,999 the annotators wrote all 13 such found events asserted). The deed's own code kept
    ('is scheduled to visit', 042) keeps the clause's modality, intent."""
    if reading.modality in ("intent", "threat") and recorded.code != deed.code and recorded.root in ("03", "13"):
        return "asserted"
    return reading.modality


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without the white space around it (a blanked dateline included)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def make_event(
    article: Article,
    day: dt.date | None,
    index: int,
    sent: Span,
    cand: Candidate,
    reading: ClauseReading,
    info: CameoInfo,
    ctx: ArticleContext | None = None,
) -> Event:
    """The record of one candidate of sentence ``index``, read as ``reading``; ``day`` is the article's date
    (the date its body states, when it opens with one). ``ctx`` (the article's memory) reads the speaker's code."""
    said_code = final_code(cand, reading, info)
    modality = stated_modality(reading, info, said_code)
    info = said_code
    date, precision, date_text = pick_date(cand.anchor, sent, day, reading)
    lead, tail = trimmed(sent.text, 0, sent.end_char - sent.start_char)  # the span's own text: Doc.text is
    start, end = sent.start_char + lead, sent.start_char + tail  # rebuilt from every token on each call
    target = cand.target.code if cand.target else None
    # who asserted it, as a code or null; the speaker's words are kept apart for explain and the store's record
    said = attributed_actor(reading.attributed_head, ctx, day)
    if modality == "asserted" and precision == "day" and day is not None and date is not None and date > day:
        modality = "intent" if _told_ahead(cand.trigger) else modality
    return Event(
        article_id=article.id,
        event_id=Event.make_id(article.id, index, cand.trigger.idx, cand.source.code, target, cand.code),
        sentence_index=index,
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        source=cand.source,
        target=cand.target,
        cameo=Cameo(
            code=info.code, root=info.root, name=info.name, goldstein=info.goldstein, quad_class=info.quad_class
        ),
        plover=Plover(event_type=info.plover_type, mode=info.plover_mode),
        # placed by the code recorded, not the pattern's: "willing to sign" is recorded as words (032), placed where
        # they were said (tests/where/test_s14_places.py, test_the_place_recorded_follows_the_code_recorded)
        location=locate(cand.trigger, cand.place_targets, code=info.code),
        negated=reading.negated,
        modality=modality,
        attributed_to=said.code if said is not None else None,
        attributed_text=reading.attributed_text,
        evidence=Evidence(
            sentence=article.text[start:end],
            start=start,
            end=end,
            rule=cand.rule,
            trigger=cand.trigger.text,
            date_text=date_text,
            score=None if cand.score is None else round(cand.score, 3),
            source_why=cand.source_why,
            target_why=cand.target_why,
        ),
    )


def _told_ahead(trigger: Token) -> bool:
    """'Trump's visit to Seoul on Friday is his first': an event noun dated after the article's day, in a sentence
    not told in the past, is scheduled (intent). A deed told in the past with a later date ('On March 5, 2018,
    Israeli jets struck Gaza', a caption, a noun under 'was') keeps its reading: the article's date is then off."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    root = trigger.sent.root
    return not any(
        t.tag_ in ("VBD", "VBN") for t in (root, *(c for c in root.children if c.dep_ in ("aux", "auxpass")))
    )
