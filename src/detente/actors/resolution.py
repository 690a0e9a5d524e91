"""Resolve a noun phrase of the parse to an actor code, and say which entry or rule gave it.

In order: a pronoun reads back to its speaker or antecedent (``coreference``); a name the
dictionaries know is its entry, valid on the sentence's day (a spelling variant of one too);
a role noun takes its country from the phrase — a demonym, "of X", "X's", "X-based", a place,
a person's country — or a named group in it ("Gunmen from Somalia's al Shabaab"); then from
a definite description's antecedent ("the ministry"), then from what the article made plain
(``context``). A place is an actor only as a government's seat (capitals) or as a target that
the pattern reads as a place. Anything still unclear is None: an actor we are unsure of is no actor.

The parts live in their own modules by what they decide: ``persons`` (descriptions, spokesmen, titles),
``countries`` (the country a role phrase names), ``holders`` (owners, holders, places named with a noun),
``names`` (variants, names after a role noun, regions), ``weapons``; the record is in ``resolved``. They call
back into ``resolve`` through the callback they are given, so imports run one way.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors import coreference, pairs
from detente.actors.context import ArticleContext, sentence_country
from detente.actors.countries import one_state_of_several, phrase_country, unmarked_possessive
from detente.actors.gender import other_first_names
from detente.actors.holders import held_by, owned_by, owns_a_thing, place_in
from detente.actors.names import (
    hyphenated_origin,
    in_longer_name,
    named_after,
    person_aliases,
    region_named,
    variant,
)
from detente.actors.parties import candidate_party, named_legislature, party_leaders, party_legislators, party_on
from detente.actors.peoples import names_a_people, tight_hyphen
from detente.actors.persons import described_person, informs, speaks_for, title_holder, titles_a_person
from detente.actors.phrases import is_bare_definite, is_former, is_several, lemma_in, phrase_text, phrase_tokens
from detente.actors.resolved import Resolved, entry_actor, entry_on, entry_why, state_word
from detente.actors.roles import body_role, country_actor, head_role, role_group, title_ends_at_name, title_role
from detente.actors.seats import seat_body, seat_of_phrase
from detente.actors.weapons import armed_deed_of, deed_doer, is_weapon, shares_weapon, state_weapon
from detente.data import gazetteer, roles_file
from detente.nlp.memo import per_token
from detente.nlp.tree import prep_objects
from detente.records import ActorRef, is_bare_country
from detente.where.mentions import entity_of, entity_span
from detente.where.places import geonames_location, place_location

__all__ = ["Resolved", "resolve", "resolve_all", "resolve_entity", "titles_a_person"]


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
        ctx.mention(head, found.actor, _mention_kind(head, found.actor, ctx))
    return found


def _told_to(head: Token) -> bool:
    """'told Reuters', 'in an interview with a Wisconsin radio station', 'speaking to reporters': the phrase is
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


