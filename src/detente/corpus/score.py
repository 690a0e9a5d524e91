"""Score coded events against the real-news annotations, event by event and field by field.

Both sides keep only events that count (not negated, not hypothetical). A coded event sits in
an annotated sentence when their character spans overlap, so sentence splits need not agree.

- **Events**: a coded event matches an annotated one of an overlapping sentence with the same
  root, source code and target code (one to one). Precision, recall and F1 overall, per root
  (of the annotated event, or of the coded one for extras) and per corpus batch.
- **Fields** are read over *found* events: coded and annotated events of the same sentence and
  root, paired one to one (the pair that agrees most first). Among them: the full CAMEO code,
  the source and target codes (and their countries), the day (where the annotation fixes a day),
  the place (same place: same name, both the whole of one country under any of its names, or within 25 km;
  and same country) and the modality.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from detente.corpus.schema import AnnotatedArticle, AnnotatedEvent, Offsets
from detente.corpus.source import batch_of
from detente.records import Event, counts

NEAR_KM = 25.0
FIELDS = (
    "code",
    "source",
    "target",
    "source_country",
    "target_country",
    "day",
    "place",
    "place_country",
    "modality",
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return self.f_beta(1.0)

    def f_beta(self, beta: float) -> float:
        """F-beta: beta < 1 weighs precision more (the trainer's thresholds use 0.5)."""
        p, r = self.precision, self.recall
        return (1 + beta * beta) * p * r / (beta * beta * p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)


@dataclass
class CorpusReport:
    articles: int = 0
    events: Score = field(default_factory=Score)
    per_root: dict[str, Score] = field(default_factory=dict)
    per_batch: dict[str, Score] = field(default_factory=dict)
    fields: dict[str, Ratio] = field(default_factory=lambda: {f: Ratio() for f in FIELDS})
    found: int = 0
    gold_events: int = 0
    errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def summary_line(self) -> str:
        e, f = self.events, self.fields
        return (
            f"events P {e.precision:.2f} R {e.recall:.2f} F1 {e.f1:.2f} | code {f['code'].value:.2f} | "
            f"source {f['source'].value:.2f} | target {f['target'].value:.2f} | day {f['day'].value:.2f} | "
            f"place {f['place'].value:.2f}"
        )

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "gold_events": self.gold_events,
            "events": self.events.as_dict(),
            "found": self.found,
            "fields": {
                k: {"right": r.right, "total": r.total, "value": round(r.value, 3)} for k, r in self.fields.items()
            },
            "per_root": {k: v.as_dict() for k, v in sorted(self.per_root.items())},
            "per_batch": {k: v.as_dict() for k, v in sorted(self.per_batch.items())},
        }


def overlaps(a: Offsets, b: Offsets) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


def annotated_target(code_holder: AnnotatedEvent) -> str | None:
    """An annotated event's target code, None where it has none."""
    return code_holder.target.code if code_holder.target else None


def _country(code: str | None) -> str | None:
    if code is None or code.startswith(("IGO", "NGO", "IMG")):
        return code
    return code[:3]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _norm(name: str) -> str:
    words = name.casefold().replace("-", " ").split()
    return " ".join(w for w in words if w != "the")


def _country_named(name: str) -> str | None:
    """The country a place name is one of the names of ("the UK", "Britain"), else None."""
    from detente.data import gazetteer

    names = gazetteer().country_names
    bare = " ".join(w for w in name.split() if w.casefold() != "the")
    return names.get(name) or names.get(bare)


def same_place(pred: Event, gold: AnnotatedEvent) -> bool:
    loc, place = pred.location, gold.place
    if loc is None or place is None:
        return False
    if _norm(loc.name) == _norm(place.name):
        return True
    if loc.precision == "country" and loc.country is not None and loc.country == place.country:
        return _country_named(place.name) == loc.country  # "the UK" and "United Kingdom" are one whole country
    if None not in (loc.lat, loc.lon, place.lat, place.lon):
        return _km(loc.lat, loc.lon, place.lat, place.lon) <= NEAR_KM  # type: ignore[arg-type]
    return False


