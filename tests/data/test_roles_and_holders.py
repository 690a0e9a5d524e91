"""roles.yaml is the one list of role codes; office holders may come in several files with unknown dates."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from detente.data import ActorEntry, role_nouns, roles_file
from detente.data.schemas import (
    DATA_DIR,
    OfficeHolder,
    RolesFile,
    load_office_holders,
    load_yaml,
    office_holder_paths,
    overlapping_spells,
    role_codes,
)
from detente.nlp import get_nlp


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


def test_chamber_titles_are_composed_from_the_chamber_words() -> None:
    """One list of chamber words: the reader composes "senate majority leader" from it; "house leader" is left out
    (a minister in Canada) and a bare "minority leader" is no title (it also leads a people)."""
    table = role_nouns()
    assert table[("senate", "majority", "leader")] == table[("congressional", "leader")] == "LEG"
    assert ("house", "leader") not in table and ("minority", "leader") not in table
    assert table[("leader",)] == "GOV"
    one = _duma_roles("lawmaker")
    assert [n for r in one.role_table() for n in r.nouns] == ["lawmaker", "duma leader"]
    with pytest.raises(ValidationError, match="one role per noun"):
        _duma_roles("duma leader")  # written out and composed: one title twice


def test_a_left_out_title_must_be_a_composed_one() -> None:
    """A typo in ``left_out`` ("huose leader") would leave the title it meant in the table: the schema refuses it;
    a composed title is left out whatever its case."""
    with pytest.raises(ValidationError, match="not titles composed from chamber_words"):
        _duma_roles("lawmaker", ["leader", "majority leader"], ["duma leadr"])
    kept = _duma_roles("lawmaker", ["leader", "majority leader"], ["Duma Leader"])
    assert [n for r in kept.role_table() for n in r.nouns] == ["lawmaker", "duma majority leader"]


def _duma_roles(noun: str, titles: list[str] | None = None, left_out: list[str] | None = None) -> RolesFile:
    """A roles file of one written LEG noun and one chamber word, "duma", with the title "leader" (or ``titles``)."""
    return RolesFile(
        version=1,
        source="a test of the schema",
        role_names={"LEG": "l"},
        roles=[{"role": "LEG", "nouns": [noun]}],
        chamber_words=["duma"],
        chamber_titles={"role": "LEG", "titles": titles or ["leader"], "left_out": left_out or []},
    )


def test_the_head_noun_table_is_large() -> None:
    nouns = [n for r in roles_file().role_table() for n in r.nouns]
    assert len(nouns) >= 700
    table = {n: r.role for r in roles_file().role_table() for n in r.nouns}
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


def test_one_person_holds_one_code_of_a_country_at_a_time() -> None:
    minister = OfficeHolder(name="A B", code="GBRGOV", office="minister", start="2016-07-13", end="2018-07-09")
    mp_after = OfficeHolder(name="A B", code="GBRLEG", office="MP", start="2018-07-10", end="2019-07-24")
    assert overlapping_spells([minister, mp_after]) == []  # one starts the day after the other ends
    mp_during = OfficeHolder(name="A B", code="GBRLEG", office="MP", start="2017-01-01", end=None)
    assert overlapping_spells([minister, mp_during]) == [
        "office holders: A B is GBRGOV and GBRLEG at once (2017-01-01 to 2018-07-09)"
    ]
    namesake = OfficeHolder(name="A B", code="AUSGOV", office="minister", start="2017-01-01", end=None)
    assert overlapping_spells([minister, namesake]) == []  # two people of one name in two countries


def test_a_spell_ending_the_day_another_starts_overlaps_it_by_that_day() -> None:
    """End dates are days in office (the resolver's ``valid_on`` is inclusive): on a hand-over day both spells
    are valid and the first listed would hide the other."""
    minister = OfficeHolder(name="A B", code="GBRGOV", office="minister", start="2016-07-13", end="2018-07-09")
    mp_same_day = OfficeHolder(name="A B", code="GBRLEG", office="MP", start="2018-07-09", end="2019-07-24")
    assert overlapping_spells([minister, mp_same_day]) == [
        "office holders: A B is GBRGOV and GBRLEG at once (2018-07-09 to 2018-07-09)"
    ]
    mp_next_day = OfficeHolder(name="A B", code="GBRLEG", office="MP", start="2018-07-10", end="2019-07-24")
    assert overlapping_spells([minister, mp_next_day]) == []
    day = minister.end_date
    assert day is not None and ActorEntry("GBRGOV", "A B", "GBR", "GOV", minister.start_date, day).valid_on(day)


def test_the_overlap_is_reported_as_the_days_both_spells_hold() -> None:
    """The later-listed spell may start first: the interval is the days the two share, whichever order."""
    mp = OfficeHolder(name="A B", code="GBRLEG", office="MP", start="2015-01-01", end="2017-06-30")
    minister = OfficeHolder(name="A B", code="GBRGOV", office="minister", start="2016-07-13", end="2018-07-09")
    expected = "office holders: A B is {} and {} at once (2016-07-13 to 2017-06-30)"
    assert overlapping_spells([minister, mp]) == [expected.format("GBRGOV", "GBRLEG")]
    assert overlapping_spells([mp, minister]) == [expected.format("GBRLEG", "GBRGOV")]


def test_the_packaged_office_holders_have_no_overlapping_spells() -> None:
    holders = [h for _, f in load_office_holders() for h in f.office_holders]
    assert len(holders) > 3000
    assert overlapping_spells(holders) == []


def test_word_lists_compared_with_one_token_refuse_words_the_tokenizer_splits() -> None:
    """part_words, compass_words, person_titles and own_state_words are compared with one token: "north-eastern"
    (north / - / eastern) and "north east" could never match one, so the schema refuses them."""
    raw = load_yaml(DATA_DIR / "roles.yaml")
    RolesFile.model_validate(raw)
    for field, split in (
        ("part_words", "north-eastern"),
        ("compass_words", "north east"),
        ("person_titles", "vice-president"),
        ("own_state_words", "pro-government"),
    ):
        with pytest.raises(ValidationError, match="can never match one token"):
            RolesFile.model_validate({**raw, field: [*raw[field], split]})
        RolesFile.model_validate({**raw, field: [*raw[field], split.replace("-", "").replace(" ", "")]})


def test_every_word_compared_with_one_token_is_one_token_of_the_real_tokenizer() -> None:
    roles = roles_file()
    nlp = get_nlp()
    words = [*roles.part_words, *roles.compass_words, *roles.person_titles, *roles.own_state_words]
    assert "northeastern" in words and "east" in words
    for word in words:
        assert [t.lower_ for t in nlp.tokenizer(f"the {word} of Syria")][1] == word
    assert len(nlp.tokenizer("the north-eastern part")) > 3  # what a hyphenated entry would have met


def test_pronoun_genders_and_recorded_genders_are_validated() -> None:
    """s15: the he/she genders and the agent preposition are data; a pronoun entry must be one lower-case word with
    a gender of two, and an office holder's gender one of two or absent."""
    raw = load_yaml(DATA_DIR / "roles.yaml")
    RolesFile.model_validate(raw)
    with pytest.raises(ValidationError, match="pronoun_genders"):
        RolesFile.model_validate({**raw, "pronoun_genders": {**raw["pronoun_genders"], "She": "female"}})
    with pytest.raises(ValidationError):
        RolesFile.model_validate({**raw, "pronoun_genders": {**raw["pronoun_genders"], "they": "plural"}})
    with pytest.raises(ValidationError, match="can never match one token"):
        RolesFile.model_validate({**raw, "agent_words": ["by means of"]})
    holder = {"name": "Angela Merkel", "code": "DEUGOV", "office": "chancellor", "start": "2005-11-22"}
    assert OfficeHolder.model_validate({**holder, "gender": "female"}).gender == "female"
    assert OfficeHolder.model_validate(holder).gender is None
    with pytest.raises(ValidationError):
        OfficeHolder.model_validate({**holder, "gender": "f"})
