"""Where words were said: an event of words told in a reported clause happened where its speaker spoke.

"At a meeting in Brussels, the minister said Beijing firmly supports Europe": the support is voiced in Brussels;
Europe is what it is about, not where. "Speaking on a trip to London, the chairman said the firm was ready
to sign ...": the intent is stated in London. The annotation guide places an event where it happened; for words
(``roles.yaml`` ``said_roots``: statements, appeals, intents, praise, demands, criticism, rejections, threats) that
is where they were spoken, which the clause of the verb of saying tells, not the reported clause it carries.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.data import clauses
from detente.nlp.tree import nearest_verb

# the clause links a reported event climbs to reach its verb of saying: the reported clause itself, and the
# clauses inside it that share its scene ("was willing to sign", "supports ... and backs ...")
CLIMB = {"xcomp", "conj", "advcl", "acomp", "ccomp"}
MAX_STEPS = 4


def reporting_verb(trigger: Token) -> Token | None:
    """The verb of saying or claiming whose reported clause (its ``ccomp``) tells the event; None when the event
    is told in no reported clause (or is the saying itself)."""
    words = clauses()
    speech = {*words.speech_verbs, *words.claim_verbs}
    verb = nearest_verb(trigger)
    for _ in range(MAX_STEPS):
        if verb.head.i == verb.i or verb.dep_ not in CLIMB:
            return None
        if verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head.lemma_.lower() in speech:
            return verb.head
        verb = nearest_verb(verb.head)
    return None
