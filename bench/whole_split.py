"""Where one whole process's CPU goes: whole_process.py's run with its top-level pieces wrapped in process-CPU timers.

Process CPU (``time.process_time``), so other processes on a shared machine count less than in wall time. It wraps
the imports, ``spacy.load``, ``ruler_patterns`` (the gazetteer read), the ruler's ``add_patterns`` and call, and the
functions ``pipeline.py`` calls per article, then codes the same N articles as ``whole_process.py detente N`` with
``Coder(batch_size=16).code_many``. spaCy's own components are inside ``code_many`` (time them apart). This is the
wrapper behind the split table of docs/events.md's s33-whole section:

    cd bench && PYTHONPATH=../src:. DETENTE_CORPUS=... python whole_split.py 100
"""

from __future__ import annotations

import functools
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

T0 = time.process_time()
spent: dict[str, float] = {}


def wrap(owner: Any, name: str, label: str | None = None) -> None:
    """Replace ``owner.name`` by a function adding its CPU time to ``spent[label]``."""
    f: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(f)
    def timed(*a: Any, **k: Any) -> Any:
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            spent[label or name] = spent.get(label or name, 0.0) + time.process_time() - t

    setattr(owner, name, timed)


def main(n: int) -> None:
    t = time.process_time()
    import spacy

    spent["import spacy"] = time.process_time() - t
    t = time.process_time()
    import detente.nlp as nlp_module
    import detente.pipeline as pipeline
    from detente.nlp import ruler

    spent["import detente (rest)"] = time.process_time() - t
    sys.path.insert(0, ".")
    from realcorpus import base_articles

    wrap(spacy, "load", "spacy.load")  # detente.nlp calls spacy.load through the module
    wrap(nlp_module, "ruler_patterns", "ruler_patterns (gazetteer)")
    wrap(ruler.DictionaryRuler, "add_patterns", "ruler.add_patterns")
    wrap(ruler.DictionaryRuler, "__call__", "ruler (per doc)")
    per_article = ["blank_boilerplate", "not_english", "repair_names", "restore_e_lemmas", "repair", "code_doc"]
    for name in [*per_article, "_statives", "release_free_memory", "verb_index", "clause_lemmas"]:
        if hasattr(pipeline, name):
            wrap(pipeline, name)
    t = time.process_time()
    articles, _ = base_articles(n)
    spent["base_articles (corpus read)"] = time.process_time() - t
    t = time.process_time()
    coder = pipeline.Coder(batch_size=16)
    spent["Coder() total"] = time.process_time() - t
    t = time.process_time()
    events = sum(len(coded.events) for coded in coder.code_many(articles))
    spent["code_many total"] = time.process_time() - t
    spent["TOTAL since script start"] = time.process_time() - T0
    print(events, "events")
    for k, v in spent.items():
        print(f"{k:35s} {v:7.2f}")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print("user", usage.ru_utime, "sys", usage.ru_stime, "maxrss MiB", usage.ru_maxrss / 1024)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