def trigger_overlaps(pred: Event, gold: AnnotatedEvent, text: str) -> bool:
    trig = pred.evidence.trigger
    if not trig:
        return False
    sent = text[pred.evidence.start : pred.evidence.end]
    at = sent.find(trig)
    while at >= 0:
        s = pred.evidence.start + at
        if overlaps((s, s + len(trig)), gold.trigger):
            return True
        at = sent.find(trig, at + 1)
    return False


def scored_events(events: Iterable[Event]) -> list[Event]:
    return [e for e in events if counts(e)]


def _exact(p: Event, g: AnnotatedEvent) -> bool:
    """``detente eval``'s match: the same root, source code and target code."""
    return (g.root, g.source.code, annotated_target(g)) == (
        p.cameo.root,
        p.source.code,
        p.target.code if p.target else None,
    )


def _happened(p: Event, g: AnnotatedEvent) -> bool:
    """The same deed by the same country: the same root and source at country level (its first three letters, or
    the same IGO / NGO / IMG code), the target at country level or absent on either side. What the confidence gate
    learns (s19): whether the event happened, not the annotators' level of each actor."""
    if g.root != p.cameo.root or _country(g.source.code) != _country(p.source.code):
        return False
    gold_target, pred_target = annotated_target(g), p.target.code if p.target else None
    return gold_target is None or pred_target is None or _country(gold_target) == _country(pred_target)


def _match(
    gold: list[AnnotatedEvent],
    pred: list[Event],
    sentences_of: list[set[int]],
    same: Callable[[Event, AnnotatedEvent], bool] = _exact,
    taken: set[int] | None = None,
    skip: set[int] | None = None,
) -> tuple[set[int], set[int]]:
    """Coded events matched one to one, in order, to annotated events of an overlapping sentence that are ``same``
    (by default the same root, source and target): (indices of the coded, indices of the annotated). ``taken``
    annotated and ``skip`` coded events are already matched."""
    taken = set(taken or ())
    matched_pred: set[int] = set()
    for pi, p in enumerate(pred):
        if skip and pi in skip:
            continue
        for gi, g in enumerate(gold):
            if gi in taken or g.sentence not in sentences_of[pi]:
                continue
            if same(p, g):
                taken.add(gi)
                matched_pred.add(pi)
                break
    return matched_pred, taken


@dataclass
class Matching:
    """One article's scorer matching: the annotated and coded events that count, the annotated sentences each coded
    event overlaps, and which of each side were matched (indices). ``eval``, the gate's trainer and the funnels
    (``bench/miss_funnel.py``, ``bench/false_funnel.py``) all read this one matching rather than replaying it."""

    gold: list[AnnotatedEvent]
    pred: list[Event]
    sentences_of: list[set[int]]
    matched_pred: set[int]
    taken: set[int]


def match_article(ann: AnnotatedArticle, coded: list[Event]) -> Matching:
    """Match an article's coded events to its annotated ones, as ``detente eval`` scores them."""
    gold = [g for g in ann.events if g.scored]
    pred = scored_events(coded)
    sentences_of = [
        {i for i, span in enumerate(ann.sentences) if overlaps((p.evidence.start, p.evidence.end), span)} for p in pred
    ]
    matched, taken = _match(gold, pred, sentences_of)
    return Matching(gold, pred, sentences_of, matched, taken)


def matched_events(ann: AnnotatedArticle, coded: list[Event]) -> tuple[list[Event], list[bool], int]:
    """The events of ``coded`` that count, whether ``detente eval`` matches each, and the article's annotated
    events that count."""
    m = match_article(ann, coded)
    return m.pred, [i in m.matched_pred for i in range(len(m.pred))], len(m.gold)


