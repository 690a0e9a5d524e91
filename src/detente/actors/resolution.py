"""Resolve a noun phrase of the parse to an actor code, and say which entry or rule gave it.

In order: a pronoun reads back to its speaker or antecedent (``coreference``); a name the
dictionaries know is its entry, valid on the sentence's day (a spelling variant of one too);
a role noun takes its country from the phrase — a demonym, "of X", "X's", "X-based", a place,
a person's country — or a named group in it ("Gunmen from Somalia's al Shabaab"); then from
a definite description's antecedent ("the ministry"), then from what the article made plain
(``context``). A place is an actor only as a government's seat (capitals) or as a target that
the pattern reads as a place. Anything still unclear is None: an actor we are unsure of is no actor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from detente.actors import coreference
from detente.actors.context import ArticleContext
from detente.actors.parties import candidate_party, named_countries, party_legislators, party_of_word
from detente.actors.phrases import (
    is_bare_definite,
    is_former,
    is_several,
    lemma_in,
    person_span,
    phrase_tokens,
    span_text,
)
from detente.actors.roles import country_actor, head_role, role_group, title_role
from detente.actors.variants import variant_of
from detente.data import ActorEntry, gazetteer, roles_file
from detente.nlp.tree import prep_objects
from detente.records import ActorRef, Location
from detente.where.mentions import entity_of
from detente.where.places import PLACE_LABELS, geonames_location, place_location


@dataclass(frozen=True)
class Resolved:
    actor: ActorRef
    place: Location | None = None  # set when the phrase names a place (the actor is then its country)
    why: str = ""  # which dictionary entry or rule gave the code
    guessed: bool = False  # the country is the context's, not the phrase's ("the army" in an article on Syria)


def entry_on(entries: list[ActorEntry], day: dt.date | None) -> ActorEntry | None:
    valid = [e for e in entries if e.valid_on(day)]
    return valid[0] if valid else None


def _entry_actor(entry: ActorEntry, text: str) -> ActorRef:
    return ActorRef(code=entry.code, name=entry.name, text=text, country=entry.country, role=entry.role)


def _entry_why(kind: str, surface: str, entry: ActorEntry) -> str:
    where = "office_holders" if kind == "person" else "actors"
    spell = ""
    if entry.start or entry.end:
        spell = f", {entry.start or '…'} to {entry.end or 'today'}"
    office = f" ({entry.office})" if entry.office else ""
    origin = f" from {entry.origin}" if entry.origin else ""
    return f"{where} entry '{entry.name}'{office} as '{surface}'{spell}{origin}"


def region_of(surface: str) -> str | None:
    """The region code of a regional demonym ('European' -> EUR), or None."""
    return gazetteer().region_demonyms.get(surface)


def _country_word(kind: str, surface: str) -> str | None:
    g = gazetteer()
    return g.country_names.get(surface) or g.demonyms.get(surface) or g.capitals.get(surface)


def _in_longer_name(span: Span) -> bool:
    """'the area of Akhtarin Turkmen Bari': a place name that ends a longer proper name is part of it."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.pos_ == "PROPN" and prev.is_title and prev.dep_ == "compound" and prev.head.i >= span.start


def _hyphenated_origin(span: Span) -> bool:
    """'African-Americans': a plural demonym after a word of origin and a hyphen names some of its people."""
    if span.start < 2 or not span.text.endswith("s"):
        return False
    hyphen, origin = span.doc[span.start - 1], span.doc[span.start - 2]
    joined = not hyphen.whitespace_ and not origin.whitespace_
    return hyphen.text == "-" and joined and origin.is_alpha and origin.is_title


def resolve(
    head: Token,
    ctx: ArticleContext,
    *,
    as_place: bool = False,
    other: ActorRef | None = None,
    place_country: str | None = None,
) -> Resolved | None:
    """Resolve the phrase headed by ``head`` to an actor, or None when we cannot be sure."""
    found = _resolve(head, ctx, as_place, other, place_country)
    if found is not None and found.actor.role == "MED" and _told_to(head):
        return None  # "said in an interview with CBS": the outlet heard the statement, it is no party to it
    if found is not None and found.place is None:
        ctx.mention(head, found.actor, _mention_kind(head, found.actor))
    return found


