"""Events of weak patterns coded where annotators code none (s28-weak); each must-not row is paired with a positive
sentence of the same kind:

* an infinitive takes the auxiliary of the verb it completes: 'will continue to negotiate' is told in the future as
  'will negotiate' is, an intention when a speaker announces it, the writer's outlook when none does
  (``clause.completed``).

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

DATE = "2017-11-08"

# a lede that codes no deed of the roots below, so that the sentence tested is read after it
LEDE = "The European Union opened a summit in Brussels on Monday. "


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def test_an_infinitive_takes_the_future_of_the_verb_it_completes(checks: SentenceChecks) -> None:
    # no speaker: the writer's outlook, no event; the past of the same deed is one
    outlook = "Kenya will now need to negotiate new trade deals with Britain."
    checks.assert_none(LEDE + outlook, lambda e: e.cameo.root in ("04", "03"))
    checks.assert_coded(LEDE + "Kenya negotiated new trade deals with Britain.", ("KEN", "GBR", "046"))


def test_an_announced_continuing_deed_is_an_intention(checks: SentenceChecks) -> None:
    # a speaker announces it: an intention to negotiate (036), not a negotiation (046)
    said = "British Prime Minister Theresa May said she will continue to negotiate with Germany."
    checks.assert_none(LEDE + said, lambda e: e.cameo.code == "046")
    checks.assert_coded(LEDE + said, ("GBRGOV", "DEU", "036"))
