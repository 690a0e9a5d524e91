"""Every filter of EventFilter selects what it says, on a real store; bad values are refused with a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from detente.query import EventFilter, find_events
from detente.records import ActorRef, Location
from detente.store import Store

D = dt.date


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import make_article as article
    from tests.conftest import make_event as event

    batch = [
        (
            article("f1", D(2024, 1, 10)),
            [
                event("f1", 0, D(2024, 1, 10), "IRNGOV", "USAGOV", "112", location="Tehran"),
                event("f1", 1, D(2024, 1, 11), "USAGOV", "IRNGOV", "112", modality="claim", location=None),
                event("f1", 2, D(2024, 1, 12), "IRN", "TURGOV", "036", modality="intent", location=None),
            ],
        ),
        (
            article("f2", D(2024, 2, 5)),
            [
                event(
                    "f2",
                    0,
                    D(2024, 2, 5),
                    "RUSMIL",
                    "UKR",
                    "195",
                    location=Location(name="Kherson", country="UKR", lat=46.6, lon=32.6, text="Kherson"),
                ),
                event("f2", 1, D(2024, 2, 6), "UKRMIL", "RUSMIL", "190", location=None, negated=True),
            ],
        ),
    ]
    path = tmp_path_factory.mktemp("filters") / "f.duckdb"
    with Store(path) as store:
        store.add(batch)
    return path


def ids(rows: list[dict]) -> list[tuple[str, int]]:
    return [(r["article_id"], int(r["sentence"].split()[-1].rstrip("."))) for r in rows]


def test_actor_sides_and_exact_codes(db: Path) -> None:
    assert ids(find_events(db, EventFilter(actor="IRN"))) == [("f1", 0), ("f1", 1), ("f1", 2)]
    assert ids(find_events(db, EventFilter(actor="IRN", side="source"))) == [("f1", 0), ("f1", 2)]
    assert ids(find_events(db, EventFilter(actor="IRN", side="target"))) == [("f1", 1)]
    assert ids(find_events(db, EventFilter(actor="IRN", exact=True))) == [("f1", 2)]
    assert ids(find_events(db, EventFilter(source="irngov", exact=True))) == [("f1", 0)]


def test_country_place_and_kind_filters(db: Path) -> None:
    assert ids(find_events(db, EventFilter(country="tur"))) == [("f1", 2)]
    assert ids(find_events(db, EventFilter(place="kher"))) == [("f2", 0)]
    assert ids(find_events(db, EventFilter(place_country="UKR"))) == [("f2", 0)]
    assert ids(find_events(db, EventFilter(quad_class=4))) == [("f2", 0)]
    assert ids(find_events(db, EventFilter(quad_class=4, include_negated=True))) == [("f2", 0), ("f2", 1)]
    assert ids(find_events(db, EventFilter(plover="accuse"))) == [("f1", 0), ("f1", 1)]
    assert ids(find_events(db, EventFilter(modality="intent"))) == [("f1", 2)]
    assert ids(find_events(db, EventFilter(root="3"))) == [("f1", 2)]
    assert ids(find_events(db, EventFilter(code="195"))) == [("f2", 0)]


def test_sort_limit_and_offset_page_stably(db: Path) -> None:
    newest = ids(find_events(db, sort="-date"))
    assert newest == [("f2", 0), ("f1", 2), ("f1", 1), ("f1", 0)]
    assert ids(find_events(db, sort="-date", limit=2, offset=1)) == [("f1", 2), ("f1", 1)]
    assert find_events(db, sort="goldstein")[0]["goldstein"] == -10.0
    with pytest.raises(ValueError, match="unknown sort"):
        find_events(db, sort="date; DROP TABLE events")


@pytest.mark.parametrize(
    "fields",
    [
        {"actor": "IRN' OR 1=1 --"},
        {"country": "IRAN"},
        {"root": "abc"},
        {"code": "1"},
        {"quad_class": 5},
        {"modality": "maybe"},
        {"place": "x" * 101},
        {"since": D(2024, 2, 1), "until": D(2024, 1, 1)},
        {"colour": "red"},
    ],
)
def test_bad_values_are_refused(fields: dict) -> None:
    with pytest.raises(ValidationError):
        EventFilter(**fields)


def test_where_binds_every_value_as_a_parameter() -> None:
    flt = EventFilter(actor="IRN", place="O'Hare", since=D(2024, 1, 1))
    sql, params = flt.where()
    assert "O'Hare" not in sql and "IRN" not in sql
    assert params == ["IRN", "IRN", D(2024, 1, 1), "O'Hare"]
    assert EventFilter().where() == ("(NOT e.negated)", [])
    assert EventFilter(include_negated=True).where() == ("TRUE", [])


def test_actor_refs_keep_their_texts(db: Path) -> None:
    """The store keeps what the filters do not touch: the record's own actor texts."""
    with Store(db, read_only=True) as store:
        first = store.events("f1")[0]
    assert isinstance(first.source, ActorRef) and first.source.text == "text of IRNGOV"
