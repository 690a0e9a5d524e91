"""Whom a worry is about: concern over a party's act is criticism of that party.

Annotators (and the guide, 1.3) code "expressed concern" as a pessimistic comment (012) only when the worry is
about a situation ("voiced alarm that violence was occurring"); when it is about a party or what a party did
("voiced concern at the proposal from the Iranian judiciary", "concerns that the regime is planning an attack",
"concern to Turkey's prime minister about the arrests") it blames that party: 111, the party as target.

This module reads the worry's topic and gives the words that name the party blamed, or none. The topic is the
object of a topic preposition on the worry noun or its verb ("concern over X"), or the subject of the worry's
that-clause ("fears that X would ..."). The party is

- the that-clause's subject when it names a party and the clause says what it does: active, no modal of
  possibility, no stative verb ("that the regime is planning"; not "that Iranian civilians could be killed", "that
  Iranian people are suffering", "that Russia might be the next target": the victims are not the blamed);
- the doer of a deed noun there, whatever the clause's verb (clauses.yaml ``concern_topic.deed_nouns``): its owner
  ("Iran's decision"), an entity modifier ("an Israeli attack"), a "by" phrase or the agent of a participle on it
  ("decisions taken by the U.S. government"), also one step down a relative clause or an "of" phrase ("the impact
  that the decisions adopted by X have"). A place modifier or a "from" phrase names the author of a said or decided
  thing only (``author_nouns``: "tough U.S. demands", "the suggestion from the council"); on another deed it is the
  scene ("the planned Syria withdrawal", "the withdrawal from Afghanistan"). "with" names a partner, not the doer
  ("the deal with Iran");
- the addressee ("to X") when a deed of the topic names no doer: the worry is told to whoever did it.

A party named by itself after a topic preposition is never read: "concern at the United Nations about ..." names a
venue, "concern over Iranian civilians" the victims, "concern about Syria" a situation. Pronouns are never read (they
may be the speaker's own: "concern about its decision"), nor an open question ("doubts about whether the US would
quit": ``open_marks``), nor a denied worry ("expressed no concern", "did not voice concern") or a question: the
pattern's own reading (012) stands. Callers: events/candidates.py for the patterns with ``blame:``; the reader of
what is said (events/saying.py, pessimism words) may call :func:`blamed_words` the same way.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.phrases import lemma_in
from detente.data import clauses
from detente.events.tree import PARTY_PRONOUNS, conjuncts, is_party_phrase, prep_parties
from detente.nlp.tree import asks, prep_objects

DOER_TYPES = ("NORP", "ORG", "PERSON")  # entity modifiers of any deed noun that name its doer ("an Israeli attack")
AUTHOR_TYPES = ("GPE", *DOER_TYPES)  # of a said or decided thing a place names its author too ("U.S. demands")
CLAUSE_DEPS = ("acl", "ccomp", "relcl")


def _pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.lower_ in PARTY_PRONOUNS


def _in(noun: Token, words: list[str]) -> bool:
    return noun.pos_ == "NOUN" and lemma_in(noun, words)


def _is_deed(noun: Token) -> bool:
    return _in(noun, clauses().concern_topic.deed_nouns)


def deed_doers(noun: Token) -> list[Token]:
    """The words naming who did the deed a noun names: its owner, an entity modifier, an agent phrase, or the agent
    of a participle on it. Nothing for a noun that names no deed ("a Kavanaugh accuser", "American citizens"). A
    place modifier or a "from" phrase names the author of a said or decided thing only ("U.S. demands", "the
    suggestion from the council"); on another deed it is the scene ("the Syria withdrawal", "the withdrawal from
    Afghanistan")."""
    if not _is_deed(noun):
        return []
    words = clauses().concern_topic
    authored = _in(noun, words.author_nouns)
    types = AUTHOR_TYPES if authored else DOER_TYPES
    found: list[Token] = []
    for c in noun.children:
        if c.dep_ == "poss" and not _pronoun(c):
            found += conjuncts(c)
        elif c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in types:
            found.append(c)
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            found += [o for p in prep_objects(c, ("by",), ("agent",)) for o in conjuncts(p)]
    for prep in [*words.agent_preps, *(words.author_preps if authored else [])]:
        found += prep_parties(noun, prep)
    seen: set[int] = set()
    return [t for t in found if not _pronoun(t) and not (t.i in seen or seen.add(t.i))]


def _open_question(clause: Token) -> bool:
    marks = clauses().concern_topic.open_marks
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _does_an_act(clause: Token) -> bool:
    """'that the regime is planning an attack': the clause says what its subject does, not what it may undergo or
    is ('that Israel could be attacked', 'that Iranian people are suffering', 'that Russia might be the next
    target')."""
    words = clauses().concern_topic
    return (
        clause.pos_ == "VERB"
        and clause.lemma_.lower() not in words.stative_verbs
        and not any(c.dep_ == "aux" and c.lower_ in words.possible_modals for c in clause.children)
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
    )


def addressees(worry: Token, verb: Token) -> list[Token]:
    """Whom the worry is told to ("concern to Turkey's prime minister")."""
    preps = clauses().concern_topic.addressee_preps
    return [p for prep in preps for h in (worry, verb) for p in prep_parties(h, prep)]


def topics(worry: Token, verb: Token) -> tuple[list[Token], list[Token], list[Token]]:
    """The worry's topic heads: the objects of its topic prepositions (on the noun, its verb or its addressee), the
    subjects of its that-clause (on the noun, or the verb's clausal complement), and of those the active subjects of
    a clause that says what they do (the only ones that may be the blamed party themselves)."""
    words = clauses().concern_topic
    # the small parser may hang the topic on the addressee ("concern to China's minister about the detention")
    objects = [o for h in (worry, verb, *addressees(worry, verb)) for o in prep_objects(h, words.topic_preps)]
    clauses_ = [c for c in worry.children if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")]
    clauses_ += [c for c in verb.children if c.dep_ == "ccomp"]
    clauses_ = [c for c in clauses_ if not _open_question(c)]
    subjects_ = [s for c in clauses_ for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    doers = [s for c in clauses_ if _does_an_act(c) for s in c.children if s.dep_ == "nsubj"]
    return objects, subjects_, doers


def _below(head: Token) -> list[Token]:
    """Nouns one step down a topic that names no deed: the subject of its relative clause and its "of" object ("the
    impact that the decisions adopted by X have", "the consequences of Iran's decision")."""
    rel = [s for c in head.children if c.dep_ == "relcl" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return rel + list(prep_objects(head, ("of",)))


def _denied(worry: Token, verb: Token) -> bool:
    """'expressed no concern', 'did not voice concern', or a question: no worry is stated, the pattern's own reading
    (012, with its negation) stands."""
    no = clauses().concern_topic.no_words
    return (
        any(c.dep_ in ("det", "neg") and c.lower_ in no for c in worry.children)
        or any(c.dep_ == "neg" for c in verb.children)
        or asks(verb.sent)
    )


def blamed_words(worry: Token, verb: Token, speaker: list[Token]) -> list[Token]:
    """The words naming the party a worry blames (see the module's docstring), not the speaker's own words; empty
    when the worry is about a situation, a place, a victim or a venue, or is denied."""
    if _denied(worry, verb):
        return []
    objects, subjects_, doers_ = topics(worry, verb)
    own = {t.i for s in speaker for t in s.subtree}
    found: list[Token] = []
    deeds: list[Token] = []  # deed nouns of the topic whose doer is not named
    for head in objects + subjects_:
        if _pronoun(head):
            continue
        if is_party_phrase(head):
            # a party named by itself is read only as the doer of its that-clause, never after a preposition
            if head in doers_:
                found += conjuncts(head)
            continue
        for noun in [head, *([] if _is_deed(head) else _below(head))]:
            doers = deed_doers(noun)
            found += doers
            if not doers and _is_deed(noun) and noun.i not in own:
                deeds.append(noun)
    found = [t for t in found if t.i not in own]
    if found or not deeds:
        return found
    return [t for t in addressees(worry, verb) if t.i not in own and not _pronoun(t) and is_party_phrase(t)]
