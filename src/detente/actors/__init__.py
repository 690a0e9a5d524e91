"""Resolve a noun phrase of the parse to a CAMEO-style actor code.

"Iran's foreign minister", "the Iranian president", "the Emir of Qatar", "Ankara",
"Hayat Tahrir al-Sham", "Erdogan", "Russian forces": the phrase's head gives the
role (from ``roles.yaml``), its modifiers the country (from the entity ruler's
dictionary entities); named actors and office holders carry their own codes,
valid between dates. A generic role with no country ("the rebels") is read from
what the article said before, and only when that is unambiguous: an actor we are
unsure of is no actor.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from detente.data import ActorEntry, PlaceInfo, clauses, gazetteer, role_nouns, roles_file
from detente.nlp import entity_key
from detente.nlp.tree import prep_objects
from detente.records import ActorRef, Location

# Dependencies that attach a modifier to the noun it modifies (part of the actor phrase).
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "case", "flat", "npadvmod", "quantmod", "nn"}
PHRASE_PREPS = {"of", "from"}
PRONOUNS = {"it", "they", "them", "he", "she", "him", "her", "we", "us", "i", "you", "its", "their", "which", "who"}
# Roles that belong to a country's domestic scene: their counterpart shares their country.
DOMESTIC_ROLES = {"REB", "OPP", "CVL", "REF"}
FORMER = {"former", "ex", "ex-", "late", "then"}
# Roles whose country is where they are, and roles that act on their own country's people.
LOCAL_ROLES = {"CVL", "REF", "OPP", "REB", "EDU", "LAB", "HLH", "REL", "MED", "COP"}
AUTHORITY_ROLES = {"COP", "GOV", "JUD", "LEG"}
HOME_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG"}


@dataclass
class ArticleContext:
    """What the article has said so far: used to give generic roles a country."""

    date: dt.date | None
    seen: dict[str, Counter[str]] = field(default_factory=dict)  # role -> codes seen with an explicit country
    names: dict[str, ActorRef] = field(default_factory=dict)  # one word of a person's name -> their actor
    home: str | None = None  # the country most of the article is about, when one clearly is
    by_head: dict[str, ActorRef] = field(default_factory=dict)  # "alliance" -> the alliance named earlier

    def remember(self, actor: ActorRef) -> None:
        if actor.role and actor.country:
            self.seen.setdefault(actor.role, Counter())[actor.code] += 1

    def remember_name(self, name: Span, actor: ActorRef) -> None:
        """A person named in full can be named later by one part of the name ("Moon", "Dendias", "May")."""
        words = [t.text for t in name if t.is_alpha and t.is_title]
        for word in {words[0], words[-1]} if words else ():
            self.names.setdefault(word, actor)

    def country_for(self, role: str, other: ActorRef | None, place_country: str | None = None) -> str | None:
        """The country of a generic role, or None when the article does not make it plain.

        Rebels and opposition face their own government ("rebels overran regime-held areas");
        people on the street are where the event happens ("protesters in Colombo") or under the
        authority that acts on them ("police fired on protesters"); otherwise the one country the
        article gave that role.
        """
        if other is not None and other.country and other.role in DOMESTIC_ROLES and role not in DOMESTIC_ROLES:
            return other.country
        if role in LOCAL_ROLES:
            if place_country:
                return place_country
            if other is not None and other.country and other.role in AUTHORITY_ROLES:
                return other.country
            countries = {code[:3] for codes in self.seen.values() for code in codes}
            armed = other is not None and other.role in ("MIL", "REB")  # soldiers act abroad too
            if (other is not None or role == "COP") and not armed:  # police act at home
                if len(countries) == 1:
                    return next(iter(countries))  # an article about one country: its police, its students
                if self.home:
                    return self.home
        codes = self.seen.get(role)
        if codes and len(codes) == 1:
            code = next(iter(codes))
            return code[:3]
        if not codes and self.home and role in HOME_ROLES:
            return self.home  # "the authorities" in an article about Myanmar
        return None


def _countries_named(ents: list[tuple[str, str]]) -> Counter[str]:
    g = gazetteer()
    counts: Counter[str] = Counter()
    for kind, surface in ents:
        if kind == "place":
            counts[g.places[surface].country] += 1
        elif kind in ("country", "capital", "demonym"):
            code = g.country_names.get(surface) or g.capitals.get(surface) or g.demonyms.get(surface)
            if code:
                counts[code] += 1
    return counts


def sentence_country(sent: Span) -> str | None:
    """The country of the places (cities, regions, capitals) a sentence names, if they are all in one.
    Country names and demonyms do not count: "Israeli jets" and "questions about Israel" place nothing."""
    index = dictionary_entities(sent.doc)
    ents = {(k, s, e.start) for i, (k, s, e) in index.items() if sent.start <= i < sent.end}
    counts = _countries_named([(k, s) for k, s, _ in ents if k in ("place", "capital")])
    return next(iter(counts)) if len(counts) == 1 else None


def home_country(doc: Doc) -> str | None:
    """The country an article is about: one that has at least half of its (two or more) place and country
    mentions. Where no country dominates there is none."""
    counts = _countries_named(
        [(k, s) for k, s, _ in {(k, s, e.start) for k, s, e in dictionary_entities(doc).values()}]
    )
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n >= 2 and n * 2 >= sum(counts.values()) else None


@dataclass(frozen=True)
class Resolved:
    actor: ActorRef
    place: Location | None = None  # set when the phrase names a place (the actor is then its country)


def phrase_tokens(head: Token) -> list[Token]:
    """The head noun with the modifiers that belong to its actor phrase, in text order."""
    tokens = {head.i: head}
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            keep = child.dep_ in MODIFIER_DEPS or child.dep_ == "appos"
            if child.dep_ == "prep" and child.lower_ in PHRASE_PREPS and tok.i == head.i:
                keep = True
            if child.dep_ == "prep" and child.lower_ == "in" and tok.i == head.i and head.pos_ == "NOUN":
                keep = True  # "the military junta in Niger": a country named after the role noun
            if child.dep_ == "pobj" and tok.dep_ == "prep":
                keep = True
            if keep and child.i not in tokens:
                tokens[child.i] = child
                stack.append(child)
    return [tokens[i] for i in sorted(tokens)]


def _span_text(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i + 1
    while start < end - 1 and doc[start].dep_ in ("det", "case", "punct"):
        start += 1
    return doc[start:end].text


def dictionary_entities(doc: Doc) -> dict[int, tuple[str, str, Span]]:
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


def _entity_of(tok: Token) -> tuple[str, str, Span] | None:
    if not tok.ent_type_:
        return None
    return dictionary_entities(tok.doc).get(tok.i)


def _entry_on(entries: list[ActorEntry], day: dt.date | None) -> ActorEntry | None:
    valid = [e for e in entries if e.valid_on(day)]
    return valid[0] if valid else None


def _role_name(role: str | None) -> str:
    return roles_file().role_names.get(role or "", role or "")


def country_actor(code: str, role: str | None, text: str) -> ActorRef:
    info = gazetteer().countries.get(code)
    name = info.name if info else code
    if role:
        name = f"{name} {_role_name(role)}"
    return ActorRef(code=code + (role or ""), name=name, text=text, country=code, role=role)


def _entry_actor(entry: ActorEntry, text: str) -> ActorRef:
    return ActorRef(code=entry.code, name=entry.name, text=text, country=entry.country, role=entry.role)


def place_location(surface: str, text: str) -> Location | None:
    """A dictionary place, capital or country as an event location."""
    g = gazetteer()
    if surface in g.places:
        p: PlaceInfo = g.places[surface]
        return Location(name=p.name, country=p.country, lat=p.lat, lon=p.lon, text=text)
    code = g.country_names.get(surface) or g.capitals.get(surface)
    if code and surface in g.country_names:
        c = g.countries[code]
        return Location(name=c.name, country=code, lat=c.lat, lon=c.lon, text=text)
    if code:
        c = g.countries[code]
        return Location(name=c.capital or surface, country=code, lat=c.capital_lat, lon=c.capital_lon, text=text)
    return None


def head_role(head: Token, tokens: list[Token]) -> str | None:
    """Role from the longest title that ends at the head ("deputy foreign minister" before "minister")."""
    table = role_nouns()
    left = [t for t in tokens if t.i < head.i and t.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    words = [t.lower_ for t in left]
    heads = {head.lemma_.lower(), head.lower_}
    if head.lower_.endswith("s"):
        heads.add(head.lower_[:-1])  # "Protesters" opening a sentence is read as a name: no lemma
    for n in range(min(3, len(words)), -1, -1):
        prefix = tuple(words[len(words) - n :]) if n else ()
        for h in heads:
            role = table.get((*prefix, h))
            if role:
                return role
    return None


SPEAKER_PRONOUNS = {"it": "thing", "they": "any", "he": "person", "she": "person", "we": "any"}
POSSESSIVE_PRONOUNS = {"its": "thing", "their": "any", "our": "any"}


def _speaker_of(pronoun: Token) -> Token | None:
    """'Germany said it would send tanks': a subject pronoun in a clause under a verb of saying or
    intending is that verb's subject. No other pronoun is resolved: a wrong antecedent is worse than none."""
    kind = SPEAKER_PRONOUNS.get(pronoun.lower_)
    if pronoun.dep_ == "poss" and pronoun.lower_ in POSSESSIVE_PRONOUNS:
        kind = POSSESSIVE_PRONOUNS[pronoun.lower_]
    elif kind is None or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    words = clauses()
    reporting = {*words.speech_verbs, *words.claim_verbs, *words.intent_verbs, *words.threat_verbs, "deny", "vow"}
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # from "its coast guard" up to the clause's verb
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "conj") or verb.head.i == verb.i:
            return None
        gov = verb.head
        subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].pos_ != "PRON":
            if gov.lemma_.lower() not in reporting:
                return None
            is_person = subj[0].ent_type_ == "PERSON"
            if (kind == "person" and not is_person) or (kind == "thing" and is_person):
                return None
            return subj[0]
        verb = gov
    return None


