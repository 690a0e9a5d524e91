"""Rule names that the stative readers write and ``contributions.derive`` reads, in one place that imports nothing:
the coding pipeline loads the readers without DuckDB, the query path loads ``contributions`` without spaCy."""

from __future__ import annotations

# force the event coder left uncoded (statives/deeds.py); derive drops it where the coder coded the same verb
DEED_RULE = "stative.deed.hostility"
