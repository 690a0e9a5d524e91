"""A formal spelling of a preposition reads as the plain one the patterns name (``clauses.yaml``
``preposition_variants``; ``events/tree.same_preposition``): "called upon Israel to halt" is the appeal of "called on
Israel to halt". Each negative is paired with its positive."""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente.events.tree import has_particle, same_preposition
from detente.nlp import get_nlp

DATE = "2024-05-02"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE, gate=False)


def test_upon_is_the_on_of_an_appeal(checks: SentenceChecks) -> None:
    checks.assert_coded("The UN secretary-general called upon Israel to halt its offensive.", ("IGOUN", "ISR", "0256"))
    checks.assert_coded("The UN secretary-general called on Israel to halt its offensive.", ("IGOUN", "ISR", "0256"))


def test_upon_stands_for_on_only() -> None:
    assert same_preposition("upon", "on") and same_preposition("on", "on")
    assert not same_preposition("upon", "up") and not same_preposition("on", "upon")


def test_upon_is_a_particle_on_but_no_other() -> None:
    doc = get_nlp()("The envoy called upon Iran to free the sailors.")
    verb = next(t for t in doc if t.lemma_ == "call")
    assert has_particle(verb, "on")
    assert not has_particle(verb, "up")
