"""Repair parses where the small model misreads an event verb.

``en_core_web_sm`` often loses the clause around an event verb that follows a long
or unfamiliar name: "Hayat Tahrir al-Sham overran regime-held areas" tags "overran"
as part of the name, "President Abdel Fattah al-Sisi hosted ..." reads "hosted" as
an adjective. For each sentence with such a verb we parse the sentence again, first
with every multiword name shortened to its last word ("President Sisi hosted"), then
with the verb replaced by a common verb of the same form ("attacked"), and keep the
first reading in which the verb heads a clause. The words, lemmas of unchanged
tokens, and entities of the original text are kept; only tags and the tree change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

STAND_IN = "attacked"
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
# Dependencies a finite past-tense verb cannot have when the parse is right.
NOT_A_CLAUSE = {"amod", "compound", "nmod", "appos", "npadvmod", "pobj", "dobj", "nsubj", "poss"}


@cache
def _verb_tables(nlp: Language) -> tuple[dict[str, list[str]], frozenset[str]]:
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    exc = dict(lookups.get_table("lemma_exc")["verb"])
    index = frozenset(lookups.get_table("lemma_index")["verb"])
    return exc, index


def past_form_lemma(word: str, nlp: Language, prefer: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The verb lemma of an unambiguous past-tense form ("overran" -> "overrun"), else None.

    Where a regular form has two readings ("staged": stag or stage), one in ``prefer`` wins.
    """
    exc, index = _verb_tables(nlp)
    w = word.lower()
    if w in exc:
        lemma = exc[w][0]
        return lemma if lemma != w and not w.endswith("ing") and not w.endswith("s") else None
    if not w.endswith("ed") or len(w) < 5:
        return None
    cands = [w[:-2], w[:-1], w[:-3] + "y" if w.endswith("ied") else "", w[:-3] if w[-3] == w[-4] else ""]
    known = [c for c in cands if c and c in index]
    preferred = [c for c in known if c in prefer]
    return (preferred or known or [None])[0]


def verb_lemma(tok: Token, nlp: Language, known: set[str] | frozenset[str]) -> str:
    """The token's lemma, or the lemma of its past form where the lemmatizer chose a reading
    we have no pattern for ("staged" lemmatized as "stag")."""
    lemma = tok.lemma_.lower()
    if lemma in known or not tok.tag_.startswith("VB"):
        return lemma
    return past_form_lemma(tok.text, nlp, known) or lemma


def misread(tok: Token, nlp: Language, lemmas: set[str] | frozenset[str]) -> str | None:
    """The event-verb lemma of a token the parse failed to read as a clause's verb, else None."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha and tok.is_lower:
        lemma = past_form_lemma(tok.text, nlp, lemmas)
        return lemma if lemma in lemmas else None
    if tok.pos_ == "VERB" and tok.tag_ == "VBD" and tok.dep_ in NOT_A_CLAUSE:
        lemma = verb_lemma(tok, nlp, lemmas)
        return lemma if lemma in lemmas else None
    return None


def suspicious(doc: Doc | Span, nlp: Language, lemmas: set[str] | frozenset[str]) -> list[tuple[Token, str]]:
    """Tokens that are past forms of event verbs but were not read as a clause's verb."""
    found = []
    for tok in doc:
        lemma = misread(tok, nlp, lemmas)
        if lemma:
            found.append((tok, lemma))
    return found


@dataclass(frozen=True)
class _Reading:
    """New annotations for some tokens of the doc (absolute indices)."""

    tags: dict[int, str]
    pos: dict[int, str]
    morphs: dict[int, str]
    lemmas: dict[int, str]
    heads: dict[int, int]
    deps: dict[int, str]


