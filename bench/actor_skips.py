"""How many candidate clauses are skipped because an actor did not resolve, on real articles.

Reads a sample of the real news corpus at run time (its text is never copied into the project),
codes each article and counts the skipped clauses by reason: "no source actor", "no target actor"
and the rest, against the events coded. Run before and after a change to the actors stage:

    python bench/actor_skips.py --sample 200 [--corpus ../shared/corpus/news-dev.jsonl] [--examples 20]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import Counter
from pathlib import Path

DEFAULT_CORPUS = Path("/work/shared/corpus/news-dev.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=200, help="articles drawn (seeded, same set every run)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--examples", type=int, default=0, help="print this many skipped actor phrases per reason")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")

    from detente.pipeline import Coder
    from detente.records import Article

    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    sample = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
    articles = [Article(id=r["id"], date=dt.date.fromisoformat(r["date"]), text=r["text"]) for r in sample]
    reasons: Counter[str] = Counter()
    phrases: dict[str, Counter[str]] = {"source": Counter(), "target": Counter()}
    events = 0
    for coded in Coder().code_many(articles):
        events += len(coded.events)
        for skip in coded.skips:
            reason = skip.reason
            if reason.startswith("no source actor"):
                reasons["no source actor"] += 1
                phrases["source"][reason[len("no source actor (") : -1]] += 1
            elif reason.startswith("no target actor"):
                reasons["no target actor"] += 1
                phrases["target"][reason[len("no target actor (") : -1]] += 1
            else:
                reasons["other"] += 1
    candidates = events + sum(reasons.values())
    unresolved = reasons["no source actor"] + reasons["no target actor"]
    print(f"{len(articles)} articles (seed {args.seed}), {events} events, {sum(reasons.values())} skipped clauses")
    for reason in ("no source actor", "no target actor", "other"):
        print(f"  {reason:16} {reasons[reason]:6}")
    print(f"unresolved-actor skips: {unresolved} ({unresolved / max(candidates, 1):.1%} of {candidates} candidates)")
    for side, counter in phrases.items():
        for phrase, n in counter.most_common(args.examples):
            print(f"  [{side}] {n:3} {phrase}")


if __name__ == "__main__":
    main()
