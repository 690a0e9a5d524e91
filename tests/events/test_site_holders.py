"""Guide 1.3: an unnamed site described by its holder stands for the holder, whether a name, a group noun or a
possessive names it (issue 14); a named place, or a site nobody is said to hold, is its country."""

from __future__ import annotations

import pytest

from detente import code_text

DAY = "2016-10-05"


def _pairs(text: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army targeted rebel strongholds in Idlib province.",
        "The Syrian army targeted the hideouts of the militants in Idlib province.",
        "Syrian troops fought the rebels near Aleppo on Monday. The army targeted their positions in Idlib province.",
    ],
)
def test_a_site_a_group_holds_stands_for_the_group_not_the_place(text: str) -> None:
    found = _pairs(text)
    assert ("SYRMIL", "SYRREB") in found
    assert ("SYRMIL", "SYR") not in found


def test_a_site_nobody_holds_is_the_place_and_a_group_is_no_site() -> None:
    assert ("SYRMIL", "SYR") in _pairs("The Syrian army targeted positions in Idlib province.")
    # "opposition groups" are the group itself, armed where a military besieges them (not a site of the opposition)
    found = _pairs("Syrian troops besieged opposition groups in Aleppo on Monday.")
    assert ("SYRMIL", "SYRREB") in found
    assert ("SYRMIL", "SYROPP") not in found


def test_a_held_town_with_a_name_of_its_own_is_a_place_of_its_country() -> None:
    named = _pairs("Syrian warplanes bombed the rebel-held town of Kafr Nabl in Idlib province.")
    assert ("SYRMIL", "SYR") in named
    assert ("SYRMIL", "SYRREB") not in named
    # with no name the town stands for its holder
    assert ("SYRMIL", "SYRREB") in _pairs("Syrian warplanes bombed a rebel-held town in Idlib province on Tuesday.")


@pytest.mark.parametrize(
    ("text", "holder", "place"),
    [
        # a site's "for" names whom it serves: its holder (s20)
        (
            "Turkish troops shelled positions for the YPG near the town of Afrin on Tuesday.",
            ("TURMIL", "SYRREB"),
            ("TURMIL", "SYR"),
        ),
        # conjoined sites share the holder the parser hangs on the last of them (s20)
        (
            "The Syrian army targeted concentrations and movements of ISIS militants north of Palmyra on Monday.",
            ("SYRMIL", "IMGISIS"),
            ("SYRMIL", "SYR"),
        ),
        # a named group's possessive without its apostrophe holds the site where a place is named too (s20)
        (
            "The Syrian Air Force bombed ISILs positions near Raqqa on Wednesday.",
            ("SYRMIL", "IMGISIS"),
            ("SYRMIL", "SYR"),
        ),
    ],
)
def test_the_holder_of_a_site_before_the_place_it_is_in(
    text: str, holder: tuple[str, str], place: tuple[str, str]
) -> None:
    found = _pairs(text)
    assert holder in found
    assert place not in found


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops shelled positions near the town of Afrin on Tuesday.",
        "The Syrian army targeted concentrations and movements in Palmyra on Monday.",
        "The Syrian Air Force bombed positions near Raqqa on Wednesday.",
    ],
)
def test_the_same_sites_with_no_holder_named_are_the_place(text: str) -> None:
    # the positive twin of the holders above: with no "for", "of" or possessive the place stands for its country
    found = _pairs(text)
    assert any(t == "SYR" for _, t in found)
    assert not any(t in ("SYRREB", "IMGISIS") for _, t in found)


BATTLE = "Syrian rebels battled government troops in Aleppo on Sunday. "


def test_held_parts_of_a_place_stand_for_their_holder_not_the_place() -> None:
    # "government-held areas of Aleppo": the "of" place is where the held parts are, not what was hit (s20)
    found = _pairs(BATTLE + "On Monday the rebels hit government-held parts of Aleppo with mortars.")
    assert ("SYRREB", "SYRGOV") in found
    assert ("SYRREB", "SYR") not in found


@pytest.mark.parametrize(
    "text",
    [
        # parts nobody is said to hold are the place
        "On Monday the rebels hit areas of Aleppo with mortars.",
        # a singular held noun with a name is that named place (s19-levels)
        "On Monday the rebels hit the government-held district of Midane with mortars.",
    ],
)
def test_parts_nobody_holds_and_named_held_places_stay_the_place(text: str) -> None:
    found = _pairs(BATTLE + text)
    assert ("SYRREB", "SYR") in found
    assert ("SYRREB", "SYRGOV") not in found


