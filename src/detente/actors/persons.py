"""Persons and titles: a person described in apposition ("Peter Carr, a spokesman for ..."), one who speaks for
another ("a lawyer for President Trump"), and the name a title phrase gives its holder, so that a later surname
reads back to it. Kept apart from the resolver, which it calls back through ``Resolve``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.context import ArticleContext
from detente.actors.countries import phrase_country
from detente.actors.phrases import former_word, lemma_in, person_span, phrase_tokens, span_text
from detente.actors.resolved import Resolve, Resolved
from detente.actors.roles import head_role, role_group
from detente.data import clauses, roles_file
from detente.nlp.tree import prep_objects
from detente.records import ActorRef, is_bare_country
from detente.where.mentions import entity_of


def titles_a_person(head: Token) -> bool:
    """'the health minister of the interim government, Khaled Barakat': a title phrase that names the person
    holding it (to be resolved even where no event asks, so the person's surname reads back to it)."""
    return head.pos_ == "NOUN" and title_holder(head, phrase_tokens(head)) is not None


def title_holder(head: Token, tokens: list[Token]) -> Span | None:
    """The person a role phrase names, to be named later by a part of the name: the head itself
    ("Syrian Health Minister Mohammad Jundi") or a name right after the title ("the health minister of the
    interim government Mohammad Jundi said", which the parser may split into two subjects)."""
    if head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
        return person_span(head)
    if head.tag_ in ("NNS", "NNPS") or not lemma_in(head, roles_file().person_titles):
        return None
    last = head.doc[max(t.i for t in tokens)]
    if last.i > head.i and last.dep_ == "appos" and last.ent_type_ == "PERSON":
        # "the health minister of the interim government, Khaled Barakat": the name closing the title's phrase
        return person_span(last) if entity_of(last) is None else None
    after = last.i + 1
    if after < len(head.doc) and head.doc[after].ent_type_ == "PERSON" and head.doc[after].ent_iob_ == "B":
        name = person_span(head.doc[after])
        return name if entity_of(head.doc[after]) is None else None  # a known person has an entry of their own
    return None


def described_person(head: Token, ctx: ArticleContext, other: ActorRef | None, *, resolve: Resolve) -> Resolved | None:
    """'Peter Carr, a spokesman for the special counsel', 'Khaled Barakat, the opposition's health minister': a
    person the dictionaries do not know is what the description in apposition says, and a later mention of a part
    of the name ("Carr said") is the same person; so is the body named by "of" after the name ("Kessel of the
    Christian Democratic Union"). A description that names no role or a private one ("a U.S.
    citizen", "a student") codes nothing: a private person is no actor."""
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON" or entity_of(head) is not None:
        return None
    # "Khan, a lawyer and member of parliament": each description in turn
    descriptions = [d for c in head.children if c.dep_ == "appos" for d in (c, *c.conjuncts) if d.pos_ == "NOUN"]
    # "Norbert Kessel of the Christian Democratic Union": the body a person is "of" describes them as a member would
    # ("Kessel, a member of the CDU"); a country or a place ("Kim of North Korea", "Senator Cantwell of Washington",
    # where the seat city would read as its government) is no office and is left to the title
    descriptions += [b for b in prep_objects(head, ("of",)) if _a_body(b)]
    for appos in descriptions:
        if _of_the_past(head, appos):
            continue  # "Kant, previously of the European Commission": what the person was, not is
        found = resolve(appos, ctx, other=other)
        if found is None or found.place is not None or found.actor.role in role_group("private") or found.guessed:
            continue  # "Flynn, a retired Army general" in an article on Russia: a person's country is never a guess
        if is_bare_country(found.actor):
            continue
        actor = found.actor.model_copy(update={"text": person_span(head).text})
        why = f"'{head.text}', described as '{appos.text}': {found.why}"
        ctx.remember_name(person_span(head), actor, why)
        return Resolved(actor, why=why)
    return None


def _of_the_past(head: Token, description: Token) -> bool:
    """Whether the words from the name to the end of a description say what the person was ("previously of the
    European Commission", "formerly a member of the CDU", "an ex-member of the party"; ``former_word``): a former
    member or office is no actor, as "former" before a title is none. The whole stretch is read, since the parser
    hangs the adverb on the preposition, the noun or the name, and splits "ex-member" into appositions of its own."""
    end = max(description.right_edge.i, description.i)
    return any(former_word(t) for t in head.doc[head.i + 1 : end + 1])


def _a_body(tok: Token) -> bool:
    """A noun or name of a body, not of a place or a people: no place entity type, and a dictionary's entity only
    where it is an actor's (a party, a ministry, a group)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "PERSON"):
        return False
    found = entity_of(tok)
    return found is None or found[0] == "actor"


def speaks_for(head: Token, ctx: ArticleContext, other: ActorRef | None, *, resolve: Resolve) -> Resolved | bool | None:
    """'a spokesman for Mueller', 'a lawyer for President Trump', 'the senator's aide': one who speaks or acts for
    another is coded as the one they speak for. None when the phrase names no one it speaks for (or a bare country:
    "a spokesman for Russia" is then read by its role noun); False when it names one we cannot code ("a spokesman
    for the company's founder"), so the phrase stays unresolved rather than take a country from context."""
    office = lemma_in(head, roles_file().office_nouns)
    if not office and not lemma_in(head, roles_file().speaks_for_nouns):
        return None
    principals = [c for c in head.children if c.dep_ == "poss"]
    if not office:  # "Ryan's office", "his office": only a possessive names whose ("the Office of Management" is one)
        principals += list(prep_objects(head, ("for", "to", "of")))
    if not principals:
        return None
    # only a name (or a person's pronoun) says whom they speak for: "the junta's spokesman" is read by its role noun
    # (a spokesman of a body in power speaks as its government), as before
    principals = [
        p
        for p in principals
        if p.pos_ == "PROPN"
        or p.lower_ in ("his", "her", "him")
        or _names_one(p)
        or _role_of_named_country(p, ctx, resolve)
    ]
    if not principals:
        return None
    for tok in principals:
        found = resolve(tok, ctx, other=other)
        if found is None or found.place is not None:
            continue
        if is_bare_country(found.actor):
            return None
        actor = found.actor.model_copy(update={"text": span_text(phrase_tokens(head))})
        return Resolved(actor, why=f"'{head.text}' for '{tok.text}': speaks for them ({found.why})")
    return False


def _role_of_named_country(tok: Token, ctx: ArticleContext, resolve: Resolve) -> bool:
    """'a spokesman for the Syrian army', 'an aide to the Iraqi prime minister': a role noun after "for"/"to"/"of"
    whose own phrase names its country (not one the article lends it) says whom the spokesman speaks for."""
    if tok.dep_ != "pobj" or tok.pos_ != "NOUN":
        return False
    tokens = phrase_tokens(tok)
    return head_role(tok, tokens) is not None and isinstance(phrase_country(tok, tokens, ctx, resolve=resolve)[0], str)


def _names_one(tok: Token) -> bool:
    """'Mueller's team', 'the FBI's agents': a common noun whose owner is a known person or body."""
    return any(
        c.dep_ in ("poss", "compound") and (e := entity_of(c)) is not None and e[0] in ("actor", "person")
        for c in tok.children
    )


def informs(head: Token) -> bool:
    """'A Syrian military source denied ...', 'according to a regime source': an informant noun (``informant_nouns``)
    is a person telling something only as the subject of a verb or the object of "according to" (``according_to``),
    and with no "of" phrase of its own; "seized the main military source of weapons" is an origin, and "accused a
    military source of lying" names no one the article lets us place (s18-mendactors)."""
    if any(True for _ in prep_objects(head, ("of",))):
        return False
    if head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX"):
        return True
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.i != prep.i
        and prep.head.lower_ in clauses().according_to
    )
