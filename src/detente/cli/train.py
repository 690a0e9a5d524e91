"""``detente train``: rebuild the learned event layer from the annotated corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from detente.cli.common import app, err, out


@app.command(name="train")
def train_cmd(
    annotations: Annotated[Path, typer.Option(help="Annotation folder")] = Path("corpus/annotations"),
    corpus: Annotated[Path | None, typer.Option(help="The news corpus file (default: ../shared)")] = None,
    to: Annotated[Path | None, typer.Option("--out", help="Model folder (default: the package's data/model)")] = None,
    seed: Annotated[
        int | None, typer.Option(help="Random seed (default: train.yaml's; not with --check, which rebuilds with it)")
    ] = None,
    cache: Annotated[Path | None, typer.Option(help="Keep parsed articles here between runs")] = None,
    statements_only: Annotated[
        bool, typer.Option("--statements-only", help="Refit only the statement decision on the installed model")
    ] = False,
    gate: Annotated[
        bool,
        typer.Option(
            "--gate",
            help="Refit only the confidence gate train.yaml gate.layers names (patterns: gate_patterns.npz; both or "
            "model: gate.npz; the other is left as it is), threshold chosen out of fold by article; installed only if "
            "train.yaml gate.enabled and the check confirms it (the held articles, or with none every seed's folds)",
        ),
    ] = False,
    cv: Annotated[
        int | None,
        typer.Option("--cv", help="Cross-validate with K folds by article over train.yaml's cv.splits; saves nothing"),
    ] = None,
    seeds: Annotated[int, typer.Option(help="With --cv: repeat with this many seeds and average")] = 2,
    per_root: Annotated[
        bool, typer.Option("--per-root", help="With --cv: the added events per root, every setting")
    ] = False,
    patterns_only: Annotated[
        str | None, typer.Option("--patterns-only", help="With --cv: roots left to the patterns while coding (01,11)")
    ] = None,
    source: Annotated[float | None, typer.Option(help="With --cv: this source threshold, not the grid")] = None,
    target: Annotated[float | None, typer.Option(help="With --cv: this target threshold, not the grid")] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Rebuild into a temporary folder with the repository's settings and compare the weights' bytes "
            "with the installed model's (exit 1 when they differ)",
        ),
    ] = False,
    from_split: Annotated[
        bool,
        typer.Option(
            "--from-split",
            help="First rewrite train.yaml's article list (data/model/articles.json) from today's split.json",
        ),
    ] = False,
    gate_from_split: Annotated[
        bool,
        typer.Option(
            "--gate-from-split",
            help="First rewrite the confidence gate's pinned list (train.yaml gate.articles: data/model/"
            "gate_patterns_articles.json for the patterns' gate) from today's split.json train articles, on purpose "
            "(the gate then reads them)",
        ),
    ] = False,
) -> None:
    """Fit the trigger and argument models on the articles train.yaml lists (data/model/articles.json: the train
    split as it was listed, each annotation checked by its sha1), with train.yaml's thresholds, and save them."""
    from detente.corpus.source import CorpusMissing
    from detente.events.learned.model import MODEL_DIR
    from detente.train import SEED, renew_gate_articles, renew_training_set, train

    if check and seed is not None:
        # the check asks whether the repository's recipe rebuilds the installed model: another seed is another recipe
        err.print("detente: --check rebuilds with train.yaml's seed; --seed is not taken with it", highlight=False)
        raise typer.Exit(2)
    seed = SEED if seed is None else seed
    if from_split:
        _renew("article list", renew_training_set, annotations)
    if gate_from_split:
        _renew("the gate's pinned list", renew_gate_articles, annotations)
    if check:
        _check(annotations, corpus, to or MODEL_DIR, cache)
        return
    if gate:
        _train_gate(annotations, corpus, to or MODEL_DIR, seed, cache)
        return
    if cv is not None:
        roots = [r.strip() for r in patterns_only.split(",") if r.strip()] if patterns_only else []
        _cross_validate(annotations, corpus, cv, seeds, cache, per_root, roots, source, target)
        return
    try:
        report = train(annotations, corpus, to or MODEL_DIR, seed, cache, statements_only)
    except (CorpusMissing, ValueError) as exc:
        err.print(f"detente: {exc}", highlight=False)
        raise typer.Exit(2) from None
    for th, (p, r, f) in sorted(report.dev.items()):
        mark = " <- chosen" if th == report.threshold else ""
        out.print(f"dev at trigger threshold {th:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}{mark}", highlight=False)
    st = report.statements
    for th, (tp, fp, f1) in sorted(st.dev.items()):
        mark = " <- chosen" if th == st.threshold else ""
        out.print(
            f"dev at statement threshold {th:.2f}: statements {tp} right {fp} wrong, F1 {f1:.3f}{mark}", highlight=False
        )
    out.print(
        f"statement model: {st.examples} candidates ({st.positives} statements), threshold {st.threshold}",
        highlight=False,
    )
    if statements_only:
        return
    if report.gate is not None:
        g = report.gate
        out.print(
            f"confidence gate: threshold {g.threshold:.3f} (out of fold chose {g.chosen:.3f}): {g.why}", highlight=False
        )
    out.print(
        f"trained on {report.articles} articles ({report.events} events, {report.trigger_examples} trigger and "
        f"{report.argument_examples} argument examples) into {to or MODEL_DIR}",
        highlight=False,
    )


