"""Code the events of a parsed article from verb and noun patterns on the dependency parse.

For each verb whose lemma has patterns, the first pattern whose constraints hold
(particle, object, object predicate, to-infinitive, clause words) gives the CAMEO
code and says where the target sits. The source is the subject (the ``by``
agent in a passive; the governing subject for conjoined and control verbs).
Nouns do the same for "talks between X and Y", "Israel's attack on Gaza" and
light verbs ("held talks with"). Each clause is then read for negation,
modality and who reported it; the date and place come from ``when`` and
``where``. A clause that leaves any actor unclear is skipped, with the reason
kept for ``explain``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from detente.actors import (
    ArticleContext,
    Resolved,
    head_role,
    home_country,
    resolve,
    resolve_all,
    sentence_country,
)
from detente.data import CameoInfo, cameo_table, clauses, roles_file
from detente.data.schemas import NounPattern, VerbPattern
from detente.events.patterns import light_verbs, particle_of, verb_index
from detente.nlp import get_nlp
from detente.nlp.repair import verb_lemma
from detente.nlp.tree import prep_objects
from detente.records import (
    ActorRef,
    Article,
    Cameo,
    Event,
    Evidence,
    Location,
    Modality,
    Plover,
    Skip,
)
from detente.when import DateMention, find_dates
from detente.where import locate

SUBJECT_DEPS = {"nsubj", "csubj"}
CONTROL_DEPS = {"xcomp", "advcl", "conj", "pcomp"}


@dataclass
class Candidate:
    """An event found in a clause, before its date and place."""

    trigger: Token
    anchor: Token  # the verb whose clause decides negation, modality and date
    rule: str
    code: str
    source: ActorRef
    target: ActorRef | None
    place_targets: list[Resolved | None]


# --- parse helpers -----------------------------------------------------------------------


def conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens conjoined to it ("Iran and Turkey")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            out.extend(conjuncts(child))
    return out


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Who does the verb: its subject, the passive's agent, or the subject it shares with a governing verb."""
    if is_passive(verb):
        for child in verb.children:
            if child.dep_ == "agent":
                return [c for p in child.children if p.dep_ == "pobj" for c in conjuncts(p)]
        return []
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return conjuncts(verb.head)
            return conjuncts(child)
    if depth < 3 and verb.dep_ in CONTROL_DEPS and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            return []  # "after X attacked ...": its own clause, subject unknown
        return subjects(verb.head, depth + 1)
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return conjuncts(verb.head)
    return []


PARTY_PRONOUNS = {"him", "her", "them", "their", "his", "they", "he", "she", "us", "our", "we"}


def names_a_party(head: Token) -> bool:
    """Whether a phrase names a person, group or state (resolved or not), rather than only a thing."""
    if head.pos_ == "PROPN" or head.lower_ in PARTY_PRONOUNS or head_role(head, [head]) is not None:
        return True
    # "their release", "Hamas's demands": a party owns the thing
    return any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in PARTY_PRONOUNS) for c in head.children)


def speaker_subjects(verb: Token) -> list[Token]:
    """'X said five fighters were killed and threatened retaliation': the parser hangs the second verb
    on the reported clause; its doer is then the speaker. The subjects of the verb of saying above a
    conjoined verb, for when the shared subject is no actor."""
    if verb.dep_ != "conj":
        return []
    tok = verb.head
    for _ in range(3):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in clauses().speech_verbs:
            return subjects(tok.head)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return []


def direct_objects(verb: Token) -> list[Token]:
    if is_passive(verb):
        return [c for child in verb.children if child.dep_ == "nsubjpass" for c in conjuncts(child)]
    return [c for child in verb.children if child.dep_ == "dobj" for c in conjuncts(child)]


def prep_parties(head: Token, prep: str) -> list[Token]:
    """The parties a (possibly multiword) preposition of a slot names, with their conjuncts:
    "with Iran and Turkey", "on behalf of Hamas". (``nlp.tree.prep_objects`` is the plain one-word walk.)"""
    words = prep.split()
    out: list[Token] = []
    for child in head.children:
        if child.dep_ not in ("prep", "agent", "dative") or child.lower_ != words[0]:
            continue
        node = child
        for w in words[1:]:  # "on behalf of": walk the chain of prepositions
            nxt = [c for c in node.subtree if c.lower_ == w and c.dep_ == "prep"]
            if not nxt:
                break
            node = nxt[0]
        for c in node.children:
            if c.dep_ == "pobj":
                out.extend(conjuncts(c))
    return out


