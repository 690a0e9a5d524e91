"""What a run did, counted by outcome and reason, for the closing summary of ``detente code``.

Every article read ends in exactly one outcome: coded, unchanged (incremental
runs), skipped (with the reason: empty, binary, undated, not English,
duplicate, malformed …) or failed. The summary prints one line per outcome and
reason on stderr, so a user sees at a glance that nothing was lost.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

CODED = "coded"
UNCHANGED = "unchanged"
FAILED = "failed"


@dataclass
class RunReport:
    coded: int = 0
    events: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    id_conflicts: int = 0

    def skip(self, reason: str) -> None:
        # "not English (French)" counts under "not English": one line per reason, not per language
        self.skipped[reason.split(" (")[0]] += 1

    @property
    def total(self) -> int:
        return self.coded + self.unchanged + self.failed + sum(self.skipped.values())

    def merge(self, other: RunReport) -> None:
        self.coded += other.coded
        self.events += other.events
        self.unchanged += other.unchanged
        self.failed += other.failed
        self.skipped.update(other.skipped)
        self.id_conflicts += other.id_conflicts

    def lines(self, where: str = "") -> list[str]:
        """The summary, one line per outcome and skip reason (zero counts of the main outcomes included)."""
        out = [f"detente: {self.total} inputs: {self.coded} articles coded, {self.events} events{where}"]
        out.append(f"  coded      {self.coded:>8}")
        if self.unchanged:
            out.append(f"  unchanged  {self.unchanged:>8}  (already in the store with the same text; --force re-codes)")
        for reason, n in sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"  skipped    {n:>8}  {reason}")
        if not self.skipped:
            out.append(f"  skipped    {0:>8}")
        out.append(f"  failed     {self.failed:>8}")
        if self.id_conflicts:
            out.append(f"  id conflicts {self.id_conflicts:>6}  (kept under new ids <id>~<hash>, see above)")
        return out
