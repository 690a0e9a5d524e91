"""Clauses with no subject of their own: who does them and what their governing words make of them.

An infinitive under a predicate adjective ("ready to send", "due to visit") is done by whom the adjective
describes, and the adjective says whether the act is intended, scheduled, refused, done or only possible
(``predicate_adjectives`` in ``data/clauses.yaml``); a participle after a preposition that frames the clause
("after meeting Putin") is an event of its own; an announced intention of a mutual event is its speaker's alone.
Every must-not row has a positive twin.
"""

from __future__ import annotations

from tests.events.conftest import SentenceChecks

from detente.records import Event

DATE = "2024-03-04"


def counts(event: Event) -> bool:
    """Whether the scores count the event: not negated, not hypothetical."""
    return not event.negated and event.modality != "hypothetical"


def test_infinitive_under_an_adjective_of_intent(patterns_checks: SentenceChecks) -> None:
    events = patterns_checks.events("Iran said on Monday it was willing to meet the French envoy.")
    meet = [e for e in events if e.source.code == "IRN" and e.target is not None and e.target.code == "FRAGOV"]
    assert meet and meet[0].cameo.code == "036" and meet[0].modality == "asserted"  # the willingness stated (s34)
    # the envoy announced nothing: no intention the other way
    assert not [e for e in events if e.source.code == "FRAGOV" and e.cameo.root == "03"]


def test_infinitive_under_an_adjective_of_schedule(patterns_checks: SentenceChecks) -> None:
    events = patterns_checks.events("The Egyptian president is due to visit Jordan on Monday.")
    visit = [e for e in events if e.source.code == "EGYGOV" and e.target is not None and e.target.code == "JOR"]
    assert visit and visit[0].cameo.code == "042" and visit[0].modality == "intent"


def test_scheduled_participle_is_no_deed(checks: SentenceChecks) -> None:
    # "is poised to", "is set to": the parser reads the adjective as a passive participle; the visit is scheduled
    events = checks.events("The Egyptian president is poised to visit Jordan on Monday.")
    visit = [e for e in events if e.source.code == "EGYGOV" and e.target is not None and e.target.code == "JOR"]
    assert visit and visit[0].cameo.code == "042" and visit[0].modality == "intent"
    checks.assert_pair(
        "The Egyptian president is poised to visit Jordan on Monday.",
        lambda e: e.cameo.root == "04" and e.modality == "asserted",
        ("The Egyptian president visited Jordan on Monday.", "EGYGOV", "JOR", "042"),
    )


def test_infinitive_under_an_adjective_of_likelihood_is_no_deed(patterns_checks: SentenceChecks) -> None:
    patterns_checks.assert_none("Russia is likely to attack Ukraine.", lambda e: counts(e) and e.cameo.root == "19")
    patterns_checks.assert_coded("Russia was quick to attack Ukraine.", ("RUS", "UKR", "190"))


def test_infinitive_under_an_adjective_of_refusal_is_negated(patterns_checks: SentenceChecks) -> None:
    patterns_checks.assert_none("Iran is unwilling to meet the French envoy.", counts)
    patterns_checks.assert_none("Iran was not willing to meet the French envoy.", counts)
    patterns_checks.assert_coded("Iran is willing to meet the French envoy.", ("IRN", "FRAGOV", "036"))


def test_participle_after_a_framing_preposition_is_an_event(checks: SentenceChecks) -> None:
    # "accused ... of attacking": the attack is what the accusation says, not a deed of the clause
    checks.assert_pair(
        "Iran accused Israel of attacking its ports.",
        lambda e: e.cameo.root == "19",
        ("After meeting Putin in Moscow, Erdogan criticized Israel.", "TURGOV", "RUSGOV", "040"),
    )
    checks.assert_coded("After meeting Putin in Moscow, Erdogan criticized Israel.", ("RUSGOV", "TURGOV", "040"))


def test_announced_intention_of_a_mutual_event_is_the_speakers(patterns_checks: SentenceChecks) -> None:
    patterns_checks.assert_pair(
        "Iran plans to meet Saudi officials in Baghdad.",
        lambda e: e.source.code == "SAUGOV" and e.cameo.root == "03",
        ("Iran plans to meet Saudi officials in Baghdad.", "IRN", "SAUGOV", "036"),
    )
    # a scheduled meeting the journalist reports is both sides' (guide: mutual events, scheduled events)
    patterns_checks.assert_coded("Iran will meet Saudi officials in Baghdad next week.", ("SAUGOV", "IRN", "040"))


def test_a_subject_crosses_one_word_that_is_no_verb(patterns_checks: SentenceChecks) -> None:
    # "ready to join ... in fighting": an adjective and a preposition between the subject and the deed, two guesses
    patterns_checks.assert_pair(
        "The United States is ready to join Russia in fighting rebels in Syria.",
        lambda e: e.source.code == "USA" and e.cameo.root == "19",
        ("The United States joined Russia in fighting rebels in Syria.", "USA", "SYRREB", "190"),
    )
