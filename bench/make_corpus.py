"""Write the bundled examples, repeated, as a JSON-lines corpus for whole-process timing.

python bench/make_corpus.py --copies 200 > big.jsonl
/usr/bin/time -v detente code big.jsonl --db big.duckdb
"""

from __future__ import annotations

import argparse
import json
import sys

from bench_coding import corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200)
    args = parser.parse_args()
    for article in corpus(args.copies):
        date = article.date.isoformat() if article.date else None
        sys.stdout.write(json.dumps({"id": article.id, "date": date, "text": article.text}) + "\n")


if __name__ == "__main__":
    main()
