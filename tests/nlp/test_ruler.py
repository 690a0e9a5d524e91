"""The dictionary ruler's own phrase table finds what spaCy's PhraseMatcher finds, in the same order, with no lexeme
per pattern key."""

from __future__ import annotations

import spacy
from spacy.matcher import PhraseMatcher

from detente.nlp.ruler import DictionaryRuler, PhraseTable, plain_words

PATTERNS = [
    ("person|Amara Okonkwo", "Amara Okonkwo"),
    ("person|Okonkwo", "Okonkwo"),
    ("place|Port Elmsby", "Port Elmsby"),
    ("actor|Coastal Unity - Forward", "Coastal Unity - Forward"),
    ("actor|Coastal Unity-Forward", "Coastal Unity-Forward"),  # the same tokens as the one above
    ("capital|Tarvik", "Tarvik"),
]
TEXT = "Amara Okonkwo of Coastal Unity-Forward met envoys in Port Elmsby and flew on to Tarvik"


def _both() -> tuple[spacy.Language, PhraseMatcher, PhraseTable]:
    nlp = spacy.blank("en")
    spacy_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    table = PhraseTable()
    for key, text in PATTERNS:
        doc = nlp.make_doc(text)
        spacy_matcher.add(key, [doc])
        table.add(nlp.vocab.strings.add(key), tuple(t.orth for t in doc))
    return nlp, spacy_matcher, table


def test_the_table_matches_as_the_phrase_matcher_does() -> None:
    nlp, spacy_matcher, table = _both()
    doc = nlp.make_doc(TEXT)
    found = table(doc)
    assert found == spacy_matcher(doc)
    named = [(nlp.vocab.strings[k], doc[s:e].text) for k, s, e in found]
    # nested names both found, the longer and the surname; a name at the very end too
    assert ("person|Amara Okonkwo", "Amara Okonkwo") in named
    assert ("person|Okonkwo", "Okonkwo") in named
    assert ("capital|Tarvik", "Tarvik") in named
    # two patterns spelt with the same tokens both match the one span
    actors = [k for k, _ in named if k.startswith("actor|")]
    assert actors == ["actor|Coastal Unity - Forward", "actor|Coastal Unity-Forward"]


def test_the_table_finds_nothing_where_no_pattern_is() -> None:
    nlp, spacy_matcher, table = _both()
    doc = nlp.make_doc("Envoys met in Elmsby, not in Port Elmsby's harbour town of Tarvika")
    assert table(doc) == spacy_matcher(doc)
    named = [doc[s:e].text for _, s, e in table(doc)]
    assert "Tarvik" not in named  # a longer word is no match of a shorter pattern
    assert named == ["Port Elmsby"]
    assert table(nlp.make_doc("")) == []


def test_the_ruler_keeps_its_keys_as_strings_not_lexemes() -> None:
    nlp = spacy.blank("en")
    ruler = DictionaryRuler(nlp)
    ruler.add_patterns([{"label": "GPE", "pattern": "Tarvik", "id": "capital|Tarvik"}])
    assert "capital|Tarvik" in nlp.vocab.strings  # ent_id_ reads it back
    assert "capital|Tarvik" not in nlp.vocab  # no lexeme of a key no text contains
    doc = ruler(nlp.make_doc("Talks resumed in Tarvik"))
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [("Tarvik", "GPE", "capital|Tarvik")]


def test_a_pattern_added_later_is_matched_and_an_old_one_stays() -> None:
    nlp = spacy.blank("en")
    ruler = DictionaryRuler(nlp)
    ruler.add_patterns([{"label": "GPE", "pattern": "Tarvik", "id": "capital|Tarvik"}])
    before = ruler(nlp.make_doc("Okonkwo flew to Tarvik"))
    assert [e.text for e in before.ents] == ["Tarvik"]
    ruler.add_patterns([{"label": "PERSON", "pattern": "Okonkwo", "id": "person|Okonkwo"}])
    after = ruler(nlp.make_doc("Okonkwo flew to Tarvik"))
    assert [(e.text, e.ent_id_) for e in after.ents] == [("Okonkwo", "person|Okonkwo"), ("Tarvik", "capital|Tarvik")]


def test_every_dictionary_name_reads_as_the_tokenizer_reads_it() -> None:
    from detente.nlp import MODEL, ruler_patterns

    nlp = spacy.load(MODEL, exclude=["senter"])
    plain = plain_words(nlp.tokenizer)
    names = [p["pattern"] for p in ruler_patterns()]
    read = [(name, plain(name)) for name in names]
    assert sum(words is not None for _, words in read) > len(names) // 2  # most names skip the tokenizer
    wrong = [
        (name, words) for name, words in read if words is not None and words != [t.text for t in nlp.tokenizer(name)]
    ]
    assert wrong == []


def test_names_the_tokenizer_splits_are_left_to_it() -> None:
    nlp = spacy.blank("en")
    plain = plain_words(nlp.tokenizer)
    assert plain("Amara Okonkwo") == ["Amara", "Okonkwo"]
    assert plain("Coastal Unity-Forward") is None  # an infix hyphen
    assert plain("St. Elmsby") is None  # a full stop
    assert plain("Amara  Okonkwo") is None  # two spaces: a space token between
    assert plain("cannot") is None  # a special case of the tokenizer ("can", "not")
    assert plain("Tarvik2") is None  # a digit
