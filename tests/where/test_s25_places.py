"""s25-place: a place the event's own sentence names that the clause reading missed — a name reached by "on" ("met on
Capitol Hill"), a meal the event was held over ("over a working dinner at Downing Street"), and the town a strike
noun's verb of striking names ("The strikes hit the town of Douma"). Each must-not is paired with its positive twin."""

from __future__ import annotations

import detente

DAY = "2018-03-01"
STRIKES = "Syrian government warplanes carried out strikes on Eastern Ghouta on Monday, killing 20 civilians."


def _places(text: str, index: int, root: str) -> list[str | None]:
    """The place name of each event of ``root`` coded in sentence ``index``."""
    return [
        e.location.name if e.location else None
        for e in detente.code_text(text, date=DAY)
        if e.sentence_index == index and e.cameo.root == root
    ]


def test_a_name_ending_in_a_word_that_takes_on_is_the_place_after_on() -> None:
    """'met on Capitol Hill' happened on Capitol Hill (roles.yaml ``on_place_words``)."""
    met = _places("President Donald Trump met Republican senators on Capitol Hill on Tuesday.", 0, "04")
    assert met and all(place == "Capitol Hill" for place in met)
    # must-not: "on" before any other name is what is talked about, not where
    met = _places("President Donald Trump met Republican senators on Tuesday to talk on Syria.", 0, "04")
    assert met and all(place is None for place in met)


def test_a_meal_the_event_was_held_over_is_its_own_occasion() -> None:
    """'over a working dinner at Downing Street': "over" a meal is no cause (roles.yaml ``meal_preps``)."""
    met = _places(
        "British Prime Minister Theresa May and European Council President Donald Tusk met for talks over a working "
        "dinner at Downing Street on Sunday night.",
        0,
        "04",
    )
    assert met and all(place == "Downing Street" for place in met)
    said = "President Donald Trump criticized German Chancellor Angela Merkel over dinner in Brussels."
    assert _places(said, 0, "11") == ["Brussels"]
    # must-not: "over" anything else is the cause, another occasion, whose place is not the criticism's
    said = "President Donald Trump criticized German Chancellor Angela Merkel over the talks in Brussels."
    assert _places(said, 0, "11") == [None]


def test_an_attack_noun_that_is_the_subject_of_a_verb_of_striking_fell_on_its_object() -> None:
    """'The strikes hit the town of Douma' were in Douma (roles.yaml ``striking_verbs``)."""
    assert _places(f"{STRIKES} The strikes hit the town of Douma.", 1, "19") == ["Douma"]
    assert _places(f"{STRIKES} The strikes pounded the town of Douma.", 1, "19") == ["Douma"]
    # must-not: a verb that says the town was not struck
    assert _places(f"{STRIKES} The strikes spared the town of Douma.", 1, "19") == [None]


def test_an_attack_a_relative_clause_of_striking_describes_fell_on_its_object() -> None:
    """'killed in mortar attacks which targeted neighbourhoods in Damascus city': the deed's phrase holds the attack,
    whose relative clause (on the noun, or on its doer after "by") says where it fell."""
    killed = "Six people were killed in rebel mortar attacks which targeted residential neighborhoods in Damascus city."
    assert _places(killed, 0, "19") == ["Damascus"]
    by_doer = (
        "Eight people were killed on Wednesday in mortar attacks by Syrian rebels which targeted a number of "
        "residential neighborhoods in Damascus city."
    )
    assert _places(by_doer, 0, "19") == ["Damascus"]
    # must-not: a relative clause of another verb (where the doer holds ground) says nothing of where the attack fell
    held = by_doer.replace("targeted", "control")
    assert _places(held, 0, "19") == [None]
