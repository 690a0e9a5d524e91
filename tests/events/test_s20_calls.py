"""What "called X ..." and criticism of an attack are aimed at (s20-calls, issue 13).

* Criticism of an attack (``doer_judged_roots`` in clauses.yaml: 110, 111) is aimed at its doer, named ("the attack
  by Islamic State") or owning it ("Islamic State's ambush"), never at the place it struck ("the attack in Brussels")
  nor at the party it was aimed at ("the ambush on Belgian soldiers"), by a pattern or by the learned layer; with no
  doer named the event has no target and is skipped. Sympathy over an attack is aimed at the victim and keeps it.
* "called X to discuss" is a telephone call with X (``041.call_to_speak``) only where X is someone who takes a call:
  a body ("the European Union", "the Organization of Islamic Cooperation") is convened or appealed to, an envoy
  ("the Dutch ambassador") is summoned (``calls`` in clauses.yaml).

Every must-not row has a positive twin. Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente.events.tree import struck_by_an_attack
from detente.nlp import get_nlp

DATE = "2017-03-24"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def _targets_of(checks: SentenceChecks, text: str, code: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in checks.events(text) if e.cameo.code == code}


def test_calling_an_attack_barbaric_is_aimed_at_its_doer_not_the_place(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Spanish prime minister called the attack in Brussels a cowardly act.",
        lambda e: e.cameo.root == "11" and e.target is not None and e.target.code.startswith("BEL"),
        (
            "The Spanish prime minister called the attack by Islamic State in Brussels a cowardly act.",
            "ESPGOV",
            "IMGISIS",
            "111",
        ),
    )


def test_condemning_an_attack_is_aimed_at_its_doer_not_the_place(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Spanish prime minister condemned the attack in Brussels.",
        lambda e: e.cameo.root == "11" and e.target is not None and e.target.code.startswith("BEL"),
        ("The Spanish prime minister condemned the attack by Islamic State in Brussels.", "ESPGOV", "IMGISIS", "111"),
    )


def test_condemning_an_attack_is_not_aimed_at_its_victims(checks: SentenceChecks) -> None:
    # the learned layer read the attack's "on" party as the target of the condemnation (BELMIL)
    checks.assert_pair(
        "The Spanish prime minister condemned the ambush on Belgian soldiers in Brussels.",
        lambda e: e.cameo.root == "11" and e.target is not None and e.target.code.startswith("BEL"),
        (
            "The Spanish prime minister condemned Islamic State's ambush on Belgian soldiers in Brussels.",
            "ESPGOV",
            "IMGISIS",
            "111",
        ),
    )


def test_sympathy_over_an_attack_is_still_aimed_at_the_victim(checks: SentenceChecks) -> None:
    assert "BEL" in _targets_of(
        checks, "The Spanish prime minister offered condolences to Belgium over the bombing in Brussels.", "018"
    )


def test_calling_a_body_to_discuss_is_no_telephone_call(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Turkish president called the European Union to discuss the refugees.",
        lambda e: e.cameo.code == "041",
        (
            "The Turkish president called the Iranian president Hassan Rouhani to discuss the refugees.",
            "TURGOV",
            "IRNGOV",
            "041",
        ),
    )


def test_calling_an_organisation_to_discuss_is_no_telephone_call(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Turkish president called the Organization of Islamic Cooperation to discuss the crisis.",
        lambda e: e.cameo.code == "041",
        (
            "Erdogan called UN Secretary-General Antonio Guterres to discuss the crisis.",
            "TURGOV",
            "IGOUN",
            "041",
        ),
    )


def test_calling_an_ambassador_to_discuss_is_a_summons_not_a_call(checks: SentenceChecks) -> None:
    positive = "The Turkish foreign minister called his Dutch counterpart to discuss the rally."
    checks.assert_pair(
        "The Turkish foreign ministry called the Dutch ambassador to discuss the rally.",
        lambda e: e.cameo.code == "041",
        (positive, "TURGOV", "NLDGOV", "041"),
    )
    checks.assert_coded(positive, ("NLDGOV", "TURGOV", "041"))


@pytest.mark.parametrize(
    ("text", "word", "struck"),
    [
        ("Rome condemned the ambush on Italian soldiers.", "soldiers", True),
        ("Rome condemned the bombing in Kabul.", "Kabul", True),
        ("Rome condemned the decision on Italian soldiers.", "soldiers", False),
        ("Rome praised the soldiers in Kabul.", "Kabul", False),
    ],
)
def test_struck_by_an_attack_is_the_object_of_an_attack_nouns_preposition(text: str, word: str, struck: bool) -> None:
    doc = get_nlp()(text)
    tok = next(t for t in doc if t.text == word)
    assert struck_by_an_attack(tok) is struck


def test_a_call_whose_medium_is_named_stays_a_call_with_a_body(checks: SentenceChecks) -> None:
    # the body rule is for calls read from their purpose alone; "a video call with" names the medium
    checks.assert_pair(
        "The Turkish president called the European Union to discuss the refugees.",
        lambda e: e.cameo.code == "041",
        (
            "The Turkish president held a video call with the European Commission on the refugees.",
            "TURGOV",
            "IGOEU",
            "041",
        ),
    )


def test_a_call_to_a_party_named_as_an_organisation_is_still_a_call(checks: SentenceChecks) -> None:
    """Only a body's noun (council, league) makes a convened body, not any organisation (review s20: 'called Hamas to
    discuss' lost its call); the Arab League stays no call partner."""
    checks.assert_coded("Abbas called Hamas to discuss reconciliation.", ("PSEGOV", "PSEREB", "041"))
    checks.assert_none(
        "The Egyptian president called the Arab League to discuss the crisis.", lambda e: e.cameo.code == "041"
    )