def _mention_kind(head: Token, actor: ActorRef, ctx: ArticleContext) -> str:
    """What a resolved phrase can be the antecedent of: a person (he, she), a state, a named body, a role. A name the
    tagger left untyped that is a part of a person's name the article gave in full ("Le Pen" after "Marine Le Pen")
    is that person."""
    if coreference.is_pronoun(head):
        return coreference.PRONOUN_KINDS.get(head.lower_, "role").replace("plural", "group").replace("thing", "group")
    singular = head.tag_ not in ("NNS", "NNPS")
    if head.ent_type_ == "PERSON" or (singular and lemma_in(head, roles_file().person_titles)):
        return "person"
    if head.pos_ == "PROPN" and not head.ent_type_ and (named := ctx.names.get(head.text)) and named.code == actor.code:
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
    if pairs.pair_phrase(head):
        return None  # "the two leaders": two parties, never one (``resolve_all`` reads them back)
    tokens = phrase_tokens(head)
    text = phrase_text(head)
    own, other_person = dictionary_person(head)
    if own is None and head.ent_type_ == "WORK_OF_ART":
        # 'mocked Kim as "Rocket Man" from the UN podium': a title or a nickname in quotes is no actor, whatever
        # its "from" or "of" words name; kept as one, it became the antecedent a later "he" read back to (s18-actors)
        return None
    if own is None and not as_place and _title_for_a_name(head):
        # "the head of Italy's nationalist Lega, Matteo Salvini": a singular title noun with a known person's
        # name in apposition is that person, coded by the office held on the date (conventions), not by the body its
        # phrase names
        for named in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            person = entity_of(named)
            if person is not None and person[0] == "person":
                found = _resolve(named, ctx, as_place, other, place_country)
                if found is not None:
                    return Resolved(found.actor.model_copy(update={"text": text}), found.place, f"{found.why}, named")
    bare = unmarked_possessive(head) if own is None and owns_a_thing(head) else None
    if bare is not None and (not as_place or bare[0] == "actor"):
        # "ISILs positions", "Russias proposal": the owner of a site or a thing, its apostrophe dropped by the source;
        # a named group is no place, so it owns the site also where the site's words are read as a place ("targeted
        # ISILs positions in Palmyra": the holder, guide 1.3; "Aleppos countryside" stays a place) (s20)
        found = resolve_entity(bare[0], bare[1], text, ctx, False, bare[2])
        if found is not None:
            ctx.remember(found.actor)
            return Resolved(found.actor, why=f"'{head.text}', a possessive without its apostrophe: {found.why}")
    if own is None and as_place:
        geo = geonames_location(head)  # "shelled Binnish": a town the parser found, from GeoNames
        if geo is not None and geo.country:
            return Resolved(country_actor(geo.country, None, text), geo, f"GeoNames: '{geo.name}' in {geo.country}")
    if own is not None and own[0] == "demonym" and not as_place and names_a_people(head):
        return None  # "ethnic Albanians protested": a people, not its demonym's state; no head noun gives a role
    if own is not None:
        resolved = resolve_entity(own[0], own[1], text, ctx, as_place, own[2])
        if resolved is not None and own[0] == "country" and not as_place and shares_weapon(head):
            # "Russia and Syrian government jets conducted raids": Russia's war planes, its military
            actor = country_actor(resolved.actor.code, "MIL", text)
            resolved = Resolved(actor, why=f"'{text}' shares the weapon it is conjoined with: its military")
        elif resolved is not None and own[0] in ("country", "demonym") and not as_place and _bare(resolved, head):
            # "Turkish shelling killed ...": the country word that names a deed of arms or a weapon is its military
            actor = country_actor(resolved.actor.code, "MIL", text)
            resolved = Resolved(actor, why=f"'{text}' names the doer of '{head.head.text}': its military")
        if resolved is not None:
            ctx.remember(resolved.actor)
            if own[0] == "person":
                ctx.remember_name(own[2], resolved.actor, resolved.why)
        return resolved
    if not as_place and head.ent_type_ in ("LOC", "GPE") and (region := region_named(tokens)) is not None:
        return Resolved(country_actor(region, None, text), why=f"regions.yaml: '{text}' is {region}")
    # a surname opening a sentence is often tagged a common noun with no entity type ("Conyers acknowledged ...")
    named = head.pos_ == "PROPN" or (head.is_title and not head.ent_type_ and head.tag_ == "NN")
    if named and ctx.gives_way(head):
        # "Senator Jim Johnson" after "a Boris Johnson loyalist": another person, whom this sentence names; the passing
        # name no longer owns the surname (a later bare "Johnson" is this party if it resolves and remembers, else none)
        ctx.forget_name(head.text)
    if named and head.text in ctx.names and not other_person and not no_person(head, ctx):
        earlier = ctx.names[head.text].model_copy(update={"text": text})
        introduction = ctx.introduction_of(head)
        if introduction is not None and introduction.why:
            # the phrase that introduced the name read again: its own reason (the title, the description), not
            # itself as its antecedent
            return Resolved(earlier, why=introduction.why)
        known = ctx.introductions.get(head.text)
        where = known.where if known is not None else "earlier in the article"
        return Resolved(earlier, why=f"'{head.text}': the person named in full as {where}")
    titled = ctx.titled_person(head) if named else None
    if titled is not None:
        # "the Queen" after "Queen Elizabeth II": the one person the article named with that bare title
        return Resolved(
            titled.model_copy(update={"text": text}), why=f"'{text}': the one person named '{head.text}' earlier"
        )
    described = described_person(head, ctx, other, resolve=resolve)
    if described is not None:
        return described
    spelled = None if other_person else variant(head, text, ctx, resolve_entity=resolve_entity)
    if spelled is not None:
        return spelled
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
        country, why = phrase_country(head, tokens, ctx, resolve=resolve)
        if isinstance(country, str) and country not in gazetteer().regions:  # "a Palestinian state"
            return Resolved(country_actor(country, None, text), why=f"'{head.lemma_}' named by {why}: the country")
    party = candidate_party(head, tokens, ctx.date)
    if party is not None:  # "Republican Senate candidate X": the party's, not the Senate's
        actor = entry_actor(party, text)
        why = f"'{head.text}' stands for the {party.name} (candidate_nouns in roles.yaml)"
        if (holder := title_holder(head, tokens)) is not None:
            ctx.remember_name(holder, actor, why)
        return Resolved(actor, why=why)
    principal = speaks_for(head, ctx, other, resolve=resolve)
    if principal is not None:
        return principal or None
    role = head_role(head, tokens)
    if role is None and lemma_in(head, roles_file().partitive_nouns):
        # "congressional committee members": the members of what the noun before them names
        for c in head.children:
            if c.dep_ == "compound" and c.pos_ == "NOUN" and (role := head_role(c, phrase_tokens(c))) is not None:
                break
    informant = role is None and lemma_in(head, roles_file().informant_nouns) and informs(head)
    if informant:
        # "a Syrian military source said", "a regime source": the informant is of the role its modifier names
        for c in head.children:
            if c.dep_ in ("compound", "amod") and c.i < head.i and (role := head_role(c, [c])) is not None:
                break
    if role is None and head.pos_ == "PROPN":
        role = title_role(head, tokens)
    if role is not None and lemma_in(head, roles_file().leader_nouns):
        # "the leader of Britain's opposition": the body led, named by its role noun, gives the role (s19-levels)
        led = (r for o in prep_objects(head, ("of",)) if (r := head_role(o, phrase_tokens(o))) is not None)
        role = next(led, role)
    if role == "GOV" and party_leaders(head, tokens, ctx.date) is not None:
        role = "LEG"  # "Republican leaders" in an article about Congress: the party's leaders there (s19-levels)
    if role == "OPP" and other is not None and other.role == "MIL" and lemma_in(head, roles_file().fought_group_nouns):
        role = "REB"  # "forces besieged opposition groups": the side a military fights is armed
    if role == "REB" and _state_armed(head):
        # "regime fighters", "government gunmen": armed men the phrase gives to the government are the government's,
        # as its weapons are (guide: "regime airstrikes" -> GOV), not rebels
        role = "GOV"
    if role == "MIL" and state_weapon(head):
        role = "GOV"  # "regime aircraft", "Syrian government jets": a government's weapons are the government's
    if role is None and head.pos_ == "PROPN":
        party = party_legislators(head.text, head.tag_ in ("NNPS", "NNS"), ctx.date, head.doc)
        if party is not None and party.country:
            actor = country_actor(party.country, "LEG", text)
            ctx.remember(actor)
            return Resolved(
                actor, why=f"'{head.text}': members of the {party.name} in an article about its legislature"
            )
    named = named_after(head, ctx, resolve_entity=resolve_entity)
    if named is not None:
        ctx.remember(named.actor)
        ctx.by_head.setdefault(head.lemma_.lower(), named.actor)
        return named
    if is_bare_definite(head) and head.lemma_.lower() in ctx.by_head:
        actor = ctx.by_head[head.lemma_.lower()]
        return Resolved(actor, why=f"'the {head.lemma_.lower()}': the one named earlier")
    if role is None and is_bare_definite(head):
        # "the commission" after "the European Commission": a body named by its head noun a few sentences before
        same = coreference.same_head(head, ctx)
        if same is not None:
            return Resolved(same[0].model_copy(update={"text": text}), why=same[1])
    if role is None and (doer := deed_doer(head)) is not None and not is_weapon(head):
        found = resolve(doer, ctx, other=other)
        if found is not None and found.place is None and found.actor.role == "MIL":
            return Resolved(found.actor.model_copy(update={"text": text}), why=f"'{text}': {found.why}")
    if role is None and (body := body_role(head, tokens)) is not None:
        # "Iraq's electoral commission": a body no dictionary has is its country's, by its head noun, only where the
        # phrase names the country; "the commission" alone stays unresolved (its country would be a guess)
        country, why = phrase_country(head, tokens, ctx, resolve=resolve)
        chamber = [t for t in tokens if t.i < head.i and t.lower_ in roles_file().chamber_words]
        if country is None and body == "LEG" and chamber and (country := named_legislature(head.doc)) is not None:
            # "the House Ethics Committee" in an article that names one country's legislature ("Congress"): its own
            why = f"'{chamber[0].text}', a chamber of the one legislature the article names ({country})"
        if not isinstance(country, str) or country in gazetteer().regions:
            return None
        actor = country_actor(country, body, text)
        ctx.remember(actor)
        return Resolved(actor, why=f"a body ('{head.lemma_.lower()}', body_nouns in roles.yaml: {body}) of {why}")
    if role is None:
        return (
            held_by(head, tokens, ctx, other, resolve=resolve)
            or owned_by(head, ctx, other, as_place, resolve=resolve)
            or place_in(head, ctx, as_place, resolve=resolve)
        )
    if role == "GOV" and (seat := seat_of_phrase(head, tokens, text, ctx)) is not None:
        ctx.remember(seat.actor)  # "Brussels officials", "the bureaucrats of Brussels": the organisation's (seats)
        return seat
    country, why = phrase_country(head, tokens, ctx, resolve=resolve)
    if isinstance(country, Resolved):
        ctx.remember(country.actor)
        ctx.by_head.setdefault(head.lemma_.lower(), country.actor)
        holder = title_holder(head, tokens)
        if holder is not None:  # "the health minister of the Syrian Interim Government, Khaled Barakat"
            ctx.remember_name(holder, country.actor, country.why)
        return country
    several = country is None or country in gazetteer().regions
    if several and role in ("GOV", "MIL") and (is_several(head) or country is not None):
        return None  # "the seven governments", "foreign troops", "European governments": several states
    if country is None and is_bare_definite(head):
        described = coreference.described(head, ctx)
        if described is not None:
            return Resolved(described[0].model_copy(update={"text": text}), why=described[1])
    if country is None and informant:
        return None  # "a military source said": an unnamed informant's country is never the sentence's, only its own
    if country is None and lemma_in(head, roles_file().deed_doer_nouns) and not names_a_side(head):
        return None  # "a suicide bomber blew himself up": a doer named only by his deed has no side the text gives
    if country is None:
        own_state = any(lemma_in(tok, roles_file().own_state_words) for tok in tokens)
        country = ctx.country_for(role, other, place_country, own_state)
        if country is None:
            return None
        why = f"role {role} of '{head.lemma_}', country from context"
        actor = country_actor(country, role, text)
        named = head.ent_type_ == "PERSON" and title_ends_at_name(head, tokens)
        # "Judge Timothy Kelly spoke in Washington ... Kelly sided with": the surname later is the person the title
        # named (an office of the state the article is about; a private person's title, "Student X", names no actor),
        # but only where the title's own sentence places the person in that state: a person's country is never a
        # guess ("Judge Joan Donoghue spoke in The Hague" in an article about Israel is no Israeli judge)
        placed = named and role in role_group("home") and sentence_country(head.sent) == country
        if placed and (holder := title_holder(head, tokens)) is not None:
            ctx.remember_surname(holder, actor, why)
        return Resolved(actor, why=why, guessed=True)
    actor = country_actor(country, role, text)
    ctx.remember(actor)
    why = f"role {role} of '{head.lemma_}' (roles.yaml), country from {why}"
    holder = title_holder(head, tokens)
    if holder is not None:
        ctx.remember_name(holder, actor, why)
    return Resolved(actor, why=why)


