"""The system as of a date from a real DuckDB store: aggregation, decay, windows, blocs, balance, change."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

import detente
from detente.records import ActorRef, Article, Event, Evidence, Stative
from detente.store import Store
from detente.system import relations_table, system_diff, system_json
from detente.system.contributions import relation_of

D = dt.date


def actor(code: str) -> ActorRef:
    country = None if code.startswith(("IGO", "NGO", "IMG")) else code[:3]
    return ActorRef(code=code, name=f"name {code}", text=code, country=country, role=code[3:] or None)


def stative(article: str, day: D, source: str | None, target: str, kind: str, sign: str = "+", n: int = 0) -> Stative:
    sentence = f"{source} {kind} {target}."
    return Stative(
        article_id=article,
        stative_id=Stative.make_id(article, n, 0, source, target, kind),
        sentence_index=n,
        date=day,
        source=actor(source) if source else None,
        target=actor(target),
        kind=kind,  # type: ignore[arg-type]
        sign=sign,  # type: ignore[arg-type]
        attributed_to=source if kind == "label" else None,
        evidence=Evidence(sentence=sentence, start=0, end=len(sentence), rule=f"stative.{kind}", trigger=kind),
    )


@pytest.fixture
def store_path(tmp_path: Path, make_article: Callable[..., Article], make_event: Callable[..., Event]) -> Path:
    """Two camps in the autumn of 2017: TUR and QAT with the USA; IRN and SYRGOV against the rebels."""
    path = tmp_path / "system.duckdb"
    a1, a2, a3 = (
        make_article(f"a{i}", date=d) for i, d in ((1, D(2017, 10, 1)), (2, D(2017, 12, 1)), (3, D(2017, 12, 20)))
    )
    with Store(path) as store:
        store.add(
            [
                (a1, [make_event("a1", 0, D(2017, 10, 1), "SYRREB", "SYRGOV", "190")],
                 [stative("a1", D(2017, 10, 1), "TUR", "USA", "alliance"),
                  stative("a1", D(2017, 10, 1), "QAT", "USA", "alliance", n=1)]),
                (a2, [make_event("a2", 0, D(2017, 12, 1), "IRN", "SYRGOV", "072", location=None),
                      make_event("a2", 1, D(2017, 12, 1), "IRNGOV", "SYRGOV", "042"),
                      make_event("a2", 2, D(2017, 12, 1), "SYRGOV", "SYRREB", "195")],
                 [stative("a2", D(2017, 12, 1), "TUR", "SYRREB", "support"),
                  stative("a2", D(2017, 12, 1), None, "SYRREB", "label", "-", n=1),
                  stative("a2", D(2017, 12, 1), "IRN", "SYRREB", "label", "-", n=2)]),
                (a3, [], [stative("a3", D(2017, 12, 20), "TUR", "USA", "alliance", "-")]),
            ]
        )  # fmt: skip
    return path


def key(r) -> tuple:
    return (r.source, r.kind, r.sign, r.target)


def test_the_api_and_the_json_shape(store_path: Path) -> None:
    view = detente.system(store_path, as_of="2017-12-31", window="all")
    keys = {key(r) for r in view.relations}
    assert ("SYRREB", "hostility", "-", "SYRGOV") in keys
    assert ("TUR", "support", "+", "SYRREB") in keys
    assert ("IRN", "label", "-", "SYRREB") in keys and (None, "label", "-", "SYRREB") in keys
    data = system_json(store_path, "2017-12-31", "90d")
    assert {"as_of", "window", "actors", "relations"} <= set(data)
    assert set(data["actors"][0]) >= {"code", "name", "country", "bloc"}
    assert set(data["relations"][0]) >= {"source", "target", "kind", "sign", "weight", "events", "first_seen",
                                         "last_seen", "attributed_to", "evidence"}  # fmt: skip
    assert data["as_of"] == "2017-12-31" and data["window"] == "90d"
    json.dumps(data)
    for r in data["relations"]:
        assert r["evidence"] and all({"article_id", "sentence", "start", "end"} <= set(e) for e in r["evidence"])


def test_window_and_decay(store_path: Path) -> None:
    near = detente.system(store_path, as_of="2017-12-02", window="30d")
    keys = {key(r) for r in near.relations}
    assert ("TUR", "support", "+", "SYRREB") in keys
    assert ("SYRREB", "hostility", "-", "SYRGOV") not in keys  # two months old: outside the window
    wide = detente.system(store_path, as_of="2017-12-02", window="90d")
    old = next(r for r in wide.relations if key(r) == ("SYRREB", "hostility", "-", "SYRGOV"))
    fresh = next(r for r in wide.relations if key(r) == ("TUR", "support", "+", "SYRREB"))
    assert fresh.weight == pytest.approx(0.5 ** (1 / 30))
    assert old.weight == pytest.approx(0.5 ** (62 / 30))  # a half-life of 30 days by default
    slow = detente.system(store_path, as_of="2017-12-02", window="90d", half_life="62d")
    assert next(r for r in slow.relations if key(r) == key(old)).weight == pytest.approx(0.5)


def test_events_count_by_kind(store_path: Path) -> None:
    view = detente.system(store_path, as_of="2017-12-31", window="all")
    support = next(r for r in view.relations if key(r) == ("IRN", "support", "+", "SYRGOV"))
    assert support.events == 1 and support.statives == 0
    assert not any(r.kind == "cooperation" and r.source == "IRNGOV" and r.sign == "-" for r in view.relations)
    assert relation_of("195", "x") == ("hostility", "-") and relation_of("072", "x") == ("support", "+")
    assert relation_of("112", "112.call_terrorist") == ("label", "-") and relation_of("111", "x") is None


def test_a_relation_flips_as_the_date_moves(store_path: Path) -> None:
    before = detente.system(store_path, as_of="2017-12-10", window="all")
    after = detente.system(store_path, as_of="2017-12-31", window="all")
    assert ("TUR", "alliance", "+", "USA") in {key(r) for r in before.relations}
    assert ("TUR", "alliance", "-", "USA") in {key(r) for r in after.relations}  # the recent, heavier evidence
    change = system_diff(store_path, "2017-12-10", "2017-12-31", "all")
    assert [(c["source"], c["target"], c["was"], c["sign"]) for c in change["flipped"]] == [("TUR", "USA", "+", "-")]
    assert change["ended"] == []
    assert {(c["source"], c["kind"], c["target"]) for c in change["formed"]} == set()
    change = system_diff(store_path, "2017-10-15", "2017-12-31", "all")
    assert ("TUR", "support", "SYRREB") in {(c["source"], c["kind"], c["target"]) for c in change["formed"]}


def test_blocs_and_balance(store_path: Path) -> None:
    view = detente.system(store_path, as_of="2017-12-31", window="all", states=True)
    bloc = {a.code: a.bloc for a in view.actors}
    assert bloc["IRN"] == bloc["SYR"] != bloc["SYRREB"]
    assert bloc["TUR"] == bloc["SYRREB"]
    assert view.balance is not None and view.balance.triads >= 1
    assert 0 <= view.balance.index <= 1
    # IRN backs SYR, both are hostile to the rebels: a balanced triad
    assert all(set(t.actors) != {"IRN", "SYR", "SYRREB"} for t in view.balance.unbalanced)


def test_an_unbalanced_triad_is_listed_with_its_relations(tmp_path: Path, make_article: Callable[..., Article]) -> None:
    path = tmp_path / "t.duckdb"
    day = D(2024, 12, 2)
    with Store(path) as store:
        store.add([(make_article("b", date=day), [], [
            stative("b", day, "TUR", "PSEREB", "support"),
            stative("b", day, "TUR", "USA", "alliance", n=1),
            stative("b", day, "USA", "PSEREB", "label", "-", n=2),
        ])])  # fmt: skip
    view = detente.system(path, as_of=day, window="30d")
    assert view.balance is not None and view.balance.index == 0.0
    (triad,) = view.balance.unbalanced
    assert triad.actors == ["PSEREB", "TUR", "USA"]
    assert ["USA", "PSEREB", "label"] in triad.relations


def test_relations_table_follows_the_articles(store_path: Path, make_article: Callable[..., Article]) -> None:
    detente.system(store_path, as_of="2017-12-31")
    con = duckdb.connect(str(store_path))
    n = con.execute("SELECT count(*) FROM relations").fetchone()[0]
    assert n == 10
    con.close()
    day = D(2017, 12, 28)
    with Store(store_path) as store:  # one more article, and a1 coded again without its statives
        store.add([(make_article("a4", date=day), [], [stative("a4", day, "RUS", "SYRGOV", "support")]),
                   (make_article("a1", date=D(2017, 10, 1)), [], [])])  # fmt: skip
    view = detente.system(store_path, as_of="2017-12-31", window="all")
    keys = {key(r) for r in view.relations}
    assert ("RUS", "support", "+", "SYRGOV") in keys
    assert ("QAT", "alliance", "+", "USA") not in keys and ("SYRREB", "hostility", "-", "SYRGOV") not in keys
    con = duckdb.connect(str(store_path))
    assert con.execute("SELECT count(*) FROM relations").fetchone()[0] == n - 3 + 1
    assert con.execute("SELECT value FROM meta WHERE key = 'relations_version'").fetchone()[0].startswith("events.")
    con.close()


def test_a_read_only_store_is_read_not_written(store_path: Path, make_article: Callable[..., Article]) -> None:
    detente.system(store_path, as_of="2017-12-31")  # relations derived and stored
    with Store(store_path) as writer:  # then one more article
        article = make_article("a5", date=D(2017, 12, 30))
        writer.add([(article, [], [stative("a5", D(2017, 12, 30), "EGY", "SAU", "alliance")])])
    con = duckdb.connect(str(store_path), read_only=True)
    try:
        assert relations_table.stale_articles(con) == ["a5"]
        rows = relations_table.load(con, since=D(2017, 12, 1), until=D(2017, 12, 31))
        assert ("EGY", "SAU", "alliance") in {(c.source_code, c.target_code, c.kind) for c in rows}
        assert ("TUR", "SYRREB", "support") in {(c.source_code, c.target_code, c.kind) for c in rows}
        assert con.execute("SELECT count(*) FROM relations WHERE article_id = 'a5'").fetchone()[0] == 0
    finally:
        con.close()


def test_bad_durations_are_refused(store_path: Path) -> None:
    with pytest.raises(ValueError, match="not a duration"):
        detente.system(store_path, as_of="2017-12-31", window="ninety days")
    with pytest.raises(ValueError, match="half-life"):
        detente.system(store_path, as_of="2017-12-31", half_life="0d")
