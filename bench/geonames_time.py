"""Time the GeoNames table's first look-up (the table built) and a warm look-up, in this fresh process.

The gazetteer is loaded first (every coding process has it), then ``find_place`` once: its CPU time and the RSS it
adds are the table's first-use cost; then 20,000 look-ups of a few names give a warm look-up's cost. Run it with each
checkout's ``src`` on ``PYTHONPATH`` to compare (a shared machine's times are noisy: run it a few times each).

    PYTHONPATH=src python bench/geonames_time.py
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path


def rss_mib() -> tuple[float, float]:
    """This process's resident set and its peak, MiB (Linux)."""
    status = Path("/proc/self/status").read_text()
    return (int(status.split("VmRSS:")[1].split()[0]) / 1024, int(status.split("VmHWM:")[1].split()[0]) / 1024)


def main() -> None:
    from detente.data import gazetteer

    gazetteer()
    from detente.where.geonames import find_place

    rss, peak = rss_mib()
    start = time.process_time()
    find_place("Binnish")
    first = time.process_time()
    rss_after, peak_after = rss_mib()
    names = ["Tripoli", "Binnish", "Kiev", "Springfield", "Nowhere", "Colorado", "Victoria", "Salisbury"] * 2500
    context = Counter({"SYR": 2})
    for name in names:
        find_place(name, context)
    warm = time.process_time()
    print(
        f"first look-up {first - start:.3f} s, RSS +{rss_after - rss:.0f} MiB (peak +{peak_after - peak:.0f});"
        f" warm look-up {1e6 * (warm - first) / len(names):.2f} us"
    )


if __name__ == "__main__":
    main()
