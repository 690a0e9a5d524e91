"""Hyphenated participles: "the Iranian-backed regime", "U.S.-allied forces", "the Russian-led CSTO",
"the Qatar-brokered truce". The prefix is the backer, leader or mediator; the noun it modifies the other party.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from detente.actors import ArticleContext, coreference, country_actor, head_role, resolve
from detente.actors.phrases import phrase_tokens
from detente.data import schemas
from detente.nlp.tree import sentence_tokens
from detente.records import ActorRef
from detente.system.mediation import mediated
from detente.system.statives.clause import clause_anchor, speaker_of
from detente.system.statives.lexicon import Found, lexicon
from detente.system.statives.mediations import mediated_parties
from detente.system.statives.parties import actors_of, bodies_of, description_kind, named_country


def hyphenated(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'the Iranian-backed regime', 'U.S.-allied forces', 'Iran-backed Hezbollah'."""
    doc = sent.doc
    for tok in sentence_tokens(sent):
        backer, entry = _hyphen_backer(tok, ctx)
        if entry is None or not backer or entry.kind == "label":
            continue
        head = tok.head
        if head.pos_ not in ("NOUN", "PROPN") and tok.i + 1 < sent.end:
            head = doc[tok.i + 1] if doc[tok.i + 1].ent_type_ else doc[tok.i + 1].head  # "U.S.-backed SDF took"
            while head.head.i > head.i and head.head.ent_type_ and head.head.ent_type_ == head.ent_type_:
                head = head.head
        if head.i == tok.i or head.pos_ not in ("NOUN", "PROPN"):
            continue
        while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        led_talks = entry.kind == "membership" and head.lower_ in lexicon().mediation.led_things
        if entry.kind == "mediation" and not _mediated_thing(head):
            continue  # "the Qatar-hosted final between Argentina and France": only talks, a truce, a deal
        if entry.kind == "mediation" or led_talks:  # "the Qatar-brokered truce", "after Kenyan-led talks"
            yield from mediated_parties(backer[:1], tok, head, ctx, "stative.hyphen.mediation")
            continue
        if entry.kind == "membership":  # "the Russian-led CSTO": the leader is a member of the body
            for body in (a for a in bodies_of(head, ctx) if a.code != backer[0].code):
                yield Found(backer[0], body, "membership", entry.sign, "stative.hyphen.membership", tok)
            continue
        held = _held_phrase(head, backer[0], ctx)
        if held is None:
            continue
        sign = entry.sign
        pair = (backer[0], held) if entry.direction == "other_to_holder" else (held, backer[0])
        yield Found(*pair, entry.kind, sign, f"stative.hyphen.{entry.kind}", tok, *speaker_of(clause_anchor(tok), ctx))


def _mediated_thing(head: Token) -> bool:
    """The noun a mediating participle modifies is a mediated thing (data: mediation.things), or rounds of one
    ("Qatar-hosted rounds of talks")."""
    words = lexicon().mediation
    return mediated(head, words) or any(
        mediated(o, words) for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    )


