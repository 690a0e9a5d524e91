"""Throughput of detente against the spaCy parser alone, on the bundled examples repeated.

    python bench/bench_coding.py [--copies 50] [--mode both|parse|code]

Prints articles per second for the parser alone (the same pipeline, entity ruler
included) and for the whole coder (parse + repair + coding), and their ratio.
``--mode parse`` / ``--mode code`` run one side only, for timing whole processes.
"""

from __future__ import annotations

import argparse
import time
from importlib import resources

from detente.ingest import read_articles
from detente.nlp import get_nlp
from detente.pipeline import Coder
from detente.records import Article


def corpus(copies: int) -> list[Article]:
    with resources.as_file(resources.files("detente") / "examples") as folder:
        base = [a for a in read_articles(folder) if isinstance(a, Article)]
    return [a.model_copy(update={"id": f"{a.id}-{i}"}) for i in range(copies) for a in base]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--mode", choices=["both", "parse", "code"], default="both")
    args = parser.parse_args()
    articles = corpus(args.copies)
    chars = sum(len(a.text) for a in articles)
    nlp = get_nlp()
    coder = Coder()
    list(coder.code_many(articles[:5]))  # warm up
    parse_s = code_s = None
    if args.mode in ("both", "parse"):
        t = time.perf_counter()
        for _ in nlp.pipe([a.text for a in articles], batch_size=coder.batch_size):
            pass
        parse_s = time.perf_counter() - t
        print(f"parser alone: {len(articles) / parse_s:8.1f} articles/s  {chars / parse_s / 1000:8.1f} kchar/s")
    if args.mode in ("both", "code"):
        t = time.perf_counter()
        n_events = sum(len(c.events) for c in coder.code_many(articles))
        code_s = time.perf_counter() - t
        print(
            f"detente code: {len(articles) / code_s:8.1f} articles/s  {chars / code_s / 1000:8.1f} kchar/s  "
            f"({n_events} events)"
        )
    if parse_s and code_s:
        print(f"ratio code/parse: {code_s / parse_s:.2f}x the parser's time ({len(articles)} articles, {chars} chars)")


if __name__ == "__main__":
    main()
