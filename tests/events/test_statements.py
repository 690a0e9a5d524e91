"""Bare statements (CAMEO 010) of political actors, and the verbs of saying that are not one (issue 13).

The rules of ``events/statements.py`` are tested here with the statement model's threshold at zero (every candidate the
rules keep is coded), so a retrained model cannot hide a broken rule; ``test_statement_model.py`` tests the model's
decision. Every must-not row is paired with a positive sentence as close to it as the coder allows, so a coder that
codes nothing fails every pair.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente.data import clauses
from detente.events.learned.model import packaged_model
from detente.events.patterns import verb_index
from detente.events.statements import CHECK_ORDER, CONTENT_CHECKS, VERB_CHECKS

DATE = "2024-05-03"


@pytest.fixture(autouse=True)
def statements_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The rules alone: statements on, and the statement model admitting whatever they keep."""
    monkeypatch.setattr(clauses().statements, "enabled", True)
    model = packaged_model()
    if model is not None:
        monkeypatch.setitem(model.thresholds, "statement", 0.0)
    verb_index.cache_clear()
    yield
    monkeypatch.undo()
    verb_index.cache_clear()


def is_statement(event) -> bool:  # type: ignore[no-untyped-def]
    return event.cameo.code == "010"


MUST_CODE: list[Coded] = [
    ("The Spanish foreign minister said the conference would open in Geneva.", "ESPGOV", None, "010"),
    ('"We have done our part," the Austrian chancellor said.', "AUTGOV", None, "010"),
    ("The United Nations said the vote was a step forward for the region.", "IGOUN", None, "010"),
    ("The Danish prime minister told reporters that the budget was balanced.", "DNKGOV", None, "010"),
    ("The Irish foreign minister added that the border question was still open.", "IRLGOV", None, "010"),
]

# (must not yield a 010, positive twin)
MUST_NOT: list[tuple[str, Coded]] = [
    # an analyst or a resident is no political actor
    (
        "A political analyst at a London university said the conference would open in Geneva.",
        ("The Spanish foreign minister said the conference would open in Geneva.", "ESPGOV", None, "010"),
    ),
    (
        "A local shopkeeper said the vote was a step forward for the region.",
        ("The United Nations said the vote was a step forward for the region.", "IGOUN", None, "010"),
    ),
    # a neutral report of a deed: the deed carries the attribution, the speaker no 010
    (
        "The Spanish foreign minister said Russian forces attacked Ukrainian positions near Kharkiv.",
        ("The Spanish foreign minister said the conference would open in Geneva.", "ESPGOV", None, "010"),
    ),
    (
        "The Danish prime minister said mortar shells struck a market in the north.",
        ("The Danish prime minister told reporters that the budget was balanced.", "DNKGOV", None, "010"),
    ),
    # the speaker's own intention is an 03x event, not a bare statement
    (
        "The Irish foreign minister said he would visit the region next month.",
        ("The Irish foreign minister added that the border question was still open.", "IRLGOV", None, "010"),
    ),
    (
        "The Irish foreign minister said Ireland would send observers to the election.",
        ("The Irish foreign minister added that the border question was still open.", "IRLGOV", None, "010"),
    ),
    (
        "The Irish foreign minister said she was ready to meet the new leadership.",
        ("The Irish foreign minister added that the border question was still open.", "IRLGOV", None, "010"),
    ),
    # negated, a question, a position held before the news, a report inside another report
    (
        "The Spanish foreign minister did not say when the conference would open.",
        ("The Spanish foreign minister said the conference would open in Geneva.", "ESPGOV", None, "010"),
    ),
    (
        "Did the Spanish foreign minister say the conference would open in Geneva?",
        ("The Spanish foreign minister said the conference would open in Geneva.", "ESPGOV", None, "010"),
    ),
    (
        "The Austrian chancellor has repeatedly said the budget was balanced.",
        ('"We have done our part," the Austrian chancellor said.', "AUTGOV", None, "010"),
    ),
    (
        "Officials said the Danish prime minister told them the budget was balanced.",
        ("The Danish prime minister told reporters that the budget was balanced.", "DNKGOV", None, "010"),
    ),
    # a more specific code of the speaker on the same clause wins
    (
        "The Spanish foreign minister said Spain condemned the decision of the Moroccan government.",
        ("The Spanish foreign minister said the conference would open in Geneva.", "ESPGOV", None, "010"),
    ),
    # the speaker's quoted words are themselves an act of a narrower code: an appeal, a criticism
    (
        '"We ask both sides for a truce," the Austrian chancellor said.',
        ('"We have done our part," the Austrian chancellor said.', "AUTGOV", None, "010"),
    ),
    (
        '"I condemn this decision," the Danish prime minister said.',
        ('"We have done our part," the Danish prime minister said.', "DNKGOV", None, "010"),
    ),
    # an analyst quoted for colour, however the quote reads
    (
        '"The talks have done their part," said a professor of politics at a Vienna university.',
        ('"We have done our part," the Austrian chancellor said.', "AUTGOV", None, "010"),
    ),
    # a spokesman supplying counts or amounts gives a neutral report, not a position (guide 1.3)
    (
        "The Danish prime minister said about 300 people had crossed the border since Monday.",
        ("The Danish prime minister said the border question was still open.", "DNKGOV", None, "010"),
    ),
    (  # a number that refers ("the two countries") is no figure: that statement stays a statement
        "The Danish prime minister said 47 people were wounded near the border.",
        ("The Danish prime minister said the two countries would stay close allies.", "DNKGOV", None, "010"),
    ),
    (
        "The United Nations said 40 percent of the region was without water.",
        ("The United Nations said the vote was a step forward for the region.", "IGOUN", None, "010"),
    ),
    # words that blame or voice worry come first in the guide's statement order (111, 012): no bare 010
    (
        "The Spanish foreign minister said the conference plan was reckless.",
        ("The Spanish foreign minister said the conference would open in Geneva.", "ESPGOV", None, "010"),
    ),
    (
        "The Danish prime minister told reporters that the budget was a disgrace.",
        ("The Danish prime minister told reporters that the budget was balanced.", "DNKGOV", None, "010"),
    ),
    # a verb of saying conjoined to another act of the same speaker says what that act says: one statement, one event
    (
        "The Irish foreign minister returned from Brussels on Monday and said the border question was still open.",
        ("The Irish foreign minister added that the border question was still open.", "IRLGOV", None, "010"),
    ),
    # a quote's continuation has no verb of saying of its own: no event
    (
        '"We will see what the summer brings, and then we will decide."',
        ('"We have done our part," the Austrian chancellor said.', "AUTGOV", None, "010"),
    ),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), MUST_CODE)