def pro_modifiers(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'pro-Iranian militias in Iraq', 'the pro-Moscow government', 'pro-government forces': what follows 'pro-'
    backs the phrase (Iran backs the militias). The phrase is not of that country ('pro-Russian separatists' are
    not Russia's); its country is the place it is in, the one the article gives its role, or else the one country
    whose places the sentence names. 'Pro-government' names the government of that country."""
    doc = sent.doc
    for tok in sentence_tokens(sent):
        if tok.lower_ != "pro" or tok.i + 2 >= sent.end or doc[tok.i + 1].text != "-":
            continue
        what = doc[tok.i + 2]
        head = what.head if what.head.i > what.i else None
        while head is not None and head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        if head is None or head.pos_ not in ("NOUN", "PROPN"):
            continue
        role = head_role(head, [t for t in phrase_tokens(head) if t.i > what.i])
        if role is None or role == "CVL":
            continue  # 'pro-Trump groups rallied': voters and marchers are no actor's backers
        if any(c.lower_ in ("former", "ex", "then") for c in head.children):
            continue  # "Ukraine's former pro-Russian government": no longer so
        country = _own_country(head, what, ctx) or _place_country(head, ctx)
        if what.lower_ in lexicon().pro_state:
            backed = country_actor(country, "GOV", what.text) if country else None
        else:
            backed = named_country(what.text) or next(iter(actors_of(what, ctx)), None)
            if country is None and backed is not None:  # "pro-Russian separatists shelled Mariupol": as resolved
                country = next((a.country for a in actors_of(head, ctx) if a.country != backed.country), None)
                country = country or _clause_place_country(sent, backed.country, ctx)
        if backed is None or country is None or (country == backed.country and what.lower_ not in lexicon().pro_state):
            continue
        holder = country_actor(country, role, head.text)
        if holder.code != backed.code:
            yield Found(
                backed, holder, "support", "+", "stative.pro.support", tok, *speaker_of(clause_anchor(tok), ctx)
            )


def _own_country(head: Token, what: Token, ctx: ArticleContext) -> str | None:
    """The country the phrase names besides what it is 'pro': "Ukraine's pro-Russian government", "Syrian
    pro-government militias". Never a guess from the rest of the article: 'pro-government forces' alone names
    no country."""
    for mod in (c for c in head.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i != what.i):
        if mod.i in (what.i - 1, what.i - 2):  # the 'pro' and '-' before what
            continue
        found = named_country(mod.text)
        if found is not None:
            return found.country
    return None


def _place_country(head: Token, ctx: ArticleContext) -> str | None:
    """The country of the place a phrase is in: 'militias in Iraq', 'separatists in eastern Ukraine'."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            found = resolve(place, ctx, as_place=True)
            if found is not None and found.actor.country:
                return found.actor.country
    return None


def _clause_place_country(sent: Span, backed: str | None, ctx: ArticleContext) -> str | None:
    """The one country whose places the sentence names, besides the side the phrase is for ("pro-Russian
    separatists shelled Mariupol": Ukraine), as the event coder places people in the place of their deed."""
    found: set[str] = set()
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        place = resolve(ent.root, ctx, as_place=True)
        if place is not None and place.actor.country and place.actor.country != backed:
            found.add(place.actor.country)
    return next(iter(found)) if len(found) == 1 else None


def _described_before(head: Token, ctx: ArticleContext) -> list[ActorRef]:
    """'Hezbollah fired rockets. The Iranian-backed group said ...': a description whose only modifier besides
    'the' is the hyphenated participle refers back to the actor named before, as 'the group' alone would."""
    mods = [c for c in head.children if c.i < head.i and c.dep_ != "det"]
    det = [c for c in head.children if c.dep_ == "det"]
    if len(mods) != 1 or mods[0].lower_ not in lexicon().hyphens or [d.lower_ for d in det] != ["the"]:
        return []
    if not description_kind(head):
        return []
    found = coreference.described(head, ctx)
    return [found[0].model_copy(update={"text": head.text})] if found is not None else []


def _hyphen_backer(tok: Token, ctx: ArticleContext) -> tuple[list[ActorRef], schemas.RelationWords | None]:
    """The actor before a hyphenated participle: 'Iranian - backed' (three tokens) or 'U.S.-backed' (one)."""
    lex = lexicon()
    doc = tok.doc
    entry = lex.hyphens.get(tok.lower_)
    if entry is not None and tok.i >= 2 and doc[tok.i - 1].text == "-":
        return actors_of(doc[tok.i - 2], ctx), entry
    prefix, _, participle = tok.text.rpartition("-")
    entry = lex.hyphens.get(participle.lower())
    if prefix and entry is not None:
        found = named_country(prefix)
        return ([found] if found else []), entry
    return [], None


def _owned_by_country(head: Token, country: str | None, ctx: ArticleContext) -> bool:
    """'Sudan's army-backed government': the phrase names its own country, besides the backer's."""
    owners = [c for c in head.children if c.dep_ in ("poss", "nmod") or (c.dep_ == "compound" and c.ent_type_)]
    return any(a.country == country for c in owners for a in actors_of(c, ctx))


def _held_phrase(head: Token, backer: ActorRef, ctx: ArticleContext) -> ActorRef | None:
    """The actor a hyphenated modifier describes. 'The Iranian-backed regime' is not Iran's government: when
    the phrase takes its country only from the backer, the role takes the country the article gives it."""
    found = actors_of(head, ctx) or _described_before(head, ctx)
    if not found:
        return None
    actor = found[0]
    if actor.country != backer.country or head.ent_type_:
        return actor
    if _owned_by_country(head, actor.country, ctx):  # "Sudan's army-backed government": the head's role, not "army"
        role = head_role(head, [head])
        return country_actor(actor.country, role, actor.text) if role is not None and actor.country else actor
    role = head_role(head, phrase_tokens(head))
    if role is None:
        return None
    country = ctx.country_for(role, None) or ctx.home
    if country is None or country == backer.country:
        return None
    return country_actor(country, role, actor.text)