def _has_particle(verb: Token, particle: str) -> bool:
    word = particle.split()[0]
    after_object = {o.right_edge.i + 1 for o in verb.children if o.dep_ == "dobj"}
    for c in verb.children:
        if c.lower_ != word:
            continue
        if c.dep_ in ("prt", "advmod"):
            return True
        # a preposition counts right after the verb or its object ("called on Iran", "asked Germany for"),
        # never when it introduces a time ("called the troops terrorists on Monday")
        timed = any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
        if c.dep_ == "prep" and (c.i == verb.i + 1 or c.i in after_object) and not timed:
            return True
    return False


# --- pattern matching ----------------------------------------------------------------------


def _lemmas(tokens: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def _phrase_words(tok: Token) -> set[str]:
    """A noun phrase's telling words: its head, the modifiers of the head and what an 'of' phrase names
    ("a heinous act of war" -> act, heinous, war; "20 trucks of humanitarian aid" -> truck, aid, humanitarian)."""
    toks = [tok, *[c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]]
    for pobj in prep_objects(tok, ("of",)):
        toks += [pobj, *[c for c in pobj.children if c.dep_ in ("amod", "compound")]]
    return _lemmas(toks)


def _complement_target(verb: Token, words: list[str]) -> tuple[bool, list[Token] | None]:
    """'calls the rebels terrorists': the object predicate, and the object it is said of."""
    wanted = set(words)
    for child in verb.children:
        if child.dep_ in ("oprd", "attr", "acomp", "ccomp", "xcomp") and _phrase_words(child) & wanted:
            return True, None
        is_as = child.dep_ == "prep" and child.lower_ == "as"
        if is_as and any(_phrase_words(p) & wanted for p in child.children if p.dep_ == "pobj"):
            return True, None
        if child.dep_ == "dobj" and _lemmas([child]) & wanted:
            # the small model reads "the rebels terrorists" as one noun phrase: its modifier is the target
            inner = [
                c for c in child.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN")
            ]
            return True, inner or None
    return False, None


def match_verb(verb: Token, pattern: VerbPattern) -> tuple[bool, list[Token] | None]:
    """Whether the pattern's constraints hold; the second value overrides the target slots when set."""
    particle = particle_of(pattern)
    if particle:
        if not _has_particle(verb, particle):
            return False, None
    elif any(c.dep_ == "prt" for c in verb.children):
        return False, None  # a phrasal verb means something else ("back down" is not "back")
    override: list[Token] | None = None
    if pattern.object and not set().union(*map(_phrase_words, direct_objects(verb))) & set(pattern.object):
        return False, None
    if pattern.complement:
        ok, override = _complement_target(verb, pattern.complement)
        if not ok:
            return False, None
    if pattern.xcomp:
        xs = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in pattern.xcomp]
        if not xs:
            return False, None
    if pattern.context:
        clause = list(verb.subtree)  # the subject included: "warplanes struck" is an air strike
        words = {t.lemma_.lower() for t in clause} | {t.lower_ for t in clause}
        if not words & set(pattern.context):
            return False, None
    return True, override


def slot_tokens(verb: Token, slot: str, pattern: VerbPattern | None = None) -> list[Token] | None:
    """Tokens filling a target slot of a verb; None when the slot is empty."""
    if slot == "none":
        return None
    if slot == "dobj":
        found = direct_objects(verb)
        if not found and pattern is not None and pattern.xcomp:
            for x in verb.children:
                if x.dep_ in ("xcomp", "ccomp"):
                    found = direct_objects(x)
        return _not_dates(found) or None
    if slot == "xcomp_obj":  # "used tear gas to disperse protesters": the object of the infinitive
        found = [o for x in verb.children if x.dep_ in ("xcomp", "advcl") for o in direct_objects(x)]
        return _not_dates(found) or None
    if slot == "dative":
        found = [c for child in verb.children if child.dep_ == "dative" for c in conjuncts(child)]
        return found or prep_parties(verb, "to") or None
    if slot.startswith("prep:"):
        prep = slot[5:]
        found = prep_parties(verb, prep)
        if not found:
            for obj in direct_objects(verb):
                found.extend(prep_parties(obj, prep))
                for inner in prep_objects(obj, ("in", "of")):  # "$100 million in aid for Ukraine"
                    found.extend(prep_parties(inner, prep))
        if not found:
            with_xcomp = pattern is not None and bool(pattern.xcomp)
            for x in verb.children:
                if x.dep_ == "prt" or (x.dep_ == "prep" and x.lower_ == "out"):
                    found.extend(prep_parties(x, prep))  # "reached out to"
                elif x.dep_ == "xcomp" and with_xcomp:
                    found.extend(prep_parties(x, prep))  # "threatened to cut ties with France"
                    for obj in direct_objects(x):
                        found.extend(prep_parties(obj, prep))
        return _not_dates(found) or None
    return None


