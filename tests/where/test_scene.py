"""Places an event's own words do not name: a place description read back, the scene carried from before."""

from __future__ import annotations

import datetime as dt

from detente import code_text

DAY = dt.date(2016, 11, 2)
SCENE = "Syrian government forces shelled rebel positions in Aleppo on Monday."


def _places(text: str) -> dict[tuple[str, str | None], tuple[str, str | None] | None]:
    return {
        (e.source.code, e.target.code if e.target else None): (
            (e.location.name, e.location.precision) if e.location else None
        )
        for e in code_text(text, DAY)
    }


def test_an_event_whose_sentence_names_no_place_carries_the_scene_set_just_before() -> None:
    found = _places(f"{SCENE} On Tuesday, the rebels attacked Syrian soldiers.")
    assert found[("SYRREB", "SYRMIL")] == ("Aleppo", "carried")


def test_no_scene_is_carried_across_a_paragraph_break() -> None:
    # no town is carried; the deed is in the country the article is about, which is all that is plain (s14)
    found = _places(f"{SCENE}\nOn Tuesday, the rebels attacked Syrian soldiers.")
    assert found[("SYRREB", "SYRMIL")] == ("Syria", "country")


def test_a_sentence_with_a_place_of_its_own_keeps_it() -> None:
    found = _places(f"{SCENE} On Tuesday, the rebels attacked Syrian soldiers in Homs.")
    assert found[("SYRREB", "SYRMIL")] == ("Homs", "city")


def test_two_places_set_before_make_no_scene() -> None:
    found = _places(
        "Syrian government forces shelled rebel positions in Aleppo and Homs on Monday. "
        "On Tuesday, the rebels attacked Syrian soldiers."
    )
    assert found[("SYRREB", "SYRMIL")] == ("Syria", "country")  # no town of the two: their one country (s14)


def test_a_scene_outside_the_country_the_article_is_about_is_not_carried() -> None:
    found = _places(
        "Russian forces shelled positions in Aleppo on Monday. On Tuesday, Russian warplanes bombed Ukrainian soldiers."
    )
    assert found[("RUSMIL", "UKRMIL")] is None


def test_a_statement_takes_no_scene() -> None:
    found = _places(f"{SCENE} The rebels accused Syrian soldiers of war crimes.")
    place = found.get(("SYRREB", "SYRMIL"))
    assert place is None or place[1] != "carried"


def test_the_city_reads_back_to_the_city_named_before() -> None:
    found = _places(
        "Rebels fought in Aleppo on Monday. Syrian soldiers shelled rebel positions in the city on Tuesday."
    )
    assert any(p == ("Aleppo", "city") for k, p in found.items() if k[0] == "SYRMIL")


def test_a_description_after_two_cities_or_with_its_own_name_is_not_read_back() -> None:
    two = _places(
        "Rebels fought in Aleppo and Homs on Monday. Syrian soldiers shelled rebel positions in the city on Tuesday."
    )
    assert all(p is None or p[0] not in ("Aleppo", "Homs") for k, p in two.items() if k[0] == "SYRMIL")
    # "a town" is not a reference back (positions with no holder, so that the town is the place struck: "rebel
    # positions" stand for the rebels, guide 1.3, and a sentence whose only place is an unnamed town carries the scene)
    other = _places("Rebels fought in Aleppo on Monday. Syrian soldiers shelled positions in a town on Tuesday.")
    assert all(p is None or p[0] != "Aleppo" for k, p in other.items() if k[0] == "SYRMIL")


def test_a_deed_takes_the_one_scene_its_own_sentence_sets_elsewhere() -> None:
    found = _places("Fighting in Aleppo intensified on Monday, and the rebels attacked Syrian soldiers.")
    assert found[("SYRREB", "SYRMIL")] == ("Aleppo", "city")


def test_a_sentence_with_two_scenes_or_a_statement_gives_no_place_by_scene() -> None:
    # must not: two places in the sentence, either could be the deed's; a statement is not made where fighting is
    two = _places("Fighting in Aleppo and Homs intensified on Monday, and the rebels attacked Syrian soldiers.")
    assert two[("SYRREB", "SYRMIL")] is None
    said = _places("Fighting in Aleppo intensified on Monday, and the rebels accused Syrian soldiers of war crimes.")
    assert all(p is None for p in said.values())


def test_where_someone_spoke_is_not_the_scene() -> None:
    said_there = _places("Russian troops attacked Ukrainian soldiers overnight, Zelensky said in Kyiv on Tuesday.")
    assert said_there[("RUSMIL", "UKRMIL")] is None
    spoke_before = _places(
        "Zelensky spoke at a news conference in Kyiv on Tuesday. Russian troops attacked Ukrainian soldiers overnight."
    )
    assert spoke_before[("RUSMIL", "UKRMIL")] is None
    fought_there = _places("Russian troops attacked Ukrainian soldiers in Bakhmut overnight, Zelensky said in Kyiv.")
    assert fought_there[("RUSMIL", "UKRMIL")] == ("Bakhmut", "city")


def test_the_country_reads_back_to_the_one_country_named_latest() -> None:
    found = _places("Syrian troops fought Islamic State fighters across the country on Monday.")
    assert found[("SYRMIL", "IMGISIS")] == ("Syria", "country")
    # the nearest sentence naming countries decides: "Syrian" here, not the Iraqi visitors of the day before
    before = _places(
        "Iraqi officials visited Damascus on Sunday. Syrian troops fought Islamic State fighters across the country."
    )
    assert before[("SYRMIL", "IMGISIS")] == ("Syria", "country")
    # two countries named in that sentence: which one is not plain, and no place is given
    two = _places("Syrian troops fought Islamic State fighters near Iraq's border across the country on Monday.")
    assert two[("SYRMIL", "IMGISIS")] is None
