"""Weapons as actors: "war planes", "regime helicopters". A country's weapons are its military, a government's
weapons its government (guide 1.3); kept apart because the same weapon test reads both."""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.phrases import lemma_in
from detente.actors.roles import head_role
from detente.data import roles_file
from detente.where.mentions import entity_of


def is_weapon(tok: Token) -> bool:
    """'planes', 'war planes', 'fighter jets': a weapon noun of ``state_weapons``."""
    weapons = roles_file().state_weapons
    compound = " ".join([*(c.lower_ for c in tok.children if c.dep_ == "compound"), tok.lemma_.lower()])
    return lemma_in(tok, weapons) or any(compound.endswith(w) for w in weapons if " " in w)


def shares_weapon(head: Token) -> bool:
    """'Russia and Syrian regime war planes': a bare country conjoined with a weapon noun shares it (guide 1.3: a
    country's weapons are its military)."""
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and is_weapon(c) for c in head.children)


def state_weapon(head: Token) -> bool:
    """'regime helicopters', 'Syrian government war planes': a weapon an own-state word says is the government's.
    A weapon with no owner word of its own conjoined after one that has ("government jets and guided rockets
    struck the suburbs"): the owner written once is the pair's (s31-actorpairs; read alone,
    "missiles" took the military of the article's country, a second event beside the government's)."""
    return is_weapon(head) and any(lemma_in(t, roles_file().own_state_words) for t in _owner_words(_shared_owner(head)))


def _owner_words(noun: Token) -> list[Token]:
    owners = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod", "poss")]
    return owners + [g for o in owners for g in o.children if g.dep_ in ("amod", "compound")]  # "Syrian regime jets"


def _shared_owner(head: Token) -> Token:
    """The noun whose owner words a weapon reads: its own, or where it has none and is the second of two conjoined
    weapons or deeds of arms (``conj``: "government air strikes and missiles"), the first one's. A first conjunct of
    another kind ("regime gunmen and jets": men, whose level is their own) lends nothing."""
    first = head.head
    if head.dep_ != "conj" or first.i == head.i or not (is_weapon(first) or deed_of_arms(first)):
        return head
    if any(_names_an_owner(t, head) for t in _owner_words(head)) or _of_after(head, first):
        return head  # "Syrian government jets and Russian planes", "warplanes of the coalition": their own owner
    return first


def _of_after(head: Token, first: Token) -> bool:
    """An "of" phrase after the second conjunct, on it or (as the parser often hangs it) on the first: "regime
    helicopters and bombers of the allied air forces" names the second one's owner."""
    return any(c.lower_ == "of" and c.i > head.i for c in (*head.children, *first.children))


def _names_an_owner(tok: Token, noun: Token) -> bool:
    """A modifier of ``noun`` that says whose a weapon is: a possessive, an own-state word, a name of a country,
    people, body or person, a role word ("rebel drones", "opposition warplanes", "militia mortars": the roles table),
    a word describing a group ("coalition warplanes": ``description_kinds``) or a people the parser tags
    ("Kurdish drones"). A word that only says what kind the weapon is ("long-range", "guided"; "fighter" of "fighter
    jets", a weapon of ``state_weapons`` with the noun) is none."""
    rules = roles_file()
    if tok.dep_ == "poss" or lemma_in(tok, rules.own_state_words):
        return True
    if f"{tok.lemma_.lower()} {noun.lemma_.lower()}" in rules.state_weapons:
        return False  # "fighter jets": one weapon's name, not a fighter's jets
    entity = entity_of(tok)
    if entity is not None and entity[0] in ("country", "demonym", "capital", "actor", "person"):
        return True
    return head_role(tok, [tok]) is not None or lemma_in(tok, set(rules.description_kinds)) or tok.ent_type_ == "NORP"


def deed_of_arms(noun: Token, skip: int | None = None) -> bool:
    """'air strikes', 'shelling', 'drone strikes': a deed of arms (``armed_deeds``) by its compound's words or, for a
    one-word deed, by its lemma when no noun modifier names another kind of it ("a hunger strike", "a rail strike"
    are none; a weapon, another deed, a country, people or own-state word before it names no kind). ``skip``: the
    index of a modifier not to read (the country word ``armed_deed_of`` asks about)."""
    rules = roles_file()
    deeds = rules.armed_deeds
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i != skip]
    words = " ".join([*(c.lower_ for c in compounds), noun.lemma_.lower()])
    if any(words.endswith(d) for d in deeds if " " in d):
        return True
    kinds = [c for c in compounds if c.ent_type_ not in ("NORP", "GPE") and not lemma_in(c, rules.own_state_words)]
    return lemma_in(noun, deeds) and all(is_weapon(c) or lemma_in(c, deeds) for c in kinds)


def armed_deed_of(head: Token) -> bool:
    """'Turkish shelling and air strikes killed ...', 'Russian and regime warplanes': a country (not possessive)
    word modifying a deed of arms (``deed_of_arms``) or a weapon names that country's military (guide 1.3)."""
    if head.dep_ not in ("amod", "compound", "nmod"):
        return False  # not a possessive: "Russia's invasion of Ukraine pushed Finland ..." is the state's own act
    noun = head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i == head.i or not _does(noun):
        return False
    owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i != head.i]
    if any(lemma_in(t, roles_file().own_state_words) for o in owners for t in (o, *o.children)):
        return False  # "Syrian government air strikes", "Syrian regime air strikes": the government's (guide 1.3)
    return is_weapon(noun) or deed_of_arms(noun, skip=head.i)


def deed_doer(head: Token) -> Token | None:
    """'Turkish shelling and air strikes killed ...': the country word of a deed of arms that is itself a party (the
    parse makes the deed the subject), whose military it names (``armed_deed_of``); None for any other phrase."""
    for c in head.children:
        if c.i < head.i and c.ent_type_ in ("NORP", "GPE") and armed_deed_of(c):
            return c
    return None


def _does(noun: Token) -> bool:
    """Whether a deed is told as doing something ("Turkish shelling killed ...", "wounded by Turkish artillery fire"):
    as the clause's subject or its agent. A deed that is the object of words ("Iran condemned the U.S. and British
    strikes") names the countries the words are aimed at, which the annotators code as the bare countries."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in roles_file().agent_words
