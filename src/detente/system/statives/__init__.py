"""Stative relations: what an article states about standing ties, beside the events it reports.

"Turkey and Qatar, both of which are US allies", "the Iranian-backed regime", "Hamas, which is a terrorist
group", "Israel is not an ally of Iran", "militias allied with Iran", "Iran calls the rebels terrorists": none
of these is an event, yet each is a relation an analyst would draw. They are read on the same parse the event
coder reads, with the words in ``data/statives/patterns.yaml``; every party is resolved by ``detente.actors``
exactly as event actors are, so the codes agree.

The package is split by extractor family, imported one way (each module only from those above it):

- ``lexicon``: the pattern file as lookup tables; ``Found``, what an extractor yields
- ``parties``: the actors a phrase names; pairing holders with others; international bodies
- ``clause``: subjects, holders of relation nouns, negation, denial, who said it
- ``mediations``: mediator -> sides (also used by ``nouns`` and ``hyphens``)
- ``nouns``: relation nouns (appositions, copulas), adjectives, relative clauses, owned nouns
- ``hyphens``: "Iranian-backed", "U.S.-allied", "Russian-led"
- ``labels``: "a terrorist group", "calls them terrorists", "proscribed"
- ``ties``: tie nouns, agreements, pacts of defence
- ``support``: support verbs, aid given and received, "with the backing of", "in support of"
- ``membership``: "joined NATO", "left the EU"
- ``extract``: runs them all per sentence and keeps what holds
"""

from detente.system.statives.extract import extract_statives

__all__ = ["extract_statives"]