def _told_to(head: Token) -> bool:
    """'told Reuters', 'in an interview with Wisconsin radio station WKOW', 'speaking to reporters': the phrase is
    the one a statement was made to (``told_to_words``)."""
    words = roles_file().told_to_words
    tok = head
    while tok.dep_ in ("appos", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head  # "radio station WKOW": the name in apposition to the outlet's noun
    if tok.dep_ == "dobj":
        return lemma_in(tok.head, words)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "to"):
        return lemma_in(tok.head.head, words)
    return False


def _mention_kind(head: Token, actor: ActorRef) -> str:
    """What a resolved phrase can be the antecedent of: a person (he, she), a state, a named body, a role."""
    if coreference.is_pronoun(head):
        return coreference.PRONOUN_KINDS.get(head.lower_, "role").replace("plural", "group").replace("thing", "group")
    singular = head.tag_ not in ("NNS", "NNPS")
    if head.ent_type_ == "PERSON" or (singular and lemma_in(head, roles_file().person_titles)):
        return "person"
    if actor.role is None and actor.country:
        return "state"
    entity = entity_of(head)
    if (entity is not None and entity[0] == "actor") or actor.code.startswith(("IGO", "NGO", "IMG")):
        return "group"
    if entity is not None and entity[0] == "capital":
        return "state"
    return "role"


