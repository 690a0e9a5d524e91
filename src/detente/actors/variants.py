"""Spelling variants of known names: "Hizballah" is Hezbollah, "al-Qaida" al-Qaeda, "Erdoğan" Erdogan.

Transliterated names are spelled many ways. A name the dictionaries do not know as written is
compared by its consonant skeleton, word by word (accents dropped, lower case, "the" and the
article "al"/"el" dropped; in each word the first letter kept, then vowels, h, w and y dropped,
doubled letters single, q and c read as k): when exactly one dictionary code has that skeleton,
the name is that entry. Only names the parser itself tagged as an organisation or a person are
compared, and short skeletons (under three consonants for groups, four for people) never: those
match too much, and such variants ("Daish") are listed as aliases instead.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from detente.data import gazetteer

SKIPPED_WORDS = {"the", "al", "el", "ad", "ash", "as", "an", "ar", "at"}
MIN_CONSONANTS = {"actor": 3, "person": 4}


def _word_skeleton(word: str) -> str:
    letters = word.replace("q", "k").replace("c", "k").replace("ph", "f")
    consonants = letters[:1] + re.sub(r"[aeiouhwy]", "", letters[1:])  # "Idlib" keeps its I
    return re.sub(r"(.)\1+", r"\1", consonants)


def skeleton(name: str) -> str:
    """The consonants of a name, word by word, the way transliterations agree on them."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z]+", text) if w and w not in SKIPPED_WORDS]
    return " ".join(_word_skeleton(w) for w in words)


def _consonants(key: str) -> int:
    return len(re.sub(r"[ aeiouhwy]", "", key))


@cache
def _index() -> dict[str, dict[str, tuple[str, str] | None]]:
    """kind -> skeleton -> (kind, surface) of the one code with that skeleton (None when several share it)."""
    g = gazetteer()
    index: dict[str, dict[str, tuple[str, str] | None]] = {"actor": {}, "person": {}}
    for kind, table in (("actor", g.actors), ("person", g.people)):
        codes: dict[str, set[str]] = {}
        names: dict[str, set[str]] = {}
        first: dict[str, str] = {}
        for surface, entries in table.items():
            key = skeleton(surface)
            if _consonants(key) < MIN_CONSONANTS[kind]:
                continue
            codes.setdefault(key, set()).update(e.code for e in entries)
            names.setdefault(key, set()).update(e.name for e in entries)
            first.setdefault(key, surface)
        for key, found in codes.items():
            one = len(found) == 1 or len(names[key]) == 1  # one actor, whatever its code on a date
            index[kind][key] = (kind, first[key]) if one else None
    return index


@lru_cache(maxsize=8192)
def variant_of(name: str, kinds: tuple[str, ...] = ("actor", "person")) -> tuple[str, str] | None:
    """(kind, dictionary surface) of the one known name spelled like ``name``, or None. Kept per name: an article
    names the same people and groups sentence after sentence, and the events and the statives both ask."""
    key = skeleton(name)
    for kind in kinds:
        if _consonants(key) >= MIN_CONSONANTS[kind]:
            found = _index()[kind].get(key)
            if found is not None:
                return found
    return None


def clear_cache() -> None:
    _index.cache_clear()
    variant_of.cache_clear()
