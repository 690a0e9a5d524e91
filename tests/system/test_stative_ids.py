"""Every stative of an article has its own id, so a batch of articles is stored whole.

A fight told by a participle on its doer ("the coalition fighting Islamic State") gives the deed reader's hostility and
the one-way witness of its direction at the same trigger, pair and kind; with one id for both the store refused the
whole batch of 64 articles (a primary-key violation) when the 2017 corpus was coded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from detente.nlp import get_nlp
from detente.records import Article
from detente.store import Store
from detente.system.rule_names import ONE_WAY_RULE
from detente.system.statives import extract_statives

SHARED_TRIGGER = "Jets from the US-led coalition fighting Islamic State militants hit targets near Raqqa on Monday."
OTHER = "Turkey, a NATO member, backs Syrian rebel groups."


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, date=dt.date(2017, 6, 1), text=text)


def test_a_witness_and_the_deed_it_directs_have_their_own_ids_and_are_stored(tmp_path: Path) -> None:
    article = _article("a1", SHARED_TRIGGER)
    statives = extract_statives(get_nlp()(SHARED_TRIGGER), article)
    rules = [s.evidence.rule for s in statives]
    assert ONE_WAY_RULE in rules and any(r != ONE_WAY_RULE for r in rules)  # both read, at one trigger
    assert len({s.stative_id for s in statives}) == len(statives)
    other = _article("a2", OTHER)
    other_statives = extract_statives(get_nlp()(OTHER), other)
    assert other_statives  # the batch holds a second article whose statives must be stored too
    with Store(tmp_path / "ids.duckdb") as store:
        store.add([(article, [], statives), (other, [], other_statives)])
        stored = store.con.execute("SELECT count(*) FROM statives").fetchone()
    assert stored is not None and stored[0] == len(statives) + len(other_statives)
