"""Places of the event's record (issue 14, s14): a deed among the roots of words keeps its own place when a speaker
reports it; the preposition of an occasion ("during a visit to ...") is read from roles.yaml."""

from __future__ import annotations

from detente.data import roles_file
from detente.nlp import get_nlp
from detente.where import locate


def _place(text: str, trigger: str, code: str) -> tuple[str, str | None, str] | None:
    doc = get_nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    loc = locate(tok, [], code=code)
    return (loc.name, loc.country, loc.precision) if loc is not None else None


def test_a_deed_reported_by_a_speaker_keeps_its_own_place() -> None:
    # signing an agreement (057, a root-05 deed) happened where it was signed, not where the minister spoke
    text = "Speaking in London, the minister said the two governments signed the accord in Geneva on Friday."
    assert _place(text, "signed", "057") == ("Geneva", "CHE", "city")
    # praise (051, words of the same root) told in the same reported clause is placed where it was said
    text = "Speaking in London, the minister said the two governments praised the accord in Geneva on Friday."
    assert _place(text, "praised", "051") == ("London", "GBR", "city")


def test_a_deed_reported_by_a_speaker_with_no_place_of_his_own() -> None:
    # no place where the speaker spoke: words get none, the deed still its own
    text = "The minister said the two governments signed the accord in Geneva on Friday."
    assert _place(text, "signed", "057") == ("Geneva", "CHE", "city")
    assert _place("The minister said the two governments praised the accord in Geneva.", "praised", "051") is None


def test_the_occasion_of_during_is_data() -> None:
    assert "during" in roles_file().occasion_preps
    text = "Speaking during a visit to Berlin, the chairman said the firm was ready to sign a pact with Kenya."
    assert _place(text, "sign", "032") == ("Berlin", "DEU", "city")
    # a time, not an occasion, after "during" names no place
    text = "Speaking during the night, the chairman said the firm was ready to sign a pact with Kenya."
    assert _place(text, "sign", "032") is None


def test_a_place_of_another_occasion_named_in_passing_is_not_the_event_s() -> None:
    # "after the gas attack in Syria": the place of the attack, not of the cancelling
    text = "British Foreign Secretary Boris Johnson cancelled a trip planned for April after the gas attack in Syria."
    assert _place(text, "cancelled", "160") is None
    text = "The president berated the mayor for his reaction to the recent atrocity in London."
    assert _place(text, "berated", "111") is None
    # a place of the event's own clause that the parser hung on a party is still read
    text = "The president berated the mayor of the city at a rally in London for his reaction."
    assert _place(text, "berated", "111") == ("London", "GBR", "city")
    assert "after" in roles_file().aside_preps


def test_a_scene_is_carried_where_the_article_is_about_no_one_country() -> None:
    from detente import code_text

    text = (
        "American and Russian warplanes struck rebel positions in Aleppo on Monday. "
        "On Tuesday, Turkish troops attacked Russian soldiers."
    )
    places = {
        (e.source.code, e.location.name if e.location else None, e.location.precision if e.location else None)
        for e in code_text(text, "2016-11-02")
    }
    assert ("TURMIL", "Aleppo", "carried") in places


def test_a_deed_with_no_scene_is_in_the_country_the_article_is_about() -> None:
    from detente import code_text

    text = (
        "Syrian government forces shelled rebel positions in Aleppo on Monday.\n"
        "Syria's army said on Tuesday that the Syrian rebels had fired mortars at Syrian soldiers."
        "\nOn Wednesday, the Syrian rebels attacked Syrian soldiers again."
    )
    found = {e.evidence.trigger: e.location for e in code_text(text, "2016-11-02")}
    loc = found["attacked"]
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Syria", "SYR", "country")
    # another country named in the sentence: where the deed was is not plain, so no place
    text = (
        "Syrian government forces shelled rebel positions in Aleppo on Monday.\n"
        "Syria's army said on Tuesday that the Syrian rebels had fired mortars at Syrian soldiers."
        "\nOn Wednesday, Russian warplanes attacked Syrian rebels again."
    )
    found = {e.evidence.trigger: e.location for e in code_text(text, "2016-11-02")}
    assert "attacked" in found and found["attacked"] is None


