"""Reading and checking the annotation folder.

Layout (``corpus/annotations/`` in the repository)::

    split.json          the drawn sample: seed, method, id -> train/dev/test, ids annotated twice
    primary/*.jsonl     one annotation per article (the gold); files are annotation batches
    second/*.jsonl      the independent second annotations, for agreement only

``validate`` checks everything that can be checked without a person: the text is the one
annotated, offsets fall inside the article and inside their sentence, codes exist, dates parse.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from detente.corpus.schema import AnnotatedArticle, Offsets, SplitFile, names_date, text_sha1
from detente.data import cameo_table, gazetteer, region_codes
from detente.data.schemas import role_codes
from detente.records import Article

KINDS = ("primary", "second")


@dataclass
class Annotations:
    split: SplitFile
    primary: dict[str, AnnotatedArticle] = field(default_factory=dict)
    second: dict[str, AnnotatedArticle] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def ids(self, split: str | None = None) -> list[str]:
        """Annotated ids of a split (all splits when None), in a stable order."""
        return sorted(i for i in self.primary if split is None or self.split.articles.get(i) == split)


def load_split(folder: Path) -> SplitFile:
    return SplitFile.model_validate_json((folder / "split.json").read_text(encoding="utf-8"))


def load_annotations(folder: str | Path) -> Annotations:
    """The folder's split and annotations; lines that do not parse are kept as problems, not raised."""
    folder = Path(folder)
    if not (folder / "split.json").is_file():
        raise FileNotFoundError(f"{folder} has no split.json: not an annotation folder")
    out = Annotations(split=load_split(folder))
    for kind in KINDS:
        target: dict[str, AnnotatedArticle] = getattr(out, kind)
        for path in sorted((folder / kind).glob("*.jsonl")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    ann = AnnotatedArticle.model_validate(json.loads(line))
                except (ValueError, ValidationError) as exc:
                    out.problems.append(f"{where}: {exc}".splitlines()[0])
                    continue
                if ann.id in target:
                    out.problems.append(f"{where}: {ann.id} is annotated twice in {kind}/")
                    continue
                if ann.id not in out.split.articles:
                    out.problems.append(f"{where}: {ann.id} is not in split.json")
                target[ann.id] = ann
    return out


def _inside(span: Offsets | None, outer: Offsets) -> bool:
    return span is None or (outer[0] <= span[0] <= span[1] <= outer[1])


def _actor_problem(code: str) -> str | None:
    if code.startswith(("IGO", "NGO", "IMG")):
        return None
    country, role = code[:3], code[3:]
    if country != "XXX" and country not in gazetteer().countries and country not in region_codes():
        return f"unknown country {country} in {code}"
    if role and role not in role_codes():
        return f"unknown role {role} in {code}"
    return None


def check_article(ann: AnnotatedArticle, article: Article) -> list[str]:
    """What is wrong with one annotation against its article's text."""
    problems: list[str] = []
    if ann.text_sha1 != text_sha1(article.text):
        return [f"{ann.id}: the corpus text changed since it was annotated (sha1 differs)"]
    last = 0
    for k, (start, end) in enumerate(ann.sentences):
        if not (last <= start < end <= len(article.text)):
            problems.append(f"{ann.id}: sentence {k} ({start}, {end}) is out of order or outside the text")
        last = end
    if ann.article_date is not None:
        start, end = ann.article_date.evidence
        if not 0 <= start < end <= len(article.text):
            problems.append(f"{ann.id}: article date evidence {ann.article_date.evidence} is empty or outside the text")
        elif not names_date(article.text[start:end], ann.article_date.date):
            words = " ".join(article.text[start:end].split())
            problems.append(f"{ann.id}: article date evidence {words!r} does not state {ann.article_date.date}")
    table = cameo_table()
    for k, ev in enumerate(ann.events):
        where = f"{ann.id} event {k}"
        if ev.sentence >= len(ann.sentences):
            problems.append(f"{where}: no sentence {ev.sentence}")
            continue
        sent = ann.sentences[ev.sentence]
        if ev.trigger[1] <= ev.trigger[0] or not _inside(ev.trigger, sent):
            problems.append(f"{where}: trigger {ev.trigger} is empty or outside sentence {ev.sentence} {sent}")
        for name, party in (("source", ev.source), ("target", ev.target), ("attributed_to", ev.attributed_to)):
            if party is None:
                continue
            if not _inside(party.span, sent):
                problems.append(f"{where}: {name} span {party.span} is outside sentence {ev.sentence}")
            bad = _actor_problem(party.code)
            if bad:
                problems.append(f"{where}: {name} {bad}")
        info = table.get(ev.code)
        if info is None:
            problems.append(f"{where}: unknown CAMEO code {ev.code}")
        elif (ev.plover.event_type, ev.plover.mode) != (info.plover_type, info.plover_mode):
            problems.append(f"{where}: PLOVER {ev.plover} is not the mapping of {ev.code}")
        if ev.place is not None:
            if ev.place.country and ev.place.country not in gazetteer().countries:
                problems.append(f"{where}: unknown place country {ev.place.country}")
            if ev.place.span is not None and not _inside(ev.place.span, (0, len(article.text))):
                problems.append(f"{where}: place span outside the text")
    return problems


def validate(anns: Annotations, corpus: dict[str, Article]) -> list[str]:
    """Every problem of the folder against the corpus: unparsed lines, missing or changed articles, bad offsets."""
    problems = list(anns.problems)
    for kind in KINDS:
        for ann in getattr(anns, kind).values():
            article = corpus.get(ann.id)
            if article is None:
                problems.append(f"{kind}/{ann.id}: not in the corpus")
                continue
            problems.extend(f"{kind}/{p}" for p in check_article(ann, article))
    missing = set(anns.split.articles) - set(corpus)
    if missing:
        problems.append(f"split.json names {len(missing)} ids the corpus does not have, e.g. {sorted(missing)[0]}")
    return problems
