"""Mediation statives: "Egypt mediated between Israel and Hamas", "talks mediated by Qatar", "Qatari mediators
shuttled between ...", "Under Egyptian mediation, A and B agreed to a truce".

The token-level reading (which phrases are the sides) is ``detente.system.mediation``; this module turns it into
mediator -> side relations. ``mediated_parties`` is also called by the noun, adjective and hyphen extractors
("a truce brokered by Egypt between ...", "the Qatar-brokered truce"). Sides named only as "the two sides" are
the last two the article named, kept per article in ``SIDES``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextvars import ContextVar

from spacy.tokens import Span, Token

from detente.actors import ArticleContext
from detente.actors.roles import country_actor
from detente.data import schemas
from detente.nlp.tree import prep_objects, sentence_tokens
from detente.records import ActorRef
from detente.system import mediation
from detente.system.statives.clause import negated, subject_of
from detente.system.statives.lexicon import Found, lexicon
from detente.system.statives.parties import actors_of

# The last two (or more) sides the article named ("talks between A and B", "A and B agreed to a truce"), for
# "mediated between the two sides" and "the deal, brokered by C" later on. Set per article by extract_statives.
SIDES: ContextVar[tuple[ActorRef, ...]] = ContextVar("sides", default=())


def mediated_parties(
    mediators: list[ActorRef], trigger: Token, thing: Token | None, ctx: ArticleContext, rule: str
) -> Iterator[Found]:
    """Mediator -> each party of a mediated thing: its 'between' phrase, the trigger's, or those who agree to it
    ("Israel and Hamas agreed to a truce brokered by Egypt"); nothing when they agree not to or refuse."""
    words = lexicon().mediation
    toks = mediation.between(trigger)
    # "talks brokered by Qatar and the US between Israel and Hamas": the parser hangs "between" on the last agent
    toks += [b for a in mediation.agents(trigger) for t in (a, *a.conjuncts) for b in mediation.between(t)]
    verb: Token | None = None
    if thing is not None and not mediation.mediated(thing, words):
        thing = next((o for p in thing.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" and mediation.mediated(o, words)), thing)  # "ten rounds of talks" # fmt: skip
    if thing is not None:
        toks += mediation.between(thing) or mediation.clause_between(thing)
        if not toks and mediation.mediated(thing, words):
            verb, toks = mediation.agreeing(thing, words, setting=True)
            if verb is not None and verb.i == trigger.i:  # "Turkey is mediating in the conflict"
                verb, toks = None, []
    if verb is not None and (negated(verb) or mediation.former(verb, words=words)):
        return
    if negated(trigger) or mediation.former(trigger, words=words):
        return
    recall = (
        not toks
        and thing is not None
        and mediation.mediated(thing, words)
        and (mediation.definite(thing) or mediation.told_before(thing, trigger))
    )
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
    words = lexicon().mediation
    parties: list[ActorRef] = []
    # "the two governments" names the sides told before, not whom the referent reader last saw (the mediators)
    named = [t for t in party_toks if t.lemma_.lower() not in words.sides or t.pos_ == "PROPN" or _owned(t)]
    for party in (a for t in named for a in _named(t, ctx)):
        if party.code not in codes and all(p.code != party.code for p in parties):
            parties.append(party)
    if not parties and (recall or any(t.lemma_.lower() in words.sides for t in party_toks)):
        parties = [p for p in SIDES.get() if p.code not in codes]
        role = next(
            (words.side_roles[t.lemma_.lower()] for t in party_toks if t.lemma_.lower() in words.side_roles), None
        )
        if role is not None:  # "between the two governments": each side's country in that role
            parties = [country_actor(p.country, role, p.text) if p.country and p.role is None else p for p in parties]
    if len(parties) < 2:  # a mediator stands between two sides; one named side is a talk, not a mediation
        return
    for mediator in mediators:
        for party in parties:
            yield Found(mediator, party, "mediation", "+", rule, trigger)


def _owned(tok: Token) -> bool:
    """A side word with its own owner or nationality ("the Ethiopian and Eritrean governments") names its sides."""
    return any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in tok.children)


def _named(tok: Token, ctx: ArticleContext) -> list[ActorRef]:
    """The actors a side's phrase names, or else its apposition's: "Mali's main rebel alliance, the Coordination
    of Azawad Movements, signed ..." (the description resolves to nobody, the name does)."""
    return actors_of(tok, ctx) or [a for c in tok.children if c.dep_ == "appos" for a in actors_of(c, ctx)]