TIME_PREPS = {"on", "in", "at", "since", "until", "by", "during", "before", "after", "from", "through", "over"}


def _not_dates(tokens: list[Token]) -> list[Token]:
    """Time expressions are never parties: "imposed restrictions on China on Monday". ("spoke with May"
    is a person: only a time preposition makes a date.)"""
    return [
        t
        for t in tokens
        if t.ent_type_ not in ("DATE", "TIME") or (t.dep_ == "pobj" and t.head.lower_ not in TIME_PREPS)
    ]


# --- clause reading -----------------------------------------------------------------------


@dataclass(frozen=True)
class ClauseReading:
    negated: bool
    modality: Modality
    attributed_to: str | None
    future: bool
    expressed: bool = False  # an actor stated the intention ("said it would", "pledged to")


def _chain(verb: Token) -> list[Token]:
    """The verb and the verbs that govern it up to the clause root."""
    out = [verb]
    tok = verb
    while tok.head.i != tok.i and len(out) < 8:
        tok = tok.head
        out.append(tok)
    return out


def read_clause(anchor: Token) -> ClauseReading:
    words = clauses()
    negated = any(c.dep_ == "neg" or c.lower_ in ("never",) for c in anchor.children)
    modality: Modality = "asserted"
    future = False
    aux = [c.lower_ for c in anchor.children if c.dep_ in ("aux", "auxpass")]
    if any(a in words.future_aux for a in aux):
        modality, future = "intent", True
    elif any(a in words.hypothetical_aux for a in aux):
        modality = "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in words.hypothetical_marks for c in anchor.children):
        modality = "hypothetical"
    attributed: str | None = None
    by_intent_verb = False
    tok = anchor
    hops = 0
    while tok.head.i != tok.i and hops < 6:
        dep, gov = tok.dep_, tok.head
        lemma = gov.lemma_.lower()
        if dep in ("xcomp", "ccomp", "advcl", "conj"):
            # "threatened on Tuesday to launch ...": the small model often hangs the infinitive as advcl
            infinitive = dep == "xcomp" or (
                dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            )
            if infinitive and any(c.dep_ == "neg" for c in gov.children):
                negated = True
            if infinitive and lemma in words.intent_verbs:
                modality, future, by_intent_verb = "intent", True, True
            elif infinitive and lemma in words.threat_verbs:
                modality, future = "threat", True
            elif infinitive and lemma in words.demand_verbs:
                modality, future = "demand", True
            elif dep == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in words.hypothetical_marks for c in tok.children
            ):
                modality = "hypothetical"
            elif dep == "ccomp" and lemma in words.demand_verbs:
                modality, future = "demand", True
            elif dep == "ccomp" and lemma in words.threat_verbs and ("would" in aux or "will" in aux):
                modality, future = "threat", True  # "warned that Israel would strike"
            elif dep == "ccomp" and lemma in words.intent_verbs:
                modality = "hypothetical"  # "proposed that Kyiv sever relations"
            elif dep == "ccomp" and lemma in words.deny_verbs:
                negated = True
            elif dep == "ccomp" and (lemma in words.speech_verbs or lemma in words.claim_verbs):
                subj = [c for c in gov.children if c.dep_ in SUBJECT_DEPS]
                if subj and attributed is None:
                    attributed = _phrase_text(subj[0])
                if lemma in words.claim_verbs and modality == "asserted":
                    modality = "claim"
        elif dep not in ("conj",):
            break
        tok = gov
        hops += 1
    if modality == "hypothetical" and attributed is not None and "would" in aux:
        modality, future = "intent", True  # "said it would send": the future of reported speech
    expressed = modality == "intent" and (attributed is not None or by_intent_verb)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
    if modality == "asserted" and infinitive and anchor.dep_ in ("acl", "relcl") and anchor.head.pos_ == "NOUN":
        modality, future = "intent", True  # "a deal to normalize ties" is not a deed ("fired to disperse" is)
    if attributed is None:
        attributed = _according_to(anchor)
    return ClauseReading(negated, modality, attributed, future, expressed)


