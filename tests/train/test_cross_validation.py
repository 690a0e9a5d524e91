"""Cross-validation of the learned layer (train/cv.py): folds by article, and the roots left to the patterns."""

from __future__ import annotations

import pytest

from detente.corpus.score import Score
from detente.train import config
from detente.train.cv import Tally, folds, gate, no_less_precise

IDS = [f"batch-{n:03d}" for n in range(47)]


def test_every_article_is_in_exactly_one_fold() -> None:
    dealt = folds(IDS, 5, seed=0)
    assert len(dealt) == 5
    flat = [i for fold in dealt for i in fold]
    assert sorted(flat) == sorted(IDS)  # each article once: none left out, none in two folds
    assert len(set(flat)) == len(flat)
    assert max(map(len, dealt)) - min(map(len, dealt)) <= 1


def test_the_folds_are_the_same_for_the_same_seed_whatever_the_order() -> None:
    assert folds(IDS, 5, seed=1) == folds(list(reversed(IDS)), 5, seed=1)
    assert folds(IDS, 5, seed=1) == folds(IDS, 5, seed=1)
    assert folds(IDS, 5, seed=1) != folds(IDS, 5, seed=2)  # another seed deals other folds


def test_an_article_annotated_twice_is_dealt_once() -> None:
    dealt = folds([*IDS, IDS[0], IDS[3]], 4, seed=0)
    flat = [i for fold in dealt for i in fold]
    assert flat.count(IDS[0]) == 1 and flat.count(IDS[3]) == 1
    assert sorted(flat) == sorted(IDS)


def test_too_few_articles_or_folds_is_refused() -> None:
    with pytest.raises(ValueError):
        folds(IDS[:3], 4, seed=0)
    with pytest.raises(ValueError):
        folds(IDS, 1, seed=0)
    assert len(folds(IDS[:4], 4, seed=0)) == 4  # one article a fold is the least there can be


def _tally(both: dict[str, tuple[int, int]], patterns: dict[str, tuple[int, int]]) -> Tally:
    t = Tally()
    for roots, total, counts in ((t.both_roots, t.both, both), (t.patterns_roots, t.patterns, patterns)):
        for root, (tp, fp) in counts.items():
            roots[root] = Score(tp=tp, fp=fp)
            total.tp, total.fp = total.tp + tp, total.fp + fp
    return t


def test_a_root_whose_added_events_are_mostly_wrong_is_left_to_the_patterns() -> None:
    # root 19: the model adds 3 right and 2 wrong to the patterns' (kept); root 11: 1 right, 4 wrong (left)
    t = _tally({"19": (13, 6), "11": (6, 6), "04": (5, 1)}, {"19": (10, 4), "11": (5, 2), "04": (5, 1)})
    assert t.added("19") == (3, 2)
    assert t.added("11") == (1, 4)
    assert t.added() == (4, 6)
    assert gate(t, 0.5) == ["11"]
    assert "19" not in gate(t, 0.5) and "04" not in gate(t, 0.5)  # a root the model adds nothing to stays as it is


def test_the_shipped_settings_name_what_cross_validation_tries() -> None:
    cfg = config()
    assert set(cfg["cv"]["splits"]) <= {"train", "dev"}  # the test split is never fitted nor coded here
    assert cfg["cv"]["source_grid"] and cfg["cv"]["target_grid"]
    assert 0 < cfg["cv"]["min_added_precision"] <= 1


def test_with_the_patterns_precision_as_floor_a_less_precise_coder_is_not_chosen() -> None:
    # the model adds 4 right and 6 wrong: the coder (24/16, 0.6) is less precise than the patterns (20/10, 0.67)
    worse = _tally({"19": (24, 16)}, {"19": (20, 10)})
    assert not no_less_precise(worse, "patterns")
    assert no_less_precise(worse, None)  # without the floor any setting may be chosen
    # 3 right and 1 wrong added: 23/11 (0.68) is no less precise, so it may be chosen
    better = _tally({"04": (23, 11)}, {"04": (20, 10)})
    assert no_less_precise(better, "patterns")
    # a floor given as a share: 24/16 is right 0.6 of the time
    assert no_less_precise(worse, 0.6) and not no_less_precise(worse, 0.61)
