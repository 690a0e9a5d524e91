"""The packaged dictionaries validate against their schemas and against each other."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from detente.data import cameo_table, gazetteer
from detente.data.schemas import FILES, VerbPattern, load, validate_all


def test_every_data_file_is_valid() -> None:
    assert validate_all() == []


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_file_names_its_source(name: str) -> None:
    assert len(load(name).source) >= 10


def test_cameo_table_covers_all_roots_with_quad_classes() -> None:
    table = cameo_table()
    roots = {info.root for info in table.values()}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert table["042"].quad_class == 1 and table["190"].quad_class == 4
    assert table["112"].quad_class == 3 and table["073"].quad_class == 2
    assert all(info.plover_type != "UNKNOWN" for info in table.values())


def test_countries_know_iso_codes_demonyms_and_capitals() -> None:
    g = gazetteer()
    assert g.country_names["Iran"] == "IRN"
    assert g.demonyms["Turkish"] == "TUR"
    assert g.capitals["Ankara"] == "TUR"
    assert len(g.countries) >= 245


def test_pattern_schema_rejects_unknown_slots_and_mismatched_ids() -> None:
    with pytest.raises(ValidationError):
        VerbPattern(id="042.visit", code="042", verb="visit", target=["object"])
    with pytest.raises(ValidationError):
        VerbPattern(id="043.visit", code="042", verb="visit", target=["dobj"])


def test_said_deeds_are_cameo_codes_under_said_roots() -> None:
    from detente.data.schemas import said_problems

    roles = load("roles.yaml")
    cameo = set(cameo_table())
    assert said_problems(roles, cameo) == [] and "057" in roles.said_deeds  # type: ignore[attr-defined]
    bad = roles.model_copy(update={"said_deeds": ["057", "190", "999"], "said_roots": ["05", "77"]})
    assert said_problems(bad, cameo) == [
        "roles.yaml: said_roots names unknown CAMEO root 77",
        "roles.yaml: said_deeds code 190 is no CAMEO code under said_roots",
        "roles.yaml: said_deeds code 999 is no CAMEO code under said_roots",
    ]