def _phrase_text(head: Token) -> str:
    toks = [t for t in head.subtree if t.dep_ not in ("relcl", "punct", "appos") or t.i == head.i]
    doc = head.doc
    return doc[toks[0].i : toks[-1].i + 1].text if toks else head.text


def _according_to(anchor: Token) -> str | None:
    sent = anchor.sent
    for tok in sent:
        if tok.lower_ in clauses().according_to:
            for nxt in tok.subtree:
                if nxt.dep_ == "pobj":
                    return _phrase_text(nxt)
            after = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
            if after is not None and after.lower_ == "to":  # "to" parsed apart from "according"
                pobj = [c for c in after.children if c.dep_ == "pobj"]
                if pobj:
                    return _phrase_text(pobj[0])
    return None


# --- the coder --------------------------------------------------------------------------------


@dataclass
class SentenceResult:
    candidates: list[Candidate]
    skips: list[Skip]
    matched: set[int]


FRAME_PREPS = {"in", "during"}


def _clause_verb_of_noun(noun: Token) -> Token | None:
    """The verb whose subject does what an event noun names.

    "X held talks with Y" (a light verb and its object) and "In a phone call with Y, X said ..."
    (the noun frames the clause) both make X the party; any other verb does not ("X rejected talks").
    """
    head = noun.head
    if noun.dep_ == "dobj" and verb_lemma(head, get_nlp(), light_verbs()) in light_verbs():
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in FRAME_PREPS and head.head.pos_ == "VERB":
        return head.head
    return None


