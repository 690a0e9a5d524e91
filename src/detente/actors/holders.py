"""Owners and holders: a thing stands for whose it is ("Iran's proposal", "the U.S.-flagged ship"), held
territory for its holder ("rebel-held towns"), and a place noun for the place named with it ("the province of
Hatay"). Each resolves another phrase, through the ``Resolve`` callback it is given."""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.context import ArticleContext
from detente.actors.countries import unmarked_possessive
from detente.actors.phrases import lemma_in
from detente.actors.resolved import Resolve, Resolved, country_word
from detente.actors.roles import country_actor
from detente.data import clauses, roles_file
from detente.data.schemas.roles import RolesFile
from detente.nlp.tree import prep_objects, verb_in
from detente.records import ActorRef
from detente.where.mentions import entity_of
from detente.where.places import PLACE_LABELS


def held_by(
    head: Token, tokens: list[Token], ctx: ArticleContext, other: ActorRef | None, *, resolve: Resolve
) -> Resolved | None:
    """'regime-held areas', 'rebel-controlled towns': the territory stands for its holder. A named place
    ('opposition-held Idlib province') stays a place of its country, whoever holds it that day."""
    roles = roles_file()
    if not lemma_in(head, roles.held_territory_nouns) and not _hyphen_held(head, roles):
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in PLACE_LABELS for c in head.children):
        return None
    described = head.lemma_.lower() in roles.place_descriptions
    described = described or (head.tag_ == "NN" and head.lemma_.lower() in roles.named_held_nouns)
    if described and any(o.pos_ == "PROPN" for o in prep_objects(head, ("of",))):
        return None  # "the rebel-held town of X", "the government-held district of X": named, a place (guide 1.3)
    for tok in tokens:
        if tok.lemma_.lower() in roles.holding_verbs and tok.i < head.i:
            for holder in tok.children:
                if holder.i < tok.i and holder.pos_ in ("NOUN", "PROPN", "ADJ"):
                    return _armed(resolve(holder, ctx, other=other))
            prev = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" else None
            if prev is not None:
                return _armed(resolve(prev, ctx, other=other))
    return None


def _hyphen_held(head: Token, roles: RolesFile) -> bool:
    """'a rebel-held mountain resort', 'the opposition-held provincial capital': a common noun that a hyphenated
    holding participle modifies is held territory whatever the noun, since the participle itself says it is held
    (s18-actors); without the hyphen ("the towns they hold") only the ``held_territory_nouns`` are."""
    if head.pos_ != "NOUN" or head.lower_ in roles.compass_words:
        return False  # "the rebel-held east" is a part of the country, a place
    if any(c.pos_ == "PROPN" for c in head.lefts):
        return False  # "government-held western Aleppo" misparsed onto a later noun: the name makes it a place
    doc = head.doc
    return any(
        c.dep_ == "amod"
        and c.i < head.i
        and c.lemma_.lower() in roles.holding_verbs
        and c.i >= 2
        and doc[c.i - 1].text == "-"
        for c in head.children
    )


def _armed(holder: Resolved | None) -> Resolved | None:
    """Who holds territory holds it by arms: an opposition holding towns is an armed one ("opposition-held")."""
    if holder is None or holder.actor.role != "OPP" or holder.actor.country is None:
        return holder
    actor = country_actor(holder.actor.country, "REB", holder.actor.text)
    return Resolved(actor, holder.place, why=f"{holder.why}; holding territory: armed (REB)")


OWNER_DEPS = {"poss", "compound", "amod", "nmod"}


OWNER_PREPS = {"by", "from", "of"}


def military_site(head: Token) -> bool:
    """Whether a noun names a site of a military (``military_sites``: "barracks", "an air base", "a military base")."""
    sites = set(roles_file().military_sites)
    if lemma_in(head, sites):
        return True
    noun = head.lemma_.lower()
    return any(f"{c.lower_} {noun}" in sites for c in head.children if c.dep_ in ("compound", "amod"))


def _military_site_owner(found: Resolved, head: Token) -> Resolved:
    """'fired missiles at a Syrian air base': a country named as the owner of a military site is its military, as a
    country's weapons are (guide 1.3); the country stays where the thing is no military site ("Iran's proposal")."""
    actor = found.actor
    if actor.role is not None or actor.country is None or actor.code != actor.country or not military_site(head):
        return found
    return Resolved(
        country_actor(actor.country, "MIL", actor.text), why=f"{found.why}; the owner of a military site: its military"
    )


def owned_by(
    head: Token, ctx: ArticleContext, other: ActorRef | None, as_place: bool = False, *, resolve: Resolve
) -> Resolved | None:
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
        if child.pos_ in ("PROPN", "NOUN", "ADJ") and (entity_of(child) or unmarked_possessive(child)) is not None:
            found = resolve(child, ctx, other=other)
            if found is not None and found.place is None:
                return _military_site_owner(found, head)
    if as_place:
        for pobj in prep_objects(head, ("in", "inside", "across")):
            found = resolve(pobj, ctx, as_place=True, other=other)
            if found is not None and found.place is not None:
                return found
    authors = list(prep_objects(head, OWNER_PREPS))
    attack = lemma_in(head, roles.attack_nouns)
    for participle in (c for c in head.children if c.dep_ == "acl"):  # "the decisions taken by ECOWAS"
        # an attack's "by" names its doer only on a participle of doing ("airstrikes carried out by Russian jets");
        # "airstrikes reported by the Syrian Observatory" names who told of them (review s19)
        if attack and not of_doing(participle):
            continue
        authors.extend(prep_objects(participle, ("by",), deps=("agent",)))
    for pobj in authors:
        found = resolve(pobj, ctx, other=other)
        if found is not None and found.place is None:
            return found
    return None


def of_doing(verb: Token) -> bool:
    """Whether a participle is one of doing (``clauses.yaml`` ``noun_participles.doing_verbs``: "launched", "carried
    out"), whose "by" names the doer of the noun it describes; "reported by", "witnessed by", "claimed by" name who
    told, saw or claimed the deed (issue 13 review: the reporter was read as the attacker)."""
    return verb_in(verb, clauses().noun_participles.doing_verbs)


def owns_a_thing(owner: Token) -> bool:
    """'ISILs positions', 'Russias proposal', 'al-Nusras attack': an owner word stands for itself only before a thing
    that can be owned (``owned_nouns``, ``attack_nouns``, ``holder_sites``, ``site_nouns``); before a role noun
    ("Syrias rebels", "Guineas rebels") it is the country of the role, which the role phrase reads (s18-mendactors)."""
    roles = roles_file()
    thing = owner.head
    if owner.dep_ not in OWNER_DEPS or thing.i == owner.i:
        return False
    things = (roles.owned_nouns, roles.attack_nouns, roles.holder_sites, roles.site_nouns)
    return any(lemma_in(thing, words) for words in things)


def _hyphenated_owner(tok: Token, suffixes: list[str]) -> str | None:
    """'U.S.-flagged', 'Russian-made': the country of a hyphenated owner word, or None."""
    prefix, _, suffix = tok.text.rpartition("-")
    if not prefix or suffix.lower() not in suffixes:
        return None
    return country_word(prefix)


def place_in(head: Token, ctx: ArticleContext, as_place: bool = False, *, resolve: Resolve) -> Resolved | None:
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
