"""The trigger model's clause features (events/learned/context.py): the same word reads differently when the clause
reports a deed, recalls one, says one was intended, or only describes a person; and a model fitted without them
scores exactly as before."""

from __future__ import annotations

import numpy as np

from detente.events.learned.context import PREFIX
from detente.events.learned.features import SentenceFacts, is_trigger_candidate, trigger_features, vector
from detente.events.learned.layer import reads_context
from detente.events.learned.model import packaged_model
from detente.nlp import get_nlp


def _ctx(text: str, word: str) -> set[str]:
    doc = get_nlp()(text)
    tok = next(t for t in doc if t.text == word)
    return {f for f in trigger_features(tok, tok.sent) if f.startswith(PREFIX)}


def test_a_reported_intention_is_read_as_one() -> None:
    said = _ctx("Russia said it would attack Ukraine.", "attack")
    assert "ctx_modality=intent" in said and "ctx_attributed" in said and "ctx_clause=ccomp" in said
    done = _ctx("Russia attacked Ukraine on Tuesday.", "attacked")
    assert "ctx_modality=asserted" in done and "ctx_clause=ROOT" in done
    assert "ctx_attributed" not in done  # a deed the sentence itself asserts
    assert "ctx_sides=11" in done  # a named doer and a named target


def test_a_relative_clause_and_a_perfect_are_told_apart() -> None:
    described = _ctx("The man who attacked the embassy was arrested by police.", "attacked")
    assert "ctx_clause=relcl" in described and "ctx_sides=11" not in described
    standing = _ctx("France has attacked the group for years.", "attacked")
    assert "ctx_aspect=perfect" in standing
    assert "ctx_aspect=perfect" not in _ctx("France attacked the group on Monday.", "attacked")


def test_a_dated_clause_names_its_year() -> None:
    assert "ctx_dated=year" in _ctx("Russia annexed Crimea in 2014.", "annexed")
    assert "ctx_dated=day" in _ctx("Russia struck Kyiv on Tuesday.", "struck")
    assert not any(f.startswith("ctx_dated") for f in _ctx("Russia struck Kyiv.", "struck"))


def test_the_old_fit_ignores_the_clause_features() -> None:
    """The shipped model's vocabulary has no ``ctx_`` feature: its scores with and without them are the same."""
    model = packaged_model()
    assert model is not None
    assert not any(w.startswith(PREFIX) for w in model.triggers.vocab)
    assert not reads_context(model.triggers)  # so its coding does not read them at all
    doc = get_nlp()("Iranian officials accused Washington of meddling on Monday. Russian forces shelled the town.")
    rows_with, rows_without = [], []
    for sent in doc.sents:
        facts = SentenceFacts.of(sent)
        for tok in (t for t in sent if is_trigger_candidate(t)):
            feats = trigger_features(tok, sent, facts)
            assert any(f.startswith(PREFIX) for f in feats)
            rows_with.append((feats, vector(tok)))
            rows_without.append(([f for f in feats if not f.startswith(PREFIX)], vector(tok)))
    assert len(rows_with) > 3
    assert np.array_equal(model.triggers.proba_many(rows_with), model.triggers.proba_many(rows_without))
