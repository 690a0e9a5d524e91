"""s22-places: a US state and the towns named like it (``where/geonames.py``, ``where/places.py``). A state comes before
a town of its own country named like it, the capital excepted; a name the text calls a town is no state. Each
reading is paired with its must-not."""

from __future__ import annotations

from collections import Counter

from detente import code_text
from detente.where.geonames import find_place


def test_a_state_before_a_town_of_its_own_country_named_like_it() -> None:
    delaware = find_place("Delaware", Counter({"USA": 2}))  # not Delaware, Ohio (38,000 people)
    assert delaware is not None and (delaware.country, delaware.kind) == ("USA", "region")
    assert find_place("Delaware") == delaware
    # must-not: the country's capital keeps the name, in an article about the country and without one
    for named in (Counter({"USA": 2}), None):
        washington = find_place("Washington", named)
        assert washington is not None and (washington.country, washington.kind) == ("USA", "city")


def test_a_name_the_text_calls_a_town_is_no_state() -> None:
    town = find_place("Virginia", town=True)  # "Virginia, a town in the Free State": not the US state
    assert town is not None and (town.country, town.kind) == ("ZAF", "city")
    # must-not: the bare name stays the state
    state = find_place("Virginia")
    assert state is not None and (state.country, state.kind) == ("USA", "region")


def test_the_town_of_a_states_name_in_a_sentence() -> None:
    events = code_text("Police arrested twelve striking miners in the town of Virginia on Tuesday.", "2019-05-08")
    placed = [e.location for e in events if e.location is not None]
    assert placed and all(loc.country == "ZAF" for loc in placed)
    # must-not: the state named as a place is the state
    events = code_text("Police arrested twelve protesters in Virginia on Tuesday.", "2019-05-08")
    placed = [e.location for e in events if e.location is not None]
    assert placed and all(loc.country == "USA" and loc.precision == "region" for loc in placed)


def test_a_state_named_before_town_or_city_is_the_state() -> None:
    """In American English 'a Virginia town', 'the Virginia city of Charlottesville' are a town or city in the state:
    the name before the noun is no town's own name."""
    for text in (
        # the gunmen name their side: gunmen named only by their deed are no doer (tests/events/test_s22_psmall.py)
        "Islamic State gunmen killed three police officers in the Virginia town of Leesburg.",
        "Police arrested twelve protesters in the Virginia city of Charlottesville on Tuesday.",
        "Police arrested twelve protesters in a small Delaware town on Tuesday.",
    ):
        events = code_text(text, "2019-05-08")
        placed = [e.location for e in events if e.location is not None]
        # must-not: the Free State town or the Ohio town of the state's name
        assert placed and all(loc.country == "USA" and loc.precision == "region" for loc in placed), text
    # its twin: a town named as one after a comma is the town
    events = code_text(
        "Police arrested twelve striking miners in Virginia, a town in the Free State, on Tuesday.", "2019-05-08"
    )
    placed = [e.location for e in events if e.location is not None]
    assert placed and all(loc.country == "ZAF" and loc.precision == "city" for loc in placed)


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(e.cameo.code, e.location.name if e.location else None) for e in code_text(text, "2016-05-04")]


def test_a_deed_carried_out_on_a_place_happened_there() -> None:
    """'in a rocket attack carried out by rebels on a district of Aleppo city': the parser hangs the attack's 'on'
    phrase on the participle of doing (or on its doer), not on the attack."""
    placed = _places(
        "Nine civilians were killed on Thursday in a rocket attack carried out by rebels on a government-held "
        "district of Aleppo city."
    )
    assert placed and all(name == "Aleppo" for _, name in placed)
    # must-not: a participle of blame or report takes no place phrase of the deed's
    from detente.pipeline import Coder
    from detente.where.phrases import _done_by

    nlp = Coder().nlp
    for verb, taken in (("carried out", True), ("blamed", False), ("reported", False)):
        doc = nlp(f"Nine civilians were killed in a rocket attack {verb} by rebels on a district of Aleppo city.")
        attack = next(t for t in doc if t.lower_ == "attack")
        assert any(c.dep_ == "acl" and c.tag_ == "VBN" for c in attack.children)  # each a participle on the attack
        assert bool(_done_by(attack)) is taken, verb


def test_a_gathering_named_by_its_town_or_site_was_held_there() -> None:
    """'held Geneva talks', 'a White House meeting', 'at their Helsinki summit': the venue noun's town or site."""
    for text, name in (
        ("Tillerson held Geneva talks with Lavrov on Monday.", "Geneva"),
        ("Tillerson held a White House meeting with Lavrov on Monday.", "White House"),
        ("Trump praised Putin at their Helsinki summit on Monday.", "Helsinki"),
    ):
        events = code_text(text, "2017-10-10")
        assert events and all(e.location is not None and e.location.name == name for e in events), text
    # must-not: a place phrase on the gathering says where it was held, over the name it goes by
    for text, name in (
        ("Putin praised Trump at the Astana talks in Sochi.", "Sochi"),
        ("Putin praised Trump at the Astana talks on Monday.", "Astana"),
    ):
        events = code_text(text, "2017-10-10")
        assert events and all(e.location is not None and e.location.name == name for e in events), text
    # must-not: a country before the gathering names what it is about, not where it was held
    events = code_text("Tillerson held Iran talks with Lavrov on Monday.", "2017-10-10")
    assert events and all(e.location is None for e in events)


def test_a_name_with_a_state_written_after_it_is_a_town() -> None:
    """'Delaware, Ohio', 'Wyoming, Michigan': a state written after the comma makes the name before it a town, never
    the state of that name."""
    for text, name in (
        ("Police arrested twelve protesters in Delaware, Ohio, on Tuesday.", "Delaware"),
        ("Police arrested twelve protesters in Wyoming, Michigan, on Tuesday.", "Wyoming"),
    ):
        events = code_text(text, "2019-05-08")
        placed = [e.location for e in events if e.location is not None]
        # must-not: the state of the town's name
        assert placed and all((loc.name, loc.country, loc.precision) == (name, "USA", "city") for loc in placed), text
    # its twin: the name alone stays the state
    events = code_text("Police arrested twelve protesters in Delaware on Tuesday.", "2019-05-08")
    placed = [e.location for e in events if e.location is not None]
    assert placed and all((loc.country, loc.precision) == ("USA", "region") for loc in placed)
