"""The record a resolution gives, and what the resolver's parts share to build one.

Its own module so that the parts of the resolver (``persons``, ``countries``, ``holders``, ``names``) can return
a ``Resolved`` and call back into the resolver (``Resolve``, ``ResolveEntity``) without importing ``resolution``,
which imports them: imports run one way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Span, Token

from detente.actors.context import ArticleContext
from detente.actors.peoples import names_a_people
from detente.data import ActorEntry, gazetteer
from detente.records import ActorRef, Location
from detente.where.mentions import entity_of


@dataclass(frozen=True)
class Resolved:
    actor: ActorRef
    place: Location | None = None  # set when the phrase names a place (the actor is then its country)
    why: str = ""  # which dictionary entry or rule gave the code
    guessed: bool = False  # the country is the context's, not the phrase's ("the army" in an article on Syria)
    paired: bool = False  # one of the two parties "the two sides" read back to (never aimed at its own country)


def entry_on(entries: list[ActorEntry], day: dt.date | None) -> ActorEntry | None:
    valid = [e for e in entries if e.valid_on(day)]
    return valid[0] if valid else None


def entry_actor(entry: ActorEntry, text: str) -> ActorRef:
    return ActorRef(code=entry.code, name=entry.name, text=text, country=entry.country, role=entry.role)


def entry_why(kind: str, surface: str, entry: ActorEntry) -> str:
    where = "office_holders" if kind == "person" else "actors"
    spell = ""
    if entry.start or entry.end:
        spell = f", {entry.start or '…'} to {entry.end or 'today'}"
    if entry.party is not None:  # no office that day: the party's code by the guide's order (annotation.md 5)
        return (
            f"actors_parties entry '{entry.name}' as '{surface}': no office on the day, a {entry.office}{spell}"
            f" -> {entry.code} (a party figure: OPP while the party is out, PTY while it governs)"
        )
    office = f" ({entry.office})" if entry.office else ""
    origin = f" from {entry.origin}" if entry.origin else ""
    return f"{where} entry '{entry.name}'{office} as '{surface}'{spell}{origin}"


def state_word(tok: Token) -> str | None:
    """The country a word names as a country's name or demonym by its entity ("Japanese": JPN), else None: the
    state a pair phrase, a site's words ("a Syrian army position") or a conjunct name. A demonym that names a people
    ("ethnic Albanian rebel positions", ``peoples``) names no state."""
    entity = entity_of(tok)
    if entity is None or entity[0] not in ("country", "demonym") or names_a_people(tok):
        return None
    table = gazetteer()
    return table.demonyms.get(entity[1]) or table.country_names.get(entity[1])


def country_word(surface: str) -> str | None:
    """A country name, demonym or capital as written: the country it names."""
    g = gazetteer()
    return g.country_names.get(surface) or g.demonyms.get(surface) or g.capitals.get(surface)


class Resolve(Protocol):
    """``resolution.resolve``, handed to the parts that resolve a phrase inside the one being resolved."""

    def __call__(
        self,
        head: Token,
        ctx: ArticleContext,
        *,
        as_place: bool = False,
        other: ActorRef | None = None,
        place_country: str | None = None,
    ) -> Resolved | None: ...


class ResolveEntity(Protocol):
    """``resolution.resolve_entity``, handed to the parts that read a name the dictionaries know."""

    def __call__(
        self, kind: str, surface: str, text: str, ctx: ArticleContext, as_place: bool, span: Span | None = None
    ) -> Resolved | None: ...
