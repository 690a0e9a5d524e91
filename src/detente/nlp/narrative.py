"""Text of an article body that is not its narrative: captions, credits, notes, links, embedded posts.

A news body as a site or a dataset stores it carries more than the story: the captions of a photo gallery ("... Hide
Caption 3 of 19"), a picture's caption before its credit ("... on July 1. (AFP Photo) At least 16 civilians ..."),
lists of other stories' headlines after a label ("Related News ...", "Read more: ..."), the outlet's notes and credits
("Correction: ...", "Reporting by ...; Editing by ..."), social-media posts embedded with their handle and link
("... pic.twitter.com/x — Name (@handle) June 4, 2019"). A deed told there is no event of the
article: a caption retells what the story tells (or shows another day's picture), a headline belongs to another
article, a post is the poster's words with no one to resolve "I" to.

``asides(doc)`` finds these stretches once per doc, by their shape (where a mark stands: a line of its own, after a
sentence's end, before the story resumes) and the words of ``narrative.yaml``, and keeps them in
``doc.spans[SPANS_KEY]`` (the label says which mark); the events stage skips a candidate whose trigger lies in one
and gives the mark as its reason (``aside_reason``). Nothing is blanked: the parse, and every offset, stay the same.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from spacy.tokens import Doc, Span, Token

from detente.data import narrative_marks
from detente.nlp.boilerplate import OUTLET_DATELINE
from detente.nlp.text import doc_text

SPANS_KEY = "detente_asides"

LONGEST_LINE = 600
"""A line longer than this is not a paragraph of a body that keeps its breaks (a body stored as one block is one
line): a mark's stretch there is its sentence, not its line."""

REASONS = {
    "gallery": "a caption of a photo gallery",
    "credit": 'a picture\'s caption, by its credit ("(AFP Photo)", "REUTERS/...")',
    "list": "a list of other stories after a label",
    "note": "a note or credit of the outlet after a label",
    "post": "an embedded social-media post",
    "headline": "another story's headline in title case",
}

POST_SIGNATURE = re.compile(r"[—–-]\s*[^\n]{1,80}?\(@\w{2,40}\)\s+[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}")
"""'— Name (@handle) June 4, 2019': how an embedded post signs off (some stores drop the comma). The '@' is needed:
without it '— the minister (AP) June 4, 2019' is a dash, a credit and a date in the story; a post that lost it
still has its link (``post_links``)."""


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    marks = narrative_marks()

    def alternation(words: list[str]) -> str:
        # labels are matched in any case ("READ MORE", "Read more"); what follows them keeps its own case test
        return "(?i:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"

    def exact(words: list[str]) -> str:
        return "|".join(re.escape(v) for w in sorted(words, key=len, reverse=True) for v in (w, w.upper()))

    several_words = [w for w in marks.list_labels if " " in w]
    single_words = [w for w in marks.list_labels if " " not in w]
    several_notes = [w for w in marks.note_labels if " " in w]
    # a label stands where a line or a sentence starts: after a line break, a sentence's end or a count ("55 Related")
    start = r"(?:(?<=\n)|^|(?<=[.!?\"”’)\d]\s)|(?<=[.!?\"”’)\d]))[^\S\n]*"
    agency = alternation(marks.agencies)
    # a personal name: two to four capitalised words ('Jane Roe', 'Khalil Ashawi'), not one (a pollster: 'Ipsos')
    name = r"[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){1,3}"
    return {
        # a list label takes a colon, a capitalised headline after it or the line's end ("Read more" about the budget
        # is prose)
        # a label of several words in its capitals ("Related News", "READ MORE") is a label wherever it stands (a
        # one-block body runs it on after the last sentence: "Source TRTWorld and agencies Related News ...")
        # a one-word label ("Related") takes its colon or a line of its own: before a capital it is prose ("Related
        # talks were held ...")
        "list": re.compile(
            rf"(?:{start}(?:{alternation(several_words)})|(?:{exact(several_words)}))"
            r"(?:[^\S\n]*:|[^\S\n]+(?=[A-Z])|[^\S\n]*(?=\n|$))"
            rf"|{start}(?:{alternation(single_words)})(?:[^\S\n]*:|[^\S\n]*(?=\n|$))"
        ),
        # a one-word note label takes a colon ("Correction:", "Watch:"); a longer one is a label as it stands
        "note": re.compile(start + rf"(?:(?:{alternation(marks.note_labels)})\s*:|(?:{alternation(several_notes)})\b)"),
        "gallery": re.compile(re.escape(marks.gallery_counter) + r"\s+\d+\s+of\s+\d+"),
        "post": re.compile(rf"(?:{alternation(marks.post_links)})\S*|" + POST_SIGNATURE.pattern),
        "paren": re.compile(r"\(([^()\n]{1,60})\)"),
        # 'REUTERS/Jane Roe', 'Jane Roe/AFP/Getty Images': a picture's credit joins its agency to its author, a
        # personal name of capitalised words, by a slash, and stands as a credit: where a line or a sentence starts
        # or a parenthesis opens, up to its line's end or the parenthesis' close. A pollster's pair inside a
        # sentence ('a Reuters/Ipsos poll showed') stands in neither place.
        "slash": re.compile(
            r"(?:(?<=\n)|^|(?<=[.!?\"”’]\s)|(?<=\())[^\S\n]*"
            rf"(?:{agency}(?:/{agency})*/{name}|{name}(?:/{agency})+)"
            r"(?=[^\S\n]*(?:\n|$|\)))"
        ),
    }


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _keeps_breaks(text: str) -> bool:
    """A body stored with its paragraphs' line breaks, where a line is a paragraph (not one block)."""
    return "\n" in text.strip()


