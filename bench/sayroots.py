"""The root of what a political speaker says, read by a multi-class linear model, measured out of fold (issue 13).

Why: at a verb of saying with a resolved political speaker the patterns code (or, bare statements off, would code) a
statement 01, while annotators often coded the speaker's deed under another root: 11 criticism ("said the move was
an act of aggression"), 03 intention ("said it was ready to help"), 10 demand ("said they must stop"), 05, 12, 13, 04.
s30 measured only the binary "keep the bare statement"; this measures the multi-class decision: which root (and
which target) what is said carries, out of fold by article.

    PYTHONPATH=src python bench/sayroots.py collect --annotations /work/coord/ann1759 --out /tmp/say.pkl
    PYTHONPATH=src python bench/sayroots.py labels /tmp/say.pkl        # label distribution and the target ceiling
    PYTHONPATH=src python bench/sayroots.py measure /tmp/say.pkl [--families said,office,rule] [--pool kept|content|all]
        [--target named|first|none] [--joint] [--l2 1e-3]               # per root and threshold, right / wrong
    PYTHONPATH=src python bench/sayroots.py measure /tmp/say.pkl ... --why 11@0.5   # what tells right from wrong

``collect`` codes every article as ``statement_oof.py collect`` does (patterns, bare statements on, the shared parse
cache) and logs every verb-of-saying candidate that reaches the rules (after ``recode_said``: the ones the sayings
reader could not give a more specific code), with the rules' reason to drop it (None: kept), the statement model's
features, extra clause features (below), the parties its said words name (resolved codes), and the coded events.

A candidate's label is the root of the annotated event of its sentence whose source is the speaker's code (the one
whose trigger is nearest the verb when there are several), or "none"; its gold target is that event's target code.
An event the classifier would add is (sentence, root, speaker, target); it is right when an annotated event of that
sentence, root, source and target is left unmatched by the events the coder already emits (main: statements off),
one to one, as the scorer matches (same sentence, root, source, target).

Extra feature families (each names a class of clause, not a sentence's words):
    said     lemmas of the content words said (``w=``) and with their dependency (``wd=``), the said clause's head
             lemma, negation in it, modal and readiness words in it (must, should, will, ready ...), the number of
             parties it names and whether one is of another country than the speaker's
    office   the speaker's level from the words naming them (statement_oof.OFFICE)
    rule     the statement rules' reason to drop the candidate (``kept`` when none)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import statement_oof as so

MODALS = {
    "must",
    "should",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "need",
    "ready",
    "willing",
    "want",
    "prepared",
    "'ll",
    "wo",
    "shall",
    "ought",
    "have",
}
CONTENT_POS = ("VERB", "NOUN", "ADJ", "ADV", "AUX")
FAMILIES = ("said", "office", "rule")

_LOG: list = []
_CTX: list = []


def _init() -> None:
    import logging

    logging.disable(logging.WARNING)
    from detente.events import coder as coder_mod
    from detente.events.learned.statements import candidate_features
    from detente.events.statements import is_statement
    from detente.nlp import MODEL, ruler_patterns
    from detente.pipeline import Coder

    so._coder = Coder(layers="patterns")
    so._pin = hashlib.sha1((MODEL + json.dumps(ruler_patterns(), sort_keys=True)).encode()).hexdigest()[:16]
    recode, why_not = coder_mod.recode_said, coder_mod.why_not

    def recode_logged(cand, ctx, triggers=None):
        _CTX[:] = [ctx]
        return recode(cand, ctx, triggers)

    def why_not_logged(cand, info, triggers, candidates=None, day=None):
        reason = why_not(cand, info, triggers, candidates, day)
        if is_statement(cand):
            _LOG.append((cand, reason, candidate_features(cand, candidates or []), _parties(cand, _CTX[0])))
        return reason

    coder_mod.recode_said, coder_mod.why_not = recode_logged, why_not_logged
    coder_mod.statement_decision = lambda cand, candidates, model, log=None: None


def _parties(cand, ctx) -> list[tuple[str, str | None]]:
    """(code, country) of every party a name in the said words resolves to, speaker apart, in the order said."""
    from detente.actors import resolve
    from detente.events.statements import said_words
    from detente.events.tree import names_a_party

    out: list[tuple[str, str | None]] = []
    for tok in sorted(said_words(cand.trigger), key=lambda t: t.i):
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or not names_a_party(tok):
            continue
        try:
            got = resolve(tok, ctx)
        except Exception:  # a name the resolver cannot read is no party here
            got = None
        if got is None or got.actor.code == cand.source.code:
            continue
        if got.actor.code not in [c for c, _ in out]:
            out.append((got.actor.code, got.actor.country))
    return out


def _said_feats(cand) -> list[str]:
    from detente.events.statements import said_words

    said = said_words(cand.trigger)
    feats = []
    for t in said:
        if (t.pos_ in CONTENT_POS and not t.is_stop) or t.lower_ in MODALS:
            lem = t.lemma_.lower()
            feats += [f"w={lem}", f"wd={lem}|{t.dep_}"]
        if t.dep_ == "neg":
            feats.append("neg")
        if t.lower_ in MODALS:
            feats.append(f"modal={t.lower_}")
    heads = [t for t in said if t.head.i == cand.trigger.i or t.head not in said]
    if heads:
        feats.append(f"head={heads[0].lemma_.lower()}")
    return sorted(set(feats))


def _code(article):
    from detente.events.coder import code_doc
    from detente.events.patterns import STATEMENT_PREFIX, statements_enabled
    from detente.events.statements import said_words
    from detente.ingest.language import not_english
    from detente.nlp.boilerplate import blank_boilerplate

    if not_english(article.text):
        return article.id, [], []
    doc = so._coder.prepare(so._doc(blank_boilerplate(article.text, article.title)))
    _LOG.clear()
    with statements_enabled():
        events, _ = code_doc(doc, article, so._coder.nlp, model=None, patterns=True, gate=so._coder.gate)
    cands = []
    for cand, reason, feats, parties in _LOG:
        said = said_words(cand.trigger)
        cands.append(
            {
                **so.candidate_row(cand, feats),
                "country": cand.source.country,
                "reason": reason,
                "said": _said_feats(cand),
                "said_span": (min(t.idx for t in said), max(t.idx + len(t) for t in said)) if said else None,
                "office": so._office(cand),
                "parties": parties,
            }
        )
    doc.user_data.clear()
    base = [e.to_json_dict() for e in events if not e.evidence.rule.startswith(STATEMENT_PREFIX)]
    return article.id, base, cands


def collect(args) -> None:
    so.collect_with(args, _init, _code)  # the statement bench's pool loop, with this script's logging coder


# ---------------------------------------------------------------- labels and measurement (fit only, no coding)

CONTENT_REASONS = (
    "reports an event",
    "figures",
    "blame or voice worry",
    "narrower code",
    "own intention",
    "more specific event",
    "conjoined",
)


def _pool(c: dict, pool: str) -> bool:
    """Which candidates the classifier reads: ``kept`` those the statement rules keep, ``content`` also those
    dropped for what is said (a deed reported, a judgement, an act spoken, an intention: the classes whose root may be
    another), ``all`` every candidate (negated, questions, reported by others, anonymous sources included)."""
    if pool == "all" or c["reason"] is None:
        return True
    return pool == "content" and any(k in c["reason"] for k in CONTENT_REASONS)


def _here(ann, c) -> set[int]:
    from detente.corpus.score import overlaps

    return {i for i, span in enumerate(ann.sentences) if overlaps((c["start"], c["end"]), span)}


def _gold_of(ann, c):
    """The annotated event of the candidate's sentence whose source is the speaker (nearest trigger), or None."""
    here = _here(ann, c)
    own = [g for g in ann.events if g.scored and g.sentence in here and g.source.code == c["source"]]
    if not own:
        return None
    return min(own, key=lambda g: abs(g.trigger[0] - c["tidx"]))


