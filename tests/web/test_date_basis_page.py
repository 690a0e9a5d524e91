"""Where an event's day came from, on the web (s29-store): the API's ``date_basis`` filter and rows, the event detail,
and the page's "Day from" filter and evidence panel, in a real headless Chromium against a real server over a store of
events the real coder gave."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from tests.store.dated import EXPECTED, write_store
from tests.web.conftest import serving

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(write_store(tmp_path_factory.mktemp("web") / "dated.duckdb")) as base:
        yield base


def test_the_api_filters_by_basis_and_says_it(server: str) -> None:
    carried = httpx.get(f"{server}/api/events", params={"date_basis": "carried"}).json()
    assert carried["total"] == 2
    assert {(r["article_id"], r["date_basis"], r["date_from"]) for r in carried["rows"]} == {
        ("d-run", "carried", 0),
        ("d-again", "carried", 0),
    }
    every = httpx.get(f"{server}/api/events").json()
    assert every["total"] == len(EXPECTED) and {r["date_basis"] for r in every["rows"]} == {
        "own",
        "carried",
        "article",
        None,
    }
    refused = httpx.get(f"{server}/api/events", params={"date_basis": "guessed"})
    assert refused.status_code == 422
    detail = httpx.get(f"{server}/api/events/{carried['rows'][0]['event_id']}").json()
    assert (detail["date_basis"], detail["date_from"]) == ("carried", 0)


def test_views_about_given_actors_filter_by_basis_too(server: str) -> None:
    """A dyad narrowed to the days the text gave comes back narrowed, not silently whole (review of s29-store)."""
    pair = {"a": "RUS", "b": "SYR"}
    every = httpx.get(f"{server}/api/dyad/events", params=pair).json()
    assert {r["date_basis"] for r in every} == {"own", "carried"}
    for basis in ("own", "carried"):
        rows = httpx.get(f"{server}/api/dyad/events", params={**pair, "date_basis": basis}).json()
        assert rows and {r["date_basis"] for r in rows} == {basis}
    series = httpx.get(f"{server}/api/timeline", params={"actor": "RUS", "date_basis": "carried"})
    assert series.status_code == 200
    refused = httpx.get(f"{server}/api/dyad/events", params={**pair, "date_basis": "guessed"})
    assert refused.status_code == 422


def test_the_page_filters_by_basis_and_shows_it_in_the_evidence(page: object, server: str) -> None:
    from playwright.sync_api import expect

    pg = page
    rows = pg.locator("#events-table tbody tr")  # type: ignore[attr-defined]
    expect(rows).to_have_count(len(EXPECTED))
    pg.select_option("#filter-date-basis", "carried")  # type: ignore[attr-defined]
    pg.click("#apply")  # type: ignore[attr-defined]
    expect(rows).to_have_count(2)
    carried = httpx.get(f"{server}/api/events", params={"date_basis": "carried", "article_id": "d-run"}).json()
    pg.click(f"#events-table tr[data-event='{carried['rows'][0]['event_id']}']")  # type: ignore[attr-defined]
    when = pg.locator("#evidence-when")  # type: ignore[attr-defined]
    expect(when).to_have_text("2016-10-03 (day), carried from sentence 0")

    pg.select_option("#filter-date-basis", "article")  # type: ignore[attr-defined]
    pg.click("#apply")  # type: ignore[attr-defined]
    expect(rows).to_have_count(1)
    rows.first.click()
    expect(when).to_have_text("2016-10-05 (article), the article's date")
