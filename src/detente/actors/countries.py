"""The country a role phrase names ("Iranian", "of Qatar", "Syria's", "Damascus-based", "Karachi"), or the named
group it belongs to ("Boko Haram militants"), skipping the words that name another's country ("Iranian-backed",
"pro-Russian", "the embassy in Washington")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors import coreference
from detente.actors.context import ArticleContext
from detente.actors.parties import named_countries, party_of_word, party_on
from detente.actors.peoples import names_a_people
from detente.actors.phrases import lemma_in, span_text
from detente.actors.resolved import Resolve, Resolved, country_word, entry_actor, entry_on, entry_why
from detente.data import gazetteer, roles_file
from detente.where.mentions import entity_of
from detente.where.places import geonames_location


def region_of(surface: str) -> str | None:
    """The region code of a regional demonym ('European' -> EUR), or None."""
    return gazetteer().region_demonyms.get(surface)


def phrase_country(
    head: Token, tokens: list[Token], ctx: ArticleContext, *, resolve: Resolve
) -> tuple[str | Resolved | None, str]:
    """The country a role phrase names ("Iranian", "of Qatar", "Syria's", "Damascus-based", "Karachi"),
    or the named group it belongs to ("Boko Haram militants") as a whole ``Resolved``."""
    g = gazetteer()
    country: str | None = None
    why = ""
    hosted = lemma_in(head, roles_file().host_nouns)
    named = _named_group(head, tokens, ctx)
    if named is not None:
        return named, ""
    several = one_state_of_several(head)
    for tok in tokens:
        if tok.i == head.i:
            continue
        if _others_doing(tok, head):
            continue  # "Iranian-backed militia", "U.S.-trained forces": another country's doing, not theirs
        if _pro_object(tok):
            continue  # "pro-Russian separatists" in Ukraine are not Russia's: whom they support is not their country
        if several and _country_word(tok):
            later = [c for c in tok.conjuncts if c.i > tok.i and _country_word(c)]
            tok = max(later, key=lambda c: c.i) if later else tok  # "Russian and Syrian regime": the last one's
        if hosted and _in_phrase_of(tok, head):
            continue  # "the embassy in Washington": where a post abroad sits, not whose it is
        if names_a_people(tok):
            continue  # "ethnic Albanian rebels" in Macedonia: a people, not the state of its demonym (``peoples``);
            # the state they live in comes from the context, as for "the rebels" ("ethnic Georgian civilians" in
            # an article on Georgia stay Georgia's), else the phrase stays unresolved
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
            country, why = country_word(surface), f"the {kind} '{surface}'"
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


def one_state_of_several(head: Token) -> bool:
    """'the Russian and Syrian regime airstrikes': a singular own-state noun (``own_state_words``: regime,
    government) after conjoined modifiers may be the state of the last country word among them; the others share
    only what the phrase goes on to name (the airstrikes), not the regime. Only country words swap (the caller
    checks): "the Syrian and corrupt regime" stays Syria's."""
    if head.tag_ != "NN" or not lemma_in(head, roles_file().own_state_words):
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < head.i and c.conjuncts for c in head.children)


def _country_word(tok: Token) -> bool:
    """A country's name or demonym ("Russian", "Syria"), the words a shared own-state noun can belong to."""
    ent = entity_of(tok)
    return ent is not None and ent[0] in ("country", "demonym")


def _named_group(head: Token, tokens: list[Token], ctx: ArticleContext) -> Resolved | None:
    """The named body a role phrase belongs to ("Boko Haram militants"); of two, the one nearest the head in the
    parse: "fighters of the al-Qaeda offshoot al-Nusra Front" are al-Nusra's, al-Qaeda only describes it."""
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
            entry = party_on(entry, ctx.date)
            resolved = Resolved(entry_actor(entry, span_text(tokens)), why=entry_why("actor", ent[1], entry))
            root = ent[2].root
            found.append((_depth(root, head), root.dep_ in ("compound", "amod", "poss"), tok.i, resolved))
    return min(found, key=lambda f: f[:3])[3] if found else None


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


def _unmarked_possessive(tok: Token) -> tuple[str, str, Span] | None:
    """A country's, place's or person's possessive without its apostrophe (``unmarked_possessive``), as the
    country of a role phrase: a group's possessive gives no country here ("Qaedas affiliate")."""
    return unmarked_possessive(tok, groups=False)


def unmarked_possessive(tok: Token, groups: bool = True) -> tuple[str, str, Span] | None:
    """'Syrias opposition', 'President Bashar al-Assads air force', 'ISILs positions': a possessive whose apostrophe
    the source dropped, read as the country, place, person or (``groups``) named group its stem names (never a
    name of its own)."""
    if not tok.text.endswith("s") or not _owner_word(tok):
        return None
    g, stem = gazetteer(), tok.text[:-1]
    if tok.text in g.country_names or tok.text in g.people or tok.text in g.places or tok.text in g.actors:
        return None
    span = tok.doc[tok.i : tok.i + 1]
    tables = [("country", g.country_names), ("place", g.places), ("person", g.people)]
    for kind, table in [*tables, ("actor", g.actors)] if groups else tables:
        if stem in table:
            return kind, stem, span
    return None


def _owner_word(tok: Token) -> bool:
    """A word before a noun that may be an owner: a name, or a capitalised word the tagger took for a plural noun
    or an adjective ("ISILs positions" NNS, "Egypts intelligence agency" JJ), which a name with an 's' stuck on is."""
    if tok.pos_ == "PROPN":
        return tok.dep_ in ("poss", "compound", "nmod")
    return tok.tag_ in ("NNS", "JJ") and tok.text[:1].isupper() and tok.dep_ in ("poss", "compound", "nmod", "amod")
