"""The gold-set score, with floors raised as coding improves, and the scorer itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.eval import Score, evaluate, load_gold

GOLD = Path(__file__).parent / "gold"
DEV = Path(__file__).parent / "dev"
DEV2 = Path(__file__).parent / "dev2"
HOLDOUT = Path(__file__).parent / "holdout"
HOLDOUT2 = Path(__file__).parent / "holdout2"

# Floors: raise them when coding improves; never lower them to land a change.
F1_FLOOR = 0.67
PRECISION_FLOOR = 0.84
DATE_FLOOR = 0.9  # share of matched events with the exact gold date


@pytest.fixture(scope="module")
def report():
    return evaluate(load_gold([GOLD]))


def test_gold_set_is_large_and_covers_every_root() -> None:
    items = load_gold([GOLD])
    sentences = [i for i in items if i["id"].startswith("s")]
    articles = [i for i in items if i["id"].startswith("a")]
    assert len(sentences) >= 40 and len(articles) >= 5
    roots = {e.get("root") or e["code"][:2] for i in items for e in i["events"]}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.slow
def test_gold_scores_stay_above_the_floors(report) -> None:
    assert report.errors == []
    assert report.overall.f1 >= F1_FLOOR, report.as_dict()
    assert report.overall.precision >= PRECISION_FLOOR, report.as_dict()
    assert report.dated and report.date_exact / report.dated >= DATE_FLOOR


@pytest.mark.slow
def test_dev_set_scores_stay_above_the_floors() -> None:
    """The development sets (wire articles with datelines, quotes and background) guard against tuning to one set."""
    dev = evaluate(load_gold([DEV, DEV2]))
    assert dev.errors == []
    assert dev.overall.f1 >= 0.68 and dev.overall.precision >= 0.81, dev.as_dict()


@pytest.mark.slow
def test_holdout_set_scores_stay_above_the_floors() -> None:
    """Held out (tests/holdout/README.md): a guard only, never a tuning target."""
    holdout = evaluate(load_gold([HOLDOUT]))
    assert holdout.errors == []
    assert holdout.overall.f1 >= 0.65 and holdout.overall.precision >= 0.75, holdout.as_dict()


@pytest.mark.slow
def test_second_holdout_set_scores_stay_above_the_floors() -> None:
    """Held out (tests/holdout2/README.md, written blind at the thirty-first stop): a guard only, never a tuning
    target. First run (main fa6a557): P 0.879, R 0.547, F1 0.674; the floors sit below it."""
    holdout = evaluate(load_gold([HOLDOUT2]))
    assert holdout.errors == []
    assert holdout.overall.f1 >= 0.62 and holdout.overall.precision >= 0.82, holdout.as_dict()


def test_score_arithmetic() -> None:
    s = Score(tp=3, fp=1, fn=2)
    assert s.precision == 0.75 and s.recall == 0.6
    assert abs(s.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-9
    assert Score().f1 == 0.0


def test_scoring_counts_direction_negation_and_root() -> None:
    items = [
        {
            "id": "t1",
            "date": "2023-05-10",
            "text": "Russian forces shelled Kherson on Tuesday.",
            "events": [{"source": "RUSMIL", "target": "UKR", "code": "194", "root": "19", "date": "2023-05-09"}],
        },
        {
            "id": "t2",
            "date": "2023-05-10",
            "text": "Russian forces shelled Kherson on Tuesday.",
            "events": [{"source": "UKR", "target": "RUSMIL", "code": "194", "root": "19"}],
        },
    ]
    report = evaluate(items)
    assert report.overall.tp == 1 and report.overall.fp == 1 and report.overall.fn == 1
    assert report.date_exact == 1 and report.code_exact == 1
