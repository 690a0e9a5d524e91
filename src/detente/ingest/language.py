"""Is an article English? detente's patterns and dictionaries are English only.

A French or Arabic article parsed by an English model yields no events, and
would be stored as "coded, nothing happened" — a silent loss. lingua (a
maintained, offline detector) tells the language from the first part of the
text; we load only the models of a few languages news archives mix with
English, in low-accuracy mode (trigrams only), so it starts in milliseconds
and costs ~3 ms an article. Low-accuracy mode is reliable from about 120
letters: shorter Latin-script texts (a one-sentence item full of names, "Saudi
Arabia promised to provide financial assistance to Egypt.", reads as French)
are not judged, while text mostly in another script (Arabic, Cyrillic, CJK …)
is judged from 20 letters. A text not judged, or one lingua is not confident
about, counts as English: we never skip what we cannot tell.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from detente.ingest.base import NOT_ENGLISH

SAMPLE_CHARS = 1000
"""Characters read from the start of an article: enough to be sure, cheap on long ones."""

MIN_LETTERS = 120
"""Below this many letters a Latin-script text is not judged (a sentence of names reads as any language)."""

MIN_LETTERS_OTHER_SCRIPT = 20
"""Text mostly in another script than Latin is told apart from English with far fewer letters."""

MIN_CONFIDENCE = 0.5
"""lingua's relative confidence the top language must reach for a text to be skipped."""

_LATIN_END = "\u0250"  # Basic Latin to Latin Extended-B

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
    letters = [ch for ch in sample if ch.isalpha()]
    latin = sum(ch < _LATIN_END for ch in letters)
    if len(letters) < (MIN_LETTERS if 2 * latin >= len(letters) else MIN_LETTERS_OTHER_SCRIPT):
        return None
    confidences = _detector().compute_language_confidence_values(sample)
    if not confidences or confidences[0].value < MIN_CONFIDENCE:
        return None
    return confidences[0].language.name.capitalize()


def not_english(text: str) -> str | None:
    """Why a text is skipped as not English ("not English (French)"), or None to code it."""
    language = detect_language(text)
    if language is None or language == "English":
        return None
    return f"{NOT_ENGLISH} ({language})"
