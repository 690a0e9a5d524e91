"""Slots of the verb patterns (``events/frames.py``) on sentences whose parse they were written for."""

from __future__ import annotations

from detente.events.frames import site_holders
from detente.nlp import get_nlp


def _token(text: str, word: str):
    return next(t for t in get_nlp()(text) if t.text == word)


def test_a_site_named_by_its_holder_gives_the_holder() -> None:
    assert [
        t.text for t in site_holders(_token("Israeli jets struck Hezbollah positions near Tyre.", "positions"))
    ] == ["Hezbollah"]
    # a role word or a place before the site names no holder: the site stays a place
    assert site_holders(_token("Israeli jets struck rebel positions near Tyre.", "positions")) == []
    assert site_holders(_token("Israeli jets struck Gaza positions near the border.", "positions")) == []