def _noun_happened(noun: Token) -> bool:
    """Whether the clause around an event noun leaves it an event that took place: not when its verb
    cancels, rejects, plans or asks for it ("the meeting ... was cancelled", "called for talks")."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX"):
        return verb_lemma(head, get_nlp(), frozenset()) not in clauses().unrealized_verbs
    return True


SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


def is_sport(sent: Span) -> bool:
    """A sentence about sport: "Brazil beat Argentina 2-0 in a World Cup qualifier" is a match, not an
    event between states. Two words of sport, or one and a score; names ("the Arab League") do not count."""
    words = clauses().sports_words
    single = {w for w in words if " " not in w}
    found = {t.lower_ for t in sent if t.is_lower and (t.lower_ in single or t.lemma_ in single)}
    text = sent.text.lower()
    found |= {w for w in words if " " in w and w in text}
    return len(found) >= 2 or (len(found) == 1 and SCORE.search(sent.text) is not None)


class SentenceCoder:
    """Finds candidate events in one sentence."""

    def __init__(self, ctx: ArticleContext, sentence_index: int) -> None:
        self.ctx = ctx
        self.index = sentence_index
        self.candidates: list[Candidate] = []
        self.skips: list[Skip] = []
        self.matched: set[int] = set()  # tokens where a pattern fit, coded or not
        self.unresolved_party = False  # the last failed clause named a party we could not resolve
        self.sent: Span | None = None
        self._sentence_country: tuple[str | None] | None = None

    def sentence_country(self) -> str | None:
        """The one country of the places the sentence names (computed once per sentence)."""
        if self._sentence_country is None:
            self._sentence_country = (sentence_country(self.sent) if self.sent is not None else None,)
        return self._sentence_country[0]

    def skip(self, trigger: Token, rule: str | None, reason: str) -> None:
        self.skips.append(Skip(sentence_index=self.index, trigger=trigger.text, rule=rule, reason=reason))

    def code(self, sent: Span) -> SentenceResult:
        self.sent = sent
        index = verb_index()
        if is_sport(sent):
            if any(t.lemma_.lower() in index.by_lemma or t.lemma_.lower() in index.by_noun for t in sent):
                self.skips.append(
                    Skip(sentence_index=self.index, trigger=sent.root.text, rule=None, reason="a sentence about sport")
                )
            return SentenceResult(self.candidates, self.skips, self.matched)
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX"):
                lemma = verb_lemma(tok, get_nlp(), index.verb_lemmas)
                if lemma in index.by_lemma:
                    self._verb(tok, index.by_lemma[lemma])
            elif tok.pos_ in ("NOUN", "PROPN") and lemma in index.by_noun:
                self._noun(tok, index.by_noun[lemma])
        return SentenceResult(self.candidates, self.skips, self.matched)

    # verbs

    def _verb(self, verb: Token, patterns: list[VerbPattern]) -> None:
        failed = False
        for pattern in patterns:
            if failed and pattern.target == ["none"]:
                continue  # the clause has a party we could not resolve: never code it as having none
            ok, override = match_verb(verb, pattern)
            if not ok:
                continue
            if override is not None:
                options = [override]
            else:
                options = [t for t in (slot_tokens(verb, slot, pattern) for slot in pattern.target) if t]
            if not options and "none" not in pattern.target:
                continue  # a later, looser pattern may fit (e.g. without a target)
            self.matched.add(verb.i)
            if self._emit(
                verb,
                verb,
                pattern.id,
                pattern.code,
                subjects(verb),
                options,
                mutual=pattern.mutual,
                as_place=pattern.place == "target",
                target_optional=pattern.target_optional,
                fallback_sources=speaker_subjects(verb),
                source_roles=pattern.source_roles,
            ):
                return
            # the parties did not resolve: a looser pattern of the same verb may still fit, but not one
            # without a target when the clause named a party we could not resolve ("demanded their release")
            failed = failed or self.unresolved_party
        if verb.i not in self.matched:
            self.skip(verb, None, f"verb '{verb.text}' has patterns but none fits this clause")

    # nouns

    def _noun(self, noun: Token, patterns: list[NounPattern]) -> None:
        if not _noun_happened(noun):
            return  # "the meeting between X and Y was cancelled", "India's talks with Canada collapsed"
        clause_verb = _clause_verb_of_noun(noun)
        governor = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" else None
        anchor = clause_verb or governor or noun
        if clause_verb is not None and noun.dep_ == "pobj":
            # "offered to mediate during a phone call with Putin": the call happened, whatever the offer
            while anchor.dep_ in ("xcomp", "advcl") and anchor.head.i != anchor.i:
                anchor = anchor.head
        for pattern in patterns:
            if pattern.context:
                around = {t.lemma_.lower() for t in noun.subtree} | {t.lemma_.lower() for t in anchor.subtree}
                if not around & set(pattern.context):
                    continue
            if pattern.participants:
                parts = self._noun_slot(noun, pattern.participants, clause_verb)
                if parts:
                    self._emit(noun, anchor, pattern.id, pattern.code, parts, [], mutual=True, as_place=False)
                    return
                continue
            sources: list[Token] = []
            for slot in pattern.source:
                sources = self._noun_slot(noun, slot, clause_verb) or []
                if sources:
                    break
            if not sources:
                continue
            options = [t for t in (self._noun_slot(noun, slot, clause_verb) for slot in pattern.target) if t]
            if not options and "none" not in pattern.target:
                continue
            self.matched.add(noun.i)
            if self._emit(
                noun,
                anchor,
                pattern.id,
                pattern.code,
                sources,
                options,
                mutual=pattern.mutual,
                as_place=pattern.place == "target",
            ):
                return

    def _noun_slot(self, noun: Token, slot: str, clause_verb: Token | None) -> list[Token] | None:
        if slot == "poss":
            return [c for child in noun.children if child.dep_ == "poss" for c in conjuncts(child)] or None
        if slot == "mod":
            mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_]
            return mods or None
        if slot == "subj":
            return subjects(clause_verb) if clause_verb is not None else None
        if slot.startswith("prep:"):
            found = prep_parties(noun, slot[5:])
            if not found and clause_verb is not None:
                found = prep_parties(clause_verb, slot[5:])
            return found or None
        return None

    # shared

    def _emit(
        self,
        trigger: Token,
        anchor: Token,
        rule: str,
        code: str,
        source_heads: list[Token],
        target_options: list[list[Token]],
        *,
        mutual: bool,
        as_place: bool,
        target_optional: bool = False,
        fallback_sources: list[Token] | None = None,
        source_roles: list[str] | None = None,
    ) -> bool:
        """Resolve the parties and record one candidate per source-target pair.

        ``target_options`` are the filled target slots in the pattern's order: the first
        with an actor we can resolve is the target ("attacked positions in Lebanon").
        """
        where = locate(trigger, [])
        place_country = where.country if where is not None else self.sentence_country()
        sources = [r for h in source_heads for r in resolve_all(h, self.ctx, place_country=place_country)]
        if not sources and fallback_sources:
            sources = [r for h in fallback_sources for r in resolve_all(h, self.ctx, place_country=place_country)]
        if sources and source_roles is not None:
            allowed = [r for r in sources if (r.actor.role or "STATE") in source_roles]
            if not allowed:
                roles = ", ".join(sorted({r.actor.role or "STATE" for r in sources}))
                self.skip(trigger, rule, f"this pattern is not for a source of role {roles}")
                return False
            sources = allowed
        if not sources:
            what = ", ".join(h.text for h in source_heads) or "no subject in the parse"
            self.skip(trigger, rule, f"no source actor ({what})")
            return False
        targets: list[Resolved | None] = []
        for heads in target_options:
            targets = [
                r
                for h in heads
                for r in resolve_all(
                    h, self.ctx, as_place=as_place, other=sources[0].actor, place_country=place_country
                )
            ]
            if targets:
                break
        if not targets and not as_place:
            # "pledged aid to Gaza": a place named as a party stands for its country (not the event's location)
            for heads in target_options:
                targets = [
                    Resolved(r.actor)
                    for h in heads
                    for r in resolve_all(h, self.ctx, as_place=True, other=sources[0].actor)
                    if r.place is not None
                ]
                if targets:
                    break
        self.unresolved_party = (
            bool(target_options) and not targets and any(names_a_party(h) for heads in target_options for h in heads)
        )
        if target_options and not targets and not target_optional:
            tried = "; ".join(", ".join(h.text for h in heads) for heads in target_options)
            self.skip(trigger, rule, f"no target actor ({tried})")
            return False
        resolved_targets = [t for t in targets if t is not None]
        pairs: list[tuple[ActorRef, ActorRef | None]] = []
        if mutual and not resolved_targets and len(sources) >= 2:
            pairs = [(a.actor, b.actor) for a in sources for b in sources if a is not b]
        elif not resolved_targets:
            if mutual:
                self.skip(trigger, rule, "a mutual event needs two parties")
                return False
            pairs = [(s.actor, None) for s in sources]
        else:
            for s in sources:
                for t in resolved_targets:
                    pairs.append((s.actor, t.actor))
                    if mutual:
                        pairs.append((t.actor, s.actor))
        for src, tgt in pairs:
            if tgt is not None and src.code == tgt.code:
                self.skip(trigger, rule, f"source and target are the same actor ({src.code})")
                continue
            own_place = [t for t in resolved_targets if t.actor is tgt]  # "visited Nigeria, Benin and Ghana"
            self.candidates.append(Candidate(trigger, anchor, rule, code, src, tgt, own_place or list(targets)))
        return True


EMBEDDING_DEPS = {"xcomp", "pcomp", "pobj", "prep", "ccomp"}
NOT_EMBEDDING_PREPS = {"in", "during", "at", "after", "before", "amid", "following", "on"}


def _frames_another_event(cand: Candidate, triggers: set[int]) -> bool:
    """'arrested 15 people in overnight raids', 'killed ... in an air strike': an attack noun framing a
    clause whose verb is itself an event is the means of that deed, not a second one. (A phone call
    framing what was said in it is an event of its own.)"""
    noun = cand.trigger
    return (
        noun.lemma_.lower() in roles_file().attack_nouns
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in FRAME_PREPS
        and cand.anchor.i != noun.i
        and cand.anchor.i in triggers
    )


def remapped(code: str, table: dict[str, str]) -> str:
    """CAMEO codes an announced intention or threat by its own root (03, 13): the code of the
    longest matching prefix in ``table``, else the code itself."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return code