def _sentence(doc: Doc, at: int) -> tuple[int, int]:
    """The characters of the sentence holding the character ``at``: the sentence of the last token starting at or
    before it (a space between tokens belongs to the token before)."""
    starts = [t.idx for t in doc]
    tok = doc[max(0, bisect_right(starts, at) - 1)]
    sent = tok.sent
    return sent.start_char, sent.end_char


def _unit(doc: Doc, text: str, at: int, longest: int = LONGEST_LINE) -> tuple[int, int]:
    """The line of ``text`` holding ``at`` when it is a paragraph of its own (at most ``longest`` characters), else
    its sentence."""
    start, end = _line(text, at)
    if end - start <= longest and _keeps_breaks(text):
        return start, end
    return _sentence(doc, at)


def _is_credit(inside: str) -> bool:
    """'AFP Photo', 'File photo', 'Reuters', 'AP Archive': agency names and credit words, nothing else; or a credit
    word and 'by' before its author ('Photo by Jane Roe/Getty Images')."""
    marks = narrative_marks()
    first = inside.split()[:2]
    if len(first) == 2 and first[0].lower() in marks.credit_words and first[1] == "by":
        return True
    rest = f" {inside.strip()} "
    for agency in sorted(marks.agencies, key=len, reverse=True):
        rest = re.sub(rf"(?<=[\s/]){re.escape(agency)}(?=[\s/])", " ", rest)
    words = [w for w in re.split(r"[\s/,|]+", rest.lower()) if w]
    credit = set(marks.credit_words)
    return any(c.isalpha() for c in inside) and all(w in credit for w in words)


def _abbreviates(before: str, inside: str) -> bool:
    """'Syrian Arab News Agency (SANA)': the parenthesis spells the initials of the words before it, a name's short
    form, not a credit."""
    letters = inside.strip()
    if not letters.isupper() or not letters.isalpha():
        return False
    words = re.split(r"[\s\-]+", before.strip())[-len(letters) - 2 :]
    initials = "".join(w[0] for w in words if w and w[0].isupper())
    return initials.endswith(letters)


def _credit_captions(doc: Doc, text: str) -> list[tuple[int, int]]:
    """A parenthesis of credit words between two stretches of text ('... on July 1. (AFP Photo) At least ...'): the
    text before it, back to its sentence's start, is a picture's caption. A credit that ends its line ('... added.
    (With Reuters)') credits the article, and one after a dash or a line's opening city is a dateline ('(Reuters) - ',
    'BEIRUT (AFP) Syrian jets ...')."""
    out = []
    for m in _patterns()["paren"].finditer(text):
        inside = m.group(1)
        after = text[m.end() : m.end() + 3].lstrip(" ")
        resumes = bool(after) and (after[0].isupper() or (after[0] == "\n" and bool(text[m.end() :].strip())))
        if not resumes:
            continue  # the story does not resume after it: the article's credit, a dateline, a name's short form
        if not _is_credit(inside) or _abbreviates(text[max(0, m.start() - 80) : m.start()], inside):
            continue
        dateline = OUTLET_DATELINE.match(text, _line(text, m.start())[0])
        if dateline and dateline.end() >= m.end():
            continue  # 'BEIRUT (AFP) Syrian jets ...': the outlet's dateline opens the story, with or without a dash
        out.append(_caption_before(doc, text, m.start(), m.end()))
    for m in _patterns()["slash"].finditer(text):
        out.append(_caption_before(doc, text, m.start(), m.end()))
    return out


