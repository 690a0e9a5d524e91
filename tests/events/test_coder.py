"""The coder on whole sentences: actors, CAMEO codes, dates, places and clause readings."""

from __future__ import annotations

import datetime as dt

from tests.patterns import code_patterns

from detente import code_text, explain_text
from detente.records import Event

ARTICLE = (
    "Iran's foreign minister flew to Syria on December 1. In a telephone conversation on Monday the Iranian "
    "president and the Emir of Qatar discussed Gaza and Syria. On November 28 the rebel group Hayat Tahrir "
    "al-Sham overran regime-held areas and marched on Aleppo. Iran calls the rebels terrorists; Turkey backs "
    "some rebel groups and uses them against the Kurds."
)


def triples(events: list[Event]) -> set[tuple[str, str | None, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo.root) for e in events}


def find(events: list[Event], source: str, target: str | None, root: str) -> Event:
    for e in events:
        if e.source.code == source and (e.target.code if e.target else None) == target and e.cameo.root == root:
            return e
    raise AssertionError(f"no {source}->{target} {root} in {triples(events)}")


def test_the_briefing_article() -> None:
    events = code_text(ARTICLE, date="2024-12-02", article_id="brief")
    visit = find(events, "IRNGOV", "SYR", "04")
    assert visit.cameo.code == "042" and visit.date == dt.date(2024, 12, 1) and visit.date_precision == "day"
    assert visit.location is not None and visit.location.country == "SYR"
    call = find(events, "IRNGOV", "QATGOV", "04")
    assert call.cameo.code == "041" and call.date == dt.date(2024, 12, 2) and call.plover.event_type == "CONSULT"
    find(events, "QATGOV", "IRNGOV", "04")
    offensive = find(events, "SYRREB", "SYRGOV", "19")
    assert offensive.date == dt.date(2024, 11, 28)
    march = find(events, "SYRREB", "SYR", "19")
    assert march.location is not None and march.location.name == "Aleppo"
    # "Iran calls the rebels terrorists", "Turkey backs some rebel groups": present tense after the lede with no
    # date or occasion, standing positions (guide 1.3), so no events; the system reads them as relations
    # (tests/system/test_brief.py)
    assert not [e for e in events if e.evidence.trigger in ("calls", "backs")]
    # "uses them against the Kurds" is too unclear to code: nothing TUR -> Kurds
    assert all(e.evidence.trigger != "uses" for e in events)
    for e in events:
        assert e.article_id == "brief"
        assert ARTICLE[e.evidence.start : e.evidence.end] == e.evidence.sentence
        assert e.evidence.rule


def test_hook_sentences() -> None:
    meet = code_text("Iran's foreign minister met his Turkish counterpart in Ankara on Monday.", date="2024-12-02")
    e = find(meet, "IRNGOV", "TURGOV", "04")
    assert e.location is not None and e.location.name == "Ankara"
    shell = code_text("Russian forces shelled Kherson on Tuesday.", date="2023-05-10")
    e = find(shell, "RUSMIL", "UKR", "19")
    assert e.cameo.code == "194" and e.date == dt.date(2023, 5, 9)
    assert e.location is not None and e.location.name == "Kherson" and e.location.lat is not None


def test_passive_voice_takes_the_agent_as_source() -> None:
    events = code_text("Kherson was shelled by Russian forces on Tuesday.", date="2023-05-10")
    find(events, "RUSMIL", "UKR", "19")


def test_victims_of_a_framed_attack_are_not_its_doers() -> None:
    """ "People killed in X's air strikes": the subject of a passive or of a participle on a noun undergoes the deed
    that frames it, so the strikes' owner is the doer, never the victims (who were once read as rioting)."""
    text = "At least 20 Syrian civilians killed in Russian air strikes on Idlib were buried on Monday."
    events = code_text(text, date="2019-03-12")
    assert not [e for e in events if e.source.code == "SYRCVL"], triples(events)
    find(events, "RUSMIL", "SYR", "19")
    # a two-way event still takes its framed subject as a party
    call = code_text(
        "In a phone call with the Russian president, the Turkish president discussed Syria.", date="2019-03-12"
    )
    find(call, "TURGOV", "RUSGOV", "04")


