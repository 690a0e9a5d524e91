"""Coded events of the roots whose train events were mostly wrong (03, 05, 14, 18; issue 13, s22-psmall), classes a
mechanism tells apart; each must-not row is paired with a positive sentence of the same kind:

* civilians do not wage war: a deed of force (18-20) whose source resolves to civilians, students or workers is the
  victims or a witness read as its doer, or a crime, and is not coded (``clauses.yaml`` ``civilian_doers``,
  ``filters.why_not``); a crowd's riot keeps its own protest patterns (145, root 14), and a source that names a
  crowd ("protesters attacked the embassy", "youths clashed with troops", read by the source's words and lemmas) its
  fight as a violent protest (``filters._crowd_words``: the 145 patterns' context and ``crowd_words``; ``role_codes``);
* a verb of intention in the passive ("is scheduled to meet", "was meant to facilitate talks") tells a schedule or
  another's purpose, not an intention its subject states: the deed keeps its own code with modality intent, both ways
  for a meeting (guide 2, a scheduled event), where "plans to meet" is the subject's intention (036,
  ``clause.read_clause``);
* a doer named only by the deed ("a suicide bomber", "gunmen") has no side the text gives: with no country, group or
  side in its own phrase it is not the article's country's rebels (``roles.yaml`` ``deed_doer_nouns``,
  ``actors.resolution``); "an Islamic State suicide bomber", "Taliban gunmen" keep their group, a bomber aircraft
  its country, and a phrase that names a side by a modifier ("pro-government gunmen", "ISIS-linked attackers",
  "gunmen loyal to the government"; ``side_prefixes``, ``side_suffixes``, ``side_preps``) keeps today's reading;

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2017-11-08"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


FORCE_OR_RIOT = ("14", "18", "19", "20")

# (a civilian read as the doer of a deed of force; its twin: an armed doer, or a crowd's riot by a protest pattern)
MUST_NOT_CODE_A_CIVILIAN_AS_DOER: list[tuple[str, Coded]] = [
    (
        "An Egyptian man shot and killed two policemen in Cairo on Monday.",
        ("Rebel fighters attacked a police station in Homs on Monday.", "SYRREB", "SYR", "190"),
    ),
    (
        "A Syrian man shot two soldiers in Homs on Monday.",
        ("Kenyan protesters clashed with police in Nairobi on Monday.", "KENCVL", "KENCOP", "145"),
    ),
    (
        "A Congolese man attacked the French ambassador in Kinshasa on Monday.",
        ("Protesters attacked the French embassy in Kinshasa on Monday.", "CODCVL", "FRAGOV", "145"),
    ),
    # the crowd is read off the source's words, not its text split on spaces: a comma does not hide it
    (
        "A man, angry at the verdict, attacked the French ambassador in Kinshasa on Monday.",
        (
            "Protesters, angry at the verdict, attacked the French embassy in Kinshasa on Monday.",
            "CODCVL",
            "FRAGOV",
            "145",
        ),
    ),
    # crowds no protest pattern asks for (clauses.yaml crowd_words): youths, workers
    (
        "A Palestinian man shot two Israeli soldiers in Hebron on Monday.",
        ("Palestinian youths clashed with Israeli troops in Hebron on Monday.", "PSECVL", "ISRMIL", "145"),
    ),
    (
        "An angry man attacked the French ambassador in Kinshasa on Monday.",
        ("Angry youths attacked the French embassy in Kinshasa on Monday.", "CODCVL", "FRAGOV", "145"),
    ),
    (
        "A Nigerian man attacked two policemen in Lagos on Monday.",
        ("Workers attacked police in Lagos on Monday.", "NGALAB", "NGACOP", "145"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_A_CIVILIAN_AS_DOER)
def test_a_civilian_is_no_doer_of_force(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root in FORCE_OR_RIOT, positive)


SCHEDULED = "Theresa May is scheduled to meet Jean-Claude Juncker in Brussels on Monday."
PLANNED = "Theresa May plans to meet Jean-Claude Juncker in Brussels on Monday."


def test_a_scheduled_meeting_is_no_stated_intention(checks: SentenceChecks) -> None:
    checks.assert_pair(SCHEDULED, lambda e: e.cameo.root == "03", (PLANNED, "GBRGOV", "IGOEU", "036"))


def test_a_scheduled_meeting_keeps_its_code_both_ways(checks: SentenceChecks) -> None:
    events = [e for e in checks.events(SCHEDULED) if e.cameo.code == "040"]
    assert {(e.source.code, e.target.code if e.target else None) for e in events} == {
        ("GBRGOV", "IGOEU"),
        ("IGOEU", "GBRGOV"),
    }
    assert all(e.modality == "intent" for e in events)


# (a doer named only by the deed; its twin: the same doer with its group named)
MUST_NOT_GUESS_A_DEED_DOERS_SIDE: list[tuple[str, Coded]] = [
    (
        "A suicide bomber blew himself up at a checkpoint in Idlib on Monday.",
        (
            "An Islamic State suicide bomber blew himself up at a checkpoint in Idlib on Monday.",
            "IMGISIS",
            "SYR",
            "1831",
        ),
    ),
    (
        "Gunmen killed two police officers in Kandahar on Monday.",
        ("Taliban gunmen killed two police officers in Kandahar on Monday.", "AFGREB", "AFGCOP", "193"),
    ),
    (
        "Gunmen killed ten villagers in Nigeria.",
        ("Boko Haram gunmen killed ten villagers in Nigeria.", "NGAREB", "NGACVL", "193"),
    ),
    (
        "Gunmen kidnapped 50 students in Nigeria.",
        ("Boko Haram gunmen kidnapped 50 students in Nigeria.", "NGAREB", "NGAEDU", "181"),
    ),
    (
        "Police said a gunman killed three people at a Christmas market in Strasbourg on Tuesday.",
        (
            "Police said an Islamic State gunman killed three people at a Christmas market in Strasbourg on Tuesday.",
            "IMGISIS",
            "FRACVL",
            "193",
        ),
    ),
]


def test_a_side_named_in_a_relative_clause_is_not_the_doers(checks: SentenceChecks) -> None:
    """The doer's own modifiers name its side, not the words of its relative clause (``names_a_side``)."""
    checks.assert_pair(
        "Gunmen who had attacked pro-government protesters killed two police officers in Kinshasa on Monday.",
        lambda e: e.cameo.root in FORCE_OR_RIOT and e.source.code == "CODREB",
        (
            "Pro-government gunmen who had attacked protesters killed two police officers in Kinshasa on Monday.",
            "CODREB",
            "CODCOP",
            "193",
        ),
    )


