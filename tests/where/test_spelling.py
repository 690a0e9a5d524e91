"""A known town under another spelling is that town, only when plain (where.spelling)."""

from __future__ import annotations

from collections import Counter

from detente.where.spelling import respelt_place, skeleton

SYRIA = Counter({"SYR": 2})


def test_a_variant_spelling_finds_the_known_town() -> None:
    found = respelt_place("Deir Ezour", SYRIA)
    assert found is not None and (found.name, found.country) == ("Deir ez-Zor", "SYR")
    found = respelt_place("Jisr el-Shaghour", SYRIA)
    assert found is not None and found.name == "Jisr al-Shughur"
    # the article "al-" and doubled letters do not matter
    assert skeleton("al-Maarrat al-Numaan") == skeleton("Maarat al-Numan")


def test_no_match_outside_the_article_countries_or_for_short_names() -> None:
    assert respelt_place("Deir Ezour", Counter({"IRQ": 3})) is None  # the town's country is not the article's
    assert skeleton("Homz") is None  # too few letters to tell one name from another
    assert respelt_place("Homz", SYRIA) is None
    # an English name that sounds like no gazetteer place stays unknown
    assert respelt_place("Springfield Market", Counter({"USA": 2})) is None


def test_a_skeleton_two_places_share_names_neither() -> None:
    # Belgorod and Belgrade share a skeleton: a third spelling of it is not plainly either
    assert skeleton("Belgorod") == skeleton("Belgrade")
    assert respelt_place("Belgrode", Counter({"RUS": 2, "SRB": 2})) is None