def _resolve(
    head: Token, ctx: ArticleContext, as_place: bool, other: ActorRef | None, place_country: str | None
) -> Resolved | None:
    if coreference.is_pronoun(head):
        return _pronoun(head, ctx, as_place, other)
    tokens = phrase_tokens(head)
    text = span_text(tokens)
    own = entity_of(head)
    if own is None and as_place:
        geo = geonames_location(head)  # "shelled Binnish": a town the parser found, from GeoNames
        if geo is not None and geo.country:
            return Resolved(country_actor(geo.country, None, text), geo, f"GeoNames: '{geo.name}' in {geo.country}")
    if own is not None:
        resolved = resolve_entity(own[0], own[1], text, ctx, as_place, own[2])
        if resolved is not None and own[0] == "country" and not as_place and _shares_weapon(head):
            # "Russia and Syrian regime war planes carried out strikes": Russia's war planes, its military
            actor = country_actor(resolved.actor.code, "MIL", text)
            resolved = Resolved(actor, why=f"'{text}' shares the weapon it is conjoined with: its military")
        if resolved is not None:
            ctx.remember(resolved.actor)
            if own[0] == "person":
                ctx.remember_name(own[2], resolved.actor)
        return resolved
    if not as_place and head.ent_type_ in ("LOC", "GPE") and (region := _region_named(tokens)) is not None:
        return Resolved(country_actor(region, None, text), why=f"regions.yaml: '{text}' is {region}")
    # a surname opening a sentence is often tagged a common noun with no entity type ("Conyers acknowledged ...")
    named = head.pos_ == "PROPN" or (head.is_title and not head.ent_type_ and head.tag_ == "NN")
    if named and head.text in ctx.names:
        earlier = ctx.names[head.text].model_copy(update={"text": text})
        return Resolved(earlier, why=f"'{head.text}': a person named in full earlier in the article")
    described = _described_person(head, ctx, other)
    if described is not None:
        return described
    variant = _variant(head, text, ctx)
    if variant is not None:
        return variant
    if is_bare_definite(head) and lemma_in(head, set(roles_file().description_kinds)):
        described = coreference.described(head, ctx)
        if described is not None:
            return Resolved(described[0].model_copy(update={"text": text}), why=described[1])
    if lemma_in(head, roles_file().partitive_nouns):
        for pobj in prep_objects(head, ("of",)):
            return resolve(pobj, ctx, as_place=as_place, other=other, place_country=place_country)
        # "Mueller's team", "FBI agents": the members of a body or the staff of a person the dictionaries know
        for owner in (c for c in head.children if c.dep_ in ("poss", "compound", "nmod") and entity_of(c) is not None):
            if entity_of(owner)[0] in ("actor", "person"):  # type: ignore[index]
                found = resolve(owner, ctx, other=other)
                if found is not None and found.place is None:
                    return Resolved(found.actor.model_copy(update={"text": text}), why=f"'{text}': {found.why}")
    if is_former(head, tokens):
        return None  # a former office holder is not the office
    if lemma_in(head, roles_file().country_nouns):
        country, why = _phrase_country(head, tokens, ctx)
        if isinstance(country, str) and country not in gazetteer().regions:  # "a Palestinian state"
            return Resolved(country_actor(country, None, text), why=f"'{head.lemma_}' named by {why}: the country")
    party = candidate_party(head, tokens, ctx.date)
    if party is not None:  # "Republican Senate candidate X": the party's, not the Senate's
        actor = _entry_actor(party, text)
        if (holder := _title_holder(head, tokens)) is not None:
            ctx.remember_name(holder, actor)
        return Resolved(actor, why=f"'{head.text}' stands for the {party.name} (candidate_nouns in roles.yaml)")
    principal = _speaks_for(head, ctx, other)
    if principal is not None:
        return principal or None
    role = head_role(head, tokens)
    if role is None and lemma_in(head, roles_file().partitive_nouns):
        # "congressional committee members": the members of what the noun before them names
        for c in head.children:
            if c.dep_ == "compound" and c.pos_ == "NOUN" and (role := head_role(c, phrase_tokens(c))) is not None:
                break
    if role is None and head.pos_ == "PROPN":
        role = title_role(head, tokens)
    if role == "OPP" and other is not None and other.role == "MIL" and lemma_in(head, roles_file().fought_group_nouns):
        role = "REB"  # "forces besieged opposition groups": the side a military fights is armed
    if role == "MIL" and _state_weapon(head, tokens):
        role = "GOV"  # "regime aircraft", "Syrian government jets": a government's weapons are the government's
    if role is None and head.pos_ == "PROPN":
        party = party_legislators(head.text, head.tag_ in ("NNPS", "NNS"), ctx.date, head.doc)
        if party is not None and party.country:
            actor = country_actor(party.country, "LEG", text)
            ctx.remember(actor)
            return Resolved(
                actor, why=f"'{head.text}': members of the {party.name} in an article about its legislature"
            )
    named = _named_after(head, ctx, text)
    if named is not None:
        ctx.remember(named.actor)
        ctx.by_head.setdefault(head.lemma_.lower(), named.actor)
        return named
    if is_bare_definite(head) and head.lemma_.lower() in ctx.by_head:
        actor = ctx.by_head[head.lemma_.lower()]
        return Resolved(actor, why=f"'the {head.lemma_.lower()}': the one named earlier")
    if role is None:
        return (
            _held_by(head, tokens, ctx, other)
            or _owned_by(head, ctx, other, as_place)
            or _place_in(head, ctx, as_place)
        )
    country, why = _phrase_country(head, tokens, ctx)
    if isinstance(country, Resolved):
        ctx.remember(country.actor)
        ctx.by_head.setdefault(head.lemma_.lower(), country.actor)
        holder = _title_holder(head, tokens)
        if holder is not None:  # "the health minister of the Syrian Interim Government, Khaled Barakat"
            ctx.remember_name(holder, country.actor)
        return country
    several = country is None or country in gazetteer().regions
    if several and role in ("GOV", "MIL") and (is_several(head) or country is not None):
        return None  # "the seven governments", "foreign troops", "European governments": several states
    if country is None and is_bare_definite(head):
        described = coreference.described(head, ctx)
        if described is not None:
            return Resolved(described[0].model_copy(update={"text": text}), why=described[1])
    if country is None:
        own_state = any(lemma_in(tok, roles_file().own_state_words) for tok in tokens)
        country = ctx.country_for(role, other, place_country, own_state)
        if country is None:
            return None
        why = f"role {role} of '{head.lemma_}', country from context"
        return Resolved(country_actor(country, role, text), why=why, guessed=True)
    actor = country_actor(country, role, text)
    ctx.remember(actor)
    holder = _title_holder(head, tokens)
    if holder is not None:
        ctx.remember_name(holder, actor)
    return Resolved(actor, why=f"role {role} of '{head.lemma_}' (roles.yaml), country from {why}")


def _is_weapon(tok: Token) -> bool:
    """'planes', 'war planes', 'fighter jets': a weapon noun of ``state_weapons``."""
    weapons = roles_file().state_weapons
    compound = " ".join([*(c.lower_ for c in tok.children if c.dep_ == "compound"), tok.lemma_.lower()])
    return lemma_in(tok, weapons) or any(compound.endswith(w) for w in weapons if " " in w)


