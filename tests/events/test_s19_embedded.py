"""Events coded where the annotators code none (s19-embedded, issue 13 precision).

A present participle hung on a noun (a reduced relative clause: "the counsel investigating Russia", "the rebel groups
fighting the army") says what the noun's holder does as its office or standing, not a deed of the day
(``filters._describes_a_holder``); a participle on a place, a weapon or an attack, or one that dates itself in the
news, is left to the other readings. Each negative is paired with a near sentence that must hold. Sentences written
for detente.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Token
from tests.events.conftest import SentenceChecks

from detente.events.filters import _describes_a_holder
from detente.nlp import get_nlp

DATE = "2017-11-02"
DAY = dt.date(2017, 11, 2)


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def _participle(text: str, word: str) -> Token:
    doc = get_nlp()(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Senators questioned the American prosecutor investigating the Russian government.", "investigating"),
        ("Washington armed the Kurdish militia groups fighting Islamic State.", "fighting"),
    ],
)
def test_a_participle_on_a_holder_describes_it(text: str, word: str) -> None:
    verb = _participle(text, word)
    assert (verb.dep_, verb.tag_) == ("acl", "VBG")
    assert _describes_a_holder(verb, DAY)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Russian jets bombed the town of Douma, killing twelve civilians.", "killing"),  # a place: the toll
        ("A car bomb targeting Kurdish militants exploded in Afrin.", "targeting"),  # an attack is the deed
        ("Aid reached the Syrian rebel groups fighting the army on Monday.", "fighting"),  # dated in the news
        ("Kurdish militia groups fought Islamic State near Raqqa.", "fought"),  # a main verb
    ],
)
def test_a_participle_on_a_place_a_weapon_or_dated_is_no_description(text: str, word: str) -> None:
    verb = _participle(text, word)
    assert not _describes_a_holder(verb, DAY)


def test_the_holders_deed_is_coded_and_its_participle_is_not(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Washington armed the Kurdish militia groups fighting Islamic State.",
        lambda e: e.cameo.root == "19",
        ("Kurdish militia groups fought Islamic State near Raqqa on Monday.", "SYRREB", "IMGISIS", "190"),
    )


# An infinitive of purpose names the deed its clause aims at, not one done (``filters._aims_at_a_deed``); after a verb
# of going or meeting the purpose is the news.
PURPOSE_PAIRS: list[tuple[tuple[str, str], tuple[str, str, str, str]]] = [
    (
        ("American jets conducted air strikes near Raqqa to support the Syrian Democratic Forces.", "05"),
        ("American jets supported the Syrian Democratic Forces near Raqqa.", "USAMIL", "SYRREB", "051"),
    ),
    (
        ("A transition period will be needed for Britain to conclude a trade agreement with the European Union.", "05"),
        ("Britain concluded a trade agreement with the European Union on Monday.", "GBR", "IGOEU", "057"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), PURPOSE_PAIRS)
def test_a_deed_of_purpose_is_not_done(
    checks: SentenceChecks, negative: tuple[str, str], positive: tuple[str, str, str, str]
) -> None:
    checks.assert_root_pair(negative, positive)


def test_a_purpose_after_going_is_the_news(checks: SentenceChecks) -> None:
    checks.assert_coded("Theresa May flew to Brussels to meet European Union leaders.", ("GBRGOV", "IGOEU", "040"))


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "The Turkish president offered on Sunday to mediate between Russia and Ukraine.",
            ("TURGOV", "RUS", "039"),
        ),
        (
            "The US president threatened on Thursday to impose tariffs on all Mexican goods.",
            ("USAGOV", "MEX", "1312"),
        ),
    ],
)
def test_a_complement_hung_as_purpose_after_a_time_is_still_coded(
    checks: SentenceChecks, text: str, coded: tuple[str, str, str]
) -> None:
    """'offered on Sunday to mediate': after a verb of intent, threat, demand or refusal the "to" clause is its
    complement (the parser hangs it as advcl when a time stands between), coded by the governing verb's reading; the
    purpose filter's negatives above stay skipped."""
    checks.assert_coded(text, coded)


@pytest.mark.parametrize(
    ("negative", "positive"),
    [
        (
            ("The US pressed Turkey on Monday to release the American pastor.", "08"),
            ("Turkey released the American pastor on Monday.", "TUR", "USAREL", "0841"),
        ),
        (
            ("Police set up roadblocks in Caracas on Monday to arrest protesters.", "17"),
            ("Police arrested protesters in Caracas on Monday.", "VENCOP", "VENCVL", "173"),
        ),
    ],
)
def test_a_purpose_after_a_demand_or_a_literal_verb_stays_not_done(
    checks: SentenceChecks, negative: tuple[str, str], positive: tuple[str, str, str, str]
) -> None:
    """After a demand no code takes the clause over, and 'set up roadblocks' is a literal use of a listed verb: the
    infinitive stays a purpose (review s20)."""
    checks.assert_root_pair(negative, positive)


def test_a_means_verb_s_clause_is_the_deed_done(checks: SentenceChecks) -> None:
    """'fired tear gas to disperse protesters': the clause after a verb of using a means is the deed (review s20)."""
    checks.assert_coded("Police fired tear gas to disperse protesters in Caracas.", ("VENCOP", "VENCVL", "175"))


def test_whom_an_agentless_passive_sends_does_its_mission(checks: SentenceChecks) -> None:
    """'was sent to Brussels on Monday to meet': the purpose is the mission of whom the passive moves, the news; the
    purpose of an active deed stays not done (above)."""
    checks.assert_coded(
        "The British prime minister was sent to Brussels on Monday to meet the Irish prime minister.",
        ("GBRGOV", "IRLGOV", "040"),
    )
