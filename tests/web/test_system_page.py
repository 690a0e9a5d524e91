"""The desk's System tab in a real headless Chromium against a real server over a store coded by detente.

The tab frames the page ``detente system --format html`` draws (served by the desk from its snapshot): the actors
coloured by bloc, the ties, the evidence of a tie on click; a date before any event shows an empty system and says
so instead of failing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tests.web.conftest import serving

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(coded_store: Path) -> Iterator[str]:
    with serving(coded_store) as base:
        yield base


def test_system_tab_shows_actors_ties_and_evidence(page: object, server: str) -> None:
    from playwright.sync_api import expect

    pg = page
    last = httpx.get(f"{server}/api/summary").json()["last_date"]
    view = httpx.get(f"{server}/api/system", params={"as_of": last, "window": "90d"}).json()
    ties = [r for r in view["relations"] if r["source"] is not None]
    assert view["actors"] and ties  # otherwise the store could not show the tab at work

    pg.click("#tab-system")  # type: ignore[attr-defined]
    expect(pg.locator("#system-as-of")).to_have_value(last)  # type: ignore[attr-defined]  the latest event's date
    expect(pg.locator("#system-status")).to_have_text(  # type: ignore[attr-defined]
        f"{len(view['actors'])} actors, {len(ties)} ties as of {last} (window 90d)"
    )
    frame = pg.frame_locator("#system-frame")  # type: ignore[attr-defined]
    expect(frame.locator("h1")).to_have_text(f"detente system as of {last}")
    expect(pg.locator("#evidence")).to_be_hidden()  # type: ignore[attr-defined]  the frame shows evidence itself
    shown = frame.locator("g.frame:not([style*='none']) g.actor circle")
    expect(shown).to_have_count(len(view["actors"]))
    expect(frame.locator("#when")).to_have_count(1)  # the time slider
    expect(frame.locator("#empty")).to_have_count(0)

    frame.locator("g.frame:not([style*='none']) line.hit").first.click()  # the wide line over the first tie
    first = ties[0]
    expect(frame.locator("#evidence h2")).to_contain_text(f"{first['source']} {first['kind']} {first['sign']}")
    expect(frame.locator("#evidence li").first).to_contain_text(first["evidence"][0]["sentence"])


def test_a_date_before_any_event_shows_an_empty_system_and_says_so(page: object, server: str) -> None:
    from playwright.sync_api import expect

    pg = page
    pg.click("#tab-system")  # type: ignore[attr-defined]
    frame = pg.frame_locator("#system-frame")  # type: ignore[attr-defined]
    expect(frame.locator("line.tie").first).to_be_attached()  # the default date has ties (paired with the empty one)
    pg.fill("#system-as-of", "1990-01-01")  # type: ignore[attr-defined]
    pg.click("#system-show")  # type: ignore[attr-defined]
    expect(pg.locator("#system-status")).to_contain_text("No relations as of 1990-01-01 (window 90d)")  # type: ignore[attr-defined]
    expect(pg.locator("#system-status")).not_to_have_class("status error")  # type: ignore[attr-defined]
    expect(frame.locator("h1")).to_have_text("detente system as of 1990-01-01")
    expect(frame.locator("#empty")).to_contain_text("No relations as of 1990-01-01")
    expect(frame.locator("line.tie")).to_have_count(0)


def test_the_system_page_is_framed_by_the_desk_only(server: str) -> None:
    answer = httpx.get(f"{server}/system", params={"as_of": "2024-12-09", "frames": 2})
    assert answer.status_code == 200 and '<svg id="graph"' in answer.text
    policy = answer.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in policy and "script-src 'sha256-" in policy
    assert answer.headers.get_list("content-security-policy") == [policy]  # not also the desk's own policy
    assert httpx.get(f"{server}/").headers["x-frame-options"] == "DENY"
    assert httpx.get(f"{server}/system", params={"window": "soon"}).status_code == 422
