"""The words of an actor phrase: its head noun and the modifiers that belong to it.

"Iran's foreign minister", "the military junta in Niger", "diplomats from Argentina":
the parse gives the head; this module collects the modifiers, prepositional phrases and
appositions that say whose the head is. Nothing here decides a code.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.data import roles_file
from detente.nlp.memo import per_token
from detente.nlp.text import doc_text
from detente.where.mentions import entity_span

PHRASES_KEY = "detente_phrase_tokens"

# Dependencies that attach a modifier to the noun it modifies (part of the actor phrase).
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "case", "flat", "npadvmod", "quantmod", "nn"}
PHRASE_PREPS = {"of", "from"}


def conjoined_titles(head: Token) -> list[Token]:
    """'the Iranian president and Emir of Qatar, Tamim ...': the titles conjoined to a title."""
    return [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]


def phrase_tokens(head: Token) -> list[Token]:
    """The head noun with the modifiers that belong to its actor phrase, in text order.

    A name in apposition to the first of two conjoined titles belongs to the last one ("the Iranian
    president and Emir of Qatar, Tamim bin Hamad Al-Thani": Tamim is the emir, not the president).
    The phrase depends on the parse alone, which is final once the doc is coded, so it is walked once per
    head and doc (the events and the statives ask for the same heads many times); callers do not change it.
    """
    return per_token(PHRASES_KEY, head, _phrase_tokens)


def _phrase_tokens(head: Token) -> list[Token]:
    tokens = {head.i: head}
    stack = [head]
    shared_appos = bool(conjoined_titles(head))
    # "Protesters" opening a sentence is often tagged a proper noun: a lower-case lemma tells it apart
    common_noun = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and not head.ent_type_ and head.is_sent_start)
    if head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        for appos in head.head.children:
            if appos.dep_ == "appos" and appos.i > head.i:
                tokens[appos.i] = appos
                stack.append(appos)
    while stack:
        tok = stack.pop()
        for child in tok.children:
            keep = child.dep_ in MODIFIER_DEPS or (child.dep_ == "appos" and not (tok.i == head.i and shared_appos))
            if child.dep_ == "prep" and child.lower_ in PHRASE_PREPS and tok.i == head.i:
                keep = True
            if child.dep_ == "prep" and child.lower_ == "in" and tok.i == head.i and common_noun:
                keep = True  # "the military junta in Niger": a country named after the role noun
            if child.dep_ == "pobj" and tok.dep_ == "prep":
                keep = True
            if keep and child.i not in tokens:
                tokens[child.i] = child
                stack.append(child)
    return [tokens[i] for i in sorted(tokens)]


PHRASE_TEXT_KEY = "detente_phrase_text"


def phrase_text(head: Token) -> str:
    """``span_text`` of the head's whole phrase (``phrase_tokens``), cut once per head and doc: the resolution of the
    events, of the statives and of every candidate asks it of the same heads."""
    return per_token(PHRASE_TEXT_KEY, head, lambda h: span_text(phrase_tokens(h)))


def span_text(tokens: list[Token]) -> str:
    """The phrase's words as written, without a leading article (cut from the doc's text: the same characters as
    the span's ``.text``, without building the span)."""
    doc = tokens[0].doc
    start, last = tokens[0].i, tokens[-1]
    while start < last.i and doc[start].dep_ in ("det", "case", "punct"):
        start += 1
    return doc_text(doc)[doc[start].idx : last.idx + len(last)]


_AS_SETS: dict[int, tuple[list[str], frozenset[str]]] = {}


def _as_set(words: list[str]) -> frozenset[str] | list[str]:
    """A word list of the data files as a set, made once per list (they are loaded once and never changed). A
    caller passing new lists on every call would fill the table: past a few hundred lists, the list is searched."""
    kept = _AS_SETS.get(id(words))
    if kept is None or kept[0] is not words:
        if len(_AS_SETS) >= 256:
            return words
        kept = _AS_SETS[id(words)] = (words, frozenset(words))  # the list is kept, so its id is not reused
    return kept[1]


def lemma_in(tok: Token, words: list[str] | set[str] | frozenset[str]) -> bool:
    """Whether a word is in a list by lemma or as written ("goods" is lemmatized "good")."""
    found = _as_set(words) if isinstance(words, list) else words
    return tok.lemma_.lower() in found or tok.lower_ in found


BARE_DEFINITE_KEY = "detente_bare_definite"


def is_bare_definite(head: Token) -> bool:
    """'the alliance', 'the peacekeepers', 'the President': a common noun or bare title with only 'the' before it.
    The parse alone decides, so it is read once per head and doc (``resolve`` asks it of a head several times, and
    the events and the statives resolve the same heads: 27,959 asks for 4,865 heads in 100 real articles)."""
    return per_token(BARE_DEFINITE_KEY, head, _is_bare_definite)


def _is_bare_definite(head: Token) -> bool:
    mods = [c for c in head.children if c.i < head.i]
    # "The President meets ...": a capitalised title with no name is a description too
    title = head.pos_ == "PROPN" and not head.ent_type_ and head.lower_ in roles_file().person_titles
    definite = len(mods) == 1 and mods[0].lower_ in ("the", "this", "that", "these", "those")
    return (head.pos_ == "NOUN" or title) and definite


def is_several(head: Token) -> bool:
    """'the seven governments', 'Western countries', 'foreign troops': more than one state, none named."""
    several = set(roles_file().several_words)
    return head.tag_ == "NNS" and any(
        c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in several) for c in head.children
    )


def is_former(head: Token, tokens: list[Token]) -> bool:
    """'former prime minister Imran Khan', 'then-governor X', 'onetime minister X': a title a former word
    (``former_word``) opens is an office held some other day, maybe by another holder, not the office."""
    return any(former_word(t) for t in tokens if t.i < head.i)


def former_word(tok: Token) -> bool:
    """A word that makes what follows a thing the person was: "former", "ex-", "then-" before a title (roles.yaml
    ``former_words``), or an adverb of a description ("previously of the European Commission"; ``former_adverbs``)."""
    words = roles_file()
    if tok.lower_ in words.former_words or tok.lower_ in words.former_adverbs:
        return True
    # a hyphenated word the tokenizer split ("One-time" -> One, -, time) read as written whole ("onetime")
    doc, i = tok.doc, tok.i
    joined = [doc[i - 2 : i + 1], doc[i : i + 3]]
    return any(
        len(part) == 3 and part[1].text == "-" and part[0].lower_ + part[2].lower_ in words.former_adverbs
        for part in joined
    )


def person_span(head: Token) -> Span:
    """The entity the head is part of, else the head alone."""
    ent = entity_span(head)
    return ent if ent is not None else head.doc[head.i : head.i + 1]