def test_a_political_actors_statement_is_010(
    checks: SentenceChecks, text: str, source: str, target: str | None, code: str
) -> None:
    checks.assert_coded(text, (source, target, code))


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT)
def test_a_verb_of_saying_that_is_no_statement(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, is_statement, positive)


def test_statements_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The verbs of saying are read while bare statements or the reader of what is said (events/saying.py) is on,
    and not at all when both are off."""
    monkeypatch.setattr(clauses().statements, "enabled", False)
    monkeypatch.setattr(clauses().saying, "enabled", True)
    verb_index.cache_clear()
    assert any(p.id.startswith("010.") for pats in verb_index().by_lemma.values() for p in pats)
    monkeypatch.setattr(clauses().saying, "enabled", False)
    verb_index.cache_clear()
    assert not any(p.id.startswith("010.") for pats in verb_index().by_lemma.values() for p in pats)
    monkeypatch.undo()
    verb_index.cache_clear()  # the next test reads the index as shipped


def test_a_statement_frames_no_other_event(patterns_checks: SentenceChecks) -> None:
    """'told reporters that X had opened talks': "tell" is also a verb of demand, but a bare statement is no event that
    embeds the talks it reports (they are coded as with statements off)."""
    text = "The Mexican foreign minister told reporters that Mexico had opened talks with Peru."
    coded = patterns_checks.coded(text)
    assert ("MEX", "PER", "040") in coded or any(t[2].startswith("04") for t in coded), coded


# The target of a statement (guide 1.3): the one party of another country its words name; none when they name only the
# speaker's own side, or two other parties. (statement with that target, statement with no target)
TARGETS: list[tuple[Coded, Coded]] = [
    (
        ("The Irish foreign minister said Britain had kept its word on the border.", "IRLGOV", "GBR", "010"),
        ("The Irish foreign minister said Ireland had kept its word on the border.", "IRLGOV", None, "010"),
    ),
    (
        ('"Germany has delivered," the Austrian chancellor said.', "AUTGOV", "DEU", "010"),
        ('"Austria has delivered," the Austrian chancellor said.', "AUTGOV", None, "010"),
    ),
    (
        ("The Danish prime minister said Norway was a close partner in the talks.", "DNKGOV", "NOR", "010"),
        (
            "The Danish prime minister said Norway and Sweden were close partners in the talks.",
            "DNKGOV",
            None,
            "010",
        ),
    ),
]


@pytest.mark.parametrize(("about", "untargeted"), TARGETS)
def test_a_statement_names_the_foreign_party_it_is_about(
    checks: SentenceChecks, about: Coded, untargeted: Coded
) -> None:
    text, source, target, code = about
    checks.assert_coded(text, (source, target, code))
    checks.assert_none(text, lambda e: is_statement(e) and e.target is None)
    other, source, _, code = untargeted
    checks.assert_coded(other, (source, None, code))
    checks.assert_none(other, lambda e: is_statement(e) and e.target is not None)


def test_check_order_names_every_check_of_both_tables_once() -> None:
    """``explain`` and the coder walk ``CHECK_ORDER``, the reader of what is said walks ``saying.content_checks`` (empty
    since s26: its attribution check reads the judgement's path, ``saying.path_checks``): a check neither names is
    never run, a name no table holds fails at run time (a KeyError), and a name in both tables
    would run only as a verb check."""
    assert VERB_CHECKS and CONTENT_CHECKS  # an empty table would satisfy the rest
    assert not set(VERB_CHECKS) & set(CONTENT_CHECKS)
    assert len(CHECK_ORDER) == len(set(CHECK_ORDER))
    assert set(CHECK_ORDER) <= set(VERB_CHECKS) | set(CONTENT_CHECKS)
    reader = set(clauses().saying.content_checks)
    assert reader <= set(CONTENT_CHECKS)
    assert set(CHECK_ORDER) | reader == set(VERB_CHECKS) | set(CONTENT_CHECKS)


def test_a_statements_named_target_keeps_why_it_was_read_so(checks: SentenceChecks) -> None:
    # the party the reported words name is a party as any other: its reason is kept for explain
    named = [e for e in checks.events("The Irish foreign minister said Britain had kept its word.") if is_statement(e)]
    assert [e.target.code if e.target else None for e in named] == ["GBR"]
    assert "named in the reported words" in (named[0].evidence.target_why or "")
    # the twin: a statement with no party named has no target and so no reason for one
    own = [e for e in checks.events("The Irish foreign minister said Ireland had kept its word.") if is_statement(e)]
    assert [e.target for e in own] == [None]
    assert own[0].evidence.target_why is None
