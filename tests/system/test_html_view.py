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


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_the_time_slider_moves_the_graph_through_its_dates(
    tmp_path: Path, make_article: Callable[..., Article]
) -> None:
    """An alliance of November and a label of December: the slider's first date shows the one, its last both, and a
    tie clicked at a date shows that date's evidence."""
    sync_api = pytest.importorskip("playwright.sync_api")
    early, late = dt.date(2024, 11, 1), dt.date(2024, 12, 2)
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.add([(make_article("a", date=early), [], [stative("a", early, "TUR", "USA", "alliance")])])
        store.add([(make_article("b", date=late), [], [stative("b", late, "USA", "PSEREB", "label", "-", n=1)])])
    before = [drawn(detente.system(db, as_of=early))]
    page_file = tmp_path / "slider.html"
    page_file.write_text(to_html(drawn(detente.system(db, as_of=late)), before), encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(page_file.as_uri())
            assert page.locator("line.tie:visible").count() == 2  # as of the last date: both
            assert "2024-12-02" in page.inner_text("#day")
            page.locator("#when").fill("0")
            assert "2024-11-01" in page.inner_text("#day")
            visible = page.locator("line.tie:visible")
            assert visible.count() == 1  # as of November: the alliance only
            visible.first.dispatch_event("click")
            assert "TUR alliance + USA" in page.inner_text("#evidence")
        finally:
            browser.close()