def _check(annotations: Path, corpus: Path | None, model_dir: Path, cache: Path | None) -> None:
    from detente.corpus.source import CorpusMissing
    from detente.train.rebuild import check_rebuild

    try:
        report = check_rebuild(annotations, corpus, model_dir, cache)
    except (CorpusMissing, ValueError) as exc:
        err.print(f"detente: {exc}", highlight=False)
        raise typer.Exit(2) from None
    for name, (installed, rebuilt) in report.files.items():
        verdict = "same" if installed == rebuilt else "DIFFERS"
        out.print(f"{name}: installed {installed} rebuilt {rebuilt} {verdict}", highlight=False, soft_wrap=True)
    if not report.same:
        err.print(f"detente train does not rebuild {', '.join(report.differing())} of {model_dir}", highlight=False)
        raise typer.Exit(1)
    out.print(f"detente train rebuilds {model_dir} byte for byte (model.json but its date)", highlight=False)


def _train_gate(annotations: Path, corpus: Path | None, model_dir: Path, seed: int, cache: Path | None) -> None:
    from detente.corpus.source import CorpusMissing
    from detente.train import train_gate_only

    try:
        report = train_gate_only(annotations, corpus, model_dir, seed, cache)
    except (CorpusMissing, ValueError) as exc:
        err.print(f"detente: {exc}", highlight=False)
        raise typer.Exit(2) from None

    out.print(
        f"gate: {report.examples} events that count ({report.positives} right by the exact match, {report.happened}"
        f" happened); fitted on the label {report.label!r}",
        highlight=False,
    )
    for name, (articles, events, right, happened, gold) in report.sizes.items():
        out.print(
            f"{name}: {articles} articles, {events} events ({right} right, {happened} happened), {gold} annotated",
            highlight=False,
        )
    out.print(
        "threshold: removed right / wrong (share of right), by the exact match; by happened -- out of fold, all seeds "
        "| held | each seed: removed right / wrong (exact), the whole coder tp / fp P R F1",
        highlight=False,
    )
    for th in sorted(report.oof.get("exact", {})):
        cells = []
        for curve in (report.oof, report.held):
            parts = [curve[lab][th] for lab in ("exact", "happened") if lab in curve]
            shown = [f"{r.removed_right} / {r.removed_wrong} ({r.right_share:.3f})" for r in parts]
            cells.append("; ".join(shown) or "-")
        seeds = [
            f"{r.removed_right} / {r.removed_wrong}, {c.tp} / {c.fp} P {c.precision:.3f} R {c.recall:.4f} F1 {c.f1:.4f}"
            for r, c in zip([e[th] for e in report.oof_each.get("exact", [])], report.coder.get(th, []), strict=False)
        ]
        mark = " <- chosen" if th == report.chosen else ""
        out.print(f"  {th:.3f}: {cells[0]} | {cells[1]} | {' ; '.join(seeds)}{mark}", highlight=False)
    out.print(
        f"gate threshold installed {report.threshold:.3f} (chosen {report.chosen:.3f}), into {model_dir}: {report.why}",
        highlight=False,
    )
    out.print("largest weights towards right (+) and wrong (-):", highlight=False)
    for word, w in report.weights[:20]:
        out.print(f"  {w:+.2f} {word}", highlight=False)


