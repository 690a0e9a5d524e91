"""Paired anaphora ("the two leaders", "both sides", "the pair") read back to the two parties of the one pair named
before, and to nothing when two pairs, or none, could be meant (pairs.paired_parties); "they" never does."""

from __future__ import annotations

from detente import code_text

DATE = "2019-10-22"
MET = "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday. "
TALKS = "Russia and Turkey held talks in Ankara on Monday. "


def coded(text: str) -> set[tuple[str, str | None, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo.code) for e in code_text(text, date=DATE)}


def signed(found: set[tuple[str, str | None, str]], a: str, b: str) -> bool:
    """The agreement is coded once per direction, each party the other's target (guide 2, mutual events)."""
    return (a, b, "057") in found and (b, a, "057") in found


def test_the_two_leaders_are_the_two_who_met() -> None:
    assert signed(coded(MET + "The two leaders signed a deal on Syria."), "RUSGOV", "TURGOV")


def test_both_leaders_and_the_pair_are_the_two_who_met() -> None:
    assert signed(coded(MET + "Both leaders signed a deal on Syria."), "RUSGOV", "TURGOV")
    assert signed(coded("Lavrov met Cavusoglu in Sochi. The pair signed a deal."), "RUSGOV", "TURGOV")


def test_two_people_a_deed_names_are_not_the_pair() -> None:
    # the twin of the first test: "soldiers" can be anyone's, not the two leaders who met
    found = coded(MET + "The two soldiers signed a deal on Syria.")
    assert not any(code == "057" for _, _, code in found)
    assert ("RUSGOV", "TURGOV", "040") in found  # the meeting itself stays


def test_another_pair_in_the_window_leaves_the_anaphor_unresolved() -> None:
    found = coded(MET + "Iran accused Iraq of lying. The two leaders signed a deal on Syria.")
    assert not any(code == "057" for _, _, code in found)
    assert ("IRN", "IRQ", "112") in found


def test_they_is_never_read_back_to_the_pair() -> None:
    # the twin of the first test: a "they" may be any plural before, so it is left to the pronoun resolver
    assert not any(code == "057" for _, _, code in coded(MET + "They signed a deal on Syria."))
    found = coded(MET + "The migrants shouted outside. They attacked police officers.")
    assert not any(code == "190" or code.startswith("18") for _, _, code in found)
    assert ("RUSGOV", "TURGOV", "040") in found


def test_a_pair_phrase_with_its_own_complement_names_someone_else() -> None:
    found = coded(MET + "The two leaders of the Kurdish opposition party condemned Erdogan.")
    assert not any(code == "111" and source in ("RUSGOV", "TURGOV") for source, _, code in found)
    assert ("RUSGOV", "ISR", "111") in coded(MET + "The two leaders condemned Israel.")  # the twin: no complement
    text = "Russia and Turkey signed a deal in Ankara on Monday. "
    found = coded(text + "The two men who attacked the Russian ambassador were arrested by Turkish police.")
    assert not any(code in ("190", "173") and source != "TURCOP" for source, _, code in found)
    assert not any(source == "TURCOP" and target in ("RUS", "TUR") for source, target, _ in found)


def test_the_pair_of_others_is_not_the_pair() -> None:
    found = coded(MET + "The pair of suspects attacked police officers.")
    assert not any(code.startswith("19") for _, _, code in found)
    assert ("RUSGOV", "TURGOV", "057") in coded(MET + "The pair signed a deal on Syria.")  # the twin: no complement


def test_two_others_numbered_in_between_leave_the_pair_unresolved() -> None:
    detained = "Two journalists were detained in Istanbul on Tuesday. "
    found = coded(MET + detained + "The two accused Turkish police of torture.")
    assert not any(code.startswith("112") for _, _, code in found)
    found = coded(MET + "Police arrested two men in Istanbul. The two leaders condemned Israel.")
    assert not any(target == "ISR" for _, target, _ in found)
    assert ("TURGOV", "ISR", "111") in coded(MET + "The two leaders condemned Israel.")  # the twin: none between


def test_two_places_are_no_pair_of_actors() -> None:
    found = coded("Storms hit Moscow and Ankara on Monday. The two asked the United Nations for aid.")
    assert not any(target == "IGOUN" for _, target, _ in found)
    found = coded("Moscow and Ankara signed a deal on Monday. The two asked the United Nations for aid.")
    assert ("RUSGOV", "IGOUN", "023") in found and ("TURGOV", "IGOUN", "023") in found


def test_a_side_is_never_aimed_at_its_own_country() -> None:
    found = coded(MET + "The two sides criticized the Turkish army.")
    assert ("RUSGOV", "TURMIL", "111") in found
    assert ("TURGOV", "TURMIL", "111") not in found
    found = coded(TALKS + "The two sides criticized the Russian government.")
    assert ("TUR", "RUSGOV", "111") in found
    assert ("RUS", "RUSGOV", "111") not in found


def test_a_joint_act_on_a_third_party_is_each_sides_own() -> None:
    found = coded(TALKS + "The two sides criticized Israel.")
    assert ("RUS", "ISR", "111") in found and ("TUR", "ISR", "111") in found


def test_a_side_is_not_its_own_target() -> None:
    found = coded(TALKS + "The two sides criticized Russia.")
    assert ("TUR", "RUS", "111") in found
    assert ("RUS", "RUS", "111") not in found


def test_a_conjunction_of_unnamed_parties_is_a_pair_that_could_be_meant() -> None:
    text = "Government forces and rebel fighters clashed near Aleppo. " + TALKS + "Both sides criticized Israel."
    assert not any(target == "ISR" for _, target, _ in coded(text))
    assert ("RUS", "ISR", "111") in coded(TALKS + "Both sides criticized Israel.")


def test_both_countries_are_the_states_of_the_pair() -> None:
    text = "Indian and Pakistani troops exchanged artillery fire on Tuesday. "
    found = coded(text + "The United Nations urged both countries to exercise restraint.")
    assert ("IGOUN", "IND", "0256") in found and ("IGOUN", "PAK", "0256") in found
    assert not any(target in ("INDMIL", "PAKMIL") for source, target, _ in found if source == "IGOUN")


def test_both_countries_with_two_pairs_before_are_none() -> None:
    text = (
        "Indian and Pakistani troops exchanged artillery fire on Tuesday. Chinese and Japanese ships clashed at sea. "
        "The United Nations urged both countries to exercise restraint."
    )
    assert not any(source == "IGOUN" for source, _, _ in coded(text))
