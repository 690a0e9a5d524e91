"""The start-up cache of parsed data files: same data as a parse, keyed by content, never required."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from detente.data.schemas import DATA_DIR, load_yaml
from detente.data.schemas import cache as yaml_cache


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DETENTE_CACHE_DIR", str(folder))
    return folder / yaml_cache.FOLDER


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle")) if folder.is_dir() else []


def test_cached_data_equals_a_fresh_parse(cache_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = DATA_DIR / "roles.yaml"
    first = load_yaml(path)  # parsed and written
    assert len(_entries(cache_in)) == 1
    second = load_yaml(path)  # read back
    monkeypatch.setenv("DETENTE_CACHE_DIR", "off")
    assert second == first == load_yaml(path)
    assert second is not first  # a fresh copy each time: a caller that changes its data changes no one else's


def test_an_edited_file_is_parsed_again(cache_in: Path, tmp_path: Path) -> None:
    path = tmp_path / "table.yaml"
    path.write_text("words: [alpha, beta]\nsince: 2024-01-02\n", encoding="utf-8")
    assert load_yaml(path)["words"] == ["alpha", "beta"]
    path.write_text("words: [gamma]\nsince: 2024-01-02\n", encoding="utf-8")  # same name, new content
    assert load_yaml(path)["words"] == ["gamma"]
    assert str(load_yaml(path)["since"]) == "2024-01-02"
    assert len(_entries(cache_in)) == 2


def test_a_corrupt_entry_is_parsed_as_without_the_cache(cache_in: Path, tmp_path: Path) -> None:
    path = tmp_path / "table.yaml"
    path.write_text("words: [alpha]\n", encoding="utf-8")
    assert load_yaml(path) == {"words": ["alpha"]}
    (entry,) = _entries(cache_in)
    entry.write_bytes(b"not a pickle")
    assert load_yaml(path) == {"words": ["alpha"]}
    assert entry.read_bytes() != b"not a pickle"  # written again
    assert load_yaml(path) == {"words": ["alpha"]}


def test_an_unwritable_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("DETENTE_CACHE_DIR", str(blocker))  # a file where the folder should be
    path = tmp_path / "table.yaml"
    path.write_text("words: [alpha]\n", encoding="utf-8")
    assert load_yaml(path) == {"words": ["alpha"]}
    assert blocker.is_file()


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_CACHE_DIR", "off")
    assert yaml_cache.cache_dir() is None
    monkeypatch.setenv("DETENTE_CACHE_DIR", str(tmp_path))
    assert yaml_cache.cache_dir() == tmp_path / yaml_cache.FOLDER


def test_the_default_folder_is_outside_the_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DETENTE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = yaml_cache.cache_dir()
    assert folder == tmp_path / "detente" / yaml_cache.FOLDER
    assert DATA_DIR not in folder.parents


def test_the_key_is_the_content_and_the_loader() -> None:
    assert yaml_cache.key(b"a: 1\n", "CSafeLoader") == yaml_cache.key(b"a: 1\n", "CSafeLoader")
    assert yaml_cache.key(b"a: 1\n", "CSafeLoader") != yaml_cache.key(b"a: 2\n", "CSafeLoader")
    assert yaml_cache.key(b"a: 1\n", "CSafeLoader") != yaml_cache.key(b"a: 1\n", "SafeLoader")


class _Counted:
    """A real parse that counts its calls: a hit never parses."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, content: bytes) -> dict:
        self.calls += 1
        return {"content": content.decode()}


def test_the_cache_is_hit_the_second_time(cache_in: Path) -> None:
    parse = _Counted()
    first = yaml_cache.cached_parse(b"a: 1\n", "L", parse, name="table.yaml")
    assert parse.calls == 1 and len(_entries(cache_in)) == 1
    second = yaml_cache.cached_parse(b"a: 1\n", "L", parse, name="table.yaml")
    assert parse.calls == 1 and second == first
    yaml_cache.cached_parse(b"a: 2\n", "L", parse, name="table.yaml")  # other bytes: a miss
    assert parse.calls == 2


def test_an_entry_of_another_cache_version_is_not_read(cache_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What is pickled may change shape with no data file changing: the version is part of the key."""
    parse = _Counted()
    yaml_cache.cached_parse(b"a: 1\n", "L", parse, name="table.yaml")
    yaml_cache.cached_parse(b"a: 1\n", "L", parse, name="table.yaml")
    assert parse.calls == 1
    key = yaml_cache.key(b"a: 1\n", "L")
    monkeypatch.setattr(yaml_cache, "CACHE_VERSION", yaml_cache.CACHE_VERSION + 1)
    assert yaml_cache.key(b"a: 1\n", "L") != key
    yaml_cache.cached_parse(b"a: 1\n", "L", parse, name="table.yaml")
    assert parse.calls == 2


def test_old_entries_of_a_file_are_pruned(cache_in: Path) -> None:
    """Each edit of a file writes a new entry; only the newest few of one file name are kept, other files' entries
    stay, and entries named by a bare key (before names were part of them) go."""
    parse = _Counted()
    yaml_cache.cached_parse(b"b: 1\n", "L", parse, name="other.yaml")
    bare = cache_in / f"{'0' * 64}.pickle"
    bare.write_bytes(b"an entry of the older naming")
    for n in range(yaml_cache.KEEP_PER_FILE + 3):
        yaml_cache.cached_parse(f"a: {n}\n".encode(), "L", parse, name="table.yaml")
        for i, entry in enumerate(sorted(_entries(cache_in), key=lambda p: p.stat().st_mtime_ns)):
            os.utime(entry, ns=(i, i))  # distinct times: the order the entries were written in
    names = [p.name for p in _entries(cache_in)]
    ours = [n for n in names if n.startswith("table.yaml-")]
    assert len(ours) == yaml_cache.KEEP_PER_FILE
    last = yaml_cache.entry_path(cache_in, "table.yaml", f"a: {yaml_cache.KEEP_PER_FILE + 2}\n".encode(), "L")
    assert last.name in ours
    assert [n for n in names if n.startswith("other.yaml-")]  # another file's entry is not touched
    assert not bare.exists()


def test_the_test_session_writes_to_its_own_cache_folder() -> None:
    """tests/conftest.py points the cache at a folder of the session: a test run leaves ~/.cache alone."""
    folder = yaml_cache.cache_dir()
    assert folder is not None and folder.parent == Path(os.environ["DETENTE_CACHE_DIR"])
    home_cache = Path.home() / ".cache"
    assert home_cache not in folder.parents
    load_yaml(DATA_DIR / "roles.yaml")
    assert any(p.name.startswith("roles.yaml-") for p in _entries(folder))
