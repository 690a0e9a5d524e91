"""Relations stated by a noun, an adjective or a relative clause: appositions and copulas ("Turkey, a US ally",
"Poland is one of Kyiv's closest allies"), "militias allied with Iran", "Hamas, which is backed by Iran",
"Russia, which has backed the Syrian government", and owned relation nouns ("Iran's support for Hezbollah",
"the alliance between Russia and Syria", "ended its support for").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Span, Token

from detente.actors import ArticleContext, country_actor, head_role
from detente.actors.phrases import phrase_tokens
from detente.nlp.tree import prep_objects, sentence_tokens
from detente.records import ActorRef
from detente.system import mediation
from detente.system.statives.clause import (
    COUNTING,
    RELATIVE,
    clause_anchor,
    ends_of,
    holders_of,
    labelled_own,
    negated,
    others_of,
    predicates_of,
    speaker_of,
    subject_of,
)
from detente.system.statives.lexicon import Found, Lexicon, keys_of, lexicon, lookup
from detente.system.statives.mediations import mediated_parties
from detente.system.statives.parties import MUTUAL, actor_phrase, actors_of, bodies_of, described, pairs_of
from detente.system.statives.referents import latest_body
from detente.where.mentions import entity_of


def relation_nouns(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    lex = lexicon()
    for tok in sentence_tokens(sent):
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        entry = lookup(tok, lex.nouns)
        if entry is None:
            continue
        holder_toks = holders_of(tok)
        if not holder_toks:
            continue
        holders = [a for h in holder_toks for a in actors_of(h, ctx, skip=described)]
        own = {t.i for t in tok.subtree}
        exclude = {t.i for h in holder_toks for c in [h, *h.conjuncts] for t in phrase_tokens(c)} - own
        other_toks = [o for o in others_of(tok, exclude, entry.preps) if not _prefixed_non(o)]
        counter = _counter(tok)
        if counter is not None:  # "Serbia counts Russia among its backers": its = Serbia's
            other_toks = [o for o in other_toks if o.pos_ != "PRON"] + [counter]
        others = [a for o in other_toks for a in actors_of(o, ctx)]
        fellow = any(c.lower_ in lex.fellows for c in tok.children if c.i < tok.i)  # "fellow member Hungary"
        if (
            entry.kind == "membership"
            and (tok.dep_ == "appos" or fellow)
            and tok.lemma_.lower() == "member"
            and not [o for o in other_toks if o.lower_ not in lex.fellows]
        ):
            others = latest_body(tok, ctx)  # "Myanmar, a member whose junta ...": of the body the article named
        if entry.kind == "mediation":  # "the mediator in talks between the government and the rebels"
            others += [a for o in other_toks for b in mediation.between(o) for a in actors_of(b, ctx)]
        named = [o for o in other_toks if actor_phrase(o)]  # "trade partners" names no other party
        held = tok.dep_ in ("attr", "acomp", "pobj") or (
            tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.holding_verbs
        )
        if not others and (named or not held):  # "Armenia and Azerbaijan fought a war": held by both
            continue  # "regime allies Iran and Russia": allies of someone we cannot name, not of each other
        own_country = {h.country for h in holders}
        others = [o for o in others if not (o.role is None and o.country in own_country)]  # "Lebanese proxies"
        anchor = clause_anchor(tok)
        if entry.kind == "membership":  # of an international body, not "a member of the Judiciary Committee"
            armed = bool(holders) and all(h.role in ("REB", "IMG") or h.code.startswith("IMG") for h in holders)
            others = [o for o in others if o.code.startswith("IGO") or (armed and o.code.startswith("IMG"))]
        if entry.kind == "support":  # "Trump supporters" are voters, not a relation between actors
            holders = [h for h in holders if h.role not in ("CVL",)]
        if not holders or (not others and not entry.symmetric):
            continue
        ends = ends_of(entry.ends, negated(*predicates_of(tok)))
        if ends is None:
            continue
        said = _labeller(tok, ctx) or speaker_of(anchor, ctx)
        for source, target in pairs_of(holders, others, entry):
            rule = f"stative.noun.{entry.kind}"
            yield Found(source, target, entry.kind, entry.sign, rule, tok, *said, ends)


def _labeller(noun: Token, ctx: ArticleContext) -> tuple[ActorRef, str] | None:
    """'Washington calls the Houthis an Iranian proxy': a relation noun a labelling verb gives is the claim of the
    verb's subject, not the author's (as a label is)."""
    verb = noun.head
    comma = noun.doc[noun.left_edge.i - 1].text == "," if noun.left_edge.i > 0 else False
    if noun.dep_ == "appos" and verb.dep_ == "dobj" and not comma:
        verb = verb.head  # "calls [the Houthis] [an Iranian proxy]" read as an apposition
    elif noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ == "VERB":
        verb = verb.head  # "described by Washington as an Iranian proxy", "is seen by the US as a proxy"
    elif noun.dep_ not in ("oprd", "ccomp"):
        return None
    if verb.lemma_.lower() not in lexicon().label_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children):
        # a passive or a participle: who labels is the agent ("described by Washington as ...")
        subj = next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    found = actors_of(subj, ctx) if subj is not None and subj.lower_ not in RELATIVE else []
    return (found[0], " ".join(t.text for t in subj.subtree)) if found and subj is not None else None


def _prefixed_non(tok: Token) -> bool:
    """'a non-EU member', 'a major non-NATO ally': the party named after 'non-' is the one the relation is not with
    (the small model splits 'non', '-', 'EU' or keeps 'non-EU' whole)."""
    prefixes = lexicon().negating_prefixes
    if "-" in tok.lower_ and tok.lower_.split("-")[0] in prefixes:
        return True
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i >= 1 else ""
    if prev == "-" and tok.i >= 2:
        prev = doc[tok.i - 2].lower_
    return prev in prefixes


def _formed_by(noun: Token, lex: Lexicon) -> bool:
    """'declared a partnership', 'forged an alliance', 'have a close partnership': a tie its verb's subjects
    make or hold together."""
    verb = noun.head.lemma_.lower()
    return noun.dep_ == "dobj" and (verb in lex.ties.forming or verb in lex.holding_verbs)


def _counter(noun: Token) -> Token | None:
    """Who counts others among its allies or backers ('Serbia counts Russia among its backers', 'Kosovo considers
    the US its ally')."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("among", "as") and noun.head.head.lemma_.lower() in COUNTING:
        return subject_of(noun.head.head)
    if labelled_own(noun):
        return subject_of(noun.head)  # "Kosovo considers the US its closest ally": its = Kosovo's
    return None


def relation_adjectives(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'militias allied with Iran', 'Turkey is hostile to the YPG', 'Hamas, which is backed by Iran'."""
    lex = lexicon()
    for tok in sentence_tokens(sent):
        entry = lex.adjectives.get(tok.lower_)
        if entry is None or tok.pos_ not in ("ADJ", "VERB"):
            continue
        objs = _adjective_objects(tok, entry.preps)
        if not objs:  # "the Houthis are armed and financed by Iran": the agent of the last participle
            objs = next((o for c in tok.conjuncts if c.i > tok.i and lex.adjectives.get(c.lower_) is entry
                         for o in [_adjective_objects(c, entry.preps)] if o), [])  # fmt: skip
        if not objs:
            continue
        first = tok
        while first.dep_ == "conj" and lex.adjectives.get(first.head.lower_) is entry:
            first = first.head  # "armed and financed by Iran": 'financed' describes what 'armed' does
        holder = _adjective_holder(first, lex)
        if entry.kind == "mediation":  # "a truce brokered by Egypt between Israel and Hamas"
            mediators = [a for o in objs for a in actors_of(o, ctx)]
            yield from mediated_parties(mediators, tok, holder, ctx, "stative.adjective.mediation")
            continue
        if holder is not None and holder.dep_ == "appos" and not actor_phrase(holder):
            holder = holder.head  # "Hezbollah, the Shiite movement that is armed by Iran": the movement is Hezbollah
        if holder is None or (entry.kind != "membership" and not actor_phrase(holder) and not _whose(holder)):
            continue  # "a step backed by Ankara and Tehran" backs no actor
        holders = bodies_of(holder, ctx) if entry.kind == "membership" else actors_of(holder, ctx)
        if not holders and entry.kind != "membership":
            holders = _owned_by_relative(holder, ctx)
        others = [_military_if_force(a, o) for o in objs for a in actors_of(o, ctx)]
        ends = ends_of(entry.ends, negated(first, first.head))
        if ends is None:
            continue
        anchor = clause_anchor(tok)
        for source, target in pairs_of(holders, others, entry):
            if entry.kind == "membership" and not target.code.startswith("IGO"):
                continue  # "forces led by the US": led, but not a member of a body
            rule = f"stative.adjective.{entry.kind}"
            yield Found(source, target, entry.kind, entry.sign, rule, tok, *speaker_of(anchor, ctx), ends)


def _military_if_force(actor: ActorRef, tok: Token) -> ActorRef:
    """'backed by U.S. air strikes': a country's strikes and weapons are its military's (docs/conventions.md)."""
    words = lexicon().support
    force = set(words.force_nouns) | set(words.fired_nouns)
    if actor.role is not None or actor.country is None or not any(k in force for k in keys_of(tok)):
        return actor
    return country_actor(actor.country, "MIL", actor.text)


def _whose(tok: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in lexicon().relative_possessives for c in tok.children)


def _owned_by_relative(holder: Token, ctx: ArticleContext) -> list[ActorRef]:
    """'Maduro, whose government is backed by Russia': the government (the noun's role) of the country of the
    one the relative clause describes."""
    clause = holder.head
    if not _whose(holder) or clause.dep_ != "relcl":
        return []
    role = head_role(holder, [holder])
    if role is None:
        return []
    owners = [a for a in actors_of(clause.head, ctx) if a.country]
    return [country_actor(owners[0].country, role, holder.text)] if owners else []  # type: ignore[arg-type]


def _adjective_objects(tok: Token, preps: list[str]) -> list[Token]:
    return [p for prep in tok.children if prep.dep_ in ("prep", "agent") and prep.lower_ in preps
            for p in prep.children if p.dep_ == "pobj"]  # fmt: skip


def _adjective_holder(tok: Token, lex: Lexicon) -> Token | None:
    """The phrase a relation adjective describes: 'militias allied with', 'Turkey is hostile to', 'Hamas, which
    is backed by'."""
    if tok.dep_ in ("amod", "acl"):
        return tok.head
    if tok.head.lemma_.lower() in lex.copulas and tok.dep_ in ("acomp", "attr"):
        return subject_of(tok.head)
    return subject_of(tok) if any(c.dep_ == "auxpass" for c in tok.children) else None


def relative_clauses(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Russia, which has backed the Syrian government', 'Qatar, which mediates between Israel and Hamas'."""
    lex = lexicon()
    for tok in sentence_tokens(sent):
        entry = lex.relative_verbs.get(tok.lemma_.lower())
        if entry is None:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if tok.pos_ != "VERB" or tok.dep_ != "relcl":
            subj = None
        rel = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in RELATIVE and c.i < tok.i), None)
        described = _before_relative(rel)
        doer = next((c for c in tok.children if c.dep_ in ("nsubj", "compound") and rel is not None
                     and rel.i < c.i < tok.i and c.lower_ not in RELATIVE), None)  # fmt: skip
        if subj is not None and subj.lower_ in RELATIVE:
            holders = actors_of(tok.head, ctx)
            if entry.kind == "mediation":
                targets = _between(tok, ctx)
            else:
                targets = [a for c in tok.children if c.dep_ == "dobj" for a in actors_of(c, ctx)]
        elif doer is not None and described is not None and entry.kind != "mediation":
            holders = actors_of(doer, ctx)  # "Hamas, which Iran has long backed": the relative is the object
            targets = actors_of(described, ctx)
        else:
            continue
        ends = ends_of(entry.ends, negated(tok))
        if ends is None:
            continue
        for holder in holders:
            for target in targets:
                rule = f"stative.relative.{entry.kind}"
                yield Found(holder, target, entry.kind, entry.sign, rule, tok, *speaker_of(tok, ctx), ends)


def _before_relative(rel: Token | None) -> Token | None:
    """The phrase a relative pronoun stands for: the word before it ('Hamas, which ...'), up to its head when
    it is part of a name or a compound ('the Houthi rebels, whom ...'); the parser often hangs the clause
    elsewhere."""
    if rel is None or rel.i == 0:
        return None
    tok = rel.doc[rel.i - 1]
    if tok.pos_ == "PUNCT" and tok.i > 0:
        tok = tok.doc[tok.i - 1]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN") and actor_phrase(tok) else None  # not "the border with Israel"


def _between(tok: Token, ctx: ArticleContext) -> list[ActorRef]:
    """The parties after 'between' hanging from a word: 'a truce between Israel and Hamas'."""
    return [
        a
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "between"
        for o in prep.children
        if o.dep_ == "pobj"
        for a in actors_of(o, ctx)
    ]


def _nominal_gerund(tok: Token) -> bool:
    """'Fighting between the army and the RSF raged': a gerund the parser tags a verb, used as a noun."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("nsubj", "nsubjpass", "pobj")
        and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in tok.children)
    )


def _antecedent(noun: Token, sent: Span, ctx: ArticleContext) -> list[ActorRef]:
    """Whom 'its' or 'their' before a noun in a prepositional phrase stands for: the nearest actor named before it
    in the sentence ('the backers of Sudan's army in its war with the RSF' is the army's war), the way a reader
    takes it; none when no actor comes before."""
    for tok in reversed(list(sent.doc[sent.start : noun.i])):
        if tok.pos_ in ("PROPN", "NOUN") and tok.dep_ not in ("compound", "poss"):
            found = actors_of(tok, ctx)
            if found:
                return found[:1]
    return []


def owned_relations(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """ "Iran's support for Hezbollah", "Qatari mediation between Israel and Hamas", "Russia's war on Ukraine",
    "Sweden's membership of NATO", "the alliance between Russia and Syria"."""
    lex = lexicon()
    for tok in sentence_tokens(sent):
        if tok.pos_ not in ("NOUN", "PROPN") and not _nominal_gerund(tok):
            continue
        entry = lookup(tok, lex.owned)
        if entry is None or (tok.dep_ == "pobj" and tok.head.lower_ in entry.over_after):
            continue  # "after its brief war with Georgia": a war that is over is no hostility as of the article
        # an adjective owns the relation only when it names someone ("Russian support"), never a role word ("a
        # military offensive against X" is not the article's one military's)
        owners = [
            c
            for c in tok.children
            if c.dep_ in ("poss", "compound", "amod", "nmod")
            and c.i < tok.i
            and (c.dep_ != "amod" or entity_of(c) is not None)
        ]
        owners += [
            o
            for p in tok.children
            if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from") and p.lower_ not in entry.preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        sources = [a for o in owners for a in actors_of(o, ctx)]
        if not sources and tok.dep_ == "dobj" and any(o.lower_ in ("its", "their") for o in owners):
            subj = subject_of(tok.head)  # "Washington ended its support for ..."
            sources = actors_of(subj, ctx) if subj is not None else []
        elif not sources and tok.dep_ == "pobj" and any(o.lower_ in ("its", "their") for o in owners):
            sources = _antecedent(tok, sent, ctx)  # "the backers of Sudan's army in its war with the RSF"
        objects = [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in entry.preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        on_verb = not objects and not owners and tok.dep_ == "nsubj" and "between" in entry.preps
        if on_verb:  # "Heavy clashes erupted between Sudanese troops and RSF fighters": the sides hung on the verb
            objects = list(prep_objects(tok.head, ("between",)))
        targets = [a for o in objects for a in actors_of(o, ctx)]
        if entry.kind == "membership":
            targets = [t for t in targets if t.code.startswith("IGO")]
        if sources and targets:
            pairs = [(s, t) for s in sources[:1] for t in targets]
        elif not sources and entry.symmetric and not targets and _formed_by(tok, lex):
            holders = [a for h in [subject_of(tok.head)] if h is not None for a in actors_of(h, ctx)]
            pairs = list(itertools.pairwise(holders))  # "Moscow and Beijing declared a strategic partnership"
        elif not sources and (entry.symmetric or entry.kind == "hostility") and len(targets) >= 2:
            pairs = list(itertools.pairwise(targets))  # "the alliance between Russia and Syria"
            if entry.kind in MUTUAL:  # "the alliance of Mali, Niger and Burkina Faso": each with each
                pairs = list(itertools.combinations(targets, 2))
            else:  # "the war between Russia and Ukraine" is waged both ways
                pairs += [(b, a) for a, b in pairs]
        else:
            continue
        # "withdrew its support for", "ended the alliance" end it; "has no alliance with" denies it (an ending
        # too); "did not end its support" says nothing; "Iran's support for X did not waver" denies nothing
        # "the war between Iran and Iraq ended in 1988": a relation noun as an ending verb's subject ends too;
        # "clashes did not erupt between A and B" denies the sides the verb names ("Iran's support for X did not
        # waver" denies nothing)
        # a subject ends only under an intransitive ending verb: "Russia's war against Ukraine stopped grain
        # shipments" stops the shipments, not the war; "the war ... did not end" neither ends it nor states it
        ending_verb = tok.head.lemma_.lower() in lex.ending_verbs and (
            tok.dep_ == "dobj" or (tok.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in tok.head.children))
        )
        ends = ends_of(
            entry.ends or ending_verb,
            negated(tok) or ((tok.dep_ in ("dobj", "attr") or on_verb or ending_verb) and negated(tok.head)),
        )
        if ends is None:
            continue
        anchor = clause_anchor(tok)
        for source, target in pairs:
            if source.code != target.code:
                rule = f"stative.owned.{entry.kind}"
                yield Found(source, target, entry.kind, entry.sign, rule, tok, *speaker_of(anchor, ctx), ends)
