"""Event nouns whose parties stand outside the noun phrase (issue 13, class 3).

"hours into Macron's visit to China" (an owned noun that frames the clause in time), "flew to Tokyo for talks
with Kishida" (a verb of going and its "for" phrase), "received a phone call from Y" (a verb of taking part in a
two-way event), "made phone calls to Y". Every must-not row is paired with its positive twin. Sentences are
written for these tests.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks, triple

from detente import code_text

DATE = "2024-05-03"

MUST_CODE: list[Coded] = [
    ("Hours into Macron's visit to China, the French president gave an interview.", "FRAGOV", "CHN", "042"),
    ("Protesters gathered throughout Macron's visit to China.", "FRAGOV", "CHN", "042"),
    ("The Japanese prime minister flew to Washington for talks with the US president.", "JPNGOV", "USAGOV", "040"),
    ("The Japanese prime minister flew to Washington for talks with the US president.", "USAGOV", "JPNGOV", "040"),
    ("The German chancellor met in Paris for talks with the French president.", "DEUGOV", "FRAGOV", "040"),
    ("The German chancellor received a phone call from the French president.", "DEUGOV", "FRAGOV", "041"),
    ("The German chancellor received a phone call from the French president.", "FRAGOV", "DEUGOV", "041"),
    ("The British prime minister made phone calls to the German chancellor.", "GBRGOV", "DEUGOV", "041"),
    # s9-nouns: a stop or a stopover in a place is a visit of it
    ("The French president paid a brief stop in Norway on Monday.", "FRAGOV", "NOR", "042"),
    ("The Italian foreign minister made a stopover in Egypt on Friday.", "ITAGOV", "EGY", "042"),
    # s9-nouns: the taking of a place by its agent or owner
    ("The recapture of the port of Tartus by Syrian government troops surprised observers.", "SYRMIL", "SYR", "192"),
    ("The Syrian government's retaking of Homs was celebrated in Damascus.", "SYRGOV", "SYR", "192"),
    # s25: the owner of a meeting or a journey is its party wherever the noun stands (guide: "his maiden trip to
    # Beijing" is 042), not only under way ("hours into")
    ("Putin's visit to North Korea on Wednesday was his first in 24 years.", "RUSGOV", "PRK", "042"),
    ("Ahead of Biden's visit to Israel, the White House said little.", "USAGOV", "ISR", "042"),
    ("Macron's talks with Xi ended without a deal.", "FRAGOV", "CHNGOV", "040"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), MUST_CODE, ids=[c[0][:60] for c in MUST_CODE])
def test_nominal_event_is_coded(checks: SentenceChecks, text: str, source: str, target: str, code: str) -> None:
    checks.assert_coded(text, (source, target, code))


# ((a sentence where the noun is background, a topic or an appeal; the root it must not yield), its positive twin)
MUST_NOT: list[tuple[tuple[str, str], Coded]] = [
    (  # "on" after a verb of saying names a topic, not a frame in time
        ("The senator commented on Biden's visit to Israel.", "04"),
        ("Hours into Biden's visit to Israel, the senator commented.", "USAGOV", "ISR", "042"),
    ),
    (  # "called for talks" is an appeal: calling is no verb of going to talks
        ("The Turkish president called for talks with the Iraqi prime minister.", "04"),
        (
            "The Turkish president travelled to Baghdad for talks with the Iraqi prime minister.",
            "TURGOV",
            "IRQGOV",
            "040",
        ),
    ),
    (  # "welcomed the talks" approves of them; only receiving a call takes part in it
        ("The Iraqi prime minister welcomed a phone call between Iran and Saudi Arabia.", "041"),
        ("The Iraqi prime minister received a phone call from the Iranian president.", "IRQGOV", "IRNGOV", "041"),
    ),
    (  # receiving aid keeps the giver the source: only two-way nouns read the receiver as a party
        ("The Syrian army received military aid from Russia.", "04"),
        ("The Syrian army received a phone call from the Russian defence minister.", "SYRMIL", "RUSGOV", "041"),
    ),
    (  # calls that ask for something are appeals, not phone calls
        ("The Turkish president received calls from the opposition to resign.", "04"),
        ("The Turkish president received congratulatory calls from the opposition.", "TURGOV", "TUROPP", "041"),
    ),
    (  # "a stop to" the fighting is an end, not a stop in a place
        ("The French president called for a stop to the fighting in Syria.", "04"),
        ("The French president paid a brief stop in Norway on Monday.", "FRAGOV", "NOR", "042"),
    ),
    (  # the capture of a person is an arrest, no taking of territory
        ("The capture of the rebel commander by the police ended the search.", "19"),
        ("The capture of Mosul by Iraqi forces ended the siege.", "IRQMIL", "IRQ", "192"),
    ),
    (  # a word of before puts the event noun in the background
        ("The Chilean president paid earlier stops in Peru and Bolivia.", "04"),
        ("The Chilean president paid stops in Peru and Bolivia this week.", "CHLGOV", "PER", "042"),
    ),
    (
        ("Previous talks between Iran and Iraq were held in Geneva.", "04"),
        ("Talks between Iran and Iraq were held in Geneva on Monday.", "IRN", "IRQ", "040"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT, ids=[c[0][0][:60] for c in MUST_NOT])
def test_background_noun_is_not_coded(checks: SentenceChecks, negative: tuple[str, str], positive: Coded) -> None:
    checks.assert_root_pair(negative, positive)


def test_a_meeting_of_more_than_three_named_parties_without_host_writes_no_pairs(checks: SentenceChecks) -> None:
    # guide 2: beyond three parties each participant meets the host; the clause names none, so every pair is a guess
    checks.assert_pair(
        "Officials of Austria, Greece, Portugal and Sweden held talks in Rome on Monday.",
        lambda e: e.cameo.root == "04",
        ("Officials of Austria and Greece held talks in Rome on Monday.", "AUTGOV", "GRCGOV", "040"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish foreign minister was briefed during a meeting with Russian officials in Moscow.",
        "The Turkish foreign minister was briefed in talks with Russian officials in Moscow.",
    ],
)
def test_who_undergoes_the_clause_takes_part_in_its_two_way_event(checks: SentenceChecks, text: str) -> None:
    """s10-funnel: the passive's subject of a clause framed by a two-way noun is a party of it, both ways; the
    victims of a one-way attack noun framed the same way stay no doers of it."""
    checks.assert_coded(text, ("TURGOV", "RUSGOV", "040"))
    checks.assert_pair(
        "Ten civilians were killed in Russian air strikes on Idlib.",
        lambda e: e.source.country == "SYR",
        ("Ten civilians were killed in Russian air strikes on Idlib.", "RUSMIL", "SYR", "195"),
    )


# s11-triggers: side by side in public. Who speaks or appears alongside another, shares a meal or a handshake with
# them, meets them (040 both ways); the preposition of company names the other party only when it names an actor.
SIDE_BY_SIDE: list[Coded] = [
    ("Speaking alongside the German chancellor, the French president praised the budget.", "FRAGOV", "DEUGOV", "040"),
    ("Speaking alongside the German chancellor, the French president praised the budget.", "DEUGOV", "FRAGOV", "040"),
    ("The Spanish prime minister had lunch with the Portuguese president in Lisbon.", "ESPGOV", "PRTGOV", "040"),
    (
        "The Greek foreign minister spoke during a joint appearance alongside the Turkish foreign minister.",
        "GRCGOV",
        "TURGOV",
        "040",
    ),
    ("The Canadian prime minister held his own in a long handshake with the US president.", "CANGOV", "USAGOV", "040"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), SIDE_BY_SIDE, ids=[c[0][:60] for c in SIDE_BY_SIDE])
def test_side_by_side_in_public_is_a_meeting(
    checks: SentenceChecks, text: str, source: str, target: str, code: str
) -> None:
    checks.assert_coded(text, (source, target, code))


SIDE_BY_SIDE_NOT: list[tuple[tuple[str, str], Coded]] = [
    (  # company that is no actor: a lunch with a glass of wine meets no one
        ("The Spanish prime minister had lunch with a glass of wine in Madrid.", "04"),
        ("The Spanish prime minister had lunch with the Portuguese president in Lisbon.", "ESPGOV", "PRTGOV", "040"),
    ),
    (  # speaking beside a flag, a podium: no party
        ("Speaking alongside a banner in Athens, the Greek prime minister praised the budget.", "04"),
        (
            "Speaking alongside the Cypriot president, the Greek prime minister praised the budget.",
            "GRCGOV",
            "CYPGOV",
            "040",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), SIDE_BY_SIDE_NOT, ids=[c[0][0][:60] for c in SIDE_BY_SIDE_NOT])
def test_side_by_side_needs_an_actor(checks: SentenceChecks, negative: tuple[str, str], positive: Coded) -> None:
    checks.assert_root_pair(negative, positive)


def test_a_gathering_of_fighters_is_a_site_of_their_group(checks: SentenceChecks) -> None:
    """s11-triggers: 'targeted gatherings of X' attacks X, as 'targeted positions of X' does; a gathering whose
    holder is no armed actor gives no attack (must-not paired with its positive)."""
    checks.assert_pair(
        "The Syrian army targeted gatherings of tourists on Monday.",
        lambda e: e.cameo.root == "19",
        ("The Syrian army targeted gatherings of ISIS militants.", "SYRMIL", "IMGISIS", "190"),
    )


@pytest.mark.parametrize(
    "negative",
    [
        "The German chancellor spent millions in Greece last week.",  # money, not time: no stay
        "Thousands of refugees spent weeks in Greece last year.",  # no official: a stay, no visit
    ],
)
def test_an_official_spending_days_in_a_place_visits_it(checks: SentenceChecks, negative: str) -> None:
    """s11-triggers: 'spent two days in Greece' is a visit of Greece by an official (042.spend_time_in)."""
    checks.assert_root_pair(
        (negative, "04"), ("The German chancellor spent two days in Greece last week.", "DEUGOV", "GRC", "042")
    )


# s25: an owned meeting or journey that did not happen, is not held yet, or is only spoken of is no event
# (events/candidates.owner_takes_part); each twin, told as held, is its owner's event
OWNED_NOT_HELD: list[tuple[str, Coded]] = [
    (
        "Macron's visit to Algeria failed to materialise.",
        ("Macron's visit to Algeria on Tuesday was his first.", "FRAGOV", "DZA", "042"),
    ),
    (
        "Macron's visit to Algeria never happened.",
        ("Macron's visit to Algeria on Tuesday was his first.", "FRAGOV", "DZA", "042"),
    ),
    (
        "Trump's visit to Seoul on Friday will be his first.",
        ("Trump's visit to Seoul on Friday was his first.", "USAOPP", "KOR", "042"),
    ),
    (
        "Macron's possible trip to Beijing worries Washington.",
        ("Macron's trip to China ended on Friday.", "FRAGOV", "CHN", "042"),
    ),
    (
        "Putin's proposed summit with Trump worries Kiev.",
        ("Putin's summit with Trump on Monday worried Kiev.", "RUSGOV", "USAOPP", "040"),
    ),
    (
        "Questions over Macron's trip to China persisted.",
        ("Macron's trip to China ended on Friday.", "FRAGOV", "CHN", "042"),
    ),
    (
        "Critics complained about Macron's trip to China.",
        ("Macron's trip to China ended on Friday.", "FRAGOV", "CHN", "042"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), OWNED_NOT_HELD, ids=[n[:60] for n, _ in OWNED_NOT_HELD])
def test_an_owned_meeting_not_held_is_no_event(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_root_pair((negative, "04"), positive)


def test_a_scheduled_event_noun_takes_the_day_ahead(checks: SentenceChecks) -> None:
    """'Ahead of Trump's visit to Seoul on Monday' in an article of Friday 2024-05-03: the Monday after, intent."""
    found = [
        e
        for e in checks.events("Ahead of Trump's visit to Seoul on Monday, Kim fired a missile.")
        if triple(e) == ("USAOPP", "KOR", "042")
    ]
    assert [(str(e.date), e.modality) for e in found] == [("2024-05-06", "intent")]


