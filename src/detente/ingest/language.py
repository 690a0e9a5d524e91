"""Is an article English? detente's patterns and dictionaries are English only.

A French or Arabic article parsed by an English model yields no events, and
would be stored as "coded, nothing happened" — a silent loss. lingua (a
maintained, offline detector) tells the language from the first part of the
text; we load only the models of a few languages news archives mix with
English, in low-accuracy mode (trigrams only), so it starts in milliseconds
and costs ~3 ms an article. A text too short to judge, or one lingua cannot
decide on, counts as English: we never skip what we cannot tell.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from detente.ingest.base import NOT_ENGLISH

SAMPLE_CHARS = 1000
"""Characters read from the start of an article: enough to be sure, cheap on long ones."""

MIN_LETTERS = 40
"""Below this many letters a text is not judged (a headline of names reads as any language)."""

LANGUAGES = (
    "ENGLISH",
    "FRENCH",
    "GERMAN",
    "SPANISH",
    "PORTUGUESE",
    "ITALIAN",
    "DUTCH",
    "RUSSIAN",
    "UKRAINIAN",
    "ARABIC",
    "PERSIAN",
    "TURKISH",
    "HEBREW",
    "CHINESE",
    "JAPANESE",
    "INDONESIAN",
)
"""The languages the detector chooses between; any other language is read as the closest of these."""


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """The language of a text, capitalised ("English", "French"), or None when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    found = _detector().detect_language_of(sample)
    return found.name.capitalize() if found is not None else None


def not_english(text: str) -> str | None:
    """Why a text is skipped as not English ("not English (French)"), or None to code it."""
    language = detect_language(text)
    if language is None or language == "English":
        return None
    return f"{NOT_ENGLISH} ({language})"
