"""``detente train``: rebuild the learned event layer from the annotated corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from detente.cli.common import app, err, out


@app.command(name="train")
def train_cmd(
    annotations: Annotated[Path, typer.Option(help="Annotation folder")] = Path("corpus/annotations"),
    corpus: Annotated[Path | None, typer.Option(help="The news corpus file (default: ../shared)")] = None,
    to: Annotated[Path | None, typer.Option("--out", help="Model folder (default: the package's data/model)")] = None,
    seed: Annotated[int, typer.Option(help="Random seed")] = 0,
    cache: Annotated[Path | None, typer.Option(help="Keep parsed articles here between runs")] = None,
    statements_only: Annotated[
        bool, typer.Option("--statements-only", help="Refit only the statement decision on the installed model")
    ] = False,
) -> None:
    """Fit the trigger and argument models on the train split, pick the threshold on dev, save them."""
    from detente.corpus.source import CorpusMissing
    from detente.events.learned.layer import MODEL_DIR
    from detente.train import train

    try:
        report = train(annotations, corpus, to or MODEL_DIR, seed, cache, statements_only)
    except CorpusMissing as exc:
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
    out.print(
        f"trained on {report.articles} articles ({report.events} events, {report.trigger_examples} trigger and "
        f"{report.argument_examples} argument examples) into {to or MODEL_DIR}",
        highlight=False,
    )
