"""People the dictionaries do not know: coded by the description the article gives them (in apposition, or a
title that names them), by whom they speak for, and named later by a part of the name."""

from __future__ import annotations

from detente import code_text


def pairs(text: str, date: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date=date)}


def sources(text: str, date: str, trigger: str) -> list[tuple[str, str]]:
    return [(e.source.code, e.source.text) for e in code_text(text, date=date) if e.evidence.trigger == trigger]


def test_a_person_in_apposition_to_a_role_takes_its_code_and_keeps_it_by_surname() -> None:
    text = (
        "Lena Varga, a senior Hungarian diplomat, condemned Serbia on Monday. "
        "Varga also criticized Croatia for the border closure."
    )
    found = pairs(text, "2019-03-04")
    assert ("HUNGOV", "SRB") in found
    assert ("HUNGOV", "HRV") in found


def test_a_person_described_only_as_a_private_person_is_no_actor() -> None:
    text = (
        "Lena Varga, a Hungarian citizen, condemned Serbia on Monday. "
        "Varga also criticized Croatia for the border closure."
    )
    assert not any(src.startswith("HUN") for src, _ in pairs(text, "2019-03-04"))
    # the same sentence with an office does code (the pair above is about the description, not the verb)
    assert ("HUNGOV", "SRB") in pairs(text.replace("a Hungarian citizen", "a Hungarian minister"), "2019-03-04")


def test_a_spokesman_for_someone_speaks_as_them() -> None:
    text = "Tomas Reed, a spokesman for Robert Mueller, criticized the Justice Department on Friday."
    assert ("USAJUD", "USAGOV") in pairs(text, "2018-03-02")
    text = "A lawyer for President Trump criticized Robert Mueller on Friday."
    assert ("USAGOV", "USAJUD") in pairs(text, "2018-03-02")


def test_a_spokesman_for_someone_unknown_takes_no_country_from_the_article() -> None:
    # an unknown principal: the spokesman stays unresolved rather than become the article's government
    text = (
        "The U.S. Treasury imposed new sanctions on Iran. "
        "A spokesman for Zorbex Holdings condemned the Treasury on Friday."
    )
    found = pairs(text, "2018-03-02")
    assert ("USAGOV", "IRN") in found
    assert not any(tgt == "USAGOV" for _, tgt in found)


def test_a_title_that_names_its_holder_gives_the_surname_its_code() -> None:
    # the Syrian Interim Government was the exiled opposition's (SYROPP), not the state's
    text = (
        "The finance minister of the Syrian interim government, Samir Aswad, said on Monday that salaries were late. "
        "Aswad accused the Assad regime of starving the camps."
    )
    assert ("SYROPP", "Aswad") in sources(text, "2016-11-07", "accused")
    # a surname that no earlier sentence names with a title stays unresolved
    assert sources("Aswad accused the Assad regime of starving the camps.", "2016-11-07", "accused") == []


def test_a_surname_opening_a_sentence_reads_back_even_when_tagged_a_common_noun() -> None:
    text = (
        "Democratic Representative Tom Halloway criticized the State Department on Monday. "
        "Halloway accused the State Department of hiding the costs."
    )
    found = [e for e in code_text(text, date="2018-05-07") if e.evidence.trigger == "accused"]
    assert [(e.source.code, e.target.code if e.target else None) for e in found] == [("USALEG", "USAGOV")]
    assert not code_text("Halloway accused the State Department of hiding the costs.", date="2018-05-07")


def test_the_staff_or_members_of_a_known_body_or_person_are_that_actor() -> None:
    assert ("USAJUD", "USAGOV") in pairs("Mueller's team criticized the State Department on Friday.", "2018-03-02")
    assert ("USACOP", "USAGOV") in pairs("FBI agents criticized the State Department on Friday.", "2018-03-02")
    # the same nouns with no one named: no actor
    assert not any(
        src.startswith("USA") and src != "USAGOV"
        for src, _ in pairs("The team criticized the State Department on Friday.", "2018-03-02")
    )


