"""Annotators write words, the repository stores offsets: turning a draft into an annotation.

A draft names spans by the words of the event's sentence ("Iran's foreign minister", or
"Iran@2" for the second "Iran" of the sentence), which people can write and check by eye.
``convert`` finds each span in its sentence, fills the PLOVER type and root from the CAMEO
code, checks every value, and reports all problems of a draft at once.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import ValidationError

from detente.corpus.schema import AnnotatedArticle, AnnotatedEvent, ArticleDate, names_date, text_sha1
from detente.corpus.sentences import sentence_offsets
from detente.data import cameo_table
from detente.records import Article

DRAFT_KEYS = {
    "s",
    "trigger",
    "source",
    "source_code",
    "target",
    "target_code",
    "code",
    "modality",
    "negated",
    "date",
    "precision",
    "place",
    "place_country",
    "lat",
    "lon",
    "place_span",
    "said_by",
    "said_by_code",
    "note",
}


class DraftError(ValueError):
    """A draft that cannot become an annotation; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _occurrences(text: str, words: str) -> list[int]:
    """Starts of ``words`` in ``text`` as whole words ("he" is not in "Theresa"); case-blind if never exact."""
    for flags in (0, re.IGNORECASE):
        left = r"(?<!\w)" if words[:1].isalnum() else ""
        right = r"(?!\w)" if words[-1:].isalnum() else ""
        found = [m.start() for m in re.finditer(left + re.escape(words) + right, text, flags)]
        if found:
            return found
    return []


def anchor(text: str, words: str, offset: int) -> tuple[int, int] | None:
    """Offsets of ``words`` in ``text`` (its n-th whole-word occurrence for ``words@n``), shifted by ``offset``."""
    words, nth = _split_nth(words)
    found = _occurrences(text, words)
    if len(found) < (nth or 1):
        return None
    start = found[(nth or 1) - 1]
    return offset + start, offset + start + len(words)


def _split_nth(words: str) -> tuple[str, int | None]:
    if "@" in words and words.rsplit("@", 1)[1].isdigit():
        w, n = words.rsplit("@", 1)
        return w, int(n)
    return words, None


def ambiguous(text: str, words: str) -> int:
    """How many times ``words`` (without ``@n``) occur in ``text`` as whole words, when more than once; else 0."""
    w, nth = _split_nth(words)
    count = len(_occurrences(text, w))
    return count if nth is None and count > 1 else 0


def _event(
    raw: dict[str, Any],
    k: int,
    article: Article,
    sentences: list[tuple[int, int]],
    problems: list[str],
    today: dt.date | None,
):
    where = f"event {k}"
    unknown = set(raw) - DRAFT_KEYS
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)} (allowed: {sorted(DRAFT_KEYS)})")
    s = raw.get("s")
    if not isinstance(s, int) or not 0 <= s < len(sentences):
        problems.append(f"{where}: 's' must be a sentence index 0..{len(sentences) - 1}, got {s!r}")
        return None
    start, end = sentences[s]
    sent = article.text[start:end]

    def span(key: str, required: bool) -> tuple[int, int] | None:
        words = raw.get(key)
        if words in (None, ""):
            if required:
                problems.append(f"{where}: '{key}' is required")
            return None
        found = anchor(sent, str(words), start)
        if found is None:
            problems.append(f"{where}: '{key}' {words!r} is not in sentence {s} as whole words: {sent!r}")
        elif n := ambiguous(sent, str(words)):
            problems.append(f"{where}: '{key}' {words!r} occurs {n} times in sentence {s}: write '{words}@1'..'@{n}'")
        return found

    def party(key: str, code_key: str, required: bool) -> dict | None:
        code = raw.get(code_key)
        if code in (None, ""):
            if required:
                problems.append(f"{where}: '{code_key}' is required")
            elif raw.get(key):
                problems.append(f"{where}: '{key}' is given but '{code_key}' is not")
            return None
        return {"code": code, "span": span(key, False)}

    trigger = span("trigger", True)
    code = str(raw.get("code", ""))
    info = cameo_table().get(code)
    if info is None:
        problems.append(f"{where}: {code!r} is not a CAMEO code (see `detente corpus codes`)")
        return None
    place = None
    if raw.get("place"):
        place = {
            "name": raw["place"],
            "country": raw.get("place_country"),
            "lat": raw.get("lat"),
            "lon": raw.get("lon"),
            "span": span("place_span", False) if raw.get("place_span") else anchor(sent, raw["place"], start),
        }
    date = raw.get("date")
    record = {
        "sentence": s,
        "trigger": trigger or (start, start),
        "source": party("source", "source_code", True),
        "target": party("target", "target_code", False),
        "code": code,
        "root": info.root,
        "plover": {"event_type": info.plover_type, "mode": info.plover_mode},
        "modality": raw.get("modality", "asserted"),
        "negated": bool(raw.get("negated", False)),
        "date": date,
        "date_precision": raw.get("precision", "day" if date else "none"),
        "place": place,
        "attributed_to": party("said_by", "said_by_code", False),
        "note": raw.get("note") or None,
    }
    if record["source"] is None:
        return None
    try:
        event = AnnotatedEvent.model_validate(record)
    except ValidationError as exc:
        for e in exc.errors():
            problems.append(f"{where}: {'.'.join(map(str, e['loc']))}: {e['msg']}")
        return None
    if event.date is not None and today is not None and event.date > today + dt.timedelta(days=400):
        problems.append(f"{where}: date {event.date} is long after the article's date {today}")
    return event


