"""Rows of text (XML elements, JSON objects) built from numpy columns by DuckDB.

A million events make a graph of a few hundred thousand edges with a dozen attributes
each: millions of values to format. Formatting them one by one in Python took seconds;
here each row's text is one SQL ``concat`` over the columns, which DuckDB scans in place
and formats in C++ on every core. DuckDB's text of a 64-bit integer is Python's ``str``
and its text of a double is Python's ``repr`` (the shortest text that reads back to the
same number), so the rows are the same bytes Python would have made. A column DuckDB cannot
format that way (mixed Python objects from a networkx graph, non-finite or 32-bit floats,
strings for JSON) is formatted in Python, once per distinct value, and joined in as text.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO, Literal

import duckdb
import numpy as np

Mode = Literal["xml", "json"]
CHUNK = 50_000
"""Rows formatted per query: bounds the memory of a file being written to a few tens of MB."""

_DATABASE: duckdb.DuckDBPyConnection | None = None
_LOCK = threading.Lock()


def _cursor() -> duckdb.DuckDBPyConnection:
    """A connection of its own to one in-memory database for the process (opening a new database costs ~30 ms)."""
    global _DATABASE
    with _LOCK:
        if _DATABASE is None:
            _DATABASE = duckdb.connect()
            _DATABASE.execute("SET preserve_insertion_order = true")  # rows come out in the columns' order
        return _DATABASE.cursor()


_XML_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"))
_XML_ESCAPES += (("\n", "&#10;"), ("\r", "&#13;"), ("\t", "&#9;"))
"""What XML text needs escaped: markup, the attribute's quote, and the white space a parser would normalise."""


def as_array(values: Sequence[Any] | np.ndarray) -> np.ndarray:
    """A column as a numpy array: int64, float64 or bool when every value is one, object otherwise (None kept)."""
    if isinstance(values, np.ndarray):
        return values
    types = set(map(type, values))
    for kind, dtype in ((int, np.int64), (float, np.float64), (bool, np.bool_)):
        if types == {kind}:
            try:
                return np.array(values, dtype=dtype)
            except OverflowError:  # an int beyond 64 bits stays a Python int
                break
    array = np.empty(len(values), dtype=object)
    array[:] = list(values)
    return array


DAY = np.dtype("datetime64[D]")
"""A column of this type holds dates: its values are ISO ``YYYY-MM-DD`` strings to Python and in every file."""


def python_values(values: np.ndarray) -> list[Any]:
    """A column as plain Python values (masked entries, i.e. NULLs, as None; dates as ISO strings)."""
    data = np.ma.getdata(values)
    missing = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else None
    if data.dtype == DAY:
        missing = np.isnat(data) if missing is None else missing | np.isnat(data)
        data = np.datetime_as_string(data, unit="D").astype(object)
    if missing is None or not missing.any():
        return data.tolist()
    return [None if m else v for v, m in zip(data.tolist(), missing.tolist(), strict=True)]


