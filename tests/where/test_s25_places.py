"""s25-place: a place the event's own sentence names that the clause reading missed — a name reached by "on" ("met on
Capitol Hill"), a meal the event was held over ("over a working supper at Downing Street"), and the town a strike
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
    fought = _places("Israeli troops clashed with Hezbollah fighters on the Golan Heights on Sunday.", 0, "19")
    assert fought and all(place == "Golan Heights" for place in fought)
    # must-not: "on" that hangs on another noun than the event's own names a topic, even before such a name
    assert _places("Israel rejected the UN resolution on the Golan Heights.", 0, "12") == [None]
    assert _places("Israel criticized Syria's stance on the Golan Heights.", 0, "11") == [None]
    assert _places("Netanyahu praised Trump's decision on the Golan Heights.", 0, "05") == [None]


def test_a_meal_the_event_was_held_over_is_its_own_occasion() -> None:
    """'over a working supper at Downing Street': "over" a meal is no cause (roles.yaml ``meal_preps``)."""
    met = _places(
        "British Prime Minister Theresa May and European Council President Donald Tusk met for talks over a working "
        "supper at Downing Street late on Sunday.",
        0,
        "04",
    )
    assert met and all(place == "Downing Street" for place in met)
    met = _places("President Donald Trump met President Emmanuel Macron over dinner in Paris on Friday.", 0, "04")
    assert met and all(place == "Paris" for place in met)
    # must-not: for an event that is no meeting (roles.yaml ``meal_roots``) "over" a meal is its cause, another
    # occasion, as "over" anything else is, and its place is not the criticism's
    said = "President Donald Trump criticized German Chancellor Angela Merkel over dinner in Brussels."
    assert _places(said, 0, "11") == [None]
    assert _places("Trump criticized Macron over a dinner in Paris that he had skipped.", 0, "11") == [None]
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
        "Eight residents were killed on Wednesday in mortar attacks by Syrian rebels which targeted several "
        "residential neighborhoods in Damascus city."
    )
    assert _places(by_doer, 0, "19") == ["Damascus"]
    # must-not: a relative clause of another verb (where the doer holds ground) says nothing of where the attack fell
    held = by_doer.replace("targeted", "control")
    assert _places(held, 0, "19") == [None]
    # must-not: a relative clause on the doer that names a date or is told in a perfect tense tells the doer's past
    past = (
        "Ten people were killed in suicide attacks by the Islamic State group, which destroyed the ancient city of "
        "Palmyra in 2015."
    )
    assert _places(past, 0, "19") == [None]
    had = "Three civilians were killed in rocket attacks by Houthi rebels, which had shelled the port city of Hodeidah."
    assert _places(had, 0, "19") == [None]
