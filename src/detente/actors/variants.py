"""Spelling variants of known names: "Hizballah" is Hezbollah, "al-Qaida" al-Qaeda, "Erdoğan" Erdogan.

Transliterated names are spelled many ways. A name the dictionaries do not know as written is
compared by its consonant skeleton, word by word (accents dropped, lower case, "the" and the
article "al"/"el" dropped; in each word the first letter kept, then vowels, h, w and y dropped,
doubled letters single, q and c read as k): when exactly one dictionary code has that skeleton,
the name is that entry. Only names the parser itself tagged as an organisation or a person are
compared, and short skeletons (under three consonants for groups, four for people) never: those
match too much, and such variants ("Daish") are listed as aliases instead.

A shared skeleton is not enough: "Jan Kowal" and "John Kelly" are both "jn kl", "Kefraya" is "KFOR"
and "Shapiro" "SIPRI". The written words must be close as well (``close``): each word of the name
more than three quarters like the entry's word (difflib's ratio on the accent-free lower-case
words), an acronym in the entry ("KFOR", "CNBC") only as itself; a person named by one word alone,
with no given name to agree ("Cummins" for Kammenos, "Kaczynski" for Kuczynski, a commentator
"Lieberman" for Avigdor Liberman: 2 of 13 such readings on train were the person) and a name
written all in lower case ("the party's congress") never. A transliteration changes a vowel or a
doubled letter here and there; an unrelated name shares only its consonants.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache

from detente.data import gazetteer
from detente.where.spelling import folded

SKIPPED_WORDS = {"the", "al", "el", "ad", "ash", "as", "an", "ar", "at"}
MIN_CONSONANTS = {"actor": 3, "person": 4}
WORD_LIKENESS = 0.75  # every word more alike than this (Hizballah/Hezbollah 0.78; Chinese/Chinanews 0.75)
# A one-word group name is held only by this ratio: "Arts" still reads as Artesh (0.8), a known miss left open.
# words no longer than this agree by their skeleton: one vowel ("ben"/"bin", "Aly"/"Ali") is a third of them
SHORT_WORD = 3


def _word_skeleton(word: str) -> str:
    letters = word.replace("q", "k").replace("c", "k").replace("ph", "f")
    consonants = letters[:1] + re.sub(r"[aeiouhwy]", "", letters[1:])  # "Idlib" keeps its I
    return re.sub(r"(.)\1+", r"\1", consonants)


def _words(name: str) -> list[str]:
    """The name's words as written, accents dropped, "the" and "al" left out (case kept: acronyms)."""
    return [w for w in re.split(r"[^A-Za-z]+", folded(name)) if w and w.lower() not in SKIPPED_WORDS]


def skeleton(name: str) -> str:
    """The consonants of a name, word by word, the way transliterations agree on them."""
    return " ".join(_word_skeleton(w.lower()) for w in _words(name))


def likeness(name: str, surface: str) -> float:
    """How alike the written words of two names with one skeleton are: the least alike word pair's ratio, 0 when
    an acronym of the entry is not written as itself. ``close`` compares it with the thresholds."""
    ours, theirs = _words(name), _words(surface)
    if len(ours) != len(theirs):
        return 0.0
    least = 1.0
    for our, their in zip(ours, theirs, strict=True):
        if len(their) > 1 and their.isupper() and our.lower() != their.lower():
            return 0.0  # "KFOR", "SIPRI": an acronym is spelled one way, its consonants are no transliteration
        if max(len(our), len(their)) <= SHORT_WORD:
            continue  # "ben"/"bin", "Aly"/"Ali": one vowel is a third of the word; the skeleton already agrees
        least = min(least, SequenceMatcher(None, our.lower(), their.lower()).ratio())
    return least


def close(name: str, surface: str, kind: str) -> bool:
    """Whether ``name`` is written near enough to the entry ``surface`` (same skeleton) to be that entry."""
    words = _words(name)
    if name.islower() or (kind == "person" and len(words) == 1):
        return False  # a common noun; a surname alone, which many people share
    return likeness(name, surface) > WORD_LIKENESS


def _consonants(key: str) -> int:
    return len(re.sub(r"[ aeiouhwy]", "", key))


@cache
def _index() -> dict[str, dict[str, tuple[str, ...] | None]]:
    """kind -> skeleton -> the surfaces of the one code with that skeleton (None when several codes share it)."""
    g = gazetteer()
    index: dict[str, dict[str, tuple[str, ...] | None]] = {"actor": {}, "person": {}}
    for kind, table in (("actor", g.actors), ("person", g.people)):
        codes: dict[str, set[str]] = {}
        names: dict[str, set[str]] = {}
        surfaces: dict[str, list[str]] = {}
        for surface, entries in table.items():
            key = skeleton(surface)
            if _consonants(key) < MIN_CONSONANTS[kind]:
                continue
            codes.setdefault(key, set()).update(e.code for e in entries)
            names.setdefault(key, set()).update(e.name for e in entries)
            surfaces.setdefault(key, []).append(surface)
        for key, found in codes.items():
            one = len(found) == 1 or len(names[key]) == 1  # one actor, whatever its code on a date
            index[kind][key] = tuple(surfaces[key]) if one else None
    return index


@lru_cache(maxsize=8192)
def variant_of(name: str, kinds: tuple[str, ...] = ("actor", "person")) -> tuple[str, str] | None:
    """(kind, dictionary surface) of the one known name spelled like ``name``, or None. Kept per name: an article
    names the same people and groups sentence after sentence, and the events and the statives both ask."""
    key = skeleton(name)
    for kind in kinds:
        if _consonants(key) >= MIN_CONSONANTS[kind]:
            surfaces = _index()[kind].get(key)
            if surfaces is None:
                continue
            best = max(surfaces, key=lambda surface: likeness(name, surface))  # first of the most alike
            if close(name, best, kind):
                return kind, best
    return None


def clear_cache() -> None:
    _index.cache_clear()
    variant_of.cache_clear()