def _reparse(sent: Span, keep: list[int], words: list[str], nlp: Language, lemmas: dict[int, str]) -> _Reading | None:
    """Parse ``words`` (standing for the sentence tokens ``keep``) and map the tree back onto the sentence."""
    doc = sent.doc
    text = "".join(w + doc[i].whitespace_ for w, i in zip(words, keep, strict=True))
    again = _parse_only(text, nlp)
    if len(again) != len(keep) or any(a.text != w for a, w in zip(again, words, strict=True)):
        return None
    r = _Reading({}, {}, {}, {}, {}, {})
    kept = set(keep)
    for a, i in zip(again, keep, strict=True):
        r.tags[i], r.pos[i], r.morphs[i] = a.tag_, a.pos_, str(a.morph)
        r.heads[i], r.deps[i] = keep[a.head.i], a.dep_
        r.lemmas[i] = lemmas.get(i, a.lemma_ if a.text == doc[i].text else doc[i].lemma_)
    for tok in sent:
        if tok.i not in kept:  # a shortened name's other words hang off its last word
            ent_end = next(e.end - 1 for e in doc.ents if e.start <= tok.i < e.end)
            r.heads[tok.i], r.deps[tok.i] = ent_end, "compound"
    return r


def _parse_only(text: str, nlp: Language) -> Doc:
    """Tag, parse and lemmatize, without the entity stages: entities come from the original doc."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "ner" and not name.startswith("detente"):
            doc = proc(doc)
    return doc


def _shortened_names(sent: Span, nlp: Language, lemmas: dict[int, str]) -> _Reading | None:
    names = [e for e in sent.ents if len(e) > 1 and e.label_ in NAME_LABELS]
    if not names:
        return None
    inner = {i for e in names for i in range(e.start, e.end - 1)}
    keep = [t.i for t in sent if t.i not in inner]
    return _reparse(sent, keep, [sent.doc[i].text for i in keep], nlp, lemmas)


def _stand_in(sent: Span, nlp: Language, bad: dict[int, str]) -> _Reading | None:
    keep = [t.i for t in sent]
    words = [STAND_IN if i in bad else sent.doc[i].text for i in keep]
    return _reparse(sent, keep, words, nlp, bad)


def _fixes(reading: _Reading, bad: dict[int, str]) -> bool:
    return all(reading.pos.get(i) == "VERB" and reading.deps.get(i) not in NOT_A_CLAUSE for i in bad)


def repair(doc: Doc, nlp: Language, lemmas: set[str] | frozenset[str]) -> Doc:
    """Return ``doc`` or, where an event verb was misread, a doc with a better tree for its sentences."""
    readings: list[_Reading] = []
    for sent in doc.sents:
        bad = {tok.i: lemma for tok, lemma in suspicious(sent, nlp, lemmas)}
        if not bad:
            continue
        for reparse in (_shortened_names, _stand_in):
            attempt = reparse(sent, nlp, bad)
            if attempt is not None and _fixes(attempt, bad):
                readings.append(attempt)
                break
    return rebuilt(doc, readings)


def rebuilt(doc: Doc, readings: list[_Reading]) -> Doc:
    """``doc`` itself when there is nothing to change, else a new doc with the readings' tags and tree."""
    if not readings:
        return doc
    merged = _Reading({}, {}, {}, {}, {}, {})
    for r in readings:
        for field in ("tags", "pos", "morphs", "lemmas", "heads", "deps"):
            getattr(merged, field).update(getattr(r, field))
    fixed = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[merged.tags.get(t.i, t.tag_) for t in doc],
        pos=[merged.pos.get(t.i, t.pos_) for t in doc],
        morphs=[merged.morphs.get(t.i, str(t.morph)) for t in doc],
        lemmas=[merged.lemmas.get(t.i, t.lemma_) for t in doc],
        heads=[merged.heads.get(t.i, t.head.i) for t in doc],
        deps=[merged.deps.get(t.i, t.dep_) for t in doc],
    )
    fixed.ents = [Span(fixed, e.start, e.end, label=e.label_, span_id=e.ent_id_) for e in doc.ents]
    fixed.tensor = doc.tensor  # the same tokens: the learned layer keeps their vectors, whichever repair ran
    return fixed