def _caption_before(doc: Doc, text: str, start: int, end: int) -> tuple[int, int]:
    """The caption a credit at ``start``..``end`` ends: its paragraph, when it has a line of its own; else the
    sentence before the credit, up to the credit."""
    line_start, line_end = _line(text, start)
    if line_end - line_start <= LONGEST_LINE and _keeps_breaks(text):
        return line_start, line_end
    before = start - 1
    while before > 0 and text[before].isspace():
        before -= 1
    sent_start, _ = _sentence(doc, before)
    return max(sent_start, line_start), end


def _capitalised(tok: Token) -> bool:
    """A word written with a capital and not all in capitals ('Killed', not 'UN'). ``str.isupper`` over the whole
    word answers the second part in C: read per word of every article, it was most of the asides' time."""
    text = tok.text
    return text[:1].isupper() and not text.isupper()


def _title_case_runs(doc: Doc) -> list[tuple[int, int]]:
    """Another story's headline run into the body ('... 2016 14:28 40 Dead in Homs as Army Shells Market
    Crowds'): a run of words each capitalised but the short words a title leaves lower-case, at least
    ``headline_words`` of them, that holds a capitalised word where no sentence starts and no name the parser knows
    stands (a verb or a noun of a deed in a title's capitals)."""
    marks = narrative_marks()
    minor = set(marks.title_minor_words)
    out = []
    run: list[Token] = []

    def close() -> None:
        if not run:
            return
        while run and run[-1].lower_ in minor:
            run.pop()
        capitals = [t for t in run if _capitalised(t)]
        deed = [t for t in capitals if not t.is_sent_start and not t.ent_type_ and t.pos_ in ("VERB", "NOUN")]
        if len(capitals) >= marks.headline_words and deed:
            out.append((run[0].idx, run[-1].idx + len(run[-1].text)))
        run.clear()

    for tok in doc:
        if _capitalised(tok) or tok.like_num or (run and tok.lower_ in minor) or (run and tok.text in "-'’"):
            run.append(tok)
        else:
            close()
    close()
    return out


def find_asides(doc: Doc, text: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every stretch of the doc's text that is not the article's narrative. ``text``: the
    article's text as it came, when the doc parsed it with marks blanked (``boilerplate``: a gallery's counters, the
    outlet's dateline), which are read here; the same length, so the offsets are the doc's."""
    joined = doc_text(doc)  # ``Doc.text`` joins every token's text on each access; the joined text is kept on the doc
    if text is None or len(text) != len(joined):
        text = joined
    if not text.strip():
        return []
    pats = _patterns()
    found: list[tuple[int, int, str]] = []
    # a gallery is a paragraph of captions, each ended by its counter, however long: a body that keeps its breaks
    # gives it a line of its own
    gallery_line = len(text) if _keeps_breaks(text) else LONGEST_LINE
    for m in pats["gallery"].finditer(text):
        start, end = _unit(doc, text, m.start(), gallery_line)
        found.append((start, end, "gallery"))
    for m in pats["post"].finditer(text):
        start, end = _unit(doc, text, m.start())
        found.append((start, end, "post"))
    for m in pats["list"].finditer(text):
        # headlines have no full stop: to the line's end; in a body stored as one block, where the story may follow
        # the list, to the end of the sentence the parser read (the list's line, as near as it can be told)
        _, end = _unit(doc, text, m.end())
        found.append((m.start(), end, "list"))
    for m in pats["note"].finditer(text):
        # a note is its sentence ("Correction: ... named the wrong city."), within its line; the story may go on
        # after it on the same line
        _, sent_end = _sentence(doc, m.end())
        found.append((m.start(), min(sent_end, _line(text, m.end())[1]), "note"))
    found.extend((start, end, "credit") for start, end in _credit_captions(doc, text))
    found.extend((start, end, "headline") for start, end in _title_case_runs(doc))
    return sorted(found)


def mark_asides(doc: Doc, text: str | None = None) -> list[Span]:
    """Find the doc's asides (``find_asides``) and keep them in ``doc.spans[SPANS_KEY]``, labelled with their kind;
    the coder calls it once per doc, before it reads a sentence."""
    spans = []
    for start, end, kind in find_asides(doc, text):
        span = doc.char_span(start, end, label=kind, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return spans


def asides(doc: Doc) -> list[Span]:
    """The doc's asides: those ``mark_asides`` kept, else found now from the doc's own text."""
    if SPANS_KEY in doc.spans:
        return list(doc.spans[SPANS_KEY])
    return mark_asides(doc)


def aside_reason(token: Token) -> str | None:
    """Why a candidate triggered at ``token`` is not the article's (``None`` when its text is the story)."""
    for span in asides(token.doc):
        if span.start <= token.i < span.end:
            return f"not the article's narrative: {REASONS[span.label_]}"
    return None