# (a doer named only by the deed; its twin: the same doer whose own phrase names a side by a modifier the dictionaries
# need not resolve, roles.yaml side_prefixes, side_suffixes, side_preps: it keeps the reading any actor with a role has)
MUST_KEEP_A_NAMED_SIDE: list[tuple[str, Coded]] = [
    (
        "Gunmen attacked protesters in Caracas.",
        ("Pro-government gunmen attacked protesters in Caracas.", "VENREB", "VENCVL", "190"),
    ),
    (
        "Gunmen attacked protesters in Kinshasa.",
        ("Gunmen loyal to the government attacked protesters in Kinshasa.", "CODREB", "CODCVL", "190"),
    ),
    (
        "Attackers killed 12 people in Mozambique.",
        ("ISIS-linked attackers killed 12 people in Mozambique.", "MOZREB", "MOZCVL", "190"),
    ),
    (
        "Gunmen attacked a village in Mozambique.",
        ("Rebel-backed gunmen attacked a village in Mozambique.", "MOZREB", "MOZ", "190"),
    ),
    (
        "Gunmen attacked protesters in Kinshasa on Monday.",
        ("Gunmen allied with the army attacked protesters in Kinshasa on Monday.", "CODREB", "CODCVL", "190"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_KEEP_A_NAMED_SIDE)
def test_a_doer_whose_phrase_names_a_side_keeps_it(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root in FORCE_OR_RIOT, positive)


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_GUESS_A_DEED_DOERS_SIDE)
def test_a_doer_named_by_the_deed_has_no_guessed_side(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root in FORCE_OR_RIOT, positive)


def test_a_bomber_aircraft_keeps_its_country(checks: SentenceChecks) -> None:
    """Only the side of a doer named by its deed is not guessed: a country word names the aircraft's owner."""
    checks.assert_coded("Russian bombers struck rebel positions in Idlib on Monday.", ("RUSMIL", "SYRREB", "195"))
