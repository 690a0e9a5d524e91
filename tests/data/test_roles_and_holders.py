"""roles.yaml is the one list of role codes; office holders may come in several files with unknown dates."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from detente.data import roles_file
from detente.data.schemas import OfficeHolder, RolesFile, load_yaml, office_holder_paths, role_codes


def test_role_codes_come_from_roles_yaml_only() -> None:
    codes = role_codes()
    assert {"GOV", "MIL", "COP", "REB", "CVL", "BUS", "EDU", "CRM"} <= codes
    assert codes == set(roles_file().role_names)
    with pytest.raises(ValidationError, match="not in role_names"):
        RolesFile(
            version=1, source="a test of the schema", role_names={"GOV": "g"}, roles=[{"role": "XYZ", "nouns": ["x"]}]
        )


def test_a_noun_has_one_role() -> None:
    with pytest.raises(ValidationError, match="one role per noun"):
        RolesFile(
            version=1,
            source="a test of the schema",
            role_names={"GOV": "g", "MIL": "m"},
            roles=[{"role": "GOV", "nouns": ["chief"]}, {"role": "MIL", "nouns": ["chief"]}],
        )


def test_the_head_noun_table_is_large() -> None:
    nouns = [n for r in roles_file().roles for n in r.nouns]
    assert len(nouns) >= 700
    table = {n: r.role for r in roles_file().roles for n in r.nouns}
    assert (table["commando"], table["police"], table["student"], table["company"], table["pirate"]) == (
        "MIL",
        "COP",
        "EDU",
        "BUS",
        "CRM",
    )


def test_office_holder_dates_may_be_unknown_and_say_so() -> None:
    spell = OfficeHolder(name="A B", code="FRAGOV", office="minister", start="unknown", end="unknown")
    assert spell.start_date is None and spell.end_date is None
    with pytest.raises(ValidationError):
        OfficeHolder(name="A B", code="FRAGOV", office="minister", start="2020-01-01", end="2019-01-01")
    with pytest.raises(ValidationError):
        OfficeHolder(name="A B", code="FRAGOV", office="minister", start="sometime")


def test_office_holders_are_read_from_every_file_of_the_table() -> None:
    paths = office_holder_paths()
    assert paths and paths[0].name == "office_holders.yaml"
    for path in paths:
        assert "office_holders" in load_yaml(path)
    assert all(isinstance(p, Path) for p in paths)
    data = yaml.safe_load(paths[0].read_text(encoding="utf-8"))
    assert len(data["office_holders"]) > 100
