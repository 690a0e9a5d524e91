"""Article identity: a content hash per article, and what to do when two articles share an id.

Feeds reuse ids (a wire re-sends a corrected story under the same id, two
exports number their rows from 1). The old behaviour, last one wins, lost the
first article without a word. Within one run we now:

- skip an article whose id *and* text were already seen (a true duplicate), reported as ``duplicate``;
- keep an article whose id was seen with *different* text under a new id, ``<id>~<first 8 hex of its
  content hash>``, and report the conflict. Both articles are coded and stored; the new id is derived
  from the content, so re-running the same input gives the same ids (and incremental runs find them).

Across runs the id is the key: an id already in the store with another content hash is an article that
changed, and is re-coded (see ``detente.run.incremental``).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Iterator

from detente.ingest.base import DUPLICATE, IngestError
from detente.records import Article

CONFLICT_SEPARATOR = "~"


def content_hash(article: Article) -> str:
    """SHA-256 (hex) of what coding depends on: the article date and text.

    The store computes the same value in SQL for articles it holds from before it kept hashes:
    ``sha256(coalesce(CAST(date AS VARCHAR), '') || chr(10) || text)``.
    """
    day = article.date.isoformat() if article.date else ""
    return hashlib.sha256(f"{day}\n{article.text}".encode()).hexdigest()


@dataclasses.dataclass(frozen=True, slots=True)
class IdConflict:
    """An article kept under a new id because its id was already used by a different text in this run."""

    origin: str
    given_id: str
    new_id: str
    first_origin: str

    def __str__(self) -> str:
        return (
            f"{self.origin}: id {self.given_id!r} was already used by a different article ({self.first_origin}); "
            f"kept as {self.new_id!r}"
        )


class DuplicateScreen:
    """Remembers the ids (and a digest of each text) seen in one run: ~100 bytes an article."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[bytes, str]] = {}

    def check(self, article: Article) -> Article | IngestError | tuple[IdConflict, Article]:
        """The article to code, an error for a duplicate, or the conflict and the renamed article."""
        digest = content_hash(article)
        key = bytes.fromhex(digest[:16])
        origin = article.origin or article.id
        first = self._seen.get(article.id)
        if first is None:
            self._seen[article.id] = (key, origin)
            return article
        if first[0] == key:
            return IngestError(origin, f"duplicate of {first[1]} (same id {article.id!r}, same text)", reason=DUPLICATE)
        new_id = f"{article.id}{CONFLICT_SEPARATOR}{digest[:8]}"
        renamed = self._seen.get(new_id)
        if renamed is not None:
            return IngestError(origin, f"duplicate of {renamed[1]} (same id {new_id!r}, same text)", reason=DUPLICATE)
        self._seen[new_id] = (key, origin)
        conflict = IdConflict(origin=origin, given_id=article.id, new_id=new_id, first_origin=first[1])
        return conflict, article.model_copy(update={"id": new_id})

    def screen(self, items: Iterable[Article | IngestError]) -> Iterator[Article | IngestError | IdConflict]:
        """The stream with duplicates turned into errors and conflicts announced before the renamed article."""
        for item in items:
            if isinstance(item, Article):
                result = self.check(item)
                if isinstance(result, tuple):
                    yield from result
                else:
                    yield result
            else:
                yield item
