"""Nothing lost at the door: web pages are read or reported, other languages and duplicate ids reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from detente.ingest import IngestError, read_articles
from detente.ingest.base import reason_of
from detente.ingest.identity import DuplicateScreen, IdConflict, content_hash
from detente.ingest.language import detect_language, not_english
from detente.records import Article
from detente.store.schema import CONTENT_HASH_SQL

PAGE = """<!doctype html>
<html><head><title>Ministers meet in Ankara</title>
<meta property="article:published_time" content="2024-12-02T09:30:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers meet in Ankara</h1>
<p>Iran's foreign minister met his Turkish counterpart in Ankara on Monday, officials said.</p>
<p>The two ministers discussed the fighting in northern Syria and agreed to meet again next month.</p>
</article><footer>Copyright 2024 Example Wire. All rights reserved.</footer></body></html>"""

UNDATED_PAGE = PAGE.replace('<meta property="article:published_time" content="2024-12-02T09:30:00Z">', "")
MENU_ONLY = "<html><head><title>Loading</title><script>var page = 1;</script></head><body><div></div></body></html>"

# Written for these tests (not from any corpus).
FRENCH = (
    "Le ministre iranien des Affaires étrangères a rencontré lundi son homologue turc à Ankara, "
    "ont indiqué des responsables. Les deux hommes ont évoqué les combats dans le nord de la Syrie."
)
ARABIC = (
    "التقى وزير الخارجية الإيراني نظيره التركي في أنقرة يوم الاثنين، بحسب ما أفاد مسؤولون. "
    "وناقش الوزيران القتال في شمال سوريا واتفقا على الاجتماع مجددا الشهر المقبل."
)
ENGLISH = "Iran's foreign minister met his Turkish counterpart in Ankara on Monday, officials said."


def test_web_page_in_a_folder_becomes_an_article(tmp_path: Path) -> None:
    (tmp_path / "talks.html").write_text(PAGE, encoding="utf-8")
    (got,) = list(read_articles(tmp_path))
    assert isinstance(got, Article), got
    assert got.date == dt.date(2024, 12, 2)
    assert got.title == "Ministers meet in Ankara"
    assert "met his Turkish counterpart in Ankara" in got.text
    assert "Copyright" not in got.text and "Home" not in got.text


def test_undated_page_takes_date_option_or_is_reported(tmp_path: Path) -> None:
    page = tmp_path / "talks.htm"
    page.write_text(UNDATED_PAGE, encoding="utf-8")
    (undated,) = list(read_articles(page))
    assert isinstance(undated, IngestError) and undated.reason == "undated"
    (dated,) = list(read_articles(page, date=dt.date(2024, 12, 3)))
    assert isinstance(dated, Article) and dated.date == dt.date(2024, 12, 3)


def test_page_without_article_text_is_reported(tmp_path: Path) -> None:
    (tmp_path / "menu.html").write_text(MENU_ONLY, encoding="utf-8")
    (tmp_path / "talks.html").write_text(PAGE, encoding="utf-8")
    menu, talks = list(read_articles(tmp_path))
    assert isinstance(menu, IngestError) and menu.reason == "no article text"
    assert menu.origin.endswith("menu.html")
    assert isinstance(talks, Article)


def test_every_reader_message_has_a_summary_reason() -> None:
    assert reason_of("empty file") == "empty"
    assert reason_of("binary file, not text") == "binary"
    assert reason_of("no date: add a first line 'date YYYY-MM-DD' or pass --date") == "undated"
    assert reason_of("article is 12 characters, over the limit of 5") == "too long"
    assert reason_of("not valid JSON: Expecting value (column 1)") == "malformed"
    assert reason_of("no such file or folder") == "unreadable"
    assert IngestError("x", "explicit", reason="duplicate").reason == "duplicate"


def test_language_of_french_arabic_and_english() -> None:
    assert not_english(FRENCH) == "not English (French)"
    assert not_english(ARABIC) == "not English (Arabic)"
    assert not_english(ENGLISH) is None
    assert detect_language(" ".join([ENGLISH] * 3)) == "English"
    assert detect_language("Iran, Turkey") is None  # too short to tell: coded, never skipped on a guess
    # a sentence full of names reads as French to the fast detector: too short to be judged
    assert not_english("Saudi Arabia promised to provide financial assistance to Egypt.") is None
    assert not_english("وناقش الوزيران القتال في شمال سوريا") == "not English (Arabic)"  # other script: short will do


def _article(article_id: str, text: str, origin: str) -> Article:
    return Article(id=article_id, date=dt.date(2024, 12, 2), text=text, origin=origin)


def test_same_id_same_text_is_a_duplicate_and_different_text_is_kept_renamed() -> None:
    first = _article("w1", ENGLISH, "feed.jsonl:1")
    again = _article("w1", ENGLISH, "feed.jsonl:2")
    other = _article("w1", ENGLISH + " They will meet again.", "feed.jsonl:3")
    other_again = _article("w1", ENGLISH + " They will meet again.", "feed.jsonl:4")
    out = list(DuplicateScreen().screen([first, again, other, other_again]))
    assert out[0] == first
    assert isinstance(out[1], IngestError) and out[1].reason == "duplicate" and "feed.jsonl:1" in out[1].message
    conflict, renamed = out[2], out[3]
    assert isinstance(conflict, IdConflict) and conflict.first_origin == "feed.jsonl:1"
    assert isinstance(renamed, Article) and renamed.text == other.text
    assert renamed.id == "w1~" + content_hash(other)[:8] == conflict.new_id
    assert isinstance(out[4], IngestError) and out[4].reason == "duplicate"
    assert len(out) == 5
    # the same input gives the same ids on every run
    again_out = list(DuplicateScreen().screen([first, other]))
    assert [a.id for a in again_out if isinstance(a, Article)] == ["w1", renamed.id]


def test_content_hash_matches_the_store_sql() -> None:
    article = _article("h1", "Text with ünïcode — and a newline\nhere.", "x")
    con = duckdb.connect()
    con.execute("CREATE TABLE articles (date DATE, text VARCHAR)")
    con.execute("INSERT INTO articles VALUES (?, ?), (NULL, ?)", [article.date, article.text, article.text])
    dated, undated = [r[0] for r in con.execute(f"SELECT {CONTENT_HASH_SQL} FROM articles ORDER BY date").fetchall()]
    assert dated == content_hash(article)
    assert undated == content_hash(article.model_copy(update={"date": None}))
    assert dated != undated
