"""Membership verbs: "Montenegro joined NATO", "belongs to the EU", and its endings, "Britain left the EU" (membership
nouns and "the Russian-led CSTO" are read by ``nouns`` and ``hyphens``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from detente.actors import ArticleContext
from detente.nlp.tree import prep_objects, sentence_tokens
from detente.records import ActorRef
from detente.system.rule_names import ALLEGIANCE_RULE
from detente.system.statives.clause import RELATIVE, ends_of, listing_prep, negated, speaker_of, subject_of
from detente.system.statives.lexicon import Found, lexicon, lookup
from detente.system.statives.parties import actors_of, bodies_of, members_of
from detente.system.statives.referents import latest_body_mention


def memberships(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Montenegro joined NATO', 'Britain will leave the EU': membership of an international body."""
    lex = lexicon()
    for tok in sentence_tokens(sent):
        lemma = tok.lemma_.lower()
        if lemma not in lex.membership or tok.pos_ != "VERB":
            continue
        dobjs = [c for c in tok.children if c.dep_ == "dobj"]
        if tok.dep_ == "relcl" and any(d.lower_ in RELATIVE for d in dobjs):
            dobjs = [tok.head]  # "NATO, which Finland joined in 2023": the body the clause describes
        if lemma in lex.membership_objects:  # "contributes troops to the AU mission": the troops are no body
            if not any(d.lemma_.lower() in lex.membership_objects[lemma] or d.lower_ in lex.membership_objects[lemma]
                       for d in dobjs):  # fmt: skip
                continue
            dobjs = []
        preps = lex.membership_preps.get(tok.lemma_.lower(), ())
        objs = dobjs + [
            o
            for p in _preps(tok)
            if p.lower_ in preps and not dobjs  # not "withdrew its troops from the AU mission"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        bodies = [a for o in objs for a in bodies_of(o, ctx)]
        if (
            not bodies and lemma in lex.membership_named
        ):  # "formed their own confederation, the Alliance of Sahel States"
            bodies = [a for o in objs for c in o.children if c.dep_ == "appos" for a in bodies_of(c, ctx)]
        subj = subject_of(tok)
        if subj is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            subj = subject_of(tok.head)  # "The three countries, each ruled by a junta, have formed ..."
        # a state, a body or a state's government or military is a member ("Syrian refugees entered the EU" none)
        members = [a for a in (actors_of(subj, ctx) if subj is not None else []) if a.role in lex.member_roles or
                   a.role is None]  # fmt: skip
        if not bodies and lemma in lex.membership_join_in:  # "joining Brazil and India in the bloc": all are members
            bodies = [a for p in _preps(tok) if p.lower_ == "in" for o in p.children for a in bodies_of(o, ctx)]
            members += members_of(dobjs, ctx) if bodies else []
        if not bodies and lemma in lex.membership_bare and _bare(tok):  # "Slovenia, which joined in 2004"
            bodies = _joined_body(tok, ctx)
        if not bodies and lemma in lex.membership_body_first and subj is not None:  # "ECOWAS suspended Mali"
            bodies = bodies_of(subj, ctx)
            members = members_of(dobjs, ctx) if bodies else []
        ends = ends_of(lemma in lex.membership_ends, negated(tok))  # "left NATO", "has not joined NATO" end it
        if ends is None:
            continue  # "did not leave the EU"
        sign = lex.membership[lemma]
        if not bodies and lemma in lex.membership_coalition:
            yield from _coalition(tok, objs, members, ctx, ends)
            continue
        for member in members:
            for body in bodies:
                yield Found(member, body, "membership", sign, "stative.membership", tok, *speaker_of(tok, ctx), ends)


def _coalition(
    verb: Token, objs: list[Token], members: list[ActorRef], ctx: ArticleContext, ends: bool
) -> Iterator[Found]:
    """'Britain joined Operation Prosperity Guardian, a US-led naval coalition': a coalition under one state's command
    is that state's military (docs/conventions.md), so the joiner cooperates with it. Only an object that is a
    coalition noun or has one in apposition, and only what it resolves to that is a state's military."""
    nouns = lexicon().coalition_nouns
    for obj in objs:
        appos = [c for c in obj.children if c.dep_ == "appos"]
        if not any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in (obj, *appos)):
            continue
        leaders = [a for t in (obj, *appos) for a in actors_of(t, ctx) if a.code.endswith("MIL") and len(a.code) == 6]
        for member in members:
            for leader in leaders:
                if member.code[:3] != leader.code[:3]:
                    yield Found(
                        member, leader, "cooperation", "+", "stative.coalition", verb, *speaker_of(verb, ctx), ends
                    )


