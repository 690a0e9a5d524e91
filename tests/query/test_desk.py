"""Dyad series, the network, rankings, timelines, exports and the store's views, on a store built from records."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import duckdb
import networkx as nx
import pytest

from detente import query
from detente.query import EventFilter
from detente.records import ActorRef, Evidence
from detente.store import SCHEMA_VERSION, Store
from detente.store.views import VIEWS

D = dt.date


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Iran and Turkey over three weeks (talks both ways, one accusation, one strike), plus Russia-Ukraine fighting."""
    from tests.conftest import make_article as article
    from tests.conftest import make_event as event

    irn = ActorRef(code="IRNGOV", name="Iran government", text="Iran's foreign minister", country="IRN", role="GOV")
    tur = ActorRef(code="TURGOV", name="Turkey government", text="his Turkish counterpart", country="TUR", role="GOV")
    talks = "Iran's foreign minister met his Turkish counterpart in Ankara on Monday."
    evidence = Evidence(sentence=talks, start=0, end=len(talks), rule="040.meet", trigger="met")
    batch = [
        (
            article("d1", D(2024, 1, 1), url="https://news.example.org/d1"),
            [
                event("d1", 0, D(2024, 1, 1), irn, tur, "042", evidence=evidence),
                event("d1", 0, D(2024, 1, 1), tur, irn, "043", trigger_start=1, evidence=evidence),
                event("d1", 1, D(2024, 1, 3), "TURGOV", "IRNGOV", "112"),
            ],
        ),
        (
            article("d2", D(2024, 1, 16), url="javascript:alert(1)"),
            [
                event("d2", 0, D(2024, 1, 16), "IRNMIL", "TUR", "190"),
                event("d2", 1, D(2024, 1, 16), "IRNGOV", "TURGOV", "190", negated=True),
            ],
        ),
        (
            article("d3", D(2024, 2, 20)),
            [
                event("d3", 0, D(2024, 2, 20), "RUSMIL", "UKRMIL", "190"),
                event("d3", 1, D(2024, 2, 20), "UKRMIL", "RUSMIL", "190"),
                event("d3", 2, D(2024, 2, 21), "RUSMIL", "UKRMIL", "195"),
                event("d3", 3, None, "IGOUN", None, "010", location=None),
            ],
        ),
    ]
    path = tmp_path_factory.mktemp("desk") / "desk.duckdb"
    with Store(path) as store:
        store.add(batch)
    return path


def test_dyad_series_counts_both_directions_per_week(db: Path) -> None:
    s = query.dyad_series(db, "IRN", "TUR", by="week")
    assert s["directions"] == {"ab": "IRN → TUR", "ba": "TUR → IRN"}
    assert [p["period"] for p in s["periods"]] == ["2024-01-01", "2024-01-08", "2024-01-15"]
    first, empty, last = s["periods"]
    assert first["ab"]["events"] == 1 and first["ba"]["events"] == 2
    assert first["ba"]["goldstein_sum"] == pytest.approx(2.8 - 2.0)
    assert first["ba"]["verbal_cooperation"] == 1 and first["ba"]["verbal_conflict"] == 1
    assert empty["ab"]["events"] == 0 and empty["ab"]["goldstein_mean"] is None
    assert last["ab"]["events"] == 1 and last["ab"]["material_conflict"] == 1  # the negated strike is left out
    assert s["totals"]["ab"]["events"] == 2 and s["totals"]["ab"]["goldstein_mean"] == pytest.approx((1.9 - 10) / 2)
    with_negated = query.dyad_series(db, "IRN", "TUR", by="month", filters=EventFilter(include_negated=True))
    assert [p["period"] for p in with_negated["periods"]] == ["2024-01-01"]
    assert with_negated["totals"]["ab"]["events"] == 3


def test_dyad_series_of_strangers_is_empty_and_bad_input_refused(db: Path) -> None:
    s = query.dyad_series(db, "IRN", "UKR")
    assert s["periods"] == [] and s["totals"]["ab"]["events"] == 0
    with pytest.raises(ValueError):
        query.dyad_series(db, "IRN", "TUR", by="fortnight")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        query.dyad_series(db, "IRN'--", "TUR")


def test_series_rows_flatten_for_tables(db: Path) -> None:
    rows = query.series_rows(query.dyad_series(db, "IRN", "TUR", by="month"))
    assert [(r["period"], r["direction"], r["events"]) for r in rows] == [
        ("2024-01-01", "IRN → TUR", 2),
        ("2024-01-01", "TUR → IRN", 2),
    ]


