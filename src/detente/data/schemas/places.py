"""Schemas of the gazetteer files: countries, regions and places."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from detente.data.schemas.base import ISO3, DataFile, _no_duplicates, _Strict

# --- countries -------------------------------------------------------------


class Country(_Strict):
    code: str = Field(pattern=ISO3)
    iso2: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    name: str
    aliases: list[str] = []
    demonyms: list[str] = []
    capital: str | None = None
    capital_lat: float | None = Field(default=None, ge=-90, le=90)
    capital_lon: float | None = Field(default=None, ge=-180, le=180)
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    capital_is_metonym: bool = Field(
        default=True,
        description="whether the capital's name is used for the government ('Ankara said')",
    )


class CountriesFile(DataFile):
    countries: list[Country]

    @model_validator(mode="after")
    def _unique(self) -> CountriesFile:
        _no_duplicates([c.code for c in self.countries], "country code")
        return self


# --- regions ---------------------------------------------------------------


class Region(_Strict):
    code: str = Field(pattern=ISO3)
    name: str
    adjectives: list[str] = []


class RegionsFile(DataFile):
    regions: list[Region]

    @model_validator(mode="after")
    def _unique(self) -> RegionsFile:
        _no_duplicates([r.code for r in self.regions], "region code")
        return self


# --- places ----------------------------------------------------------------


class Place(_Strict):
    name: str
    aliases: list[str] = []
    country: str | None = Field(pattern=ISO3)  # null only for waters several states border
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    kind: Literal["city", "town", "region", "territory", "site", "waterbody", "camp", "crossing"] = "city"

    @model_validator(mode="after")
    def _country_unless_shared_waters(self) -> Place:
        if self.country is None and self.kind != "waterbody":
            raise ValueError(f"place {self.name!r}: only a waterbody (shared waters) may have no country")
        return self


class PlacesFile(DataFile):
    places: list[Place]