def allegiances(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'The Maute group, which has pledged allegiance to Islamic State': an armed group that swears allegiance to
    another armed group is its member (as "al-Qaeda's affiliate" is, ``nouns``); a state or a person swearing
    allegiance to a ruler is no membership, so both sides must be armed groups."""
    words = lexicon().allegiance
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words.verbs:
            continue
        oaths = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in words.nouns]
        heads = [tok, *oaths]  # "pledged allegiance to X": the parser hangs "to" on the noun or on the verb
        bodies = [a for o in _prep_objects_of(heads, words.preps) for a in actors_of(o, ctx) if _armed_group(a)]
        subj = subject_of(tok)
        if not oaths or not bodies or subj is None:
            continue
        ends = ends_of(False, negated(tok))
        if ends is None:
            continue
        for member in (a for a in actors_of(subj, ctx) if _armed_group(a)):
            for body in bodies:
                if member.code != body.code:
                    yield Found(member, body, "membership", "+", ALLEGIANCE_RULE, tok, *speaker_of(tok, ctx), ends)


def _joined_body(verb: Token, ctx: ArticleContext) -> list[ActorRef]:
    """The body a bare 'joined' joined: the latest named before it, only where the article named it as something
    joined or held as a member ('Croatia became the 28th member of the EU. Slovenia, which joined in 2004'): its
    name's head or the head's head a joining verb or a membership noun. 'The EU agreed sanctions on Iran. The US
    joined on Tuesday' joined the sanctions, not the EU."""
    mention = latest_body_mention(verb, ctx)
    if mention is None:
        return []
    lex = lexicon()
    head = mention[1].root.head
    for word in (head, head.head):
        entry = lookup(word, lex.nouns) if word.pos_ in ("NOUN", "PROPN") else None
        joining = word.pos_ == "VERB" and word.lemma_.lower() in lex.membership_bare
        if joining or (entry is not None and entry.kind == "membership" and not entry.ends):
            return [mention[0]]
    return []


def _bare(verb: Token) -> bool:
    """A verb told with nothing but its subject and a time ('which joined in 2004', 'joined last year'): no object,
    no clause, no preposition but of a date ('joined in condemning', 'joined the talks' name what was joined)."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl", "dative", "prt", "attr") for c in verb.children):
        return False
    objs = [o for p in _preps(verb) for o in p.children if o.dep_ in ("pobj", "pcomp")]
    return all(o.ent_type_ == "DATE" for o in objs)


def _armed_group(actor: ActorRef) -> bool:
    words = lexicon().allegiance
    return actor.code.startswith(tuple(words.group_prefixes)) or actor.role in words.group_roles


def _of_verb(verb: Token, of_verbs: list[str]) -> bool:
    """'made up of', 'composed of': the verb's lemma with the particle its entry names, if any ('made use of' is
    no listing)."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return any(e.split()[0] == lemma and set(e.split()[1:]) <= particles for e in of_verbs)


def _prep_objects_of(heads: list[Token], preps: list[str]) -> list[Token]:
    return [o for h in heads for o in prep_objects(h, preps)]


def _preps(verb: Token) -> list[Token]:
    """The prepositions of a verb, through 'out' ('pulled out of ECOWAS': the parser hangs 'of' on 'out')."""
    found = [p for p in verb.children if p.dep_ == "prep"]
    return found + [q for p in found if p.lower_ == "out" for q in p.children if q.dep_ == "prep"]


