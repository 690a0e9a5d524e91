"""Who does a deed whose own clause names no doer: the party the construction around it gives.

``tree.subjects`` reads a verb's own subject and the subject it shares with the verb it completes (a control verb,
a conjoined verb, an unmarked participle). Where that gives nothing, or only a thing ("the attack ... killing 20"),
the construction around the deed often still says who does it (issue 13):

- ``marked_participle``: "while praising Johnson, ...", "..., after meeting Putin": a participle with a subordinator
  and no subject of its own is done by the subject of the clause it modifies;
- ``thing_participle``: "launched an offensive on the town, killing 20": a participle hung on a thing is done by the
  subject of the verb that governs the thing;
- ``thing_infinitive``: "mounted an attack to recapture the road": the same for a to-infinitive on a thing;
- ``nominal_owner``: "his calls for banning ...", "an attempt by the rebels to attack ...", "her decision ...,
  urging voters": a deed hung on a noun (a clause of it, or a preposition's object) is done by the noun's owner or
  its ``by`` agent;
- ``passive_controller``: "was committed to cooperating", "was removed for refusing to": a participle completing a
  passive with no agent is done by the passive's subject.

For event nouns (``noun_sources``):

- ``nominal_agent``: "the visit by the minister", "criticism by X": a noun pattern whose doer is its owner or its
  clause's subject takes the agent of the noun when neither is named;
- ``bound_possessive``: "the regime intensified its bombardment": a possessive pronoun on the object of a verb
  that does not resolve is read as the verb's subject;
- ``object_of_verb``: "the regime intensified attacks": an event noun that is the object of any verb (not only a
  light verb, ``clause_verb_of_noun``) is done by the verb's subject;
- ``possessive_nominal`` (read in ``candidates``): "Trump's visit to the UK": the owner of an event noun is its doer
  whatever frames the noun (the shipped reading takes it only under ``owner_frame_preps``).

And for the target of a deed aimed at a thing (``owner_targets``), tried after the pattern's own target slots:
``object_owner`` ("assailed Khan's record", "rejected a plea by Kerry") and ``object_modifier`` ("rejected a US
plea").

Each mechanism is switched on in ``data/clauses.yaml`` (``implied_doers``) only when it adds more right events
than wrong on train and no more wrong than right on dev; measured one at a time (docs/events.md, "Implied doers"),
none did, so the shipped list is empty. The events stage tries these words only after the clause's own subject gave
no actor, so they never replace a doer the clause names.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.actors import head_role
from detente.data import clauses
from detente.events.tree import SUBJECT_DEPS, conjuncts, is_passive, names_a_party, prep_parties, subjects

VERBAL = ("VERB", "AUX")
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl") for c in verb.children)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def governing_verb(noun: Token, hops: int = 3) -> Token | None:
    """The verb a thing is an argument of: its object ("launched an offensive"), or through prepositions and the
    nouns they hang on ("pushed deep into the city for the first time"); a predicate adjective stands for its
    copula ("was relentless in the east")."""
    tok = noun
    for _ in range(hops):
        if tok.dep_ in ("dobj", "attr", "oprd") and tok.head.pos_ in VERBAL:
            return tok.head
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        holder = tok.head.head
        if holder.pos_ in VERBAL:
            return holder
        if holder.dep_ == "acomp" and holder.head.pos_ in VERBAL:
            return holder.head
        if holder.pos_ not in ("NOUN", "PROPN"):
            return None
        tok = holder
    return None


def marked_participle(verb: Token) -> list[Token]:
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or _own_subject(verb) or verb.head.pos_ not in VERBAL:
        return []
    if not any(c.dep_ == "mark" for c in verb.children):
        return []  # an unmarked participle already shares its subject (tree.subjects)
    return subjects(verb.head)


def _on_a_thing(verb: Token) -> Token | None:
    """The noun a clause hangs on, when that noun names no party ("an offensive ... killing", "an attack to")."""
    if verb.dep_ != "acl" or _own_subject(verb) or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return None if names_a_party(verb.head) else verb.head


def thing_participle(verb: Token) -> list[Token]:
    thing = _on_a_thing(verb) if verb.tag_ == "VBG" else None
    gov = governing_verb(thing) if thing is not None else None
    return subjects(gov) if gov is not None else []


def thing_infinitive(verb: Token) -> list[Token]:
    thing = _on_a_thing(verb) if _infinitive(verb) else None
    gov = governing_verb(thing) if thing is not None else None
    return subjects(gov) if gov is not None else []


RELATIVE_PRONOUNS = ("who", "which", "that")


def nominal_owner(verb: Token) -> list[Token]:
    relative = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)
    if _own_subject(verb) and not relative:
        return []
    noun: Token | None = None
    if (verb.dep_ == "acl" or relative) and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head.head
    if noun is None or (names_a_party(noun) and not any(c.dep_ == "poss" for c in noun.children)):
        return []
    owners = [c for child in noun.children if child.dep_ == "poss" for c in conjuncts(child)]
    return owners or prep_parties(noun, "by")


def passive_controller(verb: Token) -> list[Token]:
    if verb.tag_ != "VBG" or _own_subject(verb):
        return []
    gov = verb.head
    if verb.dep_ == "pcomp" and gov.dep_ == "prep":
        gov = gov.head
    elif verb.dep_ not in ("advcl", "xcomp"):
        return []
    if gov.pos_ not in VERBAL or not is_passive(gov) or any(c.dep_ == "agent" for c in gov.children):
        return []
    return [c for child in gov.children if child.dep_ == "nsubjpass" for c in conjuncts(child)]


VERB_MECHANISMS: dict[str, Callable[[Token], list[Token]]] = {
    "marked_participle": marked_participle,
    "thing_participle": thing_participle,
    "thing_infinitive": thing_infinitive,
    "nominal_owner": nominal_owner,
    "passive_controller": passive_controller,
}
NOUN_MECHANISMS = ("nominal_agent", "bound_possessive", "object_of_verb", "possessive_nominal")


NAME_TYPES = ("GPE", "NORP", "ORG", "PERSON")


def owner_targets(options: list[list[Token]]) -> list[Token]:
    """Whom a deed aimed at a thing is aimed at: the thing's owner ("assailed Khan's record", "rejected a plea by
    Kerry": ``object_owner``) or a name that modifies it ("rejected a US plea": ``object_modifier``), tried after the
    pattern's own target slots."""
    on = clauses().implied_doers
    found: list[Token] = []
    if "object_owner" not in on and "object_modifier" not in on:
        return found  # switched off (as shipped): no role lookups on every option of every pattern tried
    for head in (h for group in options for h in group):
        if head.pos_ != "NOUN" or head_role(head, [head]) is not None:
            continue  # a party the resolver reads itself
        if "object_owner" in on:
            found += [c for child in head.children if child.dep_ == "poss" for c in conjuncts(child)]
            found += prep_parties(head, "by")
        if "object_modifier" in on:
            found += [
                c
                for c in head.children
                if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i and c.ent_type_ in NAME_TYPES
            ]
    return found


