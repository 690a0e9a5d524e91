"""The cells of the learned layer's trigger decision (``layer.cell``, ``train.yaml`` ``cells``): root, part of speech
and what vouches for the root. Cross-validation measures each cell's added events apart, and the recipe lets the
model code only in the cells that were right at least as often as the patterns; a cell the recipe does not list is
left to the patterns."""

from __future__ import annotations

import copy
import json
import shutil
from datetime import date

import pytest

from detente.events.learned.features import lexicon_roots
from detente.events.learned.layer import cell
from detente.events.learned.model import MODEL_DIR, LearnedModel, check_recipe, packaged_model
from detente.nlp import get_nlp
from detente.pipeline import Coder
from detente.records import Article


def _tok(text: str, word: str):
    doc = get_nlp()(text)
    return next(t for t in doc if t.text == word)


def test_a_root_the_dictionaries_give_the_word_is_its_lex_cell() -> None:
    shelled = _tok("Russian forces shelled the town overnight.", "shelled")
    assert "19" in lexicon_roots(shelled)
    assert cell(shelled, "19", lexicon_roots(shelled), refused=False) == "19|VERB|lex"
    # the same word whose patterns were tried on the clause and none fit is another cell, measured apart
    assert cell(shelled, "19", lexicon_roots(shelled), refused=True) == "19|VERB|refused"


def test_a_root_only_the_annotations_give_is_a_sense_and_an_unknown_word_is_unknown() -> None:
    shelled = _tok("Russian forces shelled the town overnight.", "shelled")
    assert "04" not in lexicon_roots(shelled)
    assert cell(shelled, "04", {*lexicon_roots(shelled), "04"}, refused=False) == "04|VERB|sense"
    assert cell(shelled, "04", lexicon_roots(shelled), refused=False) == "04|VERB|other"
    town = _tok("Russian forces shelled the town overnight.", "town")
    assert not lexicon_roots(town)
    assert cell(town, "19", frozenset(), refused=False) == "19|NOUN|unknown"


def _model_events(model, text: str) -> list:
    article = Article(id="cells", title="", text=text, date=date(2026, 11, 2))
    coded = Coder(layers="model", model=model).code(article)
    return [e for e in coded.events if e.evidence.rule.startswith("model.")]


def test_the_recipe_codes_only_in_the_cells_it_lists() -> None:
    shipped = packaged_model()
    assert shipped is not None
    text = "Israeli jets bombed Hamas positions in Gaza on Monday, and Turkish troops shelled Kurdish fighters."
    free = copy.copy(shipped)
    free.meta = {
        **shipped.meta,
        "config": {**shipped.meta.get("config", {}), "patterns_only_roots": [], "root_thresholds": {}},
    }
    free.thresholds = {**shipped.thresholds, "trigger": 0.3, "gate_model": 0.0}
    found = _model_events(free, text)
    assert found, "the unrestricted layer codes the sentence's attacks"
    none_listed = copy.copy(free)
    none_listed.meta = {**free.meta, "config": {**free.meta["config"], "cells": {}}}
    assert _model_events(none_listed, text) == []  # no cell listed: every decision left to the patterns
    roots = {e.cameo.root for e in found}
    open_cells = {f"{r}|{pos}|{kind}": 0.3 for r in roots for pos in ("VERB", "NOUN") for kind in ("lex", "sense")}
    open_cells |= {f"{r}|{pos}|{kind}": 0.3 for r in roots for pos in ("VERB", "NOUN") for kind in ("other", "unknown")}
    listed = copy.copy(free)
    listed.meta = {**free.meta, "config": {**free.meta["config"], "cells": open_cells}}
    assert {e.event_id for e in _model_events(listed, text)} == {e.event_id for e in found}


def test_the_recipe_is_checked_when_the_model_loads(tmp_path) -> None:
    """A misspelt cell key would leave its cell to the patterns in silence: loading the model names it instead."""
    check_recipe({"cells": {"19|VERB|refused": 0.5, "04|NOUN|lex": 0.7}, "refused_in_root": True})  # well formed
    for bad in ("19|VERB|lexx", "19|verb|lex", "19|VERB", "21|VERB|lex", "attack|VERB|lex"):
        with pytest.raises(ValueError, match=bad.replace("|", r"\|")):
            check_recipe({"cells": {bad: 0.5}})
    with pytest.raises(ValueError, match="threshold"):
        check_recipe({"cells": {"19|VERB|lex": 1.5}})
    with pytest.raises(ValueError, match="refused_in_root"):
        check_recipe({"refused_in_root": "yes"})
    folder = tmp_path / "model"
    shutil.copytree(MODEL_DIR, folder)
    assert LearnedModel.load(folder).meta  # the shipped model loads
    info = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    info["config"]["cells"] = {"19|VERB|refused": 0.5, "19|VERB|sence": 0.7}
    (folder / "model.json").write_text(json.dumps(info), encoding="utf-8")
    with pytest.raises(ValueError, match=r"19\|VERB\|sence"):
        LearnedModel.load(folder)
