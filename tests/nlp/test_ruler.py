"""The dictionary ruler: PhraseMatcher's matches without a lexeme per key in the pipeline's vocabulary, and a later
dictionary's key first where two keys are spelt alike."""

from __future__ import annotations

import spacy

from detente.nlp.ruler import DictionaryRuler

PACKAGED = [
    {"label": "PERSON", "pattern": "Amara Okonkwo", "id": "person|Amara Okonkwo"},
    {"label": "GPE", "pattern": "Port Elmsby", "id": "place|Port Elmsby"},
    {"label": "GPE", "pattern": "Tarvik", "id": "place|Tarvik"},
]


def _ruler() -> tuple[spacy.Language, DictionaryRuler]:
    nlp = spacy.blank("en")
    ruler = DictionaryRuler(nlp)
    ruler.add_patterns(PACKAGED)
    return nlp, ruler


def _ents(nlp: spacy.Language, ruler: DictionaryRuler, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.ent_id_) for e in ruler(nlp.make_doc(text)).ents]


def test_the_keys_are_strings_of_the_pipeline_but_not_its_lexemes() -> None:
    nlp, ruler = _ruler()
    assert "place|Tarvik" in nlp.vocab.strings  # ent_id_ reads it back
    assert "place|Tarvik" not in nlp.vocab  # no lexeme of a key no text contains
    assert "Tarvik" in nlp.vocab  # the name's words stay lexemes: articles in memory zones do not rebuild them
    assert _ents(nlp, ruler, "Amara Okonkwo flew from Port Elmsby to Tarvik") == [
        ("Amara Okonkwo", "PERSON", "person|Amara Okonkwo"),
        ("Port Elmsby", "GPE", "place|Port Elmsby"),
        ("Tarvik", "GPE", "place|Tarvik"),
    ]
    assert _ents(nlp, ruler, "Envoys met in Elmsby and Tarvika") == []  # no part of a name, no longer word


def test_a_user_actor_spelt_like_a_packaged_place_wins() -> None:
    nlp, ruler = _ruler()
    assert _ents(nlp, ruler, "Fighters from Tarvik said they would attend") == [("Tarvik", "GPE", "place|Tarvik")]
    ruler.add_patterns([{"label": "ORG", "pattern": "Tarvik", "id": "actor|Tarvik"}])  # a user's dictionary
    assert _ents(nlp, ruler, "Fighters from Tarvik said they would attend") == [("Tarvik", "ORG", "actor|Tarvik")]
    # the packaged names the user did not respell are read as before
    assert _ents(nlp, ruler, "Fighters from Port Elmsby said they would attend") == [
        ("Port Elmsby", "GPE", "place|Port Elmsby")
    ]


def test_a_longer_packaged_name_still_beats_a_shorter_user_name() -> None:
    nlp, ruler = _ruler()
    ruler.add_patterns([{"label": "ORG", "pattern": "Port", "id": "actor|Port"}])
    assert _ents(nlp, ruler, "Ships left Port Elmsby at dawn") == [("Port Elmsby", "GPE", "place|Port Elmsby")]
    assert _ents(nlp, ruler, "The Port said ships left at dawn") == [("Port", "ORG", "actor|Port")]


def test_a_pattern_added_later_is_matched_and_an_old_one_stays() -> None:
    nlp, ruler = _ruler()
    assert _ents(nlp, ruler, "Okonkwo flew to Tarvik") == [("Tarvik", "GPE", "place|Tarvik")]
    ruler.add_patterns([{"label": "PERSON", "pattern": "Okonkwo", "id": "person|Okonkwo"}])
    assert _ents(nlp, ruler, "Okonkwo flew to Tarvik") == [
        ("Okonkwo", "PERSON", "person|Okonkwo"),
        ("Tarvik", "GPE", "place|Tarvik"),
    ]