def test_network_edges_weights_and_centrality(db: Path) -> None:
    g = query.network(db, betweenness=True)
    assert set(g.nodes) == {"IRNGOV", "TURGOV", "IRNMIL", "TUR", "RUSMIL", "UKRMIL"}
    edge = g.edges["RUSMIL", "UKRMIL"]
    assert edge["events"] == 2 and edge["conflict"] == 2 and edge["cooperation"] == 0
    assert edge["conflict_goldstein"] == pytest.approx(20.0) and edge["cooperation_goldstein"] == 0
    coop = g.edges["TURGOV", "IRNGOV"]
    assert coop["cooperation"] == 1 and coop["conflict"] == 1
    assert g.nodes["RUSMIL"]["events"] == 3 and g.nodes["RUSMIL"]["out_events"] == 2
    assert g.nodes["IRNGOV"]["name"] == "Iran government"
    assert {"pagerank", "degree_centrality", "betweenness"} <= set(g.nodes["IRNGOV"])
    assert sum(g.nodes[n]["pagerank"] for n in g) == pytest.approx(1.0, abs=1e-3)
    strong = query.network(db, min_events=2)
    assert set(strong.edges) == {("RUSMIL", "UKRMIL"), ("TURGOV", "IRNGOV")}
    small = query.network(db, max_nodes=4)  # the four actors with three events each; ties go by code
    assert set(small.nodes) == {"IRNGOV", "RUSMIL", "TURGOV", "UKRMIL"}
    assert "betweenness" not in small.nodes["RUSMIL"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_network_files_read_back(db: Path, tmp_path: Path, fmt: str) -> None:
    g = query.network(db, EventFilter(since=D(2024, 2, 1)))
    path = query.write_graph(g, tmp_path / f"n.{fmt}", fmt)  # type: ignore[arg-type]
    if fmt == "graphml":
        back = nx.read_graphml(path)
    elif fmt == "gexf":
        back = nx.read_gexf(path)
    else:
        back = nx.node_link_graph(json.loads(path.read_text()), edges="links")
    assert set(back.nodes) == {"RUSMIL", "UKRMIL"}
    assert int(back.edges["RUSMIL", "UKRMIL"]["events"]) == 2
    assert float(back.nodes["UKRMIL"]["pagerank"]) > 0


def test_top_actors_dyads_codes(db: Path) -> None:
    actors = query.top(db, "actors", n=3)
    assert [(a["code"], a["events"]) for a in actors] == [("IRNGOV", 3), ("RUSMIL", 3), ("TURGOV", 3)]
    assert actors[1]["as_source"] == 2 and actors[1]["as_target"] == 1 and actors[1]["conflict"] == 3
    assert [a["code"] for a in query.top(db, "actors", EventFilter(root="19"), n=1)] == ["RUSMIL"]
    assert [(d["actor_a"], d["actor_b"]) for d in query.top(db, "dyads", n=2)] == [
        ("IRNGOV", "TURGOV"),
        ("RUSMIL", "UKRMIL"),
    ]
    dyads = query.top(db, "dyads", EventFilter(quad_class=4), n=1)
    assert dyads[0] == {
        "actor_a": "RUSMIL",
        "actor_b": "UKRMIL",
        "events": 3,
        "a_to_b": 2,
        "b_to_a": 1,
        "cooperation": 0,
        "conflict": 3,
        "goldstein_mean": -10.0,
    }
    codes = query.top(db, "codes", EventFilter(root="19"))
    assert [(c["code"], c["events"]) for c in codes] == [("190", 3), ("195", 1)]
    with pytest.raises(ValueError):
        query.top(db, "people")  # type: ignore[arg-type]


def test_timeline_has_no_gaps(db: Path) -> None:
    rows = query.timeline(db, "IRN", by="week")
    assert [(r["period"], r["events"], r["as_source"], r["as_target"]) for r in rows] == [
        ("2024-01-01", 3, 1, 2),
        ("2024-01-08", 0, 0, 0),
        ("2024-01-15", 1, 1, 0),
    ]
    assert rows[0]["top_counterpart"] == "TURGOV"
    assert query.timeline(db, "IRN", by="week", filters=EventFilter(exact=True)) == []
    assert query.timeline(db, "CHN") == []


def test_event_detail_highlights_evidence_and_guards_links(db: Path) -> None:
    talks = query.find_events(db, EventFilter(code="042"))[0]
    detail = query.event_detail(db, talks["event_id"])
    assert detail is not None
    assert detail["event"]["source"]["code"] == "IRNGOV"
    marks = {(m["kind"], m["text"]) for m in detail["highlights"]}
    assert marks == {("source", "Iran's foreign minister"), ("target", "his Turkish counterpart"), ("trigger", "met")}
    assert detail["article"]["link"] == "https://news.example.org/d1"
    strike = query.find_events(db, EventFilter(article_id="d2"))[0]
    detail = query.event_detail(db, strike["event_id"])
    assert detail is not None
    assert detail["article"]["url"] == "javascript:alert(1)" and detail["article"]["link"] is None
    assert query.event_detail(db, "e-no-such-event") is None


def test_highlights_find_words_without_overlap() -> None:
    marks = query.highlights("Turkey said Turkey would talk.", "Turkey", "Turkey", "would talk")
    assert [(m["kind"], m["start"]) for m in marks] == [("source", 0), ("target", 12), ("trigger", 19)]
    marks = query.highlights("Rebels quickly attacked the town.", "rebels", None, "had attacked")
    assert [(m["kind"], m["text"]) for m in marks] == [("source", "Rebels"), ("trigger", "attacked")]
    assert query.highlights("Nothing here.", "Iran", "Turkey", None) == []


def test_event_page_counts_all_matches(db: Path) -> None:
    page = query.event_page(db, EventFilter(root="19"), sort="-date", limit=2, offset=0)
    assert page.total == 4 and len(page.rows) == 2
    assert [r["date"] for r in page.rows] == ["2024-02-21", "2024-02-20"]
    assert query.event_page(db, EventFilter(root="19"), limit=2, offset=4).rows == []


def test_exports_in_every_format(db: Path, tmp_path: Path) -> None:
    flt = EventFilter(actor="IRN")
    assert query.export(db, tmp_path / "e.tsv", "gdelt", flt) == 4
    with (tmp_path / "e.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert list(rows[0])[:3] == ["GlobalEventID", "Day", "Actor1Code"]
    assert {"EventCode", "EventRootCode", "QuadClass", "GoldsteinScale", "ActionGeo_Lat", "SOURCEURL"} <= set(rows[0])
    assert rows[0]["Day"] == "20240101" and rows[0]["Actor1Code"] == "IRNGOV" and rows[0]["EventRootCode"] == "04"
    assert rows[0]["SOURCEURL"] == "https://news.example.org/d1"

    assert query.export(db, tmp_path / "e.jsonl", "plover", flt) == 4
    lines = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    first = lines[0]
    assert {"event", "mode", "actor", "recipient", "event_loc", "date", "event_text"} <= set(first)
    assert first["event"] == "CONSULT" and first["actor"] == "IRNGOV" and first["recipient"] == "TURGOV"
    assert first["event_loc"]["name"] == "Tehran" and first["date"] == "2024-01-01"
    assert first["event_text"].startswith("Iran's foreign minister met")

    assert query.export(db, tmp_path / "e.parquet", "parquet", flt) == 4
    con = duckdb.connect()
    back = con.execute("SELECT cameo_code, url FROM read_parquet(?) ORDER BY date", [str(tmp_path / "e.parquet")])
    assert [r[0] for r in back.fetchall()] == ["042", "043", "112", "190"]

    assert query.export(db, tmp_path / "e.csv", "csv", EventFilter(root="19", include_negated=True)) == 5
    with (tmp_path / "e.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert sum(r["negated"] == "true" for r in rows) == 1 and rows[0]["article_title"]


def test_views_exist_and_agree_with_exports(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        views = {r[0] for r in store.con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        assert set(VIEWS) <= views
        gdelt = store.con.execute("SELECT count(*) FROM gdelt_events").fetchone()
        edges = store.con.execute(
            "SELECT events, conflict FROM actor_edges WHERE source_code = 'RUSMIL' AND target_code = 'UKRMIL'"
        ).fetchone()
        sides = store.con.execute("SELECT count(*) FROM actor_events WHERE actor = 'RUSMIL'").fetchone()
    assert gdelt == (query.export(db, tmp_path / "all.tsv", "gdelt"),)
    assert edges == (2, 2)
    assert sides == (3,)


def test_older_store_gets_the_views_when_opened(tmp_path: Path) -> None:
    from tests.conftest import make_article, make_event

    path = tmp_path / "v1.duckdb"
    with Store(path) as store:
        store.add([(make_article("a1"), [make_event("a1", 0)])])
    con = duckdb.connect(str(path))
    for name in VIEWS:
        con.execute(f"DROP VIEW {name}")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    # reading an older store works through a migrated copy; the file itself is left as it was
    assert len(query.find_events(path)) == 1
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("1",)
    con.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 7
        assert store.con.execute("SELECT count(*) FROM gdelt_events").fetchone() == (1,)


def test_centralities_agree_with_networkx(db: Path) -> None:
    net = query.actor_network(db, EventFilter(include_negated=True))
    g = net.to_networkx()
    expected_rank = nx.pagerank(g, weight="events")
    expected_degree = nx.degree_centrality(g)
    for i, code in enumerate(net.codes):
        assert net.nodes["pagerank"][i] == pytest.approx(expected_rank[code], abs=1e-5)
        assert net.nodes["degree_centrality"][i] == pytest.approx(expected_degree[code], abs=1e-6)
    assert net.to_json()["links"][0].keys() >= {"source", "target", "events", "cooperation", "conflict"}
    assert query.actor_network(db, EventFilter(since=D(2030, 1, 1))).n_nodes == 0
