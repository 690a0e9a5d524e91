"""Reads of the dependency tree that decide an event's parties (``events/tree.py``), on sentences whose parse
these reads were written for."""

from __future__ import annotations

from detente.events.arguments import Frame, _hurt_by_another_word
from detente.events.tree import counted_phrase, names_its_government, site_holders, struck_subjects
from detente.nlp import get_nlp


def _token(text: str, word: str):
    doc = get_nlp()(text)
    return next(t for t in doc if t.text == word)


def test_a_country_word_before_an_own_state_word_names_the_government() -> None:
    assert names_its_government(_token("Syrian government air strikes on the town continued.", "Syrian"))
    assert names_its_government(_token("Syrian regime air strikes on the town continued.", "Syrian"))
    # a country word before a military word, or on its own, does not
    assert not names_its_government(_token("Syrian air force strikes on the town continued.", "Syrian"))
    assert not names_its_government(_token("Syrian strikes on the town continued.", "Syrian"))


def test_what_came_under_an_attack_is_struck_even_when_the_attack_is_tagged_a_verb() -> None:
    # the parser reads "shelling" as a clause of "came" and "rebel" as the object of "under"
    text = "Syrian government troops came under rebel shelling in Hama."
    assert [t.text for t in struck_subjects(_token(text, "shelling"))] == ["troops"]
    assert [t.text for t in struck_subjects(_token("The convoy came under heavy fire near Aleppo.", "fire"))] == [
        "convoy"
    ]
    # the subject of a verb that is no verb of undergoing is no victim of the deed after it
    assert struck_subjects(_token("Syrian government troops began shelling rebel positions in Hama.", "shelling")) == []


def test_a_site_named_by_its_holder_gives_the_holder() -> None:
    assert [
        t.text for t in site_holders(_token("Israeli jets struck Hezbollah positions near Tyre.", "positions"))
    ] == ["Hezbollah"]
    # a group noun or a possessive holds a site of holder_sites (guide 1.3) ...
    assert [t.text for t in site_holders(_token("Israeli jets struck rebel positions near Tyre.", "positions"))] == [
        "rebel"
    ]
    assert [t.text for t in site_holders(_token("Israeli jets struck their positions near Tyre.", "positions"))] == [
        "their"
    ]
    # ... but not a group ("opposition groups"), and a place before the site names no holder: the site stays a place
    assert site_holders(_token("Syrian troops besieged opposition groups in Aleppo.", "groups")) == []
    assert site_holders(_token("Israeli jets struck Gaza positions near the border.", "positions")) == []


def test_a_counted_noun_holds_the_place_of_its_count() -> None:
    # "killing dozens of civilians": the civilians are what the killing did, through the count that is its object
    killed = _token("The jets carried out air raids, killing dozens of civilians.", "civilians")
    count = counted_phrase(killed)
    assert count.text == "dozens" and count.dep_ == "dobj" and count.head.lemma_ == "kill"
    # a noun after "of" that counts nothing stays itself: "the residents of Aleppo" are residents
    place = _token("The jets killed residents of Aleppo.", "Aleppo")
    assert counted_phrase(place).text == "Aleppo"


def test_people_killed_by_another_verb_are_the_result_of_an_attack() -> None:
    # "raids ..., killing dozens of civilians": the learned layer's target word is the counted noun
    doc = get_nlp()("Russian jets carried out air raids over the whole province, killing dozens of civilians.")
    raids, jets, civilians = (next(t for t in doc if t.text == w) for w in ("raids", "jets", "civilians"))
    frame = Frame(raids, raids.head, "model.19", "195", [jets], [[civilians]])
    assert _hurt_by_another_word(frame)
    # what the raids were aimed at is no result of another verb
    doc = get_nlp()("Russian jets carried out air raids against dozens of rebel positions.")
    raids, jets, positions = (next(t for t in doc if t.text == w) for w in ("raids", "jets", "positions"))
    assert not _hurt_by_another_word(Frame(raids, raids.head, "model.19", "195", [jets], [[positions]]))
