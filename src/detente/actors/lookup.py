"""One name, resolved and explained: what ``detente actors lookup "Erdogan" --date 2024-12-02`` prints.

The name is parsed like a sentence's phrase and resolved as of the date with no article
around it; the answer says which dictionary entry or rule gave the code, or why the name
stays unresolved (unknown, known but not on that date, a role with no country, ...).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from detente.actors.context import ArticleContext
from detente.actors.phrases import is_former, phrase_tokens
from detente.actors.resolution import another_first_name, resolve
from detente.actors.roles import body_role, head_role, title_role
from detente.data import gazetteer
from detente.records import ActorRef
from detente.where.mentions import dictionary_entities


@dataclass(frozen=True)
class Lookup:
    text: str
    actor: ActorRef | None
    why: str  # the entry or rule that gave the code, or why there is none


def _head(doc: Doc) -> Token:
    """The phrase's head: the root of the parse of the name (a sentence of one phrase)."""
    roots = [t for t in doc if t.head.i == t.i and t.pos_ in ("NOUN", "PROPN", "PRON")]
    if roots:
        return roots[0]
    nouns = [t for t in doc if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else doc[len(doc) - 1]


def _why_not(head: Token, day: dt.date | None) -> str:
    g = gazetteer()
    known = dictionary_entities(head.doc).get(head.i)
    if known is not None and known[0] == "person" and another_first_name(known[1], known[2]):
        return f"'{known[1]}' is known, but written with a first name none of its entries holds: another person"
    if known is not None and known[0] in ("person", "actor"):
        entries = (g.people if known[0] == "person" else g.actors)[known[1]]
        spells = "; ".join(f"{e.code} {e.start or '…'} to {e.end or 'today'}" for e in entries)
        return f"'{known[1]}' is known ({spells}) but no entry is valid on {day or 'an undated text'}"
    if known is not None and known[0] == "place":
        where = g.places[known[1]].country or "shared waters, no country"
        return f"'{known[1]}' is a place ({where}); a place is an actor only as a target"
    tokens = phrase_tokens(head)
    if is_former(head, tokens):
        return "a former office holder is not coded by the office"
    role = head_role(head, tokens)
    body = body_role(head, tokens) if role is None else None
    if body is not None:
        return f"a body ('{head.lemma_.lower()}', {body}) named with no country of its own: its country is not guessed"
    role = role or (title_role(head, tokens) if head.pos_ == "PROPN" else None)
    if role is not None:
        return f"role {role} from '{head.lemma_}', but the phrase names no country (an article may make it plain)"
    if head.pos_ == "PRON":
        return "a pronoun refers to what the article named before; there is no article here"
    if head.ent_type_:
        return f"the parser reads '{head.text}' as {head.ent_type_}; no dictionary knows it, no title gives its role"
    return "not in the dictionaries, and no role noun or title gives a role"


def lookup(text: str, day: dt.date | None) -> Lookup:
    """Resolve one name or phrase as of ``day`` and say why."""
    from detente.nlp import get_nlp

    doc = get_nlp()(text)
    if len(doc) == 0:
        return Lookup(text, None, "empty text")
    head = _head(doc)
    found = resolve(head, ArticleContext(date=day))
    if found is not None:
        return Lookup(text, found.actor, found.why or "resolved")
    return Lookup(text, None, _why_not(head, day))
