"""A person the dictionaries know, named in full where no party of the sentence stands (a possessive, a compound),
still introduces the person: a later surname reads back to the entry valid on the day (issue 14, s32)."""

from __future__ import annotations

from tests.actors.test_introduced_people import read


def test_a_known_person_named_in_a_possessive_introduces_the_surname() -> None:
    text = (
        "Nicola Sturgeon's renewed push for a second vote on independence drew a cool response on Monday. "
        "The debate will go on for weeks. "
        "Sturgeon criticized Spain on Tuesday."
    )
    code, why = read(text, "2017-06-10", "Sturgeon")
    assert code == "GBRGOV"
    assert "'Nicola Sturgeon' (sentence 0)" in why
    # the twin: the surname alone, with no full name before it, names no one
    code, _ = read("The debate will go on for weeks. Sturgeon criticized Spain on Tuesday.", "2017-06-10", "Sturgeon")
    assert code is None


def test_another_first_name_of_a_known_surname_introduces_no_one() -> None:
    # "Rachel Sturgeon" is not the entry's person: her surname later stays unresolved
    text = (
        "Rachel Sturgeon's bakery in the old town drew long queues on Monday. "
        "The debate will go on for weeks. "
        "Sturgeon criticized Spain on Tuesday."
    )
    code, _ = read(text, "2017-06-10", "Sturgeon")
    assert code is None
    # the twin: the entry's own first name in the same place does
    code, _ = read(text.replace("Rachel", "Nicola"), "2017-06-10", "Sturgeon")
    assert code == "GBRGOV"


def test_the_entry_is_the_one_valid_on_the_day() -> None:
    text = (
        "Jeremy Hunt's long letter to party members was published on Monday. "
        "The debate will go on for weeks. "
        "Hunt criticized Spain on Tuesday."
    )
    code, _ = read(text, "2019-03-04", "Hunt")
    assert code == "GBRGOV"  # foreign secretary on that day
    # the twin: out of every office he held, the name gives no code, and so nothing for the surname
    code, _ = read(text, "2009-03-04", "Hunt")
    assert code is None


def test_a_title_is_no_name_word() -> None:
    # "President Assad's future": a title and a surname name no one in full, and the title is no name a later
    # "The President of France" is read back to
    text = (
        "French officials discussed President Assad's future in Paris on Friday. The talks were long. "
        "The President of France accused Russia of blocking a ceasefire."
    )
    code, _ = read(text, "2018-05-04", "President")
    assert code == "FRAGOV"
    # the twin: the full name in the same place introduces the surname
    code, _ = read(
        text.replace("President Assad", "Bashar Assad").replace("The President of France", "Assad"),
        "2018-05-04",
        "Assad",
    )
    assert code == "SYRGOV"


def test_a_party_s_title_is_no_name_word_either() -> None:
    # "King Salman" as a party remembers "Salman", not "King": "The King of Jordan" is Jordan's
    text = "King Salman visited Moscow on Friday. The talks were long. The King of Jordan criticized Israel on Tuesday."
    code, _ = read(text, "2018-05-04", "King")
    assert code == "JORGOV"
    code, why = read(text.replace("The King of Jordan", "Salman"), "2018-05-04", "Salman")
    assert code == "SAUGOV"
    assert "'King Salman' (sentence 0)" in why


def test_a_first_name_is_never_remembered_from_a_passing_name() -> None:
    text = (
        "Nicola Sturgeon's renewed push for a second vote on independence drew a cool response on Monday. "
        "The debate will go on for weeks. "
        "Nicola criticized Spain on Tuesday."
    )
    code, _ = read(text, "2018-05-04", "Nicola")
    assert code is None
    code, _ = read(text.replace("Nicola criticized", "Sturgeon criticized"), "2018-05-04", "Sturgeon")
    assert code == "GBRGOV"
    # "Kim Jong Un's younger sister ... Kim praised": the sister may be meant; no first word of the name is kept
    kim = "Kim Jong Un's younger sister arrived in Seoul on Friday. The visit was short. Kim praised South Korea."
    code, _ = read(kim, "2018-05-04", "Kim")
    assert code is None


