"""Issue 15, s11: descriptions read back to the article's own names (statives/referents.py), each positive with its
must-not beside it."""

from __future__ import annotations

from tests.system.conftest import held_pairs


def test_a_numbered_plural_of_states_is_the_states_named_before() -> None:
    text = "Armenian shells hit a village near Ganja, Azerbaijan's army said. The two countries are at war."
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= held_pairs(text, "hostility")
    # more states named than the number says: nobody
    crowded = (
        "Armenian shells hit a village near Ganja, Azerbaijan's army said, and Russia and Turkey called for calm. "
        "The two countries have been at war since 2020."
    )
    assert not {("ARM", "AZE"), ("AZE", "ARM")} & held_pairs(crowded, "hostility")


def test_the_states_of_a_description_take_the_role_its_noun_gives() -> None:
    text = "Peruvian and Chilean troops began joint patrols under an agreement the two governments reached in May."
    assert ("CHLGOV", "PERGOV") in held_pairs(text, "cooperation")
    # without a number the plural is no description of the states named
    plain = "Peruvian and Chilean troops began joint patrols under an agreement governments reached in May."
    assert not {p for p in held_pairs(plain, "cooperation") if "GOV" in p[0] and "GOV" in p[1]}


def test_founders_described_by_number_are_members() -> None:
    text = (
        "Chad, Sudan and Libya quit the Arab League on Monday. "
        "The three countries, each led by a general, have formed their own Alliance of Sahel States."
    )
    assert {("TCD", "IGOAES"), ("SDN", "IGOAES"), ("LBY", "IGOAES")} <= held_pairs(text, "membership")
    assert ("TCD", "IGOLAS") not in held_pairs(text, "membership")  # quitting it ends it


def test_a_described_bloc_is_the_latest_body_named() -> None:
    text = "Georgia froze its role in the CSTO on Friday. Georgia still remains a member of the six-nation bloc."
    assert ("GEO", "IGOCSTO") in held_pairs(text, "membership")
    # the UN family is no bloc
    un = "Georgia spoke at the United Nations on Friday. Georgia still remains a member of the six-nation bloc."
    assert ("GEO", "IGOUN") not in held_pairs(un, "membership")


def test_a_bloc_whose_members_are_listed() -> None:
    text = "Their juntas call NATO a relic. The alliance, whose 30 members include Norway and Spain, said nothing."
    assert {("NOR", "IGONATO"), ("ESP", "IGONATO")} <= held_pairs(text, "membership")
    # the members of someone who is no body are no members of a body
    other = "Their juntas call NATO a relic. The minister, whose aides include Norwegians, said nothing."
    assert not held_pairs(other, "membership")


def test_who_is_turned_to_for_aid_backs_the_described_juntas() -> None:
    text = "Guinea and Chad expelled foreign troops last year. The two juntas have turned to Russia for military aid."
    assert {("RUS", "GINGOV"), ("RUS", "TCDGOV")} <= held_pairs(text, "support")
    # turning to someone for anything but aid is no support
    talks = "Guinea and Chad expelled foreign troops last year. The two juntas have turned to Russia for talks."
    assert not held_pairs(talks, "support")


def test_a_group_described_with_an_adjective_is_the_latest_group_named() -> None:
    text = (
        "Iraqi troops retook the town with the help of Kataib Hezbollah fighters. "
        "Washington condemned the move and called the Iraqi militia a terrorist group."
    )
    assert ("USAGOV", "IRQREB") in held_pairs(text, "label") or ("USA", "IRQREB") in held_pairs(text, "label")
    # a group of another country than the one its demonym names is not it
    other = (
        "Iraqi troops retook the town with the help of Kataib Hezbollah fighters. "
        "Washington condemned the move and called the Syrian militia a terrorist group."
    )
    assert not {t for _, t in held_pairs(other, "label") if t == "IRQREB"}


def test_a_name_fused_with_its_label_is_the_one_labelled() -> None:
    assert ("CHNGOV", "TWNPTY") in held_pairs("Beijing, which calls the DPP separatists, held drills.", "label")
    # a label with no name fused into it labels nobody of its own
    assert not held_pairs("Beijing, which calls the protesters separatists, held drills.", "label") - {
        ("CHNGOV", "CHNCVL")
    }


def test_a_member_in_apposition_is_of_the_latest_body_named() -> None:
    text = "Bhutan joined the Colombo Plan and ASEAN on Sunday. Laos, a member whose leader stayed home, sent a deputy."
    assert ("LAO", "IGOASEAN") in held_pairs(text, "membership")
    # a member of something else named is not of the body
    other = "Bhutan joined ASEAN on Sunday. Laos, a member of the Mekong panel, sent a deputy."
    assert ("LAO", "IGOASEAN") not in held_pairs(other, "membership")


def test_a_body_returned_to_is_joined_again() -> None:
    assert ("MAR", "IGOAU") in held_pairs("Morocco returned to the African Union in 2017.", "membership")
    assert not held_pairs("The Moroccan king returned to Rabat in 2017.", "membership")  # a place is no body
