"""Precision classes of s16 (issue 13), found on the 160 train articles no rule writer had read; each a must-not row
paired with a positive sentence of the same kind:

* a participle of killing on a clause whose subject or object is an attack or a weapon ('Russian jets launched
  airstrikes on the market, killing eight') tells what that attack did, even when no pattern coded the attack
  (``filters._tells_an_attack``): no second deed at the participle;
* a participle clause is told at the time of the verb it hangs on: 'previously lambasted X while accusing Y' is
  background as its governing verb is (``clause.recalled``);
* 'attack' between political actors ('Trump attacked Corker on Twitter') is criticism, 111, not force
  (``filters.verbal_code``, ``clauses.yaml`` ``verbal_sense``); troops or militants attacking keep their force.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente import explain_text
from detente.records import Event

DATE = "2024-05-03"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def _kill_at_participle(e: Event) -> bool:
    return e.cameo.root == "19" and (e.evidence.trigger or "").startswith("killing")


KILLED: Coded = ("Turkish troops killed nine Kurdish fighters near Afrin on Tuesday.", "TURMIL", "SYRREB", "190")

# (a participle of killing told of an attack no pattern coded, its positive twin: a killing that is the deed itself)
MUST_NOT_KILL_AT_PARTICIPLE: list[tuple[str, Coded]] = [
    ("Russian jets launched airstrikes on a crowded market on Tuesday, killing eight Syrian civilians.", KILLED),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_KILL_AT_PARTICIPLE, ids=lambda x: str(x)[:50])
def test_a_participle_of_killing_tells_the_attack(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, _kill_at_participle, positive)


VERBAL: Coded = ("President Donald Trump attacked Senator Bob Corker on Twitter on Tuesday.", "USAGOV", "USALEG", "111")
FORCE: Coded = ("Turkish troops attacked Kurdish fighters near Afrin on Tuesday.", "TURMIL", "SYRREB", "190")


def test_attack_between_political_actors_is_criticism() -> None:
    checks = SentenceChecks("2017-11-08")
    # no force between a president and a senator; the same words keep their force between armed parties
    checks.assert_pair(VERBAL[0], lambda e: e.cameo.root in ("18", "19", "20"), VERBAL)
    checks.assert_pair(FORCE[0], lambda e: e.cameo.root == "11", FORCE)


def test_an_attack_on_a_leader_by_a_noun_is_criticism() -> None:
    checks = SentenceChecks("2017-11-08")
    text = "Theresa May launched an attack on Jeremy Corbyn in parliament on Tuesday."
    checks.assert_pair(text, lambda e: e.cameo.root == "19", (text, "GBRGOV", "GBROPP", "111"))


RECALLED: Coded = (
    "Foreign Secretary Boris Johnson praised President Donald Trump on Tuesday while criticizing German Chancellor "
    "Angela Merkel.",
    "GBRGOV",
    "DEUGOV",
    "111",
)


def test_a_participle_shares_the_time_of_its_verb() -> None:
    # 'previously' on the governing verb makes its participle clause background too; without it both are news
    checks = SentenceChecks("2017-11-08")
    text = (
        "Foreign Secretary Boris Johnson previously praised President Donald Trump while criticizing German "
        "Chancellor Angela Merkel."
    )
    checks.assert_pair(text, lambda e: e.cameo.root == "11", RECALLED)


DESCRIBED: Coded = ("Senator Bob Corker criticized the French government on Tuesday.", "USALEG", "FRAGOV", "111")


@pytest.mark.parametrize("who", ["who've", "who have"])
def test_a_contracted_perfect_relative_clause_describes(who: str) -> None:
    # "senators who've criticized X" says who they are, as "who have criticized X" does (``describes_an_actor``)
    checks = SentenceChecks("2017-11-08")
    text = f"President Donald Trump met four Democratic senators {who} criticized the French government."
    checks.assert_pair(text, lambda e: e.cameo.root == "11", DESCRIBED)


LEDE = "The European Union opened a summit in Brussels on Monday. "
FOUGHT: Coded = (LEDE + "Russian troops fought Ukrainian forces near Bakhmut on Tuesday.", "RUSMIL", "UKRMIL", "190")


def test_a_progressive_after_the_lede_tells_what_goes_on(checks: SentenceChecks) -> None:
    # "are fighting" with no date after the lede is the background of the news (``clause.ongoing_reading``)
    negative = LEDE + "Russian troops are fighting Ukrainian forces near Bakhmut."
    checks.assert_pair(negative, lambda e: e.cameo.root == "19", FOUGHT)


def test_a_meeting_under_way_is_news() -> None:
    # a meeting told in the progressive is the news itself, not what goes on
    text = LEDE + "Chancellor Angela Merkel is meeting French President Emmanuel Macron in Brussels."
    SentenceChecks("2017-11-08").assert_coded(text, ("DEUGOV", "FRAGOV", "040"))


SLAMMED: Coded = (
    "Russian President Vladimir Putin slammed the Turkish government on Tuesday.",
    "RUSGOV",
    "TURGOV",
    "111",
)
STRUCK: Coded = ("Russian missiles slammed the Syrian city of Aleppo on Tuesday.", "RUSMIL", "SYR", "190")


def test_a_weapon_that_slams_strikes() -> None:
    # a verb of disapproval done by missiles is force, never criticism; done by a president it stays criticism
    checks = SentenceChecks("2017-11-08")
    checks.assert_pair(STRUCK[0], lambda e: e.cameo.root == "11", STRUCK)
    checks.assert_pair(SLAMMED[0], lambda e: e.cameo.root in ("18", "19", "20"), SLAMMED)


# (a past relative clause that says who a person is; the same deed dated in the same clause is news)
DESCRIBED_BY_DEED = "The Islamic State offered an amnesty to Syrian soldiers who had fought Islamic State militants."
DATED_DEED = (
    "The Islamic State offered an amnesty to Syrian soldiers who fought its militants near Raqqa on Tuesday.",
    "SYRMIL",
    "SYRREB",
    "190",
)


def test_a_past_relative_clause_says_who_a_person_is() -> None:
    checks = SentenceChecks("2017-11-08")
    checks.assert_pair(DESCRIBED_BY_DEED, lambda e: e.cameo.root == "19", DATED_DEED)


def test_the_last_time_recalls(checks: SentenceChecks) -> None:
    # "the last time X did Y" puts the deed before the news (``clause.recalled``, ``standing.recall_times``)
    negative = LEDE + "The last time Russian troops entered Kharkiv, Ukrainian forces fought them."
    checks.assert_pair(negative, lambda e: e.cameo.root == "19", FOUGHT)


def test_an_appeal_in_the_progressive_is_the_act_of_the_day() -> None:
    # an act of speech told in the progressive after the lede is coded as its past would be
    text = LEDE + "Foreign Secretary Boris Johnson is calling on the United States to stand with Europe."
    SentenceChecks("2017-11-08").assert_coded(text, ("GBRGOV", "USA", "020"))


def test_a_progressive_deed_is_kept_as_a_standing_relation() -> None:
    # what goes on is no event of the day, but the relation the article states (the relation reader's standing rule)
    import datetime as dt

    from detente.pipeline import Coder
    from detente.records import Article

    result = Coder().code(
        Article(
            id="t", date=dt.date(2024, 5, 3), text=LEDE + "Russian troops are fighting Ukrainian forces near Bakhmut."
        )
    )
    assert not [e for e in result.events if e.sentence_index == 1 and e.cameo.root == "19"]
    held = {(s.source.code if s.source else None, s.kind, s.target.code) for s in result.statives}
    assert ("RUSMIL", "hostility", "UKRMIL") in held, held


# (s16-mendev) a person with a role whom a reaction takes is the doer of the day's deed the clause tells; told in the
# pluperfect or by an adverb of a story's step it is background, and an unnamed "the man" is described by the deed
ARRESTED_DOER = (
    "Police on Monday arrested a Hamas member who attacked Israeli soldiers in Hebron.",
    "PSEREB",
    "ISRMIL",
    "190",
)
KILLED_DOER = (
    "Israeli troops killed three Hamas militants who fired rockets at Israel.",
    "PSEREB",
    "ISR",
    "194",
)


def test_a_reaction_to_a_doer_keeps_the_days_deed() -> None:
    checks = SentenceChecks("2024-01-30")
    before = ARRESTED_DOER[0].replace("who attacked", "who had attacked")
    checks.assert_pair(before, lambda e: e.cameo.root == "19", ARRESTED_DOER)
    later = KILLED_DOER[0].replace("who fired", "who later fired")
    checks.assert_pair(later, lambda e: e.cameo.root == "19" and e.evidence.trigger == "fired", KILLED_DOER)


def test_a_notorious_deed_describes_an_unnamed_man() -> None:
    notorious = "Police on Monday found the car of the man who attacked Israeli soldiers in Hebron."
    events, skips = explain_text(notorious, date="2024-01-30")
    assert not any(e.cameo.root == "19" for e in events)
    assert any(s.reason.startswith("a description of an actor") for s in skips)
    _, skips = explain_text(ARRESTED_DOER[0], date="2024-01-30")
    assert not any(s.reason.startswith("a description of an actor") for s in skips)


# (s16-mendev) "attack" between political actors is criticism, unless a place or weapon among its objects makes it
# an attack of bodies
IN_HARARE = ("Zimbabwe's ruling party attacked journalists in Harare on Monday.", "ZWEGOV", "ZWEMED", "190")


def test_an_attack_in_a_place_keeps_its_force() -> None:
    checks = SentenceChecks("2024-01-30")
    checks.assert_pair(IN_HARARE[0], lambda e: e.cameo.root == "11", IN_HARARE)
    checks.assert_coded(IN_HARARE[0].replace(" in Harare", ""), ("ZWEGOV", "ZWEMED", "111"))


# (s16-m3) a topic of the attack ("over the decree") says it was of words, whatever place it was said in; a weapon keeps
# its force
OVER_DECREE = "Brazil's Supreme Court attacked the government in Brasilia on Monday over the decree."


def test_an_attack_with_a_topic_is_criticism_wherever_it_was_said() -> None:
    checks = SentenceChecks("2024-01-30")
    checks.assert_pair(OVER_DECREE, lambda e: e.cameo.root == "19", (OVER_DECREE, "BRAJUD", "BRAGOV", "111"))
    checks.assert_pair(
        "Zimbabwe's ruling party attacked journalists in Harare with clubs on Monday over their reports.",
        lambda e: e.cameo.root == "11",
        (
            "Zimbabwe's ruling party attacked journalists in Harare with clubs on Monday over their reports.",
            "ZWEGOV",
            "ZWEMED",
            "190",
        ),
    )
