"""GraphML, GEXF and node-link JSON files of the actor network, row by row from its columns.

networkx's writers build an XML tree of the whole graph first (seconds for a graph of a
million events), and formatting three million attribute values in Python still took
seconds; here every node and edge element is one row of :class:`~detente.query.rowtext.RowText`
(DuckDB formats the numbers, Python only what DuckDB cannot format the same way), written
in chunks as it comes. networkx, Gephi, igraph and yEd read the files back with the same
attributes; the JSON file is byte for byte ``json.dumps`` of :meth:`ActorNetwork.to_json`.
Every text value is escaped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import quoteattr

import numpy as np

from detente.query.rowtext import RowText, as_array, json_text, python_values

if TYPE_CHECKING:
    from detente.query.network import ActorNetwork

GEXF_TYPES = {"long": "long", "double": "double", "boolean": "boolean", "string": "string"}


KNOWN_KINDS: dict[str, str] = {
    **dict.fromkeys(("name", "country", "role", "first_date", "last_date"), "string"),
    **dict.fromkeys(("events", "out_events", "in_events", "cooperation", "conflict"), "long"),
    **dict.fromkeys(("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"), "long"),
    **dict.fromkeys(("degree_centrality", "pagerank", "betweenness", "goldstein_sum", "goldstein_mean"), "double"),
    **dict.fromkeys(("cooperation_goldstein", "conflict_goldstein"), "double"),
}
"""The XML types of the network's own columns; other columns (from any networkx graph) are typed by their values."""


def _kind(name: str, values: np.ndarray) -> str:
    """The XML type of a column: the widest of its values' types (boolean < long < double < string)."""
    if name in KNOWN_KINDS:
        return KNOWN_KINDS[name]
    dtype = np.ma.getdata(values).dtype
    if dtype.kind in "iub":
        return {"i": "long", "u": "long", "b": "boolean"}[dtype.kind]
    if dtype.kind == "f":
        return "double"
    if dtype.kind == "M":  # dates and times, written as ISO text
        return "string"
    types = {type(v) for v in python_values(values)} - {type(None)} if dtype.kind == "O" else {str}
    if not types or types - {bool, int, float}:
        return "string"
    if float in types:
        return "double"
    return "long" if int in types else "boolean"


def _columns(columns: dict[str, Any]) -> dict[str, tuple[np.ndarray, str]]:
    """Each column as an array with its XML type."""
    arrays = {name: as_array(values) for name, values in columns.items()}
    return {name: (values, _kind(name, values)) for name, values in arrays.items()}


def _node_rows(
    columns: dict[str, tuple[np.ndarray, str]], heads: list[str], cell: tuple[str, str], tail: str
) -> RowText:
    """Node elements: a head made in Python (a few thousand actors), the attribute cells, the tail."""
    rows = RowText(len(heads), "xml")
    rows.sql(rows.column(as_array(heads)))
    for i, (values, kind) in enumerate(columns.values()):
        rows.cell(values, cell[0].format(key=i), cell[1], kind)
    rows.literal(tail)
    return rows


def write_graphml(net: ActorNetwork, path: str | Path) -> None:
    nodes, edges = _columns(net.nodes), _columns(net.edge_columns)
    with _Output(path) as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n')
        out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
        for for_, columns in (("node", nodes), ("edge", edges)):
            for i, (name, (_, kind)) in enumerate(columns.items()):
                out.write(f'<key id="{for_[0]}{i}" for="{for_}" attr.name={quoteattr(name)} attr.type="{kind}"/>\n')
        out.write('<graph edgedefault="directed">\n')
        ids = [quoteattr(c) for c in net.codes]
        heads = [f"<node id={q}>" for q in ids]
        out.lines(_node_rows(nodes, heads, ('<data key="n{key}">', "</data>"), "</node>"))
        rows = RowText(net.n_edges, "xml")
        rows.literal("<edge source=")
        rows.lookup(net.source_index, ids)
        rows.literal(" target=")
        rows.lookup(net.target_index, ids)
        rows.literal(">")
        for i, (values, kind) in enumerate(edges.values()):
            rows.cell(values, f'<data key="e{i}">', "</data>", kind)
        rows.literal("</edge>")
        out.lines(rows)
        out.write("</graph>\n</graphml>\n")


