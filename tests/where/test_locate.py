"""Event places come from the event's own clause, never from elsewhere in the article."""

from __future__ import annotations

from detente import code_text


def test_locative_phrase_on_the_verb() -> None:
    [event, *_] = code_text("Iran's foreign minister met his Turkish counterpart in Ankara on Monday.", "2024-12-02")
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Ankara", "TUR")
    assert event.location.lat is not None and 39 < event.location.lat < 40.5


def test_place_target_is_the_location() -> None:
    [event] = code_text("Russian forces shelled Kherson on Tuesday.", "2023-05-10")
    assert event.location is not None and event.location.country == "UKR"


def test_no_location_when_the_clause_names_none() -> None:
    events = code_text("Ankara hosted the summit. Turkey criticized Russia on Monday.", "2024-12-02")
    criticism = [e for e in events if e.cameo.root == "11"]
    assert criticism and criticism[0].location is None


def _where(text: str, root: str) -> list[tuple[str, str] | None]:
    events = [e for e in code_text(text, "2024-12-02") if e.cameo.root == root]
    assert events, f"no {root} event in {text!r}"
    return [(e.location.name, e.location.country) if e.location else None for e in events]


def test_a_participle_shares_the_place_of_its_clause() -> None:
    # "accusing ..." happened where the clause it hangs on did
    assert ("Brussels", "BEL") in _where(
        "In Brussels on Monday, Macron spoke to reporters, accusing Germany of betraying its allies.", "11"
    )
    # a participle of its own scene is the event's place ("Speaking in Berlin, ...")
    assert ("Berlin", "DEU") in _where("Speaking in Berlin, Scholz criticized Russia on Monday.", "11")


def test_a_clause_with_its_own_subject_keeps_its_own_place() -> None:
    # the criticism has its own subject: the place of the visit is not the criticism's
    assert _where("Putin met Erdogan in Ankara on Monday, and Scholz criticized Russia.", "11") == [None]


def test_where_a_deed_fell_and_where_one_travelled() -> None:
    assert ("Raqqa", "SYR") in _where("U.S. air strikes on Raqqa killed 20 civilians on Monday.", "19")
    assert ("Ankara", "TUR") in _where("Putin flew to Ankara on Monday to meet Erdogan.", "04")


def test_on_names_no_place_after_words_of_talk() -> None:
    # "talks on Syria" are about Syria, not in it; the same talks "in Geneva" are there
    assert _where("Iran and Turkey held talks on Syria on Monday.", "04") == [None, None]
    assert _where("Iran and Turkey held talks in Geneva on Monday.", "04") == [("Geneva", "CHE"), ("Geneva", "CHE")]


def test_a_town_or_region_struck_is_the_place_but_a_capital_is_its_government() -> None:
    assert _where("Syrian jets bombed opposition-held Idlib province on Monday.", "19")[0] == (
        "Idlib province",
        "SYR",
    )
    # a capital as object stands for its government: the condemnation did not happen in Damascus
    assert _where("Turkey condemned Damascus on Monday.", "11") == [None]


def test_a_part_of_a_country_is_a_region_of_unknown_coordinates() -> None:
    [north] = [
        e.location for e in code_text("Russian warplanes bombed rebel positions in northern Syria.", "2016-12-02")
    ]
    assert north is not None and (north.name, north.country, north.precision) == ("northern Syria", "SYR", "region")
    assert north.lat is None  # where in the north is not said: no coordinates rather than the country's centre
    [whole] = [e.location for e in code_text("Russian warplanes bombed rebel positions in Syria.", "2016-12-02")]
    assert whole is not None and (whole.name, whole.precision) == ("Syria", "country") and whole.lat is not None


def test_a_town_no_gazetteer_knows_is_the_place_by_its_name_with_the_country_its_phrase_gives() -> None:
    [loc] = [e.location for e in code_text("Syrian troops killed ten rebels in Kafr Zeitoun in Hama.", "2016-12-02")]
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Kafr Zeitoun", "SYR", "site")
    assert loc.lat is None  # "in Hama" may be the province: no coordinates rather than the city's