def _shares_weapon(head: Token) -> bool:
    """'Russia and Syrian regime war planes': a bare country conjoined with a weapon noun shares it (guide 1.3: a
    country's weapons are its military)."""
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and _is_weapon(c) for c in head.children)


def _state_weapon(head: Token, tokens: list[Token]) -> bool:
    """'regime helicopters', 'Syrian government war planes': a weapon an own-state word says is the government's."""
    owners = [c for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound", "nmod", "poss")]
    owners += [g for o in owners for g in o.children if g.dep_ in ("amod", "compound")]  # "Syrian regime war planes"
    return _is_weapon(head) and any(lemma_in(t, roles_file().own_state_words) for t in owners)


def titles_a_person(head: Token) -> bool:
    """'the health minister of the interim government, Khaled Barakat': a title phrase that names the person
    holding it (to be resolved even where no event asks, so the person's surname reads back to it)."""
    return head.pos_ == "NOUN" and _title_holder(head, phrase_tokens(head)) is not None


def _title_holder(head: Token, tokens: list[Token]) -> Span | None:
    """The person a role phrase names, to be named later by a part of the name: the head itself
    ("Syrian Health Minister Mohammad Jundi") or a name right after the title ("the health minister of the
    interim government Mohammad Jundi said", which the parser may split into two subjects)."""
    if head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
        return person_span(head)
    if head.tag_ in ("NNS", "NNPS") or not lemma_in(head, roles_file().person_titles):
        return None
    last = head.doc[max(t.i for t in tokens)]
    if last.i > head.i and last.dep_ == "appos" and last.ent_type_ == "PERSON":
        # "the health minister of the interim government, Khaled Barakat": the name closing the title's phrase
        return person_span(last) if entity_of(last) is None else None
    after = last.i + 1
    if after < len(head.doc) and head.doc[after].ent_type_ == "PERSON" and head.doc[after].ent_iob_ == "B":
        name = person_span(head.doc[after])
        return name if entity_of(head.doc[after]) is None else None  # a known person has an entry of their own
    return None


def _described_person(head: Token, ctx: ArticleContext, other: ActorRef | None) -> Resolved | None:
    """'Peter Carr, a spokesman for the special counsel', 'Khaled Barakat, the opposition's health minister': a
    person the dictionaries do not know is what the description in apposition says, and a later mention of a part
    of the name ("Carr said") is the same person. A description that names no role or a private one ("a U.S.
    citizen", "a student") codes nothing: a private person is no actor."""
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON" or entity_of(head) is not None:
        return None
    descriptions = [d for c in head.children if c.dep_ == "appos" for d in (c, *c.conjuncts)]
    for appos in descriptions:  # "Khan, a lawyer and member of parliament": each description in turn
        if appos.pos_ != "NOUN":
            continue
        found = resolve(appos, ctx, other=other)
        if found is None or found.place is not None or found.actor.role in role_group("private") or found.guessed:
            continue  # "Flynn, a retired Army general" in an article on Russia: a person's country is never a guess
        if found.actor.role is None and found.actor.code == found.actor.country:
            continue
        actor = found.actor.model_copy(update={"text": person_span(head).text})
        ctx.remember_name(person_span(head), actor)
        return Resolved(actor, why=f"'{head.text}', described as '{appos.text}': {found.why}")
    return None


def _speaks_for(head: Token, ctx: ArticleContext, other: ActorRef | None) -> Resolved | bool | None:
    """'a spokesman for Mueller', 'a lawyer for President Trump', 'the senator's aide': one who speaks or acts for
    another is coded as the one they speak for. None when the phrase names no one it speaks for (or a bare country:
    "a spokesman for Russia" is then read by its role noun); False when it names one we cannot code ("a spokesman
    for the company's founder"), so the phrase stays unresolved rather than take a country from context."""
    if not lemma_in(head, roles_file().speaks_for_nouns):
        return None
    principals = [c for c in head.children if c.dep_ == "poss"]
    principals += list(prep_objects(head, ("for", "to", "of")))
    if not principals:
        return None
    # only a name (or a person's pronoun) says whom they speak for: "the junta's spokesman" is read by its role noun
    # (a spokesman of a body in power speaks as its government), as before
    principals = [
        p
        for p in principals
        if p.pos_ == "PROPN" or p.lower_ in ("his", "her", "him") or _names_one(p) or _role_of_named_country(p, ctx)
    ]
    if not principals:
        return None
    for tok in principals:
        found = resolve(tok, ctx, other=other)
        if found is None or found.place is not None:
            continue
        if found.actor.role is None and found.actor.code == found.actor.country:
            return None
        actor = found.actor.model_copy(update={"text": span_text(phrase_tokens(head))})
        return Resolved(actor, why=f"'{head.text}' for '{tok.text}': speaks for them ({found.why})")
    return False


def _role_of_named_country(tok: Token, ctx: ArticleContext) -> bool:
    """'a spokesman for the Syrian army', 'an aide to the Iraqi prime minister': a role noun after "for"/"to"/"of"
    whose own phrase names its country (not one the article lends it) says whom the spokesman speaks for."""
    if tok.dep_ != "pobj" or tok.pos_ != "NOUN":
        return False
    tokens = phrase_tokens(tok)
    return head_role(tok, tokens) is not None and isinstance(_phrase_country(tok, tokens, ctx)[0], str)


def _names_one(tok: Token) -> bool:
    """'Mueller's team', 'the FBI's agents': a common noun whose owner is a known person or body."""
    return any(
        c.dep_ in ("poss", "compound") and (e := entity_of(c)) is not None and e[0] in ("actor", "person")
        for c in tok.children
    )


def _unmarked_possessive(tok: Token) -> tuple[str, str, Span] | None:
    """'Syrias opposition', 'President Bashar al-Assads air force': a possessive whose apostrophe the source
    dropped, read as the country, place or person its stem names (never a name of its own)."""
    if tok.pos_ != "PROPN" or tok.dep_ not in ("poss", "compound", "nmod") or not tok.text.endswith("s"):
        return None
    g, stem = gazetteer(), tok.text[:-1]
    if tok.text in g.country_names or tok.text in g.people or tok.text in g.places:
        return None
    span = tok.doc[tok.i : tok.i + 1]
    for kind, table in (("country", g.country_names), ("place", g.places), ("person", g.people)):
        if stem in table:
            return kind, stem, span
    return None


def _phrase_country(head: Token, tokens: list[Token], ctx: ArticleContext) -> tuple[str | Resolved | None, str]:
    """The country a role phrase names ("Iranian", "of Qatar", "Syria's", "Damascus-based", "Karachi"),
    or the named group it belongs to ("Boko Haram militants") as a whole ``Resolved``."""
    g = gazetteer()
    country: str | None = None
    why = ""
    hosted = lemma_in(head, roles_file().host_nouns)
    named = _named_group(head, tokens, ctx)
    if named is not None:
        return named, ""
    for tok in tokens:
        if tok.i == head.i:
            continue
        if _others_doing(tok, head):
            continue  # "Iranian-backed militia", "U.S.-trained forces": another country's doing, not theirs
        if _pro_object(tok):
            continue  # "pro-Russian separatists" in Ukraine are not Russia's: whom they support is not their country
        if hosted and _in_phrase_of(tok, head):
            continue  # "the embassy in Washington": where a post abroad sits, not whose it is
        ent = entity_of(tok) or _unmarked_possessive(tok)
        if ent is None:
            region = region_of(tok.text) if tok.ent_type_ == "NORP" or tok.pos_ in ("ADJ", "PROPN") else None
            if region and country is None:
                country, why = region, f"the regional word '{tok.text}'"
            elif (
                country is None
                and tok.i < head.i
                and (party := party_of_word(tok.text, ctx.date, named_countries(tok.doc)))
            ):
                country, why = party.country, f"the party word '{tok.text}' ({party.name})"  # "Republican lawmakers"
            elif country is None and tok.pos_ == "PROPN" and (tok.i < head.i or tok.dep_ == "pobj"):
                geo = geonames_location(tok)  # "rebels in Talbisseh", "Zvecan residents": a town from GeoNames
                if geo is not None and geo.country:
                    country, why = geo.country, f"the place '{geo.name}' (GeoNames)"
            continue
        kind, surface, _ = ent
        if kind == "person":
            entry = entry_on(g.people[surface], ctx.date)
            if entry is not None and entry.country:
                country, why = entry.country, f"the person '{surface}'"
        elif kind in ("country", "demonym", "capital") and country is None:
            country, why = _country_word(kind, surface), f"the {kind} '{surface}'"
        elif kind == "place" and country is None and (tok.i < head.i or tok.head.lower_ == "of"):
            country, why = g.places[surface].country, f"the place '{surface}'"  # "Karachi police", "mayor of Kharkiv"
    if country is None:
        for tok in tokens:
            if tok.dep_ == "poss" and tok.lower_ in coreference.POSSESSIVE_PRONOUNS:
                speaker = coreference.speaker_of(tok)  # "China's foreign ministry said its coast guard ..."
                owner = resolve(speaker, ctx) if speaker is not None else None
                if owner is not None and owner.actor.country:
                    country, why = owner.actor.country, f"'{tok.text}': the speaker ({owner.why})"
    return country, why


def _others_doing(tok: Token, head: Token) -> bool:
    """'Iranian' in 'Iranian-backed militia': a word under a participle of another's doing names not the phrase's
    own country ("Damascus-based" does: ``own_participles``)."""
    participle = tok.head.i != head.i and tok.head.tag_ in ("VBN", "VBG")
    return participle and tok.head.lower_ not in roles_file().own_participles


def _depth(tok: Token, head: Token) -> int:
    """How many arcs up from ``tok`` to ``head`` (a word of its phrase)."""
    n = 0
    while tok.i != head.i and tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n


def _named_group(head: Token, tokens: list[Token], ctx: ArticleContext) -> Resolved | None:
    """The named body a role phrase belongs to ("Boko Haram militants"); of two, the one nearest the head in the
    parse: "fighters of the al-Qaeda affiliate al-Nusra Front" are al-Nusra's, al-Qaeda only describes it."""
    g = gazetteer()
    found: list[tuple[int, bool, int, Resolved]] = []
    for tok in tokens:
        if tok.i == head.i or _others_doing(tok, head) or _pro_object(tok):
            continue
        ent = entity_of(tok)
        if ent is None or ent[0] != "actor":
            continue
        entry = entry_on(g.actors[ent[1]], ctx.date)
        if entry is not None:
            resolved = Resolved(_entry_actor(entry, span_text(tokens)), why=_entry_why("actor", ent[1], entry))
            root = ent[2].root
            found.append((_depth(root, head), root.dep_ in ("compound", "amod", "poss"), tok.i, resolved))
    return min(found, key=lambda f: f[:3])[3] if found else None


def _in_phrase_of(tok: Token, head: Token) -> bool:
    """Whether ``tok`` lies in an "in"/"at" phrase on ``head`` ("the embassy in Washington")."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.head.head.i == head.i:
            return True
        tok = tok.head
    return False


def _pro_object(tok: Token) -> bool:
    """'Russian' in 'pro-Russian separatists': the side a phrase is for, which the parser splits as 'pro - Russian'."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "pro"


def _pronoun(head: Token, ctx: ArticleContext, as_place: bool, other: ActorRef | None) -> Resolved | None:
    speaker = coreference.speaker_of(head) or coreference.quote_speaker(head)
    if speaker is not None:
        found = resolve(speaker, ctx, as_place=as_place, other=other)
        if found is None:
            return None
        return Resolved(found.actor, found.place, f"pronoun '{head.text}': the speaker '{speaker.text}' ({found.why})")
    referent = coreference.antecedent(head, ctx)
    if referent is None:
        return None
    return Resolved(referent[0].model_copy(update={"text": head.text}), why=referent[1])


def _variant(head: Token, text: str, ctx: ArticleContext) -> Resolved | None:
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


@cache
def _regions_by_name() -> dict[str, str]:
    return {name.removeprefix("the "): code for code, name in gazetteer().regions.items()}


def _region_named(tokens: list[Token]) -> str | None:
    """The region a whole phrase names ("Europe", "the Middle East"), acting as a whole where no single country
    does ("called on the US and Europe to ..."); the same region codes as "European companies" (EURBUS)."""
    return _regions_by_name().get(" ".join(t.text for t in tokens if t.lower_ != "the"))


def _named_after(head: Token, ctx: ArticleContext, text: str) -> Resolved | None:
    """'the rebel group Hayat Tahrir al-Sham': a name right after a role noun is that noun's referent."""
    if head.i + 1 >= len(head.doc) or head.pos_ != "NOUN":
        return None
    nxt = entity_of(head.doc[head.i + 1])
    if nxt is None or nxt[2].start != head.i + 1 or nxt[0] not in ("actor", "person"):
        return None
    return resolve_entity(nxt[0], nxt[1], nxt[2].text, ctx, as_place=False)


def resolve_entity(
    kind: str, surface: str, text: str, ctx: ArticleContext, as_place: bool, span: Span | None = None
) -> Resolved | None:
    """A dictionary name as an actor (and, for a place read as a place, as a location)."""
    g = gazetteer()
    if kind in ("place", "capital") and span is not None and _in_longer_name(span):
        return None  # the end of a longer name the dictionaries do not know
    if kind == "person":
        entry = entry_on(g.people[surface], ctx.date)
        return Resolved(_entry_actor(entry, text), why=_entry_why(kind, surface, entry)) if entry else None
    if kind == "actor":
        entry = entry_on(g.actors[surface], ctx.date)
        return Resolved(_entry_actor(entry, text), why=_entry_why(kind, surface, entry)) if entry else None
    if kind == "country":
        code = g.country_names[surface]
        place = place_location(surface, text) if as_place else None
        return Resolved(country_actor(code, None, text), place, f"countries.yaml: '{surface}' is {code}")
    if kind == "demonym":
        code = g.demonyms[surface]
        if span is not None and _hyphenated_origin(span):
            # "African-Americans", "Iranian-Americans": a group of the country's people, not the country as a whole
            return Resolved(country_actor(code, "CVL", text), why=f"'{text}': people of {code} by their origin")
        return Resolved(country_actor(code, None, text), why=f"countries.yaml: the demonym '{surface}' is {code}")
    if kind == "capital":
        code = g.capitals[surface]
        if as_place:
            return Resolved(country_actor(code, None, text), place_location(surface, text), f"'{surface}' as a place")
        return Resolved(country_actor(code, "GOV", text), why=f"countries.yaml: the capital '{surface}' for {code}GOV")
    if kind == "place" and as_place:
        place = place_location(surface, text)
        if place is not None and place.country:
            why = f"gazetteer: '{surface}' in {place.country}"
            return Resolved(country_actor(place.country, None, text), place, why)
    return None


def _held_by(head: Token, tokens: list[Token], ctx: ArticleContext, other: ActorRef | None) -> Resolved | None:
    """'regime-held areas', 'rebel-controlled towns': the territory stands for its holder. A named place
    ('opposition-held Idlib province') stays a place of its country, whoever holds it that day."""
    roles = roles_file()
    if not lemma_in(head, roles.held_territory_nouns):
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in PLACE_LABELS for c in head.children):
        return None
    for tok in tokens:
        if tok.lemma_.lower() in roles.holding_verbs and tok.i < head.i:
            for holder in tok.children:
                if holder.i < tok.i and holder.pos_ in ("NOUN", "PROPN", "ADJ"):
                    return _armed(resolve(holder, ctx, other=other))
            prev = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" else None
            if prev is not None:
                return _armed(resolve(prev, ctx, other=other))
    return None


