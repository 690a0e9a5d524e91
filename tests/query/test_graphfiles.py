"""The network files as DuckDB formats them: what networkx reads back is the graph that was written.

The rows of GraphML, GEXF and JSON are built by SQL over numpy columns (detente.query.rowtext); these tests hold
that text to Python's own formatting (``repr``, ``str``, ``json.dumps``) and the files to a networkx round trip, on
values chosen to break a formatter: markup and quotes in strings, white space, big and tiny floats, negative zero,
integers beyond 64 bits, booleans, missing values and NULLs as DuckDB hands them over.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pytest

from detente import query
from detente.query import rowtext
from detente.query.network import ActorNetwork, from_networkx

FLOATS = [0.1 + 0.2, 1e-05, 1e-07, 1e16, 1e22, 123456789.123, -0.0, 5e-324, 1.7976931348623157e308, 2.5, -3.135313]


def tricky_graph() -> nx.DiGraph:
    g = nx.DiGraph(filter="actor=X & <Y>", min_events=1)
    names = ['Tom & "Jerry" <co>', "l'Alliance", "Zürich – 東京", "tab\there", "two\nlines", "cr\rhere", "plain"]
    for i, name in enumerate(names):
        attrs: dict[str, Any] = {"name": name, "events": i * 1000, "score": FLOATS[i], "flag": i % 2 == 0}
        if i != 3:
            attrs["country"] = "ABC" if i % 2 else "D&E"
        if i == 4:
            attrs["huge"] = 2**70
        g.add_node(f"N{i}" if i != 5 else "quote\"'id", **attrs)
    nodes = list(g.nodes)
    for j, (u, v) in enumerate(zip(nodes, nodes[1:] + nodes[:1], strict=True)):
        edge: dict[str, Any] = {"events": j + 1, "goldstein_sum": FLOATS[-1 - j], "first_date": f"2024-01-0{j + 1}"}
        if j % 3:
            edge["note"] = names[j]
        edge["mixed"] = j if j % 2 else j + 0.5  # ints and floats in one column: written as doubles
        g.add_edge(u, v, **edge)
    return g


def expected(attrs: dict[str, Any], widen: tuple[str, ...] = ("mixed",)) -> dict[str, Any]:
    return {k: float(v) if k in widen else v for k, v in attrs.items() if v is not None}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_files_read_back_as_the_graph_written(tmp_path: Path, fmt: str) -> None:
    g = tricky_graph()
    path = query.write_graph(g, tmp_path / f"g.{fmt}", fmt)  # type: ignore[arg-type]
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert list(back.nodes) == list(g.nodes)
    for n, attrs in g.nodes(data=True):
        got = {k: v for k, v in back.nodes[n].items() if k != "label"}
        assert got == expected(attrs), n
    assert list(back.edges) == list(g.edges)
    for u, v, attrs in g.edges(data=True):
        got = {k: x for k, x in back.edges[u, v].items() if k not in ("id", "weight")}
        assert got == expected(attrs), (u, v)
        if fmt == "gexf":
            assert back.edges[u, v]["weight"] == attrs["events"]
    assert int(back.nodes["N4"]["huge"]) == 2**70


def test_json_file_is_json_dumps_of_the_node_link_data(tmp_path: Path) -> None:
    net = from_networkx(tricky_graph())
    path = net.write(tmp_path / "g.json", "json")
    assert path.read_text(encoding="utf-8") == json.dumps(net.to_json(), ensure_ascii=False) + "\n"
    back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
    assert back.nodes["N0"]["name"] == 'Tom & "Jerry" <co>' and back.nodes["N3"]["country"] is None


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_rows_keep_their_order_across_chunks(tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    net = from_networkx(tricky_graph())
    whole = net.write(tmp_path / f"whole.{fmt}", fmt).read_bytes()  # type: ignore[arg-type]
    monkeypatch.setattr(rowtext, "CHUNK", 2)
    assert net.write(tmp_path / f"chunked.{fmt}", fmt).read_bytes() == whole  # type: ignore[arg-type]


def test_nulls_from_duckdb_are_left_out_of_xml_and_null_in_json(tmp_path: Path) -> None:
    """fetchnumpy hands NULLs over as masked entries; an object column may hold None."""
    net = ActorNetwork(
        codes=["A", "B"],
        nodes={"name": ["Alpha", "Beta"], "events": [2, 1]},
        source_index=np.array([0, 1]),
        target_index=np.array([1, 0]),
        edge_columns={
            "events": np.ma.masked_array([2, 1], mask=[False, True]),
            "goldstein_mean": np.ma.masked_array([1.5, 0.0], mask=[True, False]),
            "first_date": np.array(["2024-01-01", None], dtype=object),
            "last_date": np.array(["2024-02-01", "NaT"], dtype="datetime64[D]"),  # dates as actor_network keeps them
        },
        meta={},
    )
    back = nx.read_graphml(net.write(tmp_path / "n.graphml", "graphml"))
    assert back.edges["A", "B"] == {"events": 2, "first_date": "2024-01-01", "last_date": "2024-02-01"}
    assert back.edges["B", "A"] == {"goldstein_mean": 0.0}
    gexf = nx.read_gexf(net.write(tmp_path / "n.gexf", "gexf"))
    assert gexf.edges["A", "B"]["events"] == 2 and "events" not in gexf.edges["B", "A"]
    links = json.loads(net.write(tmp_path / "n.json", "json").read_text())["links"]
    assert links[1] == {
        "source": "B",
        "target": "A",
        "events": None,
        "goldstein_mean": 0.0,
        "first_date": None,
        "last_date": None,
    }
    assert links[0]["last_date"] == "2024-02-01"
    assert net.edges["events"] == [2, None] and net.edges["last_date"] == ["2024-02-01", None]
    assert net.sources == ["A", "B"]


def test_duckdb_formats_numbers_as_python_does() -> None:
    """The whole speed-up rests on this: DuckDB's text of an integer is ``str``, of a double ``repr``."""
    rng = random.Random(7)
    floats = (
        FLOATS + [rng.uniform(-1e6, 1e6) for _ in range(2000)] + [round(rng.uniform(-100, 100), 6) for _ in range(2000)]
    )
    floats += [rng.random() * 10.0 ** rng.randint(-30, 30) for _ in range(2000)]
    ints = [0, -1, 2**63 - 1, -(2**63)] + [rng.randint(-(10**12), 10**12) for _ in range(2000)]
    for values, kind in ((np.array(floats), "double"), (np.array(ints, dtype=np.int64), "long")):
        for mode, python in (("xml", lambda v, k=kind: rowtext.xml_text(v, k)), ("json", rowtext.json_text)):
            rows = rowtext.RowText(len(values), mode)  # type: ignore[arg-type]
            rows.cell(values, "", "", kind)
            assert rows.columns, "formatted by DuckDB, not in Python"
            text = [t for chunk in rows.rows() for t in chunk]
            assert text == [python(v) for v in values.tolist()]