def test_infinitive_under_an_agentless_passive_takes_the_passive_subject() -> None:
    """ "She was sent to Brussels to meet EU leaders": who undergoes the passive does its infinitive; with an agent
    named the agent does ("Kherson was shelled by Russian forces to punish Ukraine": Kherson punishes no one)."""
    events = code_text(
        "The British prime minister was sent to Brussels on Monday to meet the Irish prime minister.", date="2019-03-12"
    )
    find(events, "GBRGOV", "IRLGOV", "04")
    find(events, "IRLGOV", "GBRGOV", "04")
    shelled = code_text("Kherson was shelled by Russian forces to punish Ukraine.", date="2023-05-10")
    find(shelled, "RUSMIL", "UKR", "19")
    assert not [e for e in shelled if e.source.code.startswith("UKR")], triples(shelled)


def test_negation_is_flagged_not_dropped() -> None:
    events = code_text("Turkey did not criticize Russia.", date="2023-05-10")
    e = find(events, "TUR", "RUS", "11")
    assert e.negated


def test_future_is_intent_and_dated_forward() -> None:
    events = code_text("The French president will visit China next week.", date="2024-03-06")
    e = find(events, "FRAGOV", "CHN", "04")
    assert e.modality == "intent"
    assert e.date is not None and e.date > dt.date(2024, 3, 6)


def test_reported_speech_is_attributed() -> None:
    events = code_text("Ukrainian officials said Russian forces shelled Kherson.", date="2023-05-10")
    e = find(events, "RUSMIL", "UKR", "19")
    # who said it is a code; the speaker's words are kept apart (s17)
    assert e.attributed_to == "UKRGOV" and e.attributed_text == "Ukrainian officials"


def test_undated_sentence_falls_back_to_article_date_flagged() -> None:
    events = code_text("Russian forces shelled Kherson.", date="2023-05-10")
    e = find(events, "RUSMIL", "UKR", "19")
    assert e.date == dt.date(2023, 5, 10) and e.date_precision == "article"


def test_unclear_clause_is_skipped_with_a_reason() -> None:
    events, skips = explain_text("They shelled the town.", date="2023-05-10")
    assert events == []
    assert skips and "no source actor" in skips[0].reason


def test_an_unresolved_pronoun_says_why_in_its_skip() -> None:
    # issue 13: the resolver's own reason, not only the pronoun
    def reasons(text: str) -> list[str]:
        return [s.reason for s in explain_text(text, date="2024-05-10")[1]]

    text = "The report was published on Monday. It accused Iran of shelling the border."
    assert "no source actor (pronoun 'It': the latest subject 'report' agrees but names no actor)" in reasons(text)
    assert "no source actor (pronoun 'He': no person named in its sentence or the 2 before)" in reasons(
        "He condemned the strikes on Kyiv."
    )
    text = "Iran and Turkey held talks on Monday. It condemned the strikes on Kyiv."
    assert any("pronoun 'It': several agree (IRN, TUR)" in r for r in reasons(text))
    assert "no source actor (minister)" in reasons("The prime minister condemned Russia.")  # no pronoun: its text
    # paired: a pronoun that reads back gives its event and no such skip
    events, skips = explain_text("Turkey closed its border. It accused Syria on Monday.", date="2024-05-10")
    assert any(e.source.code == "TUR" and e.target is not None and e.target.code == "SYR" for e in events)
    assert not any("pronoun" in s.reason for s in skips)


def test_no_event_without_an_event_verb() -> None:
    assert code_text("The weather in Ankara was mild on Monday.", date="2024-12-02") == []
    # the same place and day with an event verb is coded
    find(code_text("The Iranian president visited Ankara on Monday.", date="2024-12-02"), "IRNGOV", "TUR", "04")


def test_expressed_intention_is_coded_as_cameo_03_dated_when_said() -> None:
    [e] = code_patterns("Germany said on Wednesday it would send battle tanks to Ukraine.", date="2023-01-26")
    assert (e.source.code, e.target.code if e.target else None) == ("DEU", "UKR")
    # the event recorded is the statement of intention, made on Wednesday: asserted (s34-modality, guide 3: announced
    # intentions are 03x; the annotators wrote all 13 such found events of train 1,999 asserted)
    assert e.cameo.code == "0332" and e.modality == "asserted" and e.attributed_to == "DEU"
    assert e.date == dt.date(2023, 1, 25)
    assert e.evidence.rule.startswith("072.")  # the deed's pattern, remapped to the intention


def test_speaker_pronoun_is_resolved_only_under_a_verb_of_saying() -> None:
    events = code_patterns("Erdogan said he would visit Moscow.", date="2023-01-26")
    assert any(e.source.code == "TURGOV" and e.cameo.code == "036" for e in events)
    assert code_patterns("It shelled Kherson.", date="2023-05-10") == []


