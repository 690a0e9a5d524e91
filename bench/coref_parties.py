"""What the resolver does with the annotated parties written as a pronoun, a surname or a definite description.

Codes the annotated articles of a split from the parse cache as ``detente eval --annotations`` does
(``bench/miss_funnel.py``'s driver) and, for every annotated source or target whose words are a pronoun ("he",
"they"), a surname of a person the article named in full before, or a definite description ("the ministry", "the
jihadists"), resolves its head where it stands, with the article's memory up to its sentence, and counts what came
back: its code, another level of its country, another actor, or nothing (then the resolver's reason, its names left
out; for other words their head's lemma). Annotators' batches given with --held are counted apart: a rule must hold
on articles its writer did not choose it on. Counts, reasons and head lemmas only; no article text is printed.

    PYTHONPATH=src:bench python bench/coref_parties.py [--split train|dev] [--cache DIR] [--held ann-38 ann-39 ...]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from miss_funnel import code_split, split_args

DEFINITE = ("the", "this", "that", "these", "those")
STATUSES = ("right", "another level", "another actor", "nothing")


def kind(tok) -> str | None:
    """A pronoun (by its word), a surname of a person named in full before, a definite description, or None."""
    from detente.actors.coreference import is_pronoun

    if is_pronoun(tok):
        return "pronoun " + tok.lower_
    dets = [c for c in tok.children if c.dep_ == "det" and c.lower_ in DEFINITE]
    if tok.pos_ == "NOUN" and dets and not any(c.ent_type_ for c in tok.subtree if c.i != tok.i):
        return "description"
    if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
        doc = tok.doc
        ent = [e for e in doc.ents if e.start <= tok.i < e.end]
        full = [
            e for e in doc.ents if e.end <= tok.i and e.label_ == "PERSON" and len(e) > 1 and e[-1].text == tok.text
        ]
        if ent and len(ent[0]) == 1 and full:
            return "surname"
    return None


def status(code: str, codes: list[str]) -> str:
    if code in codes:
        return "right"
    if any(c[:3] == code[:3] for c in codes):
        return "another level"
    return "another actor" if codes else "nothing"


def reason(why: str | None) -> str:
    """The resolver's reason with its names and codes left out (so it counts as a class)."""
    if not why:
        return "-"
    why = re.sub(r"pronoun '[^']*': ", "", why)
    why = re.sub(r"'[^']*'", "X", why)
    return re.sub(r"\([A-Z, ]+\)|\b[A-Z]{3,}\b", "C", why)


def main() -> None:
    parser = split_args(__doc__.splitlines()[0])
    parser.add_argument("--held", nargs="*", default=[], help="annotators counted apart (ann-38 ...)")
    args = parser.parse_args()
    from detente.actors import resolve_all
    from detente.actors.coreference import why_unresolved
    from detente.train.examples import _token, sentence_contexts

    held = set(args.held)
    counts: dict[str, Counter] = {"rest": Counter(), "held": Counter()}
    reasons: dict[str, Counter] = {"rest": Counter(), "held": Counter()}
    for c in code_split(args):
        p = c.parsed
        part = "held" if held & set(p.ann.annotator.split("/")) else "rest"
        by_sent = defaultdict(list)
        for g in c.matching.gold:
            for party in (g.source, g.target):
                tok = _token(p.doc, party.span) if party is not None else None
                if tok is not None:
                    by_sent[tok.sent.start].append((party.code, tok))
        for sent, ctx in sentence_contexts(p):
            for code, tok in by_sent.pop(sent.start, []):
                k = kind(tok)
                if k is None:
                    continue
                st = status(code, [r.actor.code for r in resolve_all(tok, ctx)])
                group = k.split()[0]
                counts[part][(group, st)] += 1
                if st == "nothing":
                    why = why_unresolved(tok, ctx)  # a pronoun's reason; a description's or name's head lemma
                    reasons[part][(k, reason(why) if why else tok.lemma_.lower())] += 1
    for part in ("rest", "held"):
        if not counts[part]:
            continue
        print(f"\n{part}: annotated parties by kind of words and what the resolver gave")
        for group in ("pronoun", "surname", "description"):
            cells = ", ".join(
                f"{st} {counts[part][(group, st)]}" for st in ("right", "another level", "another actor", "nothing")
            )
            print(f"  {group:12} {cells}")
        print("  unresolved, by word and reason (most frequent 15):")
        for (k, why), n in reasons[part].most_common(15):
            print(f"    {n:4}  {k:22} {why[:100]}")


if __name__ == "__main__":
    main()