FOUGHT = "The Syrian army has many units in Homs province. "


@pytest.mark.parametrize(
    "text",
    [
        "Several ISIS hideouts were destroyed in army airstrikes near Palmyra on Monday.",
        # a conjoined passive shares the first verb's subject
        "More depots for ISIS fighters were hit and wrecked in army airstrikes near Palmyra on Monday.",
    ],
)
def test_sites_a_passive_says_an_attack_struck_stand_for_their_holder(text: str) -> None:
    found = _pairs(FOUGHT + text)
    assert ("SYRMIL", "IMGISIS") in found
    assert ("SYRMIL", "SYR") not in found


@pytest.mark.parametrize(
    "text",
    [
        # sites nobody is said to hold: the place
        "Several hideouts were destroyed in army airstrikes near Palmyra on Tuesday.",
        # people are no sites: the victims stay the result, the place the target
        "Several shepherds were wounded in army airstrikes near Palmyra on Tuesday.",
    ],
)
def test_sites_no_holder_holds_and_victims_in_a_passive_leave_the_place(text: str) -> None:
    found = _pairs(FOUGHT + text)
    assert ("SYRMIL", "SYR") in found
    assert ("SYRMIL", "IMGISIS") not in found


@pytest.mark.parametrize(
    ("text", "holder", "served"),
    [
        # the reviewer's sentence: ISIS holds the positions; the SDF they were for is no target (s20-mendtargets)
        (
            "US-led coalition jets struck ISIS positions for the SDF near Raqqa on Monday.",
            ("USAMIL", "IMGISIS"),
            ("USAMIL", "SYRREB"),
        ),
        # a role noun names the holder as a name does
        (
            "Turkish jets struck rebel positions for the Islamic State near Raqqa on Monday.",
            ("TURMIL", "SYRREB"),
            ("TURMIL", "IMGISIS"),
        ),
        # an "of" holder too
        (
            "Turkish jets struck the depots of ISIS for the rebels near Raqqa on Monday.",
            ("TURMIL", "IMGISIS"),
            ("TURMIL", "SYRREB"),
        ),
    ],
)
def test_a_sites_for_is_no_holder_where_another_holder_is_named(
    text: str, holder: tuple[str, str], served: tuple[str, str]
) -> None:
    found = _pairs(text)
    assert holder in found
    assert served not in found


@pytest.mark.parametrize(
    ("text", "served"),
    [
        # the positive twins: with no other holder named the "for" names it
        ("Turkish jets struck depots for the rebels near Raqqa on Monday.", ("TURMIL", "SYRREB")),
        ("Turkish jets struck depots for the Islamic State near Raqqa on Monday.", ("TURMIL", "IMGISIS")),
        # a noun of the site's kind names nobody: the "for" still names the holder
        ("Turkish jets struck supply depots for the Islamic State near Raqqa on Monday.", ("TURMIL", "IMGISIS")),
    ],
)
def test_a_sites_for_names_the_holder_where_no_other_is_named(text: str, served: tuple[str, str]) -> None:
    found = _pairs(text)
    assert served in found
    assert ("TURMIL", "SYR") not in found


@pytest.mark.parametrize(
    ("text", "holder", "place"),
    [
        # a role noun between the demonym and the site: the role of that country, not a country from context (s28)
        (
            "American jets struck a Syrian army position near the town of Hama on Monday.",
            ("USAMIL", "SYRMIL"),
            ("USAMIL", "SYR"),
        ),
        # a role adjective: the military's
        (
            "The United States fired cruise missiles at the Syrian military airfield near Hama on Thursday.",
            ("USA", "SYRMIL"),
            ("USA", "SYR"),
        ),
        # an own-state word: the government's (guide 1.3)
        (
            "American cruise missiles struck a Syrian regime airbase near Hama on Friday.",
            ("USAMIL", "SYRGOV"),
            ("USAMIL", "SYR"),
        ),
    ],
)
def test_a_site_its_words_give_a_role_of_a_country_stands_for_that_role(
    text: str, holder: tuple[str, str], place: tuple[str, str]
) -> None:
    found = _pairs(text)
    assert holder in found
    assert place not in found


