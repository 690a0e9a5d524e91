"""What the learned layer looks at: candidate triggers and candidate parties, and their features.

Features are compositional, never a sentence's words: the trigger's lemma and what the
pattern dictionaries say of it (which roots it can express), its place in the parse (its
dependency, its children's relations and prepositions, tense and modals), whether the words
around it name actors; for a party, the dependency path from the trigger to it, its case
preposition, its entity type, and whether detente can resolve it to an actor. Each token also
brings spaCy's own contextual vector (``doc.tensor``), so meaning generalises past the words
seen in training.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import numpy as np
from spacy.tokens import Span, Token

from detente.data import clauses
from detente.events.learned.context import context_features
from detente.events.patterns import STATEMENT_PREFIX, verb_index
from detente.events.tree import conjuncts, direct_objects, is_passive, prep_parties, speaker_subjects, subjects
from detente.nlp.tree import QUOTE_MARKS, sentence_tokens

TRIGGER_POS = ("VERB", "NOUN")
MENTION_POS = ("PROPN", "NOUN", "PRON")
MENTION_DEPS = {
    "nsubj",
    "nsubjpass",
    "dobj",
    "pobj",
    "appos",
    "conj",
    "dative",
    "attr",
    "poss",
    "compound",
    "amod",
    "nmod",
    "npadvmod",
    "agent",
    "ROOT",
}
MODALS = {"will", "would", "could", "may", "might", "should", "must", "can", "to"}
CONTENT_POS = ("NOUN", "VERB", "ADJ", "ADV", "AUX")
PATH_LIMIT = 5


@cache
def lexicon() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Lemma -> roots its verb patterns code, and noun -> roots its noun patterns code."""
    index = verb_index()
    # the bare statements (010.*) are no sense of their own: the model was trained without them and leaves root 01 to
    # the patterns; a verb of saying stays a word the model reads in the senses the annotations give it
    verbs = {
        lemma: roots
        for lemma, pats in index.by_lemma.items()
        if (roots := frozenset(p.code[:2] for p in pats if not p.id.startswith(STATEMENT_PREFIX)))
    }
    nouns = {noun: frozenset(p.code[:2] for p in pats) for noun, pats in index.by_noun.items()}
    return verbs, nouns


def lexicon_roots(tok: Token) -> frozenset[str]:
    """The roots the pattern dictionaries give this verb or noun (empty when they do not know it)."""
    verbs, nouns = lexicon()
    return (verbs if tok.pos_ == "VERB" else nouns).get(tok.lemma_.lower(), frozenset())


def vector(tok: Token) -> np.ndarray:
    tensor = tok.doc.tensor
    if tensor is None or tensor.shape[0] <= tok.i:
        return np.zeros(96, dtype=np.float32)
    return np.asarray(tensor[tok.i], dtype=np.float32)


def is_trigger_candidate(tok: Token) -> bool:
    return tok.pos_ in TRIGGER_POS and tok.is_alpha and len(tok) > 1


@cache
def according_words() -> frozenset[str]:
    return frozenset(clauses().according_to)


@dataclass(frozen=True)
class SentenceFacts:
    """What every trigger feature of one sentence shares, read once per sentence rather than once per word
    (the root, the entity types, which words sit inside quotation marks, whether an "according to" attributes it);
    ``clauses`` keeps each clause verb's reading (``context.py``) for the sentence's other words in that clause."""

    root: int
    first: bool
    entity_features: tuple[str, ...]
    quoted: frozenset[int]
    according: bool = True
    clauses: dict[int, list[str]] = field(default_factory=dict, compare=False)
    sides: dict[int, tuple[bool, bool]] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, sent: Span) -> SentenceFacts:
        quoted, marks, ents, according, words = set(), 0, set(), False, according_words()
        for t in sentence_tokens(sent):
            if marks % 2 == 1:
                quoted.add(t.i)
            if t.text in QUOTE_MARKS:
                marks += 1
            if t.ent_type_:
                ents.add(t.ent_type_)
            according = according or t.lower_ in words
        ents = sorted(ents)
        return cls(sent.root.i, sent.start == 0, tuple(f"sent_ent={e}" for e in ents), frozenset(quoted), according)


def trigger_features(tok: Token, sent: Span, facts: SentenceFacts | None = None, context: bool = True) -> list[str]:
    """The word's features; ``context``: with its clause's reading (``context.py``), which a model fitted without
    them does not read, so its coding skips them (``layer.trigger_scores``) and is no slower."""
    facts = facts or SentenceFacts.of(sent)
    lemma = tok.lemma_.lower()
    head = tok.head
    feats = [
        "bias",
        f"lemma={lemma}",
        f"pos={tok.pos_}",
        f"tag={tok.tag_}",
        f"dep={tok.dep_}",
        f"lemma_dep={lemma}|{tok.dep_}",
        f"head_lemma={head.lemma_.lower()}",
        f"head_pos={head.pos_}",
        f"head_dep={head.dep_}",
    ]
    roots = lexicon_roots(tok)
    feats += [f"lex={r}" for r in roots] or ["lex=none"]
    feats += [f"lex_dep={r}|{tok.dep_}" for r in roots]
    if tok.pos_ == "NOUN" and head.pos_ == "VERB":
        feats.append(f"governor={head.lemma_.lower()}")
    for child in tok.children:
        feats.append(f"child={child.dep_}")
        if child.dep_ in ("prep", "prt", "agent", "dative", "mark", "neg", "aux", "auxpass"):
            feats.append(f"child_word={child.dep_}:{child.lower_}")
            if child.dep_ == "prt" or (child.dep_ == "prep" and roots):
                feats.append(f"lemma_word={lemma}:{child.lower_}")
        if child.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "poss", "compound", "amod"):
            feats.append(f"arg={child.dep_}:{child.ent_type_ or child.pos_}")
            if child.dep_ == "dobj":
                feats.append(f"obj_lemma={child.lemma_.lower()}")
        if child.dep_ in ("xcomp", "ccomp"):
            feats.append(f"comp_lemma={child.lemma_.lower()}")
            # what was said: its content words ("a disgrace", "must withdraw", "would send") tell the root
            feats += sorted({f"said={t.lemma_.lower()}" for t in child.subtree if t.pos_ in CONTENT_POS})
            comp_roots = lexicon_roots(child)  # "said it would send troops": the complement is itself an event
            feats += [f"comp_lex={child.dep_}:{r}" for r in sorted(comp_roots)] or [f"comp_lex={child.dep_}:none"]
        if child.lower_ in MODALS and child.dep_ in ("aux", "auxpass"):
            feats.append(f"modal={child.lower_}")
    if is_passive(tok):
        feats.append("passive")
    if tok.i in facts.quoted:
        feats.append("in_quote")
    if tok.i == facts.root:
        feats.append("sent_root")
    if facts.first:
        feats.append("first_sentence")
    feats += facts.entity_features
    if context:
        feats += context_features(tok, sent, facts, lexicon_roots(head) if head.i != tok.i else frozenset())
    return feats


