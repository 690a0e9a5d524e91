"""The sample is drawn reproducibly, and grown as the same draw continued: dev and test never move."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from detente.corpus.sample import draw, extend_train
from detente.corpus.source import batch_of
from detente.records import Article

DAY = dt.date(2017, 1, 1)
ARTICLES = {
    i: Article(id=i, date=DAY, text="x" * (50 if n % 7 else 20_000))
    for n, i in enumerate([f"reuters-isot-{k:04d}" for k in range(300)] + [f"fakes-{k:04d}" for k in range(100)])
}


def test_a_draw_is_the_same_every_time_and_leaves_long_articles_out() -> None:
    first, again = draw(ARTICLES, total=40, second=6), draw(ARTICLES, total=40, second=6)
    assert first == again
    assert all(len(ARTICLES[i].text) <= 10_000 for i in first.articles)
    assert Counter(first.articles.values()) == {"train": 24, "dev": 8, "test": 8}


def test_growing_the_sample_adds_train_articles_and_moves_nothing_drawn_before() -> None:
    first = draw(ARTICLES, total=40, second=6)
    grown = extend_train(first, ARTICLES, 20)
    assert len(grown.articles) == 60
    assert all(grown.articles[i] == split for i, split in first.articles.items())  # nothing drawn before moves
    added = set(grown.articles) - set(first.articles)
    assert len(added) == 20 and {grown.articles[i] for i in added} == {"train"}
    assert {batch_of(i) for i in added} == {"reuters-isot", "fakes"}  # in proportion to the batches
    assert grown.second == first.second and "extended by 20" in grown.method
    # the grown sample is the larger draw's articles: the same ids a draw of 60 would have taken
    assert set(grown.articles) == set(draw(ARTICLES, total=60, second=6).articles)


def test_growing_by_one_adds_exactly_one_even_where_largest_remainder_would_shift() -> None:
    arts = {
        i: Article(id=i, date=DAY, text="x")
        for i in [f"aa-{k}" for k in range(5)] + [f"bb-{k}" for k in range(5)] + ["cc-0"]
    }
    first = draw(arts, total=5, second=1)
    grown = extend_train(first, arts, 1)
    assert len(grown.articles) == 6 and all(grown.articles[i] == s for i, s in first.articles.items())
    again = extend_train(grown, arts, 2)  # and a grown sample grows again from what it holds
    assert len(again.articles) == 8