def implied_subjects(verb: Token) -> list[Token]:
    """The doer the construction around a verb gives, by the first mechanism switched on that finds one."""
    on = clauses().implied_doers
    for name, find in VERB_MECHANISMS.items():
        if name in on and (found := [t for t in find(verb) if t.i != verb.i]):
            return found
    return []


def noun_sources(noun: Token, filled: list[list[Token]], slots: list[str]) -> list[list[Token]]:
    """Further words that may name the doer of an event noun, tried after the pattern's own slots (``filled``)."""
    on = clauses().implied_doers
    extra: list[list[Token]] = []
    owner_slots = {"poss", "subj", "mod"} & set(slots)
    agents = prep_parties(noun, "by") if "nominal_agent" in on and not filled and "prep:by" not in slots else []
    if agents and owner_slots:
        extra.append(agents)
    if "object_of_verb" in on and not filled and "subj" in slots and noun.dep_ == "dobj" and noun.head.pos_ in VERBAL:
        extra.append(subjects(noun.head))
    if "bound_possessive" in on:
        pronouns = [t for group in filled for t in group if t.dep_ == "poss" and t.lower_ in POSSESSIVE_PRONOUNS]
        gov = governing_verb(noun, hops=1) if pronouns else None
        if gov is not None and (found := [s for s in subjects(gov) if s.i not in {p.i for p in pronouns}]):
            extra.append(found)
    return extra
