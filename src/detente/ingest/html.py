"""Saved web pages: the article's text, title and date from an ``.html`` file, offline.

Archives are often kept as the pages themselves. trafilatura (a maintained
main-text extractor) drops menus, footers and boilerplate and reads the
publication date from the page's metadata; it downloads nothing. A page with
no article text, or no date and no ``--date``, is reported like any other bad
input, never passed over in silence.
"""

from __future__ import annotations

import datetime as dt
import logging

from detente.ingest.base import EMPTY_FILE, NO_DATE, NO_TEXT, UNREADABLE, IngestError
from detente.ingest.dates import DateError, parse_date
from detente.ingest.textfile import normalise_text, too_long
from detente.records import Article

HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
NO_ARTICLE_TEXT = "web page with no article text (menus and boilerplate only)"

# Only the page's own metadata (meta tags, JSON-LD, <time>): no guessing from links or the text.
_DATE_OPTIONS = {"extensive_search": False, "original_date": True}


def read_html_article(
    data: bytes | str, *, origin: str, date: dt.date | None = None, max_chars: int
) -> Article | IngestError:
    """The article in one web page, dated by its metadata, else by ``date``."""
    if not data.strip():
        return IngestError(origin, EMPTY_FILE)
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a runtime dependency; kept for trimmed installs
        return IngestError(origin, "web page skipped: trafilatura is not installed", reason=UNREADABLE)
    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its own warnings are not ours to print
    try:
        page = trafilatura.bare_extraction(data, with_metadata=True, date_extraction_params=_DATE_OPTIONS)
    except Exception as exc:  # a parser error on one odd page must not stop a folder
        return IngestError(origin, f"unreadable web page: {type(exc).__name__}: {exc}", reason=UNREADABLE)
    text = normalise_text(getattr(page, "text", None) or "") if page is not None else ""
    if not text:
        return IngestError(origin, NO_ARTICLE_TEXT, reason=NO_TEXT)
    if len(text) > max_chars:
        return IngestError(origin, too_long(len(text), max_chars))
    when = _page_date(getattr(page, "date", None)) or date
    if when is None:
        return IngestError(origin, f"{NO_DATE} (the page's metadata has none)")
    title = (getattr(page, "title", None) or "").strip() or None
    url = (getattr(page, "url", None) or "").strip() or None
    return Article(id=Article.make_id(text), date=when, text=text, title=title, url=url, origin=origin)


def _page_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return parse_date(value)
    except DateError:
        return None