def sql_string(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def xml_text(value: Any, kind: str) -> str:
    """One value as XML text of its column's type (escaped, safe inside a double-quoted attribute)."""
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "long":
        return str(int(value))
    if kind == "double":
        return repr(float(value))
    text = str(value)
    for char, entity in _XML_ESCAPES:
        text = text.replace(char, entity)
    return text


def json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class RowText:
    """The parts of one row's text, in order; :meth:`rows` formats every row.

    Parts are literals, SQL expressions over registered columns, and cells: a column's value with a text before and
    after it. A missing value (None, a masked entry) leaves an XML cell out and writes ``null`` in a JSON one.
    """

    def __init__(self, n_rows: int, mode: Mode) -> None:
        self.n_rows = n_rows
        self.mode = mode
        self.columns: dict[str, np.ndarray] = {}
        self.parts: list[tuple[bool, str]] = []  # (is a literal, its text or the SQL expression)
        self.params: dict[str, Any] = {}

    def column(self, values: np.ndarray) -> str:
        """Register a column to scan; its name in the SQL."""
        name = f"c{len(self.columns)}"
        self.columns[name] = values
        return name

    def literal(self, text: str) -> None:
        if text:
            self.parts.append((True, text))

    def sql(self, expression: str) -> None:
        self.parts.append((False, expression))

    def lookup(self, index: np.ndarray, texts: list[str]) -> None:
        """The text at each row's position in ``texts`` (actor ids by an edge's source or target index)."""
        name = f"p{len(self.params)}"
        self.params[name] = texts
        self.sql(f"list_extract(${name}, {self.column(index)} + 1)")

    def cell(self, values: np.ndarray, before: str, after: str, kind: str | None = None) -> None:
        """``before`` + the value's text + ``after``; ``kind`` is the XML type the text is written as."""
        text, nullable = self._text(values, kind)
        if nullable and self.mode == "xml":  # the whole cell or nothing
            self.sql(f"({sql_string(before)} || {text} || {sql_string(after)})")
            return
        self.literal(before)
        self.sql(f"coalesce({text}, 'null')" if nullable else text)
        self.literal(after)

    def select(self, end: str = "") -> str:
        """The query: one ``concat`` of the parts and ``end``, adjacent literals merged (fewer, longer pieces are
        faster)."""
        merged: list[tuple[bool, str]] = []
        for part in [*self.parts, (True, end)] if end else self.parts:
            if part[0] and merged and merged[-1][0]:
                merged[-1] = (True, merged[-1][1] + part[1])
            else:
                merged.append(part)
        parts = [sql_string(text) if literal else text for literal, text in merged] or ["''"]
        return f"SELECT concat({', '.join(parts)}) AS t FROM rows"

    def _text(self, values: np.ndarray, kind: str | None) -> tuple[str, bool]:
        """SQL giving each value's text, NULL where it is missing; and whether any is."""
        data = np.ma.getdata(values)
        mask = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else None
        dtype = data.dtype
        sql, nullable = None, False
        if dtype.kind in "iu" and (self.mode == "json" or kind == "long"):
            sql = f"CAST({self.column(data)} AS VARCHAR)"
        elif dtype == np.float64 and (self.mode == "json" or kind == "double") and np.isfinite(data).all():
            sql = f"CAST({self.column(data)} AS VARCHAR)"  # NaN would be scanned as NULL: those go through Python
        elif dtype.kind == "b" and (self.mode == "json" or kind == "boolean"):
            sql = f"CASE WHEN {self.column(data)} THEN 'true' ELSE 'false' END"
        elif dtype == DAY and (self.mode == "json" or kind == "string"):  # DuckDB scans seconds, not days
            sql = f"CAST(CAST({self.column(data.astype('datetime64[s]'))} AS DATE) AS VARCHAR)"
            sql, nullable = (f"'\"' || {sql} || '\"'" if self.mode == "json" else sql), bool(np.isnat(data).any())
        elif self.mode == "xml" and kind == "string" and dtype.kind == "O":
            present = (data if mask is None else data[~mask]).tolist()
            types = set(map(type, present))
            if types <= {str, type(None)}:  # else (lists, numbers mixed in) each value's text is made in Python
                distinct = set(present)  # few: dates, names repeat
                sql, nullable = self.column(data), type(None) in types
                for char, entity in _XML_ESCAPES:
                    if any(char in v for v in distinct if v):
                        sql = f"replace({sql}, {sql_string(char)}, {sql_string(entity)})"
        if sql is None:
            texts = self._python_texts(values, kind)
            return self.column(texts), any(t is None for t in texts)
        if mask is not None and mask.any():
            return f"CASE WHEN {self.column(mask)} THEN NULL ELSE {sql} END", True
        return sql, nullable

    def _python_texts(self, values: np.ndarray, kind: str | None) -> np.ndarray:
        """Each value's text made in Python (once per distinct value), None where missing."""
        fmt: Callable[[Any], str] = json_text if self.mode == "json" else lambda v: xml_text(v, kind or "string")
        cache: dict[tuple[type, Any], str] = {}
        texts = np.empty(len(values), dtype=object)
        for i, v in enumerate(python_values(values)):
            if v is None:
                continue
            try:
                key = (type(v), v)
                text = cache.get(key)
                if text is None:
                    text = cache[key] = fmt(v)
            except TypeError:  # unhashable
                text = fmt(v)
            texts[i] = text
        return texts

    def write_lines(self, out: BinaryIO) -> None:
        """Every row and a newline after it, appended to ``out`` in UTF-8, a chunk at a time."""
        for chunk in self.rows(end="\n"):
            out.write("".join(chunk).encode("utf-8"))

    def rows(self, end: str = "") -> Iterator[np.ndarray]:
        """Every row's text (and ``end``), in order, as object arrays of up to :data:`CHUNK` strings."""
        if not self.n_rows:
            return
        select = self.select(end)
        con = _cursor()
        try:
            for start in range(0, self.n_rows, CHUNK):
                chunk = {k: v[start : start + CHUNK] for k, v in self.columns.items()}
                if not chunk:
                    chunk = {"n": np.zeros(min(CHUNK, self.n_rows - start), dtype=np.int8)}
                con.register("rows", chunk)
                yield con.execute(select, self.params).fetchnumpy()["t"]
                con.unregister("rows")
        finally:
            con.close()
