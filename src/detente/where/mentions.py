"""The dictionary names of a parsed doc, indexed once: what the entity ruler said each token is.

Every later stage asks "is this token a known place, country, capital, group or person?";
the ruler's ``kind|surface`` keys answer it, and this index keeps the answer on the doc
(``doc.user_data``) so it is built once per doc.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.nlp import entity_key

Mention = tuple[str, str, Span]  # (kind, dictionary surface form, the entity span)


def dictionary_entities(doc: Doc) -> dict[int, Mention]:
    """Token index -> (kind, surface, span) for every dictionary entity of the doc, built once per doc."""
    index = doc.user_data.get("detente_entities")
    if index is None:
        index = {}
        for ent in doc.ents:
            key = entity_key(ent.ent_id_)
            if key:
                for i in range(ent.start, ent.end):
                    index[i] = (key[0], key[1], ent)
        doc.user_data["detente_entities"] = index
    return index


def entity_span(tok: Token) -> Span | None:
    """The named entity (any label) a token is part of, or None: ``doc.ents`` is rebuilt on every access, so
    its spans are indexed by token once per doc (the entities are final once the doc is parsed)."""
    index = tok.doc.user_data.get("detente_entity_spans")
    if index is None:
        index = {i: ent for ent in tok.doc.ents for i in range(ent.start, ent.end)}
        tok.doc.user_data["detente_entity_spans"] = index
    return index.get(tok.i)


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