def test_long_names_do_not_hide_the_verb() -> None:
    text = "Egyptian President Abdel Fattah al-Sisi hosted Turkish President Recep Tayyip Erdogan in Cairo."
    e = find(code_text(text, date="2024-02-15"), "EGYGOV", "TURGOV", "04")
    assert e.cameo.code == "043" and e.location is not None and e.location.name == "Cairo"


def test_an_attack_noun_framing_a_deed_is_not_a_second_event() -> None:
    events = code_text("Israeli troops arrested 15 Palestinians in overnight raids in Jenin.", date="2025-10-29")
    assert [e.cameo.root for e in events] == ["17"]


def test_a_call_framing_what_was_said_is_an_event_of_its_own() -> None:
    text = "In a phone call with Russian President Vladimir Putin, Erdogan urged Russia to end the war."
    roots = {e.cameo.root for e in code_text(text, date="2022-03-07")}
    assert {"04", "02"} <= roots


def test_sport_is_not_diplomacy() -> None:
    assert code_text("Brazil beat Argentina 2-0 in the World Cup qualifier on Tuesday.", date="2025-03-26") == []
    # a name with a word of sport in it is not sport
    assert code_text("The Arab League endorsed Egypt's plan on Tuesday.", date="2025-03-05")


def test_an_event_noun_that_did_not_happen_is_not_coded() -> None:
    assert code_patterns("The meeting between Biden and Xi was cancelled.", date="2023-02-04") == []
    events = code_patterns("Talks between Russia and Ukraine resumed in Istanbul.", date="2025-05-16")
    assert {(e.source.code, e.target.code if e.target else None) for e in events} == {("RUS", "UKR"), ("UKR", "RUS")}


def test_calling_a_states_deed_illegal_is_criticism_of_that_state() -> None:
    [e] = code_text("China called India's military action 'regrettable'.", date="2025-05-07")
    assert (e.source.code, e.target.code if e.target else None, e.cameo.code) == ("CHN", "IND", "111")


def test_object_constraints_see_the_whole_object_phrase() -> None:
    [e] = code_text("Egypt sent the first 20 trucks of humanitarian aid into Gaza.", date="2023-10-21")
    assert (e.source.code, e.target.code if e.target else None, e.cameo.code) == ("EGY", "PSE", "073")


def test_bare_congo_is_the_democratic_republic() -> None:
    events = code_text("Congo cut diplomatic ties with Rwanda on Saturday.", date="2025-01-28")
    assert events and events[0].source.code == "COD"


def test_an_addressed_event_without_a_target_is_skipped() -> None:
    events, skips = explain_text("Poland called for an emergency summit to discuss the crisis.", date="2020-08-10")
    assert events == []
    assert any("needs a target" in s.reason for s in skips)
    # events with no other party by nature are kept without one
    assert code_text("Hezbollah denied any involvement in the strike.", date="2024-07-27")


def test_visits_need_an_official_traveller() -> None:
    [e] = code_text("Zelensky arrived in Washington on Monday.", date="2024-05-03")
    assert (e.source.code, e.target.code if e.target else None, e.cameo.code) == ("UKRGOV", "USA", "042")
    assert code_text("Refugees arrived in Poland on Monday.", date="2024-05-03") == []
    assert code_text("Russian troops arrived in Belarus on Monday.", date="2024-05-03") == []


def test_a_threatened_deed_is_a_cameo_threat() -> None:
    text = "US President Donald Trump threatened on Thursday to impose tariffs on all Mexican goods."
    [e] = code_text(text, date="2019-05-31")
    assert (e.source.code, e.target.code if e.target else None, e.cameo.code) == ("USAGOV", "MEX", "1312")
    assert e.modality == "asserted" and e.date == dt.date(2019, 5, 30)  # the threat made (s34: 13x asserted)


def test_pledges_reach_the_recipient_through_the_aid_phrase() -> None:
    [e] = code_text(
        "Japan on Monday pledged more than $100 million in new aid for Ukraine's reconstruction.", "2024-02-19"
    )
    assert (e.source.code, e.target.code if e.target else None, e.cameo.root) == ("JPN", "UKR", "03")
    [e] = code_text("The EU pledged 50 million euros in humanitarian aid to Gaza.", date="2024-02-19")
    assert (e.source.code, e.target.code if e.target else None, e.cameo.root) == ("IGOEU", "PSE", "03")
    assert e.location is None  # the recipient is a party, not the place of a pledge


