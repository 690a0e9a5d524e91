"""Repair parses where the small model misreads an event verb as a noun.

``en_core_web_sm`` often tags a past-tense verb after an unfamiliar name as a noun
("Hayat Tahrir al-Sham overran regime-held areas" parses "overran" as part of the
name), and the whole clause is lost. When a token is unmistakably a past-tense
form of one of our event verbs but was not tagged as a verb, we parse the text
again with a common verb of the same form in its place ("attacked"), and keep that
parse if it reads the token as a verb and the tokens still line up. The words,
lemmas and entities of the original text are kept; only the tags and the tree come
from the second parse.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

STAND_IN = "attacked"


def _verb_tables(nlp: Language) -> tuple[dict[str, list[str]], set[str]]:
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    exc = lookups.get_table("lemma_exc")["verb"]
    index = set(lookups.get_table("lemma_index")["verb"])
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


def suspicious(doc: Doc, nlp: Language, lemmas: set[str] | frozenset[str]) -> list[tuple[Token, str]]:
    """Tokens that are past forms of event verbs but were not tagged as verbs."""
    found = []
    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha and tok.is_lower:
            lemma = past_form_lemma(tok.text, nlp, lemmas)
            if lemma and lemma in lemmas:
                found.append((tok, lemma))
    return found


def repair(doc: Doc, nlp: Language, lemmas: set[str]) -> Doc:
    """Return ``doc`` or, where an event verb was misread, a doc with a better tree."""
    bad = suspicious(doc, nlp, lemmas)
    if not bad:
        return doc
    swap = {tok.i: lemma for tok, lemma in bad}
    words = [STAND_IN if t.i in swap else t.text for t in doc]
    text = "".join(w + t.whitespace_ for w, t in zip(words, doc, strict=True))
    again = nlp(text)
    if len(again) != len(doc) or any(a.text != w for a, w in zip(again, words, strict=True)):
        return doc
    if not all(again[i].pos_ == "VERB" for i in swap):
        return doc
    fixed = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[a.tag_ for a in again],
        pos=[a.pos_ for a in again],
        morphs=[str(a.morph) for a in again],
        lemmas=[swap.get(t.i, t.lemma_ if t.i not in swap else "") for t in doc],
        heads=[a.head.i for a in again],
        deps=[a.dep_ for a in again],
    )
    for t, a in zip(fixed, again, strict=True):
        if t.i not in swap and a.pos_ != doc[t.i].pos_:
            t.lemma_ = a.lemma_ if a.text == t.text else t.lemma_
    fixed.ents = [Span(fixed, e.start, e.end, label=e.label_, span_id=e.ent_id_) for e in doc.ents]
    return fixed


def repair_all(docs: Iterable[Doc], nlp: Language, lemmas: set[str]) -> list[Doc]:
    return [repair(d, nlp, lemmas) for d in docs]


def verb_lemma(tok: Token, nlp: Language, known: set[str] | frozenset[str]) -> str:
    """The token's lemma, or the lemma of its past form where the lemmatizer chose a reading
    we have no pattern for ("staged" lemmatized as "stag")."""
    lemma = tok.lemma_.lower()
    if lemma in known or not tok.tag_.startswith("VB"):
        return lemma
    return past_form_lemma(tok.text, nlp, known) or lemma