def _embedded_in_event(cand: Candidate, triggers: set[int]) -> bool:
    """A clause governed by another event's verb is part of that event.

    "threatened to attack", "urged Iran to release", "demanded that Russia withdraw",
    "offered to broker talks": the governing verb's pattern codes the event; the
    embedded deed has not happened. Reported speech ("said that ...") is not embedding.
    """
    words = clauses()
    tok = cand.anchor
    hops = 0
    unreal = {*words.demand_verbs, *words.threat_verbs, *words.intent_verbs, *words.deny_verbs}
    while tok.head.i != tok.i and hops < 5 and tok.dep_ in EMBEDDING_DEPS:
        gov = tok.head
        if tok.dep_ == "ccomp" and gov.lemma_.lower() not in unreal:
            return False  # "said that ...": reported, not embedded
        if tok.dep_ == "pobj" and gov.lower_ in NOT_EMBEDDING_PREPS:
            return False  # "during a phone call with ...": the frame of the clause, a deed of its own
        tok = gov
        hops += 1
        if tok.i in triggers and tok.i != cand.trigger.i:
            return True
    return False


def _dates(sent: Span, article_date: dt.date, tense: str) -> list[DateMention]:
    """The date expressions of a sentence, found once however many events the sentence has."""
    memo = sent.doc.user_data.setdefault("detente_dates", {})
    key = (sent.start, article_date, tense)
    if key not in memo:
        memo[key] = find_dates(sent.text, article_date, tense=tense)
    return memo[key]