def mention_candidates(sent: Span) -> list[Token]:
    """Tokens that may head a party of an event: nouns, names, pronouns and naming adjectives."""
    out = []
    for tok in sent:
        named_adj = tok.pos_ == "ADJ" and tok.ent_type_ in ("NORP", "GPE")
        if not (tok.pos_ in MENTION_POS or named_adj) or tok.dep_ not in MENTION_DEPS:
            continue
        if tok.dep_ == "compound" and tok.ent_type_ and tok.head.ent_type_ == tok.ent_type_:
            continue  # "Donald" in "Donald Trump": the name's head stands for it
        out.append(tok)
    return out


def _ancestors(tok: Token) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 30:
        chain.append(chain[-1].head)
    return chain


def dependency_path(a: Token, b: Token) -> str:
    """The path from ``a`` up to the lowest common ancestor and down to ``b``: "^nsubj" is a's subject."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            ups = [x.dep_ for x in up_a[:k]]
            downs = [x.dep_ for x in reversed(up_b[: ids_b[t.i]])]
            if len(ups) + len(downs) > PATH_LIMIT:
                return "far"
            return "/".join([*("<" + d for d in ups), *(">" + d for d in downs)]) or "self"
    return "none"


def _case(tok: Token) -> str:
    """The preposition a party hangs from ("with", "on", "by"), if any."""
    if tok.dep_ == "pobj":
        return tok.head.lower_
    if tok.dep_ == "conj":
        return _case(tok.head)
    return "-"


SLOT_PREPS = ("to", "with", "on", "against", "of", "for", "from", "at", "in", "by", "over", "into", "between")


def slots(trigger: Token, governor: Token | None) -> dict[int, list[str]]:
    """Token index -> the argument slots it fills for the trigger, read with the coder's own tree helpers:
    the subject (through passives, control verbs and relative clauses), the speaker of a reported clause,
    the objects, the parties of prepositions of the verb or of its object, a noun's owner or modifier."""
    out: dict[int, list[str]] = {}

    def put(tokens: list[Token], name: str) -> None:
        for t in tokens:
            out.setdefault(t.i, []).append(name)

    verb = trigger if trigger.pos_ == "VERB" else governor
    if verb is not None:
        put(subjects(verb), "subject" if verb is trigger else "governor_subject")
        put(speaker_subjects(verb), "speaker")
    if trigger.pos_ == "VERB":
        objects = direct_objects(trigger)
        put(objects, "dobj")
        put([c for ch in trigger.children if ch.dep_ == "dative" for c in conjuncts(ch)], "dative")
        for prep in SLOT_PREPS:
            put(prep_parties(trigger, prep), f"prep:{prep}")
            for obj in objects:
                put(prep_parties(obj, prep), f"obj_prep:{prep}")
    else:
        put(
            [c for ch in trigger.children if ch.dep_ in ("poss", "amod", "compound", "nmod") for c in conjuncts(ch)],
            "owner",
        )
        for prep in SLOT_PREPS:
            put(prep_parties(trigger, prep), f"noun_prep:{prep}")
    return out


def argument_features(
    trigger: Token, mention: Token, resolvable: bool, root: str, filled: list[str] | None = None
) -> list[str]:
    path = dependency_path(trigger, mention)
    before = mention.i < trigger.i
    distance = min(abs(mention.i - trigger.i), 10)
    feats = [
        "bias",
        f"path={path}",
        f"path_root={path}|{root}",
        f"path_pos={path}|{trigger.pos_}",
        f"dep={mention.dep_}",
        f"case={_case(mention)}",
        f"case_root={_case(mention)}|{root}",
        f"mpos={mention.pos_}",
        f"ent={mention.ent_type_ or '-'}",
        f"side={'before' if before else 'after'}",
        f"dist={distance}",
        f"resolvable={resolvable}",
        f"root={root}",
        f"tpos={trigger.pos_}",
    ]
    if is_passive(trigger):
        feats.append(f"passive_path={path}")
    for slot in filled or ["none"]:
        feats += [f"slot={slot}", f"slot_root={slot}|{root}"]
    if resolvable:
        feats += [f"res_path={path}", f"res_case={_case(mention)}|{root}", f"res_dep={mention.dep_}|{trigger.pos_}"]
    return feats


def argument_vector(trigger: Token, mention: Token) -> np.ndarray:
    return np.concatenate([vector(trigger), vector(mention)])