def rosters(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """A body's members listed by the body: 'the Arab League, which includes Egypt', 'the ASEAN member states,
    including Vietnam', 'NATO, of which Turkey is a member', 'Poland is an EU and NATO member'."""
    words = lexicon().rosters
    for tok in sentence_tokens(sent):
        lemma = tok.lemma_.lower()
        if tok.dep_ == "prep" and listing_prep(tok, words.preps):
            bodies = _bodies_of_members(tok.head, ctx, words.member_nouns)
            listed = [c for c in tok.children if c.dep_ == "pobj"]
        elif tok.pos_ == "VERB" and lemma in words.verbs:
            subj = subject_of(tok)
            bodies = _bodies_of_members(subj, ctx, words.member_nouns) if subj is not None else []
            listed = [c for c in tok.children if c.dep_ == "dobj"]
        elif tok.pos_ == "VERB" and _of_verb(tok, words.of_verbs) and any(c.lower_ == "of" for c in tok.children):
            subj = subject_of(tok)  # "the bloc, made up of A and B" (the noun described), "is composed of"
            bodies = _bodies_of_members(subj, ctx, words.member_nouns) if subj is not None else []
            listed = list(prep_objects(tok, ("of",)))
        elif tok.lower_ in words.member_nouns and tok.pos_ == "NOUN":
            yield from _member_of_which(tok, ctx)
            continue
        else:
            continue
        ends = ends_of(False, negated(tok) if tok.pos_ == "VERB" else False)
        if ends is None or not bodies:
            continue
        for member in members_of(listed, ctx):
            for body in bodies:
                yield Found(
                    member, body, "membership", "+", "stative.roster.membership", tok, *speaker_of(tok, ctx), ends
                )


def _bodies_of_members(head: Token, ctx: ArticleContext, member_nouns: list[str]) -> list[ActorRef]:
    """The body whose members a listing hangs from: 'the ASEAN member states, including', 'members of NATO,
    including', 'the EU, including' (the EU's members)."""
    own = bodies_of(head, ctx)
    if own or head.lower_ not in member_nouns:
        return own
    owners = [c for c in head.children if c.dep_ in ("compound", "poss", "nmod", "amod") and c.i < head.i]
    owners += prep_objects(head, ("of",))
    if any(o.lower_ in lexicon().relative_possessives for o in owners) and head.head.dep_ == "relcl":
        owners.append(head.head.head)  # "The bloc, whose members include Nigeria": the noun the clause describes
    return [a for o in owners for a in bodies_of(o, ctx)]


def _member_of_which(noun: Token, ctx: ArticleContext) -> Iterator[Found]:
    """'NATO, of which Turkey is a member' (the body is what the relative clause describes) and 'Poland is an
    EU and NATO member' (the body conjoined before the member noun)."""
    if noun.lemma_.lower() != "member" or noun.dep_ not in ("attr", "conj"):
        return
    if noun.dep_ == "conj":  # "an EU and NATO member": the parser makes 'member' a conjunct of 'EU'
        first = noun.head
        if first.dep_ != "attr" or first.head.lemma_.lower() not in lexicon().copulas:
            return
        copula = first.head
        named = [first, *(c for c in noun.children if c.dep_ == "compound")]
        bodies = [a for t in named for a in bodies_of(t, ctx)]
    else:
        copula = noun.head
        if copula.dep_ != "relcl" or copula.lemma_.lower() not in lexicon().copulas:
            return
        # the parser hangs a fronted "of which" on the copula as a preposition or as a bare dependent
        of_which = [o for o in prep_objects(copula, ("of",), ("prep", "dep")) if o.lower_ in ("which", "whom")]
        bodies = bodies_of(copula.head, ctx) if of_which else []
    subj = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not bodies or subj is None:
        return
    ends = ends_of(False, negated(copula))
    if ends is None:
        return
    for member in actors_of(subj, ctx):
        for body in bodies:
            yield Found(
                member, body, "membership", "+", "stative.roster.membership", noun, *speaker_of(copula, ctx), ends
            )
