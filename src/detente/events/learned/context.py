"""The trigger model's reading of a word's clause: how the article tells it, not what the word is (issue 13, s16).

Out of fold, two of every three wrong events the learned layer adds are wrong triggers (no annotated event of that
root in the sentence, docs/events.md s15-model): a word that can name a deed, in a clause that does not report one.
The word's own features (its lemma, its dependency, its children) cannot tell "Russia attacked" from "the man who
attacked", "said it would attack", "has attacked for years" or "an attack in 2014". These features say how the clause
stands: its modality and attribution as the coder reads them (``events/clause.read_clause``, the same reading that
files an event as asserted, intended or hypothetical), whether it is recalled background (``recalled``), what kind of
clause holds the word (a relative clause, a marked adverbial clause and its marker), its tense and aspect, its own
date, whether a named party stands on either side of it, what the governing word can itself mean (its roots in the
patterns' dictionaries, a class rather than one lemma), and where the sentence sits in the article. Every feature
names a class, never a sentence's words; all carry the ``ctx_`` prefix, so a model fitted without them (the shipped
119-article fit) scores exactly as before, and coding with it skips them (``layer.reads_context``).

Measured out of fold on 559 train articles (s16, seeds 0 and 1) they did not make the added events better at any
threshold on both seeds, so ``train.yaml`` ``triggers.context`` is off (docs/events.md, s16-model).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.events.clause import read_clause, recalled

if TYPE_CHECKING:
    from detente.events.learned.features import SentenceFacts

PREFIX = "ctx_"
PARTY_ENTS = ("GPE", "ORG", "PERSON", "NORP")
CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "pcomp", "ROOT", "parataxis")
SIDE_DEPS = ("dobj", "dative", "nsubjpass", "attr")
# where the sentence starts in the article, in tokens: the lead, the next paragraphs, the body
POSITION_BUCKETS = ((0, "first"), (60, "lead"), (200, "early"), (500, "middle"))


def anchor_of(tok: Token) -> Token:
    """The verb whose clause holds the word: the word itself for a verb, else the first verb above it (a noun's
    "launched an attack", "in a call with"), else the word."""
    at = tok
    for _ in range(4):
        if at.pos_ in ("VERB", "AUX"):
            return at
        if at.head.i == at.i:
            break
        at = at.head
    return tok


def _named(tok: Token) -> bool:
    return tok.ent_type_ in PARTY_ENTS


def _aimed(word: Token) -> bool:
    """A named party the word's deed is aimed at: its object, dative, passive subject or prepositional party."""
    for c in word.children:
        if c.dep_ in SIDE_DEPS and _named(c):
            return True
        if c.dep_ == "prep" and any(_named(g) for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def _sides(anchor: Token, tok: Token, facts: SentenceFacts) -> tuple[bool, bool]:
    """Whether a named party (a country, an organisation, a person, a people) stands as the clause's doer, and as the
    one the deed is aimed at (its object, dative, passive subject, a prepositional party of the verb or the noun);
    the clause verb's own are read once per clause (``facts.sides``)."""
    found = facts.sides.get(anchor.i)
    if found is None:
        doer = any(_named(c) for c in anchor.children if c.dep_ in ("nsubj", "agent", "poss"))
        doer = doer or any(_named(g) for c in anchor.children if c.dep_ == "agent" for g in c.children)
        found = facts.sides[anchor.i] = (doer, _aimed(anchor))
    doer, aimed = found
    doer = doer or any(_named(c) for c in tok.children if c.dep_ in ("poss", "compound", "amod"))
    return doer, aimed or (tok.i != anchor.i and _aimed(tok))


def _aspect(verb: Token) -> str:
    """Tense and aspect of the clause's verb: perfect, progressive, future, infinitive, or its tag."""
    aux = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
    words = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "have" in aux:
        return "perfect_past" if words & {"had"} else "perfect"
    if "will" in words or "shall" in words:
        return "future"
    if "to" in words:
        return "infinitive"
    if verb.tag_ == "VBG" and "be" in aux:
        return "progressive"
    return verb.tag_ or "-"


def _dated(anchor: Token) -> str | None:
    """A date of the clause's own ("on Tuesday", "in 2014"): ``year`` when it names a year, the mark of background
    the article recalls, else ``day``."""
    dates = [c for c in anchor.children if c.ent_type_ == "DATE"]
    dates += [g for c in anchor.children if c.dep_ == "prep" for g in c.children if g.ent_type_ == "DATE"]
    if not dates:
        return None
    year = any(t.is_digit and len(t) == 4 for d in dates for t in d.subtree)
    return "year" if year else "day"


def _clause(anchor: Token) -> tuple[str, str]:
    """The kind of clause the verb heads and, for an adverbial clause, its marker ("when", "after", "if")."""
    dep = anchor.dep_ if anchor.dep_ in CLAUSE_DEPS else "other"
    mark = next((c.lower_ for c in anchor.children if c.dep_ == "mark"), "-") if dep == "advcl" else "-"
    return dep, mark


def _position(sent: Span) -> str:
    label = "body"
    for start, name in reversed(POSITION_BUCKETS):
        if sent.start <= start:
            label = name
    return label


def clause_features(anchor: Token, sent: Span, facts: SentenceFacts) -> list[str]:
    """What every word of the verb ``anchor``'s clause shares, read once per clause (``facts.clauses``)."""
    found = facts.clauses.get(anchor.i)
    if found is not None:
        return found
    # the reading looks for an "according to" across the sentence: where the sentence has none, the clause suffices
    reading = read_clause(anchor, sent if facts.according else anchor.doc[anchor.i : anchor.i + 1])
    dep, mark = _clause(anchor)
    feats = [
        f"{PREFIX}modality={reading.modality}",
        f"{PREFIX}aspect={_aspect(anchor)}",
        f"{PREFIX}clause={dep}",
        f"{PREFIX}position={_position(sent)}",
    ]
    dated = _dated(anchor)
    if dated is not None:
        feats.append(f"{PREFIX}dated={dated}")
    if mark != "-":
        feats.append(f"{PREFIX}mark={mark}")
    if reading.negated:
        feats.append(f"{PREFIX}negated")
    if reading.attributed_text is not None:
        feats.append(f"{PREFIX}attributed")
    if anchor.pos_ in ("VERB", "AUX") and recalled(anchor):
        feats.append(f"{PREFIX}recalled")
    facts.clauses[anchor.i] = feats
    return feats


def context_features(tok: Token, sent: Span, facts: SentenceFacts, head_roots: frozenset[str]) -> list[str]:
    """The clause's reading for the candidate trigger ``tok`` of ``sent`` (``head_roots``: what the patterns'
    dictionaries give the word's head)."""
    anchor = anchor_of(tok)
    doer, aimed = _sides(anchor, tok, facts)
    feats = [
        *clause_features(anchor, sent, facts),
        f"{PREFIX}clause_pos={_clause(anchor)[0]}|{tok.pos_}",
        f"{PREFIX}sides={int(doer)}{int(aimed)}",
    ]
    if tok.head.i != tok.i:
        feats += [f"{PREFIX}head_lex={r}" for r in sorted(head_roots)] or [f"{PREFIX}head_lex=none"]
    return feats