def _target(c: dict, rule: str) -> str | None:
    """The target an added event gets. ``named``: the candidate's own target, else the one party of another country
    than the speaker's its said words name (``named_in_statement``'s rule); ``first``: the first party named, any
    country; ``none``: no target."""
    if rule == "none":
        return None
    if rule == "first":
        return c["target"] or (c["parties"][0][0] if c["parties"] else None)
    if c["target"]:
        return c["target"]
    foreign = {code for code, country in c["parties"] if country is None or country != c["country"]}
    return next(iter(foreign)) if len(foreign) == 1 else None


def _coded(ann, art, g) -> bool:
    """Whether the coder's own events (main: bare statements off) already match the annotated event ``g``."""
    from detente.corpus.score import match_article
    from detente.records import Event

    m = match_article(ann, [Event.model_validate(e) for e in art["events"]])
    return any(m.gold[gi] is g for gi in m.taken)


def labels(args) -> None:
    from detente.corpus.annotations import load_annotations

    data = pickle.loads(Path(args.data).read_bytes())
    anns = load_annotations(data["annotations"])
    for pool in ("kept", "content", "all"):
        dist: Counter = Counter()
        ceiling: Counter = Counter()
        for aid, art in data["articles"].items():
            for c in art["cands"]:
                if not _pool(c, pool):
                    continue
                g = _gold_of(anns.primary[aid], c)
                root = g.root if g is not None else "none"
                dist[root] += 1
                if g is None:
                    continue
                gt = g.target.code if g.target is not None else None
                ceiling[(root, "coded already")] += _coded(anns.primary[aid], art, g)
                named = {code for code, _ in c["parties"]} | ({c["target"]} if c["target"] else set())
                kind = "no target" if gt is None else "target named in clause" if gt in named else "target not named"
                ceiling[(root, kind)] += 1
                for rule in ("named", "first", "none"):
                    ceiling[(root, f"rule {rule} right")] += _target(c, rule) == gt
        n = sum(dist.values())
        print(
            f"pool {pool}: {n} candidates; label distribution: "
            + ", ".join(f"{r} {k}" for r, k in sorted(dist.items(), key=lambda kv: -kv[1]))
        )
        print("  root  labelled  no-target  named  not-named  ceiling  rule:named  first  none  coded-already")
        for r in sorted(set(k[0] for k in ceiling)):
            a, b, d = (ceiling[(r, k)] for k in ("no target", "target named in clause", "target not named"))
            tot = a + b + d
            print(
                f"  {r}   {tot:8d} {a:10d} {b:6d} {d:10d}  {(a + b) / tot:.2f}"
                f"   {ceiling[(r, 'rule named right')]:10d} {ceiling[(r, 'rule first right')]:6d}"
                f" {ceiling[(r, 'rule none right')]:5d} {ceiling[(r, 'coded already')]:6d}"
            )


