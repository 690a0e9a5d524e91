"""s31-actorpairs: a seat city named as a party stands for the organisation it houses ("Brussels" is the EU,
roles.yaml ``seat_metonyms``), as a government role noun whose phrase names it ("Brussels officials"); a journey
there or a deed done there keeps the city a place of its country, and a sentence that names the city's own country
leaves the city unread. Each reading is paired with the one it must not change."""

from __future__ import annotations

import pytest

from detente import code_text
from detente.actors.seats import seat_body
from detente.data import gazetteer, roles_file


def _pairs(text: str, date: str = "2018-11-20") -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date=date)}


def test_every_seat_metonym_is_a_place_and_a_dictionary_actor() -> None:
    codes = {e.code for entries in gazetteer().actors.values() for e in entries}
    seats = roles_file().seat_metonyms
    assert seats
    for city, code in seats.items():
        assert city in gazetteer().places
        assert code in codes
        assert city not in gazetteer().capitals  # a capital standing for its own state is read as one


@pytest.mark.parametrize(
    ("text", "pair", "not_pair"),
    [
        (
            "British lawmakers on Monday blamed Brussels for the slow pace of the trade talks.",
            ("GBRLEG", "IGOEU"),
            ("GBRLEG", "BEL"),
        ),
        (
            "Brussels negotiators rejected the British proposal on the border on Tuesday.",
            ("IGOEU", "GBR"),
            ("BELGOV", "GBR"),
        ),
        (
            "The bureaucrats of Brussels criticised the British plan for the border on Tuesday.",
            ("IGOEU", "GBR"),
            ("BELGOV", "GBR"),
        ),
    ],
)
def test_a_seat_city_as_a_party_is_its_organisation(text: str, pair: tuple, not_pair: tuple) -> None:
    pairs = _pairs(text)
    assert pair in pairs
    assert not_pair not in pairs


def test_a_journey_to_the_seat_city_stays_a_visit_to_its_country() -> None:
    pairs = _pairs("The British prime minister flew to Brussels on Thursday.")
    assert ("GBRGOV", "BEL") in pairs
    assert ("GBRGOV", "IGOEU") not in pairs


def test_a_sentence_naming_the_city_s_own_country_leaves_the_city_unread() -> None:
    pairs = _pairs("Russia accused Belgium of killing civilians, and Brussels rejected the charge on Friday.")
    assert ("RUS", "BEL") in pairs
    assert not any("IGOEU" in pair for pair in pairs)


def test_the_city_is_read_as_its_organisation_only_where_no_own_country_is_named() -> None:
    from detente.pipeline import Coder

    nlp = Coder().nlp
    with_home = nlp("Belgium said Brussels would answer.")
    without = nlp("MPs said Brussels would answer.")

    class _Ctx:
        date = None

    at = next(t for t in with_home if t.text == "Brussels")
    assert seat_body("Brussels", at, "Brussels", _Ctx()) is None  # type: ignore[arg-type]
    at = next(t for t in without if t.text == "Brussels")
    found = seat_body("Brussels", at, "Brussels", _Ctx())  # type: ignore[arg-type]
    assert found is not None and found.actor.code == "IGOEU"


@pytest.mark.parametrize(
    ("text", "local", "seat"),
    [
        (
            "Brussels mayor Anna Verbeke accused the federal police of using excessive force on Saturday.",
            ("BELGOV", "BELCOP"),
            ("IGOEU", "BELCOP"),
        ),
        (
            "Brussels negotiators accused the British police of using excessive force on Saturday.",
            ("IGOEU", "GBRCOP"),
            ("BELGOV", "GBRCOP"),
        ),
    ],
)
def test_an_office_of_the_city_itself_stays_its_country_s(text: str, local: tuple, seat: tuple) -> None:
    pairs = _pairs(text)
    assert local in pairs
    assert seat not in pairs


def test_the_city_s_own_country_named_in_another_sentence_leaves_the_city_unread() -> None:
    named = _pairs("Congo expelled the Belgian envoy on Monday. Kinshasa blamed Brussels for meddling in its vote.")
    assert ("CODGOV", "BEL") in named
    assert ("CODGOV", "IGOEU") not in named
    unnamed = _pairs("Congo expelled a French envoy on Monday. Kinshasa blamed Brussels for meddling in its vote.")
    assert ("CODGOV", "IGOEU") in unnamed


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda broke off diplomatic relations with Brussels on Sunday over its support for the rebels.",
        "Rwanda withdrew its ambassador from Brussels on Sunday.",
    ],
)
def test_a_state_s_ties_with_the_city_stay_the_city_s_state(text: str) -> None:
    pairs = _pairs(text)
    assert ("RWA", "BEL") in pairs
    assert ("RWA", "IGOEU") not in pairs


def test_ties_with_a_city_named_as_a_party_elsewhere_keep_the_organisation() -> None:
    pairs = _pairs("Rwanda accused Brussels of meddling in its affairs on Sunday.")
    assert ("RWA", "IGOEU") in pairs
    assert ("RWA", "BEL") not in pairs