def _title_for_a_name(head: Token) -> bool:
    """Whether a noun is one a name in apposition to it can be the holder of: a singular title (``person_titles``,
    ``leader_nouns``: "the leader of the Lega party, Matteo Salvini"). Not a relative or any other noun ("the son of
    the president, Recep Tayyip Erdogan": the parser hangs the name on the outer noun), not a plural ("the critics,
    Angela Merkel among them"), and not a title whose own phrase holds another title ("an adviser to President
    Recep Tayyip Erdogan"): the name may be that inner title's holder, and a wrong person is worse than none."""
    roles = roles_file()
    titles = {*roles.person_titles, *roles.leader_nouns}
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not lemma_in(head, titles):
        return False
    inner = (t for p in head.children if p.dep_ == "prep" for t in p.subtree)
    return not any(lemma_in(t, titles) for t in inner)


def _state_armed(head: Token) -> bool:
    """Whether an armed noun of role ``REB`` ("fighters", "gunmen") is given to the state by a word of its own
    (``state_armed_words`` as its modifier: "regime fighters", "Syrian government gunmen"). Only where that word and
    country words are all its phrase has before it: any other modifier names a side or a time of its own
    ("separatist government fighters", "the interim government fighters", "anti government fighters", "former regime
    fighters"), and so does a word joined by a hyphen ("pro-regime"); such a noun is left as it was."""
    words = roles_file().state_armed_words
    before = [t for t in head.subtree if t.i < head.i and t.pos_ not in ("DET", "NUM")]
    state = [t for t in before if t.lower_ in words and t.head.i == head.i and t.dep_ in ("compound", "amod", "nmod")]
    if len(state) != 1:
        return False
    word = state[0]
    if word.i > 0 and head.doc[word.i - 1].text == "-":
        return False  # "pro-regime fighters", "anti-government gunmen": the word after a hyphen names a side
    for tok in before:
        if tok.i == word.i:
            continue
        named = entity_of(tok)
        if named is None or named[0] not in ("country", "demonym"):
            return False
    return True


