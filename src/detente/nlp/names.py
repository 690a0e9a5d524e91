"""Names the parser read as function words, read again as names before any later stage sees them.

``en_core_web_sm`` tags a capitalised "May" as the modal verb nearly wherever it stands ("May said she would
...", '"...," May added', "the difficulty May faces"): Theresa May is then no subject, and the events she is
the doer of are lost (48 such tokens in the train articles, all of them the surname). "May" is the modal only
where it opens a wish or a question with its subject after it ("May God ...", "May I ..."), or in a line set in
title case ("Peace Talks May Fail"), where capitals say nothing and only the word after it can tell: a modal
takes a verb's bare form ("May Fail"), a name an inflected one ("May Vows ..."). Anywhere else a capitalised
"May" read as a modal is a name, or the month where a day number stands beside it ("May 5", "5 May") or a
word before it that makes a bare "May" a month for the date stage too (``when.yaml``'s ``month_context_words``:
"in May", "since May", but not "with May" or "for May", which are as often Theresa May). Likewise an acronym
the dictionaries know as a name ("IS" for the Islamic State) tagged as a verb or pronoun ("IS said ...",
"accused IS of ..."), unless the text around it is in capitals too (a headline). The sentence is parsed again
with a stand-in the model reads as a name or a month, and only the misread token's tags and the sentence's tree
change (``repair.py`` does the same for event verbs).
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.data import when_words
from detente.nlp import entity_key
from detente.nlp.repair import _Reading, _reparse, _verb_tables, rebuilt

NAME_STAND_IN = "Smith"
MONTH_STAND_IN = "June"
FUNCTION_POS = frozenset({"AUX", "VERB", "PRON", "ADP", "SCONJ", "CCONJ", "DET", "PART"})
NAME_POS = frozenset({"PROPN", "NOUN"})
WISH_SUBJECT_POS = frozenset({"PRON", "PROPN", "NOUN", "DET"})
TITLE_WORD_LENGTH = 4
"""Title-case styles leave short function words ("of", "in", "the") in lower case; longer words tell the style."""


@cache
def _date_words() -> tuple[frozenset[str], frozenset[str]]:
    """(month names that are also words, words before a bare one that make it a month), as the date stage reads
    them: both stages then agree on what "May" is."""
    table = when_words()
    return frozenset(table["ambiguous_months"]), frozenset(table["month_context_words"])


def _opens_a_wish(tok: Token) -> bool:
    """'May God ...', 'May I ...', 'May the ...': the modal first, its subject after it."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.is_sent_start is True and nxt is not None and nxt.pos_ in WISH_SUBJECT_POS


def _in_title_case(tok: Token) -> bool:
    """A line set in title case ("Peace Talks May Fail"): every longer word of the sentence capitalised, names
    left aside (they are capitalised in any style), and at least two such words to judge by."""
    words = [
        t
        for t in tok.sent
        if t.i != tok.i and t.is_alpha and len(t) >= TITLE_WORD_LENGTH and not t.ent_type_ and not t.is_upper
    ]
    return len(words) >= 2 and all(t.text[0].isupper() for t in words)


def _takes_a_bare_verb(tok: Token, nlp: Language) -> bool:
    """The word after ``tok`` is a verb's bare form ("May Fail", "May Resume"), the only form a modal takes; an
    inflected one ("May Vows", "May Says") is a name's verb."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.is_alpha and nxt.lower_ in _verb_tables(nlp)[1]


def _day_number(tok: Token | None) -> bool:
    """A day of the month or a year in figures ('5', '5th', '2019'); 'first' beside 'May' is an adverb more often."""
    return tok is not None and tok.like_num and any(c.isdigit() for c in tok.text)


def _reads_as_month(tok: Token) -> bool:
    """A day number beside it ('May 5', '5 May') or a word before it that makes a bare month name a month for the
    date stage ('in May', 'since May'; not 'with May', 'for May')."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 and not tok.is_sent_start else None
    return _day_number(nxt) or _day_number(prev) or (prev is not None and prev.lower_ in _date_words()[1])


def _in_capitals(tok: Token) -> bool:
    """A word of a line written in capitals (a headline), where an acronym cannot be told from a word."""
    doc = tok.doc
    around = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc) and doc[i].is_alpha]
    return any(t.is_upper and len(t) > 1 for t in around)


def misread_name(tok: Token, nlp: Language) -> str | None:
    """The stand-in to parse in place of a name the parser read as a function word, else None."""
    if tok.tag_ == "MD" and tok.is_title and tok.lower_ in _date_words()[0]:
        if _opens_a_wish(tok) or (_in_title_case(tok) and _takes_a_bare_verb(tok, nlp)):
            return None
        return MONTH_STAND_IN if _reads_as_month(tok) else NAME_STAND_IN
    if tok.pos_ in FUNCTION_POS and tok.is_upper and len(tok) > 1 and not _in_capitals(tok):
        known = entity_key(tok.ent_id_) if tok.ent_id_ else None
        if known is not None and known[0] in ("actor", "person", "country"):
            return NAME_STAND_IN
    return None


def _read_as_names(sent: Span, nlp: Language, bad: dict[int, str]) -> _Reading | None:
    keep = [t.i for t in sent]
    words = [bad.get(i, sent.doc[i].text) for i in keep]
    reading = _reparse(sent, keep, words, nlp, {i: sent.doc[i].text for i in bad})
    if reading is None or any(reading.pos.get(i) not in NAME_POS for i in bad):
        return None
    for i in bad:  # the word keeps its own tag: a proper noun, whatever the stand-in was read as
        reading.tags[i], reading.pos[i], reading.morphs[i] = "NNP", "PROPN", "NounType=Prop|Number=Sing"
    return reading


def repair_names(doc: Doc, nlp: Language) -> Doc:
    """Return ``doc`` or, where a name was read as a function word, a doc with the name read as one."""
    readings: list[_Reading] = []
    for sent in doc.sents:
        bad = {tok.i: stand_in for tok in sent if (stand_in := misread_name(tok, nlp)) is not None}
        if bad and (reading := _read_as_names(sent, nlp, bad)) is not None:
            readings.append(reading)
    return rebuilt(doc, readings)
