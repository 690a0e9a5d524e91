"""The actor network: who acts on whom, how often, how cooperatively, and who is central.

Edges are directed (source acts on target) and carry cooperation and conflict weights:
event counts by QuadClass and the Goldstein score summed on each side of zero. Nodes carry
their names, event counts and centralities, so the graph opens in Gephi (GEXF), yEd/igraph
(GraphML) or a browser (JSON) with nothing left to compute.

A million events make a graph of a few thousand actors and a few hundred thousand edges, so
the graph is kept as columns (DuckDB aggregates, numpy counts, scipy's sparse PageRank) and
written straight to files; :meth:`ActorNetwork.to_networkx` builds a networkx graph for
analysis in Python.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import networkx as nx
import numpy as np

from detente.query.filters import EventFilter
from detente.query.graphfiles import write_gexf, write_graphml
from detente.query.source import Source, connection
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
NODE_KEYS: tuple[str, ...] = (
    "name",
    "country",
    "role",
    "events",
    "out_events",
    "in_events",
    "cooperation",
    "conflict",
    "degree_centrality",
    "pagerank",
)

BETWEENNESS_SAMPLE = 200
"""Betweenness is exact for graphs up to this many actors and estimated from this many sources above it."""

_EDGES_SQL = """
SELECT source_code, target_code, events, cooperation, conflict, verbal_cooperation, material_cooperation,
       verbal_conflict, material_conflict, round(cooperation_goldstein, 6) AS cooperation_goldstein,
       round(conflict_goldstein, 6) AS conflict_goldstein, round(goldstein_sum, 6) AS goldstein_sum,
       round(goldstein_mean, 6) AS goldstein_mean, CAST(first_date AS VARCHAR) AS first_date,
       CAST(last_date AS VARCHAR) AS last_date
