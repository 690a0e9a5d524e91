"""The actor network: who acts on whom, how often, how cooperatively, and who is central.

Edges are directed (source acts on target) and carry cooperation and conflict weights:
event counts by QuadClass and the Goldstein score summed on each side of zero. Nodes carry
their names and centralities, so the graph opens in Gephi (GEXF), yEd/igraph (GraphML) or
a browser (JSON) with nothing left to compute.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from detente.query.filters import EventFilter
from detente.query.graphfiles import write_gexf, write_graphml
from detente.query.source import Source, connection, iso
from detente.store.views import EDGES_SELECT

GraphFormat = Literal["graphml", "gexf", "json"]
GRAPH_FORMATS: tuple[str, ...] = ("graphml", "gexf", "json")

EDGE_KEYS: tuple[str, ...] = (
    "events",
    "cooperation",
    "conflict",
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
    "cooperation_goldstein",
    "conflict_goldstein",
    "goldstein_sum",
    "goldstein_mean",
    "first_date",
    "last_date",
)

BETWEENNESS_SAMPLE = 200
"""Betweenness is exact for graphs up to this many actors and estimated from this many sources above it."""


def _edges(con: Any, flt: EventFilter, min_events: int) -> list[dict[str, Any]]:
    where, params = flt.where()
    sql = f"SELECT * FROM ({EDGES_SELECT.format(where=where)}) WHERE events >= ? ORDER BY events DESC, 1, 2"
    cur = con.execute(sql, [*params, int(min_events)])
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    for row in rows:  # only the two date columns need turning into strings
        row["first_date"], row["last_date"] = iso(row["first_date"]), iso(row["last_date"])
    return rows


def _add_centrality(graph: nx.DiGraph, *, betweenness: bool) -> None:
    """Event counts per actor (from the edges, one pass) and its centralities."""
    n = graph.number_of_nodes()
    if n == 0:
        return
    totals = {node: dict.fromkeys(("out_events", "in_events", "cooperation", "conflict"), 0) for node in graph}
    neighbours: dict[str, set[str]] = {node: set() for node in graph}
    for u, v, e in graph.edges(data=True):
        totals[u]["out_events"] += e["events"]
        totals[v]["in_events"] += e["events"]
        for side in (u, v):
            totals[side]["cooperation"] += e["cooperation"]
            totals[side]["conflict"] += e["conflict"]
        neighbours[u].add(v)
        neighbours[v].add(u)
    pagerank = nx.pagerank(graph, weight="events") if graph.number_of_edges() else dict.fromkeys(graph, 1.0 / n)
    between = {}
    if betweenness:
        k = None if n <= BETWEENNESS_SAMPLE else BETWEENNESS_SAMPLE
        between = nx.betweenness_centrality(graph, k=k, seed=0)
    for node, attrs in graph.nodes(data=True):
        t = totals[node]
        attrs.update(t, events=t["out_events"] + t["in_events"])
        attrs["degree_centrality"] = round(len(neighbours[node] - {node}) / (n - 1), 6) if n > 1 else 0.0
        attrs["pagerank"] = round(pagerank[node], 6)
        if betweenness:
            attrs["betweenness"] = round(between[node], 6)


def network(
    source: Source,
    filters: EventFilter | None = None,
    *,
    min_events: int = 1,
    max_nodes: int | None = None,
    betweenness: bool = False,
) -> nx.DiGraph:
    """The directed actor graph of the filtered events: edges with at least ``min_events`` events.

    Node attributes: ``name``, ``country``, ``role``, event counts (``events``, ``out_events``, ``in_events``,
    ``cooperation``, ``conflict``) and centralities: ``degree_centrality``, ``pagerank`` (weighted by events) and,
    when asked, ``betweenness`` (exact up to 200 actors, estimated from 200 sampled sources above; it is the slow
    one). Edge attributes: :data:`EDGE_KEYS`. Centralities are computed on the whole graph; ``max_nodes`` then
    keeps the actors with the most events, so a drawing stays readable.
    """
    flt = filters or EventFilter()
    with connection(source) as con:
        edges = _edges(con, flt, min_events)
        codes = sorted({e["source_code"] for e in edges} | {e["target_code"] for e in edges})
        actors = {
            r[0]: r[1:]
            for r in con.execute(
                "SELECT code, name, country, role FROM actors WHERE code IN (SELECT unnest(?::VARCHAR[]))", [codes]
            ).fetchall()
        }
    graph = nx.DiGraph(filter=flt.describe(), min_events=int(min_events))
    for code in codes:
        name, country, role = actors.get(code, (None, None, None))
        graph.add_node(code, name=name or code, country=country, role=role)
    graph.add_edges_from((e["source_code"], e["target_code"], {k: e[k] for k in EDGE_KEYS}) for e in edges)
    _add_centrality(graph, betweenness=betweenness)
    if max_nodes is not None and graph.number_of_nodes() > max_nodes:
        keep = sorted(graph.nodes, key=lambda c: (-graph.nodes[c]["events"], c))[:max_nodes]
        graph = graph.subgraph(keep).copy()
    return graph


def graph_json(graph: nx.DiGraph) -> dict[str, Any]:
    """Node-link JSON (``nodes``, ``links``) as d3 and networkx read it."""
    data = nx.node_link_data(graph, edges="links")
    for item in (*data["nodes"], *data["links"]):
        for k, v in list(item.items()):
            if isinstance(v, float) and math.isnan(v):
                item[k] = None
    return data


def write_graph(graph: nx.DiGraph, path: str | Path, fmt: GraphFormat) -> Path:
    """Write the graph as GraphML, GEXF or node-link JSON."""
    out = Path(path)
    if fmt == "json":
        out.write_text(json.dumps(graph_json(graph), ensure_ascii=False) + "\n", encoding="utf-8")
    elif fmt == "graphml":
        write_graphml(graph, out)
    elif fmt == "gexf":
        write_gexf(graph, out)
    else:
        raise ValueError(f"unknown graph format {fmt!r}; use one of {', '.join(GRAPH_FORMATS)}")
    return out
