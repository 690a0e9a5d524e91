"""Which kinds of actor phrase leave candidate clauses without an actor, on the annotated real articles.

``actor_skips.py`` counts skipped clauses by reason on a random sample; this one reads the articles of
the annotation splits (``--split dev``, ``train``; never tune on ``test``), codes them, and sorts every
unresolved source or target head of a skipped clause into a class — a third-person pronoun, a first-person
one, a relative pronoun, a bare definite description ("the group"), a role noun without a country (plural
"protesters", singular "the spokesman"), an unknown name (with a title or a country word beside it, or
bare), a word that names no actor at all ("the attack", "people") — with counts, so a change to the
actors stage can be aimed at the biggest class and measured. The corpus text is read at run time.

    python bench/actor_skip_classes.py --split dev --split train [--examples 8]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT_CORPUS = Path("/work/shared/corpus/news-dev.jsonl")
SPLITS = Path(__file__).resolve().parent.parent / "corpus" / "annotations" / "split.json"


def classify(head) -> str:  # head: a spaCy token
    """The class of an actor phrase head that did not resolve."""
    from detente.actors import coreference
    from detente.actors.phrases import is_bare_definite, phrase_tokens
    from detente.actors.roles import head_role, title_role
    from detente.data import gazetteer

    if head.lower_ in ("who", "which", "that"):
        return "relative pronoun"
    if coreference.is_pronoun(head):
        if head.lower_ in coreference.FIRST_PERSON:
            return "first-person pronoun"
        return f"pronoun {head.lower_}"
    tokens = phrase_tokens(head)
    role = head_role(head, tokens)
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        titled = title_role(head, tokens) is not None
        g = gazetteer()
        country_word = any(t.text in g.demonyms or t.text in g.country_names for t in tokens if t.i != head.i)
        kind = head.ent_type_ or "PROPN"
        if role is not None and head.is_sent_start:
            return "role noun, sentence-initial (plural)" if head.lower_.endswith("s") else "role noun, singular"
        return f"unknown name {kind}" + (" + title" if titled else "") + (" + country word" if country_word else "")
    if role is None:
        return "no actor noun (event/thing word)"
    plural = head.tag_ in ("NNS", "NNPS")
    definite = is_bare_definite(head)
    return (
        f"role {role} without country, " + ("plural" if plural else "singular") + (", bare 'the'" if definite else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", action="append", choices=("train", "dev"), help="annotation split(s) to read")
    parser.add_argument("--examples", type=int, default=0, help="print this many head words per class")
    parser.add_argument("--show", default="", help="print the sentences of the classes that contain this text")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")
    splits = set(args.split or ["dev"])

    import detente.events.arguments as arguments
    from detente.pipeline import Coder
    from detente.records import Article

    wanted = {a for a, s in json.loads(SPLITS.read_text())["articles"].items() if s in splits}
    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [
        Article(id=r["id"], date=dt.date.fromisoformat(r["date"]), text=r["text"]) for r in rows if r["id"] in wanted
    ]
    classes: Counter[str] = Counter()
    examples: dict[str, Counter[str]] = defaultdict(Counter)
    original = arguments.SentenceParties.resolve

    def watched(self, frame):
        out = original(self, frame)
        for reason in out.reasons:
            if reason.startswith("no source actor"):
                heads = list(frame.source_heads) or [None]
            elif reason.startswith("no target actor"):
                heads = [h for hs in frame.target_options for h in hs] or [None]
            else:
                continue
            side = reason.split()[1]
            for h in heads[:1]:
                cls = "no subject in the parse" if h is None else classify(h)
                classes[f"{side}: {cls}"] += 1
                classes[f"(any): {cls}"] += 1
                if h is not None:
                    examples[f"{side}: {cls}"][h.lower_] += 1
                    if args.show and args.show in cls:
                        print(f"[{side}: {cls}] {h.text!r} | {h.sent.text.strip()}")
        return out

    arguments.SentenceParties.resolve = watched  # type: ignore[method-assign]
    events = skips = 0
    for coded in Coder().code_many(articles):
        events += len(coded.events)
        skips += len(coded.skips)
    unresolved = sum(n for c, n in classes.items() if c.startswith("(any)"))
    print(f"{len(articles)} articles ({', '.join(sorted(splits))}), {events} events, {skips} skipped clauses")
    print(f"unresolved-actor skips: {unresolved} ({unresolved / max(events + skips, 1):.1%} of candidates)")
    for cls, n in classes.most_common():
        words = ", ".join(f"{w} {k}" for w, k in examples[cls].most_common(args.examples)) if args.examples else ""
        print(f"  {n:5}  {cls:60} {words}")


if __name__ == "__main__":
    main()
