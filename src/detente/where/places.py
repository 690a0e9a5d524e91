"""Place names to locations: the packaged gazetteer, with a precision for each place.

A location carries the place's name, ISO country, coordinates and how precise it is:
``site`` (a camp, a crossing, a base), ``city`` (a city, town or village), ``region``
(a province, district, territory or sea) or ``country``.
"""

from __future__ import annotations

from detente.data import PlaceInfo, gazetteer
from detente.records import Location

# Gazetteer kinds (data/schemas.py ``Place.kind``) -> the precision of a location there.
PRECISION = {
    "city": "city",
    "town": "city",
    "site": "site",
    "camp": "site",
    "crossing": "site",
    "region": "region",
    "territory": "region",
    "waterbody": "region",
}


def place_info_location(p: PlaceInfo, text: str) -> Location:
    return Location(
        name=p.name, country=p.country, lat=p.lat, lon=p.lon, text=text, precision=PRECISION.get(p.kind, "city")
    )


def place_location(surface: str, text: str) -> Location | None:
    """A dictionary place, capital or country as an event location."""
    g = gazetteer()
    if surface in g.places:
        return place_info_location(g.places[surface], text)
    code = g.country_names.get(surface) or g.capitals.get(surface)
    if code and surface in g.country_names:
        c = g.countries[code]
        return Location(name=c.name, country=code, lat=c.lat, lon=c.lon, text=text, precision="country")
    if code:
        c = g.countries[code]
        return Location(
            name=c.capital or surface, country=code, lat=c.capital_lat, lon=c.capital_lon, text=text, precision="city"
        )
    return None
