"""Places of the event's record (issue 14, s13): words said in a reported clause, a town the appositive calls one,
the subject's place as a fallback, names written with other hyphens, a gazetteer region's own compass word."""

from __future__ import annotations

from detente.nlp import get_nlp
from detente.where import locate
from detente.where.spelling import plain, respelt_place


def _place(text: str, trigger: str, code: str) -> tuple[str, str | None, str] | None:
    doc = get_nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    loc = locate(tok, [], code=code)
    return (loc.name, loc.country, loc.precision) if loc is not None else None


def test_words_in_a_reported_clause_are_placed_where_they_were_said() -> None:
    text = "At a summit in Paris on Monday, the Japanese minister said Tokyo strongly backs Africa."
    assert _place(text, "backs", "051") == ("Paris", "FRA", "city")
    text = "Speaking during a trip to Berlin, the executive said the firm was ready to sign a pact with Kenya."
    assert _place(text, "sign", "032") == ("Berlin", "DEU", "city")
    # a deed told in a reported clause keeps its own place: the fighting is not where the monitor spoke
    text = "Speaking in London, the monitor said rebels shelled positions in Aleppo on Friday."
    assert _place(text, "shelled", "194") == ("Aleppo", "SYR", "city")


def test_a_name_an_appositive_calls_a_town_is_the_deed_s_place() -> None:
    text = "The Russian air force struck Maaret-al-Numan, a town to the south of Idlib, on Monday."
    assert _place(text, "struck", "195") == ("Maarat al-Numan", "SYR", "city")
    # a direction from a town with no town named of its own stays at that town
    text = "The Russian air force struck positions south of Idlib on Monday."
    assert _place(text, "struck", "195") == ("Idlib", "SYR", "city")


def test_the_subject_s_place_counts_only_where_the_deed_names_none() -> None:
    text = "Rebels in Homs shelled army positions around the nearby town of Talbiseh on Monday."
    found = _place(text, "shelled", "194")
    assert found is not None and found[0] == "Talbiseh"
    assert _place("Protesters in Dhaka demanded the release of the opposition leader.", "demanded", "102") == (
        "Dhaka",
        "BGD",
        "city",
    )


def test_names_written_with_other_hyphens_are_the_gazetteer_s() -> None:
    assert plain("Maaret-al-Numan") == plain("Maaret al-Numan") == "maaret al numan"
    found = respelt_place("Al Raqqa", {})  # type: ignore[arg-type]
    assert found is not None and found.name == "Raqqa"
    assert respelt_place("Al Raqqa Street Market", {}) is None  # type: ignore[arg-type]


def test_a_region_named_with_its_compass_word_keeps_its_point() -> None:
    text = "Militants attacked a Kurdish town in northeastern Syria on Saturday."
    assert _place(text, "attacked", "190") == ("Northeast Syria", "SYR", "region")
    # a compass word outside the name is a part of the country, with no point of its own
    assert _place("Militants attacked a town in northern Syria on Saturday.", "attacked", "190") == (
        "northern Syria",
        "SYR",
        "region",
    )


def test_a_deed_at_several_places_far_apart_is_in_their_country() -> None:
    text = "The coalition launched ten air strikes in Syria, nine near Raqqa and one at Palmyra."
    assert _place(text, "strikes", "195") == ("Syria", "SYR", "country")
    text = "The army reported air strikes on rebels in Homs Hama and Idlib provinces on Friday."
    assert _place(text, "strikes", "195") == ("Syria", "SYR", "country")
    # one place named: that place
    assert _place("The coalition launched ten air strikes near Raqqa on Friday.", "strikes", "195") == (
        "Raqqa",
        "SYR",
        "city",
    )


def test_words_take_no_place_from_what_they_are_about() -> None:
    # a reported deed's place is not where its teller blamed someone, nor what an appeal asks done elsewhere
    text = "The monitor said the jets had struck a market in Idlib, blaming the government for the attack."
    assert _place(text, "blaming", "112") is None
    assert (
        _place("The coalition urged the United Nations to halt the bombing of civilians in Yemen.", "urged", "020")
        is None
    )
    # where the words were said, they take that place
    text = "In Geneva, the monitor said the jets had struck a market in Idlib, blaming the government for the attack."
    assert _place(text, "blaming", "112") == ("Geneva", "CHE", "city")
    text = "At a news conference in Riyadh, the coalition urged the United Nations to halt the bombing in Yemen."
    assert _place(text, "urged", "020") == ("Riyadh", "SAU", "city")


def test_a_deed_told_by_a_participle_on_what_it_sent_is_where_that_fell() -> None:
    text = "On Monday more than 100 shells fired by the rebels hit eastern neighborhoods of Aleppo."
    assert _place(text, "fired", "194") == ("Aleppo", "SYR", "city")
    # nothing fell on a named place: no place
    assert _place("On Monday more than 100 shells fired by the rebels killed two people.", "fired", "194") is None
