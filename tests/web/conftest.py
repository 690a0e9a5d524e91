"""Real servers for the web tests: ``detente serve`` processes on localhost over real stores."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import pytest

from detente.records import ActorRef, Evidence
from detente.store import Store

OWN_TEXTS = [
    {"id": "own-1", "date": "2024-12-02", "text": "Iran's foreign minister met his Turkish counterpart in Ankara."},
    {"id": "own-2", "date": "2023-05-10", "text": "Russian forces shelled Kherson on Tuesday."},
    {"id": "own-3", "date": "2024-12-09", "text": "Turkey's foreign minister met Iran's foreign minister in Tehran."},
]


CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get_json(url: str, timeout: float = 30) -> object:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read())


@contextmanager
def serving(db: Path, *, refresh: float = 0.3) -> Iterator[str]:
    """``detente serve`` on a free port; the base URL once it answers. Stopped (by its pid) afterwards."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "detente", "serve", "--db", str(db), "--port", str(port), "--refresh", str(refresh)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"detente serve exited: {proc.stderr.read() if proc.stderr else ''}")
            try:
                get_json(f"{base}/api/health", timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)


def write_corpus(path: Path, copies: int = 1) -> Path:
    """The bundled examples plus a few sentences of our own, as JSON lines (``copies`` times, distinct ids)."""
    examples = resources.files("detente") / "examples"
    articles = [json.loads(line) for line in (examples / "wires-2025.jsonl").read_text(encoding="utf-8").splitlines()]
    syria = (examples / "syria-2024-12-02.txt").read_text(encoding="utf-8").split("\n", 1)[1]  # after its date line
    articles.append({"id": "ex-syria", "date": "2024-12-02", "text": syria})
    articles += OWN_TEXTS
    with path.open("w", encoding="utf-8") as fh:
        for n in range(copies):
            for a in articles:
                fh.write(json.dumps({**a, "id": f"{a['id']}-{n}" if copies > 1 else a["id"]}) + "\n")
    return path


@pytest.fixture(scope="session")
def coded_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store made by coding real (small, project-owned) texts with ``detente code --db``."""
    folder = tmp_path_factory.mktemp("coded")
    corpus = write_corpus(folder / "corpus.jsonl")
    db = folder / "coded.duckdb"
    proc = subprocess.run(
        [sys.executable, "-m", "detente", "code", str(corpus), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return db


@pytest.fixture(scope="session")
def records_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from records: enough actors, dates and kinds for every API view, and hostile strings."""
    from tests.conftest import make_article, make_event

    irn = ActorRef(code="IRNGOV", name="Iran government", text="Iranian officials", country="IRN", role="GOV")
    tur = ActorRef(code="TURGOV", name="Turkey government", text="Ankara", country="TUR", role="GOV")
    batch = []
    day = dt.date(2024, 1, 1)
    for i in range(40):
        aid = f"r{i:02d}"
        d = day + dt.timedelta(days=3 * i)
        text = f"Iranian officials met Ankara <script>alert({i})</script> on day {i}."
        ev = Evidence(sentence=text, start=0, end=len(text), rule="040.meet", trigger="met")
        events = [
            make_event(aid, 0, d, irn, tur, "042" if i % 3 else "112", evidence=ev),
            make_event(aid, 1, d, "RUSMIL", "UKR", "190"),
            make_event(aid, 2, d, "UKRMIL", "RUSMIL", "195" if i % 2 else "190"),
        ]
        batch.append((make_article(aid, d, url=f"https://news.example.org/{aid}"), events))
    db = tmp_path_factory.mktemp("records") / "records.duckdb"
    with Store(db) as store:
        store.add(batch)
    return db


@pytest.fixture(scope="session")
def records_server(records_store: Path) -> Iterator[str]:
    with serving(records_store) as base:
        yield base


# The page tests' headless Debian Chromium and a page of it that may reach the module's ``server`` only and must
# log no error.


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it: apt-get install -y chromium)")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)  # a loaded CI machine draws slowly; a wrong page still fails
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object, server: str) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    elsewhere: list[str] = []
    errors: list[str] = []

    def only_the_server(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith(server) or url.startswith("data:"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            elsewhere.append(url)
            route.abort()  # type: ignore[attr-defined]

    context.route("**/*", only_the_server)
    pg = context.new_page()
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.goto(server + "/")
    yield pg
    context.close()
    assert elsewhere == [], f"the page tried to load from elsewhere: {elsewhere}"
    assert errors == [], f"the page logged errors: {errors}"
