"""The dictionary names of a parsed doc, indexed once: what the entity ruler said each token is.

Every later stage asks "is this token a known place, country, capital, group or person?";
the ruler's ``kind|surface`` keys answer it, and this index keeps the answer on the doc
(``nlp.memo``) so it is built once per doc.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.data import roles_file
from detente.nlp import entity_key
from detente.nlp.memo import per_doc_once

Mention = tuple[str, str, Span]  # (kind, dictionary surface form, the entity span)
ENTITIES_KEY = "detente_entities"
ENTITY_SPANS_KEY = "detente_entity_spans"


def dictionary_entities(doc: Doc) -> dict[int, Mention]:
    """Token index -> (kind, surface, span) for every dictionary entity of the doc, built once per doc. A group's
    name that is a word of a longer Arabic name ("Jaish al-Fatah", ``in_arabic_name``) is left out here, so every
    reader of a group name (a subject, an object, a role phrase's group, a name after a role noun) skips it alike."""
    return per_doc_once(ENTITIES_KEY, doc, _dictionary_entities)


def _dictionary_entities(doc: Doc) -> dict[int, Mention]:
    """``dictionary_entities`` unmemoised: the ruler's entities by token, a group's word of an Arabic name left out."""
    found: dict[int, Mention] = {}
    for ent in doc.ents:
        key = entity_key(ent.ent_id_)
        if key:
            for i in range(ent.start, ent.end):
                found[i] = (key[0], key[1], ent)
    return {i: m for i, m in found.items() if m[0] != "actor" or not in_arabic_name(m[2], found)}


def _joined_article(doc: Doc, i: int) -> bool:
    """Whether tokens i, i+1 are an Arabic article glued to the word after it ("al-", "el-": ``name_articles``)."""
    return (
        i >= 0
        and i + 2 < len(doc)
        and doc[i].lower_ in roles_file().name_articles
        and not doc[i].whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_title
    )


def in_arabic_name(span: Span, known: dict[int, Mention]) -> bool:
    """'Jaish al-Fatah', 'Fatah al-Sham', 'Hezbollah al-Nujaba': a group's name joined by an Arabic article to a
    capitalised word before or after it is a word of a longer name the dictionaries do not know (another body: the
    Army of Conquest is no Palestinian party), as ``actors.names.in_longer_name`` is for places. A name the
    dictionaries hold with its article ("Jabhat al-Nusra", "al-Nusra") is matched whole by the ruler, so nothing
    glues to it; a known name after it (in ``known``, the doc's dictionary names) is the next item of a list whose
    commas the source dropped ("ISIL al-Nusra Front")."""
    doc = span.doc
    before = span.start >= 3 and doc[span.start - 3].is_title and _joined_article(doc, span.start - 2)
    after = _joined_article(doc, span.end) and span.end not in known
    return before or after


def entity_span(tok: Token) -> Span | None:
    """The named entity (any label) a token is part of, or None: ``doc.ents`` is rebuilt on every access, so
    its spans are indexed by token once per doc (the entities are final once the doc is parsed)."""
    return per_doc_once(ENTITY_SPANS_KEY, tok.doc, _entity_spans).get(tok.i)


def _entity_spans(doc: Doc) -> dict[int, Span]:
    """``entity_span`` unmemoised: every token of an entity to its span, read once since ``doc.ents`` is rebuilt."""
    return {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}


def entity_of(tok: Token) -> Mention | None:
    """The dictionary entity a token is part of, or None."""
    if not tok.ent_type_:
        return None
    return dictionary_entities(tok.doc).get(tok.i)


def own_phrase(span: Span, tok: Token) -> Span:
    """The part of an entity span that is one phrase with ``tok``: the small model sometimes runs a place's name
    into the next phrase ("the district of Midane the Observatory said", one FAC span across the object and the
    next clause's subject); the words whose heads lead, out of the span, to the same word as ``tok``'s are kept,
    the contiguous run around ``tok`` (a name the parser hung flat on its noun, "Bab al-Maqam neighborhood",
    stays whole)."""

    def top(t: Token) -> int:
        while t.head.i != t.i and span.start <= t.head.i < span.end:
            t = t.head
        return t.head.i

    mine = top(tok)
    start = tok.i
    while start > span.start and top(tok.doc[start - 1]) == mine:
        start -= 1
    end = tok.i + 1
    while end < span.end and top(tok.doc[end]) == mine:
        end += 1
    return tok.doc[start:end]