def names_a_side(head: Token) -> bool:
    """Whether a doer's own phrase names its side by a modifier ("pro-government gunmen", "ISIS-linked attackers",
    "gunmen loyal to the government"; roles.yaml side_prefixes, side_suffixes, side_preps).

    The side's own words may be ones no dictionary resolves ("government" with no country, a group the actors do not
    hold); the modifier still says the doer has a side, so its phrase is not one named only by its deed. The whole
    subtree is read ("loyal to the government" is left out of the actor phrase), but for its relative clauses: "gunmen
    who attacked pro-government protesters" name the victims' side, not their own.
    """
    roles = roles_file()
    doc = head.doc
    clauses = {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}
    for tok in (t for t in head.subtree if t.i not in clauses):
        word = tok.lower_
        before = doc[tok.i - 1].text if tok.i > 0 else ""
        after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
        if word in roles.side_prefixes and after == "-":
            return True
        if word in roles.side_suffixes and before == "-":
            return True
        if "-" in word:  # a hyphenated word kept as one token: "pro-government", "isis-linked"
            parts = word.split("-")
            if parts[0] in roles.side_prefixes or parts[-1] in roles.side_suffixes:
                return True
        preps = roles.side_preps.get(word, [])
        if any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children):
            return True
    return False


def _bare(resolved: Resolved, head: Token) -> bool:
    """A bare country ("TUR", not a region or a role) whose word names the doer of a deed of arms or a weapon."""
    actor = resolved.actor
    return is_bare_country(actor) and armed_deed_of(head)


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


