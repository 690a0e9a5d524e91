"""Give freed memory back to the system between batches.

A parse allocates and frees hundreds of megabytes of small objects; glibc's allocator keeps freed memory in its
arenas, so a long coding run's RSS creeps up to the worst batch it has seen and stays there (measured: 610 MiB after
448 real articles in one process, 418 MiB with a trim after every batch of 64, at ~20 ms a trim against ~40 s of
coding). ``malloc_trim`` exists on glibc only; elsewhere this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any


@cache
def _libc() -> Any | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None


def release_free_memory() -> bool:
    """Return the allocator's free pages to the system; whether it could (glibc) or not."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
