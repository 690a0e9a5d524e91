"""An annotation may record the article's true date, with the words that state it, when the corpus's is wrong.

Some ``fakes-`` articles print their own day at their start while the corpus dates them years off; ``corpus add``
checked the body's event dates against the corpus date and refused them. With ``article_date`` (and its evidence,
validated against the text) the body's dates are checked against the stated day instead.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.corpus.annotations import check_article
from detente.corpus.draft import DraftError, convert, to_draft
from detente.corpus.schema import names_date
from detente.records import Article

TEXT = "Thu Feb 5 2015 Rocket attacks left 5 people dead in Damascus on Thursday. The army responded on Sunday."
FAKE = Article(id="fakes-1", date=dt.date(2013, 6, 10), text=TEXT)
EVENT = {"s": 0, "trigger": "attacks", "source": "Rocket", "source_code": "SYRREB", "code": "190"}


def _draft(**top) -> dict:
    event = dict(EVENT, date="2015-02-05", precision="day")
    return {"id": "fakes-1", "annotator": "x", "events": [event], **top}


def test_a_body_date_far_from_a_wrong_corpus_date_is_refused_without_the_articles_own_date() -> None:
    with pytest.raises(DraftError) as info:
        convert(_draft(), FAKE)
    assert "long after the article's date 2013-06-10" in "\n".join(info.value.problems)


def test_the_articles_stated_date_lets_the_body_date_in_and_is_stored_with_its_evidence() -> None:
    ann = convert(_draft(article_date="2015-02-05", article_date_evidence="Thu Feb 5 2015"), FAKE)
    assert ann.events[0].date == dt.date(2015, 2, 5)
    assert ann.article_date is not None and ann.article_date.date == dt.date(2015, 2, 5)
    start, end = ann.article_date.evidence
    assert TEXT[start:end] == "Thu Feb 5 2015"
    assert check_article(ann, FAKE) == []
    # the stated date goes back into the draft a reviewer revises, and stores back the same
    draft = to_draft(ann, FAKE, "y")
    assert (draft["article_date"], draft["article_date_evidence"]) == ("2015-02-05", "Thu Feb 5 2015")
    assert convert(draft, FAKE).article_date == ann.article_date


def test_a_stated_date_needs_words_of_the_text_that_state_that_day() -> None:
    with pytest.raises(DraftError) as info:
        convert(_draft(article_date="2015-02-06", article_date_evidence="Thu Feb 5 2015"), FAKE)
    assert "does not state 2015-02-06" in "\n".join(info.value.problems)
    with pytest.raises(DraftError) as info:
        convert(_draft(article_date="2015-02-05", article_date_evidence="Fri Feb 5 2015"), FAKE)
    assert "is not in the article's text" in "\n".join(info.value.problems)
    with pytest.raises(DraftError) as info:
        convert(_draft(article_date="2015-02-05"), FAKE)
    assert "go together" in "\n".join(info.value.problems)


def test_validate_checks_a_stored_evidence_against_the_text() -> None:
    ann = convert(_draft(article_date="2015-02-05", article_date_evidence="Thu Feb 5 2015"), FAKE)
    moved = ann.model_copy(update={"article_date": ann.article_date.model_copy(update={"evidence": (15, 21)})})
    assert any("does not state 2015-02-05" in p for p in check_article(moved, FAKE))
    assert check_article(ann, FAKE) == []


def test_names_date_wants_the_day_with_its_month_or_year() -> None:
    day = dt.date(2016, 6, 22)
    assert names_date("Wednesday 22 Jun 2016", day)
    assert names_date("Published June 22 2016", day)
    assert names_date("22/06/2016", day)
    assert names_date("2016-06-22", day)
    assert not names_date("Wednesday 21 Jun 2016", day)
    assert not names_date("June 2016", day)


def test_add_stores_the_stated_date_and_show_and_view_print_it(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from detente.cli import app

    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "fakes-1", "date": "2013-06-10", "text": TEXT}) + "\n", encoding="utf-8")
    folder = tmp_path / "annotations"
    (folder / "primary").mkdir(parents=True)
    split = {"seed": 1, "method": "t", "max_chars": 9999, "articles": {"fakes-1": "train"}}
    (folder / "split.json").write_text(json.dumps(split), encoding="utf-8")
    runner = CliRunner()
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(_draft()), encoding="utf-8")
    stored = folder / "primary" / "a.jsonl"
    refused = runner.invoke(app, ["corpus", "add", str(bare), "--to", str(stored), "--corpus", str(corpus)])
    assert refused.exit_code == 1
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps(_draft(article_date="2015-02-05", article_date_evidence="Thu Feb 5 2015")))
    added = runner.invoke(app, ["corpus", "add", str(draft), "--to", str(stored), "--corpus", str(corpus)])
    assert added.exit_code == 0, added.output
    shown = runner.invoke(app, ["corpus", "show", "fakes-1", "--corpus", str(corpus), "--annotations", str(folder)])
    assert "date: 2015-02-05 (Thursday), the article's own ('Thu Feb 5 2015'); corpus 2013-06-10" in shown.output
    assert "the week before: Wed 2015-02-04" in shown.output
    viewed = runner.invoke(app, ["corpus", "view", "fakes-1", "--corpus", str(corpus), "--annotations", str(folder)])
    assert "article date: 2015-02-05 (Thursday), stated as 'Thu Feb 5 2015'" in viewed.output
    plain = runner.invoke(app, ["corpus", "show", "fakes-1", "--corpus", str(corpus), "--annotations", str(tmp_path)])
    assert "date: 2013-06-10 (Monday)" in plain.output
    assert "the body states 2015-02-05 (Thursday): 'Thu Feb 5 2015'" in plain.output
    assert "the body states" not in shown.output


def test_add_tells_an_unreadable_draft_fails_and_still_stores_the_readable_one(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from detente.cli import app

    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({"id": "fakes-1", "date": "2013-06-10", "text": TEXT}) + "\n", encoding="utf-8")
    good = tmp_path / "draft.json"
    good.write_text(json.dumps(_draft(article_date="2015-02-05", article_date_evidence="Thu Feb 5 2015")))
    stored = tmp_path / "a.jsonl"
    missing = tmp_path / "missing.json"
    result = CliRunner().invoke(
        app, ["corpus", "add", str(missing), str(good), "--to", str(stored), "--corpus", str(corpus)]
    )
    assert result.exit_code == 1  # the missing draft is a failure, not a silent skip
    assert "missing.json" in result.output
    assert json.loads(stored.read_text(encoding="utf-8"))["id"] == "fakes-1"  # the readable one is stored
