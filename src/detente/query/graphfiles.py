"""GraphML and GEXF files of the actor network, written in one pass.

networkx's own writers build an XML tree of the whole graph first, which takes seconds for a
graph of a million events; these stream the same documents (networkx, Gephi, igraph and yEd
read them back) with every value escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx


def _kind(values: Iterable[Any]) -> str:
    """The GraphML/GEXF type of an attribute: the widest of its values (bool < int < double < string)."""
    kinds = set()
    for v in values:
        if v is None:
            continue
        kinds.add("boolean" if isinstance(v, bool) else "int" if isinstance(v, int) else
                  "double" if isinstance(v, float) else "string")  # fmt: skip
    for kind in ("string", "double", "int", "boolean"):
        if kind in kinds:
            return "long" if kind == "int" else kind
    return "string"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(round(value, 6))
    return escape(str(value))


def _schema(items: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Attribute name -> type over all nodes (or edges), in first-seen order."""
    seen: dict[str, list[Any]] = {}
    for attrs in items:
        for k, v in attrs.items():
            seen.setdefault(k, []).append(v)
    return {k: _kind(vs) for k, vs in seen.items()}


def write_graphml(graph: nx.DiGraph, path: str | Path) -> None:
    nodes = _schema(a for _, a in graph.nodes(data=True))
    edges = _schema(a for _, _, a in graph.edges(data=True))
    node_keys = {name: f"n{i}" for i, name in enumerate(nodes)}
    edge_keys = {name: f"e{i}" for i, name in enumerate(edges)}
    with Path(path).open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n')
        out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
        for for_, schema, keys in (("node", nodes, node_keys), ("edge", edges, edge_keys)):
            for name, kind in schema.items():
                out.write(f'<key id="{keys[name]}" for="{for_}" attr.name={quoteattr(name)} attr.type="{kind}"/>\n')
        out.write('<graph edgedefault="directed">\n')
        for node, attrs in graph.nodes(data=True):
            out.write(f"<node id={quoteattr(str(node))}>")
            _data(out, attrs, node_keys)
            out.write("</node>\n")
        for u, v, attrs in graph.edges(data=True):
            out.write(f"<edge source={quoteattr(str(u))} target={quoteattr(str(v))}>")
            _data(out, attrs, edge_keys)
            out.write("</edge>\n")
        out.write("</graph>\n</graphml>\n")


def _data(out: IO[str], attrs: dict[str, Any], keys: dict[str, str]) -> None:
    out.write("".join(f'<data key="{keys[k]}">{_text(v)}</data>' for k, v in attrs.items() if v is not None))


def write_gexf(graph: nx.DiGraph, path: str | Path) -> None:
    nodes = _schema(a for _, a in graph.nodes(data=True))
    edges = _schema(a for _, _, a in graph.edges(data=True))
    node_ids = {name: str(i) for i, name in enumerate(nodes)}
    edge_ids = {name: str(i) for i, name in enumerate(edges)}
    gexf_type = {"long": "long", "int": "integer", "double": "double", "boolean": "boolean", "string": "string"}
    with Path(path).open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n')
        out.write(
            '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed" mode="static">\n'
        )
        for class_, schema, ids in (("node", nodes, node_ids), ("edge", edges, edge_ids)):
            out.write(f'<attributes class="{class_}" mode="static">\n')
            for name, kind in schema.items():
                out.write(f'<attribute id="{ids[name]}" title={quoteattr(name)} type="{gexf_type[kind]}"/>\n')
            out.write("</attributes>\n")
        out.write("<nodes>\n")
        for node, attrs in graph.nodes(data=True):
            label = attrs.get("name") or node
            out.write(f"<node id={quoteattr(str(node))} label={quoteattr(str(label))}><attvalues>")
            _attvalues(out, attrs, node_ids)
            out.write("</attvalues></node>\n")
        out.write("</nodes>\n<edges>\n")
        for i, (u, v, attrs) in enumerate(graph.edges(data=True)):
            weight = attrs.get("events", 1)
            out.write(f'<edge id="{i}" source={quoteattr(str(u))} target={quoteattr(str(v))} weight="{weight}">')
            out.write("<attvalues>")
            _attvalues(out, attrs, edge_ids)
            out.write("</attvalues></edge>\n")
        out.write("</edges>\n</graph>\n</gexf>\n")


def _attvalues(out: IO[str], attrs: dict[str, Any], ids: dict[str, str]) -> None:
    out.write(
        "".join(
            f'<attvalue for="{ids[k]}" value={quoteattr(_text(v) if not isinstance(v, str) else v)}/>'
            for k, v in attrs.items()
            if v is not None
        )
    )