PASSING = "A Boris Johnson loyalist resigned from the cabinet on Monday. "


def test_a_passing_name_gives_way_to_a_party_named_in_full() -> None:
    text = (
        PASSING + "Senator Ron Johnson, a Republican from Wisconsin, criticized the European Union on Thursday. "
        "Johnson also accused Germany of dragging its feet."
    )
    code, why = read(text, "2018-05-04", "Johnson")
    assert code == "USALEG"
    assert "'Ron Johnson' (sentence 1)" in why
    # the twin: with no other Johnson named, the passing name is read back
    code, _ = read(
        PASSING + "The debate went on. Johnson also accused Germany of dragging its feet.", "2018-05-04", "Johnson"
    )
    assert code == "GBRGOV"


def test_a_passing_name_gives_way_to_a_titled_party_it_cannot_resolve() -> None:
    # "Senator Jim Johnson" is another person; unresolved, he leaves the surname to no one
    text = (
        PASSING + "Senator Jim Johnson criticized the European Union on Thursday in Washington. "
        "Johnson also accused Germany of dragging its feet."
    )
    code, _ = read(text, "2018-05-04", "Johnson")
    assert code is None
    # the twin: an honorific is the same person named politely
    code, _ = read(text.replace("Senator Jim Johnson", "Mr Johnson"), "2018-05-04", "Johnson")
    assert code == "GBRGOV"


def test_a_firm_s_name_is_no_read_back() -> None:
    text = PASSING + "The debate went on. Johnson & Johnson sued the Indian government on Tuesday."
    code, _ = read(text, "2018-05-04", "Johnson")
    assert code is None
    code, _ = read(text.replace("Johnson & Johnson sued", "Johnson criticized"), "2018-05-04", "Johnson")
    assert code == "GBRGOV"


def test_a_hyphenated_prefix_is_no_company_word() -> None:
    # "co-chaired" splits into "co" "-" "chaired": that "co" is no firm's "Co", so the surname still reads back
    text = PASSING + "The debate went on. Johnson co-chaired a meeting with Ireland on Tuesday."
    code, _ = read(text, "2018-05-04", "Johnson")
    assert code == "GBRGOV"
    # the twin: "Johnson Co" is a firm
    code, _ = read(text.replace("Johnson co-chaired", "Johnson Co chaired"), "2018-05-04", "Johnson")
    assert code is None


def test_no_mention_is_kept_for_a_pronoun() -> None:
    # the passing name is no antecedent: "She" after it reads back to no one
    text = "Nicola Sturgeon's renewed push for a second vote drew a cool response on Monday. She criticized Spain."
    code, _ = read(text, "2018-05-04", "She")
    assert code is None
    code, _ = read("Nicola Sturgeon criticized France on Monday. She criticized Spain.", "2018-05-04", "She")
    assert code == "GBRGOV"


def test_a_bare_title_reads_back_to_the_one_person_named_with_it() -> None:
    # "the Queen" (a determiner and the title, nothing of its own) is the one person named "Queen ..." earlier
    text = (
        "Queen Elizabeth II welcomed the Spanish king to London on Tuesday. The banquet was long. "
        "The Queen praised Spain on Wednesday."
    )
    code, why = read(text, "2017-07-12", "Queen")
    assert code == "GBRGOV"
    assert "named 'Queen' earlier" in why
    # the twin: a title with its own "of"-phrase names its own country's holder, never the earlier king
    text = "King Salman visited Moscow on Friday. The talks were long. The King of Jordan criticized Israel on Tuesday."
    code, why = read(text, "2018-05-04", "King")
    assert code == "JORGOV"
    assert "named 'King' earlier" not in why
