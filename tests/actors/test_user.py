"""Users' own dictionaries add actors, aliases and office holders; bad ones fail with file and line."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from detente.actors.lookup import lookup
from detente.actors.user import UserDictionaryError, load_user_dictionary

GOOD = """\
version: 1
source: a test list
actors:
  - {code: SYRREB, name: "Jaysh al-Qwerty", aliases: ["Jaish al-Qwerty"], kind: armed_group, country: SYR, role: REB}
office_holders:
  - {name: "Jane Zyxwort", aliases: ["Zyxwort"], code: FRAGOV, office: "foreign minister", start: 2026-01-05}
aliases:
  - {alias: "Qwertyland's Sultan", of: "Recep Tayyip Erdogan"}
"""

BAD = """\
version: 1
actors:
  - {code: SYRREB, name: "Fine Group", kind: armed_group, country: SYR, role: REB}
  - {code: syrreb, name: "Bad Group", kind: nonsense, country: SYR}
"""


def test_a_user_dictionary_adds_actors_people_and_aliases(tmp_path: Path) -> None:
    from detente import code_text

    path = tmp_path / "mine.yaml"
    path.write_text(GOOD, encoding="utf-8")
    day = "2026-03-03"
    assert lookup("Zyxwort", dt.date(2026, 3, 3)).actor is None  # not known before
    events = code_text("Jane Zyxwort met Jaish al-Qwerty commanders in Idlib on Monday.", date=day, actors=path)
    assert {(e.source.code, e.target.code if e.target else None) for e in events} >= {("FRAGOV", "SYRREB")}
    found = lookup("Zyxwort", dt.date(2026, 3, 3))
    assert found.actor is not None and found.actor.code == "FRAGOV" and str(path) in found.why
    assert lookup("Zyxwort", dt.date(2025, 3, 3)).actor is None  # before the spell


def test_errors_name_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(UserDictionaryError) as caught:
        load_user_dictionary(path)
    message = str(caught.value)
    assert f"{path}:4: actors.1.code" in message and f"{path}:4: actors.1.kind" in message
    assert ":3:" not in message  # the good entry is not blamed


def test_an_alias_of_nothing_known_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "alias.yaml"
    path.write_text("aliases:\n  - {alias: Foo, of: Nobody Anyone}\n", encoding="utf-8")
    with pytest.raises(UserDictionaryError, match=r"alias.yaml:2: aliases.0.of"):
        load_user_dictionary(path)


@pytest.mark.slow
def test_the_cli_takes_actors_and_reports_bad_files(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    cli = [sys.executable, "-m", "detente"]
    ok = subprocess.run(
        [*cli, "actors", "lookup", "Zyxwort", "--date", "2026-03-03", "--actors", str(good)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0 and ok.stdout.startswith("FRAGOV")
    failed = subprocess.run(
        [*cli, "explain", "Nothing here.", "--actors", str(bad)], capture_output=True, text=True, check=False
    )
    assert failed.returncode == 2 and f"{bad}:4" in failed.stderr
