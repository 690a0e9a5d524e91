"""``detente corpus``: draw, show, annotate and check the real-news yardstick; and its ``eval`` report.

The corpus text is read from the shared corpus file at run time and never written into the
repository: ``show`` prints it for annotators, ``add`` stores offsets only.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from detente.cli.common import app, err, out
from detente.layers import SHIPPED_LAYERS

corpus_app = typer.Typer(no_args_is_help=True, help="The annotated real-news corpus: sample, annotate, check, agree.")
app.add_typer(corpus_app, name="corpus")

ANNOTATIONS = Path("corpus/annotations")
ANN_HELP = "Annotation folder"
CORPUS_HELP = "The news corpus file (default: ../shared/corpus/news-dev.jsonl)"


def _corpus(path: Path | None, ids=None):
    from detente.corpus.source import CorpusMissing, read_corpus

    try:
        return read_corpus(path, ids)
    except CorpusMissing as exc:
        err.print(f"detente: {exc}", highlight=False)
        raise typer.Exit(2) from None


@corpus_app.command()
def sample(
    annotations: Annotated[Path, typer.Option(help=ANN_HELP)] = ANNOTATIONS,
    corpus: Annotated[Path | None, typer.Option(help=CORPUS_HELP)] = None,
    total: Annotated[int, typer.Option(help="Articles to draw")] = 200,
    second: Annotated[int, typer.Option(help="Of those, articles to annotate twice")] = 30,
    force: Annotated[bool, typer.Option(help="Overwrite an existing split.json")] = False,
    extend: Annotated[
        int, typer.Option(help="Grow an existing sample by this many articles, all train (dev and test stay)")
    ] = 0,
) -> None:
    """Draw the sample and its train/dev/test split (fixed seed) into split.json."""
    from detente.corpus.annotations import load_split
    from detente.corpus.sample import draw, extend_train

    path = annotations / "split.json"
    if extend:
        current = load_split(annotations)
        grown = extend_train(current, _corpus(corpus), extend)
        path.write_text(grown.model_dump_json(indent=1) + "\n", encoding="utf-8")
        added = sorted(set(grown.articles) - set(current.articles))
        out.print(f"{len(added)} articles added to {path}, all train:")
        for i in added:
            out.print(i, highlight=False)
        return
    if path.exists() and not force:
        err.print(f"detente: {path} exists; the split is frozen (use --force to redraw)")
        raise typer.Exit(1)
    split = draw(_corpus(corpus), total=total, second=second)
    annotations.mkdir(parents=True, exist_ok=True)
    path.write_text(split.model_dump_json(indent=1) + "\n", encoding="utf-8")
    out.print(f"{len(split.articles)} articles drawn into {path} ({len(split.second)} to annotate twice)")


@corpus_app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id")],
    corpus: Annotated[Path | None, typer.Option(help=CORPUS_HELP)] = None,
    annotations: Annotated[Path, typer.Option(help=ANN_HELP)] = ANNOTATIONS,
) -> None:
    """Print an article as annotators work on it: its date, the week before it, and numbered sentences.

    When the article's stored annotation records the article's true date (``article_date``: the corpus's own is
    wrong), that date and its evidence are printed and the week before is counted from it."""
    from detente.corpus.sentences import sentence_offsets

    article = _corpus(corpus, [article_id]).get(article_id)
    if article is None:
        err.print(f"detente: no article {article_id!r} in the corpus")
        raise typer.Exit(1)
    day = article.date or dt.date.today()
    line = f"date: {day.isoformat()} ({day:%A})"
    stated = _stated_date(annotations, article_id)
    if stated is not None:
        words = " ".join(article.text[stated.evidence[0] : stated.evidence[1]].split())
        line = f"date: {stated.date.isoformat()} ({stated.date:%A}), the article's own ({words!r}); corpus {line[6:]}"
        day = stated.date
    else:
        from detente.when.stated import stated_span

        found = stated_span(article.text, article.date)
        if found is not None and found[0] != day:  # what the coder reads as the article's day: a hint to record it
            words = " ".join(article.text[found[1] : found[2]].split())
            line += f"\nthe body states {found[0].isoformat()} ({found[0]:%A}): {words!r} (article_date, guide 1 and 6)"
    week = ", ".join(f"{(day - dt.timedelta(d)):%a} {(day - dt.timedelta(d)).isoformat()}" for d in range(1, 8))
    sys.stdout.write(f"id: {article.id}\n{line}\nthe week before: {week}\n")
    sys.stdout.write(f"title: {article.title}\nsource: {article.source}\n\n")
    for k, (start, end) in enumerate(sentence_offsets(article.text)):
        sys.stdout.write(f"[{k}] {' '.join(article.text[start:end].split())}\n")


def _stated_date(annotations: Path, article_id: str):
    """The true date the article's stored annotation records (first, else second), if any."""
    from detente.corpus.annotations import load_annotations

    if not (annotations / "split.json").exists():
        return None
    anns = load_annotations(annotations)
    for kind in (anns.primary, anns.second):
        if article_id in kind and kind[article_id].article_date is not None:
            return kind[article_id].article_date
    return None


