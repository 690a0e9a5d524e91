"""The parties of missed events that do not resolve, by kind of words: what resolution bounds (issue 14).

Codes the annotated articles of a split (train to develop, dev to check; never test) from the parse cache as
``detente eval --annotations`` codes them, takes the misses ``bench/miss_funnel.py`` puts in class (c) (the source
not resolved or wrong), (d) (the target) and the class-(a) misses that ``bench/trigger_misses.py`` finds
unreachable (a party's words absent or not resolving to its code), and sorts each such party by its words:

    implicit                      no words annotated (the party is understood)
    pronoun, referent resolved / not resolved earlier (a mention of the annotated code before it, or none)
    person name, titled in the article / not (a title or a description in apposition at any mention of the name)
    organisation / NORP word / place name, with a country word in the phrase or not
    common noun: with a country word, a definite description ("the ministry"), a role noun with no country word,
                 or a noun no role table knows
    another level of the country / another actor (the words resolve, to the wrong code)

with "(its country is the article's home)" where the annotated code's country is the country the article is about,
and "[other sentence]" where the party's words are outside the trigger's sentence. Counts only; no text is printed.

    PYTHONPATH=src python bench/party_misses.py [--split train|dev] [--cache /tmp/funnel/cache] [--examples 3]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _has_country_word(tokens) -> bool:
    from detente.where.mentions import entity_of

    for t in tokens:
        ent = entity_of(t)
        if ent is not None and ent[0] in ("country", "capital"):
            return True
        if t.ent_type_ in ("GPE", "NORP"):
            return True
    return False


def _titled(tok) -> str:
    """Whether any mention of the name (its last word) carries a title or a description in the article."""
    from detente.actors.phrases import phrase_tokens
    from detente.actors.roles import head_role, title_role

    seen = []
    for t in tok.doc:
        if t.text != tok.text or t.ent_type_ != "PERSON":
            continue
        tokens = phrase_tokens(t)
        titled = title_role(t, tokens) is not None or any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and head_role(c, phrase_tokens(c)) for c in t.children
        )
        if t.dep_ == "appos" and t.head.pos_ == "NOUN" and head_role(t.head, phrase_tokens(t.head)):
            titled = True
        if titled:
            seen.append("before" if t.i < tok.i else ("here" if t.i == tok.i else "after"))
    if not seen:
        return "no title in the article"
    return "titled " + ("here" if "here" in seen else ("earlier" if "before" in seen else "later only"))


def party_kind(p, g, role: str, ctx, statement_verbs, trigger) -> str | None:
    """The kind of an unresolved (or wrongly resolved) party, or None when its words resolve to its code."""
    from miss_funnel import _party

    from detente.actors.coreference import is_pronoun
    from detente.actors.phrases import is_bare_definite, phrase_tokens
    from detente.actors.roles import head_role
    from detente.train.examples import _token

    party = g.source if role == "source" else g.target
    how = _party(p, g, role, ctx, statement_verbs)
    if how == "none" or how.startswith("resolves:"):
        return None
    tok = _token(p.doc, party.span)
    if tok is None:
        kind = "implicit"
    elif how.startswith("resolves to another level"):
        kind = "another level of the country"
    elif how.startswith("resolves to another actor"):
        kind = "another actor"
    elif is_pronoun(tok) or tok.pos_ == "PRON":
        before = any(m.actor.code == party.code and m.index < tok.i for m in ctx.mentions.values())
        kind = "pronoun, " + ("its code resolved earlier" if before else "its code not resolved earlier")
    else:
        tokens = phrase_tokens(tok)
        country = _has_country_word(tokens)
        ent = tok.ent_type_
        if ent == "PERSON":
            kind = "person name, " + _titled(tok)
        elif ent in ("ORG", "FAC"):
            kind = "organisation, " + ("with a country word" if country else "no country word")
        elif ent == "NORP":
            kind = "NORP word"
        elif ent in ("GPE", "LOC"):
            kind = "place name"
        elif country:
            kind = "common noun with a country word"
        elif is_bare_definite(tok):
            kind = "definite description (the X)" + (", a role noun" if head_role(tok, tokens) else "")
        elif head_role(tok, tokens):
            kind = "role noun, no country word"
        else:
            kind = f"noun no role table knows ({tok.pos_})"
    if party.code[:3] == ctx.home and kind not in ("another level of the country", "another actor"):
        kind += " (its country is the article's home)"
    if tok is not None and trigger is not None and tok.sent.start != trigger.sent.start:
        kind += " [other sentence]"
    return kind


def main() -> None:
    from miss_funnel import _statement_verbs, _trigger_token, code_split, funnel_article, split_args

    from detente.train.examples import sentence_contexts

    args = split_args(__doc__.splitlines()[0]).parse_args()
    statement_verbs = _statement_verbs()
    rows: list[dict] = []
    for c in code_split(args):
        p = c.parsed
        want = Counter((r["at"], r["code"], r["stage"]) for r in funnel_article(p, c.events, c.skips, c.matching))
        by_sent: dict[int, list] = defaultdict(list)
        for g in p.ann.events:
            for stage in ("a", "c", "d"):
                if g.scored and want[(g.trigger[0], g.code, stage)] > 0:
                    want[(g.trigger[0], g.code, stage)] -= 1
                    tok = _trigger_token(p, g)
                    by_sent[tok.sent.start if tok is not None else -1].append((g, tok, stage))
                    break
        for sent, ctx in sentence_contexts(p):
            for g, tok, stage in by_sent.pop(sent.start, []):
                roles = {"c": ("source",), "d": ("target",), "a": ("source", "target")}[stage]
                for role in roles:
                    kind = party_kind(p, g, role, ctx, statement_verbs, tok)
                    if kind is not None:
                        rows.append(
                            {"article": p.article.id, "at": g.trigger[0], "stage": stage, "role": role, "kind": kind}
                        )
                        break
    table = Counter((r["kind"], r["stage"], r["role"]) for r in rows)
    kinds = Counter(r["kind"] for r in rows)
    examples: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        examples[r["kind"]].append(f"{r['article']}@{r['at']}")
    cols = [("c", "source"), ("d", "target"), ("a", "source"), ("a", "target")]
    print(f"{'kind of party words':70} {'(c)src':>6} {'(d)tgt':>6} {'(a)src':>6} {'(a)tgt':>6} {'all':>5}")
    for kind, n in kinds.most_common():
        cells = " ".join(f"{table[(kind, s, r)]:6}" for s, r in cols)
        print(f"{kind:70} {cells} {n:5}  {', '.join(examples[kind][: args.examples])}")
    total = " ".join(f"{sum(v for (k, s, r), v in table.items() if (s, r) == col):6}" for col in cols)
    print(f"{'all':70} {total} {len(rows):5}")


if __name__ == "__main__":
    main()
