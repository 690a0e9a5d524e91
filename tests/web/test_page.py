"""The page in a real headless Chromium against a real server over a store coded by detente.

An analyst's path: load the page, filter the events, open an event's evidence, open a dyad, use the network. The
browser may reach the server only; any other request would be recorded (and refused), so the page works offline.
"""

from __future__ import annotations

import re
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


def test_load_filter_and_see_evidence(page: object, server: str) -> None:
    from playwright.sync_api import expect

    pg = page
    expect(pg.locator("#store-info")).to_contain_text("events from")  # type: ignore[attr-defined]
    rows = pg.locator("#events-table tbody tr")  # type: ignore[attr-defined]
    expect(rows.first).to_be_visible()
    total = httpx.get(f"{server}/api/summary").json()["events"]
    assert rows.count() == min(total, 50)

    pg.fill("#filter-actor", "TUR")  # type: ignore[attr-defined]
    pg.click("#apply")  # type: ignore[attr-defined]
    turkish = httpx.get(f"{server}/api/events", params={"actor": "TUR"}).json()
    assert turkish["total"] >= 2
    expect(pg.locator("#events-status")).to_contain_text(f"of {turkish['total']} events")  # type: ignore[attr-defined]
    expect(rows).to_have_count(turkish["total"])
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert "TUR" in cells.nth(1).inner_text() + cells.nth(2).inner_text()

    talks = next(r for r in turkish["rows"] if r["source"] == "IRNGOV" and r["target"] == "TURGOV")
    pg.click(f"#events-table tr[data-event='{talks['event_id']}']")  # type: ignore[attr-defined]
    sentence = pg.locator("#evidence-sentence")  # type: ignore[attr-defined]
    expect(sentence).to_have_text(talks["sentence"])
    detail = httpx.get(f"{server}/api/events/{talks['event_id']}").json()
    expect(sentence.locator("mark.source")).to_have_text(detail["event"]["source"]["text"])
    expect(sentence.locator("mark.target")).to_have_text(detail["event"]["target"]["text"])
    expect(sentence.locator("mark.trigger")).to_have_count(1)
    expect(pg.locator("#evidence")).to_contain_text("IRNGOV")  # type: ignore[attr-defined]


def test_open_a_dyad_and_click_its_event(page: object, server: str) -> None:
    from playwright.sync_api import expect

    pg = page
    pg.click("#tab-dyad")  # type: ignore[attr-defined]
    pg.fill("#dyad-a", "IRN")  # type: ignore[attr-defined]
    pg.fill("#dyad-b", "TUR")  # type: ignore[attr-defined]
    pg.select_option("#dyad-by", "month")  # type: ignore[attr-defined]
    pg.click("#dyad-show")  # type: ignore[attr-defined]
    series = httpx.get(f"{server}/api/dyad", params={"a": "IRN", "b": "TUR", "by": "month"}).json()
    bars = pg.locator("#dyad-chart svg rect.bar")  # type: ignore[attr-defined]
    expect(bars).to_have_count(2 * len(series["periods"]))
    ab = series["totals"]["ab"]["events"]
    expect(pg.locator("#dyad-totals")).to_contain_text(f"IRN → TUR: {ab} events")  # type: ignore[attr-defined]
    assert re.search(r"#dyad/IRN/TUR$", pg.url)  # type: ignore[attr-defined]
    first = pg.locator("#dyad-table tbody tr").first  # type: ignore[attr-defined]
    first.click()
    expect(pg.locator("#evidence-sentence mark.source")).to_have_count(1)  # type: ignore[attr-defined]
    expect(pg.locator("#evidence-link")).to_be_visible()  # type: ignore[attr-defined]


def test_network_and_top_lead_to_events_and_dyads(page: object, server: str) -> None:
    from playwright.sync_api import expect

    pg = page
    pg.click("#tab-network")  # type: ignore[attr-defined]
    pg.fill("#network-min", "1")  # type: ignore[attr-defined]
    pg.click("#network-show")  # type: ignore[attr-defined]
    graph = httpx.get(f"{server}/api/network", params={"min_events": 1, "max_nodes": 40}).json()
    expect(pg.locator("#network svg circle")).to_have_count(len(graph["nodes"]))  # type: ignore[attr-defined]
    expect(pg.locator("#network svg line")).to_have_count(len(graph["links"]))  # type: ignore[attr-defined]
    pg.click("#network circle[data-actor='TURGOV']")  # type: ignore[attr-defined]
    expect(pg.locator("#view-events")).to_be_visible()  # type: ignore[attr-defined]
    expect(pg.locator("#filter-actor")).to_have_value("TURGOV")  # type: ignore[attr-defined]
    expect(pg.locator("#events-status")).to_contain_text(" of ")  # type: ignore[attr-defined]

    pg.click("#tab-top")  # type: ignore[attr-defined]
    top = httpx.get(f"{server}/api/top", params={"kind": "dyads", "n": 15}).json()
    link = pg.locator("#top-dyads a").first  # type: ignore[attr-defined]
    expect(link).to_have_text(f"{top[0]['actor_a']} – {top[0]['actor_b']}")
    link.click()
    expect(pg.locator("#view-dyad")).to_be_visible()  # type: ignore[attr-defined]
    expect(pg.locator("#dyad-a")).to_have_value(top[0]["actor_a"])  # type: ignore[attr-defined]
    expect(pg.locator("#dyad-chart svg rect.bar").first).to_be_visible()  # type: ignore[attr-defined]


def test_a_slow_earlier_network_answer_never_overwrites_the_one_asked_for(page: object, server: str) -> None:
    """The tab's default load (two events per edge) is held back until the analyst's own request has drawn."""
    from playwright.sync_api import expect

    pg = page
    wide = httpx.get(f"{server}/api/network", params={"min_events": 1, "max_nodes": 40}).json()
    narrow = httpx.get(f"{server}/api/network", params={"min_events": 2, "max_nodes": 40}).json()
    assert len(wide["links"]) != len(narrow["links"])  # otherwise the test could not tell the two apart
    held: list[object] = []

    def hold_the_default(route: object) -> None:
        if "min_events=2" in route.request.url:  # type: ignore[attr-defined]
            held.append(route)
        else:
            route.continue_()  # type: ignore[attr-defined]

    pg.route("**/api/network?*", hold_the_default)  # type: ignore[attr-defined]
    pg.click("#tab-network")  # type: ignore[attr-defined]
    pg.fill("#network-min", "1")  # type: ignore[attr-defined]
    pg.click("#network-show")  # type: ignore[attr-defined]
    lines = pg.locator("#network svg line")  # type: ignore[attr-defined]
    expect(lines).to_have_count(len(wide["links"]))
    assert len(held) == 1
    with pg.expect_response(lambda r: "min_events=2" in r.url):  # type: ignore[attr-defined]
        held[0].continue_()  # type: ignore[attr-defined]
    pg.evaluate("() => new Promise((done) => setTimeout(done, 200))")  # type: ignore[attr-defined]
    expect(lines).to_have_count(len(wide["links"]))
    expect(pg.locator("#network-status")).to_have_text(f"{len(wide['nodes'])} actors, {len(wide['links'])} edges")  # type: ignore[attr-defined]