def test_a_purpose_phrase_of_a_venue_is_the_event_s_own_occasion() -> None:
    # "for talks", "for a summit": the occasion the meeting is, not another one named in passing (roles.yaml
    # purpose_preps); its place is the event's
    assert "for" in roles_file().purpose_preps and "for" in roles_file().aside_preps
    text = "The foreign ministers met for talks in Geneva."
    assert _place(text, "met", "040") == ("Geneva", "CHE", "city")
    text = "Leaders of France and Germany gathered for a summit in Brussels."
    assert _place(text, "gathered", "040") == ("Brussels", "BEL", "city")
    # a cause ("over the meeting") stays aside even when it is a venue: the criticism was not made in Geneva
    text = "Iran criticised the United States over the meeting in Geneva."
    assert _place(text, "criticised", "111") is None
    # "for" with an object of no venue nor journey is still a cause
    text = "The president berated the mayor for his reaction to the recent atrocity in London."
    assert _place(text, "berated", "111") is None


def test_a_scene_set_abroad_just_before_leaves_the_deed_without_the_article_s_country() -> None:
    from detente import code_text

    # the article is about Syria; the sentence before sets Mosul (Iraq) as the scene: where the militants attacked
    # is not plain, and Syria would be a guess against that signal
    text = (
        "Syrian government forces shelled rebel positions in Aleppo on Monday.\n"
        "Syria's army said on Tuesday that the Syrian rebels had fired mortars at Syrian soldiers.\n"
        "Iraqi forces shelled militant positions in Mosul on Monday. On Tuesday, the militants attacked the soldiers."
    )
    found = {e.evidence.trigger: e.location for e in code_text(text, "2016-11-02")}
    assert "attacked" in found and found["attacked"] is None
    # nothing set before in the paragraph: the country the article is about
    text = (
        "Syrian government forces shelled rebel positions in Aleppo on Monday.\n"
        "Syria's army said on Tuesday that the Syrian rebels had fired mortars at Syrian soldiers.\n"
        "On Tuesday, the militants attacked the soldiers."
    )
    found = {e.evidence.trigger: e.location for e in code_text(text, "2016-11-02")}
    loc = found["attacked"]
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Syria", "SYR", "country")


def test_the_place_recorded_follows_the_code_recorded() -> None:
    from tests.patterns import code_patterns

    # "willing to sign" is recorded as words (032): where the minister spoke; "signed" (057) is a deed: where it
    # was signed (events/record.py locates by the final code, not the pattern's)
    said = "Speaking in London, the Iranian foreign minister said Iran was willing to sign an agreement with France."
    events = [(e.cameo.code, e.location.name if e.location else None) for e in code_patterns(said, "2016-11-02")]
    assert events == [("032", "London")]
    done = (
        "Speaking in London, the Iranian foreign minister said Iran signed an agreement with France in Geneva on "
        "Friday."
    )
    events = [(e.cameo.code, e.location.name if e.location else None) for e in code_patterns(done, "2016-11-02")]
    assert ("057", "Geneva") in events and all(name == "Geneva" for _, name in events)


def test_a_sentence_naming_a_place_the_gazetteer_does_not_know_gets_no_country() -> None:
    from detente import code_text

    # "the Western Desert" is a place (LOC) of no known country: it may lie abroad, so the article's country is a guess
    base = (
        "Syrian government forces shelled rebel positions in Aleppo on Monday.\n"
        "Syria's army said on Tuesday that the Syrian rebels had fired mortars at Syrian soldiers.\n"
    )
    text = base + "On Wednesday, the Syrian rebels who fled the Western Desert attacked Syrian soldiers again."
    found = {e.evidence.trigger: e.location for e in code_text(text, "2016-11-02")}
    assert "attacked" in found and found["attacked"] is None
    text = base + "On Wednesday, the Syrian rebels attacked Syrian soldiers again."
    found = {e.evidence.trigger: e.location for e in code_text(text, "2016-11-02")}
    loc = found["attacked"]
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Syria", "SYR", "country")