DICTIONARY_PERSON_KEY = "detente_dictionary_person"


def dictionary_person(head: Token) -> tuple[tuple[str, str, Span] | None, bool]:
    """The dictionary entity a head is in, and whether it is a person's name written as another person of the
    surname. "Ivanka Trump", "Melania Trump", "Tom Nunes": a first name the entry does not hold is another person; the
    name is then read as an unknown one (its title may still give a role), never as the entry's, so no entity is
    returned for it. Shared by the resolution of a party and by ``known_people`` (a name that is no party). It depends
    on the parse and the dictionaries alone, so it is read once per head and doc (``nlp.memo``): the events and the
    statives resolve the same heads."""
    return per_token(DICTIONARY_PERSON_KEY, head, _dictionary_person)


def _dictionary_person(head: Token) -> tuple[tuple[str, str, Span] | None, bool]:
    """``dictionary_person`` unmemoised: the entity, dropped when its first name is another person's."""
    own = entity_of(head)
    other = own is not None and own[0] == "person" and another_first_name(own[1], own[2])
    return (None if other else own), other


def no_person(head: Token, ctx: ArticleContext) -> bool:
    """Whether a name word the article gave a person stands here in the name of a firm, a building, a product or a
    work: the parser's entity of that type (ORG, FAC, PRODUCT, WORK_OF_ART) holds a capitalised word that is no word of
    the person's name ("Johnson Controls", "Trump Tower"), or "&" or a company word (``company_words`` in roles.yaml:
    "Johnson & Johnson", "Ford Motor Co") stands next to it. Then the word does not read back to the person. The type
    alone decides nothing: the tagger calls a surname alone ORG ("Pence will leave", five times in one train article)
    and "Le Pen" FAC, and those are the person."""
    doc = head.doc
    if head.ent_type_ in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART"):
        ent = entity_span(head)
        known = ctx.introductions.get(head.text)
        own = known.words if known is not None else frozenset({head.text})
        if ent is not None and any(t.is_alpha and t.is_title and t.text not in own for t in ent):
            return True
    words = roles_file().company_words
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    before = doc[head.i - 1] if head.i > 0 else None
    return (
        after is not None and (after.text == "&" or (after.lower_.rstrip(".") in words and not _prefix(after)))
    ) or (before is not None and before.text == "&")


