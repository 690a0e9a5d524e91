"""Stative relations: what an article states about standing ties, beside the events it reports.

"Turkey and Qatar, both of which are US allies", "the Iranian-backed regime", "Hamas, which is a terrorist
group", "Israel is not an ally of Iran", "militias allied with Iran", "Iran calls the rebels terrorists": none
of these is an event, yet each is a relation an analyst would draw. They are read on the same parse the event
coder reads, with the words in ``data/statives/patterns.yaml``; every party is resolved by ``detente.actors``
exactly as event actors are, so the codes agree.

A label is a claim, never a fact: its source is who made it (the labelling verb's subject, the speaker of the
reported clause, the "US-designated" modifier), or null when the author makes it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from detente.actors import ArticleContext, country_actor, head_role, home_country, resolve_all
from detente.actors.phrases import phrase_tokens
from detente.data import clauses, gazetteer, schemas
from detente.events.clause import read_clause
from detente.events.coder import remember_actors
from detente.events.record import trimmed
from detente.records import ActorRef, Article, Evidence, Stative
from detente.system import mediation

RELATIVE = {"which", "who", "that", "whom"}
QUANTIFIERS = {"both", "all", "each", "either", "neither", "some", "many", "one", "most"}
OTHER_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}
OTHER_PREPS = ["of", "with", "to", "for"]
HOLDING_VERBS = {"have", "maintain", "enjoy", "keep", "share", "wage", "build", "forge", "develop", "deepen", "fight"}
MUTUAL = {"alliance", "cooperation"}  # compared without direction: one pair stands for both
SUBJECTS = {"nsubj", "nsubjpass"}
# The last two (or more) sides the article named ("talks between A and B", "A and B agreed to a truce"), for
# "mediated between the two sides" and "the deal, brokered by C" later on. Set per article by extract_statives.
_SIDES: ContextVar[tuple[ActorRef, ...]] = ContextVar("sides", default=())


@dataclass(frozen=True)
class Lexicon:
    """The stative pattern file as lookup tables."""

    nouns: dict[str, schemas.RelationWords]
    adjectives: dict[str, schemas.RelationWords]
    hyphens: dict[str, schemas.RelationWords]
    label_nouns: frozenset[str]
    label_modifiers: frozenset[str]
    group_nouns: frozenset[str]
    label_verbs: frozenset[str]
    membership: dict[str, str]
    membership_preps: dict[str, tuple[str, ...]]
    copulas: frozenset[str]
    ties: schemas.TiesWords
    label_acts: frozenset[str]
    owned: dict[str, schemas.RelationWords]
    relative_verbs: dict[str, schemas.RelationWords]
    ending_verbs: frozenset[str]
    mediation: schemas.MediationWords
    body_nouns: frozenset[str]
    support: schemas.SupportWords
    cooperation: schemas.CooperationWords


@cache
def lexicon() -> Lexicon:
    data: schemas.StativePatternsFile = schemas.load("statives/patterns.yaml")  # type: ignore[assignment]

    def index(entries: list[schemas.RelationWords]) -> dict[str, schemas.RelationWords]:
        return {w.lower(): e for e in entries for w in e.words}

    return Lexicon(
        nouns=index(data.relation_nouns),
        adjectives=index(data.relation_adjectives),
        hyphens=index(data.hyphen_participles),
        label_nouns=frozenset(w.lower() for w in data.labels.nouns),
        label_modifiers=frozenset(w.lower() for w in data.labels.modifiers),
        group_nouns=frozenset(w.lower() for w in data.labels.group_nouns),
        label_verbs=frozenset(w.lower() for w in data.labels.verbs),
        membership={w.lower(): m.sign for m in data.membership_verbs for w in m.words},
        membership_preps={w.lower(): tuple(m.preps) for m in data.membership_verbs for w in m.words},
        copulas=frozenset(data.copulas),
        ties=data.ties,
        label_acts=frozenset(data.label_acts),
        owned=index(data.owned_relations),
        relative_verbs=index(data.relative_verbs),
        ending_verbs=frozenset(data.ending_verbs),
        mediation=data.mediation,
        body_nouns=frozenset(data.body_nouns),
        support=data.support,
        cooperation=data.cooperation,
    )


@dataclass
class Found:
    """One stative before it becomes a record: parties, kind and the words that stated it."""

    source: ActorRef | None
    target: ActorRef
    kind: str
    sign: str
    rule: str
    trigger: Token
    attributed: ActorRef | None = None
    attributed_text: str | None = None


def _words(tok: Token) -> list[str]:
    """Keys a noun may be listed under: 'arms supplier' before 'supplier', as written and by lemma."""
    keys = []
    if tok.i > 0:
        prev = tok.doc[tok.i - 1]
        keys += [f"{prev.lower_} {tok.lower_}", f"{prev.lower_} {tok.lemma_.lower()}"]
    return [*keys, tok.lower_, tok.lemma_.lower()]


def _lookup(tok: Token, table: dict[str, schemas.RelationWords]) -> schemas.RelationWords | None:
    for key in _words(tok):
        if key in table:
            return table[key]
    return None


def _actors(tok: Token, ctx: ArticleContext, skip: Callable[[Token], bool] | None = None) -> list[ActorRef]:
    """The actors a phrase and its conjuncts name ("Turkey and Qatar"), none that are places; ``skip``
    leaves out conjuncts that describe themselves otherwise."""
    found: list[ActorRef] = []
    for t in [tok, *(c for c in tok.conjuncts if skip is None or not skip(c))]:
        resolved = [r.actor for r in resolve_all(t, ctx) if r.place is None]
        if not resolved and t.text in ("US", "U.S."):
            resolved = [a for a in [named_country(t.text)] if a is not None]  # "US" is not the pronoun "us"
        for actor in resolved:
            if all(a.code != actor.code for a in found):
                found.append(actor)
    return found


def _described(tok: Token) -> bool:
    """'regime allies Iran and Russia and rebel backer Turkey': Turkey has a relation noun of its own."""
    lex = lexicon()
    return any(c.dep_ in ("compound", "appos") and _lookup(c, lex.nouns) is not None for c in tok.children)


def _actor_phrase(tok: Token) -> bool:
    """A phrase that can name an actor at all: a name, or a noun with a role ('the rebels'), not 'a move'."""
    return bool(tok.ent_type_) or tok.pos_ in ("PROPN", "PRON") or head_role(tok, phrase_tokens(tok)) is not None


def _subject_of(verb: Token) -> Token | None:
    """The subject of a copula or verb; through a relative clause to the noun it describes
    ("Hamas, which is ...", "Turkey and Qatar, both of which are ...")."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subj is None:
        return verb.head if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i else None
    if subj.lower_ in RELATIVE or subj.lower_ in QUANTIFIERS:
        return verb.head if verb.dep_ == "relcl" else None
    return subj