def title_role(head: Token, tokens: list[Token]) -> str | None:
    """'Indian Prime Minister Narendra Modi': the role of the title before a name we do not know."""
    table = role_nouns()
    words = [t.lower_ for t in tokens if t.i < head.i and t.dep_ in ("compound", "amod", "nmod") and t.text != "-"]
    for end in range(len(words), 0, -1):
        for n in (3, 2, 1):
            if end - n < 0:
                continue
            role = table.get(tuple(words[end - n : end]))
            if role:
                return role
    return None


def resolve(
    head: Token,
    ctx: ArticleContext,
    *,
    as_place: bool = False,
    other: ActorRef | None = None,
    place_country: str | None = None,
) -> Resolved | None:
    """Resolve the phrase headed by ``head`` to an actor, or None when we cannot be sure."""
    if head.lower_ in PRONOUNS or head.pos_ == "PRON":
        antecedent = _speaker_of(head)
        return resolve(antecedent, ctx, as_place=as_place, other=other) if antecedent is not None else None
    tokens = phrase_tokens(head)
    text = _span_text(tokens)
    g = gazetteer()
    own = _entity_of(head)
    if own is not None:
        resolved = _resolve_entity(own[0], own[1], text, ctx, as_place)
        if resolved is not None:
            ctx.remember(resolved.actor)
            if own[0] == "person":
                ctx.remember_name(own[2], resolved.actor)
        return resolved
    if head.pos_ == "PROPN" and head.text in ctx.names:
        return Resolved(ctx.names[head.text])  # "Dendias", after "Foreign Minister Nikos Dendias"
    if _is(head, roles_file().partitive_nouns):
        for pobj in prep_objects(head, ("of",)):
            return resolve(pobj, ctx, as_place=as_place, other=other, place_country=place_country)
    if any(t.lower_ in FORMER for t in tokens if t.i < head.i):
        return None  # a former office holder is not the office
    role = head_role(head, tokens)
    if role is None and head.pos_ == "PROPN":
        role = title_role(head, tokens)
    named = _named_after(head, ctx, text)
    if named is not None:
        ctx.remember(named.actor)
        ctx.by_head.setdefault(head.lemma_.lower(), named.actor)
        return named
    if _bare_definite(head) and head.lemma_.lower() in ctx.by_head:
        return Resolved(ctx.by_head[head.lemma_.lower()])  # "the alliance", after "the NATO alliance"
    if role is None:
        held = _held_by(head, tokens, ctx, other) or _owned_by(head, ctx, other, as_place) or _place_in(head, ctx)
        if held is not None:
            return held
        return None
    country: str | None = None
    for tok in tokens:
        if tok.i == head.i:
            continue
        ent = _entity_of(tok)
        if ent is None:
            continue
        kind, surface, _ = ent
        if kind == "actor":
            entry = _entry_on(g.actors[surface], ctx.date)
            if entry is not None:
                actor = _entry_actor(entry, text)
                ctx.remember(actor)
                ctx.by_head.setdefault(head.lemma_.lower(), actor)
                return Resolved(actor)
        elif kind == "person":
            entry = _entry_on(g.people[surface], ctx.date)
            if entry is not None and entry.country:
                country = entry.country
        elif kind in ("country", "demonym", "capital") and country is None:
            country = g.country_names.get(surface) or g.demonyms.get(surface) or g.capitals.get(surface)
        elif kind == "place" and country is None and (tok.i < head.i or tok.head.lower_ == "of"):
            country = g.places[surface].country  # "Karachi police", "the mayor of Kharkiv"
    if country is None:
        for tok in tokens:
            if tok.dep_ == "poss" and tok.lower_ in POSSESSIVE_PRONOUNS:
                speaker = _speaker_of(tok)
                owner = resolve(speaker, ctx) if speaker is not None else None
                if owner is not None and owner.actor.country:
                    country = owner.actor.country  # "China's foreign ministry said its coast guard ..."
    if country is None and role in ("GOV", "MIL") and _several(head):
        return None  # "the seven governments", "foreign troops": several countries, none named
    if country is None and _bare_definite(head) and head.lemma_.lower() in ctx.by_head:
        return Resolved(ctx.by_head[head.lemma_.lower()])  # "the peacekeepers", after "NATO-led peacekeepers"
    if country is None:
        country = ctx.country_for(role, other, place_country)
        if country is None:
            return None
        return Resolved(country_actor(country, role, text))
    actor = country_actor(country, role, text)
    ctx.remember(actor)
    if head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
        ctx.remember_name(_person_span(head), actor)
    return Resolved(actor)


