"""The learned layer scores a doc's trigger words in one matrix product: each sentence gets the very scores it got
when scored alone (so coding is unchanged to the bit), and another doc or model is scored afresh."""

from __future__ import annotations

import numpy as np

from detente.events.learned.features import SentenceFacts, is_trigger_candidate, trigger_features, vector
from detente.events.learned.layer import trigger_scores
from detente.events.learned.model import packaged_model
from detente.nlp import get_nlp

TEXT = (
    "Iranian officials accused Washington of meddling on Monday. Russian forces shelled the town overnight, "
    "killing three civilians. The two presidents met in Geneva and signed an agreement. Talks resume next week."
)


def _alone(sent, model) -> tuple[list, np.ndarray]:
    words = [tok for tok in sent if is_trigger_candidate(tok)]
    facts = SentenceFacts.of(sent)
    return words, model.triggers.proba_many([(trigger_features(t, sent, facts), vector(t)) for t in words])


def test_a_docs_scores_are_each_sentences_own() -> None:
    model = packaged_model()
    assert model is not None
    doc = get_nlp()(TEXT)
    sents = list(doc.sents)
    assert len(sents) >= 3
    scored = 0
    for sent in sents:
        words, rows = trigger_scores(sent, model)
        alone_words, alone_rows = _alone(sent, model)
        assert [t.i for t in words] == [t.i for t in alone_words]
        assert np.array_equal(rows, alone_rows)  # bit for bit, not approximately
        scored += len(words)
    assert scored > 5  # the sentences do have candidate words, scored as classes that sum to one
    assert np.allclose(trigger_scores(sents[1], model)[1].sum(axis=1), 1.0, atol=1e-5)


def test_another_doc_is_scored_afresh() -> None:
    model = packaged_model()
    assert model is not None
    nlp = get_nlp()
    first, second = nlp("Israel struck targets in Gaza."), nlp("China praised Pakistan for its help.")
    one = trigger_scores(next(iter(first.sents)), model)
    two = trigger_scores(next(iter(second.sents)), model)
    assert [t.doc for t in two[0]] and all(t.doc is second for t in two[0])
    assert all(t.doc is first for t in one[0])
    assert np.array_equal(two[1], _alone(next(iter(second.sents)), model)[1])
