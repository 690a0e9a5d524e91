"""What the learned layer reads from a parse: trigger candidates, parties and dependency paths."""

from __future__ import annotations

import pytest

from detente.events.learned.features import (
    argument_features,
    dependency_path,
    is_trigger_candidate,
    mention_candidates,
    trigger_features,
)
from detente.nlp import get_nlp


@pytest.fixture(scope="module")
def sent():
    doc = get_nlp()("Iranian officials accused Washington of meddling on Monday.")
    return next(iter(doc.sents))


def _tok(sent, text):
    return next(t for t in sent if t.text == text)


def test_triggers_and_parties_are_found(sent) -> None:
    assert is_trigger_candidate(_tok(sent, "accused"))
    assert not is_trigger_candidate(_tok(sent, "on"))
    mentions = {t.text for t in mention_candidates(sent)}
    assert {"officials", "Washington"} <= mentions
    assert "accused" not in mentions


def test_paths_say_who_is_subject_and_object(sent) -> None:
    accused = _tok(sent, "accused")
    assert dependency_path(accused, _tok(sent, "officials")) == ">nsubj"
    assert dependency_path(accused, _tok(sent, "Washington")) == ">dobj"
    assert dependency_path(accused, accused) == "self"


def test_features_carry_the_pattern_lexicon_and_the_path(sent) -> None:
    accused = _tok(sent, "accused")
    feats = trigger_features(accused, sent)
    assert "lemma=accuse" in feats and "lex=11" in feats
    assert "lex=19" not in feats
    args = argument_features(accused, _tok(sent, "officials"), True, "11")
    assert "path=>nsubj" in args and "resolvable=True" in args
