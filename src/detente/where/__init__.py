"""Where an event happened: place names to locations, and the place attached to an event's clause.

``places`` turns a gazetteer name into a ``Location`` (name, country, coordinates, precision);
``locate`` finds the place attached to the trigger's clause, never any place in the article;
``mentions`` indexes the dictionary names the entity ruler found in a doc.
"""

from detente.where.locate import locate
from detente.where.mentions import dictionary_entities, entity_of
from detente.where.places import place_location

__all__ = ["dictionary_entities", "entity_of", "locate", "place_location"]
