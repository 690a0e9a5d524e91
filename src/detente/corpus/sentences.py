"""Sentence offsets of an article, as annotators see them and the annotation stores them.

Sentences come from the same parse detente codes with (datelines blanked first), so an
annotated sentence and a coded one are usually the same span; scores never rely on it
(they match events by overlapping spans).
"""

from __future__ import annotations

from detente.nlp import get_nlp
from detente.nlp.dateline import blank_dateline


def sentence_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, white space trimmed; empty sentences dropped."""
    blanked = blank_dateline(text)  # same length: a dateline is no part of the first sentence
    doc = get_nlp()(blanked)
    out = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and blanked[start].isspace():
            start += 1
        while end > start and blanked[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out
