"""Force the event coder left uncoded: "Congolese troops drove the rebels from their last positions", "South
Sudanese troops seized the oil field from Sudan", "Kenyan troops crossed into Somalia to pursue al-Shabaab".

The event coder reads a deed by its verb patterns; where none fits (a verb it has no frame for, a target after
"from" or "with", a purpose clause) the deed is lost to the system although the sentence states who used force on
whom. This reader is the fallback: hostility of an armed subject (a state's troops, police, spies, rebels, armed
groups: ``data/statives/patterns.yaml`` ``force_deeds``) to the actor its verb acts on. Where the event coder did
code an event at the same verb, its reading stands (``system.contributions.derive`` drops this one), so the reader
only adds deeds the coder did not see. A place is never a target here: whose the place is, is the event coder's
question (docs/system.md: not an organ of a state against its own country). An armed holding is not a place: force
on "an Israeli patrol" or "U.S. bases" is force on its owner, even by a state itself (``asset_owners``); where the
event coder took the holding's country of location for the target, that was the scene (``contributions._scenes``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from detente.actors import ArticleContext, country_actor
from detente.data import schemas
from detente.nlp.tree import prep_objects, sentence_tokens
from detente.records import ActorRef
from detente.system.rule_names import DEED_RULE, HOLDING_RULE, ONE_WAY_RULE
from detente.system.statives.clause import RELATIVE, clause_anchor, negated, speaker_of, subject_of
from detente.system.statives.lexicon import Found, lexicon
from detente.system.statives.parties import actor_phrase, actors_of, add_new, named_country

RULE = DEED_RULE  # one name: contributions.derive drops it where the event coder coded the same verb
POSTURE_RULE = "stative.posture.hostility"


def force_deeds(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """Every force an armed subject used on an actor in the sentence, user -> the one it was used on."""
    words = lexicon().force_deeds
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or negated(tok):
            continue
        targets = deed_targets(tok, words, ctx)
        if not targets:
            continue
        subj = _doer(tok)
        if subj is None:
            continue
        named = actors_of(subj, ctx)
        # a state itself may use force on another's armed holdings ("Iran fired missiles at U.S. bases"): the holding
        # says the deed is one of force, as an armed subject does for the rest
        held = {a.code for a in (*asset_owners(tok, words, ctx), *place_holders(tok, words, ctx))}
        for user in named:
            armed = _armed(user, words)
            state = user.country is not None and (user.role is None or user.role in words.asset_owner_roles)
            if not armed and not state:
                continue
            said = speaker_of(clause_anchor(tok), ctx)
            for target in (t for t in targets if armed or t.code in held):
                if not own_side(user, target):  # an organ of a state is not hostile to its own country
                    rule = HOLDING_RULE if target.code in held else RULE
                    yield Found(user, target, "hostility", "-", rule, tok, *said)


def own_side(user: ActorRef, target: ActorRef) -> bool:
    """The same actor, or an organ of a state and its own country: no hostility between them."""
    own = target.country == user.country and (user.role == target.role or target.role is None)
    return target.code == user.code or own


def deed_targets(verb: Token, words: schemas.ForceDeedWords, ctx: ArticleContext) -> list[ActorRef]:
    """The actors a deed of force acts on: those its object and prepositions name, and the owners of the armed
    holdings it strikes ('ambushed an Israeli patrol')."""
    found = [a for t in _targets(verb, verb.lemma_.lower(), words) for a in actors_of(t, ctx)]
    return add_new(found, (*asset_owners(verb, words, ctx), *place_holders(verb, words, ctx)))


def place_holders(verb: Token, words: schemas.ForceDeedWords, ctx: ArticleContext) -> list[ActorRef]:
    """'advanced on towns held by the Islamic Courts Union', 'to take the Essequibo region, which Guyana
    administers': force on a place the sentence says someone holds is force on its holder (the place itself stays
    no target: whose it is, is what the sentence says here, not where it lies)."""
    lemma = verb.lemma_.lower()
    groups = (words.verbs, words.from_verbs, words.asset_verbs, words.striking_verbs, words.advance_verbs)
    if not any(lemma in g for g in groups):
        return []
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in words.advance_verbs:
        objs += list(prep_objects(verb, words.advance_preps))
    holders: list[Token] = []
    for place in (p for o in objs for p in (o, *o.conjuncts) if p.lemma_.lower() in words.held_places):
        for c in place.children:
            if c.lemma_.lower() not in words.place_holding_verbs:
                continue
            if c.dep_ == "acl":  # "towns held by the Islamic Courts Union"
                holders += prep_objects(c, words.place_holder_preps, deps=("agent",))
            elif c.dep_ == "relcl":  # "the region, which Guyana administers" (the parser may make Guyana a compound)
                holders += [g for g in c.children if g.dep_ in ("nsubj", "compound") and g.lower_ not in RELATIVE]
    return add_new([], (a for h in holders for a in actors_of(h, ctx)))


def asset_owners(verb: Token, words: schemas.ForceDeedWords, ctx: ArticleContext) -> list[ActorRef]:
    """'destroyed Gaddafi's tanks', 'shot down an Indian fighter jet', 'fired missiles at U.S. bases': the owner of
    an armed holding the deed strikes, named before it ('Syrian army positions': through the compound) or after
    'of' ('the main base of Russia's Black Sea Fleet'). A country's (or its government's) holdings are its
    military's (docs/conventions.md: force a country lends is its military's); a place is never read."""
    lemma = verb.lemma_.lower()
    fired = _fired_at(verb, words)
    objs = list(fired)
    if lemma in words.verbs or lemma in words.asset_verbs:
        if lemma not in words.sent_verbs:  # "launched Iranian drones at Kyiv": the drones are sent, not struck
            objs += [c for c in verb.children if c.dep_ == "dobj"]
        objs += list(prep_objects(verb, words.asset_preps))
    objs += [o for obj in objs for o in prep_objects(obj, ("of",))]  # "destroyed several of Gaddafi's tanks"
    held = [o for obj in objs for o in (obj, *obj.conjuncts) if _asset(o, words)]
    found: list[ActorRef] = []
    for asset in held:
        ambiguous = asset.lower_ in words.ambiguous_assets or asset.lemma_.lower() in words.ambiguous_assets
        for owner in _owners(asset, ctx):
            striking = lemma in words.striking_verbs or asset in fired
            if ambiguous and not striking and not _armed(owner, words):
                continue  # "attacked Washington's positions on Iran": a stance, not an emplacement
            if owner.country is not None and (owner.role is None or owner.role in words.asset_owner_roles):
                owner = country_actor(owner.country, "MIL", owner.text)
            if all(owner.code != f.code for f in found):
                found.append(owner)
    return found


def _fired_at(verb: Token, words: schemas.ForceDeedWords) -> list[Token]:
    """'returned fire at the North's gun positions', 'opened fire on the rebels': what fire, as the verb's object,
    is aimed at (the parser hangs the preposition on the verb or on 'fire')."""
    fire = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in words.fire_nouns]
    return [o for h in (fire and [verb, *fire]) for o in prep_objects(h, words.fire_preps)]


def _asset(tok: Token, words: schemas.ForceDeedWords) -> bool:
    return tok.lower_ in words.assets or tok.lemma_.lower() in words.assets


def _owners(asset: Token, ctx: ArticleContext) -> list[ActorRef]:
    """Who an armed holding is of: the first modifier before it that names an actor, looked for through compounds
    ('Syrian army positions': 'army', then 'Syrian'), else the one after 'of'. Never a pronoun ('its positions':
    whose is the reader's guess)."""
    mods = [c for c in asset.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < asset.i]
    for mod in mods:
        if mod.pos_ == "PRON":
            continue
        found = actors_of(mod, ctx)
        if found:
            return found
        inner = [c for c in mod.children if c.dep_ in ("poss", "amod", "compound") and c.pos_ != "PRON"]
        found = [a for c in inner for a in actors_of(c, ctx)]
        if found:
            return found
    return [a for o in prep_objects(asset, ("of",)) for a in actors_of(o, ctx)]


def _targets(verb: Token, lemma: str, words: schemas.ForceDeedWords) -> list[Token]:
    """The phrases a deed acts on that can name an actor: its object, or the one after 'from' or 'with'."""
    found: list[Token] = []
    described = verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma in words.described_verbs
    if lemma in words.verbs or described:
        found += [c for c in verb.children if c.dep_ == "dobj" and actor_phrase(c)]
    found += [o for o in _fired_at(verb, words) if actor_phrase(o)]
    for lemmas, preps in ((words.from_verbs, words.from_preps), (words.with_verbs, words.with_preps)):
        if lemma in lemmas:
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
                found += [o for o in prep.children if o.dep_ == "pobj" and actor_phrase(o)]
    return found


def _doer(verb: Token) -> Token | None:
    """The verb's subject; for a purpose clause or a joined verb without one ('crossed into Somalia to pursue the
    militants', 'seized the town and drove the rebels out'), the subject of the verb it hangs from. Never the
    agent of a passive: 'the rebels were driven from the town' names the driven as subject."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    subj = subject_of(verb)
    if subj is not None and verb.dep_ == "acl" and verb.tag_ == "VBG" and subj.dep_ == "appos":
        return subj.head  # "al-Shabaab, the Islamist insurgents fighting Somalia's government": the name described
    if subj is None and verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.pos_ == "VERB":
        purpose = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        # "captured Sukhumi, driving out Georgian troops": a participle of force is the subject's own deed; "...,
        # killing dozens" is the event coder's (no verb of this reader)
        force = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in lexicon().force_deeds.verbs
        if verb.dep_ != "conj" and not purpose and not force:
            return None
        subj = subject_of(verb.head)
    return subj


def _armed(actor: ActorRef, words: schemas.ForceDeedWords) -> bool:
    return actor.role in words.armed_roles or actor.code.startswith(tuple(words.armed_prefixes))


ALONGSIDE_RULE = "stative.alongside.hostility"


def alongside(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'African Union peacekeepers have been fighting the group alongside Somali government forces': who fights
    alongside the subject (after one of ``alongside_preps``) fights the same enemy, the verb's object. Only an armed
    partner or a state; 'backed by U.S. air strikes' is support, not this."""
    words = lexicon().force_deeds
    for tok in sentence_tokens(sent):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or negated(tok) or not (lemma in words.one_way_verbs or lemma in words.verbs):
            continue
        partners = [o for o in prep_objects(tok, words.alongside_preps) for o in (o, *o.conjuncts)]
        objs = [c for c in tok.children if c.dep_ == "dobj"] + list(prep_objects(tok, words.one_way_preps))
        targets = [a for o in objs for c in (o, *o.conjuncts) if actor_phrase(c) for a in actors_of(c, ctx)]
        if not partners or not targets:
            continue
        said = speaker_of(clause_anchor(tok), ctx)
        for partner in (a for p in partners for a in actors_of(p, ctx)):
            state = partner.country is not None and (partner.role is None or partner.role in words.asset_owner_roles)
            if not (_armed(partner, words) or state):
                continue
            for target in targets:
                if not own_side(partner, target) and not own_side(target, partner):
                    yield Found(partner, target, "hostility", "-", ALONGSIDE_RULE, tok, *said)


def one_way(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'The SDF, which are fighting the Islamic State', 'Ethiopian troops ..., fighting al-Shabaab': a fight with an
    object (``one_way_verbs``, the object direct or after ``one_way_preps``) is its subject's deed on the object. The
    event coder writes every fight both ways (a mutual deed: "A and B fought" is); the sets code the object's fighting
    back only where the sentence says so ("clashed with", "the fighting between"). The stative is a witness of the
    direction only: ``contributions.derive`` drops the event of the same verb from the object to the subject, and
    counts no relation from it (the event coder's reading of the subject's direction stands)."""
    words = lexicon().force_deeds
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words.one_way_verbs:
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += list(prep_objects(tok, words.one_way_preps))
        targets = [a for o in objs for c in (o, *o.conjuncts) if actor_phrase(c) for a in actors_of(c, ctx)]
        subj = subject_of(tok)
        if subj is None and tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ in ("VERB", "AUX"):
            subj = subject_of(tok.head)  # "troops ..., fighting X", "relied on troops to fight X"
        elif subj is None and tok.dep_ == "acl":
            subj = tok.head  # "the insurgents fighting the government"
        if not targets or subj is None:
            continue
        for user in actors_of(subj, ctx):
            for target in targets:
                if target.code != user.code:
                    yield Found(user, target, "hostility", "-", ONE_WAY_RULE, tok)


def postures(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Chavez ordered ten battalions and tanks to the Colombian border', 'Russia massed troops on its border with
    Ukraine': a force sent to another country's border is hostility of who sent it to that country. The event
    coder codes some of these as a posture with no target (a border is no actor); the border's country is."""
    words = lexicon().force_deeds
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words.posture_verbs or negated(tok):
            continue
        forces = [o for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        if not any(f.lemma_.lower() in words.posture_forces for f in forces):
            continue
        # "massed troops on its border": the place hangs from the verb or from the force ("sent troops to": a dative)
        preps = [p for h in (tok, *forces) for p in h.children if p.dep_ in ("prep", "dative")]
        places = [o for p in preps if p.lower_ in words.posture_preps for o in p.children
                  if o.dep_ == "pobj" and o.lemma_.lower() in words.posture_places]  # fmt: skip
        subj = _doer(tok)
        if not places or subj is None:
            continue
        said = speaker_of(clause_anchor(tok), ctx)
        for user in actors_of(subj, ctx):
            for country in (c for place in places for c in _border_countries(place, ctx, words)):
                if country.country != user.country:
                    yield Found(user, country, "hostility", "-", POSTURE_RULE, tok, *said)


def _border_countries(place: Token, ctx: ArticleContext, words: schemas.ForceDeedWords) -> list[ActorRef]:
    """The countries whose border it is: 'the Colombian border', "Ukraine's border", 'its border with Ukraine'
    (a pronoun owner is the sender's own border: only the one after 'with' is the other's)."""
    owners = [c for c in place.children if c.dep_ in ("amod", "compound", "poss") and c.i < place.i]
    owners = [c for c in owners if c.pos_ != "PRON"]
    owners += [o for p in place.children if p.dep_ == "prep" and p.lower_ in words.with_preps for o in p.children]
    found: list[ActorRef] = []
    for owner in owners:
        named = [a for a in actors_of(owner, ctx) if a.role is None] or [
            a for a in [named_country(owner.text)] if a is not None
        ]
        found += [a for a in named if all(a.code != f.code for f in found)]
    return found
