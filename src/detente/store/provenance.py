"""What coded an article: the detente version and a fingerprint of the dictionaries.

Coding results change when the code or the data files change. The store keeps
both per article, so a user can ask which articles were coded by what (``detente
coded-by``) and re-code the ones coded by an older release or dictionaries.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class CodedBy:
    detente_version: str
    dictionaries: str


def detente_version() -> str:
    """The installed detente version."""
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version("detente")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
        from detente import __version__

        return __version__


@cache
def dictionaries_fingerprint(without: tuple[str, ...] = ()) -> str:
    """16 hex digits of SHA-256 over every packaged data file (name and bytes), in name order.

    Any edit to a dictionary, pattern file or table changes it; nothing else does. ``without`` leaves out the files
    under those folders (``("model/",)``: the trainer's parse cache, as a parse reads no file of the learned model).
    """
    digest = hashlib.sha256()
    root = resources.files("detente") / "data"
    stack = [(root, "")]
    files = []
    while stack:
        folder, prefix = stack.pop()
        for entry in folder.iterdir():
            name = f"{prefix}{entry.name}"
            if entry.is_dir():
                if entry.name != "__pycache__":
                    stack.append((entry, f"{name}/"))
            elif entry.name.endswith((".yaml", ".yml", ".json", ".csv", ".tsv")):
                files.append((name, entry))
    for name, entry in sorted(files, key=lambda pair: pair[0]):
        if name.startswith(without):
            continue
        digest.update(name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@cache
def current() -> CodedBy:
    """What this process codes with."""
    return CodedBy(detente_version(), dictionaries_fingerprint())
