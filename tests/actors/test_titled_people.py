"""People the dictionaries do not know, named by a title whose country the article makes plain, and he/she read
back through a chain of subjects (issue 14, s16). Each reading is paired with the must-not that keeps it honest."""

from __future__ import annotations

from detente import code_text, explain_text


def pairs(text: str, date: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date=date)}


US_COURT = "A federal court in the United States heard the case on Monday. "


def test_a_surname_is_the_person_an_office_title_named_earlier() -> None:
    # the title gives the role, the article its country: the surname later is that judge
    text = US_COURT + "Judge Timothy Kelly spoke in Washington on Tuesday. Kelly accused the White House of lying."
    assert ("USAJUD", "USAGOV") in pairs(text, "2017-11-28")


def test_a_private_title_or_a_word_left_of_it_names_no_office() -> None:
    # "head chef": the word right before the name is no title, so "head" gives no government
    chef = US_COURT + "Head chef Timothy Kelly spoke in Washington on Tuesday. Kelly accused the White House of lying."
    assert not any(tgt == "USAGOV" for _, tgt in pairs(chef, "2017-11-28"))
    assert ("USAJUD", "USAGOV") in pairs(chef.replace("Head chef", "Judge"), "2017-11-28")  # the title itself does


GAZA = "Israeli jets struck Gaza on Monday. Israel's army said it hit Hamas targets in Gaza. "


def test_a_title_placed_in_another_state_gives_its_surname_no_country() -> None:
    # the article is about Israel, the judge speaks in The Hague: her country would be a guess, and a person's
    # country is never a guess; placed in Israel, the surname is that judge
    said = "Donoghue accused Israel of violating the court's order."
    hague = GAZA + "Judge Joan Donoghue spoke in The Hague on Tuesday. " + said
    assert not any(src.startswith("ISR") for src, tgt in pairs(hague, "2024-01-30") if tgt == "ISR")
    assert ("ISRJUD", "ISR") in pairs(hague.replace("The Hague", "Jerusalem"), "2024-01-30")


def test_the_first_name_after_a_title_is_no_surname() -> None:
    text = US_COURT + "Judge Timothy Kelly spoke in Washington on Tuesday. Timothy accused the White House of lying."
    assert ("USAJUD", "USAGOV") not in pairs(text, "2017-11-28")
    assert ("USAJUD", "USAGOV") in pairs(text.replace("Timothy accused", "Kelly accused"), "2017-11-28")


def test_a_chief_executive_officer_is_no_police_officer() -> None:
    said = "Kelly accused the White House of lying."
    text = US_COURT + "Chief Executive Officer Timothy Kelly spoke in Washington. " + said
    found = pairs(text, "2017-11-28")
    assert not any(src == "USACOP" for src, _ in found)
    assert ("USAJUD", "USAGOV") in pairs(text.replace("Chief Executive Officer", "Judge"), "2017-11-28")


MERKEL = "German Chancellor Angela Merkel arrived in Paris on Monday. She was tired. "


def test_she_reads_back_through_a_chain_of_the_same_subject() -> None:
    text = MERKEL + "She looked at the crowd for a long time. She smiled. She accused Russia of lying."
    assert ("DEUGOV", "RUS") in pairs(text, "2017-03-05")


def test_another_subject_breaks_the_chain() -> None:
    text = MERKEL + "The crowd looked at the stage for a long time. She smiled. She accused Russia of lying."
    found = pairs(text, "2017-03-05")
    assert ("DEUGOV", "RUS") not in found
    assert any(src == "DEUGOV" for src, _ in found)  # Merkel herself is still read where she is named


def test_a_chain_ending_at_an_unknown_person_says_so() -> None:
    text = "Elaine Kamarck spoke in Berlin on Monday. She was tired. She smiled. She accused Russia of lying."
    events, skips = explain_text(text, date="2017-03-05")
    assert not any(e.source.code.startswith("DEU") for e in events)
    assert any("leads to 'Elaine Kamarck'" in s.reason for s in skips)
    known = MERKEL + "She smiled. She accused Russia of lying."
    assert not any("leads to" in s.reason for s in explain_text(known, date="2017-03-05")[1])


def test_a_description_with_a_known_person_s_name_beside_it_is_that_person_s_office() -> None:
    # conventions: an office holder is coded by the office held on the date; the description's body (a party) is not
    text = "Viktor Orban held talks with the leader of the Lega party, Matteo Salvini, in Milan on Tuesday."
    assert ("HUNGOV", "ITAGOV") in pairs(text, "2018-08-28")
    assert ("HUNGOV", "ITAPTY") not in pairs(text, "2018-08-28")
    # a name the dictionaries do not know leaves the description as it reads
    unknown = text.replace("Matteo Salvini", "Carlo Benvenuti")
    assert ("HUNGOV", "ITAPTY") in pairs(unknown, "2018-08-28")
    assert ("HUNGOV", "ITAGOV") not in pairs(unknown, "2018-08-28")


def test_a_name_beside_a_relative_or_a_plural_is_no_office_holder() -> None:
    # the parser hangs the name on the outer noun: a relative of the president is not the president
    son = "The son of the president, Recep Tayyip Erdogan, met Saudi officials on Monday."
    assert ("TURGOV", "SAUGOV") not in pairs(son, "2018-03-01")
    assert ("TURGOV", "SAUGOV") not in pairs(
        son.replace("the president,", "President").replace("Erdogan,", "Erdogan"), "2018-03-01"
    )
    # a title with the holder's name beside it is that holder
    assert ("TURGOV", "SAUGOV") in pairs(son.replace("The son of the president", "The president"), "2018-03-01")
    assert ("TURGOV", "SAUGOV") in pairs(
        son.replace("son of the president", "leader of the ruling party"), "2018-03-01"
    )
    # a plural noun is several people, not the one named among them
    critics = "The critics, Angela Merkel among them, condemned Russia on Monday."
    assert ("DEUGOV", "RUS") not in pairs(critics, "2018-03-01")
    assert ("DEUGOV", "RUS") in pairs(
        critics.replace("The critics", "The chancellor").replace(" among them", ""), "2018-03-01"
    )