FROM ({edges}) WHERE events >= ? ORDER BY source_code, target_code
"""


def pagerank(sources: np.ndarray, targets: np.ndarray, weights: np.ndarray, n: int, alpha: float = 0.85) -> np.ndarray:
    """PageRank of a weighted directed graph given as index arrays, as networkx computes it (same damping,
    tolerance and treatment of actors with no outgoing edge), on a scipy sparse matrix."""
    import scipy.sparse as sp

    if n == 0:
        return np.zeros(0)
    matrix = sp.csr_array((weights.astype(float), (sources, targets)), shape=(n, n))
    out = np.asarray(matrix.sum(axis=1)).ravel()
    scale = np.divide(1.0, out, out=np.zeros(n), where=out != 0)
    matrix = sp.diags_array(scale, format="csr") @ matrix
    x = np.full(n, 1.0 / n)
    p = np.full(n, 1.0 / n)
    dangling = out == 0
    for _ in range(100):
        last = x
        x = alpha * (x @ matrix + x[dangling].sum() * p) + (1 - alpha) * p
        if np.abs(x - last).sum() < n * 1.0e-6:
            break
    return x


@dataclass
class ActorNetwork:
    """The graph as columns: ``nodes[key]`` and ``edges[key]`` are lists aligned with ``codes`` and the edge pairs."""

    codes: list[str]
    nodes: dict[str, list[Any]]
    sources: list[str]
    targets: list[str]
    edges: dict[str, list[Any]]
    meta: dict[str, Any]

    @property
    def n_nodes(self) -> int:
        return len(self.codes)

    @property
    def n_edges(self) -> int:
        return len(self.sources)

    def node(self, code: str) -> dict[str, Any]:
        i = self.codes.index(code)
        return {k: v[i] for k, v in self.nodes.items()}

    def keep(self, max_nodes: int) -> ActorNetwork:
        """Only the ``max_nodes`` actors with the most events (ties by code) and the edges among them."""
        if self.n_nodes <= max_nodes:
            return self
        order = sorted(range(self.n_nodes), key=lambda i: (-self.nodes["events"][i], self.codes[i]))[:max_nodes]
        order.sort()
        kept = {self.codes[i] for i in order}
        pick = [j for j in range(self.n_edges) if self.sources[j] in kept and self.targets[j] in kept]
        return ActorNetwork(
            codes=[self.codes[i] for i in order],
            nodes={k: [v[i] for i in order] for k, v in self.nodes.items()},
            sources=[self.sources[j] for j in pick],
            targets=[self.targets[j] for j in pick],
            edges={k: [v[j] for j in pick] for k, v in self.edges.items()},
            meta=dict(self.meta),
        )

    def to_networkx(self) -> nx.DiGraph:
        graph = nx.DiGraph(**self.meta)
        keys = list(self.nodes)
        graph.add_nodes_from(
            (code, {k: v for k, v in zip(keys, values, strict=True) if v is not None})
            for code, *values in zip(self.codes, *self.nodes.values(), strict=True)
        )
        ekeys = list(self.edges)
        graph.add_edges_from(
            (u, v, dict(zip(ekeys, values, strict=True)))
            for u, v, *values in zip(self.sources, self.targets, *self.edges.values(), strict=True)
        )
        return graph

    def to_json(self) -> dict[str, Any]:
        """Node-link JSON (``nodes`` with ``id``, ``links`` with ``source``, ``target``), as d3 and networkx read it."""
        nkeys, ekeys = list(self.nodes), list(self.edges)
        return {
            "directed": True,
            "multigraph": False,
            "graph": self.meta,
            "nodes": [
                {"id": code, **dict(zip(nkeys, values, strict=True))}
                for code, *values in zip(self.codes, *self.nodes.values(), strict=True)
            ],
            "links": [
                {"source": u, "target": v, **dict(zip(ekeys, values, strict=True))}
                for u, v, *values in zip(self.sources, self.targets, *self.edges.values(), strict=True)
            ],
        }

    def write(self, path: str | Path, fmt: GraphFormat) -> Path:
        """Write the graph as GraphML, GEXF or node-link JSON."""
        out = Path(path)
        if fmt == "json":
            out.write_text(json.dumps(self.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
        elif fmt == "graphml":
            write_graphml(self, out)
        elif fmt == "gexf":
            write_gexf(self, out)
        else:
            raise ValueError(f"unknown graph format {fmt!r}; use one of {', '.join(GRAPH_FORMATS)}")
        return out


def actor_network(
    source: Source,
    filters: EventFilter | None = None,
    *,
    min_events: int = 1,
    max_nodes: int | None = None,
    betweenness: bool = False,
) -> ActorNetwork:
    """The directed actor graph of the filtered events: edges with at least ``min_events`` events.

    Node columns: ``name``, ``country``, ``role``, event counts (``events``, ``out_events``, ``in_events``,
    ``cooperation``, ``conflict``) and centralities: ``degree_centrality`` (in + out degree over n - 1, as networkx
    counts it), ``pagerank`` (weighted by events) and, when asked, ``betweenness`` (exact up to 200 actors, estimated
    from 200 sampled sources above; it is the slow one). Edge columns: :data:`EDGE_KEYS`. Centralities are computed on
    the whole graph; ``max_nodes`` then keeps the actors with the most events, so a drawing stays readable.
    """
    flt = filters or EventFilter()
    where, params = flt.where()
    with connection(source) as con:
        cols = con.execute(_EDGES_SQL.format(edges=EDGES_SELECT.format(where=where)), [*params, int(min_events)])
        edge_cols = cols.fetchnumpy()
        src, tgt = edge_cols.pop("source_code"), edge_cols.pop("target_code")
        m = len(src)
        codes, index = np.unique(np.concatenate([src, tgt]).astype(str), return_inverse=True) if m else ([], [])
        code_list = [str(c) for c in codes]
        actors = {
            r[0]: r[1:]
            for r in con.execute(
                "SELECT code, name, country, role FROM actors WHERE code IN (SELECT unnest(?::VARCHAR[]))", [code_list]
            ).fetchall()
        }
    n = len(code_list)
    s_idx, t_idx = (np.asarray(index[:m]), np.asarray(index[m:])) if m else (np.zeros(0, int), np.zeros(0, int))

    def both(weights: np.ndarray | None) -> np.ndarray:
        return np.bincount(s_idx, weights=weights, minlength=n) + np.bincount(t_idx, weights=weights, minlength=n)

    events = edge_cols["events"].astype(float) if m else np.zeros(0)
    out_events = np.bincount(s_idx, weights=events, minlength=n)
    in_events = np.bincount(t_idx, weights=events, minlength=n)
    degree = both(None) / (n - 1) if n > 1 else np.zeros(n)
    rank = pagerank(s_idx, t_idx, events, n)
    names = [actors.get(c, (None, None, None)) for c in code_list]
    nodes: dict[str, list[Any]] = {
        "name": [nm[0] or c for nm, c in zip(names, code_list, strict=True)],
        "country": [nm[1] for nm in names],
        "role": [nm[2] for nm in names],
        "events": (out_events + in_events).astype(int).tolist(),
        "out_events": out_events.astype(int).tolist(),
        "in_events": in_events.astype(int).tolist(),
        "cooperation": both(edge_cols["cooperation"].astype(float) if m else None).astype(int).tolist(),
        "conflict": both(edge_cols["conflict"].astype(float) if m else None).astype(int).tolist(),
        "degree_centrality": np.round(degree, 6).tolist(),
        "pagerank": np.round(rank, 6).tolist(),
    }
    net = ActorNetwork(
        codes=code_list,
        nodes=nodes,
        sources=[str(s) for s in src],
        targets=[str(t) for t in tgt],
        edges={k: _column(edge_cols[k]) for k in EDGE_KEYS},
        meta={"filter": flt.describe(), "min_events": int(min_events)},
    )
    if betweenness:
        k = None if n <= BETWEENNESS_SAMPLE else BETWEENNESS_SAMPLE
        between = nx.betweenness_centrality(net.to_networkx(), k=k, seed=0)
        net.nodes["betweenness"] = [round(between[c], 6) for c in code_list]
    if max_nodes is not None:
        net = net.keep(max_nodes)
    return net


def _column(values: np.ndarray) -> list[Any]:
    """A fetched column as plain Python values (masked entries, i.e. NULLs, as None)."""
    if np.ma.isMaskedArray(values):
        return [
            None if masked else v for v, masked in zip(values.data.tolist(), np.ma.getmaskarray(values), strict=True)
        ]
    return values.tolist()


def network(
    source: Source,
    filters: EventFilter | None = None,
    *,
    min_events: int = 1,
    max_nodes: int | None = None,
    betweenness: bool = False,
) -> nx.DiGraph:
    """:func:`actor_network` as a networkx ``DiGraph`` (node and edge attributes as described there)."""
    return actor_network(
        source, filters, min_events=min_events, max_nodes=max_nodes, betweenness=betweenness
    ).to_networkx()


def graph_json(graph: nx.DiGraph | ActorNetwork) -> dict[str, Any]:
    """Node-link JSON (``nodes``, ``links``) as d3 and networkx read it."""
    if isinstance(graph, ActorNetwork):
        return graph.to_json()
    return nx.node_link_data(graph, edges="links")


def write_graph(graph: nx.DiGraph | ActorNetwork, path: str | Path, fmt: GraphFormat) -> Path:
    """Write a network (or any networkx DiGraph) as GraphML, GEXF or node-link JSON."""
    net = graph if isinstance(graph, ActorNetwork) else from_networkx(graph)
    return net.write(path, fmt)


def from_networkx(graph: nx.DiGraph) -> ActorNetwork:
    """Columns of a networkx graph (attributes a node or edge lacks are None), for the writers."""
    codes = [str(n) for n in graph.nodes]
    nkeys = list(dict.fromkeys(k for _, a in graph.nodes(data=True) for k in a))
    ekeys = list(dict.fromkeys(k for _, _, a in graph.edges(data=True) for k in a))
    pairs = list(graph.edges(data=True))
    return ActorNetwork(
        codes=codes,
        nodes={k: [graph.nodes[n].get(k) for n in graph.nodes] for k in nkeys},
        sources=[str(u) for u, _, _ in pairs],
        targets=[str(v) for _, v, _ in pairs],
        edges={k: [a.get(k) for _, _, a in pairs] for k in ekeys},
        meta={k: v for k, v in graph.graph.items() if isinstance(v, str | int | float)},
    )