def test_a_known_place_beats_an_unlisted_one_and_a_target_gives_no_country() -> None:
    [shot] = code_text("Israeli troops shot dead a Palestinian in Hebron near Kiryat Arba on Monday.", "2016-12-02")
    assert shot.location is not None and shot.location.name == "Hebron"
    [shelled] = code_text("Syrian troops shelled Turkey in Kafr Zeitoun.", "2016-12-02")
    assert shelled.location is not None and shelled.location.name == "Kafr Zeitoun"
    assert shelled.location.country is None  # the target is what was hit, not where: its country is not the place's


def test_a_name_inside_a_group_or_a_party_is_no_place() -> None:
    # "in the Levant" names the group's reach, not where the fighting was; the sentence names no other place
    fights = code_text("Syrian troops fought the Nusra Front (the Qaeda branch in the Levant) on Monday.", "2016-12-02")
    assert fights and all(e.location is None for e in fights)
    # and an unlisted place never becomes a party: the fighters stay the target
    [raid] = code_text("Syrian troops killed ten Syrian rebels in Kafr Zeitoun on Monday.", "2016-12-02")
    assert raid.location is not None and raid.location.name == "Kafr Zeitoun"
    assert raid.target is not None and raid.target.code == "SYRREB"


def _where_on(text: str, root: str, date: str) -> list[tuple[str, str] | None]:
    events = [e for e in code_text(text, date) if e.cameo.root == root]
    assert events, f"no {root} event in {text!r}"
    return [(e.location.name, e.location.country) if e.location else None for e in events]


def test_a_region_named_after_its_town_is_the_region() -> None:
    # "Aleppo province", "the countryside of Hama": the region, not the town it is named after
    assert _where("Russian jets bombed Aleppo province on Monday.", "19") == [("Aleppo province", "SYR")]
    assert _where("Russian jets bombed rebel positions in the countryside of Hama on Monday.", "19") == [
        ("Hama countryside", "SYR")
    ]
    # the bare name is still the town
    assert _where("Syrian warplanes bombed Idlib on Monday.", "19") == [("Idlib", "SYR")]


def test_the_town_beats_the_region_it_lies_in() -> None:
    assert _where("Russian jets bombed the town of Manbij in Aleppo province on Monday.", "19") == [("Manbij", "SYR")]
    assert _where("Russian jets bombed the countryside of Aleppo on Monday.", "19") == [("Aleppo countryside", "SYR")]


def test_a_where_clause_happened_at_the_place_it_describes() -> None:
    where = _where(
        "Turkish jets bombed the northern town of Afrin, where Kurdish fighters clashed with Turkish troops.", "19"
    )
    assert where.count(("Afrin", "SYR")) == 3  # the bombing and both directions of the clash
    # a relative clause opened by "whose" says whose the fighters are, not where they clashed
    clash = _where(
        "Turkish jets bombed the town of Afrin, whose Kurdish fighters clashed with Turkish troops on Monday.", "19"
    )
    assert clash == [("Afrin", "SYR"), None, None]


def test_a_journey_s_purpose_is_done_where_it_led() -> None:
    assert (
        _where_on("Emmanuel Macron headed to Berlin on Monday to meet Angela Merkel.", "04", "2018-03-01").count(
            ("Berlin", "DEU")
        )
        == 3
    )
    # the journey and the meeting it was for are both in Paris
    met = _where_on(
        "Angela Merkel and her ministers travelled to Paris for a meeting with Emmanuel Macron.", "04", "2018-03-01"
    )
    assert len(met) >= 2 and set(met) == {("Paris", "FRA")}
    # a meeting after which one travelled home did not happen at home; a purpose of being stationed is no journey
    assert _where_on(
        "Theresa May returned to London after a meeting with Jean-Claude Juncker.", "04", "2018-03-01"
    ) == [
        None,
        None,
    ]
    # the fighting a station is for is placed nowhere it was not done: since s19-embedded it is a purpose, not coded
    text = "French troops stationed in Niger to fight militants in Mali attacked a convoy."
    stationed = code_text(text, "2018-03-01")
    assert not [e for e in stationed if e.evidence.trigger == "fight" and e.location and e.location.country == "NER"]
    assert [e for e in stationed if e.evidence.trigger == "attacked"]  # the deed of the sentence is still coded


