"""Support said in a clause of its own rather than by a relation noun: "Pakistan harbours the Taliban", "Iran
armed and trained the Houthis", "the militias receive weapons from Iran", "the US provided Ukraine with tanks",
"the Houthis rely on Iran for weapons", "with Iranian backing, the Houthis ...", "Russia came to the aid of the
government", "Belarus fought on Russia's side".

Endings are read here too: "no longer harbours", "stopped arming" close the support (see ``extract``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from detente.actors import ArticleContext
from detente.data import gazetteer, schemas
from detente.events.clause import read_clause
from detente.nlp.tree import prep_objects, sentence_tokens
from detente.records import ActorRef
from detente.system.statives.accusations import (
    accusation,
    accused_one,
    accuser_of,
    accusing_verb,
    described_backed,
    of_gerund,
)
from detente.system.statives.clause import (
    clause_anchor,
    ends_of,
    holders_of,
    negated,
    speaker_of,
    subject_of,
    written_year,
)
from detente.system.statives.force_deeds import deed_purpose, force_deed, infinitive, purpose_of, sent_for
from detente.system.statives.lexicon import Found, lexicon
from detente.system.statives.parties import actor_phrase, actors_of

Pair = tuple[Token, Token]  # (backer, backed)


def supports(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """Every support a sentence says with a verb or an aid noun, backer -> backed (never within one country)."""
    words = lexicon().support
    for tok in sentence_tokens(sent):
        pairs, stopped = _pairs(tok, words)
        if not pairs:
            continue
        # "no longer harbours the Taliban", "stopped arming the Houthis" end the support; "did not stop arming"
        # says nothing
        ends = ends_of(stopped, negated(tok) or negated(tok.head))
        if ends is None or (not stopped and infinitive(tok) and read_clause(tok, sent).negated):
            continue  # "Iran refused to arm the rebels"
        deed = deed_purpose(tok) or (tok.head if infinitive(tok) and force_deed(tok.head) else None)
        if deed is not None and (negated(deed) or read_clause(deed, sent).negated):
            continue  # "NATO did not launch an intervention to defend the rebels": no deed, no support
        anchor = clause_anchor(tok)
        said = speaker_of(anchor, ctx)
        accuser = accuser_of(tok)
        if accuser is not None:  # "Congo accuses Rwanda of backing the M23": Congo's claim
            said = (next(iter(actors_of(accuser, ctx)), None), " ".join(t.text for t in accuser.subtree))
            if said[0] is None:
                continue  # an accuser we cannot code: the claim is nobody's we can name, not the author's
        elif accusation(tok):
            continue  # "Rwanda is accused of backing the M23": an unnamed accuser's claim is not the author's
        arrived = (  # a sending verb's subject sends whatever its role ("Russia deployed warplanes to support")
            sent_for(tok, words)
            and purpose_of(tok).lemma_.lower() in words.arrival_verbs
            and purpose_of(tok).lemma_.lower() not in words.send_verbs
        )
        for backer_tok, backed_tok in pairs:
            backers = actors_of(backer_tok, ctx)
            if arrived:  # "Saudi soldiers crossed into Bahrain to help": only a force arrives to help
                backers = [b for b in backers if b.role in words.arrival_roles]
            if _fought_for(tok, words):  # "North Korean troops are fighting for Russia": only a force fights for
                backers = _fighters(backer_tok, backers, tok, words, ctx)
            for backer in backers:
                for backed in _backed(backed_tok, backers, ctx):
                    if backer.country != backed.country and backed.role != "CVL":  # not "Russia trains its army"
                        yield Found(backer, backed, "support", "+", "stative.verb.support", tok, *said, ends)


def requested(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'French troops struck the rebels at the request of the Malian government', 'at Damascus's invitation': a
    military that acts at an actor's request backs it. Only a military: 'the council met at the request of
    Ukraine' is no support; nor is leaving or ending anything ('French troops left Mali at the junta's request')."""
    lex = lexicon()
    words, leaving = lex.support, lex.ending_verbs | lex.membership_ends
    for tok in sentence_tokens(sent):
        if tok.dep_ != "pobj" or tok.head.lower_ != "at" or tok.lemma_.lower() not in words.request_nouns:
            continue
        verb = tok.head.head
        acts = verb.pos_ == "VERB" and verb.lemma_.lower() not in leaving and not negated(verb)
        subj = _doer(verb, False) if acts else None
        if subj is None:
            continue
        askers = [c for c in tok.children if c.dep_ == "poss"] + _pobjs(tok, "of")
        said = speaker_of(clause_anchor(verb), ctx)
        for backer in (a for a in actors_of(subj, ctx) if a.role == "MIL"):
            for asker in (a for t in askers for a in actors_of(t, ctx)):
                if backer.country != asker.country:
                    yield Found(backer, asker, "support", "+", "stative.request.support", tok, *said)


