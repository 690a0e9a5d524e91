"""Names read another way: a spelling variant of a known name ("Daish"), a name right after a role noun ("the
rebel group Hayat Tahrir al-Sham"), a region named as a whole ("the Middle East"), and the places and demonyms
that are only part of a longer name ("African-Americans")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from detente.actors.context import ArticleContext
from detente.actors.phrases import person_span
from detente.actors.resolved import Resolved, ResolveEntity
from detente.actors.variants import variant_of
from detente.data import gazetteer
from detente.where.mentions import entity_of


def variant(head: Token, text: str, ctx: ArticleContext, *, resolve_entity: ResolveEntity) -> Resolved | None:
    """A name the parser tagged that the dictionaries know under another spelling ("Daish")."""
    if head.pos_ != "PROPN" or head.ent_type_ not in ("ORG", "PERSON", "NORP"):
        return None
    span = person_span(head)
    kinds = ("person",) if head.ent_type_ == "PERSON" else ("actor",)
    found = variant_of(span.text, kinds)
    if found is None:
        return None
    resolved = resolve_entity(found[0], found[1], text, ctx, as_place=False)
    if resolved is None:
        return None
    return Resolved(resolved.actor, why=f"'{span.text}' spelled like {resolved.why}")


def named_after(head: Token, ctx: ArticleContext, *, resolve_entity: ResolveEntity) -> Resolved | None:
    """'the rebel group Hayat Tahrir al-Sham': a name right after a role noun is that noun's referent."""
    if head.i + 1 >= len(head.doc) or head.pos_ != "NOUN":
        return None
    nxt = entity_of(head.doc[head.i + 1])
    if nxt is None or nxt[2].start != head.i + 1 or nxt[0] not in ("actor", "person"):
        return None
    return resolve_entity(nxt[0], nxt[1], nxt[2].text, ctx, as_place=False)


@cache
def _regions_by_name() -> dict[str, str]:
    return {name.removeprefix("the "): code for code, name in gazetteer().regions.items()}


def region_named(tokens: list[Token]) -> str | None:
    """The region a whole phrase names ("Europe", "the Middle East"), acting as a whole where no single country
    does ("called on the US and Europe to ..."); the same region codes as "European companies" (EURBUS)."""
    return _regions_by_name().get(" ".join(t.text for t in tokens if t.lower_ != "the"))


def in_longer_name(span: Span) -> bool:
    """'the area of Akhtarin Turkmen Bari': a place name that ends a longer proper name is part of it."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.pos_ == "PROPN" and prev.is_title and prev.dep_ == "compound" and prev.head.i >= span.start


def hyphenated_origin(span: Span) -> bool:
    """'African-Americans': a plural demonym after a word of origin and a hyphen names some of its people."""
    if span.start < 2 or not span.text.endswith("s"):
        return False
    hyphen, origin = span.doc[span.start - 1], span.doc[span.start - 2]
    joined = not hyphen.whitespace_ and not origin.whitespace_
    return hyphen.text == "-" and joined and origin.is_alpha and origin.is_title


def person_aliases(names: list[str]) -> set[str]:
    """Every name the dictionaries index a person under (``names``: the entries' names): "Field Marshal Haftar" for
    Khalifa Haftar. Read from the people table as it stands, so a user's dictionary (which adds to it in place) is
    seen; asked only of a name written with a first name its entry does not hold, so the scan is rare."""
    wanted = set(names)
    return {key for key, entries in gazetteer().people.items() if any(e.name in wanted for e in entries)}
