"""Small reads of the dependency tree that every coding stage needs."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Doc, Span, Token

from detente.nlp.memo import per_doc_once, per_sentence

TIME_LABELS = frozenset({"DATE", "TIME"})
"""The entity labels of a word of time ("on Sunday", "Monday morning"): a date is no party and no place, and a
relative clause or a preposition the parser hangs on it belongs to the clause the time is told in."""

QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})
"""The tokens that open or close a quotation: straight and curly double quotes and the tokenizer's doubled
backquote and apostrophe. A lone "'" is left out (as often an apostrophe); the statement readers that ask whether a
sentence quotes at all (``statements.QUOTES``, ``learned.statements``) count it too."""


def nearest_verb(tok: Token) -> Token:
    """The verb of the clause a word sits in: the word itself if a verb or auxiliary, else its closest such ancestor
    ("its coast guard" -> the clause's verb), the sentence's root when there is none."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def inside_quotes(tok: Token) -> bool:
    """Whether a token stands between quotation marks of its sentence: an odd number of marks before it."""
    return sum(1 for t in tok.sent if t.i < tok.i and t.text in QUOTE_MARKS) % 2 == 1


def asks(sent: Span) -> bool:
    """Whether a sentence is a question: it ends in "?", before any closing quote ('He asked: "Were soldiers killed
    in the clashes?"'). A question reports no deed and no worry, so the readers of a deed's report refuse it. (The
    statement reader asks more: ``statements._is_question`` takes no sentence that quotes at all.)"""
    return sent.text.rstrip().rstrip("\"'”’").endswith("?")


def prep_objects(head: Token, preps: Collection[str], deps: Collection[str] = ("prep",)) -> Iterator[Token]:
    """The objects of the prepositions ``preps`` attached to ``head`` ("attack on X" -> X)."""
    for prep in head.children:
        if prep.dep_ in deps and prep.lower_ in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    yield pobj


def verb_in(verb: Token, verbs: Collection[str]) -> bool:
    """Whether a verb is one of ``verbs``, written as lemmas or as lemma and particle ("carry out", "set off")."""
    lemma = verb.lemma_.lower()
    return lemma in verbs or any(f"{lemma} {c.lower_}" in verbs for c in verb.children if c.dep_ == "prt")


def in_perfect(verb: Token) -> bool:
    """Whether a verb is told in a perfect tense: a "have" auxiliary of its own ("has backed", "had destroyed")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def words_in(sent: Span, text: str | None) -> Span | None:
    """The words of the sentence that spell ``text`` (its first occurrence, widened to whole tokens), or None when the
    sentence does not hold it: an actor's or a date's words are kept as text, and a stage that asks where they stand
    in the parse finds them here (an actor carried from another sentence is not in this one)."""
    at = sent.text.find(text) if text else -1
    if at < 0 or not text:
        return None
    return sent.char_span(at, at + len(text), alignment_mode="expand")  # offsets within the sentence


SENTENCE_BOUNDS_KEY = "detente_sentence_bounds"


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the doc, found once per doc: ``doc.sents`` walks the doc again on every call.
    Ints, not Spans: Spans kept on the doc would point back at it and outlive the batch. The one source of the doc's
    sentence bounds (``where.scene.sentence_spans``, ``actors.context.sentence_starts``)."""
    return per_doc_once(SENTENCE_BOUNDS_KEY, doc, lambda d: [(s.start, s.end) for s in d.sents])


SENTENCE_TOKENS_KEY = "detente_sentence_tokens"


def sentence_tokens(sent: Span) -> tuple[Token, ...]:
    """The tokens of a sentence, made once per sentence and doc: every walk over a Span makes a new Token object per
    token, and the relation extractors each walk every sentence (18 walks of the same tokens)."""
    return per_sentence(SENTENCE_TOKENS_KEY, sent, tuple)
