"""The country an article is about is the same on every run: a tie between two countries goes to the one named
first, whatever hash seed the process drew (it once went to whichever a set of strings yielded first)."""

from __future__ import annotations

import os
import subprocess
import sys

TIED = "Trump met Mexican officials in Washington on Monday. Mexico and the United States discussed trade."
ONE_SIDED = "Mexican police arrested a suspect in Tijuana. Mexico's army patrolled Monterrey on Monday."
SCRIPT = """
import sys
from detente.nlp import get_nlp
from detente.actors.context import home_country
from detente.where.places import article_countries
for text in sys.argv[1:]:
    doc = get_nlp()(text)
    print(home_country(doc), list(article_countries(doc)))
"""


def _read(seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", SCRIPT, TIED, ONE_SIDED], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def test_a_tie_goes_to_the_country_named_first_under_any_hash_seed() -> None:
    runs = {seed: _read(seed) for seed in ("0", "1", "2", "3")}  # seeds 0 and 1 ordered the tie differently
    assert all(lines == runs["0"] for lines in runs.values())
    tied, one_sided = runs["0"]
    assert tied == "MEX ['MEX', 'USA']"  # "Mexican" comes before "Washington"
    assert one_sided.startswith("MEX ")  # a country named alone is the article's in any order
