"""Draw the annotated sample and its split, reproducibly.

Articles are drawn at random with a fixed seed, stratified over the corpus batches in
proportion to their size (articles longer than ``max_chars`` are left out: a few CNN
pieces run to 50,000 characters and would take a fifth of the annotation effort). Within
each batch the drawn order gives the split: the first 60% train, the next 20% dev, the
rest test. A second, independent annotation is drawn the same way from the sample.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict

from detente.corpus.schema import SplitFile
from detente.corpus.source import batch_of
from detente.records import Article

SEED = 20261202
SHARES = {"train": 0.6, "dev": 0.2}


def _by_batch(ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for i in sorted(ids):
        out[batch_of(i)].append(i)
    return dict(sorted(out.items()))


def _quota(sizes: dict[str, int], total: int) -> dict[str, int]:
    """Largest-remainder apportionment of ``total`` over the batches."""
    whole = sum(sizes.values())
    raw = {b: total * n / whole for b, n in sizes.items()}
    quota = {b: int(x) for b, x in raw.items()}
    for b in sorted(raw, key=lambda b: raw[b] - quota[b], reverse=True)[: total - sum(quota.values())]:
        quota[b] += 1
    return quota


def draw(articles: dict[str, Article], total: int = 200, second: int = 30, seed: int = SEED, max_chars: int = 10_000):
    """The sample as a ``SplitFile``: ids with their split, and the ones to annotate twice."""
    order, rng = _drawn_order(articles, seed, max_chars)
    quota = _quota({b: len(ids) for b, ids in order.items()}, total)
    split: dict[str, str] = {}
    for b, ids in order.items():
        drawn = ids[: quota[b]]
        n_train = round(len(drawn) * SHARES["train"])
        n_dev = round(len(drawn) * SHARES["dev"])
        for k, i in enumerate(drawn):
            split[i] = "train" if k < n_train else "dev" if k < n_train + n_dev else "test"
    twice_quota = _quota({b: quota[b] for b in order}, second)
    twice = [i for b, ids in order.items() for i in rng.sample(ids[: quota[b]], twice_quota[b])]
    method = (
        f"random.Random({seed}).sample of each batch's ids (sorted) with text <= {max_chars} chars; "
        f"{total} drawn in proportion to batch size (largest remainder); in drawn order the first 60% of a batch "
        f"is train, the next 20% dev, the rest test; then {second} of the drawn, per batch in proportion, "
        "by the same generator, are annotated a second time"
    )
    return SplitFile(seed=seed, method=method, max_chars=max_chars, articles=split, second=sorted(twice))  # type: ignore[arg-type]


def _drawn_order(articles: dict[str, Article], seed: int, max_chars: int) -> tuple[dict[str, list[str]], random.Random]:
    """Each batch's eligible ids in the order the seeded generator draws them, and the generator after that draw
    (``draw`` goes on with it to pick the articles annotated twice; ``extend_train`` needs the order only)."""
    eligible = _by_batch([a.id for a in articles.values() if len(a.text) <= max_chars])
    rng = random.Random(seed)
    return {b: rng.sample(ids, len(ids)) for b, ids in eligible.items()}, rng


def extend_train(current: SplitFile, articles: dict[str, Article], more: int) -> SplitFile:
    """The same draw continued by exactly ``more`` articles, all train: dev and test stay as they were.

    Each batch's seeded order is drawn again exactly as ``draw`` drew it; what each batch already holds is
    counted from the stored split (and must be the start of its order), and the ``more`` articles are shared
    out so that every batch comes as near its share of the grown total as whole articles allow, never fewer
    than it has. So a larger sample is the same sample grown, never a new one.
    """
    if more < 0:
        raise ValueError("a sample grows by a positive number of articles")
    order, _ = _drawn_order(articles, current.seed, current.max_chars)
    have = Counter(batch_of(i) for i in current.articles)
    for b, ids in order.items():
        if set(ids[: have[b]]) != {i for i in current.articles if batch_of(i) == b}:
            raise ValueError(f"batch {b}: the stored sample is not the start of the draw of seed {current.seed}")
    target = _quota({b: len(ids) for b, ids in order.items()}, len(current.articles) + more)
    room = {b: min(max(0, target[b] - have[b]), len(order[b]) - have[b]) for b in order}
    while sum(room.values()) > more:  # largest remainder can give a batch less than it has: trim the largest gains
        b = max(room, key=lambda k: (room[k], k))
        room[b] -= 1
    while sum(room.values()) < more:
        spare = [b for b in order if have[b] + room[b] < len(order[b])]
        if not spare:
            raise ValueError(f"the corpus has only {sum(room.values())} more eligible articles")
        b = max(spare, key=lambda k: (target[k] - have[k] - room[k], k))
        room[b] += 1
    split = dict(current.articles)
    for b, ids in order.items():
        for i in ids[have[b] : have[b] + room[b]]:
            split[i] = "train"
    method = f"{current.method}; then extended by {more} in the same drawn order, all train"
    return current.model_copy(update={"articles": split, "method": method})