def _labelling_verb(tok: Token) -> Token | None:
    """'calls the rebels terrorists', 'regards Hamas as a terrorist group', 'is designated a terrorist group'."""
    lex = lexicon()
    gov = tok.head
    if tok.dep_ == "pobj" and gov.lower_ == "as":
        gov = gov.head
    elif tok.dep_ == "appos" and gov.dep_ in ("dobj", "dative"):
        gov = gov.head  # "designated [the Wagner Group] [a terrorist organisation]" read as an apposition
    elif tok.dep_ not in ("oprd", "xcomp", "attr", "ccomp", "dobj", "npadvmod", "advcl"):
        return None
    return gov if gov.lemma_.lower() in lex.label_verbs and gov.i != tok.i else None


def _labelled_and_labeller(verb: Token, noun: Token) -> tuple[Token | None, Token | None]:
    """Who is labelled and who labels, under a labelling verb (active or passive)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass") and c.i != noun.i]
    objs += [c for c in noun.children if c.dep_ == "nsubj"]  # "considers [Hezbollah a terrorist group]"
    labelled = objs[0] if objs else None
    if verb.dep_ in ("relcl", "acl") and (labelled is None or labelled.lower_ in RELATIVE):
        labelled = verb.head  # "Hezbollah, which Washington designates a terrorist organization"
    labeller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if labeller is None:  # "is considered a terrorist group by the US": the agent, wherever the parse hangs it
        agents = [c for c in [*verb.children, *noun.children] if c.dep_ == "agent" or c.lower_ == "by"]
        labeller = next((c for a in agents for c in a.children if c.dep_ == "pobj"), None)
    if labeller is not None and labeller.lower_ in RELATIVE and verb.dep_ == "relcl":
        labeller = verb.head  # "Hamas, which Israel calls ..." is rare; "the US, which calls Hamas ..." is not
    return labelled, labeller


def _holders(noun: Token) -> list[Token]:
    """The phrase a relation or label noun describes: 'Turkey, a US ally', 'Turkey is a US ally',
    'Hamas, which is a terrorist group', 'US ally Israel', 'the terrorist group, Hezbollah'."""
    lex = lexicon()
    if noun.dep_ in ("attr", "acomp") and noun.head.lemma_.lower() in lex.copulas:
        subj = _subject_of(noun.head)
        return [subj] if subj is not None else []
    if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.lemma_.lower() in lex.copulas:
        subj = _subject_of(noun.head.head)  # "Israel is at war with Hamas"
        return [subj] if subj is not None else []
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among"):
        outer = noun.head.head  # "Poland is one of Kyiv's closest allies", "Poland is among Ukraine's allies"
        if noun.head.lower_ == "of" and outer.lower_ in QUANTIFIERS:
            return _holders(outer)
        if noun.head.lower_ == "among" and outer.lemma_.lower() in lex.copulas:
            subj = _subject_of(outer)
            return [subj] if subj is not None else []
    if noun.dep_ == "appos":
        return [noun.head]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("include", "comprise"):
        return [c for c in noun.head.children if c.dep_ == "dobj"]  # "the bloc's members include Brazil, ..."
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head  # "Qatar has acted as a mediator"; not "Iran regards Israel as an enemy"
        reflexive = ("itself", "themselves", "himself", "herself")  # "positioned itself as a mediator"
        fronted = noun.head.i < verb.i  # "As a NATO member, Turkey must defend its allies"
        if fronted or not any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass") and c.lower_ not in reflexive for c in verb.children
        ):
            subj = _subject_of(verb)
            return [subj] if subj is not None else []
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOLDING_VERBS:
        subj = _subject_of(noun.head)  # "Qatar has close ties with Hamas", "Russia wages war on Ukraine"
        return [subj] if subj is not None else []
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        return [noun.head]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.ent_type_ and after.head.i == noun.head.i and after.dep_ == noun.dep_:
        return [after]  # "Iran's ally Syria voted": the small model makes the name a second subject
    return [c for c in noun.children if c.dep_ == "appos"]


def _others(noun: Token, exclude: set[int], preps: list[str] | None = None) -> list[Token]:
    """The other party named in or after a relation noun: 'US allies', "Iran's ally", 'ally of the US'."""
    toks = [c for c in noun.children if c.dep_ in OTHER_DEPS and c.i < noun.i and c.i not in exclude]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in (preps or OTHER_PREPS)):
        toks += [c for c in prep.children if c.dep_ == "pobj"]
    return toks


def _negated(*anchors: Token) -> bool:
    """'is not an ally', 'never backed', 'no ally of'."""
    return any(
        any(
            c.dep_ == "neg"
            or c.lower_ == "never"
            or (c.dep_ == "det" and c.lower_ == "no")
            or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
            for c in a.children
        )
        for a in anchors
    )


def _speaker(anchor: Token, ctx: ArticleContext) -> tuple[ActorRef | None, str | None]:
    """Who asserts a clause: the subject of the verb of saying it hangs from ('Israel says Hamas is ...')."""
    speech = set(clauses().speech_verbs) | set(clauses().claim_verbs)
    tok = anchor
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in speech:
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None, None
            actors = _actors(subj, ctx)
            text = " ".join(t.text for t in subj.subtree)
            return (actors[0] if actors else None), text
        tok = tok.head
    return None, None


def _clause_anchor(tok: Token) -> Token:
    """The verb a stative hangs from, for negation, modality and who said it."""
    node = tok
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def _pairs(
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


def _relation_nouns(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    lex = lexicon()
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        entry = _lookup(tok, lex.nouns)
        if entry is None:
            continue
        holder_toks = _holders(tok)
        if not holder_toks:
            continue
        holders = [a for h in holder_toks for a in _actors(h, ctx, skip=_described)]
        own = {t.i for t in tok.subtree}
        exclude = {t.i for h in holder_toks for c in [h, *h.conjuncts] for t in phrase_tokens(c)} - own
        other_toks = _others(tok, exclude, entry.preps)
        others = [a for o in other_toks for a in _actors(o, ctx)]
        if entry.kind == "mediation":  # "the mediator in talks between the government and the rebels"
            others += [a for o in other_toks for b in mediation.between(o) for a in _actors(b, ctx)]
        named = [o for o in other_toks if o.pos_ in ("NOUN", "PROPN") or o.ent_type_]
        if not others and (named or tok.dep_ not in ("attr", "acomp", "pobj")):
            continue  # "regime allies Iran and Russia": allies of someone we cannot name, not of each other
        own_country = {h.country for h in holders}
        others = [o for o in others if not (o.role is None and o.country in own_country)]  # "Lebanese proxies"
        anchor = _clause_anchor(tok)
        if entry.kind == "membership":  # of an international body, not "a member of the Judiciary Committee"
            others = [o for o in others if o.code.startswith("IGO")]
        if entry.kind == "support":  # "Trump supporters" are voters, not a relation between actors
            holders = [h for h in holders if h.role not in ("CVL",)]
        if not holders or (not others and not entry.symmetric):
            continue
        predicate = tok.head if tok.dep_ in ("attr", "acomp") else tok
        sign = _flip(entry.sign) if _negated(predicate, tok) else entry.sign
        for source, target in _pairs(holders, others, entry):
            yield Found(source, target, entry.kind, sign, f"stative.noun.{entry.kind}", tok, *_speaker(anchor, ctx))


def _relation_adjectives(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'militias allied with Iran', 'Turkey is hostile to the YPG', 'Hamas, which is backed by Iran'."""
    lex = lexicon()
    for tok in sent:
        entry = lex.adjectives.get(tok.lower_)
        if entry is None or tok.pos_ not in ("ADJ", "VERB"):
            continue
        objs = [
            p
            for prep in tok.children
            if prep.dep_ in ("prep", "agent") and prep.lower_ in entry.preps
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        if not objs:
            continue
        if tok.dep_ in ("amod", "acl"):
            holder = tok.head
        elif tok.head.lemma_.lower() in lex.copulas and tok.dep_ in ("acomp", "attr"):
            holder = _subject_of(tok.head)
        else:  # a passive verb: "Hamas, which is backed by Iran"
            holder = _subject_of(tok) if any(c.dep_ == "auxpass" for c in tok.children) else None
        if entry.kind == "mediation":  # "a truce brokered by Egypt between Israel and Hamas"
            mediators = [a for o in objs for a in _actors(o, ctx)]
            yield from _mediated(mediators, tok, holder, ctx, "stative.adjective.mediation")
            continue
        if holder is None or (entry.kind != "membership" and not _actor_phrase(holder)):
            continue  # "a move backed by Ankara and Tehran" backs no actor
        holders = _bodies(holder, ctx) if entry.kind == "membership" else _actors(holder, ctx)
        others = [a for o in objs for a in _actors(o, ctx)]
        sign = _flip(entry.sign) if _negated(tok, tok.head) else entry.sign
        anchor = _clause_anchor(tok)
        for source, target in _pairs(holders, others, entry):
            if entry.kind == "membership" and not target.code.startswith("IGO"):
                continue  # "forces led by the US": led, but not a member of a body
            yield Found(
                source, target, entry.kind, sign, f"stative.adjective.{entry.kind}", tok, *_speaker(anchor, ctx)
            )


def _hyphenated(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'the Iranian-backed regime', 'U.S.-allied forces', 'Iran-backed Hezbollah'."""
    doc = sent.doc
    for tok in sent:
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
        if entry.kind == "mediation":  # "the Qatar-brokered truce between Israel and Hamas"
            yield from _mediated(backer[:1], tok, head, ctx, "stative.hyphen.mediation")
            continue
        if entry.kind == "membership":  # "the Russian-led CSTO": the leader is a member of the body
            for body in (a for a in _bodies(head, ctx) if a.code != backer[0].code):
                yield Found(backer[0], body, "membership", entry.sign, "stative.hyphen.membership", tok)
            continue
        held = _held_phrase(head, backer[0], ctx)
        if held is None:
            continue
        sign = entry.sign
        pair = (backer[0], held) if entry.direction == "other_to_holder" else (held, backer[0])
        yield Found(*pair, entry.kind, sign, f"stative.hyphen.{entry.kind}", tok, *_speaker(_clause_anchor(tok), ctx))


def _hyphen_backer(tok: Token, ctx: ArticleContext) -> tuple[list[ActorRef], schemas.RelationWords | None]:
    """The actor before a hyphenated participle: 'Iranian - backed' (three tokens) or 'U.S.-backed' (one)."""
    lex = lexicon()
    doc = tok.doc
    entry = lex.hyphens.get(tok.lower_)
    if entry is not None and tok.i >= 2 and doc[tok.i - 1].text == "-":
        return _actors(doc[tok.i - 2], ctx), entry
    prefix, _, participle = tok.text.rpartition("-")
    entry = lex.hyphens.get(participle.lower())
    if prefix and entry is not None:
        found = named_country(prefix)
        return ([found] if found else []), entry
    return [], None


def _held_phrase(head: Token, backer: ActorRef, ctx: ArticleContext) -> ActorRef | None:
    """The actor a hyphenated modifier describes. 'The Iranian-backed regime' is not Iran's government: when
    the phrase takes its country only from the backer, the role takes the country the article gives it."""
    found = _actors(head, ctx)
    if not found:
        return None
    actor = found[0]
    if actor.country != backer.country or head.ent_type_:
        return actor
    role = head_role(head, phrase_tokens(head))
    if role is None:
        return None
    country = ctx.country_for(role, None) or ctx.home
    if country is None or country == backer.country:
        return None
    return country_actor(country, role, actor.text)


def _designator(noun: Token, ctx: ArticleContext) -> ActorRef | None:
    """'the US-designated terrorist group': the modifier that says who made the label."""
    lex = lexicon()
    doc = noun.doc
    for child in noun.children:
        entry = lex.hyphens.get(child.lower_)
        if entry is not None and entry.kind == "label" and child.i >= 2 and doc[child.i - 1].text == "-":
            actors = _actors(doc[child.i - 2], ctx)
            if actors:
                return actors[0]
        prefix, _, participle = child.text.rpartition("-")
        entry = lex.hyphens.get(participle.lower())
        if prefix and entry is not None and entry.kind == "label":  # "U.S.-designated" is one token
            return named_country(prefix)
    return None


def named_country(text: str) -> ActorRef | None:
    """A country named by a name or demonym fused into one token with a participle ("U.S.-designated")."""
    g = gazetteer()
    code = g.country_names.get(text) or g.demonyms.get(text)
    return country_actor(code, None, text) if code else None


def _is_label(tok: Token) -> bool:
    lex = lexicon()
    if any(k in lex.label_nouns for k in _words(tok)):
        return True
    if tok.lemma_.lower() == "sponsor" and any(
        p.lower_ == "of" and any(o.lemma_.lower() in ("terrorism", "terror") for o in p.children) for p in tok.children
    ):
        return True  # "a state sponsor of terrorism"
    if tok.pos_ == "ADJ" and tok.lower_ in lex.label_modifiers and tok.dep_ in ("oprd", "acomp", "xcomp", "ccomp"):
        return True  # "calls the regime illegitimate"
    return tok.lemma_.lower() in lex.group_nouns and any(
        c.dep_ in ("amod", "compound") and c.lower_ in lex.label_modifiers for c in tok.children
    )


def _labels(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or not _is_label(tok):
            continue
        verb = _labelling_verb(tok)
        labeller: ActorRef | None = None
        if verb is not None:
            labelled_tok, labeller_tok = _labelled_and_labeller(verb, tok)
            targets_toks = [labelled_tok] if labelled_tok is not None else []
            if labeller_tok is not None:
                found = _actors(labeller_tok, ctx)
                labeller = found[0] if found else None
                if labeller is None:
                    continue  # someone we cannot name calls them terrorists: not the author's claim
        else:
            targets_toks = _holders(tok)
        targets = [a for t in targets_toks for a in _actors(t, ctx)]
        if not targets:
            continue
        anchor = _clause_anchor(tok)
        speaker, said = _speaker(verb if verb is not None else anchor, ctx)
        source = labeller or _designator(tok, ctx) or speaker
        sign = "+" if _negated(verb if verb is not None else tok.head) else "-"
        attributed = source if source is not None else None
        for target in targets:
            if source is not None and source.code == target.code:
                continue
            yield Found(source, target, "label", sign, "stative.label", tok, attributed, said)


def _between(tok: Token, ctx: ArticleContext) -> list[ActorRef]:
    """The parties after 'between' hanging from a word: 'a truce between Israel and Hamas'."""
    return [
        a
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "between"
        for o in prep.children
        if o.dep_ == "pobj"
        for a in _actors(o, ctx)
    ]


def _owned(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """ "Iran's support for Hezbollah", "Qatari mediation between Israel and Hamas", "Russia's war on Ukraine",
    "Sweden's membership of NATO", "the alliance between Russia and Syria"."""
    lex = lexicon()
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        entry = _lookup(tok, lex.owned)
        if entry is None:
            continue
        owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i]
        owners += [
            o
            for p in tok.children
            if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from") and p.lower_ not in entry.preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        sources = [a for o in owners for a in _actors(o, ctx)]
        if not sources and tok.dep_ == "dobj" and any(o.lower_ in ("its", "their") for o in owners):
            subj = _subject_of(tok.head)  # "Washington ended its support for ..."
            sources = _actors(subj, ctx) if subj is not None else []
        objects = [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in entry.preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        targets = [a for o in objects for a in _actors(o, ctx)]
        if entry.kind == "membership":
            targets = [t for t in targets if t.code.startswith("IGO")]
        if sources and targets:
            pairs = [(s, t) for s in sources[:1] for t in targets]
        elif not sources and (entry.symmetric or entry.kind == "hostility") and len(targets) >= 2:
            pairs = list(itertools.pairwise(targets))  # "the alliance between Russia and Syria"
            if entry.kind not in MUTUAL:  # "the war between Russia and Ukraine" is waged both ways
                pairs += [(b, a) for a, b in pairs]
        else:
            continue
        sign = entry.sign
        if _negated(tok.head, tok) or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.ending_verbs):
            sign = _flip(sign)  # "withdrew its support for", "ended the alliance"
        anchor = _clause_anchor(tok)
        for source, target in pairs:
            if source.code != target.code:
                yield Found(
                    source, target, entry.kind, sign, f"stative.owned.{entry.kind}", tok, *_speaker(anchor, ctx)
                )


def _relative_clauses(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Russia, which has backed the Syrian government', 'Qatar, which mediates between Israel and Hamas'."""
    lex = lexicon()
    for tok in sent:
        entry = lex.relative_verbs.get(tok.lemma_.lower())
        if entry is None or tok.pos_ != "VERB" or tok.dep_ != "relcl":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in RELATIVE:
            continue
        holders = _actors(tok.head, ctx)
        if entry.kind == "mediation":
            targets = _between(tok, ctx)
        else:
            targets = [a for c in tok.children if c.dep_ == "dobj" for a in _actors(c, ctx)]
        sign = _flip(entry.sign) if _negated(tok) else entry.sign
        for holder in holders:
            for target in targets:
                yield Found(
                    holder, target, entry.kind, sign, f"stative.relative.{entry.kind}", tok, *_speaker(tok, ctx)
                )


def _label_acts(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Britain proscribed Hezbollah', 'Hezbollah was blacklisted by the EU': the act is the label."""
    lex = lexicon()
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.label_acts:
            continue
        labelled, labeller = _labelled_and_labeller(tok, tok)
        if labelled is None or labeller is None:
            continue
        sources, targets = _actors(labeller, ctx), _actors(labelled, ctx)
        sign = "+" if _negated(tok) else "-"
        for source in sources[:1]:
            for target in targets:
                yield Found(source, target, "label", sign, "stative.label_act", tok, source, None)


def _ties(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Qatar has close ties with Hamas', 'strained relations between Ankara and Washington'."""
    ties = lexicon().ties
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lower_ not in ties.nouns:
            continue
        mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "advmod", "compound")}
        if tok.dep_ == "nsubj":  # "relations ... are strained"
            mods |= {c.lower_ for c in tok.head.children if c.dep_ in ("acomp", "attr")}
        if tok.dep_ == "dobj":  # "Turkey has strained relations with ..." (read as a verb by the parser)
            mods.add(tok.head.lower_)
        if mods & set(ties.positive):
            kind, sign = "cooperation", "+"
        elif mods & set(ties.negative):
            kind, sign = "hostility", "-"
        else:
            continue
        sign = _flip(sign) if _negated(tok.head, tok) else sign
        parties = [a for o in _others(tok, set(), ties.preps) for a in _actors(o, ctx)]
        holder_toks = _holders(tok)
        if not holder_toks and tok.dep_ == "dobj":
            holder_toks = [t for t in [_subject_of(tok.head)] if t is not None]
        holders = [a for h in holder_toks for a in _actors(h, ctx)]
        if tok.dep_ == "poss" or any(c.dep_ == "poss" for c in tok.children):
            holders += [a for c in tok.children if c.dep_ == "poss" for a in _actors(c, ctx)]
        if holders and parties:
            pairs = [(h, p) for h in holders for p in parties]
        else:  # "relations between Turkey and the Netherlands", "Russia and China have close relations"
            group = holders or parties
            pairs = list(itertools.pairwise(group))
        anchor = _clause_anchor(tok)
        for source, target in pairs:
            if source.code != target.code:
                yield Found(source, target, kind, sign, f"stative.ties.{kind}", tok, *_speaker(anchor, ctx))


def _bodies(tok: Token, ctx: ArticleContext) -> list[ActorRef]:
    """The international bodies a phrase names: 'NATO', or 'the AU mission' (a mission of the AU)."""
    found = [a for a in _actors(tok, ctx) if a.code.startswith("IGO")]
    if not found and tok.lemma_.lower() in lexicon().body_nouns:
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < tok.i]
        found = [a for c in mods for a in _actors(c, ctx) if a.code.startswith("IGO")]
    return found


def _memberships(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Montenegro joined NATO', 'Britain will leave the EU': membership of an international body."""
    lex = lexicon()
    for tok in sent:
        sign = lex.membership.get(tok.lemma_.lower())
        if sign is None or tok.pos_ != "VERB":
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        preps = lex.membership_preps.get(tok.lemma_.lower(), ())
        objs += [
            o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"
        ]
        bodies = [a for o in objs for a in _bodies(o, ctx)]
        subj = _subject_of(tok)
        members = _actors(subj, ctx) if subj is not None else []
        if _negated(tok):
            sign = _flip(sign)
        for member in members:
            for body in bodies:
                yield Found(member, body, "membership", sign, "stative.membership", tok, *_speaker(tok, ctx))


def _mediated(
    mediators: list[ActorRef], trigger: Token, thing: Token | None, ctx: ArticleContext, rule: str
) -> Iterator[Found]:
    """Mediator -> each party of a mediated thing: its 'between' phrase, the trigger's, or those who agree to it
    ("Israel and Hamas agreed to a truce brokered by Egypt"); nothing when they agree not to or refuse."""
    words = lexicon().mediation
    toks = mediation.between(trigger)
    verb: Token | None = None
    if thing is not None:
        toks += mediation.between(thing) or mediation.clause_between(thing)
        if not toks and mediation.mediated(thing, words):
            verb, toks = mediation.agreeing(thing, words)
            if verb is not None and verb.i == trigger.i:  # "Turkey is mediating in the conflict"
                verb, toks = None, []
    if verb is not None and (_negated(verb) or mediation.former(verb, words=words)):
        return
    if _negated(trigger) or mediation.former(trigger, words=words):
        return
    recall = not toks and thing is not None and mediation.mediated(thing, words) and mediation.definite(thing)
    yield from _mediation_pairs(mediators, toks, trigger, ctx, rule, recall=recall)


def _mediation_pairs(
    mediators: list[ActorRef],
    party_toks: list[Token],
    trigger: Token,
    ctx: ArticleContext,
    rule: str,
    *,
    recall: bool = False,
) -> Iterator[Found]:
    """Each mediator -> each of two or more sides. Sides the sentence names only as 'the two sides' (or a
    mediated thing it names only as 'the deal': ``recall``) are the last two sides the article named."""
    codes = {m.code for m in mediators}
    parties: list[ActorRef] = []
    for party in (a for t in party_toks for a in _actors(t, ctx)):
        if party.code not in codes and all(p.code != party.code for p in parties):
            parties.append(party)
    if not parties and (recall or any(t.lemma_.lower() in lexicon().mediation.sides for t in party_toks)):
        parties = [p for p in _SIDES.get() if p.code not in codes]
    if len(parties) < 2:  # a mediator stands between two sides; one named side is a talk, not a mediation
        return
    for mediator in mediators:
        for party in parties:
            yield Found(mediator, party, "mediation", "+", rule, trigger)


def _mediations(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Egypt mediated between Israel and Hamas', 'Norway facilitated talks between ...', 'talks mediated by
    Qatar', 'Under Egyptian mediation, Israel and Hamas agreed to a truce'."""
    lex = lexicon()
    words = lex.mediation
    for tok in sent:
        lemma = tok.lemma_.lower()
        if mediation.misread_verb(tok, words):  # "Qatar mediates between", "which has been mediating"
            lemma = next(v for v in words.verbs if tok.lower_.startswith(v.rstrip("e")))
        if (tok.pos_ == "VERB" or mediation.misread_verb(tok, words)) and (
            lemma in words.verbs or lemma in words.light_verbs
        ):
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)  # "efforts to mediate"
            participle = tok.dep_ in ("acl", "amod") and not infinitive
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or participle
            things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            things += [  # "Qatar is mediating in the conflict"
                o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "on") for o in p.children
                if o.dep_ == "pobj" and mediation.mediated(o, words)
            ]  # fmt: skip
            if participle and tok.head.pos_ in ("NOUN", "PROPN"):
                things.append(tok.head)  # "a truce brokered by Egypt"
            if lemma in words.light_verbs and not any(mediation.mediated(t, words) for t in things):
                continue  # "facilitated trade" mediates nothing
            if passive:
                mediator_toks = [
                    o for p in tok.children if p.dep_ == "agent" or p.lower_ == "by" for o in p.children
                    if o.dep_ == "pobj"
                ]  # fmt: skip
            else:
                subj = (
                    mediation.role_holder(tok)
                    or _subject_of(tok)
                    or (_subject_of(tok.head) if mediation.copula_subject(tok) is not None else None)
                    or mediation.subject(tok)
                    or next((c for c in tok.children if c.dep_ == "compound" and tok.pos_ == "NOUN"), None)
                )
                mediator_toks = [subj] if subj is not None else []
            mediators = [a for m in mediator_toks for a in _actors(m, ctx)]
            for thing in things:
                yield from _mediated(mediators, tok, thing, ctx, "stative.verb.mediation")
            if not things and not _negated(tok) and not mediation.former(tok, words=words):
                # "Qatar, which has been mediating, said ...": between the sides the article named
                recall = lemma in words.verbs and not mediation.between(tok)
                yield from _mediation_pairs(
                    mediators, mediation.between(tok), tok, ctx, "stative.verb.mediation", recall=recall
                )
        elif tok.pos_ == "NOUN" and lemma in words.mediators:  # "Qatari and Egyptian mediators shuttled between"
            owners = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i]
            mediators = [a for o in owners for a in _actors(o, ctx)]
            party_toks = mediation.between(tok) + (mediation.between(tok.head) if tok.dep_ == "nsubj" else [])
            party_toks += [
                b for p in tok.children if p.dep_ == "prep" for o in p.children for b in mediation.between(o)
            ]
            if mediators and not _negated(tok, tok.head):
                yield from _mediation_pairs(mediators, party_toks, tok, ctx, "stative.mediator.mediation")
        elif tok.pos_ == "NOUN" and lemma in ("mediation", "brokering") and tok.dep_ == "compound":
            head = tok.head  # "Qatar's mediation efforts between ...", "Qatar led mediation efforts between ..."
            owners = [c for c in head.children if c.dep_ in ("poss", "amod", "nmod") and c.i < head.i]
            if not owners and head.dep_ == "dobj" and not _negated(head.head):
                owners = [t for t in [_subject_of(head.head)] if t is not None]
            mediators = [a for o in owners for a in _actors(o, ctx)]
            if not _negated(head, head.head):
                yield from _mediation_pairs(mediators, mediation.between(head), tok, ctx, "stative.owned.mediation")
        elif tok.pos_ == "NOUN" and lemma in ("mediation", "brokering", "facilitation"):
            verb, sides = mediation.parties_of_frame(tok, words)
            if verb is None or _negated(verb) or mediation.former(verb, words=words):
                continue
            owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i]
            mediators = [a for o in owners for a in _actors(o, ctx)]
            yield from _mediation_pairs(mediators, sides, tok, ctx, "stative.frame.mediation")