def write_gexf(net: ActorNetwork, path: str | Path) -> None:
    nodes, edges = _columns(net.nodes), _columns(net.edge_columns)
    with _Output(path) as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n')
        out.write('<gexf xmlns="http://gexf.net/1.3" version="1.3">\n')
        out.write('<graph defaultedgetype="directed" mode="static">\n')
        for class_, columns in (("node", nodes), ("edge", edges)):
            out.write(f'<attributes class="{class_}" mode="static">\n')
            for i, (name, (_, kind)) in enumerate(columns.items()):
                out.write(f'<attribute id="{i}" title={quoteattr(name)} type="{GEXF_TYPES[kind]}"/>\n')
            out.write("</attributes>\n")
        cell = ('<attvalue for="{key}" value="', '"/>')
        ids = [quoteattr(c) for c in net.codes]
        labels = net.nodes.get("name") or net.codes
        heads = [
            f"<node id={q} label={quoteattr(str(label or c))}><attvalues>"
            for q, c, label in zip(ids, net.codes, labels, strict=True)
        ]
        out.write("<nodes>\n")
        out.lines(_node_rows(nodes, heads, cell, "</attvalues></node>"))
        out.write("</nodes>\n<edges>\n")
        rows = RowText(net.n_edges, "xml")
        rows.literal('<edge id="')
        rows.sql(f"CAST({rows.column(np.arange(net.n_edges))} AS VARCHAR)")
        rows.literal('" source=')
        rows.lookup(net.source_index, ids)
        rows.literal(" target=")
        rows.lookup(net.target_index, ids)
        weights = net.edge_columns.get("events")
        if weights is not None and np.ma.getdata(weights).dtype.kind in "iu" and not np.ma.is_masked(weights):
            rows.literal(' weight="')
            rows.sql(f"CAST({rows.column(np.ma.getdata(weights))} AS VARCHAR)")
            rows.literal('"')
        elif weights is not None:  # a weight only where the value is a number (GEXF's default weight is 1)
            texts = [_weight(w) for w in python_values(weights)]
            rows.sql(f"coalesce({rows.column(as_array(texts))}, '')")
        rows.literal("><attvalues>")
        for i, (values, kind) in enumerate(edges.values()):
            rows.cell(values, cell[0].format(key=i), cell[1], kind)
        rows.literal("</attvalues></edge>")
        out.lines(rows)
        out.write("</edges>\n</graph>\n</gexf>\n")


def write_json(net: ActorNetwork, path: str | Path) -> None:
    """Node-link JSON, the very text of ``json.dumps(net.to_json(), ensure_ascii=False)`` and a newline."""
    names = [*net.nodes, *net.edge_columns]
    if not all(isinstance(k, str) for k in names) or "id" in net.nodes or {"source", "target"} & set(net.edge_columns):
        # a column that is not a plain key, or that would replace the id, source or target: let json do it
        Path(path).write_text(json.dumps(net.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
        return
    ids = [json_text(c) for c in net.codes]
    with _Output(path) as out:
        head = {"directed": True, "multigraph": False, "graph": net.meta}
        out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "nodes": [')
        nodes = RowText(net.n_nodes, "json")
        nodes.literal('{"id": ')
        nodes.sql(nodes.column(as_array(ids)))
        for name, values in net.nodes.items():
            nodes.cell(as_array(values), f", {json_text(name)}: ", "")
        nodes.literal("}")
        _write_joined(out, nodes.rows())
        out.write('], "links": [')
        links = RowText(net.n_edges, "json")
        links.literal('{"source": ')
        links.lookup(net.source_index, ids)
        links.literal(', "target": ')
        links.lookup(net.target_index, ids)
        for name, values in net.edge_columns.items():
            links.cell(values, f", {json_text(name)}: ", "")
        links.literal("}")
        _write_joined(out, links.rows())
        out.write("]}\n")


def _weight(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return f' weight="{value!r}"' if isinstance(value, float) else f' weight="{value}"'


class _Output:
    """A file being written: text from Python, lines of a :class:`RowText` (which DuckDB may write itself)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.file: BinaryIO = self.path.open("wb")

    def __enter__(self) -> _Output:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def write(self, text: str) -> None:
        self.file.write(text.encode("utf-8"))

    def lines(self, rows: RowText) -> None:
        rows.write_lines(self.file)


def _write_joined(out: _Output, chunks: Iterable[np.ndarray]) -> None:
    """Rows separated by ', ', as json.dumps separates list items."""
    for i, chunk in enumerate(chunks):
        if i:
            out.write(", ")
        out.write(", ".join(chunk))
