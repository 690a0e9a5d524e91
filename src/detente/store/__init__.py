"""Store stage: coded articles and events in a DuckDB file, written in idempotent, atomic batches.

>>> with Store("detente.duckdb") as store:  # doctest: +SKIP
...     store.add([(article, events)])
"""

from detente.store.schema import MIGRATIONS, SCHEMA_VERSION
from detente.store.store import WRITER_MEMORY_LIMIT, AddResult, SchemaVersionError, Store, StoreError

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "WRITER_MEMORY_LIMIT",
    "AddResult",
    "SchemaVersionError",
    "Store",
    "StoreError",
]
