"""Write a JSON-lines corpus for whole-process timing: real articles repeated under new ids.

    python bench/make_corpus.py --articles 1000 > big.jsonl
    /usr/bin/time -v detente code big.jsonl --db big.duckdb

Real articles come from ``../shared/corpus/news-dev.jsonl`` (the bundled examples when it is absent).
"""

from __future__ import annotations

import argparse
import json
import sys

from realcorpus import base_articles, repeated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    base, _ = base_articles()
    for article in repeated(base, args.articles):
        date = article.date.isoformat() if article.date else None
        sys.stdout.write(json.dumps({"id": article.id, "date": date, "text": article.text}) + "\n")


if __name__ == "__main__":
    main()
