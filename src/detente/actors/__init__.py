"""Resolve the noun phrases of the parse to CAMEO-style actor codes, or leave them unresolved.

"Iran's foreign minister", "the Iranian president", "the Emir of Qatar", "Ankara", "Hayat
Tahrir al-Sham", "Erdogan", "Pakistani commandos", "he", "the ministry": the phrase's head gives
the role (``roles.yaml``), its modifiers the country (the entity ruler's dictionary entities),
named actors and office holders carry their own codes valid between dates, and pronouns and
descriptions read back to what the article named before. An actor we are unsure of is no actor.

Modules: ``context`` (what the article said so far), ``phrases`` (the words of a phrase),
``roles`` (head nouns and titles), ``coreference`` (pronouns and descriptions), ``variants``
(spelling variants of known names), ``resolution`` (the resolver), ``user`` (users' own
dictionaries) and ``lookup`` (one name, explained).
"""

from detente.actors.context import ArticleContext, CodedEvent, Mention, home_country, sentence_country
from detente.actors.resolution import Resolved, resolve, resolve_all, titles_a_person
from detente.actors.roles import country_actor, head_role, title_role
from detente.where.mentions import dictionary_entities
from detente.where.places import place_location

__all__ = [
    "ArticleContext",
    "CodedEvent",
    "Mention",
    "Resolved",
    "country_actor",
    "dictionary_entities",
    "head_role",
    "home_country",
    "place_location",
    "resolve",
    "resolve_all",
    "sentence_country",
    "title_role",
    "titles_a_person",
]
