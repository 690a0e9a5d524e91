"""Events of weak patterns coded where annotators code none (s28-weak); each must-not row is paired with a positive
sentence of the same kind:

* a relation held (``standing.held_relation_verbs``: support, back, cooperate, fight) told in the present ('does
  support', 'continue to cooperate') is where its subject stands, in reported speech and quotations
  too; the same verb told in the past with a date is a deed, and so is one told in the progressive or placed
  ('is fighting militants in Afrin': a deed going on) (``clause.held_relation_reading``);
* an infinitive takes the auxiliary of the verb it completes: 'will continue to negotiate' is told in the future as
  'will negotiate' is, an intention when a speaker announces it, the writer's outlook when none does
  (``clause.completed``);
* an event noun after "for" on a noun of plan, request or leave ('plan for strikes', 'approval for strikes') or on a
  verb of asking ('pushes for') is sought, not done (``candidates.sought``);
* a deed at an occasion a year before the news dates is background when the year modifies a modifier of the
  occasion ('a lightning 2014 campaign') or follows its "of" ('the war of 1974'); an occasion the parser hangs on
  the deed's object dates the deed's topic, and the deed is news (``dating.at_a_past_occasion``);
* a gerund after 'rather than' or 'instead of' names a deed passed over, not done (``clause.passed_over``).

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2017-11-08"

# a lede that codes no deed of the roots below, so that the sentence tested is read after it
LEDE = "The European Union opened a summit in Brussels on Monday. "


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


# (a relation held, told in the present; its twin: a dated deed of the same verb)
MUST_NOT_CODE_A_STANCE: list[tuple[str, Coded]] = [
    (
        "Iraqi officials said Iran supports Hezbollah.",
        ("Iraqi officials said Iran supported Hezbollah in the vote on Tuesday.", "IRN", "LBNREB", "051"),
    ),
    (
        "US Attorney General Jeff Sessions said President Trump does support the FBI.",
        ("President Trump backed the FBI on Tuesday.", "USAGOV", "USACOP", "051"),
    ),
    (
        '"I fight the Islamic State," Syrian President Bashar al-Assad said.',
        (
            "Syrian President Bashar al-Assad said his army fought the Islamic State on Monday.",
            "SYRMIL",
            "IMGISIS",
            "190",
        ),
    ),
    (
        "Kurdish rebels say the Iraqi government cooperates with Turkey.",
        ("The Iraqi government cooperated with Turkey on Monday.", "IRQGOV", "TUR", "060"),
    ),
]


@pytest.mark.parametrize(("stance", "deed"), MUST_NOT_CODE_A_STANCE)
def test_a_relation_held_in_the_present_is_a_stance(checks: SentenceChecks, stance: str, deed: Coded) -> None:
    root = deed[3][:2]
    checks.assert_pair(LEDE + stance, lambda e: e.cameo.root == root, (LEDE + deed[0], *deed[1:]))


def test_a_fight_going_on_or_placed_is_a_deed(checks: SentenceChecks) -> None:
    # the progressive tells a deed going on, and a place on the verb a deed somewhere: both coded after the lede;
    # the simple present with neither stays a stance
    checks.assert_coded(LEDE + "Ankara says it is fighting Kurdish militants in Afrin.", ("TURGOV", "SYRREB", "190"))
    checks.assert_coded(
        LEDE + "Israel is cooperating with Egypt against militants in Sinai, officials say.", ("ISR", "EGY", "060")
    )
    checks.assert_coded(LEDE + "Officials say Israel cooperates with Egypt in Sinai.", ("ISR", "EGY", "060"))
    checks.assert_none(LEDE + "Officials say Israel cooperates with Egypt.", lambda e: e.cameo.root == "06")


def test_a_continuing_present_is_a_stance_and_its_past_a_deed(checks: SentenceChecks) -> None:
    stance = '"We continue to support the Syrian rebels," a Turkish minister said.'
    checks.assert_none(LEDE + stance, lambda e: e.cameo.root == "05")
    checks.assert_coded(LEDE + "Turkey supported the Syrian rebels on Monday.", ("TUR", "SYRREB", "051"))


def test_the_lede_keeps_the_present_of_a_relation(checks: SentenceChecks) -> None:
    # the headline's present tells the news: read as the lede, not after it
    checks.assert_coded("Iran backs Hezbollah in Lebanon vote.", ("IRN", "LBNREB", "051"))
    checks.assert_none(LEDE + "Iraqi officials say Iran backs Hezbollah.", lambda e: e.cameo.code == "051")


def test_an_infinitive_takes_the_future_of_the_verb_it_completes(checks: SentenceChecks) -> None:
    # no speaker: the writer's outlook, no event; the past of the same deed is one
    outlook = "Kenya will now have to negotiate new trade deals with Britain."
    checks.assert_none(LEDE + outlook, lambda e: e.cameo.root in ("04", "03"))
    checks.assert_coded(LEDE + "Kenya negotiated new trade deals with Britain.", ("KEN", "GBR", "046"))


def test_an_announced_continuing_deed_is_an_intention(checks: SentenceChecks) -> None:
    # a speaker announces it: an intention to negotiate (036), not a negotiation (046)
    said = "British Prime Minister Theresa May said she will continue to negotiate with Germany."
    checks.assert_none(LEDE + said, lambda e: e.cameo.code == "046")
    checks.assert_coded(LEDE + said, ("GBRGOV", "DEU", "036"))


# (an event noun after "for" on a noun of plan, request or leave, or on a verb of asking; its twin: the deed done)
MUST_NOT_CODE_A_SOUGHT_DEED: list[tuple[str, Coded]] = [
    (
        "The US Congress debates the Pentagon's plan for military strikes on Syria.",
        ("The US military carried out strikes on Syria on Monday.", "USAMIL", "SYR", "190"),
    ),
    (
        "The Pentagon presses for congressional approval for any military strikes on Syria.",
        ("The US military launched military strikes on Syria on Monday.", "USAMIL", "SYR", "190"),
    ),
]


@pytest.mark.parametrize(("sought", "done"), MUST_NOT_CODE_A_SOUGHT_DEED)
def test_a_deed_sought_is_not_done(checks: SentenceChecks, sought: str, done: Coded) -> None:
    checks.assert_pair(LEDE + sought, lambda e: e.cameo.root == "19", (LEDE + done[0], *done[1:]))


# (a deed at an occasion a year before the news dates, the year on a modifier of the occasion's noun or after its
# "of"; its twin: the same deed on a day of the news)
MUST_NOT_CODE_A_PAST_OCCASION: list[tuple[str, Coded]] = [
    (
        "Turkey seized the northern third of Cyprus in the war of 1974.",
        ("Turkey seized the northern third of Cyprus on Monday.", "TUR", "CYP", "192"),
    ),
    (
        "The Islamic State group seized large areas of Syria in a lightning 2014 campaign.",
        ("The Islamic State group seized large areas of Syria on Monday.", "IMGISIS", "SYR", "192"),
    ),
]


# (an occasion a year before the news hung on the deed's object: it dates the deed's topic; the deed is news)
MUST_CODE_A_DEED_ON_A_PAST_TOPIC: list[Coded] = [
    ("Erdogan praised Trump's victory in the 2016 election.", "TURGOV", "USAGOV", "051"),
    ("China criticized US actions in the 1999 war.", "CHN", "USA", "111"),
]


@pytest.mark.parametrize("coded", MUST_CODE_A_DEED_ON_A_PAST_TOPIC)
def test_a_deed_on_a_past_topic_is_news(checks: SentenceChecks, coded: Coded) -> None:
    checks.assert_coded(coded[0], coded[1:])


@pytest.mark.parametrize(("past", "news"), MUST_NOT_CODE_A_PAST_OCCASION)
def test_a_deed_at_a_past_occasion_is_background(checks: SentenceChecks, past: str, news: Coded) -> None:
    checks.assert_pair(LEDE + past, lambda e: e.cameo.root == "19", (LEDE + news[0], *news[1:]))


def test_a_deed_passed_over_is_not_done(checks: SentenceChecks) -> None:
    # 'rather than' / 'instead of' + gerund: the deed not done; the same deed told plainly is done
    for passed in (
        "Rather than supporting Britain, the Trump administration interfered.",
        "Instead of supporting Britain, the Trump administration interfered.",
    ):
        checks.assert_none(LEDE + passed, lambda e: e.cameo.root == "05" and not e.negated)
    checks.assert_coded(LEDE + "The Trump administration supported Britain on Monday.", ("USAGOV", "GBR", "051"))
    # the main clause's deed is coded: only the gerund's is passed over
    checks.assert_coded(LEDE + "Instead of meeting Merkel, Putin met Erdogan on Monday.", ("RUSGOV", "TURGOV", "040"))