def _pick_date(
    anchor: Token, sent: Span, article_date: dt.date | None, reading: ClauseReading
) -> tuple[dt.date | None, str, str | None]:
    """The event's date: a date expression attached to its own clause, then to a governing clause
    ("said on Monday that ..."), then a lone date of the sentence; else the article date, flagged.

    A date on the event's own clause follows its tense ("will visit ... next week"); an expressed
    intention ("said it would ...") is dated when it was expressed, not when it is meant to happen.
    """
    if article_date is None:
        return None, "article", None
    past = _dates(sent, article_date, "past")
    if not past:
        return article_date, "article", None
    future = {m.start: m for m in _dates(sent, article_date, "future")} if reading.future else {}
    chain_ids = {t.i for t in _chain(anchor)}
    own = {anchor.i}
    tok = anchor
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        own.add(tok.i)
    subj = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    clause_start = subj[0].left_edge.i if subj else anchor.i  # "said on Monday it would ...": before "it"
    own_mention = governing = None
    loose = []
    for m in past:
        span = sent.doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
        if span is None:
            continue
        verb = span.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        in_other_clause = verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj")
        if span.root.dep_ not in ("poss", "compound", "nmod", "amod") and not in_other_clause:
            loose.append(m)  # "Lukashenko, who has ruled since 1994, ...": not this event's date
        before_clause = span.end <= clause_start and len(chain_ids) > 1
        if verb.i in own and own_mention is None and not before_clause:
            own_mention = m
        elif (verb.i in chain_ids or before_clause) and governing is None:
            governing = m
    if own_mention is not None and not reading.expressed:
        best = future.get(own_mention.start, own_mention) if reading.future else own_mention
    elif governing is not None:
        best = governing
    elif len(loose) == 1 and not (reading.expressed and own_mention is loose[0]):
        best = loose[0]
    else:
        return article_date, "article", None
    return best.date, best.precision, best.text


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative", "attr"}


def remember_actors(sent: Span, ctx: ArticleContext) -> None:
    """Resolve every named actor phrase of a sentence, coded or not, so that later generic mentions
    ("the junta", "the rebels") can refer back to it."""
    for tok in sent:
        named = tok.ent_type_ or any(c.ent_type_ for c in tok.children)
        if named and tok.dep_ in ARGUMENT_DEPS and tok.pos_ in ("NOUN", "PROPN"):
            resolve(tok, ctx)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without the white space around it (a blanked dateline included)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _result_of_another(cand: Candidate, candidates: list[Candidate]) -> bool:
    """'police opened fire on protesters, killing two', 'shelled Kherson, killing three civilians': a
    participle clause of result adds no second event to the violent deed it follows."""
    verb = cand.anchor
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or cand.code[:2] not in ("18", "19", "20"):
        return False  # "expelled the ambassador, accusing Tehran of ...": an accusation is a deed of its own
    return any(
        verb.head.i in (other.trigger.i, other.anchor.i) and other.code[:2] in ("17", "18", "19", "20")
        for other in candidates
        if other is not cand
    )