SEVERAL = {
    "foreign",
    "other",
    "several",
    "western",
    "many",
    "some",
    "both",
    "various",
    "regional",
    "neighbouring",
    "neighboring",
    "allied",
    "international",
    "european",
    "arab",
    "african",
    "asian",
    "gulf",
    "all",
}


def _several(head: Token) -> bool:
    """'the seven governments', 'Western countries', 'foreign troops': more than one state, none named."""
    return head.tag_ == "NNS" and any(
        c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in SEVERAL) for c in head.children
    )


def _bare_definite(head: Token) -> bool:
    """'the alliance', 'the peacekeepers': a common noun with only 'the' before it."""
    mods = [c for c in head.children if c.i < head.i]
    return head.pos_ == "NOUN" and len(mods) == 1 and mods[0].lower_ == "the"


def _person_span(head: Token) -> Span:
    for ent in head.doc.ents:
        if ent.start <= head.i < ent.end:
            return ent
    return head.doc[head.i : head.i + 1]


def _named_after(head: Token, ctx: ArticleContext, text: str) -> Resolved | None:
    """'the rebel group Hayat Tahrir al-Sham': a name right after a role noun is that noun's referent."""
    if head.i + 1 >= len(head.doc) or head.pos_ != "NOUN":
        return None
    nxt = _entity_of(head.doc[head.i + 1])
    if nxt is None or nxt[2].start != head.i + 1 or nxt[0] not in ("actor", "person"):
        return None
    return _resolve_entity(nxt[0], nxt[1], nxt[2].text, ctx, as_place=False)


