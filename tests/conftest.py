"""Shared test helpers: build real ``Article``/``Event`` records without running the coder; the session's own
cache folder."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable
from typing import Any

import pytest

from detente.records import ActorRef, Article, Cameo, Event, Evidence, Location, Plover

# The parse cache of data files (``schemas.cache``) goes to a folder of this session, set when pytest loads this file,
# before any test module is imported (importing detente loads no data): a test run never writes to the user's
# ``~/.cache`` (a test's ``monkeypatch`` may still point it elsewhere for that test), and CLI tests run as
# subprocesses inherit it.
SESSION_CACHE = tempfile.mkdtemp(prefix="detente-test-cache-")
_CACHE_BEFORE = os.environ.get("DETENTE_CACHE_DIR")
os.environ["DETENTE_CACHE_DIR"] = SESSION_CACHE


def pytest_unconfigure(config: pytest.Config) -> None:
    """Put the variable back and remove the session's folder."""
    if _CACHE_BEFORE is None:
        os.environ.pop("DETENTE_CACHE_DIR", None)
    else:
        os.environ["DETENTE_CACHE_DIR"] = _CACHE_BEFORE
    shutil.rmtree(SESSION_CACHE, ignore_errors=True)


# A few CAMEO codes with their names, Goldstein scores and PLOVER types; enough for store/query tests.
_CAMEO: dict[str, tuple[str, float, str, str | None]] = {
    "010": ("Make statement, not specified below", 0.0, "OTHER", None),
    "036": ("Express intent to meet or negotiate", 4.0, "AGREE", None),
    "042": ("Make a visit", 1.9, "CONSULT", "visit"),
    "043": ("Host a visit", 2.8, "CONSULT", "host"),
    "112": ("Accuse, not specified below", -2.0, "ACCUSE", None),
    "190": ("Use conventional military force, not specified below", -10.0, "FIGHT", None),
    "195": ("Employ aerial weapons, not specified below", -10.0, "FIGHT", "aerial"),
}


def _quad(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def _actor(code: str) -> ActorRef:
    country = code[:3] if not code.startswith(("IGO", "NGO", "IMG")) else None
    role = (code[3:] or None) if country else code[:3]
    return ActorRef(code=code, name=f"name of {code}", text=f"text of {code}", country=country, role=role)


def make_event(
    article_id: str = "a1",
    sentence_index: int = 0,
    date: dt.date | None = dt.date(2024, 3, 1),
    source: str | ActorRef = "IRNGOV",
    target: str | ActorRef | None = "USAGOV",
    code: str = "042",
    *,
    location: str | Location | None = "Tehran",
    negated: bool = False,
    trigger_start: int = 0,
    event_id: str | None = None,
    **extra: Any,
) -> Event:
    """One valid event; every field can be overridden, ids are derived like the coder derives them.

    Actors and the location may be given as codes/names (filled in with dummy details) or as full records.
    """
    src = _actor(source) if isinstance(source, str) else source
    tgt = _actor(target) if isinstance(target, str) else target
    loc = (
        Location(name=location, country="IRN", lat=35.6892, lon=51.389, text=location)
        if isinstance(location, str)
        else location
    )
    name, goldstein, plover_type, plover_mode = _CAMEO.get(code, (f"CAMEO {code}", 0.0, "OTHER", None))
    root = code[:2]
    tgt_code = tgt.code if tgt else None
    sentence = f"{src.code} did {code} to {tgt_code} in sentence {sentence_index}."
    fields: dict[str, Any] = {
        "article_id": article_id,
        "event_id": event_id or Event.make_id(article_id, sentence_index, trigger_start, src.code, tgt_code, code),
        "sentence_index": sentence_index,
        "date": date,
        "date_precision": "day" if date else "article",
        "source": src,
        "target": tgt,
        "cameo": Cameo(code=code, root=root, name=name, goldstein=goldstein, quad_class=_quad(root)),
        "plover": Plover(event_type=plover_type, mode=plover_mode),
        "location": loc,
        "negated": negated,
        "evidence": Evidence(
            sentence=sentence,
            start=100 * sentence_index,
            end=100 * sentence_index + len(sentence),
            rule=f"verb.{code}",
            trigger="did",
            date_text=None,
        ),
    }
    fields.update(extra)
    return Event(**fields)


def make_article(article_id: str = "a1", date: dt.date | None = dt.date(2024, 3, 1), **extra: Any) -> Article:
    """A small article whose id is given (not hashed) so tests can name their articles."""
    fields: dict[str, Any] = {
        "id": article_id,
        "date": date,
        "text": f"Text of article {article_id}.",
        "title": f"Title {article_id}",
        "source": "Test Wire",
        "url": f"https://example.org/{article_id}",
        "origin": f"test.jsonl:{article_id}",
    }
    fields.update(extra)
    return Article(**fields)


@pytest.fixture(name="make_event")
def make_event_fixture() -> Callable[..., Event]:
    """The :func:`make_event` factory, for tests in any directory."""
    return make_event


@pytest.fixture(name="make_article")
def make_article_fixture() -> Callable[..., Article]:
    """The :func:`make_article` factory, for tests in any directory."""
    return make_article
