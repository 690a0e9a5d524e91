"""The articles the learned layer is fitted on, named by id, with a digest of each one's annotation.

``corpus/annotations/split.json`` grows as articles are annotated, and annotations are revised. If ``detente train``
read "whatever the split says today", the same command would rebuild another model after every annotation batch,
and nothing would say which labels the shipped weights came from. So ``train.yaml`` names a list
(``articles: articles.json`` beside it): for each split the trainer reads (``train_split``, ``tune_split``,
``cv.splits``), the article ids and the sha1 of each one's annotation as it was fitted. ``detente train`` reads
exactly those articles; one annotated since is not read, and one whose annotation was revised since stops the
trainer (:class:`TrainingSetChanged`) rather than fit on other labels than the list records.
``detente train --from-split`` rewrites the list from today's split.json and annotations (a change of
configuration, to commit with the model it builds).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from detente.corpus.annotations import Annotations

ABOUT = (
    "The annotated articles `detente train` fits on (data/model/train.yaml `articles`): per split, each article id "
    "and the sha1 of its annotation (AnnotatedArticle JSON) when the list was written. Rewritten only by "
    "`detente train --from-split`; articles annotated later are not read until then."
)


class TrainingSet(BaseModel):
    """``data/model/articles.json``."""

    model_config = ConfigDict(extra="forbid")

    about: str = ABOUT
    splits: dict[str, dict[str, str]] = Field(description="split name -> article id -> sha1 of its annotation")


class TrainingSetChanged(ValueError):
    """A listed article is missing, in another split, or annotated otherwise than when the list was written."""


def annotation_sha1(anns: Annotations, article: str) -> str:
    """The sha1 of one article's (primary) annotation, as the trainer reads it."""
    return hashlib.sha1(anns.primary[article].model_dump_json().encode()).hexdigest()


def from_split(anns: Annotations, splits: list[str]) -> TrainingSet:
    """Today's annotated articles of ``splits`` (split.json), each with its annotation's sha1."""
    if "test" in splits:
        raise ValueError("the test split is never fitted on")
    return TrainingSet(splits={s: {i: annotation_sha1(anns, i) for i in anns.ids(s)} for s in sorted(set(splits))})


def load(path: Path) -> TrainingSet:
    return TrainingSet.model_validate_json(path.read_text(encoding="utf-8"))


def save(ts: TrainingSet, path: Path) -> None:
    path.write_text(json.dumps(ts.model_dump(), indent=1) + "\n", encoding="utf-8")


FROM_SPLIT = "fit on today's annotations with `detente train --from-split` (it rewrites the list)"


def listed_ids(
    ts: TrainingSet, anns: Annotations, split: str, what: str = "the model", remedy: str = FROM_SPLIT
) -> list[str]:
    """The ids ``ts`` lists for ``split`` (sorted), after checking each is still annotated, still in that split of
    split.json, and annotated as when the list was written. ``what`` is fitted on the list and ``remedy`` says how
    to renew it on purpose: the learned layer's list and the gate's are renewed by different commands."""
    if split == "test":
        raise ValueError("the test split is never fitted on")
    if split not in ts.splits:
        raise TrainingSetChanged(f"the list {what} is fitted on has no {split!r} articles: {remedy}")
    problems = []
    for i, sha in sorted(ts.splits[split].items()):
        if i not in anns.primary:
            problems.append(f"{i}: no longer annotated")
        elif anns.split.articles.get(i) != split:
            problems.append(f"{i}: now in split {anns.split.articles.get(i)!r}")
        elif annotation_sha1(anns, i) != sha:
            problems.append(f"{i}: annotation revised since the list was written")
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise TrainingSetChanged(
            f"{len(problems)} of the {len(ts.splits[split])} {split} articles {what} is fitted on changed ({shown}):"
            f" {remedy}"
        )
    return sorted(ts.splits[split])


def digest(ts: TrainingSet) -> str:
    """One sha1 for the whole list (recorded in model.json, so a model names the list it was fitted on)."""
    return hashlib.sha1(json.dumps(ts.splits, sort_keys=True).encode()).hexdigest()
