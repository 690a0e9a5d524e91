"""South Africa's provinces are places (data/places.yaml), but not the words other places share with them."""

from __future__ import annotations

import datetime as dt

import detente

DAY = dt.date(2018, 3, 1)


def _places(text: str) -> list[tuple[str, str]]:
    return [(e.location.name, e.location.country) for e in detente.code_text(text, date=DAY) if e.location]


def test_a_south_african_province_places_the_event_in_south_africa() -> None:
    assert ("Western Cape", "ZAF") in _places("Police fired tear gas at protesters in the Western Cape on Monday.")
    assert ("Free State province", "ZAF") in _places(
        "Police fired rubber bullets at striking miners in the Free State province on Tuesday."
    )


def test_a_city_of_the_province_keeps_its_own_place() -> None:
    assert ("Cape Town", "ZAF") in _places("Police fired rubber bullets at protesters in Cape Town on Tuesday.")


def test_the_free_state_of_bavaria_is_no_south_african_place() -> None:
    placed = _places("German police fired tear gas at protesters in the Free State of Bavaria on Tuesday.")
    assert placed and all(country != "ZAF" for _, country in placed)