def test_an_owned_visit_told_again_takes_the_day_of_the_sentence_before() -> None:
    """A later owned mention of a dated visit is coded again (the guide annotates later mentions); which earlier event
    a noun re-tells is not read for owned nouns (a review showed new strikes and scheduled meetings tied to an old
    day), but with no date words of its own it takes the one past day the sentence just before states
    (``events.dating.carried_day``, s28-day), recorded as carried from there; two sentences on it would not."""
    text = "Putin arrived in Pyongyang on Wednesday. Putin's visit to North Korea was his first in years."
    visits = [
        (e.sentence_index, str(e.date), e.date_precision, e.evidence.date_from)
        for e in code_text(text, date=DATE)
        if triple(e) == ("RUSGOV", "PRK", "042")
    ]
    assert visits == [(0, "2024-05-01", "day", None), (1, "2024-05-01", "day", 0)]


def test_an_owned_visit_dated_after_the_article_is_scheduled(checks: SentenceChecks) -> None:
    """'Trump's visit to Seoul on Monday is his first' in an article of Friday 2024-05-03: dated the Monday after,
    intent; its twin told in the past is asserted on the Monday before."""
    ahead = [
        (str(e.date), e.modality)
        for e in checks.events("Trump's visit to Seoul on Monday is his first.")
        if triple(e) == ("USAOPP", "KOR", "042")
    ]
    done = [
        (str(e.date), e.modality)
        for e in checks.events("Trump's visit to Seoul on Monday was his first.")
        if triple(e) == ("USAOPP", "KOR", "042")
    ]
    assert ahead == [("2024-05-06", "intent")] and done == [("2024-04-29", "asserted")]