def _prefix(tok: Token) -> bool:
    """Whether a word is a prefix the tokenizer split off a hyphenated word ("co" of "co-chaired"), not a word: a
    firm's "Co" is a word of its own."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and tight_hyphen(doc[tok.i + 1])


def another_first_name(surface: str, span: Span) -> bool:
    """Whether a person's dictionary name is written as another person of the surname: a first name stands before it,
    none of the words before the surname is one of the entry's names or aliases, and the first given name does not
    begin with the letter of the entry's ("Ivanka Trump"; "Mahmud Abbas", "Michael R. Pompeo", "Rex Wayne
    Tillerson", "Field Marshal Khalifa Haftar" stay the entry)."""
    people = gazetteer().people
    entries = people[surface]
    names = sorted({e.name for e in entries})
    firsts = other_first_names(span, [*names, surface])
    if not firsts or people.get(" ".join([*firsts, surface])):
        return False
    own = {w for name in [*names, surface, *person_aliases(names)] for w in name.split()}
    before = [c.text for c in span.root.lefts if c.i < span.start and c.dep_ == "compound"]
    if any(w in own for w in [*before, *(t.text for t in span[:-1])]):
        return False
    initials = {name.split()[0][:1].lower() for name in names if len(name.split()) > 1}
    return firsts[0][:1].lower() not in initials


