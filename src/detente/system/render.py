"""The system view written out: JSON, GraphML, DOT, a PNG picture and a self-contained HTML page.

Every picture speaks the same visual language: nodes coloured by bloc, ties green and solid when
positive, red and dashed when negative, thicker when heavier, arrows for directed kinds (support, label,
membership, mediation, hostility), no arrow for alliance and cooperation.
"""

from __future__ import annotations

import colorsys
import html
import json
import math
from pathlib import Path
from typing import Any

from detente.system.contributions import SYMMETRIC_KINDS
from detente.system.layout import layout
from detente.system.view import Relation, SystemView

POSITIVE, NEGATIVE = "#1a9850", "#d73027"
BLOC_COLOURS = [
    "#4e79a7",
    "#f28e2b",
    "#b07aa1",
    "#59a14f",
    "#edc948",
    "#76b7b2",
    "#ff9da7",
    "#9c755f",
    "#e15759",
    "#bab0ac",
]


def bloc_colour(bloc: int) -> str:
    """The bloc's fill: the ten palette colours first, then hues spaced by the golden angle (light, so labels stay
    readable), so that no two blocs of one picture share a colour however many there are."""
    if bloc < len(BLOC_COLOURS):
        return BLOC_COLOURS[bloc]
    r, g, b = colorsys.hls_to_rgb((bloc * 0.618034) % 1.0, 0.7, 0.55)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def to_json(view: SystemView) -> str:
    return json.dumps(view.model_dump(mode="json"), indent=2, ensure_ascii=False)


def drawn(view: SystemView, top: int | None = None) -> SystemView:
    """The view cut to its ``top`` heaviest relations with a source (what a picture can show)."""
    relations = [r for r in view.relations if r.source is not None]
    if top is not None:
        relations = relations[:top]
    codes = {r.source for r in relations} | {r.target for r in relations}
    return view.model_copy(update={"relations": relations, "actors": [a for a in view.actors if a.code in codes]})


def to_graphml(view: SystemView, path: Path) -> None:
    import networkx as nx

    graph = nx.MultiDiGraph(as_of=str(view.as_of), window=view.window, half_life_days=view.half_life_days)
    for a in view.actors:
        graph.add_node(a.code, name=a.name, country=a.country or "", bloc=-1 if a.bloc is None else a.bloc)
    for r in view.relations:
        if r.source is None:
            continue
        graph.add_edge(
            r.source,
            r.target,
            kind=r.kind,
            sign=r.sign,
            weight=r.weight,
            events=r.events,
            statives=r.statives,
            first_seen=str(r.first_seen),
            last_seen=str(r.last_seen),
            attributed_to=r.attributed_to or "",
        )
    nx.write_graphml(graph, str(path))