def test_a_town_the_parser_hung_on_the_next_name_is_still_the_place() -> None:
    # a comma missing after "Geneva": the small parser makes the town a modifier of the next name
    talks = _where_on(
        "In Geneva US Secretary of State Kerry met Russian Foreign Minister Sergei Lavrov.", "04", "2016-09-10"
    )
    assert talks == [("Geneva", "CHE"), ("Geneva", "CHE")]
    # a town that names the next word's thing is no place of the event ("a Washington Post interview")
    said = _where_on("In a Washington Post interview, Kerry criticized Russia on Monday.", "11", "2016-09-10")
    assert ("Washington", "USA") not in said


def test_the_place_inside_a_deed_s_phrase_and_inside_its_parts() -> None:
    assert _where(
        "Russian warplanes killed 20 militants in air raids on their positions in Deir Ezzor on Monday.", "19"
    )[0] == ("Deir ez-Zor", "SYR")
    assert _where("Russian jets bombed ISIS positions in different parts of Homs province on Friday.", "19") == [
        ("Homs province", "SYR")
    ]
    # a compass word names the part ("eastern Homs province"); "different parts" do not
    assert _where("Russian jets bombed ISIS positions in the Eastern part of Homs province on Friday.", "19") == [
        ("eastern Homs province", "SYR")
    ]
    # no named place in the phrase, none given
    assert _where(
        "Russian warplanes killed 20 Syrian civilians in air raids on their homes near the border.", "19"
    ) == [None]


def test_the_deed_s_own_object_beats_the_town_it_lies_in() -> None:
    assert _where("Syrian army units recaptured the al-Qaryatain city in Homs on Sunday.", "19") == [
        ("al-Qaryatain", "SYR")
    ]
    assert _where("Syrian army units retook Palmyra on Sunday.", "19") == [("Palmyra", "SYR")]


def test_a_seat_of_power_in_a_place_phrase_is_the_place_but_as_a_party_the_actor() -> None:
    # "at the Kremlin", "outside Number 10": the building where it happened (places.yaml seats of power)
    assert _where("Putin met Erdogan at the Kremlin on Monday.", "04")[0] == ("Kremlin", "RUS")
    said = "In remarks outside Number 10, the Prime Minister on Wednesday accused EU officials of lying."
    accused = _where(said, "11")
    assert accused == [("Downing Street", "GBR")]
    # as the party that acts, the seat stays the government and names no place
    [event] = code_text("The Kremlin accused the United States of meddling on Monday.", "2024-12-02")
    assert event.source.code == "RUSGOV"
    assert event.location is None


def test_a_direction_from_a_named_place_is_at_that_place() -> None:
    # "east of Palmyra", "to the northwest of Palmyra": the most specific place the text names
    assert _where("Syrian warplanes bombed Islamic State fighters east of Palmyra on Friday.", "19") == [
        ("Palmyra", "SYR")
    ]
    assert ("Palmyra", "SYR") in _where(
        "Syrian troops seized two villages to the northwest of Palmyra on Sunday.", "19"
    )
    # "Aleppo city", which the small parser reads as an adjective of "city"
    assert ("Aleppo", "SYR") in _where("Syrian warplanes bombed rebel positions east of Aleppo city on Friday.", "19")
    # a direction from no place, or from a thing that is not a place, names none
    assert _where("Syrian warplanes bombed Islamic State fighters east of the river on Friday.", "19") == [None]
    assert _where("Syrian warplanes bombed Islamic State fighters in the north on Friday.", "19") == [None]


def test_a_town_of_the_clause_beats_the_region_the_event_phrase_names() -> None:
    killed = (
        "US-led coalition warplanes bombed Islamic State fighters near the town of Manbij in the Aleppo governorate."
    )
    assert ("Manbij", "SYR") in _where(killed, "19")
    # a clause naming only the region keeps the region
    assert _where("Syrian warplanes bombed Islamic State fighters in Homs province on Monday.", "19") == [
        ("Homs province", "SYR")
    ]
