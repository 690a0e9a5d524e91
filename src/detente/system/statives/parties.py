"""Who the parties of a stative are: the actors a phrase names, resolved by ``detente.actors`` as event actors
are, so that a stative and an event about the same pair carry the same codes.

Also how holders and others pair up (``pairs_of``) and which international bodies a phrase names (``bodies_of``),
which several extractors share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Token

from detente.actors import ArticleContext, country_actor, head_role, resolve_all
from detente.actors.phrases import is_bare_definite, lemma_in, phrase_tokens
from detente.data import gazetteer, roles_file, schemas
from detente.records import ActorRef
from detente.system.statives.lexicon import lexicon, lookup
from detente.system.statives.referents import body_described, group_described, organ_described, states_described

MUTUAL = {"alliance", "cooperation"}  # compared without direction: one pair stands for both


def actors_of(tok: Token, ctx: ArticleContext, skip: Callable[[Token], bool] | None = None) -> list[ActorRef]:
    """The actors a phrase and its conjuncts name ("Turkey and Qatar"), none that are places; ``skip``
    leaves out conjuncts that describe themselves otherwise."""
    return _actors(tok, ctx, skip)[0]


def _actors(
    tok: Token, ctx: ArticleContext, skip: Callable[[Token], bool] | None = None
) -> tuple[list[ActorRef], bool]:
    """``actors_of``, and whether ``tok`` itself was read back as the states named before it ('the two
    countries'), so that ``sides_of`` need not read them back a second time."""
    found: list[ActorRef] = []
    read_back = False
    for t in [tok, *_listed(tok), *(c for c in tok.conjuncts if skip is None or not skip(c))]:
        resolved = body_described(t, ctx) or group_described(t, ctx)
        resolved = resolved or [r.actor for r in resolve_all(t, ctx) if r.place is None]
        if not resolved and t.text in ("US", "U.S."):
            resolved = [a for a in [named_country(t.text)] if a is not None]  # "US" is not the pronoun "us"
        if not resolved:
            resolved = states_described(t, ctx)  # "the two countries": the two states named before
            resolved = resolved or organ_described(t, ctx)  # "the military": the one state's named just before
            read_back = read_back or (t is tok and bool(resolved))
        add_new(found, resolved)
    return found, read_back


def add_new(found: list[ActorRef], more: Iterable[ActorRef]) -> list[ActorRef]:
    """Append to ``found`` each actor of ``more`` whose code it does not hold yet (the first of a code is kept), and
    return it: one actor per code, in the order the sentence named them."""
    for actor in more:
        if all(a.code != actor.code for a in found):
            found.append(actor)
    return found


def sides_of(tok: Token, ctx: ArticleContext) -> list[list[ActorRef]]:
    """The sides a coordination names, one list per side: "Israel and Hamas" is two sides; in "Iran and six world
    powers - the United States, Britain and China" the powers listed after the collective noun are one side (the
    parser makes them all conjuncts of "Iran")."""
    sides: list[list[ActorRef]] = []
    collective = False
    for t in sorted([tok, *tok.conjuncts], key=lambda t: t.i):
        if _collective(t):  # its list follows as conjuncts, or as an apposition with conjuncts of its own
            listed = [a for c in t.children if c.dep_ == "appos" for a in actors_of(c, ctx)]
            sides.append(listed)
            collective = True
            continue
        found, read_back = _actors(t, ctx, skip=lambda _: True)
        # a phrase the resolver named several actors for is read back only when it is a description of states
        if len(found) > 1 and not collective and (read_back or states_described(t, ctx)):
            sides.extend([a] for a in found)  # "the two governments": each state is a side
            continue
        if collective:
            sides[-1].extend(a for a in found if all(a.code != b.code for b in sides[-1]))
        elif found:
            sides.append(found)
    return [s for s in sides if s]


def _collective(tok: Token) -> bool:
    """A plural common noun that a dash, colon or bracket opens a list of: 'six world powers - A, B and C'."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NNS"
        and any(
            c.dep_ == "punct" and c.i == tok.i + 1 and c.text in ("-", "\u2013", "\u2014", ":", "(")
            for c in tok.children
        )
    )


LISTED_ENTITIES = ("GPE", "ORG")  # names a list is made of: places, and bodies ("NATO, the G7 and the UN")


def _listed(tok: Token) -> list[Token]:
    """'Mali, Burkina Faso and Niger': the small model often makes a list of places an apposition with conjuncts
    ('Burkina Faso' appos of 'Mali', 'Niger' its conjunct); a place in apposition to a place with a conjunct of
    its own is the rest of the list. So with bodies: "a member of NATO, the G7 and the UN Security Council"
    (an apposition that names no more than the head does would have no conjunct of its own)."""
    if tok.ent_type_ not in LISTED_ENTITIES:
        return []
    return [
        t
        for a in tok.children
        if a.dep_ == "appos" and a.ent_type_ == tok.ent_type_ and a.i > tok.i and a.conjuncts
        for t in (a, *a.conjuncts)
    ]


def named_country(text: str) -> ActorRef | None:
    """A country named by a name or demonym fused into one token with a participle ("U.S.-designated")."""
    g = gazetteer()
    code = g.country_names.get(text) or g.demonyms.get(text)
    return country_actor(code, None, text) if code else None


def described(tok: Token) -> bool:
    """'Assad's allies Iran and Russia and rebel patron Turkey': Turkey has a relation noun of its own."""
    lex = lexicon()
    return any(c.dep_ in ("compound", "appos") and lookup(c, lex.nouns) is not None for c in tok.children)


def actor_phrase(tok: Token) -> bool:
    """A phrase that can name an actor at all: a name, or a noun with a role ('the rebels'), not 'a move'."""
    if tok.ent_type_ or tok.pos_ in ("PROPN", "PRON") or head_role(tok, phrase_tokens(tok)) is not None:
        return True
    return is_bare_definite(tok) and description_kind(tok)  # "Hamas ... The group, which is backed by Iran"


def description_kind(tok: Token) -> bool:
    """A noun that refers back to an actor named before: 'the group', 'the country', 'the alliance'."""
    return lemma_in(tok, set(roles_file().description_kinds))


def members_of(toks: Iterable[Token], ctx: ArticleContext) -> list[ActorRef]:
    """The actors the phrases name that can be members: every one but an international body itself."""
    return [a for o in toks for a in actors_of(o, ctx) if not a.code.startswith("IGO")]


def bodies_of(tok: Token, ctx: ArticleContext) -> list[ActorRef]:
    """The international bodies a phrase names: 'NATO', or 'the AU mission' (a mission of the AU)."""
    found = [a for a in actors_of(tok, ctx) if a.code.startswith("IGO")]
    if not found and tok.lemma_.lower() in lexicon().body_nouns:
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < tok.i]
        found = [a for c in mods for a in actors_of(c, ctx) if a.code.startswith("IGO")]
    return found


def pairs_of(
    holders: list[ActorRef], others: list[ActorRef], entry: schemas.RelationWords
) -> Iterator[tuple[ActorRef, ActorRef]]:
    if not others and entry.symmetric:  # "Turkey and Qatar are allies": each pair once; "A and B are at war": both ways
        for i, a in enumerate(holders):
            for b in holders[i + 1 :]:
                yield a, b
                if entry.kind not in MUTUAL:
                    yield b, a
        return
    for h in holders:
        for o in others:
            yield (h, o) if entry.direction == "holder_to_other" else (o, h)