def _armed(holder: Resolved | None) -> Resolved | None:
    """Who holds territory holds it by arms: an opposition holding towns is an armed one ("opposition-held")."""
    if holder is None or holder.actor.role != "OPP" or holder.actor.country is None:
        return holder
    actor = country_actor(holder.actor.country, "REB", holder.actor.text)
    return Resolved(actor, holder.place, why=f"{holder.why}; holding territory: armed (REB)")


OWNER_DEPS = {"poss", "compound", "amod", "nmod"}
OWNER_PREPS = {"by", "from", "of"}


def _owned_by(head: Token, ctx: ArticleContext, other: ActorRef | None, as_place: bool = False) -> Resolved | None:
    """'rejected Iran's proposal', 'vetoed a UN resolution', 'condemned the U.S. and British strikes': a
    proposal or an attack stands for its author (never for its victim: "condemned the attack on X" does
    not condemn X); 'struck nine sites in Pakistan': a site in a place, where places are targets, is that place."""
    roles = roles_file()
    if not lemma_in(head, roles.owned_nouns) and not lemma_in(head, roles.attack_nouns):
        return None
    owners = [c for c in head.children if c.dep_ in OWNER_DEPS]
    owners += [
        g
        for c in owners
        if c.dep_ == "amod" and c.lower_ in roles.owner_suffixes  # "U.S.-flagged", split by the tokenizer
        for g in c.children
        if g.dep_ in ("npadvmod", "compound")
    ]
    for child in owners:
        owner = _hyphenated_owner(child, roles.owner_suffixes)
        if owner is not None:  # "the U.S.-flagged container ship"
            return Resolved(country_actor(owner, None, child.text), why=f"'{child.text}': a thing of {owner}")
    for child in owners:  # "Iran's proposal", "a South Korean island"
        # only a name says whose it is: "drone attacks" and "police raids" name no author
        if child.pos_ in ("PROPN", "NOUN", "ADJ") and entity_of(child) is not None:
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