def _sentence_day(sent: Span, article_date: dt.date | None) -> dt.date | None:
    """The day a sentence is about, for who held which office: its one day-precise date, else the article's.
    ("On November 28 Hayat Tahrir al-Sham overran ..." in an article of December 10 is still the rebels.)"""
    if article_date is None:
        return None
    days = {m.date for m in _dates(sent, article_date, "past") if m.precision == "day"}
    return days.pop() if len(days) == 1 else article_date


def _why_not(
    cand: Candidate, info: CameoInfo | None, triggers: set[int], candidates: list[Candidate] | None = None
) -> str | None:
    """Why a candidate is not an event, or None when it is one."""
    if _embedded_in_event(cand, triggers) or _frames_another_event(cand, triggers):
        return "part of a governing event's clause"
    if candidates and _result_of_another(cand, candidates):
        return "the result of the event of the clause it follows"
    if info is None:
        return f"unknown CAMEO code {cand.code}"
    if cand.target is None and info.root in clauses().addressed_roots:
        return f"a CAMEO {info.root} event needs a target and none was found"
    return None


def code_doc(doc: Doc, article: Article) -> tuple[list[Event], list[Skip]]:
    """All events of one parsed article, and the clauses skipped with their reasons."""
    ctx = ArticleContext(date=article.date, home=home_country(doc))
    table = cameo_table()
    events: list[Event] = []
    skips: list[Skip] = []
    seen: set[tuple] = set()
    for index, sent in enumerate(doc.sents):
        start, end = _trimmed(doc.text, sent.start_char, sent.end_char)
        ctx.date = _sentence_day(sent, article.date)
        remember_actors(sent, ctx)
        result = SentenceCoder(ctx, index).code(sent)
        skips.extend(result.skips)
        triggers = result.matched | {c.trigger.i for c in result.candidates}
        for cand in result.candidates:
            info = table.get(cand.code)
            reason = _why_not(cand, info, triggers, result.candidates)
            if reason is not None or info is None:
                skips.append(Skip(sentence_index=index, trigger=cand.trigger.text, rule=cand.rule, reason=reason or ""))
                continue
            key = (index, cand.source.code, cand.target.code if cand.target else None, info.root)
            if key in seen:
                continue
            seen.add(key)
            reading = read_clause(cand.anchor)
            if reading.expressed and not reading.negated:
                info = table.get(remapped(cand.code, clauses().intent_codes), info)
            elif reading.modality == "threat" and not reading.negated:
                info = table.get(remapped(cand.code, clauses().threat_codes), info)
            by_role = clauses().role_codes.get(cand.source.role or "")
            if by_role:
                info = table.get(remapped(info.code, by_role), info)
            date, precision, date_text = _pick_date(cand.anchor, sent, article.date, reading)
            location: Location | None = locate(cand.trigger, cand.place_targets)
            events.append(
                Event(
                    article_id=article.id,
                    event_id=Event.make_id(
                        article.id,
                        index,
                        cand.trigger.idx,
                        cand.source.code,
                        cand.target.code if cand.target else None,
                        cand.code,
                    ),
                    sentence_index=index,
                    date=date,
                    date_precision=precision,
                    source=cand.source,
                    target=cand.target,
                    cameo=Cameo(
                        code=info.code,
                        root=info.root,
                        name=info.name,
                        goldstein=info.goldstein,
                        quad_class=info.quad_class,
                    ),
                    plover=Plover(event_type=info.plover_type, mode=info.plover_mode),
                    location=location,
                    negated=reading.negated,
                    modality=reading.modality,
                    attributed_to=reading.attributed_to,
                    evidence=Evidence(
                        sentence=article.text[start:end],
                        start=start,
                        end=end,
                        rule=cand.rule,
                        trigger=cand.trigger.text,
                        date_text=date_text,
                    ),
                )
            )
    return events, skips
