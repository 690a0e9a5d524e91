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

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import networkx as nx
import numpy as np

from detente.query.filters import EventFilter
from detente.query.graphfiles import write_gexf, write_graphml, write_json
from detente.query.rowtext import DAY, as_array, python_values
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
       round(goldstein_mean, 6) AS goldstein_mean, first_date, last_date
FROM ({edges}) WHERE events >= ?
"""
"""The edges in no particular order: they are sorted by source and target code in numpy, on integer positions."""


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


@dataclass(eq=False)
class ActorNetwork:
    """The graph as columns: ``nodes[key]`` lists aligned with ``codes``; each edge as the positions of its source
    and target in ``codes`` (``source_index``, ``target_index``) with ``edge_columns[key]`` arrays aligned with them.

    ``sources``, ``targets`` and ``edges`` (lists, as networkx and JSON want them) are made from the arrays when first
    asked for: writing a file does not need them, so a million-event graph is not turned into millions of Python
    objects on the way to disk.
    """

    codes: list[str]
    nodes: dict[str, list[Any]]
    source_index: np.ndarray
    target_index: np.ndarray
    edge_columns: dict[str, np.ndarray]
    meta: dict[str, Any]

    @classmethod
    def from_lists(
        cls,
        codes: list[str],
        nodes: dict[str, list[Any]],
        sources: list[str],
        targets: list[str],
        edges: dict[str, list[Any]],
        meta: dict[str, Any],
    ) -> ActorNetwork:
        """A network from edge lists (source and target codes, one list of values per edge attribute)."""
        position = {c: i for i, c in enumerate(codes)}
        return cls(
            codes=codes,
            nodes=nodes,
            source_index=np.array([position[u] for u in sources], dtype=np.int64),
            target_index=np.array([position[v] for v in targets], dtype=np.int64),
            edge_columns={k: as_array(v) for k, v in edges.items()},
            meta=meta,
        )

    @property
    def n_nodes(self) -> int:
        return len(self.codes)

    @property
    def n_edges(self) -> int:
        return len(self.source_index)

    @cached_property
    def sources(self) -> list[str]:
        return [self.codes[i] for i in self.source_index.tolist()]

    @cached_property
    def targets(self) -> list[str]:
        return [self.codes[i] for i in self.target_index.tolist()]

    @cached_property
    def edges(self) -> dict[str, list[Any]]:
        """Edge attributes as lists of plain Python values (None where missing)."""
        return {k: python_values(v) for k, v in self.edge_columns.items()}

    def node(self, code: str) -> dict[str, Any]:
        i = self.codes.index(code)
        return {k: v[i] for k, v in self.nodes.items()}

    def keep(self, max_nodes: int) -> ActorNetwork:
        """Only the ``max_nodes`` actors with the most events (ties by code) and the edges among them."""
        if self.n_nodes <= max_nodes:
            return self
        order = sorted(range(self.n_nodes), key=lambda i: (-self.nodes["events"][i], self.codes[i]))[:max_nodes]
        order.sort()
        position = np.full(self.n_nodes, -1, dtype=np.int64)
        position[order] = np.arange(len(order))
        src, tgt = position[self.source_index], position[self.target_index]
        pick = (src >= 0) & (tgt >= 0)
        return ActorNetwork(
            codes=[self.codes[i] for i in order],
            nodes={k: [v[i] for i in order] for k, v in self.nodes.items()},
            source_index=src[pick],
            target_index=tgt[pick],
            edge_columns={k: v[pick] for k, v in self.edge_columns.items()},
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
            write_json(self, out)
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
        src, tgt = edge_cols.pop("source_code").tolist(), edge_cols.pop("target_code").tolist()
        m = len(src)
        code_list = sorted(set(src).union(tgt))  # a few thousand actors: a dict maps the codes faster than np.unique
        position = {c: i for i, c in enumerate(code_list)}
        s_idx = np.fromiter(map(position.__getitem__, src), dtype=np.int64, count=m)
        t_idx = np.fromiter(map(position.__getitem__, tgt), dtype=np.int64, count=m)
        order = np.lexsort((t_idx, s_idx))  # by source code, then target code, as the codes are sorted
        s_idx, t_idx = s_idx[order], t_idx[order]
        edge_cols = {k: v[order] for k, v in edge_cols.items()}
        for k in ("first_date", "last_date"):  # dates as days: ISO strings to Python (rowtext.DAY), no objects here
            edge_cols[k] = edge_cols[k].astype(DAY)
        actors = {
            r[0]: r[1:]
            for r in con.execute(
                "SELECT code, name, country, role FROM actors WHERE code IN (SELECT unnest(?::VARCHAR[]))", [code_list]
            ).fetchall()
        }
    n = len(code_list)

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
        source_index=s_idx,
        target_index=t_idx,
        edge_columns={k: edge_cols[k] for k in EDGE_KEYS},
        meta={"filter": flt.describe(), "min_events": int(min_events)},
    )
    if betweenness:
        k = None if n <= BETWEENNESS_SAMPLE else BETWEENNESS_SAMPLE
        between = nx.betweenness_centrality(net.to_networkx(), k=k, seed=0)
        net.nodes["betweenness"] = [round(between[c], 6) for c in code_list]
    if max_nodes is not None:
        net = net.keep(max_nodes)
    return net


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
    return ActorNetwork.from_lists(
        codes=codes,
        nodes={k: [graph.nodes[n].get(k) for n in graph.nodes] for k in nkeys},
        sources=[str(u) for u, _, _ in pairs],
        targets=[str(v) for _, v, _ in pairs],
        edges={k: [a.get(k) for _, _, a in pairs] for k in ekeys},
        meta={k: v for k, v in graph.graph.items() if isinstance(v, str | int | float)},
    )