def _article_date(draft: dict[str, Any], article: Article, problems: list[str]) -> ArticleDate | None:
    """The article's true date a draft states (``article_date`` with the words ``article_date_evidence``
    that print it, found as whole words of the text, ``@n`` for the n-th), or None when it states none."""
    day, words = draft.get("article_date"), draft.get("article_date_evidence")
    if not day and not words:
        return None
    if not day or not words:
        problems.append("'article_date' and 'article_date_evidence' go together: the day and the words stating it")
        return None
    span = anchor(article.text, str(words), 0)
    if span is None:
        problems.append(f"'article_date_evidence' {words!r} is not in the article's text as whole words")
        return None
    try:
        stated = ArticleDate(date=day, evidence=span)
    except ValidationError as exc:
        problems.extend(f"article_date: {e['msg']}" for e in exc.errors())
        return None
    if not names_date(article.text[span[0] : span[1]], stated.date):
        problems.append(f"'article_date_evidence' {words!r} does not state {stated.date} (its day and month or year)")
        return None
    return stated


def convert(draft: dict[str, Any], article: Article) -> AnnotatedArticle:
    """The annotation a draft describes, or ``DraftError`` with every problem found."""
    problems: list[str] = []
    if draft.get("id") != article.id:
        problems.append(f"draft id {draft.get('id')!r} is not the article's id {article.id!r}")
    if not draft.get("annotator"):
        problems.append("'annotator' is required")
    sentences = sentence_offsets(article.text)
    stated = _article_date(draft, article, problems)
    today = stated.date if stated else article.date
    raws = enumerate(draft.get("events", []))
    events = [_event(raw, k, article, sentences, problems, today) for k, raw in raws]
    if problems:
        raise DraftError(problems)
    return AnnotatedArticle(
        id=article.id,
        annotator=str(draft["annotator"]),
        text_sha1=text_sha1(article.text),
        sentences=sentences,
        events=[e for e in events if e is not None],
        note=draft.get("note") or None,
        article_date=stated,
    )


def words_of(text: str, span: tuple[int, int] | None, sentence: tuple[int, int]) -> str | None:
    """The draft words for ``span`` inside ``sentence``: its text, with ``@n`` when it occurs more than once."""
    start, end = sentence
    if span is None or span[0] == span[1] or not (start <= span[0] and span[1] <= end):
        return None  # a span in another sentence has no words in this one: the code alone is kept
    sent, words = text[start:end], text[span[0] : span[1]]
    found = _occurrences(sent, words)
    if len(found) > 1 and span[0] - start in found:
        return f"{words}@{found.index(span[0] - start) + 1}"
    return words


def to_draft(ann: AnnotatedArticle, article: Article, annotator: str) -> dict[str, Any]:
    """The draft an annotation was made from (words, not offsets), to revise it under a newer guide.

    ``convert(to_draft(ann, ...), article)`` gives back the same events, so a reviewer edits only what the
    newer guide changes and stores the article again with ``detente corpus add --replace``. Spans that lie in
    another sentence than their event's (a ``said_by`` named a sentence before) cannot be written as words of
    the event's sentence: the draft keeps their codes, and ``spans_elsewhere`` lists them so nothing goes unsaid.
    """
    text = article.text
    events = []
    for e in ann.events:
        sent = ann.sentences[e.sentence]
        raw: dict[str, Any] = {"s": e.sentence, "trigger": words_of(text, e.trigger, sent), "code": e.code}
        for key, party in (("source", e.source), ("target", e.target), ("said_by", e.attributed_to)):
            if party is None:
                continue
            raw[f"{key}_code"] = party.code
            if words := words_of(text, party.span, sent):
                raw[key] = words
        if e.modality != "asserted":
            raw["modality"] = e.modality
        if e.negated:
            raw["negated"] = True
        if e.date is not None:
            raw["date"], raw["precision"] = e.date.isoformat(), e.date_precision
        if e.place is not None:
            raw.update(place=e.place.name, place_country=e.place.country, lat=e.place.lat, lon=e.place.lon)
            span_words = words_of(text, e.place.span, sent)
            if span_words and span_words != e.place.name:
                raw["place_span"] = span_words
        if e.note:
            raw["note"] = e.note
        events.append(raw)
    draft: dict[str, Any] = {"id": ann.id, "annotator": annotator, "events": events}
    if ann.note:
        draft["note"] = ann.note
    if ann.article_date is not None:
        start, end = ann.article_date.evidence
        found = _occurrences(text, text[start:end])
        nth = f"@{found.index(start) + 1}" if len(found) > 1 and start in found else ""
        draft["article_date"] = ann.article_date.date.isoformat()
        draft["article_date_evidence"] = text[start:end] + nth
    return draft


def spans_elsewhere(ann: AnnotatedArticle) -> list[str]:
    """The party and place spans of ``ann`` that lie outside their event's sentence (``to_draft`` drops them)."""
    lost = []
    for k, e in enumerate(ann.events):
        start, end = ann.sentences[e.sentence]
        spans = {"source": e.source.span, "target": e.target and e.target.span}
        spans |= {"said_by": e.attributed_to and e.attributed_to.span, "place": e.place and e.place.span}
        lost += [f"event {k} {key}" for key, sp in spans.items() if sp and not (start <= sp[0] and sp[1] <= end)]
    return lost
