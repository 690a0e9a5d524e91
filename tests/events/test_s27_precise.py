"""Events coded in sentences where annotators code none (s27-precise); each must-not row is paired with a positive
sentence of the same kind:

* a deed told in the present perfect after the opening of the article (the lede and the sentence after it), with no
  date, speaker, recent period, journey or meeting, is its doer's record, not a deed of the day ('Russia has invaded
  Ukraine' further down an article about a summit); the same perfect in the opening, with a date, or bounded by a
  recent period ('over the past two days', 'recently') is news, and so are an act of speech and a meeting in the
  perfect (``clause.perfect_reading``, ``standing.perfect_after_opening``), as is a perfect with a word of recency
  ('has now shot down', 'has also expelled'); a dateline or headline standing first is not the opening;
* a deed to come, or a modal one, on a condition ('if', 'unless') is hypothetical; a past or perfect deed, a threat
  and a refusal with a condition happened, and 'as if' is no condition (``clause.conditioned``).

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

DATE = "2017-11-08"

# two sentences of an opening that code no deed of the roots below
OPENING = "The European Union opened a summit in Brussels on Monday. Leaders discussed trade in the morning. "


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


# (a perfect after the opening; its twin: the same sentence as the article's lede, read as news)
MUST_NOT_CODE_A_RECORD: list[tuple[str, Coded]] = [
    ("Russia has invaded Ukraine.", ("Russia has invaded Ukraine.", "RUS", "UKR", "190")),
    (
        "Qatar has firmly backed the Syrian opposition.",
        ("Qatar has firmly backed the Syrian opposition.", "QAT", "SYROPP", "051"),
    ),
    (
        "Turkish warplanes have struck Kurdish fighters in Afrin.",
        ("Turkish warplanes have struck Kurdish fighters in Afrin.", "TURMIL", "SYRREB", "195"),
    ),
    (
        "American companies have invested billions of dollars in Britain.",
        ("American companies have invested billions of dollars in Britain.", "USABUS", "GBR", "061"),
    ),
]


@pytest.mark.parametrize(("record", "lede"), MUST_NOT_CODE_A_RECORD)
def test_a_perfect_after_the_opening_is_a_record(checks: SentenceChecks, record: str, lede: Coded) -> None:
    code = lede[3]
    checks.assert_pair(OPENING + record, lambda e: e.cameo.code == code, lede)


def test_the_sentence_after_the_lede_is_still_the_opening(checks: SentenceChecks) -> None:
    # a dateline or headline often stands first: the second sentence's perfect is the news; the third's is a record
    text = "Turkish warplanes have struck Kurdish fighters in Afrin."
    lede = "The European Union opened a summit in Brussels on Monday. "
    checks.assert_coded(lede + text, ("TURMIL", "SYRREB", "195"))
    checks.assert_none(OPENING + text, lambda e: e.cameo.code == "195")


# (after the opening, a perfect that is still news: a date, a recent period, an adverb of recency)
NEWS_IN_THE_PERFECT: list[Coded] = [
    ("Russian jets have bombed Aleppo on Tuesday.", "RUSMIL", "SYR", "195"),
    ("Russian jets have bombed Aleppo over the past two days.", "RUSMIL", "SYR", "195"),
    ("Turkish warplanes have recently struck Kurdish fighters in Afrin.", "TURMIL", "SYRREB", "195"),
]


@pytest.mark.parametrize("news", NEWS_IN_THE_PERFECT)
def test_a_dated_or_recent_perfect_is_news(checks: SentenceChecks, news: Coded) -> None:
    text, source, target, code = news
    checks.assert_coded(OPENING + text, (source, target, code))
    # its twin with neither date nor period is a record
    bare = "Russian jets have bombed Aleppo." if "Aleppo" in text else "Turkish warplanes have struck Kurdish fighters."
    checks.assert_none(OPENING + bare, lambda e: e.cameo.code == code)


def test_speech_and_meetings_in_the_perfect_stay(checks: SentenceChecks) -> None:
    # an accusation and a meeting in the perfect are the day's act (annotators code them), as the deed is not
    checks.assert_coded(OPENING + "Iran has accused Saudi Arabia of supporting terrorism.", ("IRN", "SAU", "112"))
    checks.assert_coded(
        OPENING + "Chancellor Angela Merkel has met French President Emmanuel Macron.", ("DEUGOV", "FRAGOV", "040")
    )
    checks.assert_none(OPENING + "Iran has attacked Saudi Arabia.", lambda e: e.cameo.root == "19")


# (a deed its verb, or the verb it completes, makes hang on a condition; its twin: the same sentence without it)
CONDITIONED_DEEDS: list[tuple[str, Coded]] = [
    (
        "If it leaves the EU, Britain will seek to seal a trade deal with the United States.",
        # announced, the deal is an intent (03); left open, the deal itself (057), hypothetical
        ("Britain will seek to seal a trade deal with the United States.", "GBR", "USA", "0"),
    ),
    (
        "If confirmed, it would be the first assault by Syrian forces on Turkish troops.",
        ("It would be the first assault by Syrian forces on Turkish troops.", "SYRMIL", "TURMIL", "19"),
    ),
    (
        "Iran will release the British sailors unless Britain apologizes.",
        ("Iran will release the British sailors.", "IRN", "GBRMIL", "08"),
    ),
    (
        "Turkish jets will strike Kurdish fighters in Afrin if the talks fail.",
        ("Turkish jets will strike Kurdish fighters in Afrin.", "TURMIL", "SYRREB", "19"),
    ),
]


def _reading(checks: SentenceChecks, text: str, source: str, target: str, root: str) -> list[str]:
    """The modalities of the events whose code starts so ('19', '0') between these actors."""
    return [
        e.modality
        for e in checks.events(text)
        if e.cameo.code.startswith(root) and e.source.code == source and getattr(e.target, "code", None) == target
    ]


@pytest.mark.parametrize(("negative", "positive"), CONDITIONED_DEEDS)
def test_a_deed_on_a_condition_is_hypothetical(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    bare, source, target, root = positive
    assert _reading(checks, negative, source, target, root) == ["hypothetical"]
    kept = _reading(checks, bare, source, target, root)
    assert kept and "hypothetical" not in kept


# (a threat, refusal or past deed with a condition happened; its twin: the same condition on a deed to come)
DONE_DESPITE_A_CONDITION: list[tuple[tuple[str, str, str, str], str]] = [
    (
        ("If the drills go ahead, North Korea has threatened to attack Guam.", "PRK", "GUM", "13"),
        "If the drills go ahead, North Korea will attack Guam.",
    ),
    (
        ("Russia threatened on Monday to strike Ukraine unless Kiev withdraws its troops.", "RUS", "UKR", "13"),
        "Russia will strike Ukraine unless Kiev withdraws its troops.",
    ),
    (
        ("Iran refused to release the British sailors unless Britain apologizes.", "IRN", "GBRMIL", "12"),
        "Iran will release the British sailors unless Britain apologizes.",
    ),
    (
        ("Serbia refused to meet Kosovo unless Pristina withdraws its police.", "SRB", "XKX", "12"),
        "Serbia will meet Kosovo unless Pristina withdraws its police.",
    ),
    (
        ("Turkish jets struck Kurdish fighters in Afrin on Sunday, if the monitor is right.", "TURMIL", "SYRREB", "19"),
        "Turkish jets will strike Kurdish fighters in Afrin if the monitor is right.",
    ),
]


@pytest.mark.parametrize(("done", "open_"), DONE_DESPITE_A_CONDITION)
def test_a_threat_refusal_or_past_deed_with_a_condition_happened(
    checks: SentenceChecks, done: tuple[str, str, str, str], open_: str
) -> None:
    text, source, target, root = done
    assert _reading(checks, text, source, target, root) == ["asserted"]
    assert "hypothetical" in [e.modality for e in checks.events(open_)]


def test_as_if_is_no_condition(checks: SentenceChecks) -> None:
    # 'as if' compares: the strike to come is announced, not left open as it is by 'if'
    compared = "Turkish jets will strike Kurdish fighters in Afrin as if the truce had never been signed."
    assert _reading(checks, compared, "TURMIL", "SYRREB", "19") == ["intent"]
    conditioned = "Turkish jets will strike Kurdish fighters in Afrin if the truce is broken."
    assert _reading(checks, conditioned, "TURMIL", "SYRREB", "19") == ["hypothetical"]


def test_a_condition_keeps_the_date(checks: SentenceChecks) -> None:
    # the condition leaves the deed open; its date is still the day of the saying, as without the condition
    bare = [e.date for e in checks.events("Russia said on Monday it will not attack Ukraine.")]
    conditioned = checks.events("Russia said on Monday it will not attack Ukraine unless provoked.")
    assert bare and [e.date for e in conditioned] == bare
    assert [e.modality for e in conditioned] == ["hypothetical"]


def test_a_threat_on_a_condition_and_even_if_stay(checks: SentenceChecks) -> None:
    # a threat's condition is the threat's own; 'even if' concedes: the deed stands (here, announced)
    checks.assert_coded("Israel threatened to strike Iran if it attacked.", ("ISR", "IRN", "138"))
    events = checks.events("Russia will attack Ukraine even if the talks succeed.")
    assert any(e.cameo.root == "19" and e.modality == "intent" for e in events)


# (after the opening, a perfect carrying a word of recency is news; its twin without the word is a record)
RECENT_WORDS: list[Coded] = [
    ("Iran has also expelled two British diplomats.", "IRN", "GBRGOV", "161"),
    ("Russian jets have now bombed Aleppo.", "RUSMIL", "SYR", "195"),
    ("Russian jets have bombed Aleppo again.", "RUSMIL", "SYR", "195"),
    ("Russian jets have bombed Aleppo overnight.", "RUSMIL", "SYR", "195"),
]


@pytest.mark.parametrize("news", RECENT_WORDS)
def test_a_word_of_recency_makes_the_perfect_news(checks: SentenceChecks, news: Coded) -> None:
    text, source, target, code = news
    checks.assert_coded(OPENING + text, (source, target, code))
    bare = "Iran has expelled two British diplomats." if "Iran" in text else "Russian jets have bombed Aleppo."
    checks.assert_none(OPENING + bare, lambda e: e.cameo.code == code)


def test_a_recent_period_on_a_conjunct_is_not_the_first_verb_s(checks: SentenceChecks) -> None:
    # the period bounds the clause it stands in: the conjunct's deed is news, the first verb's stays a record
    text = "Russian jets have bombed Aleppo, and Turkish jets have pounded Idlib over the past two days."
    checks.assert_coded(OPENING + text, ("TURMIL", "SYR", "195"))
    checks.assert_none(OPENING + text, lambda e: e.source.code == "RUSMIL")


# (a dateline or headline standing before the lede: the opening starts after it; its twin: a lede and its follow-up)
BEFORE_THE_LEDE = ["Brussels, Nov 8 (AFP). ", "BREAKING: EU opens Brussels summit. ", "EU opens Brussels summit. "]


@pytest.mark.parametrize("head", BEFORE_THE_LEDE)
def test_a_dateline_or_headline_is_not_the_opening(checks: SentenceChecks, head: str) -> None:
    lede = "The European Union opened a summit in Brussels on Monday. "
    checks.assert_coded(head + lede + "Russian jets have bombed Aleppo.", ("RUSMIL", "SYR", "195"))
    # a sentence with a determiner and a past verb is the lede itself: the perfect two sentences on is a record
    first = "The European Union opened a summit in Brussels. Leaders discussed trade in the morning. "
    checks.assert_none(first + "Russian jets have bombed Aleppo.", lambda e: e.cameo.code == "195")