def _disputed(party_toks: list[Token], tok: Token, ctx: ArticleContext, words: schemas.MediationWords) -> bool:
    """An envoy's 'between' names two sides only beside a mediated thing ("shuttled between Israel and Lebanon to
    broker a ceasefire") or when they are the sides the article named before ("Israel and Hezbollah fought ...
    the US envoy shuttled between Beirut and Jerusalem"); else it names the places of a trip ("Hamas's envoy
    shuttled between Cairo and Doha")."""
    if any(mediation.mediated(t, words) for t in tok.sent):
        return True
    told = {p.country for p in SIDES.get() if p.country}
    named = {a.country for t in party_toks for a in _named(t, ctx)}
    return len(named) >= 2 and None not in named and named <= told


def mediations(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Egypt mediated between Israel and Hamas', 'Norway facilitated talks between ...', 'talks mediated by
    Qatar', 'Under Egyptian mediation, Israel and Hamas agreed to a truce'."""
    lex = lexicon()
    words = lex.mediation
    for tok in sentence_tokens(sent):
        lemma = tok.lemma_.lower()
        misread = mediation.misread_verb(tok, words)
        if misread:  # "Qatar mediates between", "which has been mediating"
            lemma = next(v for v in words.verbs if tok.lower_.startswith(v.rstrip("e")))
        if (tok.pos_ == "VERB" or misread) and (lemma in words.verbs or lemma in words.light_verbs):
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)  # "efforts to mediate"
            participle = tok.dep_ in ("acl", "amod") and not infinitive
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or participle
            things = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            things += [  # "Qatar is mediating in the conflict"
                o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "on") for o in p.children
                if o.dep_ == "pobj" and mediation.mediated(o, words)
            ]  # fmt: skip
            if participle and tok.head.pos_ in ("NOUN", "PROPN"):
                things.append(_between_thing(tok.head, words))  # "a truce brokered by Egypt"
            if lemma in words.light_verbs and not any(mediation.mediated(t, words) for t in things):
                continue  # "facilitated trade" mediates nothing
            if passive:
                mediator_toks = mediation.agents(tok)
            else:
                subj = (
                    mediation.role_holder(tok)
                    or subject_of(tok)
                    or (subject_of(tok.head) if mediation.copula_subject(tok) is not None else None)
                    or mediation.subject(tok)
                    or next((c for c in tok.children if c.dep_ == "compound" and tok.pos_ == "NOUN"), None)
                )
                mediator_toks = [subj] if subj is not None else []
            mediator_toks += prep_objects(tok, tuple(words.partner_preps))  # "mediating ... alongside Egypt"
            mediators = [a for m in mediator_toks for a in actors_of(m, ctx)]
            for thing in things:
                yield from mediated_parties(mediators, tok, thing, ctx, "stative.verb.mediation")
            if not things and not negated(tok) and not mediation.former(tok, words=words):
                # "Qatar, which has been mediating, said ...": between the sides the article named
                recall = lemma in words.verbs and not mediation.between(tok)
                yield from _mediation_pairs(
                    mediators, mediation.between(tok), tok, ctx, "stative.verb.mediation", recall=recall
                )
        elif tok.pos_ == "NOUN" and lemma in words.mediators:  # "Qatari and Egyptian mediators shuttled between"
            owners = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i]
            owners += prep_objects(tok, ("from",))  # "mediators from Qatar and Egypt"
            mediators = [a for o in owners for a in actors_of(o, ctx)]
            # "Washington's envoy Amos Hochstein shuttled between ...": the noun a compound of the named mediator
            named = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" else tok
            party_toks = mediation.between(tok) + (mediation.between(named.head) if named.dep_ == "nsubj" else [])
            if lemma in words.envoys and not _disputed(party_toks, tok, ctx, words):
                party_toks = []  # "Iran's envoy travelled between Beirut and Damascus": places of travel, no sides
            if named.dep_ == "nsubj":  # "Egyptian mediators are pushing for a truce between Israel and Hamas"
                party_toks += [b for o in prep_objects(named.head, tuple(words.aim_preps))
                               if mediation.mediated(o, words) for b in mediation.between(o)]  # fmt: skip
            party_toks += [
                b for p in tok.children if p.dep_ == "prep" for o in p.children for b in mediation.between(o)
            ]
            if mediators and not negated(tok, tok.head):
                yield from _mediation_pairs(mediators, party_toks, tok, ctx, "stative.mediator.mediation")
        elif tok.pos_ == "NOUN" and lemma in ("mediation", "brokering") and tok.dep_ == "compound":
            head = tok.head  # "Qatar's mediation efforts between ...", "Qatar led mediation efforts between ..."
            mediators = [a for o in _owners_or_subject(head) for a in actors_of(o, ctx)]
            if not negated(head, head.head):
                yield from _mediation_pairs(mediators, mediation.between(head), tok, ctx, "stative.owned.mediation")
        elif (
            tok.pos_ == "NOUN"
            and lemma in words.nouns
            and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in words.lead_verbs
            and mediation.between(tok)
        ):  # "Kenya leads the mediation between Ethiopia and Eritrea": the subject mediates
            if not negated(tok.head) and not mediation.former(tok.head, words=words):
                mediators = [a for o in _owners_or_subject(tok) for a in actors_of(o, ctx)]
                yield from _mediation_pairs(mediators, mediation.between(tok), tok, ctx, "stative.owned.mediation")
        elif tok.pos_ == "NOUN" and (lemma in words.nouns or tok.lower_ in words.nouns):  # "auspices" (lemma "auspex")
            verb, sides = mediation.parties_of_frame(tok, words)
            if verb is None or negated(verb) or mediation.former(verb, words=words):
                continue
            owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i]
            owners += prep_objects(tok, tuple(words.owner_preps))  # "under the auspices of the AU", "mediation by"
            mediators = [a for o in owners for a in actors_of(o, ctx)]
            yield from _mediation_pairs(mediators, sides, tok, ctx, "stative.frame.mediation")


