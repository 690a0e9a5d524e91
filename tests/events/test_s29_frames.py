"""A doer a conjoined or governing verb lends counts for a deed of force's context (issue 13, s29-frames).

A pattern such as ``195.hit_air`` asks for an aerial word in the clause, and the clause's own subject counts
("warplanes hit a hospital"). A doer the parse hangs elsewhere did not: the subject a conjoined verb shares
("warplanes pounded X and hit Y") or the one a governing verb lends ("warplanes began targeting Y"), so the verb fit
no pattern. Only for deeds of force (``lent_doer_roots``): an appeal's context is what is asked, not who asks. Not a
relative clause's noun (a recalled deed), not through a verb that ends or avoids the deed (``ending_verbs``), and
only the doer's own words, not what the rest of the governing clause names.

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import SentenceChecks

from detente.events.tree import ended_by_governor
from detente.nlp import get_nlp
from detente.records import Event

DATE = "2017-05-10"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


def a_force(event: Event) -> bool:
    return event.cameo.code.startswith(("19", "18"))


def test_a_shared_subject_is_the_conjoined_verbs_doer(checks: SentenceChecks) -> None:
    checks.assert_coded(
        "Russian warplanes pounded Idlib and hit a hospital in Saraqeb on Monday.", ("RUSMIL", "SYRHLH", "195")
    )


def test_a_governing_verbs_subject_is_its_complements_doer(checks: SentenceChecks) -> None:
    checks.assert_coded("Russian warplanes began targeting the town of Saraqeb on Monday.", ("RUSMIL", "SYR", "195"))


def test_a_relative_clauses_noun_lends_no_doer(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Relatives marked the anniversary of the Turkish shelling that killed five civilians in Afrin.",
        a_force,
        ("Turkish shelling killed five civilians in Afrin on Monday.", "TURMIL", "SYR", "194"),
    )


def test_a_verb_that_ends_the_deed_lends_no_doer(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Russian warplanes stopped targeting the town of Saraqeb on Monday.",
        a_force,
        ("Russian warplanes began targeting the town of Saraqeb on Monday.", "RUSMIL", "SYR", "195"),
    )


def test_a_verb_that_avoids_the_deed_lends_no_doer(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "Russian warplanes avoided hitting the hospital in Saraqeb on Monday.",
        a_force,
        ("Russian warplanes pounded Idlib and hit a hospital in Saraqeb on Monday.", "RUSMIL", "SYRHLH", "195"),
    )


def test_an_appeal_reads_no_context_from_its_askers_title(checks: SentenceChecks) -> None:
    """An appeal's context is what is asked: the asker's title ("defense minister") does not make it a military one."""
    sentence = "Pakistan's defense minister met Saudi officials and urged Riyadh to provide new loans on Monday."
    checks.assert_coded(sentence, ("PAKGOV", "SAUGOV", "0231"))
    checks.assert_none(sentence, lambda e: e.cameo.code == "0232")


def test_an_appeal_reads_no_context_from_its_askers_name(checks: SentenceChecks) -> None:
    sentence = "Human Rights Watch visited Cairo and urged Egypt to protect journalists on Monday."
    checks.assert_coded(sentence, ("NGOHRW", "EGY", "020"))
    checks.assert_none(sentence, lambda e: e.cameo.code.startswith("024"))


def test_only_the_doers_own_words_count(checks: SentenceChecks) -> None:
    checks.assert_pair(
        "The Syrian government condemned the airstrikes on Idlib and targeted the opposition with new laws on Monday.",
        a_force,
        ("Syrian warplanes targeted the town of Saraqeb on Monday.", "SYRMIL", "SYR", "195"),
    )


def test_a_deed_a_verb_ends_or_avoids_is_not_done(checks: SentenceChecks) -> None:
    """'ceased attacking', 'refrained from attacking': negated, whichever pattern codes the deed."""
    done = ("Israeli forces ended up attacking Gaza on Monday.", "ISRMIL", "PSE", "190")
    for sentence in (
        "Israeli forces ceased attacking Gaza on Monday.",
        "Israeli forces refrained from attacking Gaza on Monday.",
    ):
        checks.assert_pair(sentence, lambda e: a_force(e) and not e.negated, done)


def test_an_infinitive_after_stop_is_a_purpose_not_an_end() -> None:
    """'stopped to meet reporters' is no end of a meeting: the gerund alone is read (events/tree.py)."""
    ended = get_nlp()("Turkish troops stopped shelling the town.")
    purpose = get_nlp()("Turkish troops stopped to shell the town.")
    assert ended_by_governor(next(t for t in ended if t.lower_ == "shelling"))
    assert not ended_by_governor(next(t for t in purpose if t.lower_ == "shell"))