def _hyphenated_owner(tok: Token, suffixes: list[str]) -> str | None:
    """'U.S.-flagged', 'Russian-made': the country of a hyphenated owner word, or None."""
    prefix, _, suffix = tok.text.rpartition("-")
    if not prefix or suffix.lower() not in suffixes:
        return None
    return _country_word("", prefix)


def _place_in(head: Token, ctx: ArticleContext, as_place: bool = False) -> Resolved | None:
    """'the province of Hatay', "Beirut's southern suburbs", 'the capital Niamey': a place noun stands
    for the place named with it; where places are targets, so does a site ("a market in Aleppo")."""
    roles = roles_file()
    if not lemma_in(head, roles.place_nouns) and not (as_place and lemma_in(head, roles.site_nouns)):
        return None
    named = [*prep_objects(head, ("of",)), *[c for c in head.children if c.dep_ in ("appos", "compound", "nmod")]]
    named += [c for c in head.children if c.dep_ == "amod" and c.pos_ == "PROPN"]  # a name read as a modifier
    named += [c for c in head.children if c.dep_ == "poss"]  # "Turkey's province of Hatay" is Hatay
    named = [c for tok in named for c in (tok, *tok.conjuncts)]  # "the towns of Jisr al-Shughur and Binnish"
    for tok in named:
        found = resolve(tok, ctx, as_place=True)
        if found is not None and found.place is not None:
            return found
    within: Resolved | None = None
    for pobj in prep_objects(head, ("in", "near", "outside")):  # "al-Hamadaniyeh neighborhood in Aleppo city"
        found = resolve(pobj, ctx, as_place=True)
        if found is not None and found.place is not None:
            return found
        if within is None and found is not None and found.actor.role is None and found.actor.country:
            within = found  # "a hall in Tall Tawil village": in a place the article's country holds, unnamed there
    named += [p for p in prep_objects(head, ("in",)) if p.ent_type_ in PLACE_LABELS]  # "neighborhoods in East Ghota"
    if ctx.home and any(tok.pos_ == "PROPN" for tok in named):
        # a named town, village or district the gazetteer does not know, in an article about one country
        actor = country_actor(ctx.home, None, head.text)
        return Resolved(actor, why=f"'{head.lemma_}' named but unknown: the country the article is about")
    if within is not None:
        actor = country_actor(within.actor.country, None, head.text)
        return Resolved(actor, why=f"'{head.lemma_}' in '{within.actor.text}': {within.why}")
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
    found = [first] if first is not None else []
    if first is None or first.actor.country is None or first.place is not None:
        return found
    if first.actor.role is None and first.actor.code != first.actor.country:
        return found
    g = gazetteer()
    # "Russian and Ukrainian negotiators", "diplomats from Argentina, Chile and Peru"
    named = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
    named += list(prep_objects(head, ("from", "of")))
    for mod in named:
        for conj in mod.conjuncts:
            ent = entity_of(conj)
            if ent is None or ent[0] not in ("demonym", "country"):
                continue
            code = g.demonyms.get(ent[1]) or g.country_names.get(ent[1])
            if code and all(r.actor.country != code for r in found):
                actor = country_actor(code, first.actor.role, f"{conj.text} {head.text}")
                ctx.remember(actor)
                found.append(Resolved(actor, why=f"conjoined with '{head.text}': the {ent[0]} '{ent[1]}'"))
    return found