@corpus_app.command()
def add(
    drafts: Annotated[list[Path], typer.Argument(help="Draft JSON files (see docs/annotation.md)")],
    to: Annotated[Path, typer.Option("--to", help="JSONL file the annotations are appended to")],
    corpus: Annotated[Path | None, typer.Option(help=CORPUS_HELP)] = None,
    replace: Annotated[bool, typer.Option(help="Replace an article already in the file")] = False,
) -> None:
    """Check drafts and store them as offset annotations (one line per article) in a JSONL file."""
    from detente.corpus.annotations import check_article
    from detente.corpus.draft import DraftError, convert

    raws = []
    failed = 0  # drafts not stored, each told on stderr; the others are stored all the same
    for path in drafts:
        try:
            raws.append((path, json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError) as exc:
            err.print(f"{path}: {exc}", highlight=False)
            failed += 1
    articles = _corpus(corpus, [r.get("id", "") for _, r in raws])
    lines = {}
    if to.exists():
        for line in to.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lines[json.loads(line)["id"]] = line
    for path, raw in raws:
        article = articles.get(raw.get("id", ""))
        if article is None:
            err.print(f"{path}: no article {raw.get('id')!r} in the corpus", highlight=False)
            failed += 1
            continue
        try:
            ann = convert(raw, article)
        except DraftError as exc:
            for p in exc.problems:
                err.print(f"{path}: {p}", highlight=False)
            failed += 1
            continue
        problems = check_article(ann, article)
        if problems or (ann.id in lines and not replace):
            for p in problems or [f"{ann.id} is already in {to} (use --replace)"]:
                err.print(f"{path}: {p}", highlight=False)
            failed += 1
            continue
        lines[ann.id] = ann.model_dump_json()
        out.print(f"{path}: {ann.id} ok, {len(ann.events)} events in {len(ann.sentences)} sentences", highlight=False)
    to.parent.mkdir(parents=True, exist_ok=True)
    to.write_text("".join(line + "\n" for line in lines.values()), encoding="utf-8")
    if failed:
        raise typer.Exit(1)


@corpus_app.command()
def redraft(
    article_id: Annotated[str, typer.Argument(help="Article id")],
    annotator: Annotated[str, typer.Option(help="Who revises it (written into the draft)")],
    out_file: Annotated[Path, typer.Option("--out", help="Draft JSON file to write")],
    annotations: Annotated[Path, typer.Option(help=ANN_HELP)] = ANNOTATIONS,
    corpus: Annotated[Path | None, typer.Option(help=CORPUS_HELP)] = None,
    second: Annotated[bool, typer.Option(help="The second annotation instead of the first")] = False,
    annotator_pass: Annotated[
        bool, typer.Option(help="Allow a test-split article: for annotators revising under a newer guide only")
    ] = False,
) -> None:
    """Turn a stored annotation back into a draft (words) for an annotator to revise under a newer guide."""
    from detente.corpus.annotations import check_article, load_annotations
    from detente.corpus.draft import convert, spans_elsewhere, to_draft
    from detente.corpus.sentences import sentence_offsets

    anns = load_annotations(annotations)
    if anns.split.articles.get(article_id) == "test" and not annotator_pass:
        err.print(
            "detente: the test split is frozen; only annotators revising it under a newer guide may redraft it"
            " (--annotator-pass). Whoever writes detente's rules never reads these."
        )
        raise typer.Exit(2)
    ann = (anns.second if second else anns.primary).get(article_id)
    if ann is None:
        err.print(f"detente: {article_id} has no {'second' if second else 'first'} annotation")
        raise typer.Exit(1)
    article = _corpus(corpus, [article_id])[article_id]
    problems = check_article(ann, article)
    if not problems and ann.sentences != sentence_offsets(article.text):
        problems = ["the sentence splitter now cuts this article differently: sentence numbers would not match"]
    if problems:  # offsets into a changed text would give the wrong words
        for p in problems:
            err.print(f"detente: {article_id}: {p}", highlight=False)
        raise typer.Exit(1)
    draft = to_draft(ann, article, annotator)
    changed = [k for k, (a, b) in enumerate(zip(ann.events, convert(draft, article).events, strict=True)) if a != b]
    out_file.write_text(json.dumps(draft, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for k in changed:  # a span the words cannot pin down again (e.g. a place named in another sentence)
        err.print(f"{out_file}: event {k} will not store back exactly as it was: check its spans", highlight=False)
    out.print(
        f"{out_file}: {len(ann.events)} events of {article_id} (annotated by {ann.annotator}, guide {ann.guide})",
        highlight=False,
    )
    for lost in spans_elsewhere(ann):
        err.print(f"{out_file}: {lost} lies in another sentence: its words are not in the draft, its code is")


@corpus_app.command(name="validate")
def validate_cmd(
    annotations: Annotated[Path, typer.Option(help=ANN_HELP)] = ANNOTATIONS,
    corpus: Annotated[Path | None, typer.Option(help=CORPUS_HELP)] = None,
) -> None:
    """Check every annotation against the corpus: text unchanged, offsets inside, codes known."""
    from detente.corpus.annotations import load_annotations, validate

    anns = load_annotations(annotations)
    problems = validate(anns, _corpus(corpus, set(anns.split.articles)))
    for p in problems:
        err.print(p, highlight=False)
    done = len(anns.primary)
    out.print(
        f"{done}/{len(anns.split.articles)} articles annotated, {len(anns.second)} second annotations, "
        f"{sum(len(a.events) for a in anns.primary.values())} events; {len(problems)} problems",
        highlight=False,
    )
    if problems:
        raise typer.Exit(1)


@corpus_app.command()
def status(annotations: Annotated[Path, typer.Option(help=ANN_HELP)] = ANNOTATIONS) -> None:
    """How far annotation has come, per split and batch (reads no text)."""
    from collections import Counter

    from detente.corpus.annotations import load_annotations
    from detente.corpus.source import batch_of

    anns = load_annotations(annotations)
    drawn = Counter((v, batch_of(k)) for k, v in anns.split.articles.items())
    done = Counter((anns.split.articles[k], batch_of(k)) for k in anns.primary if k in anns.split.articles)
    table = Table(title="annotated / drawn")
    for col in ("split", "batch", "annotated", "drawn"):
        table.add_column(col)
    for key in sorted(drawn):
        table.add_row(key[0], key[1], str(done[key]), str(drawn[key]))
    out.print(table)
    twice = [i for i in anns.split.second if i in anns.second]
    out.print(f"second annotations: {len(twice)}/{len(anns.split.second)}")


@corpus_app.command()
def agreement(
    annotations: Annotated[Path, typer.Option(help=ANN_HELP)] = ANNOTATIONS,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False,
) -> None:
    """Agreement of the second annotations with the first: event F1 and Cohen's kappa on root codes."""
    from detente.corpus.agreement import Agreement, compare
    from detente.corpus.annotations import load_annotations

    anns = load_annotations(annotations)
    result = Agreement()
    for i, second in sorted(anns.second.items()):
        if i in anns.primary:
            compare(anns.primary[i], second, result)
    if as_json:
        sys.stdout.write(json.dumps(result.as_dict(), indent=2) + "\n")
        return
    e = result.events
    out.print(
        f"{result.articles} articles annotated twice: event F1 {e.f1:.3f} (P {e.precision:.3f} R {e.recall:.3f} "
        f"taking the first as reference; {e.tp} shared, {e.fn} first only, {e.fp} second only); "
        f"Cohen's kappa on root codes {result.kappa:.3f} over {len(result.labels)} items",
        highlight=False,
    )


@corpus_app.command()
def codes(root: Annotated[str | None, typer.Argument(help="Only this root, e.g. 04")] = None) -> None:
    """The CAMEO codes annotators choose from, with their PLOVER type."""
    from detente.data import cameo_table
    from detente.data.schemas import load

    described = {c.code: c.description for c in load("cameo.yaml").codes}  # type: ignore[attr-defined]
    for code, info in cameo_table().items():
        if root is None or info.root == root:
            sys.stdout.write(f"{code}\t{info.name}\t{info.plover_type}/{info.plover_mode or '-'}\t{described[code]}\n")


def eval_annotations(
    folder: Path,
    split: str | None,
    corpus: Path | None,
    *,
    as_json: bool,
    misses: bool,
    layers: str = SHIPPED_LAYERS,
    gate: bool = True,
) -> None:
    """The ``detente eval --annotations`` report: tables per root, batch and field, then one summary line."""
    from detente.corpus.evaluate import evaluate_split
    from detente.corpus.source import CorpusMissing

    if split not in (None, "train", "dev", "test"):
        raise typer.BadParameter("--split is train, dev or test")
    if misses and split in (None, "test"):
        err.print("detente: the test split is frozen: it is reported, never read for error analysis (no --misses)")
        raise typer.Exit(2)
    from detente.pipeline import LAYERS, Coder

    if layers not in LAYERS:
        raise typer.BadParameter(f"--layers is one of {', '.join(LAYERS)}")
    try:
        report = evaluate_split(folder, split, corpus, Coder(layers=layers, gate=gate))
    except CorpusMissing as exc:
        err.print(f"detente: {exc}", highlight=False)
        raise typer.Exit(2) from None
    for line in report.errors:
        err.print(f"error {line}", highlight=False)
    if misses:
        for line in report.misses:
            err.print(line, highlight=False)
    if as_json:
        sys.stdout.write(json.dumps({**report.as_dict(), "summary": report.summary_line()}, indent=2) + "\n")
        return
    title = f"{report.articles} articles of split {split or 'all'} ({layers}), {report.gold_events} annotated events"
    for name, rows in (("root", report.per_root), ("batch", report.per_batch)):
        table = Table(title=f"{title}, by {name}" if name == "root" else f"by {name}")
        for col in (name, "tp", "fp", "fn", "precision", "recall", "f1"):
            table.add_column(col, justify="right")
        for key, s in [*sorted(rows.items()), ("all", report.events)]:
            table.add_row(key, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}")
        out.print(table)
    fields = Table(title=f"fields among {report.found} found events (same sentence and root)")
    for col in ("field", "right", "of", "share"):
        fields.add_column(col, justify="right")
    for key, r in report.fields.items():
        fields.add_row(key, str(r.right), str(r.total), f"{r.value:.2f}")
    out.print(fields)
    sys.stdout.write(report.summary_line() + "\n")


@corpus_app.command()
def view(
    article_id: Annotated[str, typer.Argument(help="Article id")],
    annotations: Annotated[Path, typer.Option(help=ANN_HELP)] = ANNOTATIONS,
    corpus: Annotated[Path | None, typer.Option(help=CORPUS_HELP)] = None,
    second: Annotated[bool, typer.Option(help="The second annotation instead of the first")] = False,
) -> None:
    """An annotation with the words its offsets point at, for review (not for test-split articles)."""
    from detente.corpus.annotations import load_annotations

    anns = load_annotations(annotations)
    if anns.split.articles.get(article_id) == "test":
        err.print("detente: the test split is frozen: its annotations are not read for review or tuning")
        raise typer.Exit(2)
    ann = (anns.second if second else anns.primary).get(article_id)
    if ann is None:
        err.print(f"detente: {article_id} has no {'second' if second else 'first'} annotation")
        raise typer.Exit(1)
    text = _corpus(corpus, [article_id])[article_id].text

    def words(span) -> str:
        return " ".join(text[span[0] : span[1]].split()) if span else "-"

    if ann.article_date is not None:
        stated = ann.article_date
        sys.stdout.write(f"article date: {stated.date} ({stated.date:%A}), stated as '{words(stated.evidence)}'\n")

    for k, (start, end) in enumerate(ann.sentences):
        sys.stdout.write(f"[{k}] {' '.join(text[start:end].split())}\n")
        for e in (e for e in ann.events if e.sentence == k):
            tgt = f"{e.target.code} '{words(e.target.span)}'" if e.target else "-"
            flags = " NEGATED" if e.negated else ""
            flags += f" {e.modality}" if e.modality != "asserted" else ""
            place = f" at {e.place.name} ({e.place.country})" if e.place else ""
            said = f" said by {e.attributed_to.code}" if e.attributed_to else ""
            sys.stdout.write(
                f"    {e.code} '{words(e.trigger)}': {e.source.code} '{words(e.source.span)}' -> {tgt}"
                f" {e.date or ''} {e.date_precision}{place}{said}{flags}{' # ' + e.note if e.note else ''}\n"
            )
