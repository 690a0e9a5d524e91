"""Whether a demonym names a people rather than its state (issue 14, s29-people).

"Ethnic Albanian rebels" fighting in Macedonia are Macedonia's rebels, not Albania's; "Russian-speaking residents"
of eastern Ukraine are Ukraine's; "the Serb minority" of Kosovo is Kosovo's.
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
    """Whether ``tok``, a word of a demonym, names a people here, not the state it is the demonym of: "ethnic
    Albanian", "Russian-speaking", "the Serb minority", "of Turkish descent". The whole demonym is tested, so each
    word of "ethnic South Korean" answers alike. A demonym with none of these ("an Albanian government", "Albanian
    rebels") is its state's, as before; so is one after a place ("the Latakia Russian air base" is Russia's)."""
    if demonym_code(tok) is None:
        return False
    rules = roles_file()
    doc = tok.doc
    entity = entity_of(tok)
    start, end, root = (
        (entity[2].start, entity[2].end, entity[2].root) if entity is not None else (tok.i, tok.i + 1, tok)
    )
    if start > 0 and doc[start - 1].lower_ in rules.people_modifiers:
        return True  # "ethnic Albanian rebels", "ethnically Albanian politicians", "ethnic South Korean"
    if end + 1 < len(doc) and tight_hyphen(doc[end]) and doc[end + 1].lower_ in rules.people_suffixes:
        return True  # "Russian-speaking separatists", "a Syrian-born cleric"
    # "a Georgian-American businessman", "the British-Iranian woman" are left as before (the first word's state):
    # American usage puts the origin first, British usage the nationality, and the text does not say which
    governor = root.head  # "the Albanian minority", "rebels of Albanian descent"
    outside = not start <= governor.i < end
    return outside and root.dep_ in ("amod", "compound", "nmod") and lemma_in(governor, rules.people_nouns)


def tight_hyphen(tok: Token) -> bool:
    """A hyphen written tight between two words ("Russian-speaking"), not a dash set off by spaces."""
    return tok.text == "-" and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


def demonym_code(tok: Token) -> str | None:
    """The state a demonym is of: by its dictionary entity, or by its capitalised surface where the tagger took a
    longer span for the entity ("Ethnic Albanian" opening a sentence, one NORP span, leaves "Albanian" no entity of
    its own, so the context read the phrase as the state's)."""
    entity = entity_of(tok)
    table = gazetteer().demonyms
    if entity is not None:
        return table.get(entity[1]) if entity[0] == "demonym" else None
    return table.get(tok.text) if tok.is_title else None
