"""People the dictionaries know, named in full where no argument stands: "Nicola Sturgeon's continued support ...",
"Boris Johnson's final rival ...", "a call from Prince Saud al-Faisal's office". The name is no party of the
sentence, so the coder does not resolve it there, yet it introduces the person: a later "Sturgeon told the BBC" is that
person (issue 14, s32). Only the surname is remembered (``ArticleContext.remember_surname``), on the entry valid on the
sentence's day; no mention is kept, so no pronoun reads back to a phrase the sentence did not make a party.

Limits, each because a wrong person is worse than none:
- a name is two name words at least, titles left out (``name_words``): "President Assad's future" names no first name
  and a surname, and a title ("President") is no name anyone is called by later;
- a first name is never remembered: "Kim Jong Un's younger sister ... Kim praised" may be the sister;
- a name written as another person of the entry's surname ("Ivanka Trump") is no introduction of the entry
  (``dictionary_person``, as the resolution of a party reads it);
- the name is remembered as passing: a later party of the surname named in full or titled ("Senator Ron Johnson"
  after "a Boris Johnson loyalist") is that party, not the passing name (``ArticleContext.gives_way``), and takes the
  word over; a word the article already gave to a party keeps its owner."""

from __future__ import annotations

from spacy.tokens import Span

from detente.actors.context import ArticleContext, name_words
from detente.actors.resolution import dictionary_person, resolve_entity
from detente.nlp.memo import per_sentence
from detente.nlp.tree import sentence_tokens


def remember_known_people(sent: Span, ctx: ArticleContext) -> None:
    """Remember the surname of every person a dictionary entry holds that the sentence names in full (a first name
    and a surname at least, titles left out), wherever the name stands."""
    for kind, surface, span in named_in_full(sent):
        found = resolve_entity(kind, surface, span.text, ctx, False, span)
        if found is not None:
            ctx.remember_surname(span, found.actor, found.why, passing=True)


NAMED_IN_FULL_KEY = "detente_named_in_full"


def named_in_full(sent: Span) -> list[tuple[str, str, Span]]:
    """The dictionary people the sentence names in full, in text order: (kind, surface, the name's span). Which they
    are depends on the parse and the dictionaries alone, so it is read once per sentence and doc (``nlp.memo``), and
    the events and the statives, which each walk every sentence, share the reading; only what the names resolve to
    (the entry valid on the context's day) is each stage's own."""
    return per_sentence(NAMED_IN_FULL_KEY, sent, _named_in_full)


def _named_in_full(sent: Span) -> list[tuple[str, str, Span]]:
    """``named_in_full`` unmemoised: each dictionary person a PERSON entity holds once, with two name words at least."""
    found: list[tuple[str, str, Span]] = []
    done: set[int] = set()
    for tok in sentence_tokens(sent):
        if tok.ent_type_ != "PERSON" or tok.i in done:
            continue
        own, _ = dictionary_person(tok)
        if own is None or own[0] != "person":
            continue
        kind, surface, span = own
        done.update(range(span.start, span.end))
        if len(name_words(span)) < 2:
            continue  # a surname alone (or after a title) introduces no one: it may be the surname of another person
        found.append((kind, surface, span))
    return found