def test_a_name_ending_like_a_plural_is_not_read_as_a_role_noun() -> None:
    # "Nunes" is not "nuns": the title before the name decides (LEG), not a role read off its spelling
    text = "Republican Representative Tom Nunes criticized the State Department on Monday."
    assert ("USALEG", "USAGOV") in pairs(text, "2018-05-07")
    assert not any(src.endswith("REL") for src, _ in pairs(text, "2018-05-07"))


def test_a_spokesman_of_a_body_named_by_its_role_noun_speaks_as_its_government() -> None:
    # "the junta's spokesman": no name says whom he speaks for, so he is not read as the junta itself but by
    # his role noun (a government spokesman, as annotators code him)
    text = "Mali's military junta spokesman accused France of lying on Monday."
    assert ("MLIGOV", "FRA") in pairs(text, "2022-02-01")
    text = "The military junta in Mali expelled the French ambassador. The junta's spokesman accused France of lying."
    assert ("MLIMIL", "FRA") not in pairs(text, "2022-02-01")
    # a named principal decides: the spokesman of a known person is that person's actor
    text = "A spokesman for President Emmanuel Macron accused Mali of lying."
    assert ("FRAGOV", "MLI") in pairs(text, "2022-02-01")


def test_members_of_a_body_named_by_the_noun_before_them() -> None:
    text = "U.S. congressional committee members criticized the State Department on Friday."
    assert ("USALEG", "USAGOV") in pairs(text, "2018-03-02")
    # members of nothing named: no actor
    assert not pairs("Committee members criticized the State Department on Friday.", "2018-03-02")


def test_a_spokesman_for_a_country_s_body_speaks_as_that_body() -> None:
    text = "Karim Haddad, a spokesman for the Syrian army, accused Turkey of arming the militants."
    assert ("SYRMIL", "TUR") in pairs(text, "2017-12-01")
    # the body's country unnamed, in a text that makes none plain: unresolved, never a guess
    assert not any(src.startswith("SYR") for src, _ in pairs(text.replace("the Syrian army", "the army"), "2017-12-01"))


def test_a_party_s_candidate_is_the_party_s_and_keeps_it_by_surname() -> None:
    text = (
        "Tom Brandt, the Republican Senate candidate from Ohio, criticized the U.S. Congress on Monday. "
        "President Donald Trump endorsed Brandt. Brandt denied the allegations."
    )
    found = pairs(text, "2017-12-01")
    assert {("USAPTY", "USALEG"), ("USAGOV", "USAPTY"), ("USAPTY", None)} <= found
    titled = "Conservative Republican candidate Tom Brandt criticized the U.S. Congress on Monday."
    assert ("USAPTY", "USALEG") in pairs(titled, "2017-12-01")


def test_a_candidate_without_a_party_word_holds_no_seat() -> None:
    # "Senate candidate" seeks a seat: not the Senate's, and no party word says whose
    text = "Senate candidate Tom Brandt criticized the U.S. Congress on Monday. Brandt denied the allegations."
    assert not any(src in ("USALEG", "USAPTY") for src, _ in pairs(text, "2017-12-01"))
    # a party word of no country the text names reads back to no party
    assert pairs("Democratic candidate Tom Brandt criticized the parliament on Monday.", "2017-12-01") == set()
    # the same titles with the party and its country named do code (the pair above is about the missing words)
    assert ("USAPTY", "USALEG") in pairs(text.replace("Senate candidate", "Republican Senate candidate"), "2017-12-01")


def test_a_described_persons_country_is_never_the_articles_guess() -> None:
    # an article about Russia: "a retired army general" names no country, so the person stays unresolved rather than
    # become a Russian general; the same description naming its country codes
    text = (
        "Russia denied meddling in the election. Russian officials met Georgian officials in Moscow. "
        "Pavel Drummond, a retired army general, is a key witness in the inquiry into Russia. "
        "Drummond criticized the White House on Monday."
    )
    assert not any(src == "RUSMIL" for src, _ in pairs(text, "2019-03-04"))
    named = text.replace("a retired army general", "a retired Russian army general")
    assert ("RUSMIL", "USAGOV") in pairs(named, "2019-03-04")
