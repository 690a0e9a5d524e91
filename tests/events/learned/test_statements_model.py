"""The statement model: what it reads of a verb of saying, and how its decision shows in ``explain``.

The rules are tested in ``tests/events/test_statements.py``; here the packaged model decides, with statements switched
on and its threshold set by each test (the packaged threshold follows the annotations ``detente train`` reads, so no
test may depend on one learned score). Sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.events.conftest import SentenceChecks
from tests.layered import explain_both as explain_text

from detente.data import clauses
from detente.events.learned.model import packaged_model
from detente.events.learned.statements import statement_features
from detente.events.patterns import verb_index
from detente.events.statements import said_words
from detente.nlp import get_nlp

DATE = "2024-05-03"

# a quoted statement of an official; the must-not rows are the guide's exceptions
QUOTED = ('"We have done our part," the Austrian chancellor said.', "AUTGOV", None, "010")


@pytest.fixture(autouse=True)
def statements_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Statements on, the model admitting every candidate unless a test raises its threshold."""
    monkeypatch.setattr(clauses().statements, "enabled", True)
    model = packaged_model()
    assert model is not None and model.statements is not None
    monkeypatch.setitem(model.thresholds, "statement", 0.0)
    verb_index.cache_clear()
    yield
    monkeypatch.undo()
    verb_index.cache_clear()


def _verb(text: str, word: str):
    doc = get_nlp()(text)
    return next(t for t in doc if t.text == word)


def test_features_read_the_speaker_the_quote_and_what_is_said() -> None:
    verb = _verb('"This is a disgrace," the Belgian foreign minister said.', "said")
    feats = statement_features(verb, "BELGOV", said_words(verb), [])
    assert {"lemma=say", "role=GOV", "speaker=noun", "quote_before=True", "judge=negative"} <= set(feats)
    assert "other_root=none" in feats


def test_features_read_the_reported_clause() -> None:
    verb = _verb("The Belgian foreign minister said Belgium would welcome the refugees.", "said")
    feats = set(statement_features(verb, "BELGOV", said_words(verb), ["042"]))
    assert {"comp_dep=ccomp", "comp_subject=party", "comp_aux=would", "judge=positive", "other_root=04"} <= feats
    assert "quotes=False" in feats


def test_an_admitted_statement_shows_its_rule_and_model_score(checks: SentenceChecks) -> None:
    text, source, target, code = QUOTED
    checks.assert_coded(text, (source, target, code))
    events, _ = explain_text(text, DATE)
    statement = next(e for e in events if e.cameo.code == "010")
    assert statement.evidence.rule == "010.say"
    assert statement.evidence.score is not None and 0.0 <= statement.evidence.score <= 1.0


def test_a_candidate_the_model_doubts_is_skipped_with_its_score(monkeypatch: pytest.MonkeyPatch) -> None:
    model = packaged_model()
    assert model is not None
    monkeypatch.setitem(model.thresholds, "statement", 1.01)  # no probability reaches it (what train writes when
    # no threshold keeps dev's statements precise enough)
    events, skips = explain_text(QUOTED[0], DATE)
    assert not [e for e in events if e.cameo.code == "010"]
    reasons = [s.reason for s in skips if s.rule == "010.say"]
    assert reasons and reasons[0].startswith("the statement model scores it")


# must not yield a 010 even with the model admitting everything (the positive twin is QUOTED)
MUST_NOT = [
    '"We have done our part," said a professor of politics at a Vienna university.',  # an analyst quoted for colour
    '"We have not done our part," the Austrian chancellor did not say.',  # negated
    '"Have we done our part?" the Austrian chancellor asked.',  # a question
    "The Austrian chancellor said Austria would send troops to the border.",  # the speaker's own intention (03x)
    "The Austrian chancellor said Hungarian forces attacked the border post.",  # a neutral report of a deed
    '"And we will go on doing it."',  # a quote's continuation: no verb of saying
]


@pytest.mark.parametrize("negative", MUST_NOT)
def test_the_guides_exceptions_stay_out_whatever_the_model_says(checks: SentenceChecks, negative: str) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.code == "010", QUOTED)
