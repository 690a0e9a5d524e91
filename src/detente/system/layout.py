"""Where each actor sits in a picture of the system: positions in the unit square, shared by the PNG and the HTML page.

Pure geometry over the view's ties (igraph's Kamada-Kawai per connected component, then nodes pushed apart), kept
apart from ``render.py``'s drawing so both pictures place actors the same way and the placement can be tested
without matplotlib.
"""

from __future__ import annotations

import math
from typing import Any

from detente.system.view import SystemView


def layout(view: SystemView) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1]²: Kamada-Kawai per connected component, which spreads a hub's neighbours evenly
    around it. The largest component fills the picture; the small ones (a pair such as Peru and its opposition)
    sit side by side in a strip along the bottom instead of at the far ends of one layout, which crushed the
    main component into the middle. Nodes closer than a disc's width are then pushed apart."""
    import igraph as ig

    codes = [a.code for a in view.actors]
    if not codes:
        return {}
    index = {c: i for i, c in enumerate(codes)}
    edges = [
        (index[r.source], index[r.target]) for r in view.relations if r.source is not None and r.source != r.target
    ]
    graph = ig.Graph(n=len(codes), edges=edges)
    parts = sorted(graph.connected_components(), key=lambda part: (-len(part), min(part)))
    main, rest = parts[0], parts[1:]
    strip = 0.14 if rest else 0.0  # the bottom strip's height
    pos: dict[str, tuple[float, float]] = {}
    for i, (x, y) in _unit_layout(graph, main).items():
        pos[codes[i]] = (x, strip + y * (1.0 - strip))
    left, room = 0.0, sum(len(part) for part in rest)
    for part in rest:
        width = len(part) / room
        for i, (x, y) in _unit_layout(graph, part).items():
            pos[codes[i]] = (left + (0.15 + 0.7 * x) * width, 0.02 + 0.08 * y)
        left += width
    return spread(pos)


def _unit_layout(graph: Any, members: list[int]) -> dict[int, tuple[float, float]]:
    """Kamada-Kawai of one component, scaled into [0, 1]² (a single node sits in the middle)."""
    members = sorted(members)  # the subgraph numbers its vertices in this order
    if len(members) == 1:
        return {members[0]: (0.5, 0.5)}
    sub = graph.induced_subgraph(members)
    coords = sub.layout_kamada_kawai(seed=_circle(len(members)), maxiter=50 * len(members))
    xs, ys = [p[0] for p in coords], [p[1] for p in coords]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {m: ((xs[k] - min(xs)) / span_x, (ys[k] - min(ys)) / span_y) for k, m in enumerate(members)}


def spread(
    pos: dict[str, tuple[float, float]], gap: float = 0.075, rounds: int = 200
) -> dict[str, tuple[float, float]]:
    """Push apart every two nodes closer than ``gap`` (each moves half the shortfall, along the line between
    them), keeping all in [0, 1]²; a deterministic nudge separates nodes that sit on the same point."""
    codes = sorted(pos)
    xy = {c: list(pos[c]) for c in codes}
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(codes):
            for b in codes[i + 1 :]:
                dx, dy = xy[b][0] - xy[a][0], xy[b][1] - xy[a][1]
                dist = math.hypot(dx, dy)
                if dist >= gap:
                    continue
                if dist < 1e-9:  # on one point: apart along a fixed direction, by the gap and no more
                    dx, dy, dist = math.cos(i) * 1e-9, math.sin(i) * 1e-9, 1e-9
                push = (gap - dist) / 2 / dist
                xy[a][0], xy[a][1] = xy[a][0] - dx * push, xy[a][1] - dy * push
                xy[b][0], xy[b][1] = xy[b][0] + dx * push, xy[b][1] + dy * push
                moved = True
        for c in codes:
            xy[c] = [min(1.0, max(0.0, xy[c][0])), min(1.0, max(0.0, xy[c][1]))]
        if not moved:
            break
    return {c: (xy[c][0], xy[c][1]) for c in codes}


def _circle(n: int) -> list[list[float]]:
    return [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