def test_a_killing_that_results_from_the_deed_is_not_a_second_event() -> None:
    text = "Kenyan police opened fire on protesters on Saturday, killing at least two people."
    assert [e.cameo.code for e in code_text(text, date="2024-06-29")] == ["175"]
    text = "Australia expelled Iran's ambassador on Tuesday, accusing Tehran of directing arson attacks."
    assert {e.cameo.root for e in code_text(text, date="2025-08-26")} == {"16", "11"}


def test_the_target_can_be_the_object_of_the_infinitive() -> None:
    [e] = code_text("Israeli police used water cannon to disperse Palestinian protesters.", date="2024-05-03")
    assert (e.source.code, e.target.code if e.target else None, e.cameo.code) == ("ISRCOP", "PSECVL", "175")


def test_weekdays_count_from_the_date_the_body_opens_with() -> None:
    import detente

    text = "Wednesday 22 Jun 2016 Russian warplanes bombed Aleppo on Tuesday, the Syrian Observatory said."
    events = detente.code_text(text, date="2016-06-04")  # the catalogue date is off
    assert [(e.source.code, str(e.date)) for e in events if e.cameo.root == "19"] == [("RUSMIL", "2016-06-21")]


def test_a_name_read_as_an_adverbial_after_the_verb_is_its_object() -> None:
    import detente

    events = detente.code_text("Russian warplanes bombed Aleppo on Tuesday.", date="2016-06-22")
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [("RUSMIL", "SYR")]
    assert detente.code_text("Russian warplanes flew on Tuesday.", date="2016-06-22") == []


def test_a_deed_someone_failed_to_do_is_negated() -> None:
    failed = code_text("Egypt failed to broker a truce between Israel and Hamas on Monday.", date="2024-05-06")
    done = code_text("Egypt brokered a truce between Israel and Hamas on Monday.", date="2024-05-06")
    assert find(done, "EGY", "ISR", "04").negated is False
    assert find(failed, "EGY", "ISR", "04").negated is True
    declined = code_text(
        "The Iranian foreign minister declined to meet his Saudi counterpart on Monday.", date="2024-05-06"
    )
    assert find(declined, "IRNGOV", "SAUGOV", "12").negated is False  # the refusal itself happened
    assert not [e for e in declined if e.cameo.root == "04" and not e.negated]  # the meeting did not


def test_hoping_to_mediate_is_an_intention_not_mediation() -> None:
    """The small model's lemmatizer reads "hopes" as "hop"; the clause must still read as an intention."""
    hoped = code_patterns("Qatar hopes to mediate between Israel and Hamas.", date="2024-05-06")
    done = code_patterns("Qatar mediated between Israel and Hamas on Monday.", date="2024-05-06")
    assert find(done, "QAT", "ISR", "04").cameo.code == "045"
    intended = find(hoped, "QAT", "ISR", "03")
    assert intended.modality == "asserted" and intended.cameo.code == "039"  # the hope stated (s34: 03x asserted)


def test_the_restored_lemma_survives_a_reparsed_sentence() -> None:
    """A long name makes the coder re-parse the sentence; the re-parse must not bring "hop" back."""
    text = (
        "Egyptian President Abdel Fattah al-Sisi hosted Abbas in Cairo, "
        "and Qatar hopes to mediate between Israel and Hamas."
    )
    events = code_patterns(text, date="2024-05-06")
    assert find(events, "EGYGOV", "PSEGOV", "04").modality == "asserted"
    assert find(events, "QAT", "ISR", "03").cameo.code == "039"
    assert not [e for e in events if e.cameo.code == "045"]


def test_a_skip_says_where_its_trigger_is_and_what_it_would_have_coded() -> None:
    """bench/miss_funnel.py traces a missed event to the stage that dropped it by the skip's offset and candidate."""
    text = "Talks resumed in Doha on Tuesday. Russia has long denied interfering in the vote."
    skips = [s for s in explain_text(text, date="2024-05-10")[1] if "standing position" in s.reason]
    assert [(s.start, s.source) for s in skips] == [(text.index("denied"), "RUS")]
    assert skips[0].code == "016"  # denial
    # a frame whose parties did not resolve has its place and code, and no source
    frame = explain_text("They shelled the town.", date="2023-05-10")[1][0]
    assert (frame.start, frame.source, frame.code[:2]) == (5, None, "19")