def resolve_entity(
    kind: str, surface: str, text: str, ctx: ArticleContext, as_place: bool, span: Span | None = None
) -> Resolved | None:
    """A dictionary name as an actor (and, for a place read as a place, as a location)."""
    g = gazetteer()
    if kind in ("place", "capital") and span is not None and in_longer_name(span):
        return None  # the end of a longer name the dictionaries do not know
    if kind == "person":
        entry = entry_on(g.people[surface], ctx.date)
        return Resolved(entry_actor(entry, text), why=entry_why(kind, surface, entry)) if entry else None
    if kind == "actor":
        entry = entry_on(g.actors[surface], ctx.date)
        if entry is None:
            return None
        entry = party_on(entry, ctx.date)  # a party is OPP on the days it is out of the national executive
        return Resolved(entry_actor(entry, text), why=entry_why(kind, surface, entry))
    if kind == "country":
        code = g.country_names[surface]
        place = place_location(surface, text) if as_place else None
        return Resolved(country_actor(code, None, text), place, f"countries.yaml: '{surface}' is {code}")
    if kind == "demonym":
        code = g.demonyms[surface]
        if span is not None and hyphenated_origin(span):
            # "African-Americans", "Iranian-Americans": a group of the country's people, not the country as a whole
            return Resolved(country_actor(code, "CVL", text), why=f"'{text}': people of {code} by their origin")
        return Resolved(country_actor(code, None, text), why=f"countries.yaml: the demonym '{surface}' is {code}")
    if kind == "capital":
        code = g.capitals[surface]
        if as_place or (span is not None and _part_of_city(span)):
            # "central Damascus", "Jobar, eastern Damascus": a part of the city is a place, never its government
            return Resolved(country_actor(code, None, text), place_location(surface, text), f"'{surface}' as a place")
        return Resolved(country_actor(code, "GOV", text), why=f"countries.yaml: the capital '{surface}' for {code}GOV")
    if kind == "place" and not as_place and span is not None:
        return seat_body(surface, span.root, text, ctx)  # "MPs blamed Brussels": a seat city as a party (seats)
    if kind == "place" and as_place:
        place = place_location(surface, text)
        if place is not None and place.country:
            why = f"gazetteer: '{surface}' in {place.country}"
            return Resolved(country_actor(place.country, None, text), place, why)
    return None


def _part_of_city(span: Span) -> bool:
    """'central Damascus', 'eastern Kyiv': a capital under a word naming a part of it (roles.yaml ``part_words``) is
    that part of the city, a place; the government sits in the city as a whole (s19-levels)."""
    parts = roles_file().part_words
    return any(c.dep_ == "amod" and c.i < span.start and c.lower_ in parts for c in span.root.children)


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
    if first is None and not as_place and (pair := pairs.paired_parties(head, ctx)) is not None:
        # "Putin met Erdogan. The two leaders signed a deal": each of the two parties named before; "both countries"
        # after "Indian and Pakistani troops exchanged fire" are the states themselves (``country_nouns``)
        states = lemma_in(head, roles_file().country_nouns)
        return [
            Resolved(
                country_actor(a.country, None, f"{head.text} ({a.text})")
                if states and a.country
                else a.model_copy(update={"text": f"{head.text} ({a.text})"}),
                why=pair[1] + ("; the states themselves" if states and a.country else ""),
                paired=True,
            )
            for a in pair[0]
        ]
    found = [first] if first is not None else []
    if first is None or first.actor.country is None or first.place is not None:
        return found
    if first.actor.role is None and first.actor.code != first.actor.country:
        return found
    # "Russian and Ukrainian negotiators", "diplomats from Argentina, Chile and Peru"
    named = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
    named += list(prep_objects(head, ("from", "of")))
    several = one_state_of_several(head)  # "Russian and Syrian regime": the first countries are bare, not GOV
    for mod in named:
        for conj in (mod, *mod.conjuncts) if several else mod.conjuncts:
            ent = entity_of(conj)
            code = state_word(conj)  # "ethnic Albanian and Serb rebels": a people's demonym names no state
            if ent is None or code is None:
                continue
            if all(r.actor.country != code for r in found):
                # "Russian and regime warplanes": the first country's weapons are its military, not the regime's
                role = ("MIL" if is_weapon(head) else None) if several else first.actor.role
                actor = country_actor(code, role, f"{conj.text} {head.text}")
                ctx.remember(actor)
                found.append(Resolved(actor, why=f"conjoined with '{head.text}': the {ent[0]} '{ent[1]}'"))
    return found
