"""Verb lemmas the rule lemmatizer gets wrong for verbs that end in "e".

spaCy's English rule lemmatizer strips a suffix and keeps the first result found in its verb index, so a verb
whose lemma ends in "e" can lose it when the shorter form is also a verb: "hopes" and "hoped" become "hop",
"staged" "stag". detente reads clauses by lemma (intent, speech, failure verbs; event verbs), so "Qatar hopes to
mediate" read as asserted mediation. Where a verb's lemma is not one detente knows and the "e" reading is, the
"e" reading is the right one; other tokens are left as the model gave them.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from detente.data import clauses


def clause_lemmas() -> frozenset[str]:
    """Every verb the clause tables name (intent, threat, demand, speech, claim, deny, failure, light verbs …)."""
    words = clauses()
    lists: Iterable[list[str]] = (
        words.intent_verbs,
        words.threat_verbs,
        words.demand_verbs,
        words.speech_verbs,
        words.claim_verbs,
        words.deny_verbs,
        words.failure_verbs,
        words.light_verbs,
        words.unrealized_verbs,
    )
    return frozenset(w for ws in lists for w in ws)


def e_reading(word: str, tag: str) -> str | None:
    """The lemma of a verb form read as an "e"-final verb: hopes/hoped/hoping -> hope; None if no such reading."""
    w = word.lower()
    if tag == "VBZ" and w.endswith("es"):
        return w[:-1]
    if tag in ("VBD", "VBN") and w.endswith("ed"):
        return w[:-1]
    if tag == "VBG" and w.endswith("ing") and len(w) > 5:
        return w[:-3] + "e"
    return None


def restore_e_lemmas(doc: Doc, known: frozenset[str] | set[str]) -> int:
    """Give verbs their "e"-final lemma where only that reading is a lemma detente knows; how many changed."""
    changed = 0
    for tok in doc:
        if not tok.tag_.startswith("VB") or tok.lemma_.lower() in known:
            continue
        alt = e_reading(tok.text, tok.tag_)
        if alt is not None and alt in known:
            tok.lemma_ = alt
            changed += 1
    return changed