def _supports(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Pakistan harbours the Taliban', 'the militias receive weapons from Iran', 'Iran is on the side of the
    government', 'Belarus fought on Russia's side'."""
    words = lexicon().support
    for tok in sent:
        lemma = tok.lemma_.lower()
        pairs: list[tuple[Token, Token]] = []  # (backer, backed)
        if tok.pos_ == "VERB" and lemma in words.verbs and tok.dep_ != "relcl":
            subj = _subject_of(tok) if not any(c.dep_ == "auxpass" for c in tok.children) else None
            pairs = [(subj, o) for o in tok.children if o.dep_ == "dobj" and _actor_phrase(o) if subj is not None]
        elif tok.pos_ == "VERB" and lemma in words.receive_verbs:
            aid = [o for o in tok.children if o.dep_ == "dobj" and o.lower_ in words.aid_nouns]
            givers = [g for o in [tok, *aid] for p in o.children if p.dep_ == "prep" and p.lower_ == "from"
                      for g in p.children if g.dep_ == "pobj"]  # fmt: skip
            subj = _subject_of(tok)
            pairs = [(g, subj) for g in givers if aid and subj is not None]
        elif tok.pos_ == "VERB" and lemma in words.give_verbs:
            aid = [o for o in tok.children if o.dep_ == "dobj" and o.lower_ in words.aid_nouns]
            takers = [t for p in tok.children if p.dep_ == "dative" or (p.dep_ == "prep" and p.lower_ == "to")
                      for t in ([p] if p.dep_ == "dative" else p.children) if t.dep_ in ("pobj", "dative")]  # fmt: skip
            subj = _subject_of(tok) if not any(c.dep_ == "auxpass" for c in tok.children) else None
            pairs = [(subj, t) for t in takers if aid and subj is not None]
        elif tok.pos_ == "NOUN" and lemma in words.backing_nouns and tok.dep_ == "pobj" and tok.head.lower_ == "with":
            owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i < tok.i]
            aimed = any(p.dep_ == "prep" and p.lower_ in ("for", "to", "of") for p in tok.children)
            verb = tok.head.head
            subj = _subject_of(verb) if verb.pos_ in ("VERB", "AUX") else verb  # "the Houthis, with Iranian backing,"
            pairs = [(o, subj) for o in owners if subj is not None and not aimed]
        elif tok.pos_ == "NOUN" and lemma in words.side_nouns and tok.dep_ == "pobj" and tok.head.lower_ == "on":
            owners = [c for c in tok.children if c.dep_ == "poss"]
            owners += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj"]  # fmt: skip
            subj = _subject_of(tok.head.head) if tok.head.head.pos_ in ("VERB", "AUX") else None
            pairs = [(subj, o) for o in owners if subj is not None]
        for backer_tok, backed_tok in pairs:
            if _negated(tok) or _negated(tok.head):
                continue
            anchor = _clause_anchor(tok)
            for backer in _actors(backer_tok, ctx)[:1]:
                for backed in _actors(backed_tok, ctx):
                    if backer.country != backed.country and backed.role != "CVL":  # not "Russia trains its army"
                        yield Found(backer, backed, "support", "+", "stative.verb.support", tok, *_speaker(anchor, ctx))


def _agreements(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Israel and Hamas agreed to a truce', 'Israel agreed to a ceasefire with Hezbollah', 'A and B issued a
    joint statement', 'A fought alongside B': cooperation, both ways."""
    words = lexicon().cooperation
    for tok in sent:
        side_toks: list[Token] = []
        verb: Token | None = None
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (
            lemma in words.agreements or (lemma in words.joint and any(c.lower_ == "joint" for c in tok.children))
        ):
            found_verb, side_toks = mediation.agreeing(tok, lexicon().mediation)
            if found_verb is not None and (found_verb.lemma_.lower() in words.verbs or lemma in words.joint):
                verb = found_verb
        elif tok.pos_ == "VERB" and lemma in words.alongside_verbs:
            subj = mediation.subject(tok)
            comrades = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "alongside" for o in p.children
                        if o.dep_ == "pobj"]  # fmt: skip
            if subj is not None and comrades:
                verb, side_toks = tok, [subj, *comrades]
        if verb is None or _negated(verb) or _negated(tok):
            continue
        sides: list[ActorRef] = []
        for actor in (a for t in side_toks for a in _actors(t, ctx)):
            if all(a.code != actor.code for a in sides):
                sides.append(actor)
        for a, b in itertools.combinations(sides, 2):
            yield Found(a, b, "cooperation", "+", "stative.agreement.cooperation", verb, *_speaker(verb, ctx))