def test_non_finite_floats_are_written_as_python_writes_them(tmp_path: Path) -> None:
    g = nx.DiGraph()
    g.add_node("A", x=float("nan"))
    g.add_node("B", x=float("inf"))
    g.add_node("C", x=-float("inf"))
    g.add_edge("A", "B", w=float("nan"))
    net = from_networkx(g)
    path = net.write(tmp_path / "n.json", "json")
    assert path.read_text() == json.dumps(net.to_json(), ensure_ascii=False) + "\n"
    back = nx.read_graphml(net.write(tmp_path / "n.graphml", "graphml"))
    assert np.isnan(back.nodes["A"]["x"]) and back.nodes["C"]["x"] == -float("inf")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_list_attributes_are_written_as_their_text(tmp_path: Path, fmt: str) -> None:
    """networkx's own GraphML writer refuses lists; ours writes their text rather than stopping the export."""
    graph = nx.DiGraph()
    graph.add_node("IRN", sides=["a", "b"], name="Iran")
    graph.add_node("TUR", sides=["c"], name="Turkey")
    graph.add_edge("IRN", "TUR", events=2)
    path = query.write_graph(graph, tmp_path / f"g.{fmt}", fmt)  # type: ignore[arg-type]
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert back.nodes["IRN"]["sides"] == "['a', 'b']" and back.nodes["TUR"]["sides"] == "['c']"
    assert back.nodes["IRN"]["name"] == "Iran"