# s25: an event noun still to come when its clause is told (clauses.yaml anticipation_preps)
# is a scheduled event: its own code with modality intent (guide 2); its twin, told as done, is asserted
ANTICIPATED: list[tuple[str, str, str, str]] = [
    ("Ahead of Biden's visit to Israel, the White House said little.", "USAGOV", "ISR", "042"),
    ("Macron's upcoming trip to Beijing worries Washington.", "FRAGOV", "CHN", "042"),
    (
        "In advance of Macron's talks with the Japanese prime minister, officials met in Tokyo.",
        "FRAGOV",
        "JPNGOV",
        "040",
    ),
]
DONE: list[tuple[str, str, str, str]] = [
    ("During Biden's visit to Israel, the White House said little.", "USAGOV", "ISR", "042"),
    ("Macron's trip to Beijing ended on Friday.", "FRAGOV", "CHN", "042"),
]


def _modality(checks: SentenceChecks, text: str, source: str, target: str, code: str) -> str:
    found = [e for e in checks.events(text) if triple(e) == (source, target, code)]
    assert found, f"{text!r} should yield {(source, target, code)}, yields {[triple(e) for e in checks.events(text)]}"
    return found[0].modality


@pytest.mark.parametrize(("text", "source", "target", "code"), ANTICIPATED, ids=[c[0][:60] for c in ANTICIPATED])
def test_an_event_noun_still_to_come_is_an_intent(
    checks: SentenceChecks, text: str, source: str, target: str, code: str
) -> None:
    assert _modality(checks, text, source, target, code) == "intent"


