"""Which place phrase attaches to the event (issue 14, seventh pass): the verb of an event noun told through a
quantity, a direction that yields to the place it describes, a town written before its own country, and a
country's possessive whose apostrophe the text lost."""

from __future__ import annotations

from detente.nlp import get_nlp
from detente.where import locate


def _place(text: str, trigger: str, code: str) -> tuple[str, str | None, str] | None:
    doc = get_nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    loc = locate(tok, [], code=code)
    return (loc.name, loc.country, loc.precision) if loc is not None else None


def test_the_verb_of_an_event_noun_told_through_a_quantity_takes_the_nouns_prepositions() -> None:
    text = "Government warplanes launched dozens of air raids on the rebel-held town of Zabadani on Monday."
    assert _place(text, "raids", "195") == ("Zabadani", "SYR", "city")


def test_talks_on_a_country_through_a_quantity_are_not_in_it() -> None:
    # "on" is a place only after a deed that falls on one: talks on Syria are about Syria
    assert _place("The ministers held a series of talks on Syria with the envoy.", "talks", "040") is None
    assert _place("The ministers held a series of talks in Geneva with the envoy.", "talks", "040") == (
        "Geneva",
        "CHE",
        "city",
    )


def test_a_direction_yields_to_the_place_it_describes() -> None:
    text = "Warplanes launched dozens of air raids on the rebel-held town of Zabadani to the northwest of Damascus."
    assert _place(text, "raids", "195") == ("Zabadani", "SYR", "city")
    # a direction alone still names where the event was, as far as the text says
    assert _place("Rebels attacked government positions east of Aleppo city on Friday.", "attacked", "190") == (
        "Aleppo",
        "SYR",
        "city",
    )


def test_a_town_before_its_own_country_without_a_comma_is_the_town() -> None:
    assert _place("Russian air strikes in Aleppo Syria left ten civilians dead on Tuesday.", "strikes", "195") == (
        "Aleppo",
        "SYR",
        "city",
    )
    # a town of another country is not read as in this one: the country is the place
    assert _place("Russian air strikes in Mosul Syria left ten civilians dead on Tuesday.", "strikes", "195") == (
        "Syria",
        "SYR",
        "country",
    )


def test_a_countrys_possessive_without_its_apostrophe_names_the_town_after_it() -> None:
    text = "Islamic State fighters killed 50 residents in an attack on two villages in central Syrias Hama province."
    assert _place(text, "attack", "190") == ("Hama province", "SYR", "region")
    # a known town of another country after it is not read as that town
    text = "Islamic State fighters killed 50 residents in an attack on two villages in central Syrias Mosul province."
    loc = _place(text, "attack", "190")
    assert loc is None or "Mosul" not in loc[0]


def test_a_coarser_place_does_not_hide_the_town_a_direction_is_given_from() -> None:
    # "in Homs province east of Palmyra": the direction's town is the more specific place (s12 review leftover)
    assert _place("Syrian warplanes struck in Homs province east of Palmyra on Friday.", "struck", "195") == (
        "Palmyra",
        "SYR",
        "city",
    )
    # a town named on the word itself still beats the direction's: the direction describes it
    assert _place("Rebels fought in the town of Qaryatain east of Palmyra on Friday.", "fought", "190") == (
        "al-Qaryatain",
        "SYR",
        "city",
    )
