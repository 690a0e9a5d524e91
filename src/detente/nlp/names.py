"""Names the parser read as function words, read again as names before any later stage sees them.

``en_core_web_sm`` tags a capitalised "May" as the modal verb nearly wherever it stands ("May said she would
...", '"...," May added', "the difficulty May faces"): Theresa May is then no subject, and the events she is
the doer of are lost (45 such tokens in the train articles, all of them the surname). "May" is the modal only
where it opens a wish or a question with its subject after it ("May God ...", "May I ..."); anywhere else a
capitalised "May" read as a modal is a name, or the month where a day number or a preposition stands beside
it ("on May 5", "in May"). Likewise an acronym the dictionaries know as a name ("IS" for the Islamic State)
tagged as a verb or pronoun ("IS said ...", "accused IS of ..."), unless the text around it is in capitals too
(a headline). The sentence is parsed again with a stand-in the model reads as a name or a month, and only
the misread token's tags and the sentence's tree change (``repair.py`` does the same for event verbs).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp import entity_key
from detente.nlp.repair import _Reading, _reparse, rebuilt

NAME_STAND_IN = "Smith"
MONTH_STAND_IN = "June"
FUNCTION_POS = frozenset({"AUX", "VERB", "PRON", "ADP", "SCONJ", "CCONJ", "DET", "PART"})
NAME_POS = frozenset({"PROPN", "NOUN"})
WISH_SUBJECT_POS = frozenset({"PRON", "PROPN", "NOUN", "DET"})


def _opens_a_wish(tok: Token) -> bool:
    """'May God ...', 'May I ...', 'May the ...': the modal first, its subject after it."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.is_sent_start is True and nxt is not None and nxt.pos_ in WISH_SUBJECT_POS


def _beside_a_date(tok: Token) -> bool:
    """A day number next to it ('May 5', '5 May') or a preposition before it ('in May', 'since May')."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 and not tok.is_sent_start else None
    return (nxt is not None and nxt.like_num) or (prev is not None and (prev.like_num or prev.pos_ == "ADP"))


def _in_capitals(tok: Token) -> bool:
    """A word of a line written in capitals (a headline), where an acronym cannot be told from a word."""
    doc = tok.doc
    around = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc) and doc[i].is_alpha]
    return any(t.is_upper and len(t) > 1 for t in around)


def misread_name(tok: Token) -> str | None:
    """The stand-in to parse in place of a name the parser read as a function word, else None."""
    if tok.text == "May" and tok.tag_ == "MD":
        if _opens_a_wish(tok):
            return None
        return MONTH_STAND_IN if _beside_a_date(tok) else NAME_STAND_IN
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
        bad = {tok.i: stand_in for tok in sent if (stand_in := misread_name(tok)) is not None}
        if bad and (reading := _read_as_names(sent, nlp, bad)) is not None:
            readings.append(reading)
    fixed = rebuilt(doc, readings)
    if fixed is not doc:
        fixed.tensor = doc.tensor  # the same tokens: the learned layer keeps its vectors
    return fixed
