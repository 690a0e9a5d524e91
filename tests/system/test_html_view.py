"""The HTML view in a real headless Chromium: ties drawn by sign, evidence shown on click."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import detente
from detente.records import Article
from detente.store import Store
from detente.system.render import drawn, to_html

from .test_system import stative

pytestmark = pytest.mark.slow
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_click_a_tie_to_read_its_evidence(tmp_path: Path, make_article: Callable[..., Article]) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    day = dt.date(2024, 12, 2)
    db = tmp_path / "v.duckdb"
    with Store(db) as store:
        ties = [stative("h", day, "TUR", "USA", "alliance"), stative("h", day, "USA", "PSEREB", "label", "-", n=1)]
        store.add([(make_article("h", date=day), [], ties)])
    page_file = tmp_path / "system.html"
    page_file.write_text(to_html(drawn(detente.system(db, as_of=day))), encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(page_file.as_uri())
            ties = page.locator("line.tie")
            assert ties.count() == 2
            dashed = page.locator("line.tie[stroke-dasharray]")
            assert dashed.count() == 1  # the label, negative
            assert "No tie selected" in page.inner_text("#evidence")
            dashed.first.dispatch_event("click")
            text = page.inner_text("#evidence")
            assert "USA label - PSEREB" in text and "USA label PSEREB." in text
        finally:
            browser.close()
