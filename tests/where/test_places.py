"""Locations carry a precision; GeoNames fills in places our gazetteer lacks, read toward the article."""

from __future__ import annotations

from collections import Counter

from detente import code_text
from detente.where.geonames import find_place


def test_every_location_has_a_precision() -> None:
    [event, *_] = code_text("Iran's foreign minister met his Turkish counterpart in Ankara on Monday.", "2024-12-02")
    assert event.location is not None and event.location.precision == "city"
    [event] = code_text("Russian forces shelled Ukraine on Tuesday.", "2023-05-10")
    assert event.location is not None and event.location.precision == "country"


def test_geonames_knows_towns_our_gazetteer_does_not() -> None:
    place = find_place("Binnish")
    assert place is not None and place.country == "SYR" and place.population > 0
    [event] = code_text("Protesters rallied in Zvecan on Monday.", "2023-05-30")
    assert event.location is not None and event.location.country == "XKX" and event.location.precision == "city"
    assert event.source.code == "XKXCVL"  # people are of the place where they act


def test_ambiguous_names_go_to_the_countries_the_article_names() -> None:
    assert find_place("Tripoli").country == "LBY"  # type: ignore[union-attr]
    assert find_place("Tripoli", Counter({"LBN": 3})).country == "LBN"  # type: ignore[union-attr]
    springfield = find_place("Springfield")  # many, none dominant, all in one country: only the country
    assert springfield is not None and (springfield.country, springfield.kind) == ("USA", "country")
    assert find_place("Victoria") is None  # many, in several countries, none dominant: no place


def test_a_us_state_before_a_town_abroad_named_like_it() -> None:
    """GeoNames gives a state no population: "Colorado" lost to a Brazilian town of 23,000 people."""
    colorado = find_place("Colorado")
    assert colorado is not None and (colorado.country, colorado.kind) == ("USA", "region")
    brazil = find_place("Colorado", Counter({"BRA": 1}))  # an article about Brazil keeps its town
    assert brazil is not None and (brazil.country, brazil.kind) == ("BRA", "city")
    washington = find_place("Washington")  # the state never before a city of its own country
    assert washington is not None and (washington.country, washington.kind) == ("USA", "city")
    [event] = code_text("Andrew Freedman, a Colorado state official, criticized Canada on Monday.", "2018-03-01")
    assert event.source.code == "USAGOV" and event.target is not None and event.target.code == "CAN"


def test_old_or_foreign_names_of_other_cities_are_not_used() -> None:
    assert find_place("Africa") is None
    assert find_place("Kiev") is not None and find_place("Kiev").country == "UKR"  # type: ignore[union-attr]


def test_the_place_of_the_clause_when_the_parser_hangs_it_on_a_party() -> None:
    events = code_text(
        "Oman hosted indirect talks between Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff "
        "in Muscat on Saturday.",
        "2025-04-13",
    )
    assert events and all(e.location is not None and e.location.name == "Muscat" for e in events)


def test_a_venue_places_the_event() -> None:
    [event, *_] = code_text("The Arab League endorsed Egypt's plan at a summit in Cairo on Tuesday.", "2025-03-05")
    assert event.location is not None and event.location.name == "Cairo"


def test_a_place_in_a_clause_within_is_not_the_events() -> None:
    events = code_text("Kenyan police fired on protesters who had gathered in Nairobi on Tuesday.", "2024-06-26")
    assert events and all(e.location is None or e.location.name != "Nairobi" or e.source.role == "CVL" for e in events)
