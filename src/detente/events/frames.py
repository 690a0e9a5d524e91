"""Whether a verb pattern fits a clause, and which words fill its target slots.

A pattern (``data/verbs/*.yaml``) names a lemma, an optional particle and constraints on
the object, an object predicate, a to-infinitive, a reported finite clause (``clause``:
``reports_clause``), a condition or words of the clause; ``match_verb`` checks them and
``slot_tokens`` reads the slots ("dobj", "prep:to", "dative", ...).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from detente.actors.phrases import lemma_in
from detente.data import clauses
from detente.data.schemas import VerbPattern
from detente.events.patterns import particle_of
from detente.events.tree import (
    a_time,
    conjuncts,
    direct_objects,
    ended_by_governor,
    has_particle,
    held_part,
    prep_parties,
    role_site,
    site_holders,
    subjects,
)
from detente.nlp.memo import per_token
from detente.nlp.tree import QUOTE_MARKS, TIME_LABELS, prep_objects


def _lemmas(tokens: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def own_words(tok: Token) -> set[str]:
    """A predicate's own words: its head and the head's modifiers, not what an 'of' phrase names ("a victim of
    sabotage" is no saboteur): the judged words of ``judged_complements`` are read so."""
    return _lemmas([tok, *[c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]])


def phrase_words(tok: Token) -> set[str]:
    """A noun phrase's telling words: its own words (``own_words``) and what an 'of' phrase names ("a heinous act of
    war" -> act, heinous, war; "20 trucks of humanitarian aid" -> truck, aid, humanitarian)."""
    named = [
        t
        for pobj in prep_objects(tok, ("of",))
        for t in (pobj, *(c for c in pobj.children if c.dep_ in ("amod", "compound")))
    ]
    return own_words(tok) | _lemmas(named)


def _complement_target(
    verb: Token, words: list[str] | frozenset[str], words_of: Callable[[Token], set[str]] = phrase_words
) -> tuple[bool, list[Token] | None]:
    """'calls the rebels terrorists': the object predicate, and the object it is said of."""
    wanted = set(words)
    for child in verb.children:
        if child.dep_ in ("oprd", "attr", "acomp", "ccomp", "xcomp") and words_of(child) & wanted:
            return True, _name_folded_into(verb, child)
        if _as_predicate(child, wanted, words_of):
            return True, None
        if child.dep_ == "dobj" and any(_as_predicate(c, wanted, words_of) for c in child.children):
            return True, None  # "labeled the plan as a disaster": the small model may hang "as" on the object
        if child.dep_ == "dobj" and _lemmas([child]) & wanted:
            # the small model reads "the rebels terrorists" as one noun phrase: its modifier is the target
            inner = [
                c for c in child.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN")
            ]
            return True, inner or None
    return False, None


def _as_predicate(prep: Token, wanted: set[str], words_of: Callable[[Token], set[str]]) -> bool:
    """'labeled the plan as a disaster', 'branded the vote as illegal': an "as" phrase whose object is a wanted
    predicate."""
    if prep.dep_ != "prep" or prep.lower_ != "as":
        return False
    # "as inadequate": the small model hangs a lone adjective on "as" as its modifier, not its object
    said = [p for p in prep.children if p.dep_ == "pobj" or (p.dep_ in ("amod", "acomp") and p.pos_ == "ADJ")]
    return any(words_of(p) & wanted for p in said)


def _name_folded_into(verb: Token, predicate: Token) -> list[Token] | None:
    """The object the small model folded into the object predicate: "called [the World Trade Organization]
    [obsolete]" comes back as one noun phrase headed by the predicate, the name its compound modifiers and no
    object on the verb. The name (its last word, the head of the name) is the target; None where the verb has an
    object of its own or the predicate holds no name ("called the decision a mistake": "decision" is no name)."""
    if predicate.dep_ != "oprd" or direct_objects(verb):
        return None
    names = [c for c in predicate.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return names[-1:] or None


def judged_complements(pattern_id: str) -> frozenset[str]:
    """The judgement words a 'call X Y' pattern also takes as its object predicate (``calls.judged`` in
    clauses.yaml): the word classes the statement reader judges with ("called the plan foolish" judges as "said
    the plan was foolish" does), so one list of English judgement words serves both readers."""
    if pattern_id not in clauses().calls.judged:
        return frozenset()
    return _judgement_words()


@cache
def _judgement_words() -> frozenset[str]:
    """The union of ``calls.judged_classes``, built once: clauses.yaml is read once per process, and every 'call X
    Y' pattern tried on every verb asks for the same words."""
    return frozenset().union(*(clauses().saying_class(name) for name in clauses().calls.judged_classes))


def quoted_predicate(verb: Token) -> set[str]:
    """The words of a quoted object predicate: "called the plan \u201ca betrayal of voters\u201d", "called violence
    \"unacceptable\"". The small model hangs quoted words anywhere (an object's modifier, a later verb's object), so
    the quote is read by position: it opens right after the verb's object (only an article between), and its words
    up to the closing mark are the predicate (lemmas and lowercase words). None for a naming use ("a group called
    'X'": the participle modifies a noun) or with no object before the quote ("said 'it is shameful'")."""
    if verb.dep_ in ("acl", "amod", "relcl") and verb.tag_ == "VBN":
        return set()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")] or direct_objects(verb)
    if not objects:
        return set()
    doc = verb.doc
    last = max(objects, key=lambda o: o.i)
    start, phrase = (last.i, {t.i for t in last.subtree}) if last.i > verb.i else (verb.i, set())
    # a phrase of the verb between object and quote ('called violence by the police "unacceptable"')
    phrase |= {t.i for c in verb.children if c.dep_ == "prep" and c.i > start for t in c.subtree}
    at = start + 1
    while at < len(doc) and doc[at].text not in QUOTE_MARKS:
        tok = doc[at]
        if tok.dep_ != "det" and (tok.i not in phrase or tok.text in (",", ";") or tok.dep_ == "relcl"):
            return set()  # the quote is no predicate of this object: a clause of its own, a later phrase
        at += 1
    if at >= len(doc) or at >= verb.sent.end:
        return set()
    words: set[str] = set()
    for tok in doc[at + 1 : verb.sent.end]:
        if tok.text in QUOTE_MARKS:
            break
        words |= {tok.lemma_.lower(), tok.lower_}
    return words


ANY_INFINITIVE = "*"


def is_to_infinitive(tok: Token) -> bool:
    """A to-infinitive complement ("urged Iran *to release* ..."), not a clause ("asked whether ...")."""
    return tok.dep_ == "xcomp" and is_infinitive(tok)


def is_infinitive(tok: Token) -> bool:
    """A verb marked by "to": a complement ("urged Iran to release") or a noun's ("the decision to strike")."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _xcomp_fits(verb: Token, words: list[str]) -> bool:
    """Whether the verb has a complement the pattern wants. ``*`` is any to-infinitive said of the verb's own
    object ("asked the police to be more careful"): object control, which makes ask, press or encourage an appeal
    whatever the addressee is asked to do; without an object of its own ("asked to comment") it is no appeal. A
    complement in the passive is done to the subject, not by it: "declined to be identified" asks anonymity, it
    declines no comment ("declined to identify the suspects" does)."""
    for c in verb.children:
        passive = any(x.dep_ == "auxpass" for x in c.children)
        if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in words and not passive:
            return True
        if _purpose_of_object(verb, c) and c.lemma_.lower() in words and not passive:
            return True
        if ANY_INFINITIVE in words and is_to_infinitive(c) and (direct_objects(verb) or prep_parties(verb, "on")):
            return True
    return False


def for_clause(verb: Token) -> tuple[list[Token], Token] | None:
    """'called for May to step down', 'called for the US to respect the deal': the addressee of the appeal is the
    subject of the for-clause and what it is asked to do is its to-infinitive, as in 'called on May to step down'
    (``calls.for_clause_verbs``). The small model parses it two ways: "for" a preposition of the verb with the
    addressee its object and the infinitive the verb's ``xcomp``, or "for" the mark of an infinitive clause
    (``advcl``) whose subject is the addressee. None for a passive clause ("called for sanctions to be lifted":
    no addressee is asked to act) or none of these shapes ("called for talks")."""
    for c in verb.children:
        if c.dep_ == "advcl" and is_infinitive(c) and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"]
            # "calls for the US-led alliance to reconsider": the small model may hang the subject on "for" as its object
            subj = [s for s in c.children if s.dep_ == "nsubj"] or [p for p in marks[0].children if p.dep_ == "pobj"]
            passive = any(x.dep_ in ("auxpass", "nsubjpass") for x in c.children)
            if subj and not passive and subj[0].i < c.i:
                return conjuncts(subj[0]), c
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        pobj = [p for p in prep.children if p.dep_ == "pobj"]
        infinitives = [x for x in verb.children if is_to_infinitive(x) and x.i > prep.i]
        if not pobj or not infinitives or any(x.dep_ == "auxpass" for x in infinitives[0].children):
            continue
        if infinitives[0].left_edge.i == pobj[0].right_edge.i + 1:  # "for May to step down": adjacent
            return conjuncts(pobj[0]), infinitives[0]
    return None


def for_clause_not_sources(verb: Token, pattern: VerbPattern) -> list[str] | None:
    """The source roles a pattern read through the for-clause may not have (``calls.for_clause_not_sources``):
    a crowd's "called for French troops to leave" is its demand, which annotators code 10, not an appeal."""
    words = clauses().calls
    particle = particle_of(pattern)
    if pattern.verb not in words.for_clause_verbs or not particle or has_particle(verb, particle):
        return None
    return list(words.for_clause_not_sources) or None


def _purpose_of_object(verb: Token, clause: Token) -> bool:
    """A to-infinitive the small model hangs on the verb as a purpose clause (``advcl``) where the verb has an
    object and the infinitive no subject of its own: "called Merkel *to discuss* the budget", "asked Iran *to
    help*" read as "in order to". What the object is asked or called for is the same either way, so a pattern's
    listed complement fits it; with no object ("called to discuss") or a subject ("called so that they discuss")
    it does not."""
    return (
        clause.dep_ == "advcl"
        and is_infinitive(clause)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
        and bool(direct_objects(verb))
    )


def reported_clauses(verb: Token) -> list[Token]:
    """The finite clauses a verb reports, with a verb of their own: "denied *that its troops crossed*", "denied
    *there was a deal*", "denied it was over", and progressive ones, which are finite too ("denied that its envoy
    *was disparaging* the EU"). A to-infinitive is none ("denied to comment"), nor a question ("denied what ...").
    Gerunds ("denied being a spy", "denied having insulted", "denied making a request": on train personal denials
    the annotators left uncoded, 0 of 4 right) are kept out by the dependency: the small parse hangs them as
    ``xcomp``, never ``ccomp``; a gerund it should hang as ``ccomp`` is still refused by ``_bare_gerund``."""
    found = []
    for c in verb.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX") or _bare_gerund(c):
            continue
        if is_infinitive(c) or any(w.tag_ in ("WDT", "WP", "WRB") for w in c.children):
            continue
        found.append(c)
    return found


def _bare_gerund(clause: Token) -> bool:
    """A gerund with no subject and no finite auxiliary ("being a spy", "having insulted"): no clause of its own,
    whereas a progressive ("its envoy was disparaging") has both and is finite."""
    if any(w.dep_ in ("nsubj", "nsubjpass", "expl") for w in clause.children):
        return False
    auxes = [w for w in clause.children if w.dep_ in ("aux", "auxpass")]
    return (clause.tag_ == "VBG" and not auxes) or (bool(auxes) and all(w.tag_ == "VBG" for w in auxes))


def reports_clause(verb: Token) -> bool:
    """Whether the verb reports a finite clause (``reported_clauses``) and is not itself a bare conjunct of another
    verb's reported clause: in "told reporters that his country would not accept ultimatums and denied that ...",
    the small parse hangs "denied" on "accept", whose subject it then shares ("his country", not the envoy who
    denied); which clause such a conjunct belongs to is a guess of the parse, and so is its doer."""
    return bool(reported_clauses(verb)) and not _conjunct_of_reported_clause(verb)


def _conjunct_of_reported_clause(verb: Token) -> bool:
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    head = verb
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    return head is not verb and head.dep_ == "ccomp"


CONDITION_DEPS = {"ccomp", "xcomp", "advcl", "conj"}


def conditions(verb: Token, marks: list[str]) -> list[Token]:
    """The conditional clauses ("if X crossed the border", "unless it is more open") of a verb or of the clause it
    reports ("warned that Y would follow if ..."), not those of a relative clause or another sentence part."""
    found: list[Token] = []
    todo, depth = [verb], 0
    while todo and depth < 3:
        nxt = []
        for head in todo:
            for c in head.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                    found.append(c)
                elif c.dep_ in CONDITION_DEPS and c.pos_ in ("VERB", "AUX"):
                    nxt.append(c)
        todo, depth = nxt, depth + 1
    return found


# What ``match_verb`` reads of the verb alone, whichever pattern it tries: kept once per verb and doc (``nlp.memo``),
# since a verb is tried against every pattern of its lemma, each of which read them again (issue 13: the subtree's
# words were the largest such read, once per pattern with a ``context``)
PHRASAL_KEY = "detente_frames_phrasal"
OBJECT_WORDS_KEY = "detente_frames_object_words"
CLAUSE_WORDS_KEY = "detente_frames_clause_words"
LENT_WORDS_KEY = "detente_frames_lent_words"


def _phrasal(verb: Token) -> bool:
    """Whether the verb has a particle ("backed down"): a pattern without one must not fit it, and the answer is the
    verb's alone, whatever pattern asks, so it is kept per verb."""
    return any(c.dep_ == "prt" for c in verb.children)


def _object_words(verb: Token) -> frozenset[str]:
    """The telling words of the verb's direct objects (``phrase_words``), all together."""
    return frozenset(set().union(*map(phrase_words, direct_objects(verb))))


def _clause_words(verb: Token) -> frozenset[str]:
    """Every word of the verb's subtree, by lemma and as written (a pattern's ``context``)."""
    return frozenset(_lemmas(list(verb.subtree)))


def _lent_words(verb: Token) -> frozenset[str]:
    """A lent doer's words (``lent_doer_words``), frozen so that the answer kept for every pattern of the verb's
    lemma cannot be changed by one of them."""
    return frozenset(lent_doer_words(verb))


def match_verb(verb: Token, pattern: VerbPattern) -> tuple[bool, list[Token] | None]:
    """Whether the pattern's constraints hold; the second value overrides the target slots when set."""
    particle = particle_of(pattern)
    override: list[Token] | None = None
    asked: Token | None = None  # the clause of "called for Y to do", read as "called on Y to do"
    if particle:
        if not has_particle(verb, particle):
            found = for_clause(verb) if pattern.verb in clauses().calls.for_clause_verbs else None
            if found is None:
                return False, None
            override, asked = found
    elif per_token(PHRASAL_KEY, verb, _phrasal):
        return False, None  # a phrasal verb means something else ("back down" is not "back")
    if pattern.object and not per_token(OBJECT_WORDS_KEY, verb, _object_words) & set(pattern.object):
        return False, None
    if pattern.complement:
        judged = judged_complements(pattern.id)
        ok, override = _complement_target(verb, pattern.complement)
        if not ok and judged:
            ok, override = _complement_target(verb, judged, own_words)
        if not ok and judged and quoted_predicate(verb) & {*pattern.complement, *judged}:
            # 'called Cameron's decision "scandalous"': with no object of its own the parsed predicate is the object
            predicates = [c for c in verb.children if c.dep_ == "oprd"]
            ok, override = True, None if direct_objects(verb) else predicates or None
        if not ok:
            return False, None
    if asked is not None:
        if not pattern.xcomp or not (ANY_INFINITIVE in pattern.xcomp or asked.lemma_.lower() in pattern.xcomp):
            return False, None
    elif pattern.xcomp and not _xcomp_fits(verb, pattern.xcomp):
        return False, None
    if pattern.clause and not reports_clause(verb):
        return False, None
    if pattern.condition and not conditions(verb, pattern.condition):
        return False, None
    if pattern.context:
        wanted = set(pattern.context)
        # the subject included: "warplanes struck" is an air strike; a doer lent from outside only for deeds of force
        lends = pattern.code.startswith(tuple(clauses().lent_doer_roots))
        if not per_token(CLAUSE_WORDS_KEY, verb, _clause_words) & wanted and not (
            lends and per_token(LENT_WORDS_KEY, verb, _lent_words) & wanted
        ):
            return False, None
    return True, override


def lent_doer_words(verb: Token) -> set[str]:
    """The own words (head, compounds, modifiers) of a doer a conjoined or governing verb lends (``subjects``):
    "warplanes pounded X and hit Y", "warplanes began targeting Y". A pattern's context counts the clause's own
    subject ("warplanes struck" is an air strike), so a lent doer's words count the same; not what the rest of the
    governing clause says. ``match_verb`` asks it only for the roots of ``lent_doer_roots`` (deeds of force): an
    appeal's context is what is asked, which the asker's title does not tell."""
    inside = {t.i for t in verb.subtree}
    return {w for d in subjects(verb) if d.i not in inside and _lent_to(verb, d) for w in own_words(d)}


def _lent_to(verb: Token, doer: Token) -> bool:
    """Whether the verb's path up to the clause holding the doer passes no relative clause ("the 1998 bombing that
    killed 224 people": a deed the noun recalls, not one of the day) and no governing verb that ends or avoids the
    deed (``ended_by_governor``: "warplanes ceased targeting Gaza"); a conjoined verb shares its subject, whatever
    it does ("halted the convoy and struck the town")."""
    link = verb
    while link.i != doer.i and not link.is_ancestor(doer):
        if link.dep_ in ("relcl", "acl") or link.head.i == link.i or ended_by_governor(link):
            return False
        link = link.head
    return True


def slot_tokens(verb: Token, slot: str, pattern: VerbPattern | None = None) -> list[Token] | None:
    """Tokens filling a target slot of a verb; None when the slot is empty."""
    if slot == "none":
        return None
    if slot == "dobj":
        found = direct_objects(verb)
        if not found and pattern is not None and pattern.xcomp and ANY_INFINITIVE not in pattern.xcomp:
            for x in verb.children:
                if x.dep_ in ("xcomp", "ccomp"):
                    found = direct_objects(x)
        return not_dates(found) or None
    if slot == "dobj_holder":  # "targeted ISIL strongholds in Raqqa": a site named by its holder stands for it
        objects = direct_objects(verb)
        found = [h for o in objects for h in site_holders(o)]
        # "struck a Syrian regime airbase": a site whose own words name a country's role (``role_site``) holds it too
        found += [o for o in objects if role_site(o) is not None and not any(h.head.i == o.i for h in found)]
        return found or None
    if slot == "cond_subj":  # "warned it would respond if the North took further actions": whose deed is the condition
        marks = (pattern.condition if pattern is not None else None) or ["if", "unless"]
        found = [s for c in conditions(verb, marks) for s in subjects(c)]
        return not_dates(found) or None
    if slot == "ccomp_obj":  # "warned that Israel could send Lebanon back ...": whom the announced consequence hits
        found = []
        for c in verb.children:
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
                found += direct_objects(c)
                for holder in [c, *direct_objects(c)]:
                    found += prep_parties(holder, "on") + prep_parties(holder, "against")
        return not_dates(found) or None
    if slot == "xcomp_obj":  # "used tear gas to disperse protesters": the object of the infinitive
        found = [o for x in verb.children if x.dep_ in ("xcomp", "advcl") for o in direct_objects(x)]
        return not_dates(found) or None
    if slot == "dative":
        found = [c for child in verb.children if child.dep_ == "dative" for c in conjuncts(child)]
        return found or prep_parties(verb, "to") or None
    if slot.startswith("prep:"):
        prep = slot[5:]
        found = prep_parties(verb, prep)
        if not found:
            for obj in direct_objects(verb):
                if prep == "of" and held_part(obj):
                    continue  # "hit government-held areas of Aleppo": the areas' holder, not Aleppo (s20)
                found.extend(prep_parties(obj, prep))
                for inner in prep_objects(obj, ("in", "of")):  # "$100 million in aid for Ukraine"
                    found.extend(prep_parties(inner, prep))
        found = [t for t in found if not doers_ground(verb, prep, t)]
        if not found and prep in clauses().agent_aims:
            found = agent_aim(verb, prep)
        if not found:
            with_xcomp = pattern is not None and bool(pattern.xcomp) and ANY_INFINITIVE not in pattern.xcomp
            particle = particle_of(pattern) if pattern is not None else None
            for x in verb.children:
                if x.dep_ == "prt" or (x.dep_ == "prep" and x.lower_ == "out") or is_particle_word(x, particle):
                    found.extend(prep_parties(x, prep))  # "reached out to", "fired back at"
                elif x.dep_ == "xcomp" and with_xcomp:
                    found.extend(prep_parties(x, prep))  # "threatened to cut ties with France"
                    for obj in direct_objects(x):
                        found.extend(prep_parties(obj, prep))
        return not_dates(found) or None
    return None


def agent_aim(verb: Token, prep: str) -> list[Token]:
    """The aim of a passive deed the parser hung on its doer: "shells fired by militants on the town" parses "on the
    town" under "militants", yet the town is what was fired on. Only the prepositions of aim (``clauses.yaml``
    ``agent_aims``; not "in" or "at", which say where the doers were) and only under the verb's own "by" doer; never
    the doers' own ground (``doers_ground``: "fired by supporters on Lebanese soil"). Read for any pattern's slot, not
    only a munition's: "sanctions approved by lawmakers on Capitol Hill against Russia" aims at Russia all the same."""
    return [
        party
        for agent in verb.children
        if agent.dep_ == "agent"
        for doer in agent.children
        if doer.dep_ == "pobj"
        for party in prep_parties(doer, prep)
        if not doers_ground(verb, prep, party)
    ]


def doers_ground(verb: Token, prep: str, party: Token) -> bool:
    """After a "by" doer ("rockets fired by Hamas on Egyptian soil", "bullets fired by soldiers on the Syrian side of
    the Golan"), an "on" phrase (``clauses.yaml`` ``ground_prepositions``) whose noun is a word of position
    (``agent_aim_grounds``) says where the doers stood, wherever the parser hangs it; the soil's country is no
    target. A deed with no "by" doer keeps its reading ("fired into Israeli territory")."""
    c = clauses()
    return (
        prep in c.ground_prepositions
        and lemma_in(party, c.agent_aim_grounds)
        and any(a.dep_ == "agent" for a in verb.children)
    )


def is_particle_word(tok: Token, particle: str | None) -> bool:
    """The pattern's particle read by the small model as an adverb ("fired back at May": ``advmod`` back, the "at"
    phrase hung on it). ``has_particle`` already lets the adverb make the pattern fit; the slot must then look under
    it too."""
    return particle is not None and tok.dep_ == "advmod" and tok.lower_ == particle.split()[0]


TIME_PREPS = {"on", "in", "at", "since", "until", "by", "during", "before", "after", "from", "through", "over"}


def not_dates(tokens: list[Token]) -> list[Token]:
    """Time expressions are never parties: "imposed restrictions on China on Monday". ("spoke with May"
    is a person: only a time preposition makes a date; ``tree.a_time`` says when a word tagged as a date is a
    person: "criticized May", "fired back at May", "called on May to".)"""
    return [t for t in tokens if t.ent_type_ not in TIME_LABELS or not a_time(t, TIME_PREPS)]