def _features(c: dict, families: list[str]) -> list[str]:
    feats = list(c["feats"])
    if "said" in families:
        feats += c["said"]
        feats.append(f"parties={min(len(c['parties']), 2)}")
        if any(country is None or country != c["country"] for _, country in c["parties"]):
            feats.append("party_foreign")
    if "office" in families:
        feats.append(f"office={c['office']}")
    if "rule" in families:
        reason = c["reason"] or "kept"
        feats.append(f"rule={reason[:30]}")
    return feats


def _fit(xs, ys, classes, args):
    from detente.events.learned.linear import fit
    from detente.events.learned.statements import NO_VECTOR
    from detente.train.statements import averaged

    ex = [(x, NO_VECTOR) for x in xs]
    settings = dict(epochs=args.epochs, batch=64, lr=0.01, l2=args.l2, min_count=2, class_weight_power=0.0)
    return averaged([fit(ex, ys, classes, seed=args.seed + k, **settings) for k in range(args.seeds)])


def _oof(data, anns, args) -> tuple[list, list[str]]:
    """Every pooled candidate with its out-of-fold class probabilities: (aid, candidate, label, gold, proba)."""
    from detente.events.learned.statements import NO_VECTOR
    from detente.train.cv import folds

    families = [f for f in args.families.split(",") if f]
    if set(families) - set(FAMILIES):
        raise SystemExit(f"unknown families {sorted(set(families) - set(FAMILIES))}; known: {', '.join(FAMILIES)}")
    arts = data["articles"]
    ids = sorted(arts)
    rows = []
    for aid in ids:
        for c in arts[aid]["cands"]:
            if _pool(c, args.pool):
                g = _gold_of(anns.primary[aid], c)
                label = g.root if g is not None else "none"
                if args.joint and g is not None and (g.target.code if g.target else None) != _target(c, args.target):
                    label = "none"  # the event the coder would emit (its target by the rule) is not the annotated one
                rows.append((aid, c, label, g))
    counts = Counter(r[2] for r in rows)
    classes = ["none", *sorted(r for r, n in counts.items() if r != "none" and n >= args.min_class)]
    out = []
    for fold in folds(ids, args.folds, args.fold_seed):
        held = set(fold)
        train = [r for r in rows if r[0] not in held]
        model = _fit(
            [_features(r[1], families) for r in train],
            [r[2] if r[2] in classes else "none" for r in train],
            classes,
            args,
        )
        for r in rows:
            if r[0] in held:
                out.append((*r, model.proba(_features(r[1], families), NO_VECTOR)))
    return out, classes


THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def _tally(data, anns, scored, classes, rule: str) -> dict:
    """Per (root, threshold), the events the classifier would add: right / wrong, as the scorer matches them (one
    to one against the annotated events the coder's own events leave unmatched; an added event the same as one the
    coder emits, or as one added before it, is not added)."""
    from detente.corpus.score import match_article
    from detente.records import Event

    by_art: dict[str, list] = defaultdict(list)
    for row in scored:
        by_art[row[0]].append(row)
    coded = {}  # the coder's own events matched once per article, and their (sentence, source, target, root)
    for aid in by_art:
        m = match_article(anns.primary[aid], [Event.model_validate(e) for e in data["articles"][aid]["events"]])
        coded[aid] = (
            m,
            {
                (s, p.source.code, p.target.code if p.target else None, p.cameo.root)
                for p, ss in zip(m.pred, m.sentences_of, strict=True)
                for s in ss
            },
        )
    table = {}
    _tally.added = {}  # (root, threshold) -> [(candidate, right)], for ``--why``
    for r in classes[1:]:
        for th in THRESHOLDS:
            right = wrong = 0
            added = _tally.added[(r, th)] = []
            for aid, rows in by_art.items():
                ann = anns.primary[aid]
                m, have0 = coded[aid]
                taken, have = set(m.taken), set(have0)
                k = classes.index(r)
                for _aid, c, _lab, g, p in sorted(rows, key=lambda x: -x[4][k]):
                    if p[k] < th:
                        continue
                    tgt = _target(c, rule)
                    here = _here(ann, c)
                    keys = {(s, c["source"], tgt, r) for s in here}
                    if keys & have:
                        continue
                    have |= keys
                    hit = next(
                        (
                            gi
                            for gi, g in enumerate(m.gold)
                            if gi not in taken
                            and g.sentence in here
                            and g.root == r
                            and g.source.code == c["source"]
                            and (g.target.code if g.target is not None else None) == tgt
                        ),
                        None,
                    )
                    added.append((c, hit is not None, g))
                    if hit is None:
                        wrong += 1
                    else:
                        taken.add(hit)
                        right += 1
            table[(r, th)] = (right, wrong)
    return table


def measure(args) -> None:
    from detente.corpus.annotations import load_annotations

    data = pickle.loads(Path(args.data).read_bytes())
    anns = load_annotations(data["annotations"])
    scored, classes = _oof(data, anns, args)
    print(
        f"pool={args.pool} families={args.families or 'base'} target={args.target} joint={args.joint} l2={args.l2} "
        f"seeds={args.seeds} folds={args.folds}: {len(scored)} candidates, classes {classes}"
    )
    table = _tally(data, anns, scored, classes, args.target)
    print("root " + "".join(f"   >={th:.1f}      " for th in THRESHOLDS))
    for r in classes[1:]:
        cells = []
        for th in THRESHOLDS:
            right, wrong = table[(r, th)]
            cells.append(f"{right:4d}/{wrong:<4d} {right / (right + wrong) if right + wrong else 0:.2f}")
        print(f"{r}   " + "  ".join(cells))
    if args.json:
        Path(args.json).write_text(json.dumps({f"{r}@{th}": v for (r, th), v in table.items()}))
    if args.why:  # what separates the right added events of a root from the wrong ones: feature counts
        root, th = args.why.split("@")
        if (root, float(th)) not in _tally.added:
            raise SystemExit(
                f"--why {args.why}: root {root} is not a fitted class {classes[1:]} or {th} not in {THRESHOLDS}"
            )
        added = _tally.added[(root, float(th))]
        families = [f for f in args.families.split(",") if f]
        kinds = Counter(
            "right"
            if ok
            else "no annotated event of the speaker in the sentence"
            if g is None
            else f"the speaker's {root}, another target (annotated {'a target' if g.target else 'none'})"
            if g.root == root
            else f"the speaker's event of root {g.root}"
            for c, ok, g in added
        )
        print("  " + "; ".join(f"{k} {n}" for k, n in kinds.most_common()))
        by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for c, ok, _g in added:
            for f in set(_features(c, families)) | {f"reason={(c['reason'] or 'kept')[:30]}"}:
                by[f][0 if ok else 1] += 1
        right = sum(ok for _, ok, _ in added)
        print(
            f"root {root} at >={th}: {right} right, {len(added) - right} wrong;"
            f" features on at least {args.min_feature} added events (right wrong share-right):"
        )
        for f, (r, w) in sorted(by.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
            if r + w >= args.min_feature:
                print(f"  {f:40s} {r:5d} {w:5d}  {r / (r + w):.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    so.add_collect(sub)
    lab = sub.add_parser("labels")
    lab.add_argument("data")
    m = sub.add_parser("measure")
    m.add_argument("data")
    m.add_argument("--families", default="said,office")
    m.add_argument("--pool", default="content", choices=("kept", "content", "all"))
    m.add_argument("--target", default="named", choices=("named", "first", "none"))
    m.add_argument("--l2", type=float, default=1e-3)
    m.add_argument("--epochs", type=int, default=30)
    m.add_argument("--seeds", type=int, default=3)
    m.add_argument("--seed", type=int, default=0)
    m.add_argument("--folds", type=int, default=5)
    m.add_argument("--fold-seed", type=int, default=0)
    m.add_argument("--min-class", type=int, default=10, help="roots with fewer labels are trained as none")
    m.add_argument(
        "--joint",
        action="store_true",
        help="label a candidate with its root only when the target rule gives the annotated target",
    )
    m.add_argument("--json")
    m.add_argument("--why", help="ROOT@THRESHOLD: feature counts of that root's right and wrong added events")
    m.add_argument("--min-feature", type=int, default=15)
    args = ap.parse_args()
    {"collect": collect, "labels": labels, "measure": measure}[args.cmd](args)


if __name__ == "__main__":
    main()
