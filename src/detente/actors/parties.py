"""A party's word on a role noun gives the noun its country: "Republican lawmakers", "Labour MPs".

News names a party's people by the adjective of its name ("Republican" for the Republican Party,
"Democrat" for the Democratic Party, "Conservative" for the Conservative Party). The dictionaries
hold the parties by their full names; here a word is read back to a party named "<word> Party" —
but only to a party of a country the article names, and only when that reading is unique: the
Democrats of one country are not those of another. (The bare plural, "Democrats said", is left
alone as a party: in news of a legislature the annotators read it as the legislators, so
``party_legislators`` reads it as the party's country's legislature, and only in an article that names
that legislature; elsewhere it stays unresolved.)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from functools import cache

from spacy.tokens import Doc, Token

from detente.actors.phrases import lemma_in
from detente.data import PARTIES_FILE, ActorEntry, gazetteer, roles_file, schemas
from detente.nlp.memo import per_doc_once
from detente.where.mentions import dictionary_entities
from detente.where.places import article_countries


def _adjectives(word: str) -> list[str]:
    """'Republicans' -> Republican; 'Democrats' -> Democrat, Democratic; 'Conservatives' -> Conservative."""
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return [stem, stem + "ic"] if stem.endswith("crat") else [stem]


NAMED_COUNTRIES_KEY = "detente_named_countries"


def named_countries(doc: Doc) -> Counter[str]:
    """The countries an article names: its places and country words, and the countries of the named actors
    and people ("the U.S. Senate", "Trump"), once per doc."""
    return per_doc_once(NAMED_COUNTRIES_KEY, doc, _named_countries)


def _named_countries(doc: Doc) -> Counter[str]:
    """``named_countries`` unmemoised: the article's countries plus each named actor's and person's, once a mention."""
    g = gazetteer()
    counts = Counter(article_countries(doc))
    for kind, surface, _ in {(k, s, e.start): (k, s, e) for k, s, e in dictionary_entities(doc).values()}.values():
        entries = g.actors.get(surface) if kind == "actor" else g.people.get(surface) if kind == "person" else None
        if entries and entries[0].country:
            counts[entries[0].country] += 1
    return counts


@cache
def _governing() -> tuple[dict[str, list[tuple[dt.date, dt.date | None]]], dict[str, dt.date]]:
    """The spells of each party in its country's national executive (``actors_parties.yaml`` ``governing``), and for
    each country the table covers, the first day it covers: before it, who governs is not in the data."""
    if not (schemas.DATA_DIR / PARTIES_FILE).exists():
        return {}, {}
    parties: schemas.PartiesFile = schemas.load(PARTIES_FILE)  # type: ignore[assignment]
    actors = gazetteer().actors
    spells: dict[str, list[tuple[dt.date, dt.date | None]]] = {}
    since: dict[str, dt.date] = {}
    for g in parties.governing:
        spells.setdefault(g.party, []).append((g.start, g.end))
        for e in actors.get(g.party, ()):
            if e.role == "PTY" and e.country:
                since[e.country] = min(since.get(e.country, g.start), g.start)
    return spells, since


def party_on(entry: ActorEntry, day: dt.date | None) -> ActorEntry:
    """A party as an organisation on a day (docs/annotation.md 5, "Party figures"): OPP while it is out of the national
    executive, PTY while it holds it; a party with no cabinet post is OPP ("the SNP", "the DUP" in 2017). Read only for
    a dictionary's party (role PTY, not a member's spell) of a country whose governing spells ``actors_parties.yaml``
    holds, on a day the table covers; any other entry, or an undated one, is returned as it is."""
    if entry.role != "PTY" or entry.party is not None or entry.office is not None or not entry.country or not day:
        return entry
    spells, since = _governing()
    first = since.get(entry.country)
    if first is None or day < first:
        return entry
    if any(start <= day and (end is None or day <= end) for start, end in spells.get(entry.name, ())):
        return entry
    office = "a party out of the national executive on the day: OPP"
    return dataclasses.replace(entry, code=entry.country + "OPP", role="OPP", office=office)


