"""Verb and noun patterns from ``data/verbs/*.yaml``, indexed by lemma.

A pattern is data: the event verb's lemma (with an optional particle, "reach out"),
where the target sits in the parse, and optional constraints on the object, an
object predicate, a to-infinitive, a reported finite clause (``clause``), a condition or
words of the clause. More constrained patterns are tried first, so "call X terrorists"
wins over a bare "call".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from detente.data import clauses
from detente.data.schemas import NounPattern, VerbPattern, load_patterns

# the bare statements (010) of the verbs of saying: events/statements.py decides which of them are events
STATEMENT_PREFIX = "010."


@dataclass(frozen=True)
class VerbIndex:
    by_lemma: dict[str, list[VerbPattern]]
    by_noun: dict[str, list[NounPattern]]
    verb_lemmas: frozenset[str]


@cache
def light_verbs() -> frozenset[str]:
    """Verbs whose object noun names the event ("held talks", "launched an attack")."""
    return frozenset(clauses().light_verbs)


def particle_of(pattern: VerbPattern) -> str | None:
    parts = pattern.verb.split()
    return " ".join(parts[1:]) if len(parts) > 1 else None


def _specificity(p: VerbPattern) -> int:
    constraints = [p.object, p.complement, p.xcomp, p.context, p.condition, p.clause]
    score = sum(2 for c in constraints if c)
    score -= 1 if p.xcomp and "*" in p.xcomp else 0  # any to-infinitive: after the patterns that name one
    score += 2 if particle_of(p) else 0
    score += 1 if p.target and p.target[0].startswith("prep:") else 0
    return -score


@cache
def verb_index() -> VerbIndex:
    by_lemma: dict[str, list[VerbPattern]] = defaultdict(list)
    by_noun: dict[str, list[NounPattern]] = defaultdict(list)
    # the verbs of saying are read when bare statements are on, or when the reader of what is said is
    # (events/saying.py: it codes those whose reported words carry a more specific code, the rest are skipped)
    statements = clauses().statements.enabled or clauses().saying.enabled
    for pf in load_patterns():
        for vp in pf.verbs:
            if vp.id.startswith(STATEMENT_PREFIX) and not statements:
                continue  # bare statements are off (data/clauses.yaml, statements.enabled)
            by_lemma[vp.verb.split()[0].lower()].append(vp)
        for np_ in pf.nouns:
            by_noun[np_.noun.lower()].append(np_)
    for pats in by_lemma.values():
        pats.sort(key=_specificity)  # stable: file order among equals
    for npats in by_noun.values():
        npats.sort(key=lambda p: -(2 if p.context else 0) + (1 if p.doer_label else 0))
    return VerbIndex(dict(by_lemma), dict(by_noun), frozenset(by_lemma))


@contextmanager
def statements_enabled() -> Iterator[None]:
    """The ``010.*`` patterns on for a while, whatever ``statements.enabled`` says: ``detente train`` learns the
    statement decision from their candidates before anyone switches them on."""
    words = clauses().statements
    before = words.enabled
    words.enabled = True
    verb_index.cache_clear()
    try:
        yield
    finally:
        words.enabled = before
        verb_index.cache_clear()