def _denied(tok: Token) -> bool:
    """'Iran denies arming the Houthis', 'Iran denied that it backs them': a denial gives nothing."""
    deny = set(clauses().deny_verbs)
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("xcomp", "ccomp", "dobj", "pcomp", "advcl") and node.head.lemma_.lower() in deny:
            return True
        node = node.head
    return False


def _flip(sign: str) -> str:
    return "-" if sign == "+" else "+"


EXTRACTORS = (
    _relation_nouns,
    _relation_adjectives,
    _hyphenated,
    _labels,
    _label_acts,
    _ties,
    _owned,
    _relative_clauses,
    _memberships,
    _mediations,
    _supports,
    _agreements,
)


def _sides(sent: Span, ctx: ArticleContext) -> list[ActorRef]:
    """Two or more sides a sentence names: 'fighting between A and B', 'A and B agreed to a truce'."""
    words = lexicon().mediation
    found: list[ActorRef] = []
    for tok in sent:
        toks: list[Token] = []
        if tok.pos_ == "VERB" and tok.lemma_.lower() in words.mutual_verbs:  # "Israel and Hamas fought"
            subj = mediation.subject(tok)
            if subj is not None and subj.conjuncts:
                toks = [subj]
        if not toks and tok.pos_ in ("NOUN", "VERB"):  # "talks between", "fighting between"
            toks = [t for t in mediation.between(tok) if t.head.lower_ == "between"]
            if not toks and tok.pos_ == "NOUN" and mediation.mediated(tok, words):
                toks = mediation.agreeing(tok, words)[1]
        sides: list[ActorRef] = []
        for actor in (a for t in toks for a in _actors(t, ctx)):
            if all(a.code != actor.code for a in sides):
                sides.append(actor)
        if len(sides) >= 2:
            found = sides
    return found


