"""Whom a worry is about: concern over a party's act is criticism of that party.

Annotators (and the guide, 1.3) code "expressed concern" as a pessimistic comment (012) only when the worry is
about a situation ("voiced alarm that violence was occurring"); when it is about a party or what a party did
("expressed concern at the suggestion from the Iranian judiciary", "concerns that the regime is planning an attack",
"concern to Turkey's prime minister about the arrests") it blames that party: 111, the party as target.

This module reads the worry's topic and gives the words that name the party blamed, or none. The topic is the
object of a topic preposition on the worry noun or its verb ("concern over X"), or the subject of the worry's
that-clause ("fears that X would ..."). The party is

- the topic itself when it names a party: the that-clause's subject ("that the regime is planning"), or a
  preposition's object that is a party but not a place ("concern about Mueller"; "concern about Syria" is a
  situation);
- the doer of a deed noun there (clauses.yaml ``concern_topic.deed_nouns``): its owner ("Iran's decision"), an entity
  modifier ("tough U.S. demands"), an ``agent_preps`` phrase ("the suggestion from the council", "a deal with the
  DUP") or the agent of a participle on it ("decisions adopted by the U.S. government"), also one step down a
  relative clause or an "of" phrase ("the impact that the decisions adopted by X have");
- the addressee ("to X") when a deed of the topic names no doer: the worry is told to whoever did it.

Pronouns are never read (they may be the speaker's own: "concern about its decision"), nor an open question
("doubts about whether the US would quit": ``open_marks``). Callers: events/candidates.py for the patterns with
``blame:``; the reader of what is said (events/saying.py, pessimism words) may call :func:`blamed_words` the same way.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.data import clauses
from detente.events.tree import PARTY_PRONOUNS, conjuncts, is_party_phrase, prep_parties
from detente.nlp.tree import prep_objects

ENTITY_TYPES = ("GPE", "NORP", "ORG", "PERSON")  # entity modifiers of a deed noun that name its doer
PLACE_TYPES = ("GPE", "LOC", "FAC")  # a place as the topic is a situation there, not a party's act
CLAUSE_DEPS = ("acl", "ccomp", "relcl")


def _pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.lower_ in PARTY_PRONOUNS


def _is_deed(noun: Token) -> bool:
    words = clauses().concern_topic.deed_nouns
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in words or noun.lower_ in words)


def deed_doers(noun: Token) -> list[Token]:
    """The words naming who did the deed a noun names: its owner, an entity modifier, an agent phrase, or the agent
    of a participle on it. Nothing for a noun that names no deed ("a Kavanaugh accuser", "American citizens")."""
    if not _is_deed(noun):
        return []
    found: list[Token] = []
    for c in noun.children:
        if c.dep_ == "poss" and not _pronoun(c):
            found += conjuncts(c)
        elif c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ENTITY_TYPES:
            found.append(c)
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            found += [o for p in prep_objects(c, ("by",), ("agent",)) for o in conjuncts(p)]
    for prep in clauses().concern_topic.agent_preps:
        found += prep_parties(noun, prep)
    seen: set[int] = set()
    return [t for t in found if not _pronoun(t) and not (t.i in seen or seen.add(t.i))]


def _open_question(clause: Token) -> bool:
    marks = clauses().concern_topic.open_marks
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def topics(worry: Token, verb: Token) -> tuple[list[Token], list[Token]]:
    """The worry's topic heads: the objects of its topic prepositions (on the noun, its verb or its addressee), and
    the subjects of its that-clause (on the noun, or the verb's clausal complement)."""
    words = clauses().concern_topic
    # the small parser may hang the topic on the addressee ("concern to China's minister about the detention")
    addressees = [p for prep in words.addressee_preps for h in (worry, verb) for p in prep_parties(h, prep)]
    objects = [o for h in (worry, verb, *addressees) for o in prep_objects(h, words.topic_preps)]
    clauses_ = [c for c in worry.children if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")]
    clauses_ += [c for c in verb.children if c.dep_ == "ccomp"]
    subjects_ = [s for c in clauses_ if not _open_question(c) for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return objects, subjects_


def _below(head: Token) -> list[Token]:
    """Nouns one step down a topic that names no deed: the subject of its relative clause and its "of" object ("the
    impact that the decisions adopted by X have", "the consequences of Iran's decision")."""
    rel = [s for c in head.children if c.dep_ == "relcl" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return rel + list(prep_objects(head, ("of",)))


def blamed_words(worry: Token, verb: Token, speaker: list[Token]) -> list[Token]:
    """The words naming the party a worry blames (see the module's docstring), not the speaker's own words; empty
    when the worry is about a situation."""
    objects, subjects_ = topics(worry, verb)
    own = {t.i for s in speaker for t in s.subtree}
    found: list[Token] = []
    deeds: list[Token] = []  # deed nouns of the topic whose doer is not named
    for head in objects + subjects_:
        if _pronoun(head):
            continue
        if is_party_phrase(head):
            if head in subjects_ or head.ent_type_ not in PLACE_TYPES:
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
    preps = clauses().concern_topic.addressee_preps
    addressed = [p for prep in preps for h in (worry, verb) for p in prep_parties(h, prep)]
    return [t for t in addressed if t.i not in own and not _pronoun(t) and is_party_phrase(t)]
