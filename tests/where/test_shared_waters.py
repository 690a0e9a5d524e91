"""Seas, gulfs and straits that several states border belong to none of them: an event there is placed on the
water, with no country, and the water never stands for a coastal state as the event's target."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from detente import code_text
from detente.data.schemas import Place

DAY = dt.date(2024, 1, 12)


def _events(text: str) -> dict[tuple[str, str | None], object]:
    return {(e.source.code, e.target.code if e.target else None): e for e in code_text(text, DAY)}


def test_an_attack_on_a_ship_in_shared_waters_is_placed_there_with_no_country() -> None:
    found = _events("Houthi rebels attacked a British tanker in the Red Sea on Friday.")
    event = found[("YEMREB", "GBR")]
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Red Sea", None)


def test_shared_waters_are_no_coastal_state_as_target() -> None:
    found = _events("Iranian forces seized a tanker in the Strait of Hormuz on Friday.")
    assert not any(target == "IRN" for _, target in found)
    # the same deed against a named state is coded, placed on the water
    found = _events("Iranian forces seized a British tanker in the Strait of Hormuz on Friday.")
    assert found[("IRNMIL", "GBR")].location.name == "Strait of Hormuz"


def test_waters_of_one_state_keep_it() -> None:
    found = _events("Israeli warplanes struck a British convoy near the Litani River on Friday.")
    assert any(e.location is not None and e.location.country == "LBN" for e in found.values())


def test_only_waters_may_have_no_country() -> None:
    assert Place(name="Gulf of Aden", country=None, lat=12.5, lon=47.5, kind="waterbody").country is None
    with pytest.raises(ValidationError, match="only a waterbody"):
        Place(name="Atlantis", country=None, lat=0.0, lon=0.0, kind="city")


def test_a_coast_named_beside_shared_waters_lends_them_no_country() -> None:
    # the water stays no state's even when the clause names one coastal country beside it
    found = _events("Iranian forces seized a British tanker in the Strait of Hormuz off Iran on Friday.")
    place = found[("IRNMIL", "GBR")].location
    assert place is not None and (place.name, place.country) == ("Strait of Hormuz", None)
    # while a town no gazetteer knows still takes the one country its clause names
    [raid] = code_text("Syrian troops killed ten Syrian rebels in Kafr Zeitoun in Hama province on Monday.", DAY)
    assert raid.location is not None and (raid.location.name, raid.location.country) == ("Kafr Zeitoun", "SYR")