def to_dot(view: SystemView) -> str:
    lines = [f'digraph system {{\n  label="detente system as of {view.as_of} (window {view.window})";']
    for a in view.actors:
        colour = bloc_colour(a.bloc) if a.bloc is not None else "#dddddd"
        label = _dot(f"{a.code}\\n{a.name}")
        lines.append(f'  "{a.code}" [label="{label}", style=filled, fillcolor="{colour}"];')
    for r in view.relations:
        if r.source is None:
            continue
        colour, style = (POSITIVE, "solid") if r.sign == "+" else (NEGATIVE, "dashed")
        arrow = "none" if r.kind in SYMMETRIC_KINDS else "normal"
        width = 1 + min(4.0, math.log1p(r.weight))
        lines.append(
            f'  "{r.source}" -> "{r.target}" [label="{r.kind} {r.sign}", color="{colour}", style={style}, '
            f"arrowhead={arrow}, penwidth={width:.2f}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot(text: str) -> str:
    return text.replace('"', '\\"')


def bloc_names(view: SystemView, most: int = 4) -> dict[int, str]:
    """Each bloc named by its members with the most tie weight, heaviest first ("USA, ISR, CHN …"): a legend
    that says "bloc 0" tells the reader nothing."""
    strength: dict[str, float] = {}
    for r in view.relations:
        if r.source is None:
            continue
        for code in (r.source, r.target):
            strength[code] = strength.get(code, 0.0) + r.weight
    members: dict[int, list[str]] = {}
    for a in view.actors:
        if a.bloc is not None:
            members.setdefault(a.bloc, []).append(a.code)
    names = {}
    for bloc, codes in members.items():
        codes.sort(key=lambda c: (-strength.get(c, 0.0), c))
        names[bloc] = ", ".join(codes[:most]) + (f" +{len(codes) - most}" if len(codes) > most else "")
    return names


def to_png(view: SystemView, path: Path, *, title: str | None = None) -> None:
    """A picture for a report (see ``figure``)."""
    import matplotlib.pyplot as plt

    fig = figure(view, title=title)
    fig.savefig(path)
    plt.close(fig)


def figure(view: SystemView, *, title: str | None = None) -> Any:
    """The picture as a matplotlib figure: labelled actors coloured by bloc, ties by sign (colour and style).

    Labels are placed one by one where they overlap no disc and no label already drawn: an actor's name tries
    below, above, right and left of its disc; a tie's kind (heaviest ties first) is left out where it would
    cover another. The frame is fixed (legend, title, margins) before any label is measured."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyArrowPatch
    from matplotlib.transforms import Bbox

    pos = layout(view)
    fig, ax = plt.subplots(figsize=(15, 10), dpi=110)
    ax.set_axis_off()
    ax.set_xlim(-0.08, 1.08)
    ax.set_ylim(-0.1, 1.08)
    _legend(ax, view)
    ax.set_title(
        title
        or f"detente: the system as of {view.as_of} (window {view.window}, half-life {view.half_life_days:g} days)",
        fontsize=11,
    )
    fig.tight_layout()
    renderer = fig.canvas.get_renderer()
    radius = 15 * fig.dpi / 72  # a disc of s=900 points² is 30 points wide
    placed: list[Bbox] = []  # display boxes of the discs and labels drawn so far
    centres: dict[str, tuple[float, float]] = {}  # discs' centres on the display

    def free(text: Any) -> bool:
        box = text.get_window_extent(renderer).expanded(1.05, 1.15)
        if any(box.overlaps(other) for other in placed):
            return False
        placed.append(box)
        return True

    for a in view.actors:
        if a.code not in pos:
            continue
        x, y = pos[a.code]
        colour = bloc_colour(a.bloc) if a.bloc is not None else "#cccccc"
        ax.scatter([x], [y], s=900, color=colour, edgecolors="#333333", linewidths=0.8, zorder=3)
        ax.annotate(a.code, (x, y), fontsize=7, fontweight="bold", ha="center", va="center", zorder=4)
        cx, cy = ax.transData.transform((x, y))
        centres[a.code] = (cx, cy)
        placed.append(Bbox.from_extents(cx - radius, cy - radius, cx + radius, cy + radius))
    heaviest = max((r.weight for r in view.relations), default=1.0) or 1.0
    curves = _curves(view, pos)
    for (x1, y1), (x2, y2), rad, r in curves:
        positive = r.sign == "+"
        patch = FancyArrowPatch(
            (x1, y1),
            (x2, y2),
            arrowstyle="-" if r.kind in SYMMETRIC_KINDS else "-|>",
            mutation_scale=14,
            color=POSITIVE if positive else NEGATIVE,
            linestyle="-" if positive else "--",
            linewidth=0.8 + 4.0 * math.sqrt(r.weight / heaviest),
            alpha=0.75,
            shrinkA=18,
            shrinkB=18,
            connectionstyle=f"arc3,rad={rad:.2f}",
        )
        ax.add_patch(patch)
    for a in view.actors:  # names before kinds: a missing name costs the reader more than a missing kind
        if a.code not in pos:
            continue
        x, y = pos[a.code]
        for dx, dy, ha, va in NAME_SPOTS:
            name = ax.annotate(
                a.name, (x + dx, y + dy), fontsize=7, ha=ha, va=va, color="#222222", zorder=5, bbox=LABEL_BOX
            )
            if _nearest(name.get_window_extent(renderer), centres) == a.code and free(name):
                break  # a name nearer another disc than its own would be read as that one's
            name.remove()
        else:  # nowhere free: below, as before, rather than no name at all
            ax.annotate(a.name, (x, y - 0.035), fontsize=7, ha="center", va="top", color="#222222", zorder=5)
    for (x1, y1), (x2, y2), rad, r in sorted(curves, key=lambda c: -c[3].weight)[:KINDS_NAMED]:
        mx, my = (x1 + x2) / 2 + rad * (y2 - y1) / 2, (y1 + y2) / 2 - rad * (x2 - x1) / 2
        colour = POSITIVE if r.sign == "+" else NEGATIVE
        kind = ax.annotate(f"{r.kind} {r.sign}", (mx, my), fontsize=7, ha="center", va="center", zorder=4,
                           color=colour, fontstyle="italic", bbox=LABEL_BOX)  # fmt: skip
        if not free(kind):
            kind.remove()
    return fig


def _nearest(box: Any, centres: dict[str, tuple[float, float]]) -> str | None:
    """The actor whose disc centre is nearest the box (by the box's nearest point)."""

    def gap(centre: tuple[float, float]) -> float:
        dx = max(box.x0 - centre[0], 0.0, centre[0] - box.x1)
        dy = max(box.y0 - centre[1], 0.0, centre[1] - box.y1)
        return math.hypot(dx, dy)

    return min(centres, key=lambda code: gap(centres[code]), default=None)


def _legend(ax: Any, view: SystemView) -> None:
    """What the lines mean and which actors each bloc colour stands for."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Line2D([0], [0], color=POSITIVE, lw=2.5, ls="-", label="+ alliance, support, cooperation, membership"),
        Line2D([0], [0], color=NEGATIVE, lw=2.5, ls="--", label="- hostility, label, broken tie"),
        Line2D([0], [0], color="#777777", lw=1, ls="-", marker=">", label="arrow: directed (source -> target)"),
        Line2D([0], [0], color="#777777", lw=4, ls="-", label="thicker: heavier (more and more recent evidence)"),
    ]
    names = bloc_names(view)
    blocs = sorted({a.bloc for a in view.actors if a.bloc is not None})
    handles += [Patch(color=bloc_colour(b), label=f"bloc {b}: {names.get(b, '')}") for b in blocs[:10]]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=True,
              title="ties; disc colour = bloc", title_fontsize=8)  # fmt: skip


KINDS_NAMED = 20  # the kind is written on the heaviest ties only: more would cover the picture

LABEL_BOX = {"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8}

# Where an actor's name may go, tried in order: (dx, dy, horizontal and vertical alignment).
NAME_SPOTS = [
    (0.0, -0.035, "center", "top"),
    (0.0, 0.035, "center", "bottom"),
    (0.03, 0.0, "left", "center"),
    (-0.03, 0.0, "right", "center"),
    (0.025, -0.03, "left", "top"),
    (-0.025, -0.03, "right", "top"),
    (0.025, 0.03, "left", "bottom"),
    (-0.025, 0.03, "right", "bottom"),
]


def _curves(
    view: SystemView, pos: dict[str, tuple[float, float]]
) -> list[tuple[tuple[float, float], tuple[float, float], float, Relation]]:
    """Each drawn tie with its curvature: ties between the same two actors fan out instead of overlapping;
    a symmetric kind ("A and B cooperate") is drawn once."""
    by_pair: dict[tuple[str, str], list[Relation]] = {}
    seen: set[tuple] = set()
    for r in view.relations:
        if r.source is None or r.source not in pos or r.target not in pos or r.source == r.target:
            continue
        pair = (min(r.source, r.target), max(r.source, r.target))
        if r.kind in SYMMETRIC_KINDS:
            if (*pair, r.kind) in seen:
                continue
            seen.add((*pair, r.kind))
        by_pair.setdefault(pair, []).append(r)
    out = []
    for pair, rels in by_pair.items():
        for k, r in enumerate(rels):
            rad = (0.08 + 0.18 * (k // 2)) * (1 if k % 2 == 0 else -1)
            if r.source != pair[0]:
                rad = -rad  # arc3 bends relative to the direction drawn: keep one side per pair
            out.append((pos[r.source], pos[r.target], rad, r))
    return out


TIE_SPACING = 16.0
"""Pixels between the ties of one pair of actors drawn side by side: more than a tie's clickable width (14), so that
each of them (A -> B and B -> A, or two kinds of tie) takes its own click."""


def _parallel_shifts(relations: list[Relation], pos: dict[str, tuple[float, float]]) -> dict[int, float]:
    """How far each tie is drawn beside the straight line between its actors: the ties of one pair (either
    direction) spread evenly about that line, each at its own distance, so none lies on top of another and hides it
    from the mouse."""
    by_pair: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(relations):
        if r.source is None or r.source not in pos or r.target not in pos:
            continue
        low, high = sorted((r.source, r.target))
        by_pair.setdefault((low, high), []).append(i)
    shifts: dict[int, float] = {}
    for members in by_pair.values():
        for n, i in enumerate(members):
            shifts[i] = (n - (len(members) - 1) / 2) * TIE_SPACING
    return shifts


def _shifted(
    start: tuple[float, float], end: tuple[float, float], shift: float
) -> tuple[tuple[float, float], tuple[float, float]]:
    """A tie's ends moved ``shift`` pixels along the normal of the line between them, the line taken from its
    upper-left end whichever way the tie points, so that the ties of one pair move along one normal."""
    (x1, y1), (x2, y2) = start, end
    if shift == 0.0:
        return start, end
    a, b = (start, end) if (x1, y1) <= (x2, y2) else (end, start)
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length * shift, dx / length * shift
    return (x1 + nx, y1 + ny), (x2 + nx, y2 + ny)


def to_html(view: SystemView, earlier: list[SystemView] | None = None) -> str:
    """A self-contained page: the signed graph as SVG (bloc colours, sign styles); click a tie for its
    evidence. With ``earlier`` views (oldest first), a time slider moves the graph through their dates to
    ``view``'s; every date keeps one place per actor, so what changes is the ties, not the picture. No script or
    style is fetched from anywhere."""
    frames = [*(earlier or []), view]
    pos = layout(_union(frames))
    width, height, pad = 960, 720, 60

    def xy(code: str) -> tuple[float, float]:
        x, y = pos[code]
        return pad + x * (width - 2 * pad), pad + (1 - y) * (height - 2 * pad)

    groups = []
    for k, frame in enumerate(frames):
        parts = []
        shifts = _parallel_shifts(frame.relations, pos)
        for i, r in enumerate(frame.relations):
            if r.source is None or r.source not in pos:
                continue
            (x1, y1), (x2, y2) = _shifted(xy(r.source), xy(r.target), shifts[i])
            colour = POSITIVE if r.sign == "+" else NEGATIVE
            dash = "" if r.sign == "+" else ' stroke-dasharray="7 5"'
            marker = "" if r.kind in SYMMETRIC_KINDS else f' marker-end="url(#{"pos" if r.sign == "+" else "neg"})"'
            stroke = 1 + min(6.0, 2 * math.log1p(r.weight))
            title = html.escape(f"{r.source} {r.kind} {r.sign} {r.target} (weight {r.weight})")
            ends = f'data-k="{k}" data-i="{i}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"'
            parts.append(
                f'<line class="tie" {ends} stroke="{colour}" stroke-width="{stroke:.1f}"{dash}{marker}>'
                f"<title>{title}</title></line>"
            )
            # a thin dashed tie is hard to hit with a mouse: a wide transparent line over it takes the click
            parts.append(
                f'<line class="hit" {ends} stroke="transparent" stroke-width="14"><title>{title}</title></line>'
            )
        for a in frame.actors:
            if a.code not in pos:
                continue
            x, y = xy(a.code)
            colour = bloc_colour(a.bloc) if a.bloc is not None else "#cccccc"
            parts.append(
                f'<g class="actor"><circle cx="{x:.1f}" cy="{y:.1f}" r="16" fill="{colour}" stroke="#333"/>'
                f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" font-size="10" font-weight="bold">'
                f"{html.escape(a.code)}</text><title>{html.escape(a.name)}</title></g>"
            )
        hidden = "" if k == len(frames) - 1 else ' style="display:none"'
        groups.append(f'<g class="frame" data-k="{k}"{hidden}>\n' + "\n".join(parts) + "\n</g>")

    def embedded(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")

    # the view itself as before (a page's contract: its data is the view as of its date); earlier dates apart
    data = embedded(view.model_dump(mode="json"))
    before = embedded([f.model_dump(mode="json") for f in frames[:-1]])
    last = len(frames) - 1
    slider = (
        f'<p><label>Date: <input id="when" type="range" min="0" max="{last}" value="{last}" step="1"></label> '
        f'<span id="day">{view.as_of}</span></p>'
        if last
        else ""
    )
    empty = (
        ""
        if any(f.actors for f in frames)
        else f'<p id="empty">No relations as of {view.as_of} (window {view.window}): the store has no events or '
        "statements between these actors in the window.</p>"
    )
    return HTML_PAGE.format(
        title=html.escape(f"detente system as of {view.as_of}"),
        width=width,
        height=height,
        svg="\n".join(groups),
        slider=slider,
        empty=empty,
        data=data,
        before=before,
        pos=POSITIVE,
        neg=NEGATIVE,
    )


def _union(frames: list[SystemView]) -> SystemView:
    """One view with every actor and tie of the frames (the latest of each), to lay all of them out at once."""
    actors = {a.code: a for f in frames for a in f.actors}
    relations = {(r.source, r.target, r.kind): r for f in frames for r in f.relations}
    return frames[-1].model_copy(update={"actors": list(actors.values()), "relations": list(relations.values())})


HTML_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: sans-serif; margin: 1em; }}
#graph line.tie {{ cursor: pointer; opacity: .8; }}
#graph line.tie:hover {{ opacity: 1; }}
#graph line.hit {{ cursor: pointer; }}
#evidence {{ max-width: 960px; font-size: 14px; }}
#evidence li {{ margin: .3em 0; }}
</style></head>
<body>
<h1>{title}</h1>
<p>Ties: <span style="color:{pos}">green solid = positive</span>,
<span style="color:{neg}">red dashed = negative</span>; arrows point from source to target; actors are
coloured by bloc. Click a tie to read its evidence.</p>
{slider}
{empty}
<svg id="graph" width="{width}" height="{height}" viewBox="0 0 {width} {height}">
<defs>
<marker id="pos" viewBox="0 0 10 10" refX="26" refY="5" markerWidth="6" markerHeight="6" orient="auto">
<path d="M0,0 L10,5 L0,10 z" fill="{pos}"/></marker>
<marker id="neg" viewBox="0 0 10 10" refX="26" refY="5" markerWidth="6" markerHeight="6" orient="auto">
<path d="M0,0 L10,5 L0,10 z" fill="{neg}"/></marker>
</defs>
{svg}
</svg>
<div id="evidence"><p>No tie selected.</p></div>
<script id="system-data" type="application/json">{data}</script>
<script id="system-before" type="application/json">{before}</script>
<script>
const FRAMES = [...JSON.parse(document.getElementById("system-before").textContent),
  JSON.parse(document.getElementById("system-data").textContent)];
function show(k, i) {{
  const r = FRAMES[k].relations[i];
  const box = document.getElementById("evidence");
  box.innerHTML = "";
  const h = document.createElement("h2");
  h.textContent = `${{r.source}} ${{r.kind}} ${{r.sign}} ${{r.target}}: weight ${{r.weight}}, ` +
    `${{r.events}} events, ${{r.statives}} statives, ${{r.first_seen}} to ${{r.last_seen}}`;
  box.appendChild(h);
  const ul = document.createElement("ul");
  for (const e of r.evidence) {{
    const li = document.createElement("li");
    li.textContent = `${{e.date}} [${{e.origin}} ${{e.rule}}] ${{e.sentence}}`;
    ul.appendChild(li);
  }}
  box.appendChild(ul);
}}
for (const line of document.querySelectorAll("line.tie, line.hit")) {{
  line.addEventListener("click", () => show(Number(line.dataset.k), Number(line.dataset.i)));
}}
const when = document.getElementById("when");
if (when) {{
  when.addEventListener("input", () => {{
    const k = Number(when.value);
    for (const g of document.querySelectorAll("g.frame")) {{
      g.style.display = Number(g.dataset.k) === k ? "" : "none";
    }}
    document.getElementById("day").textContent = FRAMES[k].as_of;
    document.title = `detente system as of ${{FRAMES[k].as_of}}`;
    document.querySelector("h1").textContent = document.title;
    document.getElementById("evidence").innerHTML = "<p>No tie selected.</p>";
  }});
}}
</script>
</body></html>
"""
