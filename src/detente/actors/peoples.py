"""Whether a demonym names a people rather than its state (issue 14, s29-people).

"Ethnic Albanian rebels" fighting in Macedonia are Macedonia's rebels, not Albania's; "Russian-speaking residents"
of eastern Ukraine are Ukraine's; "the Serb minority" of Kosovo is Kosovo's; "Karabakh Armenian forces" Azerbaijan's.
Read as its state, such a demonym gives the actor the wrong country, and a wrong country is worse than none. The
words that mark a demonym so are data (``people_modifiers``, ``people_suffixes``, ``people_nouns`` in
``data/roles.yaml``); every reader of a demonym's country asks ``names_a_people`` first (``resolved.state_word`` for
pairs and sites, ``countries.phrase_country`` for role phrases, the resolver for a demonym heading its phrase), so
the rule lives in one place.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.phrases import lemma_in
from detente.data import gazetteer, roles_file
from detente.where.mentions import entity_of


def names_a_people(tok: Token) -> bool:
    """Whether ``tok``, a demonym, names a people here, not the state it is the demonym of: "ethnic Albanian",
    "Russian-speaking", "the Serb minority", "of Turkish descent", "Karabakh Armenian" (a place's word first).
    A demonym with none of these ("an Albanian government", "Albanian rebels") is its state's, as before."""
    code = demonym_code(tok)
    if code is None:
        return False
    rules = roles_file()
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ in rules.people_modifiers:
        return True  # "ethnic Albanian rebels", "ethnically Albanian politicians"
    if tok.i > 0 and tok.dep_ in ("amod", "compound", "nmod") and _placed(doc[tok.i - 1], tok, code):
        return True  # "Karabakh Armenian fighters": the people of the place named first
    if tok.i + 2 < len(doc) and _hyphen(doc[tok.i + 1]) and doc[tok.i + 2].lower_ in rules.people_suffixes:
        return True  # "Russian-speaking separatists", "a Syrian-born cleric"
    # "a Georgian-American businessman", "the British-Iranian woman" are left as before (the first word's state):
    # American usage puts the origin first, British usage the nationality, and the text does not say which
    governor = tok.head  # "the Albanian minority", "rebels of Albanian descent"
    return governor.i != tok.i and tok.dep_ in ("amod", "compound", "nmod") and lemma_in(governor, rules.people_nouns)


def _hyphen(tok: Token) -> bool:
    """A hyphen written tight between two words ("Russian-speaking"), not a dash set off by spaces."""
    return tok.text == "-" and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


def _placed(tok: Token, demonym: Token, code: str) -> bool:
    """Whether ``tok``, just before ``demonym`` and modifying the same noun (or the demonym), is a place of a state
    other than ``code`` ("Karabakh Armenian forces"). Only a place below a state: of two states' words ("Bosnian
    Serb", "Turkish Cypriot") either may name the people, so such a pair is left as before."""
    entity = entity_of(tok)
    if entity is None or entity[0] != "place" or tok.head.i not in (demonym.i, demonym.head.i):
        return False
    other = gazetteer().places[entity[1]].country
    return other is not None and other != code


def demonym_code(tok: Token) -> str | None:
    """The state a demonym is of: by its dictionary entity, or by its capitalised surface where the tagger took a
    longer span for the entity ("Ethnic Albanian" opening a sentence, one NORP span, leaves "Albanian" no entity of
    its own, so the context read the phrase as the state's)."""
    entity = entity_of(tok)
    table = gazetteer().demonyms
    if entity is not None:
        return table.get(entity[1]) if entity[0] == "demonym" else None
    return table.get(tok.text) if tok.is_title else None
