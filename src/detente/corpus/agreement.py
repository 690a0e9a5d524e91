"""Agreement between two independent annotations of the same articles.

- **Event F1**: events of the same sentence with the same root, source and target, paired one
  to one; with one annotation taken as reference, F1 is symmetric in the two.
- **Cohen's kappa on root codes**: every event either annotation marked is an item, paired with
  the other annotation's event whose trigger overlaps it (same sentence); an event the other did
  not mark is paired with "none". Kappa is taken over the two label sequences.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from detente.corpus.schema import AnnotatedArticle, AnnotatedEvent
from detente.corpus.score import Score, overlaps

NONE = "none"


@dataclass
class Agreement:
    articles: int = 0
    events: Score = field(default_factory=Score)
    labels: list[tuple[str, str]] = field(default_factory=list)
    per_article: dict[str, float] = field(default_factory=dict)

    @property
    def kappa(self) -> float:
        return cohen_kappa(self.labels)

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "event_f1": round(self.events.f1, 3),
            "events": self.events.as_dict(),
            "root_kappa": round(self.kappa, 3),
            "root_items": len(self.labels),
            "per_article_f1": {k: round(v, 3) for k, v in sorted(self.per_article.items())},
        }


def cohen_kappa(pairs: list[tuple[str, str]]) -> float:
    if not pairs:
        return 0.0
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(left[k] * right.get(k, 0) for k in left) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def _key(e: AnnotatedEvent) -> tuple:
    return (e.sentence, e.root, e.source.code, e.target.code if e.target else None)


def _same_sentence(a: AnnotatedArticle, b: AnnotatedArticle, ea: AnnotatedEvent, eb: AnnotatedEvent) -> bool:
    return overlaps(a.sentences[ea.sentence], b.sentences[eb.sentence])


def compare(a: AnnotatedArticle, b: AnnotatedArticle, out: Agreement) -> None:
    """Add the agreement of two annotations of one article to ``out``."""
    out.articles += 1
    ga, gb = [e for e in a.events if e.scored], [e for e in b.events if e.scored]
    score = Score()
    left = Counter(_key(e) for e in ga)
    right = Counter(_key(e) for e in gb)
    for k in left | right:
        score.tp += min(left[k], right[k])
        score.fp += max(0, right[k] - left[k])
        score.fn += max(0, left[k] - right[k])
    for attr in ("tp", "fp", "fn"):
        setattr(out.events, attr, getattr(out.events, attr) + getattr(score, attr))
    out.per_article[a.id] = score.f1 if (score.tp + score.fp + score.fn) else 1.0
    used: set[int] = set()
    for ea in ga:
        match = next(
            (
                j
                for j, eb in enumerate(gb)
                if j not in used and _same_sentence(a, b, ea, eb) and overlaps(ea.trigger, eb.trigger)
            ),
            None,
        )
        if match is None:
            out.labels.append((ea.root, NONE))
        else:
            used.add(match)
            out.labels.append((ea.root, gb[match].root))
    out.labels.extend((NONE, eb.root) for j, eb in enumerate(gb) if j not in used)
