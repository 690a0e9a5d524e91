"""The articles the learned layer is fitted on, named by id with each annotation's sha1 (train/articles.py)."""

from __future__ import annotations

import pytest

from detente.corpus.annotations import Annotations
from detente.corpus.schema import AnnotatedArticle, SplitFile, text_sha1
from detente.train import articles_path, config, split_ids, trained_splits
from detente.train.articles import TrainingSet, TrainingSetChanged, digest, from_split, listed_ids, load

SPLIT = {"a-1": "train", "a-2": "train", "a-3": "dev", "a-4": "test"}


def _annotations(split: dict[str, str], notes: dict[str, str] | None = None) -> Annotations:
    notes = notes or {}
    anns = Annotations(split=SplitFile(seed=1, method="by hand", max_chars=100, articles=split))  # type: ignore[arg-type]
    for i in split:
        text = f"Text of {i}."
        anns.primary[i] = AnnotatedArticle(
            id=i, annotator="ann-x", text_sha1=text_sha1(text), sentences=[(0, len(text))], note=notes.get(i)
        )
    return anns


def test_the_list_names_each_split_s_articles_and_never_test() -> None:
    ts = from_split(_annotations(SPLIT), ["train", "dev"])
    assert sorted(ts.splits) == ["dev", "train"]
    assert sorted(ts.splits["train"]) == ["a-1", "a-2"] and list(ts.splits["dev"]) == ["a-3"]
    assert "a-4" not in {i for ids in ts.splits.values() for i in ids}  # the test article is never listed
    with pytest.raises(ValueError):
        from_split(_annotations(SPLIT), ["train", "test"])


def test_articles_annotated_later_are_not_read() -> None:
    ts = from_split(_annotations(SPLIT), ["train"])
    grown = _annotations({**SPLIT, "a-5": "train"})  # one more train article annotated after the list was written
    assert grown.ids("train") == ["a-1", "a-2", "a-5"]
    assert listed_ids(ts, grown, "train") == ["a-1", "a-2"]  # the trainer reads the listed two, as before


def test_a_revised_annotation_stops_the_trainer() -> None:
    ts = from_split(_annotations(SPLIT), ["train", "dev"])
    assert listed_ids(ts, _annotations(SPLIT), "dev") == ["a-3"]
    revised = _annotations(SPLIT, notes={"a-2": "revised"})
    with pytest.raises(TrainingSetChanged, match="a-2: annotation revised"):
        listed_ids(ts, revised, "train")
    moved = _annotations({**SPLIT, "a-1": "dev"})
    with pytest.raises(TrainingSetChanged, match="a-1: now in split 'dev'"):
        listed_ids(ts, moved, "train")
    with pytest.raises(TrainingSetChanged, match="has no 'other'"):
        listed_ids(ts, _annotations(SPLIT), "other")


def test_the_digest_follows_the_list() -> None:
    ts = from_split(_annotations(SPLIT), ["train", "dev"])
    same = TrainingSet.model_validate_json(ts.model_dump_json())
    assert digest(ts) == digest(same)
    assert digest(ts) != digest(from_split(_annotations(SPLIT, notes={"a-1": "x"}), ["train", "dev"]))


def test_the_shipped_list_covers_every_split_the_trainer_reads() -> None:
    cfg = config()
    path = articles_path()
    assert path is not None and path.is_file()
    shipped = load(path)
    assert sorted(shipped.splits) == trained_splits(cfg)  # train and dev: each split read is listed
    assert "test" not in shipped.splits and "train" in shipped.splits
    assert all(len(sha) == 40 for ids in shipped.splits.values() for sha in ids.values())
    with pytest.raises(ValueError):
        split_ids(_annotations(SPLIT), "test")  # never read, listed or not


def test_the_parse_cache_key_leaves_the_model_files_out() -> None:
    from detente.store.provenance import dictionaries_fingerprint
    from detente.train.examples import MODEL_FILES

    # a parse reads the dictionaries, not the learned model: a new train.yaml or article list keeps the parses
    assert len(dictionaries_fingerprint(without=(MODEL_FILES,))) == 16
    assert dictionaries_fingerprint(without=(MODEL_FILES,)) != dictionaries_fingerprint()
    assert dictionaries_fingerprint(without=(MODEL_FILES,)) == dictionaries_fingerprint(without=(MODEL_FILES,))
