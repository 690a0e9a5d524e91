"""Spelling variants of known names: "Daish" is Daesh, "Hizballah" Hezbollah, "al-Qaida" al-Qaeda.

Transliterated names are spelled many ways. A name the dictionaries do not know as written is
compared by its consonant skeleton (accents dropped, lower case, "the" and the article "al"/"el"
dropped, vowels, h/w/y and doubled letters removed, q read as k): when exactly one dictionary
entry has that skeleton, the name is that entry. Only names the parser itself tagged as an
organisation or a person are compared, and short skeletons (under two consonants for groups,
four for people) never.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from detente.data import gazetteer

SKIPPED_WORDS = {"the", "al", "el", "ad", "ash", "as", "an", "ar", "at"}
MIN_CONSONANTS = {"actor": 2, "person": 4}


def skeleton(name: str) -> str:
    """The consonants of a name, the way transliterations agree on them."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z]+", text) if w and w not in SKIPPED_WORDS]
    letters = "".join(words).replace("q", "k").replace("c", "k").replace("ph", "f")
    consonants = re.sub(r"[aeiouhwy]", "", letters)
    return re.sub(r"(.)\1+", r"\1", consonants)


@cache
def _index() -> dict[str, dict[str, tuple[str, str] | None]]:
    """kind -> skeleton -> (kind, surface) of the one entry with that skeleton (None when several share it)."""
    g = gazetteer()
    index: dict[str, dict[str, tuple[str, str] | None]] = {"actor": {}, "person": {}}
    for kind, table in (("actor", g.actors), ("person", g.people)):
        codes: dict[str, set[str]] = {}
        first: dict[str, str] = {}
        for surface, entries in table.items():
            key = skeleton(surface)
            if len(key) < MIN_CONSONANTS[kind]:
                continue
            codes.setdefault(key, set()).update(e.code for e in entries)
            first.setdefault(key, surface)
        for key, found in codes.items():
            index[kind][key] = (kind, first[key]) if len(found) == 1 else None
    return index


def variant_of(name: str, kinds: tuple[str, ...] = ("actor", "person")) -> tuple[str, str] | None:
    """(kind, dictionary surface) of the one known name spelled like ``name``, or None."""
    key = skeleton(name)
    for kind in kinds:
        if len(key) >= MIN_CONSONANTS[kind]:
            found = _index()[kind].get(key)
            if found is not None:
                return found
    return None


def clear_cache() -> None:
    _index.cache_clear()