def party_of_word(word: str, day: dt.date | None, countries: Counter[str]) -> ActorEntry | None:
    """The party a capitalised word names its members by, in a country the article names; None if unclear."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    actors = gazetteer().actors
    found: dict[str, ActorEntry] = {}
    for adjective in _adjectives(word):
        for entry in actors.get(f"{adjective} Party", ()):
            if entry.role == "PTY" and entry.country and entry.valid_on(day) and countries.get(entry.country):
                found.setdefault(entry.code, entry)
    return next(iter(found.values())) if len(found) == 1 else None


def legislature_named(doc: Doc, country: str) -> bool:
    """Whether the article names the legislature of a country ("Congress", "the U.S. Senate", "Westminster")."""
    g = gazetteer()
    for kind, surface, _ in dictionary_entities(doc).values():
        if kind != "actor":
            continue
        entries = g.actors.get(surface) or []
        if any(e.role == "LEG" and e.country == country for e in entries):
            return True
    return False


def named_legislature(doc: Doc) -> str | None:
    """The one country whose legislature the article names ("Congress", "the U.S. Senate"), or None when it names
    none or several: what a chamber's committee without a country word ("the House Ethics Committee") belongs to."""
    g = gazetteer()
    found = {
        e.country
        for kind, surface, _ in dictionary_entities(doc).values()
        if kind == "actor"
        for e in g.actors.get(surface) or []
        if e.role == "LEG" and e.country
    }
    return next(iter(found)) if len(found) == 1 else None


def party_legislators(word: str, plural: bool, day: dt.date | None, doc: Doc) -> ActorEntry | None:
    """'Republicans criticized the bill', 'Senate Democrats': a party's members by the plural of its word, in
    an article that names that country's legislature, are its legislators; the party's entry gives the country.
    A singular ("a Republican") or an article that names no legislature gives None."""
    if not plural or not word.endswith("s"):
        return None
    party = party_of_word(word, day, named_countries(doc))
    if party is None or party.country is None or not legislature_named(doc, party.country):
        return None
    return party


def party_leaders(head: Token, tokens: list[Token], day: dt.date | None) -> ActorEntry | None:
    """'Republican leaders', 'Democratic leaders in Congress': the leaders of a party, in the plural, in an article that
    names that country's legislature, are its leaders there (LEG, as ``party_legislators`` reads "Republicans"), not a
    government; the party is read by ``party_of_word``. None for a singular leader, no party word or no legislature
    named (s19-levels)."""
    if head.tag_ != "NNS" or not lemma_in(head, roles_file().leader_nouns):
        return None
    countries = named_countries(head.doc)
    found = {
        party.code: party
        for t in tokens
        if t.i < head.i and t.pos_ in ("PROPN", "ADJ") and (party := party_of_word(t.text, day, countries))
    }
    party = next(iter(found.values())) if len(found) == 1 else None
    if party is None or party.country is None or not legislature_named(head.doc, party.country):
        return None
    return party


def candidate_party(head: Token, tokens: list[Token], day: dt.date | None) -> ActorEntry | None:
    """'conservative Republican candidate Roy Moore', 'the Democratic nominee': one who stands for a party is coded
    as that party (the guide: a nominee keeps the code of what they are on the event's day, not the seat they seek).
    The candidate word is the head noun or a title before a name; the party is read from a party word of the phrase
    by ``party_of_word`` (a country the article names, one party so called). None when either is missing."""
    nouns = roles_file().candidate_nouns
    if head.pos_ == "NOUN":
        standing = lemma_in(head, nouns)
    else:
        standing = head.ent_type_ == "PERSON" and any(t.i < head.i and lemma_in(t, nouns) for t in tokens)
    if not standing:
        return None
    countries = named_countries(head.doc)
    found = {
        party.code: party
        for t in tokens
        if t.i < head.i and t.pos_ in ("PROPN", "ADJ", "NOUN") and (party := party_of_word(t.text, day, countries))
    }
    return party_on(next(iter(found.values())), day) if len(found) == 1 else None