@pytest.mark.parametrize(
    ("text", "place", "holder"),
    [
        # the country alone: the place's country
        (
            "The United States fired cruise missiles at the Syrian airfield near Hama on Thursday.",
            ("USA", "SYR"),
            ("USA", "SYRMIL"),
        ),
        # no role word: the country's, as a place
        (
            "Israeli jets struck a Syrian base near Quneitra on Sunday.",
            ("ISRMIL", "SYR"),
            ("ISRMIL", "SYRMIL"),
        ),
    ],
)
def test_a_site_whose_words_name_no_holding_role_stays_a_place(
    text: str, place: tuple[str, str], holder: tuple[str, str]
) -> None:
    found = _pairs(text)
    assert place in found
    assert holder not in found


def test_a_site_a_name_stands_beside_is_that_named_place() -> None:
    # "Hadar, a Syrian army base": the base has a name of its own, a place of its country whoever holds it
    named = _pairs("Rebels seized Hadar, a former Syrian army base, near Quneitra on Sunday.")
    assert ("SYRREB", "SYRMIL") not in named
    assert ("SYRREB", "SYRMIL") in _pairs("Rebels seized a Syrian army base near Quneitra on Sunday.")


def test_a_site_that_houses_people_is_no_site_of_their_country_and_role() -> None:
    # the refugees of a Palestinian refugee camp in Syria do not hold it for Palestine (site_holder_roles)
    found = _pairs("Syrian warplanes bombed a Palestinian refugee camp near Hama on Friday.")
    assert ("SYRMIL", "SYRREF") in found  # the refugees of the camp, in the country it stands in
    assert ("SYRMIL", "PSEREF") not in found


def test_a_site_no_determiner_names_is_no_party() -> None:
    # "no ... facilities had been targeted" names no site that was struck: no party of that role is read from it
    denied = "India's foreign secretary said that no Pakistani military facilities had been targeted on Wednesday."
    assert not any(tgt == "PAKMIL" for _, tgt in _pairs(denied))
    struck = "Indian jets targeted Pakistani military facilities near Lahore on Wednesday."
    assert ("INDMIL", "PAKMIL") in _pairs(struck)


def test_a_role_site_beside_another_party_keeps_the_other_party() -> None:
    # review s28-level MUST 1: the site its words give to a role is read in its conjunct; the other conjunct keeps its
    # own party
    both = _pairs("American jets struck ISIS fighters and a Syrian army depot near Raqqa on Tuesday.")
    assert ("USAMIL", "IMGISIS") in both
    assert ("USAMIL", "SYRMIL") in both
    alone = _pairs("American jets struck a Syrian army depot near Raqqa on Tuesday.")
    assert ("USAMIL", "SYRMIL") in alone
    assert ("USAMIL", "IMGISIS") not in alone


@pytest.mark.parametrize(
    ("own", "own_pair", "other", "other_pair"),
    [
        # a site of the source's own role is no target of it: the place's reading as main had it (review MUST 2)
        (
            "Syrian soldiers recaptured a Syrian military airport from ISIS militants near Deir ez-Zor on Sunday.",
            ("SYRMIL", "SYR"),
            "Rebel fighters recaptured a Syrian military airport near Deir ez-Zor on Sunday.",
            ("SYRREB", "SYRMIL"),
        ),
        # a hospital of the source's own army keeps its noun's role
        (
            "Syrian helicopters shelled a Syrian army hospital near Hama on Wednesday.",
            ("SYRMIL", "SYRHLH"),
            "Russian helicopters shelled a Syrian army hospital near Hama on Wednesday.",
            ("RUSMIL", "SYRMIL"),
        ),
    ],
)
def test_a_site_of_the_sources_own_role_keeps_its_place_reading(
    own: str, own_pair: tuple[str, str], other: str, other_pair: tuple[str, str]
) -> None:
    found = _pairs(own)
    assert own_pair in found
    assert not any(src == tgt for src, tgt in found)
    assert other_pair in _pairs(other)


@pytest.mark.parametrize(
    "text",
    [
        # a clause of holding names who holds the site now (review MUST 3)
        "Israeli planes hit a Syrian army outpost controlled by Hezbollah near Quneitra on Thursday.",
        "Turkish jets bombed a Syrian army depot that Kurdish militias now hold near Afrin on Sunday.",
        # "former": the words tell whose it was, not whose it is
        "Israeli planes hit a former Syrian army outpost near Quneitra on Thursday.",
    ],
)
def test_a_site_whose_holder_is_stated_is_not_read_by_its_own_words(text: str) -> None:
    assert not any(tgt == "SYRMIL" for _, tgt in _pairs(text))
    # the same site with no holder stated is that army's
    bare = text.replace(" controlled by Hezbollah", "").replace(" that Kurdish militias now hold", "")
    assert any(tgt == "SYRMIL" for _, tgt in _pairs(bare.replace("a former", "a")))
