"""The JSON API of a real ``detente serve`` process: answers, validation, limits and what it refuses to serve."""

from __future__ import annotations

import http.client
import json
from urllib.parse import urlsplit

import httpx
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(records_server: str) -> httpx.Client:
    with httpx.Client(base_url=records_server, timeout=60) as c:
        yield c


def test_summary_and_health(client: httpx.Client) -> None:
    assert client.get("/api/summary").json()["events"] == 120
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["refreshes"] >= 1 and health["last_error"] is None


def test_events_filter_sort_and_page(client: httpx.Client) -> None:
    page = client.get("/api/events", params={"actor": "irn", "sort": "-date", "limit": 5, "offset": 1}).json()
    assert page["total"] == 40 and len(page["rows"]) == 5
    assert page["rows"][0]["date"] == "2024-04-24" and page["rows"][0]["source"] == "IRNGOV"
    both = client.get("/api/events", params={"source": "UKR", "quad_class": 4, "root": "19", "code": "195"}).json()
    assert both["total"] == 20 and {r["cameo"] for r in both["rows"]} == {"195"}
    assert client.get("/api/events", params={"place": "nowhere"}).json()["total"] == 0


def test_event_detail_and_404(client: httpx.Client) -> None:
    row = client.get("/api/events", params={"actor": "IRNGOV", "limit": 1}).json()["rows"][0]
    detail = client.get(f"/api/events/{row['event_id']}").json()
    assert detail["event"]["evidence"]["sentence"].startswith("Iranian officials met Ankara <script>")
    assert [(h["kind"], h["text"]) for h in detail["highlights"]] == [
        ("source", "Iranian officials"),
        ("trigger", "met"),
        ("target", "Ankara"),
    ]
    assert detail["article"]["link"] == "https://news.example.org/r00"
    assert client.get("/api/events/e0000000000000000").status_code == 404


def test_dyad_network_top_timeline(client: httpx.Client) -> None:
    dyad = client.get("/api/dyad", params={"a": "RUS", "b": "UKR", "by": "month"}).json()
    assert dyad["totals"]["ab"]["events"] == 40 and dyad["totals"]["ba"]["events"] == 40
    assert dyad["periods"][0]["period"] == "2024-01-01"
    events = client.get("/api/dyad/events", params={"a": "RUS", "b": "UKR", "limit": 3}).json()
    assert len(events) == 3 and events[0]["date"] >= events[-1]["date"]
    graph = client.get("/api/network", params={"min_events": 2, "max_nodes": 10}).json()
    assert {n["id"] for n in graph["nodes"]} == {"IRNGOV", "TURGOV", "RUSMIL", "UKR", "UKRMIL"}
    assert all({"source", "target", "cooperation", "conflict"} <= set(link) for link in graph["links"])
    top = client.get("/api/top", params={"kind": "dyads", "n": 1}).json()
    assert (top[0]["actor_a"], top[0]["actor_b"]) == ("IRNGOV", "TURGOV") or top[0]["events"] == 40
    timeline = client.get("/api/timeline", params={"actor": "TURGOV", "by": "month"}).json()
    assert sum(r["events"] for r in timeline) == 40 and timeline[0]["top_counterpart"] == "IRNGOV"


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/events", {"limit": 0}),
        ("/api/events", {"limit": 501}),
        ("/api/events", {"offset": -1}),
        ("/api/events", {"actor": "IRN' OR '1'='1"}),
        ("/api/events", {"root": "1;DROP TABLE events"}),
        ("/api/events", {"since": "yesterday"}),
        ("/api/events", {"since": "2024-02-01", "until": "2024-01-01"}),
        ("/api/events", {"sort": "date desc"}),
        ("/api/events", {"place": "x" * 101}),
        ("/api/dyad", {"a": "IRN"}),
        ("/api/dyad", {"a": "IRN", "b": "TUR", "by": "decade"}),
        ("/api/network", {"max_nodes": 301}),
        ("/api/top", {"kind": "people"}),
    ],
)
def test_bad_parameters_are_422(client: httpx.Client, path: str, params: dict) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    assert response.json()["detail"]


def test_static_files_come_from_the_package_only(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<title>detente desk</title>" in page.text
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")
    for name in ("index.html", "nope.js", "..%2f..%2fpyproject.toml", "%2e%2e%2fapp.py"):
        assert client.get(f"/static/{name}").status_code == 404
    host = urlsplit(str(client.base_url))
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    conn.request("GET", "/static/../../../../etc/passwd")
    response = conn.getresponse()
    assert response.status == 404 and b"root:" not in response.read()
    conn.close()


def test_security_headers_and_no_remote_scripts(client: httpx.Client) -> None:
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "http" not in page.text.replace('href="/static', "")  # nothing loaded from elsewhere
    script = client.get("/static/app.js").text.replace('"http://www.w3.org/2000/svg"', "")  # a name, not a load
    assert "http" not in script
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from the internet
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/dyad", "/api/network", "/api/top"} <= set(spec["paths"])


def test_request_size_limits_and_hosts(client: httpx.Client) -> None:
    assert client.get("/api/events", params={"place": "x" * 2100}).status_code == 414
    assert client.post("/api/events", content=b"x" * 5000).status_code == 413
    assert client.request("GET", "/api/summary", content=b"x" * 5000).status_code == 413
    assert client.post("/api/events").status_code == 405
    assert client.get("/api/summary", headers={"Host": "attacker.example"}).status_code == 400
    assert client.get("/api/summary", headers={"Host": "localhost"}).status_code == 200


def test_responses_are_json(client: httpx.Client) -> None:
    response = client.get("/api/top", params={"kind": "codes"})
    assert response.headers["content-type"] == "application/json"
    assert json.loads(response.text)[0]["code"] in {"190", "195", "042", "112"}


def test_the_system_of_relations(client: httpx.Client) -> None:
    """/api/system is `detente system --format json` from the page's snapshot (docs/system.md)."""
    data = client.get("/api/system", params={"as_of": "2024-04-30", "window": "90d"}).json()
    assert data["as_of"] == "2024-04-30" and data["window"] == "90d"
    found = {(r["source"], r["kind"], r["sign"], r["target"]) for r in data["relations"]}
    assert ("RUSMIL", "hostility", "-", "UKR") in found
    assert all(r["evidence"] for r in data["relations"])
    assert not client.get("/api/system", params={"as_of": "2023-01-01"}).json()["relations"]  # before any event
    assert client.get("/api/system", params={"as_of": "2024-04-30", "window": "soon"}).status_code == 422
    assert client.get("/api/system", params={"as_of": "2024-04-30", "half_life": "0d"}).status_code == 400