def _between_thing(head: Token, words: schemas.MediationWords) -> Token:
    """What a participle describes: the parser hangs 'The deal between Rwanda and Congo, brokered by Washington' on
    the last side named; the mediated thing that side is 'between' of is what was brokered."""
    if not mediation.mediated(head, words) and head.dep_ in ("pobj", "conj"):
        node = head
        while node.dep_ == "conj":
            node = node.head
        if node.dep_ == "pobj" and node.head.lower_ == "between" and mediation.mediated(node.head.head, words):
            return node.head.head
    return head


def _owners_or_subject(noun: Token) -> list[Token]:
    """Who carries out a mediation noun: its owner ("Qatar's mediation efforts", "Egyptian mediation efforts"),
    or else the subject of the verb it is the object of ("Qatar led mediation efforts", "Kenya leads the
    mediation"). The callers check the negation of that verb: "did not lead" states no mediation at all."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "nmod") and c.i < noun.i]
    if owners or noun.dep_ != "dobj":
        return owners
    subj = subject_of(noun.head)
    return [subj] if subj is not None else []


def sides_of(sent: Span, ctx: ArticleContext) -> list[ActorRef]:
    """Two or more sides a sentence names: 'fighting between A and B', 'A and B agreed to a truce'."""
    words = lexicon().mediation
    found: list[ActorRef] = []
    for tok in sentence_tokens(sent):
        toks: list[Token] = []
        if tok.pos_ == "VERB" and tok.lemma_.lower() in words.mutual_verbs:  # "Israel and Hamas fought"
            subj = mediation.subject(tok)
            if subj is not None and subj.conjuncts:
                toks = [subj]
        if not toks and tok.pos_ in ("NOUN", "VERB"):  # "talks between", "fighting between"
            # "between the two governments" names again the sides told before (the referent reader may take
            # it for the last actors named, the mediators themselves): it sets no new sides
            toks = [
                t for t in mediation.between(tok) if t.head.lower_ == "between" and t.lemma_.lower() not in words.sides
            ]
            if not toks and tok.pos_ == "NOUN" and mediation.mediated(tok, words):
                toks = mediation.agreeing(tok, words)[1]
        sides: list[ActorRef] = []
        for actor in (a for t in toks for a in actors_of(t, ctx)):
            if all(a.code != actor.code for a in sides):
                sides.append(actor)
        if len(sides) >= 2:
            found = sides
    return found
