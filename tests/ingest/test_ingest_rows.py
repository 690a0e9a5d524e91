"""Files of many articles: JSON lines, JSON documents, CSV and TSV."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from detente.ingest import FieldMap, IngestError, read_articles
from detente.records import Article

DAY = dt.date(2024, 12, 2)


def split(results: list[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    """Articles and errors, each in input order."""
    articles = [r for r in results if isinstance(r, Article)]
    errors = [r for r in results if isinstance(r, IngestError)]
    assert len(articles) + len(errors) == len(results)
    return articles, errors


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_malformed_line_in_the_middle(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        [
            json.dumps({"id": "a1", "date": "2024-12-01", "text": "First article."}),
            '{"id": "a2", "date": "2024-12-02", "text": "broken',
            json.dumps({"id": "a3", "date": "2024-12-03", "text": "Third article.", "extra": [1, 2]}),
        ],
    )
    results = list(read_articles(path))
    assert [type(r) for r in results] == [Article, IngestError, Article]
    first, bad, third = results
    assert isinstance(first, Article)
    assert isinstance(third, Article)
    assert isinstance(bad, IngestError)
    assert (first.id, first.date, first.origin) == ("a1", dt.date(2024, 12, 1), f"{path}:1")
    assert (third.id, third.text, third.origin) == ("a3", "Third article.", f"{path}:3")
    assert bad.origin == f"{path}:2"
    assert bad.message.startswith("not valid JSON")
    assert str(bad).startswith(f"{path}:2: not valid JSON")


def test_jsonl_bad_records_each_cost_only_their_line(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.ndjson",
        [
            json.dumps({"date": "2024-12-02", "title": "no text"}),
            json.dumps({"date": "2024-12-02", "text": "   "}),
            json.dumps({"date": "02/12/2024", "text": "Ambiguous date."}),
            "[1, 2]",
            "",
            json.dumps({"text": "Undated."}),
            json.dumps({"date": "2024-12-02T10:00:00Z", "text": "Good.", "title": "T", "source": "S", "url": "U"}),
        ],
    )
    articles, errors = split(list(read_articles(path)))
    assert [e.origin.rsplit(":", 1)[1] for e in errors] == ["1", "2", "3", "4", "6"]
    assert errors[0].message == "no 'text' field"
    assert errors[1].message == "empty 'text' field"
    assert errors[2].message.startswith("unreadable date")
    assert errors[3].message == "not a JSON object but a list"
    assert errors[4].message.startswith("no date")
    assert len(articles) == 1
    good = articles[0]
    assert (good.date, good.title, good.source, good.url, good.origin) == (DAY, "T", "S", "U", f"{path}:7")


def test_jsonl_fallback_date_and_custom_keys(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        [json.dumps({"uid": 42, "body": "Text one.", "published": None, "headline": "H"})],
    )
    fields = FieldMap(id="uid", text="body", date="published", title="headline")
    (got,) = list(read_articles(path, fields=fields, date=DAY))
    assert isinstance(got, Article)
    assert (got.id, got.text, got.date, got.title) == ("42", "Text one.", DAY, "H")


def test_stable_ids_and_given_ids(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        [
            json.dumps({"date": "2024-12-02", "text": "Same text."}),
            json.dumps({"date": "2024-12-03", "text": "Same  text.\n"}),
            json.dumps({"date": "2024-12-02", "text": "Same text.", "id": "given-7"}),
        ],
    )
    one, two, three = read_articles(path)
    assert isinstance(one, Article)
    assert isinstance(two, Article)
    assert isinstance(three, Article)
    assert one.id == two.id == Article.make_id("Same text.")
    assert three.id == "given-7"
    # Reading the file again gives the same ids.
    assert [a.id for a in read_articles(path) if isinstance(a, Article)] == [one.id, two.id, three.id]


def test_csv_with_custom_field_names(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text(
        "Story,Published,Link,Outlet,Extra\n"
        '"Iran has reached out.\nA second paragraph, with a comma.",2024-12-02,https://x.org/1,Wire,zz\n'
        "\n"
        ",2024-12-02,https://x.org/2,Wire,zz\n"
        "Turkey replied.,,https://x.org/3,Wire,zz\n",
        encoding="utf-8",
    )
    fields = FieldMap(text="story", date="published", url="link", source="outlet")
    results = list(read_articles(path, fields=fields, date=dt.date(2024, 12, 5)))
    assert [type(r) for r in results] == [Article, IngestError, Article]
    first, bad, last = results
    assert isinstance(first, Article)
    assert isinstance(last, Article)
    assert first.text == "Iran has reached out.\nA second paragraph, with a comma."
    assert (first.date, first.url, first.source, first.origin) == (DAY, "https://x.org/1", "Wire", f"{path}:2")
    assert bad.origin == f"{path}:5"  # the row's own line, after a multi-line row and a blank line
    assert bad.message == "empty 'story' field"
    assert (last.date, last.origin) == (dt.date(2024, 12, 5), f"{path}:6")


def test_csv_without_the_text_column(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text("body,date\nSome text.,2024-12-02\n", encoding="utf-8")
    (got,) = list(read_articles(path))
    assert isinstance(got, IngestError)
    assert got.origin == str(path)
    assert "no 'text' column" in got.message
    assert "'body'" in got.message


def test_csv_header_only(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text("text,date\n", encoding="utf-8")
    assert [str(r) for r in read_articles(path)] == [f"{path}: no rows below the header"]


def test_tsv(tmp_path: Path) -> None:
    path = tmp_path / "feed.tsv"
    path.write_text("id\tdate\ttext\nx1\t2024-12-02\tIran, Turkey and Iraq met.\n", encoding="utf-8")
    (got,) = list(read_articles(path))
    assert isinstance(got, Article)
    assert (got.id, got.date, got.text, got.origin) == ("x1", DAY, "Iran, Turkey and Iraq met.", f"{path}:2")


def test_forced_csv_format_on_other_extension(tmp_path: Path) -> None:
    path = tmp_path / "feed.dat"
    path.write_text("text,date\nHello.,2024-12-02\n", encoding="utf-8")
    (got,) = list(read_articles(path, fmt="csv"))
    assert isinstance(got, Article)
    assert got.text == "Hello."


def test_json_list_document(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    records = [
        {"id": "1", "date": "December 2, 2024", "text": "One."},
        {"id": "2", "date": "2 December 2024", "text": ""},
        {"id": "3", "date": "Dec 2, 2024", "text": "Three."},
    ]
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    articles, errors = split(list(read_articles(path)))
    assert [a.id for a in articles] == ["1", "3"]
    assert all(a.date == DAY for a in articles)
    assert articles[0].origin == f"{path}:2"  # the line each item starts on
    assert len(errors) == 1
    assert errors[0].message == "empty 'text' field"


def test_json_single_object_document(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"date": "2024-12-02", "text": "Only one."}, indent=2), encoding="utf-8")
    (got,) = list(read_articles(path))
    assert isinstance(got, Article)
    assert got.text == "Only one."
    assert got.origin == f"{path}:1"


def test_json_document_holding_json_lines_with_a_bad_one(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "lines.json",
        [
            json.dumps({"date": "2024-12-02", "text": "A."}),
            '{"date": "2024-12-02", "text": ',
            json.dumps({"date": "2024-12-02", "text": "C."}),
        ],
    )
    results = list(read_articles(path))
    assert [type(r) for r in results] == [Article, IngestError, Article]
    assert results[1].origin == f"{path}:2"


def test_broken_json_list_reports_and_stops(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('[\n{"date": "2024-12-02", "text": "A."},\n{"date": oops}\n]\n', encoding="utf-8")
    results = list(read_articles(path))
    assert isinstance(results[0], Article)
    assert isinstance(results[1], IngestError)
    assert results[1].origin == f"{path}:3"
    assert len(results) == 2


def test_jsonl_max_chars(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        [json.dumps({"date": "2024-12-02", "text": "x" * 51}), json.dumps({"date": "2024-12-02", "text": "ok"})],
    )
    first, second = read_articles(path, max_chars=50)
    assert isinstance(first, IngestError)
    assert first.message == "article is 51 characters, over the limit of 50"
    assert isinstance(second, Article)


def test_jsonl_line_too_long_to_read_is_skipped_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"date": "2024-12-02", "text": "before"}) + "\n")
        out.write(json.dumps({"date": "2024-12-02", "text": "y" * 200_000}) + "\n")
        out.write(json.dumps({"date": "2024-12-02", "text": "after"}) + "\n")
    results = list(read_articles(path, max_chars=10))
    assert [type(r) for r in results] == [Article, IngestError, Article]
    assert results[1].origin == f"{path}:2"
    assert "too long" in results[1].message
    assert isinstance(results[2], Article)
    assert results[2].origin == f"{path}:3"