def _resolve_entity(kind: str, surface: str, text: str, ctx: ArticleContext, as_place: bool) -> Resolved | None:
    g = gazetteer()
    if kind == "person":
        entry = _entry_on(g.people[surface], ctx.date)
        return Resolved(_entry_actor(entry, text)) if entry else None
    if kind == "actor":
        entry = _entry_on(g.actors[surface], ctx.date)
        return Resolved(_entry_actor(entry, text)) if entry else None
    if kind == "country":
        code = g.country_names[surface]
        return Resolved(country_actor(code, None, text), place_location(surface, text) if as_place else None)
    if kind == "demonym":
        return Resolved(country_actor(g.demonyms[surface], None, text))
    if kind == "capital":
        code = g.capitals[surface]
        if as_place:
            return Resolved(country_actor(code, None, text), place_location(surface, text))
        return Resolved(country_actor(code, "GOV", text))
    if kind == "place" and as_place:
        place = place_location(surface, text)
        if place is not None and place.country:
            return Resolved(country_actor(place.country, None, text), place)
    return None


def _is(tok: Token, words: list[str]) -> bool:
    """Whether a word is in a list by lemma or as written ("goods" is lemmatized "good")."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _held_by(head: Token, tokens: list[Token], ctx: ArticleContext, other: ActorRef | None) -> Resolved | None:
    """'regime-held areas', 'rebel-controlled towns': the territory stands for its holder."""
    roles = roles_file()
    if not _is(head, roles.held_territory_nouns):
        return None
    for tok in tokens:
        if tok.lemma_.lower() in roles.holding_verbs and tok.i < head.i:
            for holder in tok.children:
                if holder.i < tok.i and holder.pos_ in ("NOUN", "PROPN", "ADJ"):
                    return resolve(holder, ctx, other=other)
            prev = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" else None
            if prev is not None:
                return resolve(prev, ctx, other=other)
    return None


OWNER_DEPS = {"poss", "compound", "amod", "nmod"}
OWNER_PREPS = {"by", "from", "of"}


def _owned_by(head: Token, ctx: ArticleContext, other: ActorRef | None, as_place: bool = False) -> Resolved | None:
    """'rejected Iran's proposal', 'vetoed a UN resolution', 'condemned the U.S. and British strikes': a
    proposal or an attack stands for its author (never for its victim: "condemned the attack on X" does
    not condemn X); 'struck nine sites in Pakistan': a site in a place, where places are targets, is that place."""
    roles = roles_file()
    if not _is(head, roles.owned_nouns) and not _is(head, roles.attack_nouns):
        return None
    for child in head.children:
        # only a name says whose it is: "drone attacks" and "police raids" name no author
        if child.dep_ in OWNER_DEPS and child.pos_ in ("PROPN", "NOUN", "ADJ") and _entity_of(child) is not None:
            found = resolve(child, ctx, other=other)
            if found is not None and found.place is None:
                return found
    if as_place:
        for pobj in prep_objects(head, ("in", "inside", "across")):
            found = resolve(pobj, ctx, as_place=True, other=other)
            if found is not None and found.place is not None:
                return found
    authors = list(prep_objects(head, OWNER_PREPS))
    for participle in (c for c in head.children if c.dep_ == "acl"):  # "the decisions taken by ECOWAS"
        authors.extend(prep_objects(participle, ("by",), deps=("agent",)))
    for pobj in authors:
        found = resolve(pobj, ctx, other=other)
        if found is not None and found.place is None:
            return found
    return None


def _place_in(head: Token, ctx: ArticleContext) -> Resolved | None:
    """'the province of Hatay', "Beirut's southern suburbs", 'the capital Niamey': a place noun stands
    for the place named with it."""
    if not _is(head, roles_file().place_nouns):
        return None
    named = [*prep_objects(head, ("of",)), *[c for c in head.children if c.dep_ in ("appos", "compound")]]
    named += [c for c in head.children if c.dep_ == "poss"]  # "Turkey's province of Hatay" is Hatay
    for tok in named:
        found = resolve(tok, ctx, as_place=True)
        if found is not None and found.place is not None:
            return found
    return None


def resolve_all(
    head: Token,
    ctx: ArticleContext,
    *,
    as_place: bool = False,
    other: ActorRef | None = None,
    place_country: str | None = None,
) -> list[Resolved]:
    """Like ``resolve``, but "Russian and Ukrainian negotiators" gives one actor per country."""
    first = resolve(head, ctx, as_place=as_place, other=other, place_country=place_country)
    if first is None or first.actor.country is None or first.place is not None:
        return [first] if first else []
    if first.actor.role is None and first.actor.code != first.actor.country:
        return [first]
    found = [first]
    g = gazetteer()
    # "Russian and Ukrainian negotiators", "diplomats from Argentina, Chile and Peru"
    named = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
    named += list(prep_objects(head, ("from", "of")))
    for mod in named:
        for conj in mod.conjuncts:
            ent = _entity_of(conj)
            if ent is None or ent[0] not in ("demonym", "country"):
                continue
            code = g.demonyms.get(ent[1]) or g.country_names.get(ent[1])
            if code and all(r.actor.country != code for r in found):
                actor = country_actor(code, first.actor.role, f"{conj.text} {head.text}")
                ctx.remember(actor)
                found.append(Resolved(actor))
    return found
