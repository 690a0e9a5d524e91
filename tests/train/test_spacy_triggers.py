"""The spaCy trigger tagger (train/spacy_triggers.py): labels from annotation offsets, the reader that keeps the
coder's parse, and a trained tagger that scores tokens without touching the coder's tags."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from spacy.tokens import DocBin

from detente.corpus.schema import AnnotatedArticle, AnnotatedEvent
from detente.pipeline import Coder
from detente.records import Article
from detente.train.examples import NONE, Parsed
from detente.train.spacy_triggers import (
    CONFIG,
    LABELS_KEY,
    SpacyTriggers,
    docbin,
    summary,
    token_labels,
    train_tagger,
    trigger_level,
)

TEXT = "Ruritanian troops attacked Freedonia on Monday. The two foreign ministers met in Geneva on Tuesday."
ATTACK = (18, 26)
MET = (74, 77)


def _event(sentence: int, trigger: tuple[int, int], code: str) -> AnnotatedEvent:
    from detente.data import cameo_table

    info = cameo_table()[code]
    return AnnotatedEvent(
        sentence=sentence,
        trigger=trigger,
        source={"code": "USA"},
        target={"code": "CAN"},
        code=code,
        root=code[:2],
        plover={"event_type": info.plover_type, "mode": info.plover_mode},
    )


@pytest.fixture(scope="module")
def parsed() -> Parsed:
    coder = Coder(layers="patterns")
    doc = coder.prepare(coder.nlp(TEXT))
    ann = AnnotatedArticle(
        id="own-1",
        annotator="t",
        text_sha1="x",
        sentences=[(0, 47), (48, len(TEXT))],
        events=[_event(0, ATTACK, "190"), _event(1, MET, "040")],
    )
    return Parsed(Article(id="own-1", date=dt.date(2024, 3, 4), text=TEXT), doc, ann)


def test_annotated_trigger_tokens_get_their_root_and_every_other_token_none(parsed: Parsed) -> None:
    labels = token_labels(parsed)
    by_word = {t.text: lab for t, lab in zip(parsed.doc, labels, strict=True)}
    assert by_word["attacked"] == "19"
    assert by_word["met"] == "04"
    assert by_word["Monday"] == NONE and by_word["troops"] == NONE  # not a trigger: none
    assert sum(lab != NONE for lab in labels) == 2


def test_the_reader_keeps_the_coders_parse_and_puts_the_labels_in_the_reference(parsed: Parsed, tmp_path: Path) -> None:
    from spacy.util import registry

    docbin([parsed], tmp_path / "d.spacy")
    assert LABELS_KEY in next(iter(DocBin().from_disk(tmp_path / "d.spacy").get_docs(parsed.doc.vocab))).user_data
    read = registry.readers.get("detente.trigger_docs.v1")(tmp_path / "d.spacy")
    (eg,) = list(read(Coder(layers="patterns").nlp))
    assert [t.tag_ for t in eg.reference] == token_labels(parsed)
    assert [t.pos_ for t in eg.predicted] == [t.pos_ for t in parsed.doc]  # the tok2vec reads the coder's parse
    assert [t.dep_ for t in eg.predicted] == [t.dep_ for t in parsed.doc]
    assert any(t.pos_ for t in eg.predicted)


def test_a_trained_tagger_scores_every_token_and_leaves_the_doc_as_it_was(parsed: Parsed, tmp_path: Path) -> None:
    docbin([parsed], tmp_path / "d.spacy")
    cfg = tmp_path / "small.cfg"  # the repository's config, one short epoch
    cfg.write_text(CONFIG.read_text(encoding="utf-8").replace("max_epochs = 6", "max_epochs = 1"), encoding="utf-8")
    folder = train_tagger(tmp_path / "d.spacy", tmp_path / "d.spacy", tmp_path / "out", seed=0, config=cfg)
    tagger = SpacyTriggers(folder)
    assert set(tagger.classes) == {NONE, "19", "04"}
    tags = [t.tag_ for t in parsed.doc]
    scores = tagger.proba(parsed.doc)
    assert scores.shape == (len(parsed.doc), 3)
    assert abs(float(scores.sum(axis=1).mean()) - 1.0) < 1e-4  # a distribution per token
    assert [t.tag_ for t in parsed.doc] == tags  # the coder's tags are not overwritten


def test_trigger_level_counts_a_right_root_a_wrong_root_and_a_word_that_is_no_trigger(parsed: Parsed) -> None:
    classes = [NONE, "04", "11", "19"]
    probs = np.zeros((len(parsed.doc), 4), dtype=np.float32)
    probs[:, 0] = 1.0  # every word none ...
    at = {t.text: t.i for t in parsed.doc}
    probs[at["attacked"]] = [0.1, 0.0, 0.0, 0.9]  # right root
    probs[at["met"]] = [0.1, 0.0, 0.9, 0.0]  # an annotated trigger read in another root
    probs[at["troops"]] = [0.2, 0.8, 0.0, 0.0]  # no trigger at all
    counts = trigger_level(classes, [probs], [parsed], threshold=0.65)
    assert counts["19"] == [1, 0, 0]
    assert counts["11"] == [0, 1, 0]
    assert counts["04"] == [0, 1, 1]  # "troops" wrong, "met" missed
    assert summary(counts)[:3] == (1, 2, 1)
    assert trigger_level(classes, [probs], [parsed], threshold=0.95) == {"19": [0, 0, 1], "04": [0, 0, 1]}
