"""Text articles: the date header in its three forms, front matter, fallback dates and date parsing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.ingest import DateError, IngestError, parse_date, read_articles, read_text_article
from detente.records import Article

DEC2 = dt.date(2024, 12, 2)
BODY = "Iran has reached out to Turkey.\n\nTalks are planned for next week."


def read_one(path: Path, **kwargs: object) -> Article | IngestError:
    """The single result of reading one text file."""
    results = list(read_articles(path, **kwargs))  # type: ignore[arg-type]
    assert len(results) == 1, results
    return results[0]


def article(result: Article | IngestError) -> Article:
    assert isinstance(result, Article), str(result)
    return result


def error(result: Article | IngestError) -> IngestError:
    assert isinstance(result, IngestError), repr(result)
    return result


@pytest.mark.parametrize("header", ["date 2024-12-02", "date: 2024-12-02", "Date: 2024-12-02", "DATE 2024-12-02"])
def test_date_line_header(tmp_path: Path, header: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"{header}\n\n\n{BODY}\n", encoding="utf-8")
    got = article(read_one(path))
    assert got.date == DEC2
    assert got.text == BODY  # blank lines after the header dropped, inner newlines kept
    assert got.origin == str(path)


def test_inline_date_header(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2024-12-02 Iran has reached out to Turkey.\nMore text.\n", encoding="utf-8")
    got = article(read_one(path))
    assert got.date == DEC2
    assert got.text == "Iran has reached out to Turkey.\nMore text."


@pytest.mark.parametrize(
    "line",
    [
        "date: December 2, 2024 Iran has reached out to Turkey.",
        "Date: Dec 2, 2024 - Iran has reached out to Turkey.",
        "date 2 December 2024 \u2014 Iran has reached out to Turkey.",
        "date 2024-12-02T10:00:00Z Iran has reached out to Turkey.",
        "Date: Monday, December 2, 2024: Iran has reached out to Turkey.",
    ],
)
def test_inline_header_in_other_date_forms(line: str) -> None:
    got = article(read_text_article(line, origin="mem"))
    assert got.date == DEC2
    assert got.text == "Iran has reached out to Turkey."


def test_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "---\n"
        "title: Iran reaches out to Turkey\n"
        "date: 2024-12-02\n"
        "source: Example Wire\n"
        "url: https://example.org/iran-turkey\n"
        "---\n"
        "\n"
        f"{BODY}\n",
        encoding="utf-8",
    )
    got = article(read_one(path))
    assert got.date == DEC2
    assert got.title == "Iran reaches out to Turkey"
    assert got.source == "Example Wire"
    assert got.url == "https://example.org/iran-turkey"
    assert got.text == BODY
    assert got.id == Article.make_id(BODY)


@pytest.mark.parametrize(
    "date_value", ["2024-12-02", "2024-12-02T10:00:00Z", "'2024-12-02'", "December 2, 2024", "2 December 2024"]
)
def test_front_matter_date_as_yaml_date_or_string(date_value: str) -> None:
    got = article(read_text_article(f"---\ndate: {date_value}\n---\n{BODY}", origin="mem"))
    assert got.date == DEC2


def test_front_matter_id_and_colon_in_title() -> None:
    raw = "---\nid: 12345\ntitle: Iran: talks resume\ndate: 2024-12-02\n---\nText."
    got = article(read_text_article(raw, origin="mem"))
    assert got.id == "12345"
    assert got.title == "Iran: talks resume"


def test_front_matter_without_date_then_date_line() -> None:
    got = article(read_text_article("---\ntitle: T\n---\ndate 2024-12-02\nText.", origin="mem"))
    assert (got.title, got.date, got.text) == ("T", DEC2, "Text.")


def test_unclosed_front_matter_is_an_error() -> None:
    got = error(read_text_article("---\ndate: 2024-12-02\nText.", origin="mem"))
    assert "front matter" in got.message


def test_fallback_date_when_no_header(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    got = article(read_one(path, date=dt.date(2023, 5, 6)))
    assert got.date == dt.date(2023, 5, 6)
    assert got.text == BODY


def test_header_date_beats_fallback(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"date 2024-12-02\n{BODY}", encoding="utf-8")
    assert article(read_one(path, date=dt.date(2023, 5, 6))).date == DEC2


def test_undated_article_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    got = error(read_one(path))
    assert got.origin == str(path)
    assert got.message == "no date: add a first line 'date YYYY-MM-DD' or pass --date"
    assert str(got) == f"{path}: no date: add a first line 'date YYYY-MM-DD' or pass --date"


def test_text_starting_with_the_word_date_is_not_a_header() -> None:
    got = article(read_text_article("Date palms are grown across Iraq.", origin="mem", date=DEC2))
    assert got.text == "Date palms are grown across Iraq."


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("date 02/12/2024 Iran has reached out.", "'02/12/2024'"),
        ("date: yesterday\nIran has reached out.", "'yesterday'"),
        ("date 2024-02-30\nIran has reached out.", "2024-02-30"),
    ],
)
def test_unreadable_header_date(raw: str, shown: str) -> None:
    got = error(read_text_article(raw, origin="mem", date=DEC2))
    assert got.message.startswith("unreadable date")
    assert shown in got.message


def test_header_without_text() -> None:
    assert error(read_text_article("date 2024-12-02\n\n", origin="mem")).message == "no text after the header"


def test_windows_newlines_are_normalised() -> None:
    got = article(read_text_article("date 2024-12-02\r\n\r\nLine one.\r\nLine two.\r\n", origin="mem"))
    assert got.text == "Line one.\nLine two."


def test_max_chars_for_text() -> None:
    got = error(read_text_article("date 2024-12-02\n" + "x" * 101, origin="mem", max_chars=100))
    assert got.message == "article is 101 characters, over the limit of 100"
    assert isinstance(read_text_article("date 2024-12-02\n" + "x" * 100, origin="mem", max_chars=100), Article)


@pytest.mark.parametrize(
    "value",
    [
        "2024-12-02",
        "2024-12-02T10:00:00Z",
        "2024-12-02T23:30:00+05:00",
        "2024-12-02 10:00",
        "December 2, 2024",
        "2 December 2024",
        "Dec 2, 2024",
        "Dec. 2, 2024",
        "2nd December 2024",
        "Monday, December 2, 2024",
        "  december 2 2024 ",
    ],
)
def test_parse_date_accepts(value: str) -> None:
    assert parse_date(value) == DEC2


@pytest.mark.parametrize("value", ["02/12/2024", "2024/12/02", "yesterday", "2024-13-01", "December 2024", ""])
def test_parse_date_refuses(value: str) -> None:
    with pytest.raises(DateError, match="unreadable date"):
        parse_date(value)


def test_same_text_gives_same_id_whatever_the_header() -> None:
    one = article(read_text_article(f"date 2024-12-02\n{BODY}", origin="a"))
    two = article(read_text_article(f"---\ndate: 2024-12-03\n---\n\n{BODY}\n", origin="b"))
    assert one.id == two.id == Article.make_id(BODY)
