"""Paths, folders, encodings, bad files and standard input."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from detente.ingest import FieldMap, IngestError, read_articles
from detente.records import Article

DAY = dt.date(2024, 12, 2)
TEXT = "Iran has reached out to Turkey."


def only(results: list[Article | IngestError]) -> Article | IngestError:
    assert len(results) == 1, results
    return results[0]


def test_folder_with_mixed_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b.txt").write_text(f"date 2024-12-02\n{TEXT}", encoding="utf-8")
    (tmp_path / "a.md").write_text("---\ndate: 2024-12-01\ntitle: A\n---\nFirst.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"date": "2024-12-03", "text": "From jsonl."}) + "\n", "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("\n  \n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")  # unknown extension: reported, not coded
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / ".hidden" / "x.txt").write_text(f"date 2024-12-02\n{TEXT}", encoding="utf-8")
    (tmp_path / "sub" / "d.csv").write_text("text,date\nFrom csv.,2024-12-04\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text(TEXT, encoding="utf-8")

    results = list(read_articles(tmp_path))
    summary = [
        (Path(str(r.origin).split(":")[0]).name, r.text if isinstance(r, Article) else r.message) for r in results
    ]
    assert summary == [
        ("a.md", "First."),
        ("b.txt", TEXT),
        ("blank.txt", "empty file"),
        ("c.jsonl", "From jsonl."),
        ("empty.txt", "empty file"),
        ("image.txt", "binary file, not text"),
        ("notes.docx", "not an article file (.docx); skipped"),
        ("photo.png", "not an article file (.png); skipped"),
        ("undated.txt", "no date: add a first line 'date YYYY-MM-DD' or pass --date"),
        ("d.csv", "From csv."),
    ]


def test_folder_walk_with_fallback_date(tmp_path: Path) -> None:
    (tmp_path / "x.text").write_text(TEXT, encoding="utf-8")
    got = only(list(read_articles(tmp_path, date=DAY)))
    assert isinstance(got, Article)
    assert got.date == DAY


def test_folder_without_article_files(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    photo, folder = list(read_articles(tmp_path))
    assert isinstance(photo, IngestError) and photo.reason == "unsupported file"
    assert isinstance(folder, IngestError)
    assert folder.message.startswith("no article files")


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    got = only(list(read_articles(missing)))
    assert isinstance(got, IngestError)
    assert str(got) == f"{missing}: no such file or folder"


def test_empty_file_of_each_kind(tmp_path: Path) -> None:
    for name in ("e.txt", "e.jsonl", "e.json", "e.csv"):
        (tmp_path / name).write_bytes(b"")
        got = only(list(read_articles(tmp_path / name)))
        assert isinstance(got, IngestError), name
        assert got.message == "empty file", name


def test_binary_file_of_each_kind(tmp_path: Path) -> None:
    for name in ("b.txt", "b.jsonl", "b.json", "b.csv"):
        (tmp_path / name).write_bytes(bytes(range(256)) * 4)
        got = only(list(read_articles(tmp_path / name)))
        assert isinstance(got, IngestError), name
        assert got.message == "binary file, not text", name


def test_undecodable_bytes_without_nul_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 20)  # undefined in cp1252, invalid in UTF-8
    got = only(list(read_articles(path, date=DAY)))
    assert isinstance(got, IngestError)
    assert got.message == "binary file, not text"


def test_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "date 2024-12-02\nCaf\u00e9 talks in Tehran.".encode())
    got = only(list(read_articles(path)))
    assert isinstance(got, Article)
    assert (got.date, got.text) == (DAY, "Caf\u00e9 talks in Tehran.")


def test_utf8_bom_csv_header(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbftext,date\nHello.,2024-12-02\n")
    got = only(list(read_articles(path)))
    assert isinstance(got, Article)
    assert got.text == "Hello."


def test_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("date 2024-12-02\n\u201cWe will talk,\u201d said the minister \u2013 in Mosul.".encode("cp1252"))
    got = only(list(read_articles(path)))
    assert isinstance(got, Article)
    assert got.text == "\u201cWe will talk,\u201d said the minister \u2013 in Mosul."


def test_cp1252_line_in_utf8_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"date": "2024-12-02", "text": "Caf\u00e9."}, ensure_ascii=False).encode()
    old = json.dumps({"date": "2024-12-02", "text": "\u201cQuoted\u201d"}, ensure_ascii=False).encode("cp1252")
    path.write_bytes(good + b"\n" + old + b"\n")
    texts = [r.text for r in read_articles(path) if isinstance(r, Article)]
    assert texts == ["Caf\u00e9.", "\u201cQuoted\u201d"]


def test_utf16_text_and_jsonl(tmp_path: Path) -> None:
    text_path = tmp_path / "wide.txt"
    text_path.write_text(f"date 2024-12-02\n{TEXT}", encoding="utf-16")
    got = only(list(read_articles(text_path)))
    assert isinstance(got, Article)
    assert got.text == TEXT

    lines_path = tmp_path / "wide.jsonl"
    lines_path.write_text(
        json.dumps({"date": "2024-12-02", "text": "A."}) + "\n" + json.dumps({"date": "2024-12-02", "text": "B."}),
        encoding="utf-16",
    )
    assert [r.text for r in read_articles(lines_path) if isinstance(r, Article)] == ["A.", "B."]


def test_max_chars_text_file(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("date 2024-12-02\n" + "x" * 1000, encoding="utf-8")
    got = only(list(read_articles(path, max_chars=999)))
    assert isinstance(got, IngestError)
    assert got.message == "article is 1000 characters, over the limit of 999"


def test_huge_text_file_is_counted_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("a" * 1_200_000, encoding="utf-8")
    got = only(list(read_articles(path, max_chars=10, date=DAY)))
    assert isinstance(got, IngestError)
    assert got.message == "article is 1200000 characters, over the limit of 10"


def test_single_file_without_known_extension_is_sniffed(tmp_path: Path) -> None:
    text_path = tmp_path / "story"
    text_path.write_text(f"date 2024-12-02\n{TEXT}", encoding="utf-8")
    lines_path = tmp_path / "feed.out"
    lines_path.write_text(json.dumps({"date": "2024-12-02", "text": "A."}) + "\n", encoding="utf-8")
    got_text = only(list(read_articles(text_path)))
    got_line = only(list(read_articles(lines_path)))
    assert isinstance(got_text, Article)
    assert got_text.text == TEXT
    assert isinstance(got_line, Article)
    assert got_line.origin == f"{lines_path}:1"


def test_forced_text_format_reads_jsonl_as_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "A."}\n', encoding="utf-8")
    got = only(list(read_articles(path, fmt="text", date=DAY)))
    assert isinstance(got, Article)
    assert got.text == '{"text": "A."}'


def test_unknown_format_raises_at_once(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        read_articles(tmp_path, fmt="xml")


def test_pathlike_and_str_paths_agree(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"date 2024-12-02\n{TEXT}", encoding="utf-8")
    assert list(read_articles(path)) == list(read_articles(str(path)))


def test_ingest_error_is_a_frozen_one_line_record() -> None:
    err = IngestError("f.md", "unreadable front matter: line one\n  line two")
    assert str(err) == "f.md: unreadable front matter: line one line two"
    with pytest.raises(AttributeError):
        err.message = "changed"  # type: ignore[misc]


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"\n\ndate 2024-12-02\n\n{TEXT}\n"))
    got = only(list(read_articles("-")))
    assert isinstance(got, Article)
    assert (got.date, got.text, got.origin) == (DAY, TEXT, "<stdin>")


def test_stdin_text_with_fallback_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(TEXT))
    got = only(list(read_articles("-", date=DAY)))
    assert isinstance(got, Article)
    assert got.date == DAY


def test_stdin_jsonl_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"date": "2024-12-02", "body": f"Article {n}."}) for n in range(1000)]
    lines.insert(1, "{not json")
    stream = io.StringIO("\n" + "\n".join(lines) + "\n")
    monkeypatch.setattr(sys, "stdin", stream)
    results = read_articles("-", fields=FieldMap(text="body"))
    first = next(results)
    assert isinstance(first, Article)
    assert first.origin == "<stdin>:2"
    assert first.text == "Article 0."
    assert stream.tell() < len(stream.getvalue()) // 10  # read as it goes, not all at once
    rest = list(results)
    assert isinstance(rest[0], IngestError)
    assert rest[0].origin == "<stdin>:3"
    assert sum(isinstance(r, Article) for r in rest) == 999


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("  \n"))
    assert [str(r) for r in read_articles("-")] == ["<stdin>: empty file"]


def test_stdin_bytes_buffer_is_decoded_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO(f"date 2024-12-02\n\u201c{TEXT}\u201d".encode("cp1252"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    got = only(list(read_articles("-")))
    assert isinstance(got, Article)
    assert got.text == f"\u201c{TEXT}\u201d"


def test_forced_format_in_folder_reads_every_visible_file(tmp_path: Path) -> None:
    (tmp_path / "one.story").write_text(TEXT, encoding="utf-8")
    (tmp_path / "two").write_text("Turkey replied.", encoding="utf-8")
    (tmp_path / ".hidden").write_text("Not read.", encoding="utf-8")
    results = list(read_articles(tmp_path, fmt="text", date=DAY))
    assert [r.text for r in results if isinstance(r, Article)] == [TEXT, "Turkey replied."]


def test_fallback_datetime_is_reduced_to_its_day(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    got = only(list(read_articles(path, date=dt.datetime(2024, 12, 2, 15, 30))))
    assert isinstance(got, Article)
    assert got.date == DAY


def test_stdin_forced_tsv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("date\ttext\n2024-12-02\tFrom a pipe.\n"))
    got = only(list(read_articles("-", fmt="tsv")))
    assert isinstance(got, Article)
    assert (got.text, got.origin) == ("From a pipe.", "<stdin>:2")


def test_stdin_utf16_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (json.dumps({"date": "2024-12-02", "text": "Wide."}) + "\n").encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    got = only(list(read_articles("-")))
    assert isinstance(got, Article)
    assert (got.text, got.origin) == ("Wide.", "<stdin>:1")
