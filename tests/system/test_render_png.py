"""The PNG picture: nodes kept apart, blocs named in the legend, names placed where they cover nothing."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from detente.system.layout import layout, spread
from detente.system.render import bloc_names, figure, to_png
from detente.system.view import Actor, Relation, SystemView

DAY = dt.date(2024, 12, 2)


def relation(source: str, target: str, kind: str, sign: str, weight: float) -> Relation:
    return Relation(source=source, target=target, kind=kind, sign=sign, weight=weight, events=1, statives=0,
                    goldstein=0.0, first_seen=DAY, last_seen=DAY, attributed_to=None, evidence=[])  # fmt: skip


def hub_view(leaves: int) -> SystemView:
    """A hub with many leaves (the US of a wire corpus) and a second bloc hostile to it."""
    relations = [relation("USA", f"L{i:02d}", "cooperation", "+", 1.0 + i / 10) for i in range(leaves)]
    relations += [relation("RUS", "USA", "hostility", "-", 2.5), relation("RUS", "IRN", "alliance", "+", 3.0)]
    actors = [Actor(code="USA", name="United States", country="USA", bloc=0)]
    actors += [Actor(code=f"L{i:02d}", name=f"Leaf country number {i}", country=None, bloc=0) for i in range(leaves)]
    actors += [
        Actor(code="RUS", name="Russia", country="RUS", bloc=1),
        Actor(code="IRN", name="Iran", country="IRN", bloc=1),
    ]
    return SystemView(as_of=DAY, window="90d", half_life_days=30, actors=actors, relations=relations)


def test_spread_pushes_apart_nodes_on_one_spot_and_leaves_far_ones_alone() -> None:
    pos = spread({"A": (0.5, 0.5), "B": (0.5, 0.5), "C": (0.51, 0.5), "D": (0.0, 1.0)}, gap=0.1)
    for a, b in [("A", "B"), ("A", "C"), ("B", "C")]:
        assert math.dist(pos[a], pos[b]) >= 0.1 - 1e-6
    assert pos["D"] == (0.0, 1.0)  # nothing near it: it does not move
    assert all(0.0 <= v <= 1.0 for p in pos.values() for v in p)


def test_spread_moves_two_nodes_on_one_spot_the_gap_apart_and_no_further() -> None:
    pos = spread({"A": (0.5, 0.5), "B": (0.5, 0.5)}, gap=0.1)
    assert math.dist(pos["A"], pos["B"]) >= 0.1 - 1e-6  # apart ...
    assert math.dist(pos["A"], pos["B"]) <= 0.1 + 1e-6  # ... by the gap, not flung to the picture's edges
    assert math.dist(pos["A"], (0.5, 0.5)) == pytest.approx(0.05)


def test_spread_is_deterministic() -> None:
    start = {f"N{i}": (0.5 + i * 1e-4, 0.5) for i in range(8)}
    assert spread(start) == spread(start)


def test_blocs_are_named_by_their_heaviest_members() -> None:
    names = bloc_names(hub_view(6), most=3)
    assert names[0].startswith("USA, ") and names[0].endswith("+4")  # 7 members, 3 named
    assert names[1] == "RUS, IRN"  # RUS carries alliance and hostility: heavier than IRN
    assert "RUS" not in names[0]


def test_png_of_a_crowded_hub_is_written(tmp_path: Path) -> None:
    path = tmp_path / "hub.png"
    to_png(hub_view(30), path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 20_000


def test_png_of_an_empty_view_is_written(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    to_png(SystemView(as_of=DAY, window="90d", half_life_days=30, actors=[], relations=[]), path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_no_label_covers_another_or_a_disc() -> None:
    import matplotlib.pyplot as plt

    fig = figure(hub_view(30))
    try:
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        labels = [t for t in ax.texts if t.get_text() not in {a.code for a in hub_view(30).actors}]
        names = {t.get_text() for t in labels}
        assert "United States" in names and "Leaf country number 29" in names  # every name drawn
        assert any(t.get_text().startswith("cooperation +") for t in labels)  # some kinds written
        boxes = [t.get_window_extent(renderer) for t in labels]
        for i, box in enumerate(boxes):
            for other in boxes[i + 1 :]:
                assert not box.overlaps(other)
    finally:
        plt.close(fig)


def test_small_components_sit_in_the_bottom_strip_and_the_main_one_above() -> None:
    view = hub_view(6)
    view.relations.append(relation("PER", "PEROPP", "support", "+", 0.5))
    view.actors += [Actor(code="PER", name="Peru", country="PER", bloc=2),
                    Actor(code="PEROPP", name="Peru opposition", country="PER", bloc=2)]  # fmt: skip
    pos = layout(view)
    assert pos["PER"][1] <= 0.12 and pos["PEROPP"][1] <= 0.12  # the pair: in the strip
    assert all(pos[c][1] >= 0.12 for c in ("USA", "RUS", "IRN", "L00"))  # the main component: above it
    assert set(pos) == {a.code for a in view.actors}