def happened_events(ann: AnnotatedArticle, coded: list[Event]) -> tuple[list[Event], list[bool], list[bool], int]:
    """What the confidence gate is trained on (``train/gate.py``): the events of ``coded`` that count, whether
    ``detente eval`` matches each, whether each *happened* (an exact match, or else, one to one among the annotated
    events left, one of an overlapping sentence with the same root and the same source and target at country level,
    ``_happened``), and the article's annotated events that count."""
    m = match_article(ann, coded)
    loose, _ = _match(m.gold, m.pred, m.sentences_of, _happened, taken=m.taken, skip=m.matched_pred)
    exact = [i in m.matched_pred for i in range(len(m.pred))]
    return m.pred, exact, [ok or i in loose for i, ok in enumerate(exact)], len(m.gold)


def score_article(
    report: CorpusReport, ann: AnnotatedArticle, text: str, coded: list[Event], matching: Matching | None = None
) -> None:
    """Add one article's coded events to the report (``matching``: the article's, if already made)."""
    m = matching or match_article(ann, coded)
    gold, pred, sentences_of = m.gold, m.pred, m.sentences_of
    report.articles += 1
    report.gold_events += len(gold)
    batch = report.per_batch.setdefault(batch_of(ann.id), Score())

    # events: same sentence, root, source and target
    matched_pred, taken = m.matched_pred, m.taken
    for pi, p in enumerate(pred):
        ok = pi in matched_pred
        for s in (report.events, batch, report.per_root.setdefault(p.cameo.root, Score())):
            if ok:
                s.tp += 1
            else:
                s.fp += 1
        if not ok:
            tgt = p.target.code if p.target else "-"
            report.misses.append(
                f"{ann.id} s{sorted(sentences_of[pi])} extra {p.source.code}->{tgt} {p.cameo.code} "
                f"[{p.evidence.rule} '{p.evidence.trigger}']"
            )
    for gi, g in enumerate(gold):
        if gi in taken:
            continue
        for s in (report.events, batch, report.per_root.setdefault(g.root, Score())):
            s.fn += 1
        trig = text[g.trigger[0] : g.trigger[1]]
        report.misses.append(
            f"{ann.id} s{g.sentence} missed {g.source.code}->{annotated_target(g) or '-'} {g.code} ['{trig}']"
        )

    for pi, gi in field_pairs(m, text):
        _score_fields(report, pred[pi], gold[gi])


def field_pairs(m: Matching, text: str) -> list[tuple[int, int]]:
    """The pairs whose fields ``detente eval`` scores: (coded index, annotated index) of events of the same sentence
    and root, one to one, the most agreeing pairs first (a trigger overlap counts two, source, target and code one
    each). Public so that a bench reading the pairs (bench/actor_pairs.py) pairs them as the scorer does."""
    pred, gold, sentences_of = m.pred, m.gold, m.sentences_of
    pairs = []
    for pi, p in enumerate(pred):
        for gi, g in enumerate(gold):
            if g.sentence in sentences_of[pi] and g.root == p.cameo.root:
                agree = (
                    2 * trigger_overlaps(p, g, text)
                    + (p.source.code == g.source.code)
                    + ((p.target.code if p.target else None) == annotated_target(g))
                    + (p.cameo.code == g.code)
                )
                pairs.append((-agree, pi, gi))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, pi, gi in sorted(pairs):
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        out.append((pi, gi))
    return out


def _score_fields(report: CorpusReport, p: Event, g: AnnotatedEvent) -> None:
    f = report.fields
    report.found += 1
    tgt = p.target.code if p.target else None
    f["code"].add(p.cameo.code == g.code)
    f["source"].add(p.source.code == g.source.code)
    f["target"].add(tgt == annotated_target(g))
    f["source_country"].add(_country(p.source.code) == _country(g.source.code))
    f["target_country"].add(_country(tgt) == _country(annotated_target(g)))
    if g.date_precision == "day":
        f["day"].add(p.date == g.date)
    # a place where the annotators gave none is as wrong as none where they gave one: the guide gives a place only
    # where the event plainly happened, so a coder naming every place it sees must not score better for it
    if g.place is not None or p.location is not None:
        f["place"].add(same_place(p, g))
        f["place_country"].add(p.location is not None and g.place is not None and p.location.country == g.place.country)
    f["modality"].add(p.modality == g.modality)
