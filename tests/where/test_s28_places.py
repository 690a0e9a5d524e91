"""s28-place (issue 14): a deed put in a town its sentence describes but does not name ("attacked a Kurdish town in
northeastern Syria") happened in the town of that noun the next sentences name ("The assault on the border town of
Tal Kharnub ..."): roles.yaml ``indefinite_determiners``, ``named_next_window``; where/locate._named_next.
Each must-not is paired with its positive twin."""

from __future__ import annotations

import detente

DAY = "2015-08-17"
LEDE = "Islamic State militants attacked a Kurdish {noun} in northeastern Syria on Saturday, a monitor said. "


def _places(text: str, root: str, index: int = 0) -> list[str | None]:
    """The place name of each event whose code begins with ``root`` coded in sentence ``index``."""
    return [
        e.location.name if e.location else None
        for e in detente.code_text(text, date=DAY)
        if e.sentence_index == index and e.cameo.code.startswith(root)
    ]


def test_a_town_described_then_named_is_the_deeds_place() -> None:
    """'attacked a Kurdish town ... The assault on the border town of Tal Kharnub': the attack was in Tal Kharnub."""
    attacked = _places(
        LEDE.format(noun="town") + "The assault on the border town of Tal Kharnub was repelled by Kurdish fighters.",
        "19",
    )
    assert attacked and all(place == "Tal Kharnub" for place in attacked)


def test_a_town_of_another_noun_or_unnamed_is_not_the_described_one() -> None:
    """'a Kurdish town ... the border village of Tal Kharnub' names a village, not the town described; 'the town' named
    nothing: the deed keeps the region its own words give."""
    for follow in (
        "The assault on the border village of Tal Kharnub was repelled by Kurdish fighters.",
        "The assault on the town was repelled by Kurdish fighters.",
    ):
        attacked = _places(LEDE.format(noun="town") + follow, "19")
        assert attacked and all(place is not None and "Tal Kharnub" not in place for place in attacked)


def test_a_named_town_is_not_replaced_by_a_later_one() -> None:
    """'attacked the town of Qamishli': a town the deed's own words name stays its place, whatever town comes next;
    its twin, the same lede with the town left unnamed, takes the next sentence's town."""
    later = "The assault on the border town of Tal Kharnub was repelled on Sunday."
    named = _places(
        "Islamic State militants attacked the town of Qamishli in northeastern Syria on Saturday, a monitor said. "
        + later,
        "19",
    )
    assert named and all(place == "Qamishli" for place in named)
    unnamed = _places(LEDE.format(noun="town") + later, "19")
    assert unnamed and all(place == "Tal Kharnub" for place in unnamed)


def test_an_unplaced_town_of_a_sentence_naming_another_country_takes_no_country() -> None:
    """'The assault on the border town of Tal Kharnub in Turkey': a town no gazetteer knows, in a sentence naming
    another country than the event's, is not given the event's country; its twin without 'in Turkey' is."""
    lede = "Militants attacked a largely Kurdish town in northeastern Syria on Saturday. "
    abroad = _places(lede + "The assault on the border town of Tal Kharnub in Turkey was repelled.", "19")
    assert abroad and all(place is not None and "Tal Kharnub" not in place for place in abroad)
    home = _places(lede + "The assault on the border town of Tal Kharnub was repelled.", "19")
    assert home and all(place == "Tal Kharnub" for place in home)


def test_a_town_named_for_another_event_is_not_the_deeds() -> None:
    """'Meanwhile in the town of Tal Kharnub, protesters demonstrated', 'Residents of the town of Tal Kharnub
    celebrated': the town named next is another event's place; its twin, 'The bombing of the town of Tal Kharnub',
    is about the deed."""
    lede = "Syrian government aircraft bombed a town in northwestern Syria on Monday. "
    for follow in (
        "Meanwhile in the town of Tal Kharnub, protesters demonstrated against the government.",
        "Meanwhile, the bombing of the town of Tal Kharnub killed twelve people.",
        "Residents of the town of Tal Kharnub celebrated.",
    ):
        bombed = _places(lede + follow, "19")
        assert bombed and all(place is not None and "Tal Kharnub" not in place for place in bombed), follow
    bombed = _places(lede + "The bombing of the town of Tal Kharnub killed twelve people.", "19")
    assert bombed and all(place == "Tal Kharnub" for place in bombed)


def test_only_a_town_where_the_deed_happened_is_named_next() -> None:
    """'Rebels from a town in northern Syria attacked an army checkpoint': the unnamed town is where the rebels come
    from, not where they attacked; its twin, 'Rebels attacked a town in northern Syria', is the deed's place."""
    later = "The assault on the town of Tal Kharnub was repelled."
    origin = _places(
        "Rebels from a town in northern Syria attacked an army checkpoint in Syria on Saturday. " + later, "19"
    )
    assert origin and all(place is not None and "Tal Kharnub" not in place for place in origin)
    site = _places("Rebels attacked a town in northern Syria on Saturday. " + later, "19")
    assert site and all(place == "Tal Kharnub" for place in site)
