"""Ties of one pair of actors drawn side by side in the HTML view, so each takes its own click."""

from __future__ import annotations

import math

from detente.system.render import TIE_SPACING, _parallel_shifts, _shifted
from detente.system.view import Relation


def _tie(source: str, target: str) -> Relation:
    return Relation.model_construct(source=source, target=target)


def test_ties_both_ways_between_two_actors_are_drawn_apart_and_a_lone_tie_on_the_line() -> None:
    pos = {"TUR": (0.1, 0.1), "USA": (0.8, 0.9), "RUS": (0.5, 0.2)}
    relations = [_tie("TUR", "USA"), _tie("USA", "TUR"), _tie("RUS", "USA")]
    shifts = _parallel_shifts(relations, pos)
    assert shifts[2] == 0.0  # RUS -> USA is alone: on the straight line
    assert abs(shifts[0] - shifts[1]) == TIE_SPACING  # the pair's two ties a click's width apart
    ends = [(60.0, 60.0), (480.0, 576.0)]
    first = _shifted(ends[0], ends[1], shifts[0])
    second = _shifted(ends[1], ends[0], shifts[1])  # drawn the other way
    # the two lines are parallel and TIE_SPACING apart: the distance of the second's start from the first line
    (ax, ay), (bx, by) = first
    (px, py) = second[1]  # the second tie's end at the first's start
    distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / math.hypot(bx - ax, by - ay)
    assert math.isclose(distance, TIE_SPACING, rel_tol=1e-6)
    assert _shifted(ends[0], ends[1], 0.0) == (ends[0], ends[1])