def extract_statives(doc: Doc, article: Article) -> list[Stative]:
    """Every stative relation of one parsed article, with its evidence."""
    ctx = ArticleContext(date=article.date, home=home_country(doc))
    statives: list[Stative] = []
    seen: set[tuple] = set()
    reset = _SIDES.set(())
    try:
        _extract(doc, article, ctx, statives, seen)
    finally:
        _SIDES.reset(reset)
    return statives


def _extract(doc: Doc, article: Article, ctx: ArticleContext, statives: list[Stative], seen: set[tuple]) -> None:
    text = doc.text  # built token by token on every access: once per article, not once per sentence
    for index, sent in enumerate(doc.sents):
        remember_actors(sent, ctx)
        sides = _sides(sent, ctx)
        start, end = trimmed(text, sent.start_char, sent.end_char)
        for extract in EXTRACTORS:
            for f in extract(sent, ctx):
                if f.source is not None and f.source.code == f.target.code:
                    continue
                if _denied(f.trigger) or mediation.former(
                    _clause_anchor(f.trigger), f.trigger, words=lexicon().mediation
                ):
                    continue  # "Russia, which once backed ...": a tie that no longer holds
                reading = read_clause(_clause_anchor(f.trigger), sent)
                if reading.negated and f.kind == "mediation":
                    continue  # "refused to mediate", "failed to broker a truce between ...": nobody mediated
                effort = f.kind == "mediation" and mediation.effort(f.trigger, lexicon().mediation)
                if reading.modality in ("hypothetical", "intent", "demand", "threat") and not effort:
                    continue  # "would be an ally", "wants to join": not a standing relation yet
                key = (index, f.source.code if f.source else None, f.target.code, f.kind)
                if key in seen:
                    continue
                seen.add(key)
                statives.append(
                    Stative(
                        article_id=article.id,
                        stative_id=Stative.make_id(article.id, index, f.trigger.idx, key[1], key[2], f.kind),
                        sentence_index=index,
                        date=article.date,
                        source=f.source,
                        target=f.target,
                        kind=f.kind,  # type: ignore[arg-type]
                        sign=f.sign,  # type: ignore[arg-type]
                        attributed_to=f.attributed.code if f.attributed else None,
                        attributed_text=f.attributed_text,
                        evidence=Evidence(
                            sentence=text[start:end],
                            start=start,
                            end=end,
                            rule=f.rule,
                            trigger=f.trigger.text,
                        ),
                    )
                )
        if sides:
            _SIDES.set(tuple(sides))
