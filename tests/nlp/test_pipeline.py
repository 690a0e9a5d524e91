"""The spaCy pipeline: dictionary entities from the ruler, and the repair of misread event verbs."""

from __future__ import annotations

from detente.nlp import RULER_NAME, entity_key, get_nlp
from detente.nlp.repair import past_form_lemma, repair


def test_ruler_runs_before_ner_and_tags_dictionary_entities() -> None:
    nlp = get_nlp()
    assert nlp.pipe_names.index(RULER_NAME) < nlp.pipe_names.index("ner")
    doc = nlp("The Iranian president met the Emir of Qatar in Ankara.")
    kinds = {ent.text: entity_key(ent.ent_id_) for ent in doc.ents}
    assert kinds["Iranian"] == ("demonym", "Iranian")
    assert kinds["Qatar"] == ("country", "Qatar")
    assert kinds["Ankara"] == ("capital", "Ankara")


def test_past_forms_of_verbs() -> None:
    nlp = get_nlp()
    assert past_form_lemma("overran", nlp) == "overrun"
    assert past_form_lemma("shelled", nlp) == "shell"
    assert past_form_lemma("bombed", nlp) == "bomb"
    assert past_form_lemma("areas", nlp) is None
    assert past_form_lemma("attacking", nlp) is None


def test_repair_reparses_an_event_verb_misread_as_a_noun() -> None:
    nlp = get_nlp()
    doc = nlp("On November 28 the rebel group Hayat Tahrir al-Sham overran regime-held areas and marched on Aleppo.")
    overran = next(t for t in doc if t.text == "overran")
    assert overran.pos_ != "VERB"  # the small model's misreading this repair exists for
    fixed = repair(doc, nlp, {"overrun", "march"})
    verb = next(t for t in fixed if t.text == "overran")
    assert verb.pos_ == "VERB" and verb.lemma_ == "overrun"
    assert fixed.text == doc.text
    assert [e.text for e in fixed.ents] == [e.text for e in doc.ents]


def test_repair_leaves_good_parses_alone() -> None:
    nlp = get_nlp()
    doc = nlp("Russian forces shelled Kherson on Tuesday.")
    assert repair(doc, nlp, {"shell"}) is doc
