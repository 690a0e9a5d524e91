"""Which cells of the learned layer's trigger decision earn their place, out of fold (issue 13, s15-model).

A cell is root | part of speech | what vouches for the root (``events/learned/layer.cell``: ``lex`` the patterns'
dictionaries give the word that root, ``refused`` they do but none of its patterns fit the clause, ``sense`` only the
annotations do, ``other`` / ``unknown``). The train articles are dealt into K folds by article (``train/cv.folds``);
the layer is fitted on K-1 (``train.fit_examples``) and codes the held-out fold with every cell open at low
thresholds (root 01 left to the patterns, refused verbs read in their roots), each model frame logged with its cell
and score. Reading the log, a sentence with a kept model event takes the coder's events of that sentence, any other
the patterns' alone, so a cell's added events (right / wrong over the patterns, scored as ``detente eval``) are
measured apart. A cell is kept at the threshold that adds the most right-minus-wrong among those right at least as
often as the patterns' own events (and at least ``--min-right`` times); the honest figure of that rule is nested:
the cells chosen on K-1 folds, applied to the held-out one. Counts only; no text. Never test.

    PYTHONPATH=src python bench/model_cells.py code --seed 0 --cache DIR --out /tmp/oof0.pkl
    PYTHONPATH=src python bench/model_cells.py read /tmp/oof0.pkl [/tmp/oof1.pkl] [--ids FILE] [--table]
    PYTHONPATH=src python bench/model_cells.py code --recipe --seed 0 --cache DIR --out /tmp/val0.pkl  # a recipe
    PYTHONPATH=src python bench/model_cells.py code --seed 0 --cache DIR --out /tmp/oof0.pkl --ablate ctx_  # and a
        # twin without the ctx_ features in /tmp/oof0.pkl.without; read each with --level root --table
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import defaultdict
from pathlib import Path

from detente.corpus.annotations import load_annotations
from detente.corpus.score import CorpusReport, score_article
from detente.corpus.source import read_corpus

ROOT = Path(__file__).resolve().parents[1]
GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]


def code(seed: int, cache: Path | None, out: Path, k: int = 5, recipe: bool = False, ablate: str | None = None) -> None:
    """Fit on K-1 folds, code the held-out one with every cell open (``recipe``: with train.yaml's settings as they
    are, to check a recipe out of fold); pickle (events, patterns' events, frame log). ``ablate``: a feature prefix
    ("ctx_"); a second trigger model fitted without those features codes the same folds into ``<out>.without``, so
    a feature family is measured against the same folds, argument model and parses."""
    from dataclasses import replace

    import detente.events.candidates as candidates
    from detente.events.coder import code_doc
    from detente.events.learned import layer
    from detente.events.learned.features import lexicon_roots
    from detente.events.learned.linear import fit
    from detente.pipeline import Coder
    from detente.train import _fit_settings, config, fit_examples
    from detente.train.cv import folds
    from detente.train.examples import argument_examples, parse, trigger_examples

    coder = Coder(layers="patterns")
    anns = load_annotations(ROOT / "corpus" / "annotations")
    ids = anns.ids("train")
    arts = read_corpus(None, ids)
    parsed = {p.article.id: p for p in parse(((arts[i], anns.primary[i]) for i in ids if i in arts), coder, cache)}
    nlp = coder.nlp
    context = bool(ablate) or bool(config()["triggers"].get("context", False))  # the ablated family is read
    trig = {i: trigger_examples(p, context) for i, p in parsed.items()}
    args = {i: argument_examples(p, nlp) for i, p in parsed.items()}
    # the patterns as written (gate=False: the patterns' own gate is not the layer's baseline)
    alone = {i: code_doc(p.doc, p.article, nlp, model=None, patterns=True, gate=False)[0] for i, p in parsed.items()}
    log: list[dict] = []
    original = layer.learned_frames

    def logged(sent, ctx, nlp_, model, taken, refused=frozenset(), barred=frozenset()):
        found = original(sent, ctx, nlp_, model, taken, refused, barred)
        for frame, score in found:
            tok, root = frame.trigger, frame.rule.split(".")[1]
            known = lexicon_roots(tok) | set(model.senses.get(f"{tok.lemma_.lower()}|{tok.pos_}", ()))
            log.append({"start": sent.start_char, "score": score, "root": root,
                        "cell": layer.cell(tok, root, known, tok.i in refused)})  # fmt: skip
        return found

    candidates.learned_frames = logged
    coded: dict = {}
    without: dict = {}
    for n, held in enumerate(folds(list(parsed), k, seed)):
        fitted = [i for i in sorted(parsed) if i not in set(held)]
        model, _ = fit_examples(
            [parsed[i] for i in fitted],
            [e for i in fitted for e in trig[i]],
            [e for i in fitted for e in args[i]],
            seed,
        )
        variants = [(model, coded)]
        if ablate:
            kept = [
                (replace(e, feats=[f for f in e.feats if not f.startswith(ablate)])) for i in fitted for e in trig[i]
            ]
            roots = sorted({e.label for e in kept} - {"none"})
            triggers = fit(
                [(e.feats, e.vec) for e in kept],
                [e.label for e in kept],
                ["none", *roots],
                seed=seed,
                **_fit_settings(config()["triggers"]),
            )
            twin = replace(model, triggers=triggers, meta=dict(model.meta), thresholds=dict(model.thresholds))
            variants.append((twin, without))
        for variant, into in variants:
            if not recipe:
                variant.meta["config"] = {**variant.meta["config"], "patterns_only_roots": ["01"]}
                variant.meta["config"]["refused_in_root"] = True
                variant.meta["config"].pop("cells", None)
                variant.thresholds.update({"trigger": 0.3, "source": 0.3, "target": 0.3, "unknown_trigger": 0.5})
            for i in held:
                log.clear()
                events = code_doc(parsed[i].doc, parsed[i].article, nlp, model=variant, patterns=True, gate=False)[0]
                into[(seed, i)] = (events, alone[i], list(log))
        print(f"seed {seed} fold {n + 1}/{k} coded", flush=True)
    out.write_bytes(pickle.dumps(coded))
    if ablate:
        Path(f"{out}.without").write_bytes(pickle.dumps(without))


class Reader:
    """The logged folds, read per article and sentence."""

    def __init__(self, coded: dict, only: set[str] | None) -> None:
        self.anns = load_annotations(ROOT / "corpus" / "annotations")
        self.arts = read_corpus(None, sorted({i for _, i in coded}))
        self.seeds = sorted({s for s, _ in coded})
        self.sents: dict = {}
        for key, (both, alone, log) in coded.items():
            if only is not None and key[1] not in only:
                continue
            by_start: dict = defaultdict(lambda: ([], [], []))  # the coder's other events, its model events, patterns'
            for e in both:
                if e.evidence.rule.startswith("model."):
                    by_start[e.evidence.start][1].append((e, _frame_of(e, log)))
                else:
                    by_start[e.evidence.start][0].append(e)
            for e in alone:
                by_start[e.evidence.start][2].append(e)
            self.sents[key] = dict(by_start)
        self.alone = {key: self.score(key, lambda r: False) for key in self.sents}

    def score(self, key, keep) -> tuple[int, int]:
        out = []
        for others, model, alone in self.sents[key].values():
            kept = [e for e, r in model if r is not None and keep(r)]
            out += others + kept if kept else alone
        report = CorpusReport()
        score_article(report, self.anns.primary[key[1]], self.arts[key[1]].text, out)
        return report.events.tp, report.events.fp

    def added(self, keys, keep) -> tuple[int, int]:
        right = wrong = 0
        for key in keys:
            tp, fp = self.score(key, keep)
            right, wrong = right + tp - self.alone[key][0], wrong + fp - self.alone[key][1]
        return right, wrong


def _frame_of(event, log: list[dict]) -> dict | None:
    """The logged frame of a model event: same root and score (the event keeps it to 3 decimals), its sentence."""
    root = event.evidence.rule.split(".")[1]
    found = [
        r
        for r in log
        if r["root"] == root and abs(r["score"] - event.evidence.score) < 6e-4 and r["start"] <= event.evidence.start
    ]
    return max(found, key=lambda r: r["start"], default=None)


def choose(reader: Reader, table: dict, keys: set, floor: float, min_right: int) -> dict[str, float]:
    """Per cell, the threshold adding the most right-minus-wrong among those right at least ``floor`` of the time."""
    cells: dict[str, float] = {}
    for cell in sorted({c for c, _ in table}):
        best = None
        for th in GRID:
            right = sum(v[0] for k, v in table[(cell, th)].items() if k in keys)
            wrong = sum(v[1] for k, v in table[(cell, th)].items() if k in keys)
            if right >= min_right and right >= floor * (right + wrong) and (best is None or right - wrong > best[1]):
                best = (th, right - wrong)
        if best is not None:
            cells[cell] = best[0]
    return cells


def read(
    paths: list[Path],
    only: set[str] | None,
    min_right: int,
    show_table: bool,
    level: str = "fine",
    given: dict | None = None,
) -> dict[str, float]:
    from detente.train.cv import folds

    coded = {k: v for p in paths for k, v in pickle.loads(p.read_bytes()).items()}
    for _, _, log in coded.values():
        for r in log:  # a coarser cell: root | part of speech, or the root alone
            r["cell"] = "|".join(r["cell"].split("|")[: {"fine": 3, "pos": 2, "root": 1}[level]])
    reader = Reader(coded, only)
    n = len(reader.seeds)
    keys = set(reader.sents)
    tp = sum(v[0] for v in reader.alone.values())
    fp = sum(v[1] for v in reader.alone.values())
    floor = tp / (tp + fp)
    print(f"{len(keys) // n} articles, seeds {reader.seeds}; patterns alone per seed {tp / n:.1f} / {fp / n:.1f} "
          f"(P {floor:.3f})")  # fmt: skip
    coded_report = CorpusReport()
    for key in keys:
        score_article(coded_report, reader.anns.primary[key[1]], reader.arts[key[1]].text, coded[key][0])
    e = coded_report.events
    print(f"as coded: {e.tp / n:.1f} / {e.fp / n:.1f} per seed (P {e.precision:.3f}, F1 {e.f1:.3f}), added "
          f"{(e.tp - tp) / n:+.1f} / {(e.fp - fp) / n:+.1f}")  # fmt: skip
    where: dict[str, set] = defaultdict(set)
    for key, sents in reader.sents.items():
        for _, model, _ in sents.values():
            for _, r in model:
                if r is not None:
                    where[r["cell"]].add(key)
    table = {}
    for cell, cell_keys in where.items():
        for th in GRID:
            deltas = {}
            for key in cell_keys:
                tp_, fp_ = reader.score(key, lambda r, c=cell, t=th: r["cell"] == c and r["score"] >= t)
                d = (tp_ - reader.alone[key][0], fp_ - reader.alone[key][1])
                if d != (0, 0):
                    deltas[key] = d
            table[(cell, th)] = deltas
    if show_table:
        for cell in sorted(where):
            sums = [[sum(v[m] for v in table[(cell, t)].values()) for m in (0, 1)] for t in GRID]
            row = " ".join(f"{t}:{r / n:+.1f}/{w / n:+.1f}" for t, (r, w) in zip(GRID, sums, strict=True))
            print(cell.ljust(18), row)
    if given is not None:  # a recipe's cells, as they are
        right, wrong = reader.added(keys, lambda r: r["score"] >= given.get(r["cell"], 2.0))
        print(f"the given cells: added per seed {right / n:+.1f} / {wrong / n:+.1f}")
        return given
    cells = choose(reader, table, keys, floor, min_right * n)
    for th in GRID:
        every = reader.added(keys, lambda r, t=th: r["score"] >= t)
        print(f"every cell at {th}: added per seed {every[0] / n:+.1f} / {every[1] / n:+.1f}")
    right, wrong = reader.added(keys, lambda r: r["score"] >= cells.get(r["cell"], 2.0))
    print(f"chosen on all folds (in-sample for the choice): {json.dumps(cells)}; added per seed {right / n:+.1f} / "
          f"{wrong / n:+.1f}")  # fmt: skip
    right = wrong = 0
    for seed in reader.seeds:
        mine = [k for k in keys if k[0] == seed]
        for held in folds([k[1] for k in mine], 5, 100 + seed):
            held_keys = {(seed, i) for i in held}
            chosen = choose(reader, table, set(mine) - held_keys, floor, min_right)
            r, w = reader.added(held_keys, lambda x, c=chosen: x["score"] >= c.get(x["cell"], 2.0))
            right, wrong = right + r, wrong + w
    print(f"nested (cells chosen without the articles scored): added per seed {right / n:+.1f} / {wrong / n:+.1f}")
    return cells


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("code")
    c.add_argument("--seed", type=int, default=0)
    c.add_argument("--cache", type=Path)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--recipe", action="store_true", help="code with train.yaml's settings as they are")
    c.add_argument("--ablate", help="a feature prefix: also fit the trigger model without it (<out>.without)")
    r = sub.add_parser("read")
    r.add_argument("pickles", type=Path, nargs="+")
    r.add_argument("--ids", type=Path, help="score only these articles (one id a line)")
    r.add_argument("--min-right", type=int, default=2, help="per seed")
    r.add_argument("--table", action="store_true", help="every cell at every threshold")
    r.add_argument("--cells", type=Path, help="score these cells (JSON: cell -> threshold) instead of choosing")
    r.add_argument(
        "--level", choices=["fine", "pos", "root"], default="fine", help="cells: root|POS|kind, root|POS, root"
    )
    a = ap.parse_args()
    if a.cmd == "code":
        code(a.seed, a.cache, a.out, recipe=a.recipe, ablate=a.ablate)
    else:
        only = set(a.ids.read_text().split()) if a.ids else None
        given = json.loads(a.cells.read_text()) if a.cells else None
        read(a.pickles, only, a.min_right, a.table, a.level, given)


if __name__ == "__main__":
    main()
