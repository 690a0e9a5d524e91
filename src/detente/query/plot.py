"""Draw a dyad series to a PNG (or SVG/PDF) with matplotlib, without a display."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from detente.query.dyad import QUADS

QUAD_COLOURS = ("#4c9a2a", "#1f6f8b", "#e0a030", "#c0392b")
QUAD_LABELS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


def plot_dyad(series: dict[str, Any], path: str | Path) -> Path:
    """Three panels sharing the time axis: events per period in each direction, mean Goldstein in each direction,
    and the QuadClass mix of both directions together. The file type follows the suffix (``.png``, ``.svg``, ...).
    """
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    periods = [dt.date.fromisoformat(p["period"]) for p in series["periods"]]
    fig, (ax_n, ax_g, ax_q) = plt.subplots(3, 1, figsize=(10, 8), sharex=True, constrained_layout=True)
    fig.suptitle(f"{series['a']} and {series['b']}, events per {series['by']}")
    for d, style in (("ab", "-"), ("ba", "--")):
        label = series["directions"][d]
        ax_n.plot(periods, [p[d]["events"] for p in series["periods"]], style, marker=".", label=label)
        means = [p[d]["goldstein_mean"] for p in series["periods"]]
        ax_g.plot(periods, [m if m is not None else float("nan") for m in means], style, marker=".", label=label)
    ax_n.set_ylabel("events")
    ax_n.legend(loc="upper left")
    ax_g.axhline(0, color="grey", linewidth=0.8)
    ax_g.set_ylabel("mean Goldstein")
    ax_g.set_ylim(-10.5, 10.5)
    bottom = [0] * len(periods)
    for quad, colour, label in zip(QUADS, QUAD_COLOURS, QUAD_LABELS, strict=True):
        values = [p["ab"][quad] + p["ba"][quad] for p in series["periods"]]
        ax_q.bar(
            periods, values, bottom=bottom, color=colour, label=label, width=_bar_width(series["by"]), align="edge"
        )
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax_q.set_ylabel("events by QuadClass")
    ax_q.legend(loc="upper left", fontsize="small")
    out = Path(path)
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def _bar_width(by: str) -> float:
    return {"day": 0.8, "week": 5.0, "month": 25.0, "year": 300.0}.get(by, 5.0)
