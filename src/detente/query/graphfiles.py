"""GraphML and GEXF files of the actor network, written column by column.

networkx's writers build an XML tree of the whole graph first (seconds for a graph of a
million events); these format each attribute column in one pass and join the rows, which
networkx, Gephi, igraph and yEd read back the same. Every text value is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

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


def _kind(name: str, values: Sequence[Any]) -> str:
    """The XML type of a column: the widest of its values' types (boolean < long < double < string)."""
    if name in KNOWN_KINDS:
        return KNOWN_KINDS[name]
    types = {type(v) for v in values} - {type(None)}
    if not types or types - {bool, int, float}:
        return "string"
    if float in types:
        return "double"
    return "long" if int in types else "boolean"


def _texts(values: Sequence[Any], kind: str) -> list[str | None]:
    """Each value as XML text (escaped, safe inside an attribute), None for a missing one."""
    if kind == "boolean":
        return [None if v is None else ("true" if v else "false") for v in values]
    if kind == "long":
        return [None if v is None else str(int(v)) for v in values]
    if kind == "double":
        return [None if v is None else repr(float(v)) for v in values]
    escaped = {v: escape(str(v), {'"': "&quot;"}) for v in set(values) if v is not None}  # values repeat a lot
    return [None if v is None else escaped[v] for v in values]


def _cells(columns: dict[str, list[Any]], opening: str, closing: str) -> list[list[str]]:
    """Per column, each row's element (``opening`` with the column id, the value, ``closing``), '' when missing."""
    out = []
    for i, (name, values) in enumerate(columns.items()):
        head = opening.format(key=i)
        kind = _kind(name, values)
        if kind in ("long", "double") and None not in values:  # the common case, in one pass
            text = str if kind == "long" else repr
            out.append([head + text(v) + closing for v in values])
        else:
            out.append(["" if t is None else head + t + closing for t in _texts(values, kind)])
    return out


def _quoted(values: Iterable[str]) -> dict[str, str]:
    return {v: quoteattr(v) for v in set(values)}


def _rows(heads: list[str], cells: list[list[str]], tail: str) -> Iterable[str]:
    if cells:
        return (head + "".join(parts) + tail for head, *parts in zip(heads, *cells, strict=True))
    return (head + tail for head in heads)


def write_graphml(net: ActorNetwork, path: str | Path) -> None:
    with Path(path).open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n')
        out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
        for for_, columns in (("node", net.nodes), ("edge", net.edges)):
            for i, (name, values) in enumerate(columns.items()):
                kind = _kind(name, values)
                out.write(f'<key id="{for_[0]}{i}" for="{for_}" attr.name={quoteattr(name)} attr.type="{kind}"/>\n')
        out.write('<graph edgedefault="directed">\n')
        ids = _quoted(net.codes)
        heads = [f"<node id={ids[c]}>" for c in net.codes]
        out.writelines(_rows(heads, _cells(net.nodes, '<data key="n{key}">', "</data>"), "</node>\n"))
        heads = [f"<edge source={ids[u]} target={ids[v]}>" for u, v in zip(net.sources, net.targets, strict=True)]
        out.writelines(_rows(heads, _cells(net.edges, '<data key="e{key}">', "</data>"), "</edge>\n"))
        out.write("</graph>\n</graphml>\n")


def write_gexf(net: ActorNetwork, path: str | Path) -> None:
    with Path(path).open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n')
        out.write('<gexf xmlns="http://gexf.net/1.3" version="1.3">\n')
        out.write('<graph defaultedgetype="directed" mode="static">\n')
        for class_, columns in (("node", net.nodes), ("edge", net.edges)):
            out.write(f'<attributes class="{class_}" mode="static">\n')
            for i, (name, values) in enumerate(columns.items()):
                kind = GEXF_TYPES[_kind(name, values)]
                out.write(f'<attribute id="{i}" title={quoteattr(name)} type="{kind}"/>\n')
            out.write("</attributes>\n")
        opening, closing = '<attvalue for="{key}" value="', '"/>'
        ids = _quoted(net.codes)
        labels = net.nodes.get("name") or net.codes
        out.write("<nodes>\n")
        heads = [
            f"<node id={ids[c]} label={quoteattr(str(label or c))}><attvalues>"
            for c, label in zip(net.codes, labels, strict=True)
        ]
        out.writelines(_rows(heads, _cells(net.nodes, opening, closing), "</attvalues></node>\n"))
        out.write("</nodes>\n<edges>\n")
        weights = net.edges.get("events") or [1] * net.n_edges
        heads = [
            f'<edge id="{i}" source={ids[u]} target={ids[v]} weight="{w}"><attvalues>'
            for i, (u, v, w) in enumerate(zip(net.sources, net.targets, weights, strict=True))
        ]
        out.writelines(_rows(heads, _cells(net.edges, opening, closing), "</attvalues></edge>\n"))
        out.write("</edges>\n</graph>\n</gexf>\n")