@pytest.mark.parametrize(("text", "source", "target", "code"), DONE, ids=[c[0][:60] for c in DONE])
def test_an_event_noun_told_as_done_is_asserted(
    checks: SentenceChecks, text: str, source: str, target: str, code: str
) -> None:
    assert _modality(checks, text, source, target, code) == "asserted"


def test_a_deed_told_in_the_past_with_a_later_date_keeps_its_reading() -> None:
    """The scheduled reading of an event dated after the article is for nouns told in the present ('his visit on
    Friday is his first'), not for a deed told in the past with a full date the article's own date lags behind."""
    past = code_text("Putin's visit to Seoul on March 5, 2024 was his first.", date="2024-03-04")
    ahead = code_text("Putin's visit to Seoul on March 5, 2024 is his first.", date="2024-03-04")
    assert [(e.modality, str(e.date)) for e in past if triple(e) == ("RUSGOV", "KOR", "042")] == [
        ("asserted", "2024-03-05")
    ]
    assert [(e.modality, str(e.date)) for e in ahead if triple(e) == ("RUSGOV", "KOR", "042")] == [
        ("intent", "2024-03-05")
    ]


def test_talks_that_failed_to_yield_a_deal_were_held(checks: SentenceChecks) -> None:
    """'failed to materialise' says the talks were not held; 'failed to yield results' that they were."""
    checks.assert_root_pair(
        ("Putin's talks with Macron failed to materialise.", "04"),
        ("Putin's talks with Macron failed to yield results.", "RUSGOV", "FRAGOV", "040"),
    )
