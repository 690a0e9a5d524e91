"""One whole process for an outside timer: code N real articles with detente, or parse them with spaCy alone.

Time the two in turn, several times each, with any timer that accounts a finished process (``/usr/bin/time -v``),
and compare medians: ``python whole_process.py detente 100`` against ``python whole_process.py spacy 100``, and
the same with 2 articles for the start-up (models and tables loaded) each process pays once. Throughput without
start-up is (t(100) - t(2)) / 98 per article. ``--layers both`` times the learned layer beside the patterns (the
shipped coder is the patterns alone since the twenty-second stop). In-process timings with warm models are
bench_coding.py's.
"""

from __future__ import annotations

import argparse

import spacy
from realcorpus import base_articles

from detente.layers import LAYERS, SHIPPED_LAYERS
from detente.nlp import MODEL
from detente.pipeline import Coder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", choices=["detente", "spacy"])
    parser.add_argument("articles", type=int)
    parser.add_argument("--layers", choices=LAYERS, default=SHIPPED_LAYERS)
    args = parser.parse_args()
    articles, _ = base_articles(args.articles)
    if args.what == "detente":
        print(sum(len(c.events) for c in Coder(batch_size=16, layers=args.layers).code_many(articles)), "events")
    else:
        print(sum(len(d) for d in spacy.load(MODEL).pipe((a.text for a in articles), batch_size=16)), "tokens")


if __name__ == "__main__":
    main()
