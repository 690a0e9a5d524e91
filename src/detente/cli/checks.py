"""``detente schema``, ``validate`` and ``eval``: the record, the data files and accuracy."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from detente.cli.common import app, err, out
from detente.layers import SHIPPED_LAYERS
from detente.records import Event


@app.command()
def schema() -> None:
    """Print the event record's JSON Schema."""
    sys.stdout.write(json.dumps(Event.model_json_schema(), indent=2) + "\n")


@app.command()
def validate() -> None:
    """Check every packaged dictionary against its schema."""
    from detente.data.schemas import validate_all

    problems = validate_all()
    for p in problems:
        err.print(p, highlight=False)
    if problems:
        raise typer.Exit(1)
    out.print("all data files valid")


@app.command(name="eval")
def evaluate_cmd(
    gold: Annotated[list[Path] | None, typer.Argument(help="Gold JSONL files or folders of them")] = None,
    annotations: Annotated[
        Path | None, typer.Option("--annotations", help="Real-news annotation folder (corpus/annotations)")
    ] = None,
    split: Annotated[str | None, typer.Option("--split", help="With --annotations: train, dev or test")] = None,
    corpus: Annotated[Path | None, typer.Option("--corpus", help="The news corpus file (default: ../shared)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON")] = False,
    misses: Annotated[bool, typer.Option("--misses", help="List missed and extra events")] = False,
    layers: Annotated[
        str, typer.Option(help="Which paths code: patterns (shipped), model or both (for an ablation)")
    ] = SHIPPED_LAYERS,
    gate: Annotated[bool, typer.Option("--gate/--no-gate", help="Drop the events the confidence gate doubts")] = True,
) -> None:
    """Score the coder: on the real-news annotations (--annotations DIR --split test), or on gold JSONL files."""
    if annotations is not None:
        from detente.cli.corpus import eval_annotations

        eval_annotations(annotations, split, corpus, as_json=as_json, misses=misses, layers=layers, gate=gate)
        return
    if not gold:
        raise typer.BadParameter("give gold files, or --annotations DIR")
    from detente.eval import evaluate, load_gold
    from detente.pipeline import LAYERS, Coder

    if layers not in LAYERS:
        raise typer.BadParameter(f"--layers is one of {', '.join(LAYERS)}")
    report = evaluate(load_gold(gold), Coder(layers=layers, gate=gate))
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
    else:
        table = Table(title=f"detente eval: {report.items} items")
        for col in ("root", "tp", "fp", "fn", "precision", "recall", "f1"):
            table.add_column(col, justify="right")
        rows = [*sorted(report.per_root.items()), ("all", report.overall)]
        for name, s in rows:
            table.add_row(name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
        out.print(table)
        matched = report.overall.tp
        out.print(
            f"of {matched} matched events: exact CAMEO code {report.code_exact}, "
            f"exact date {report.date_exact}/{report.dated}"
        )
    if misses:
        for line in report.misses:
            err.print(line, highlight=False)
    for line in report.errors:
        err.print(f"error {line}", highlight=False)