def _backed(tok: Token, backers: list[ActorRef], ctx: ArticleContext) -> list[ActorRef]:
    """The actors a phrase backed names. A pronoun object never stands for its own clause's subject ("China and
    Russia ... have shielded it": not Russia, whatever the last actor named)."""
    found = actors_of(tok, ctx)
    if tok.tag_ == "PRP" and not tok.lower_.endswith(("self", "selves")):  # a reflexive is the subject
        own = {b.code for b in backers}
        found = [a for a in found if a.code not in own]
    return found


def works_with(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Congo's army works with Burundian troops', 'Congo accuses Rwanda of working with the M23': cooperation
    of the subject (or the accused) with the one after 'with', one way; read here beside support because it is
    said, and accused, the same way."""
    words = lexicon().cooperation.with_verbs
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words or negated(tok):
            continue
        partners = [o for o in _pobjs(tok, "with") if actor_phrase(o)]
        subj = _doer(tok, False)
        if not partners or subj is None or (infinitive(tok) and read_clause(tok, sent).negated):
            continue
        said = speaker_of(clause_anchor(tok), ctx)
        accuser = accuser_of(tok)
        if accuser is not None:
            said = (next(iter(actors_of(accuser, ctx)), None), " ".join(t.text for t in accuser.subtree))
            if said[0] is None:
                continue
        elif accusation(tok):
            continue
        for source in actors_of(subj, ctx):
            for partner in (a for p in partners for a in actors_of(p, ctx)):
                if source.code != partner.code and partner.role != "CVL":
                    yield Found(source, partner, "cooperation", "+", "stative.verb.cooperation", tok, *said)


def misread_verbs(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Iran funds and arms Hezbollah', 'Qatar funds and hosts Hamas': support verbs the parser read as nouns
    ('Iran funds' as a compound), between two names. Read on the words: a name, one or more support verbs
    joined by 'and' or commas, and a name."""
    forms, either = _verb_forms()
    toks = sentence_tokens(sent)
    i = 1
    while i < len(toks) - 1:
        run, j = [], i
        while j < len(toks) and toks[j].pos_ != "VERB" and toks[j].lower_ in either:
            run.append(toks[j])
            if j + 2 < len(toks) and toks[j + 1].lower_ in ("and", ","):
                j += 2
            else:
                j += 1
                break
        if not run or not any(t.lower_ in forms for t in run) or run[-1].i + 1 != toks[min(j, len(toks) - 1)].i:
            i += 1
            continue
        left, right = toks[i - 1], toks[j] if j < len(toks) else None
        i = j
        if right is None or not left.ent_type_ or not right.ent_type_ or left.ent_iob_ == "" or right.ent_iob_ != "B":
            continue
        if left.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON") or right.ent_type_ not in ("GPE", "ORG", "NORP"):
            continue
        start = left
        while start.ent_iob_ == "I" and start.i > sent.start:
            start = start.doc[start.i - 1]
        if start.i > sent.start and start.doc[start.i - 1].pos_ in ("ADP", "VERB", "AUX"):
            continue  # "... in Iran funds and arms flowed": the name is not the subject
        end = right
        while end.i + 1 < sent.end and end.doc[end.i + 1].ent_iob_ == "I":
            end = end.doc[end.i + 1]
        for backer in _name_actors(start, left, ctx)[:1]:
            for backed in _name_actors(right, end, ctx):
                if backer.country != backed.country and backed.role != "CVL":
                    yield Found(
                        backer, backed, "support", "+", "stative.verb.support", run[0], *speaker_of(run[0], ctx)
                    )


@cache
def _verb_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The forms of the support verbs, and of the support and joined verbs together, for ``misread_verbs``: made
    once (the statives' lexicon is loaded once and never changes), not once per sentence and twice per word."""
    words = lexicon().support
    forms = _forms(words.verbs)
    return forms, forms | _forms(words.joined_verbs)


def _forms(lemmas: list[str]) -> frozenset[str]:
    """The third-person and past forms of verbs: 'arm' -> 'arms', 'armed'; 'finance' -> 'finances', 'financed'."""
    found = set()
    for w in lemmas:
        found |= {w + "s", w + "es", w + "ed", w + "d"} if not w.endswith("e") else {w + "s", w + "d"}
    return frozenset(found)


def _name_actors(first: Token, last: Token, ctx: ArticleContext) -> list[ActorRef]:
    """The actors a name names, read from the name's own words whatever the parse made of them."""
    for tok in (last, *reversed(list(first.doc[first.i : last.i]))):
        found = actors_of(tok, ctx)
        if found:
            return found[:1]
    return []


@cache
def _support_lemmas() -> frozenset[str]:
    """Every lemma ``_pairs`` reads a support from (the statives' lexicon is loaded once and never changes)."""
    w = lexicon().support
    lists = (w.verbs, w.purpose_verbs, w.joined_verbs, w.permit_verbs, w.receive_verbs, w.give_verbs, w.rely_verbs,
             w.turn_verbs, w.help_verbs, w.purpose_for_verbs, w.recipient_nouns)  # fmt: skip
    return frozenset(x for words in (*lists, w.backing_nouns, w.side_nouns) for x in words)


def _pairs(tok: Token, words: schemas.SupportWords) -> tuple[list[Pair], bool]:
    """(backer, backed) token pairs a word states, and whether an ending verb governs it ('stopped arming')."""
    gerund = _gerund(tok)
    lemma = gerund or tok.lemma_.lower()
    if lemma not in _support_lemmas() and tok.lower_ not in words.give_nouns:
        return [], False  # no branch below reads this word: most words of a sentence, decided with one look-up
    stopped = (
        tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() in lexicon().ending_verbs
        and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.head.children)  # "ended up backing"
    )
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    verb = tok.pos_ == "VERB" or gerund is not None  # "accused of shipping shells": a gerund read as a noun
    if (verb or _verbal(tok)) and _support_verb(tok, words) and tok.dep_ != "relcl":
        subj = None if passive else _doer(tok, stopped)
        if lemma in words.purpose_for_verbs:  # "to fight for Azerbaijan", "mercenaries fighting for the junta"
            objs = [o for p in words.purpose_for_preps for o in _pobjs(tok, p) if not _city(o)]
        else:
            objs = _objects(tok) or described_backed(tok) or (_helped(tok) if lemma in words.purpose_verbs else [])
        if lemma in words.stance_verbs:  # "backed Naypyidaw's efforts to restore stability": backs Naypyidaw
            objs = [o if actor_phrase(o) else _stance_owner(o) for o in objs]
        return ([(subj, o) for o in objs if o is not None and actor_phrase(o)] if subj is not None else []), stopped
    if verb and lemma in words.permit_verbs:  # "Belarus let Russian troops use its territory"
        subj = None if passive else _doer(tok, stopped)
        allowed = [
            who
            for act in tok.children
            if act.dep_ in ("ccomp", "xcomp") and act.lemma_.lower() in words.permitted_acts
            for who in [next((c for c in act.children if c.dep_ == "nsubj"), None)
                        or next((c for c in tok.children if c.dep_ == "dobj"), None)]
            if who is not None and actor_phrase(who)
        ]  # fmt: skip
        return ([(subj, w) for w in allowed] if subj is not None else []), stopped
    if verb and lemma in words.receive_verbs:
        aid = _aid(tok, words)
        # "received weapons from France and India": each giver; "receives most of its weapons from China"
        givers = [g for a in [tok, *aid, *(o for a in aid for o in _pobjs(a, "of"))] for g in _pobjs(a, "from")]
        if not givers:  # "enjoys Rwandan support", "received Iranian missiles": the aid's owner gives it
            givers = [o for a in aid if a.lower_ not in words.fired_nouns for o in a.children
                      if o.dep_ in ("amod", "poss", "compound") and o.i < a.i
                      and (o.ent_type_ in ("NORP", "GPE") or o.dep_ == "poss")]  # fmt: skip
        givers = [c for g in givers for c in (g, *g.conjuncts)]
        subj = _doer(tok, stopped)
        return ([(g, subj) for g in givers] if aid and subj is not None else []), stopped
    if verb and lemma in words.help_verbs and not passive:  # "US troops helped the Burkinabe forces with surveillance"
        helped = [c for c in tok.children if c.dep_ == "dobj" and actor_phrase(c)]
        means = [o for h in (tok, *helped) for p in words.help_means for o in _pobjs(h, p)]
        subj = _doer(tok, stopped) if any(_is_aid(c, words) for m in means for c in (m, *m.conjuncts)) else None
        return ([(subj, h) for h in helped] if subj is not None else []), stopped
    if verb and lemma in words.give_verbs:
        aid = _aid(tok, words)
        # "gave Kyiv tanks" (a dative noun), "sent drones to Ethiopia" (the parser makes 'to' the dative at times)
        datives = [c for c in tok.children if c.dep_ == "dative"]
        takers = [d for d in datives if d.pos_ != "ADP"] + [o for d in datives if d.pos_ == "ADP" and d.lower_ == "to"
                                                             for o in d.children if o.dep_ == "pobj"]  # fmt: skip
        takers += _pobjs(tok, "to")
        if any(a.dep_ == "pobj" and a.head.lower_ == "with" for a in aid):  # "provided Ukraine with tanks"
            takers += [c for c in tok.children if c.dep_ == "dobj" and actor_phrase(c)]
        subj = None if passive else _doer(tok, stopped)
        return ([(subj, t) for t in takers] if aid and subj is not None else []), stopped
    if verb and (lemma in words.rely_verbs or lemma in words.turn_verbs):  # "the Houthis rely on Iran for weapons"
        aid = [o for o in _pobjs(tok, "for") if _is_aid(o, words)]
        subj = _doer(tok, stopped)
        givers = _pobjs(tok, "on" if lemma in words.rely_verbs else "to")  # "turned to Russia for assistance"
        if lemma in words.rely_verbs and not aid:  # "relied on Rwandan troops to fight the insurgents"
            aid = [c for h in (tok, *givers) for c in h.children if _purpose(c, words.rely_purposes)]
        return ([(g, subj) for g in givers] if aid and subj is not None else []), stopped
    if tok.pos_ == "NOUN" and tok.lower_ in words.give_nouns:  # "Iran's supply of drones to Russia"
        aid = [c for c in tok.children if c.dep_ == "compound" and c.lower_ in words.aid_nouns]
        aid += [o for o in _pobjs(tok, "of") if _is_aid(o, words)]
        owners = [c for t in [tok, *aid] for c in t.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                  and c.i < t.i]  # fmt: skip
        owners = [o for o in owners if o.lower_ not in words.aid_nouns and actor_phrase(o)]  # "Iranian weapons"
        return ([(o, t) for o in owners[:1] for t in _pobjs(tok, "to")] if aid else []), False
    if tok.pos_ == "NOUN" and lemma in words.recipient_nouns:  # "the largest recipient of US military aid"
        # "the biggest recipient of Russian drones": fired munitions with only their owner's name give no support
        aid = [o for o in _pobjs(tok, "of") if _is_aid(o, words) and o.lower_ not in words.fired_nouns]
        givers = [o for a in aid for o in a.children if o.dep_ in ("amod", "compound", "poss", "nmod") and o.i < a.i
                  and (o.ent_type_ in ("NORP", "GPE") or o.dep_ == "poss")]  # fmt: skip
        return [(g, h) for g in givers for h in holders_of(tok)], False
    if tok.pos_ == "NOUN" and lemma in words.backing_nouns and tok.dep_ == "pobj":
        return _backing(tok), False
    if tok.pos_ == "NOUN" and lemma in words.side_nouns and tok.dep_ == "pobj" and tok.head.lower_ == "on":
        owners = [c for c in tok.children if c.dep_ == "poss"] + _pobjs(tok, "of")
        subj = subject_of(tok.head.head) if tok.head.head.pos_ in ("VERB", "AUX") else None
        return ([(subj, o) for o in owners] if subj is not None else []), False
    return [], False


def _purpose(clause: Token, purposes: list[str]) -> bool:
    """'to fight the insurgents': an infinitive of one of ``purposes`` hanging from the verb or the one relied on."""
    return (
        clause.dep_ in ("advcl", "xcomp", "relcl", "acl")
        and clause.lemma_.lower() in purposes
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
    )


def _verbal(tok: Token) -> bool:
    """A verb, or a word the parser mistook for something else but gave a verb's subject and object ('China and
    Russia back Serbia', where 'back' is read as an adposition)."""
    if tok.pos_ == "VERB":
        return True
    deps = {c.dep_ for c in tok.children}
    return tok.dep_ == "ROOT" and "nsubj" in deps and "dobj" in deps and tok.tag_ not in ("NNP", "NNPS")


def _gerund(tok: Token) -> str | None:
    """The support verb of a gerund the parser read as a noun after a preposition ('accused of shipping shells to
    Russia', 'shipping' a noun): its lemma, found by undoing '-ing' ('shipping' -> 'ship', 'financing' ->
    'finance'); None for any other word."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pcomp" or not tok.lower_.endswith("ing"):
        return None
    stem = tok.lower_[:-3]
    for lemma in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if lemma in _support_lemmas():
            return lemma
    return None


def _support_verb(tok: Token, words: schemas.SupportWords) -> bool:
    """A support verb, or one that supports only beside one ('Qatar funds and hosts Hamas', not 'Qatar hosted the
    talks')."""
    lemma = _gerund(tok) or tok.lemma_.lower()
    if lemma in words.verbs:
        return True
    if (lemma in words.purpose_verbs or lemma in words.purpose_for_verbs) and sent_for(tok, words):
        return True  # "sent mercenaries to help the army", "crossed into Bahrain to help its rulers"
    if (
        lemma in words.purpose_for_verbs
        and tok.dep_ in ("acl", "ROOT", "conj", "ccomp")
        and _fought_for_side(tok, words)
    ):
        return True  # "North Korean troops are fighting for Russia", "Russian mercenaries fighting for the junta"
    if lemma not in words.joined_verbs:
        return False
    return any(c.lemma_.lower() in words.verbs and c.pos_ == "VERB" for c in tok.conjuncts)


def _fought_for_side(verb: Token, words: schemas.SupportWords) -> bool:
    return any(_pobjs(verb, p) for p in words.purpose_for_preps)


def _fought_for(verb: Token, words: schemas.SupportWords) -> bool:
    """A 'fight for' read of the verb's own subject (not 'sent mercenaries to fight for', the sender's)."""
    return (_gerund(verb) or verb.lemma_.lower()) in words.purpose_for_verbs and not sent_for(verb, words)


def _fighters(
    subj: Token, backers: list[ActorRef], verb: Token, words: schemas.SupportWords, ctx: ArticleContext
) -> list[ActorRef]:
    """Who fights for a side as its backer: a state's forces or an armed group, not its nationals ('Many Britons
    fought for Israel') nor hired or volunteer fighters ('Colombian mercenaries are fighting for the RSF'); and a
    fight dated to a year before the article's is history ('fought for Israel in 1948')."""
    if subj.lemma_.lower() in words.irregular_fighters or subj.lower_ in words.irregular_fighters:
        return []
    dated = [t for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree if t.ent_type_ == "DATE"]
    years = [y for t in dated if (y := written_year(t)) is not None]
    if ctx.date is not None and any(y < ctx.date.year for y in years):
        return []
    armed = lexicon().allegiance
    return [
        b
        for b in backers
        if b.role in words.arrival_roles
        or b.role in armed.group_roles
        or b.code.startswith(tuple(armed.group_prefixes))
    ]


def _city(tok: Token) -> bool:
    """A place name that is no country ('fighting for Kyiv' is a battle for the city, not for Ukraine's government,
    which the capital stands for elsewhere)."""
    g = gazetteer()
    return tok.ent_type_ in ("GPE", "LOC", "FAC") and tok.text not in g.country_names and tok.text not in g.demonyms


def _helped(verb: Token) -> list[Token]:
    """'to help Bahrain's rulers end the protests': the helped is the subject of the clause the help is for."""
    return [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]


def _backing(tok: Token) -> list[Pair]:
    """'The Houthis, with Iranian backing, ...', 'with the support of Russia, Assad ...' (the owner backs the
    clause's subject); 'Russia intervened in support of Assad', 'came to the aid of the government' (the subject
    backs the one named after 'of'). Not 'with support for the resolution': support aimed at something."""
    verb = tok.head.head
    credited = tok.head.lower_ == "to" and verb.lower_ in lexicon().support.credit_words
    if credited:  # "survived thanks to Russian support": the subject of the verb the credit hangs on
        verb = verb.head
    if tok.head.lower_ == "with" or credited:
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i < tok.i]
        owners += [k for c in owners for k in c.conjuncts]  # "Russian and Iranian support"
        owners += [o for o in _pobjs(tok, "of") if actor_phrase(o)]
        aimed = any(p.dep_ == "prep" and p.lower_ in ("for", "to") for p in tok.children)
        # "the Houthis, with Iranian backing,"; "crossed into Somalia to pursue the militants with the backing of X":
        # the subject of the verb the purpose clause is of
        subj = _doer(verb, False) if verb.pos_ in ("VERB", "AUX") else verb
        return [] if subj is None or aimed else [(o, subj) for o in owners]
    if tok.head.lower_ in ("in", "to") and verb.pos_ == "VERB" and verb.i < tok.i:
        subj = subject_of(verb)
        return [] if subj is None else [(subj, o) for o in _pobjs(tok, "of") if actor_phrase(o)]
    return []


def _doer(verb: Token, stopped: bool) -> Token | None:
    """The subject of a verb, of the first of coordinated verbs ('Iran armed, funded and trained ...'), of the
    ending verb that governs it ('Iran stopped arming ...'), of the verb whose infinitive it is ('Iran continues
    to arm', 'Russia sent troops to prop up'; not 'the US urged Germany to arm', where the object would do it),
    or the accused ('Rwanda is accused of backing', 'Congo accuses Rwanda of backing')."""
    deed = deed_purpose(verb)
    subj = subject_of(verb) if deed is None else subject_of(deed)  # "launched airstrikes to defend": who launched
    first = verb
    while subj is None and first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
        subj = subject_of(first)
    head = first.head
    if subj is None and stopped:
        subj = subject_of(verb.head)
    elif subj is None and infinitive(first) and head.pos_ == "VERB":
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        words = lexicon().support
        sends = head.lemma_.lower() in (*words.send_verbs, *words.arrival_verbs) or force_deed(head)
        if not objects or sends:
            subj = subject_of(head)
        if subj is None and head.dep_ == "pcomp" and head.head.lower_ == "of" and accusing_verb(head.head.head):
            subj = accused_one(head.head.head)  # "accused Turkey of sending mercenaries to help"
    elif subj is None and of_gerund(first) and head.lower_ == "of" and accusing_verb(head.head):
        subj = accused_one(head.head)
    return subj


def _stance_owner(noun: Token) -> Token | None:
    """'backs Belgrade's refusal', 'backed the UAE's call for talks': the named owner of the stance backed."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ and actor_phrase(c)), None)


def _objects(verb: Token) -> list[Token]:
    """A verb's direct objects, or those of the last coordinated verb when they share them ('armed and trained
    the Houthis'); not across a conjunct with its own subject ('Iran armed Hamas and Qatar hosted them')."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if objs:
        return objs
    for conj in (c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return []
        objs = [c for c in conj.children if c.dep_ == "dobj"]
        if objs:
            return objs
    return []


def _aid(verb: Token, words: schemas.SupportWords) -> list[Token]:
    """The aid a verb gives or receives: its object ('weapons', 'billions of dollars in aid') or what comes after
    'in' or 'with' ('received billions in military aid', 'provided Ukraine with tanks')."""
    found = [o for o in verb.children if o.dep_ == "dobj" and _is_aid(o, words)]
    found += [o for p in ("in", "with") for o in _pobjs(verb, p) if _is_aid(o, words)]
    return found


def _is_aid(noun: Token, words: schemas.SupportWords) -> bool:
    """An aid noun, or an amount of one ('billions of dollars in aid', 'shipments of weapons')."""
    if noun.lower_ in words.aid_nouns:
        return True
    return any(o.lower_ in words.aid_nouns for p in ("of", "in") for o in _pobjs(noun, p))


def _pobjs(tok: Token, prep: str) -> list[Token]:
    """The objects of one preposition of a token, a passive's "by" (agent) included."""
    return list(prep_objects(tok, (prep,), ("prep", "agent")))