def _cross_validate(
    annotations: Path,
    corpus: Path | None,
    k: int,
    seeds: int,
    cache: Path | None,
    per_root: bool,
    patterns_only: list[str],
    source: float | None,
    target: float | None,
) -> None:
    from detente.corpus.source import CorpusMissing
    from detente.train import cross_validation
    from detente.train.cv import Result, Tally

    try:
        report = cross_validation(
            annotations, k, seeds, corpus, cache, lambda m: err.print(m, highlight=False), patterns_only, source, target
        )
    except (CorpusMissing, ValueError) as exc:
        err.print(f"detente: {exc}", highlight=False)
        raise typer.Exit(2) from None
    n = len(report.seeds)

    def counts(t: Tally) -> str:
        b, p = t.both, t.patterns
        right, wrong = t.added()
        share = right / (right + wrong) if right + wrong else 0.0
        return (
            f"tp {b.tp / n:.1f} fp {b.fp / n:.1f} fn {b.fn / n:.1f} P {b.precision:.3f} R {b.recall:.3f} "
            f"F1 {b.f1:.3f} | patterns tp {p.tp / n:.1f} fp {p.fp / n:.1f} | added right {right / n:.1f} "
            f"wrong {wrong / n:.1f} ({share:.2f})"
        )

    def roots(r: Result) -> None:
        for root in r.ungated.roots():
            right, wrong = r.ungated.added(root)
            if right or wrong:
                mark = "  left to the patterns" if root in r.left_to_patterns else ""
                out.print(
                    f"    root {root}: added right {right / n:.1f} wrong {wrong / n:.1f}{mark}",
                    highlight=False,
                    soft_wrap=True,
                )

    out.print(
        f"cross-validation: {report.articles} articles, {report.k} folds by article, seeds {report.seeds} "
        "(counts per seed, pooled over the folds)",
        highlight=False,
        soft_wrap=True,
    )
    for r in report.results:
        mark = "  <- chosen" if r is report.chosen else ""
        out.print(f"{r.setting.label()}{mark}", highlight=False, soft_wrap=True)
        out.print(f"  every root   {counts(r.ungated)}", highlight=False, soft_wrap=True)
        out.print(
            f"  gated {','.join(r.left_to_patterns) or '-':<6} {counts(r.gated)}", highlight=False, soft_wrap=True
        )
        if per_root or r is report.chosen:
            roots(r)
    if report.chosen is not None:
        c = report.chosen
        out.print(
            f"chosen: {c.setting.label()}, left to the patterns: {c.left_to_patterns} ({counts(c.gated)})",
            highlight=False,
            soft_wrap=True,
        )


def _renew(what: str, renew: Callable[[str | Path], tuple[int, int]], annotations: Path) -> None:
    """Rewrite a pinned article list from split.json, saying how it changed; a list that cannot be renewed stops."""
    try:
        before, after = renew(annotations)
    except ValueError as exc:
        err.print(f"detente: {exc}", highlight=False)
        raise typer.Exit(2) from None
    err.print(f"{what} rewritten from split.json: {before} -> {after} articles", highlight=False)
