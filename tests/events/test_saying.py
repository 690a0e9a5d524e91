"""The reader of what is said (``events/saying.py``, issue 13): a verb of saying whose reported words carry a more
specific code than a bare statement (016 denial, 112 accusation, 111 criticism, 012 / 013 outlook).

The reader ships with 111 / 112 only, and only for a judged party that is the reported clause's subject or its owner
(``saying.codes``, ``saying.judged_from`` in ``data/clauses.yaml``: the other codes' additions were right under 0.6 of
the time on train, docs/events.md "What is said"), so these tests switch it on with every code and path, to keep the
mechanism tested for the day a code passes; ``test_judged_from_subject_only`` checks the shipped path. Every must-not
row is paired with a positive sentence as close to it as the coder allows, so a reader that codes nothing fails every
pair. Sentences written for detente.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente.data import clauses
from detente.events.patterns import verb_index

DATE = "2024-05-03"


@pytest.fixture(autouse=True)
def reader_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The reader on with every code it can give; bare statements stay off."""
    monkeypatch.setattr(clauses().saying, "enabled", True)
    monkeypatch.setattr(clauses().saying, "codes", ["111", "112", "051", "016", "012", "013"])
    monkeypatch.setattr(clauses().saying, "judged_from", ["subject", "named"])
    monkeypatch.setattr(clauses().saying, "content_checks", [])  # the path checks (saying.path_checks) stay as shipped
    verb_index.cache_clear()
    yield
    monkeypatch.undo()
    verb_index.cache_clear()


DENIAL = ("The Russian defence ministry said its planes had not carried out the strikes.", "RUSGOV", None, "016")
ACCUSATION = ("The British foreign secretary said Iran had lied about its nuclear programme.", "GBRGOV", "IRN", "112")
OPTIMISM = ('"I am confident that a deal will be reached," the Irish prime minister said.', "IRLGOV", None, "013")

# (must not yield the positive's code, positive twin)
MUST_NOT: list[tuple[str, Coded]] = [
    # a future negative is an intention or an outlook, not a denial of a deed done
    ("The Russian defence ministry said its planes would not carry out the strikes.", DENIAL),
    # another party's negated deed is a report about it, not the speaker's denial
    ("The Russian defence ministry said Turkish planes had not carried out the strikes.", DENIAL),
    # a negated accusation accuses no one
    ("The British foreign secretary said Iran had not lied about its nuclear programme.", ACCUSATION),
    # a good word negated is no optimism
    ('"I am not confident that a deal will be reached," the Irish prime minister said.', OPTIMISM),
    # pleased with a party's plan: a judgement of that party (051 with its target), not a bare optimism
    ("The Irish prime minister said he was pleased with the French plan.", OPTIMISM),
]


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE)


@pytest.mark.parametrize("case", [DENIAL, ACCUSATION, OPTIMISM], ids=lambda c: c[3])
def test_reads_the_code_of_what_is_said(checks: SentenceChecks, case: Coded) -> None:
    text, source, target, code = case
    checks.assert_coded(text, (source, target, code))


@pytest.mark.parametrize("negative,positive", MUST_NOT, ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_must_not(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    code = positive[3]
    checks.assert_pair(negative, lambda e: e.cameo.code == code, positive)


def test_explain_shows_the_path(checks: SentenceChecks) -> None:
    """The rule of a recoded statement names the code, the word class, the cue word and the judged party."""
    events = [e for e in checks.events(ACCUSATION[0]) if e.cameo.code == "112"]
    assert events and events[0].evidence.rule == "said.112.accusation:lie>IRN@subject"
    bare = [e for e in checks.events("The British foreign secretary said the talks would open in Geneva.")]
    assert not any(e.cameo.root == "01" for e in bare)  # bare statements stay off: no content code, no event


NAMED_ONLY = "The British foreign secretary said the deal with Iran was a disgrace."
OWNER = ("The British foreign secretary said Iran's deal was a disgrace.", "GBRGOV", "IRN", "111")


def test_judged_from_subject_only(checks: SentenceChecks, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the named path (as shipped, ``judged_from: [subject, shared, holder]``): a criticism judges the reported
    clause's subject or its owner, not a party named elsewhere in the words (on train the named path was right 1 of 4
    times; s29-said 4 of 27 on train 1,599)."""
    assert ("GBRGOV", "IRN", "111") in checks.coded(NAMED_ONLY)  # every path on: the named party is judged
    monkeypatch.setattr(clauses().saying, "judged_from", ["subject"])
    checks.assert_pair(NAMED_ONLY, lambda e: e.cameo.code == "111", OWNER)


def test_pronoun_is_no_judged_party(checks: SentenceChecks) -> None:
    """A pronoun subject or owner ("their plan") is not read as the judged party: its antecedent is a guess."""
    text = "Iranian officials met on Monday. The British foreign secretary said their inaction was a disgrace."
    checks.assert_pair(text, lambda e: e.cameo.code == "111", OWNER)


def test_words_holding_another_event_are_its_attribution(checks: SentenceChecks) -> None:
    """'Iran condemned X as a violation, a spokesman said': the condemnation is coded; the verb of saying is its
    attribution, not the spokesman's own accusation (``saying.path_checks: holds_event``)."""
    text = (
        "Iran condemned the British strikes as a violation of Yemen's sovereignty, a foreign ministry spokesman said."
    )
    checks.assert_pair(text, lambda e: e.evidence.rule.startswith("said."), ACCUSATION)


def test_own_possessive_subject_is_no_judged_party(checks: SentenceChecks) -> None:
    """'said its troops had responded to provocations': the speaker's own side, not a party it judges."""
    text = "The British foreign secretary said its plan was a disgrace."
    checks.assert_pair(text, lambda e: e.cameo.code == "111", OWNER)


def test_content_checks_are_known() -> None:
    """Every check ``saying.content_checks`` names is one of statements.CONTENT_CHECKS (the reader runs them), and the
    shipped reader reads its judgements' paths (``saying.path_checks``: since s26 the attribution check reads the
    path from the judgement word to the verb of saying, not every reported word)."""
    from detente.events.statements import CONTENT_CHECKS

    shipped = clauses.__wrapped__().saying  # the file as shipped, not the fixture's switches
    assert all(name in CONTENT_CHECKS for name in shipped.content_checks)
    assert set(shipped.path_checks) == {"holds_event", "reported"}


# s26-said: a judgement the speaker does not assert, and the speaker's own country, judge no one; each row's positive
# twin differs from it only there. (negative, positive twin)
NOT_ASSERTED: list[tuple[str, Coded]] = [
    # an open question: "whether" (saying.open_marks)
    (
        "The British foreign secretary said it was unclear whether Iran had lied about its nuclear programme.",
        (
            "The British foreign secretary said it was clear that Iran had lied about its nuclear programme.",
            "GBRGOV",
            "IRN",
            "112",
        ),
    ),
    # an open question: "if"
    (
        "The British foreign secretary said it was unclear if Germany had lied about its exports.",
        (
            "The British foreign secretary said it was clear that Germany had lied about its exports.",
            "GBRGOV",
            "DEU",
            "112",
        ),
    ),
    # a negated clause between the judgement and the verb of saying
    (
        "The British foreign secretary said he did not believe that Iran had lied about its nuclear programme.",
        (
            "The British foreign secretary said he believed that Iran had lied about its nuclear programme.",
            "GBRGOV",
            "IRN",
            "112",
        ),
    ),
    # the speaker's own country as a whole: a view of it, not a criticism of another party
    (
        "The British foreign secretary said Britain had been complacent about its defence.",
        ("The British foreign secretary said Germany had been complacent about its defence.", "GBRGOV", "DEU", "111"),
    ),
]


@pytest.mark.parametrize("negative,positive", NOT_ASSERTED, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_judgement_not_asserted_or_of_own_country(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root == "11", positive)


def test_negated_factive_verb_keeps_the_judgement(checks: SentenceChecks, monkeypatch: pytest.MonkeyPatch) -> None:
    """'did not know that Y had lied': a factive verb's complement is still held true (saying.factive_verbs), so the
    accusation stands; the same sentence with a verb of belief ('did not believe') accuses no one. The judgement codes
    alone (as shipped): with 016 on, 'he had not known' is the speaker's own denial, read first."""
    monkeypatch.setattr(clauses().saying, "codes", ["111", "112"])
    known = "The British foreign secretary said he had not known that Iran had lied about its nuclear programme."
    checks.assert_coded(known, ("GBRGOV", "IRN", "112"))
    believed = known.replace("had not known", "did not believe")
    checks.assert_none(believed, lambda e: e.cameo.root == "11")


@pytest.mark.parametrize(
    "case",
    [
        ("The French foreign minister said Russia was guilty of war crimes in Syria.", "FRAGOV", "RUS", "112"),
        ("The French foreign minister said Russia had fomented the war in eastern Ukraine.", "FRAGOV", "RUS", "112"),
        ("The French foreign minister said Russia was ruthless in Syria.", "FRAGOV", "RUS", "111"),
    ],
    ids=lambda c: c[0][34:60],
)
def test_words_of_wrongdoing_and_unfairness(checks: SentenceChecks, case: Coded) -> None:
    """s26-said word classes: 'guilty of', 'fomented', 'ruthless' said of another party (the clause's subject)."""
    text, source, target, code = case
    checks.assert_coded(text, (source, target, code))
    # and the same words negated judge no one
    negated = text.replace("was guilty", "was not guilty").replace("had fomented", "had not fomented")
    negated = negated.replace("was ruthless", "was not ruthless")
    checks.assert_none(negated, lambda e: e.cameo.root == "11")


def test_event_on_the_path_is_attributed_elsewhere_is_not(checks: SentenceChecks) -> None:
    """``saying.path_checks: holds_event``: a judgement word whose path up to the verb of saying holds another event's
    trigger ('bombed Aleppo in violation of the truce, the secretary said') is that event's attribution; a trigger
    elsewhere in the reported words (a relative clause of the judged party) leaves the judgement the speaker's."""
    attributed = "The Syrian government bombed Aleppo in violation of the truce, the British foreign secretary said."
    elsewhere = (
        "The British foreign secretary said the Syrian government, which bombed Aleppo last week, was guilty of war "
        "crimes.",
        "GBRGOV",
        "SYRGOV",
        "112",
    )
    checks.assert_pair(attributed, lambda e: e.evidence.rule.startswith("said."), elsewhere)


def test_judgement_under_another_speaker_is_theirs(checks: SentenceChecks) -> None:
    """``saying.path_checks: reported``: 'said officials had told him Y lied' is the officials' accusation, not the
    speaker's; 'told officials that Y lied' is the speaker's own (the same words, the speaker telling)."""
    theirs = "The British foreign secretary said officials had told him that Iran had lied about its nuclear programme."
    own = "The British foreign secretary told officials that Iran had lied about its nuclear programme."
    checks.assert_pair(theirs, lambda e: e.evidence.rule.startswith("said."), (own, "GBRGOV", "IRN", "112"))


# (the subject undergoes what a judgement word names: no judgement of it; positive twin: the word said of the doer)
UNDERGOING: list[tuple[str, Coded]] = [
    (
        "The American secretary of state said Ukraine had suffered atrocities committed by Russian troops.",
        ("The American secretary of state said Russia had committed atrocities in Ukraine.", "USAGOV", "RUS", "112"),
    ),
    (
        "The French foreign minister said Lebanon was facing the worst economic crisis in its history.",
        ("The French foreign minister said Russia had been the worst neighbour in the region.", "FRAGOV", "RUS", "111"),
    ),
    (
        "The French foreign minister said Iran had received unfair treatment from the Gulf states.",
        ("The French foreign minister said Iran had been unfair to the Gulf states.", "FRAGOV", "IRN", "111"),
    ),
    (
        "The French foreign minister said Ukraine faced a ruthless enemy in the east.",
        ("The French foreign minister said Russia was ruthless in the east.", "FRAGOV", "RUS", "111"),
    ),
]


@pytest.mark.parametrize("negative,positive", UNDERGOING, ids=lambda x: x[34:70] if isinstance(x, str) else "")
def test_what_the_subject_undergoes_judges_it_not(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    """A judgement word under a verb of undergoing (``saying.undergoing_verbs``: suffer, face, receive) names the
    subject's harm: the subject is the victim, not the judged party; the same word said of the doer judges it."""
    checks.assert_pair(negative, lambda e: e.cameo.root == "11", positive)


def test_rule_shows_the_word_listed(checks: SentenceChecks) -> None:
    """The rule names the word of the class as listed ('worst'), not its lemma ('bad', which is no criticism word)."""
    events = checks.events("The French foreign minister said Russia had been the worst neighbour.")
    rules = [e.evidence.rule for e in events]
    assert any("criticism:worst" in (r or "") for r in rules), rules


PRAISE = ("The French foreign minister said Germany had been a terrific ally in the talks.", "FRAGOV", "DEU", "051")


@pytest.mark.parametrize(
    "negative",
    [
        # negated by 'no longer', 'hardly', 'never': no praise
        "The French foreign minister said Germany was no longer a terrific ally in the talks.",
        "The French foreign minister said Germany was hardly a reliable ally in the talks.",
        "The French foreign minister said Germany had never been a loyal ally in the talks.",
        # a possibility, not praise stated ('can' is hypothetical too)
        "The French foreign minister said Germany could be a terrific ally in the talks.",
        "The French foreign minister said Germany can be a reliable ally in the talks.",
        # the speaker's own country
        "The French foreign minister said France had been a terrific ally in the talks.",
        # a negative word in the clause wins over a praise word before it
        "The French foreign minister said Germany had made a brilliant mistake in the talks.",
        "The French foreign minister said Germany had shown tremendous disrespect in the talks.",
        # intensifiers and neutral words are no praise
        "The French foreign minister said Germany had been a great danger in the talks.",
        "The French foreign minister said Germany was capable of wrecking the talks.",
        "The French foreign minister said Germany had lacked courage in the talks.",
        # a surface form that is no praise word ('committed' is the verb 'commit')
        "The French foreign minister said Germany was committed to ending the talks.",
        # a state of the party ('happy'), an optimism word, not a judgement of it
        "The French foreign minister said Germany had been happy in the talks.",
    ],
    ids=lambda x: x[36:72],
)
def test_praise_of_the_clause_subject(checks: SentenceChecks, negative: str) -> None:
    """s26-said: a word of praise (saying.praise) predicated of a reported clause's subject, another party, is 051
    with that party as target; negated, hypothetical, of the speaker's own country, beside a negative word, or an
    intensifier or a neutral word: none. The positive twin is the same frame with a praise word said plainly."""
    checks.assert_pair(negative, lambda e: e.cameo.code == "051", PRAISE)


SHARED = ("Human Rights Watch said U.S. forces seem to have failed to protect civilians.", "NGOHRW", "USAMIL", "111")
HOLDER_BY = (
    "The British foreign secretary said he would raise the mistakes made by Iran at the summit.",
    "GBRGOV",
    "IRN",
    "111",
)
HOLDER_OWNER = (
    "The British foreign secretary said the talks had exposed Iran's reckless decision.",
    "GBRGOV",
    "IRN",
    "111",
)


@pytest.fixture
def judged_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """The judged-party paths as shipped (s29-said): subject, the shared subject, the holder of the judged noun."""
    monkeypatch.setattr(clauses().saying, "judged_from", ["subject", "shared", "holder"])


@pytest.mark.usefixtures("judged_paths")
@pytest.mark.parametrize(
    "negative,positive",
    [
        # the judgement word sits in the object of the subjectless clause: it judges no one of the shared subject
        ("Human Rights Watch said U.S. forces appear to have ignored the failed talks.", SHARED),
        ("The Syrian opposition said the United Nations continues to ignore the violations of Russia.", SHARED),
        # a pronoun agent or owner, the speaker's own side, or no owner at all: no judged party
        ("The British foreign secretary said he would raise the mistakes made by them at the summit.", HOLDER_BY),
        ("The British foreign secretary said the talks had exposed their reckless decision.", HOLDER_OWNER),
        ("The British foreign secretary said the talks had exposed our reckless decision.", HOLDER_OWNER),
        ("The British foreign secretary said the talks had exposed the reckless decision.", HOLDER_OWNER),
    ],
    ids=lambda x: x[:50] if isinstance(x, str) else "",
)
def test_shared_subject_and_holder(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    """'said Y appears to have failed' judges Y, the subject the open complement shares; 'said the talks exposed
    Y's reckless decision', 'the mistakes made by Y' judge Y, the owner or agent of the judged noun. The United
    Nations that ignores violations is not judged by them."""
    checks.assert_pair(
        negative,
        lambda e: (
            e.cameo.code in ("111", "112") and e.target is not None and e.target.code in ("USAMIL", "IGOUN", "IRN")
        ),
        positive,
    )


def test_holder_is_a_path_of_its_own(checks: SentenceChecks, monkeypatch: pytest.MonkeyPatch) -> None:
    """The holder and shared paths are read only when ``saying.judged_from`` names them; the rule shows the path."""
    monkeypatch.setattr(clauses().saying, "judged_from", ["subject", "shared", "holder"])
    rules = [e.evidence.rule for e in checks.events(HOLDER_BY[0])]
    assert rules == ["said.111.criticism:mistake>IRN@holder"]
    assert [e.evidence.rule for e in checks.events(SHARED[0])] == ["said.111.criticism:failed>USAMIL@shared"]
    monkeypatch.setattr(clauses().saying, "judged_from", ["subject"])
    assert not any(e.cameo.code == "111" for e in checks.events(HOLDER_BY[0]))
    assert not any(e.cameo.code == "111" for e in checks.events(SHARED[0]))
    checks.assert_coded(OWNER[0], OWNER[1:])  # the subject path alone still reads the clause's subject's owner


HOLDER_AGENT = (
    "The German foreign minister said the abuses committed by Russian soldiers were deeply troubling.",
    "DEUGOV",
    "RUSMIL",
    "112",
)
SHARED_CLIMB = ("The German foreign minister said Russia continues to meddle in the vote.", "DEUGOV", "RUS", "112")


@pytest.mark.usefixtures("judged_paths")
@pytest.mark.parametrize(
    "negative,positive",
    [
        # the agent of a participle not of doing is an observer or the victim, not the doer (review MUST 1)
        (
            "The German foreign minister said the abuses documented by Amnesty International were troubling.",
            HOLDER_AGENT,
        ),
        ("The German foreign minister said the government must end the abuses witnessed by UN monitors.", HOLDER_AGENT),
        ("The German foreign minister said the aggression endured by Ukraine had shocked Europe.", HOLDER_AGENT),
        # an owner of a wrong done to it is its victim; owner and agent together tell a suffered deed (MUST 2)
        (
            "The German foreign minister said the inquiry would examine Ukraine's abuse by Russian soldiers.",
            HOLDER_AGENT,
        ),
        ("The German foreign minister said the court would review Navalny's abuse in prison.", HOLDER_AGENT),
        # a head verb that does not assert its complement of the subject is not climbed (MUST 3)
        ("The German foreign minister said Russia tried to avoid meddling in the vote.", SHARED_CLIMB),
        ("The German foreign minister said Russia stopped meddling in the vote.", SHARED_CLIMB),
        ("The German foreign minister said Russia promised to stop meddling in the vote.", SHARED_CLIMB),
        # a judgement adjective of a thing, not of a deed, judges no owner (a place's failed harvest)
        ("The German foreign minister said aid would help farmers recover from Syria's failed harvest.", HOLDER_OWNER),
    ],
    ids=lambda x: x[:60] if isinstance(x, str) else "",
)
def test_holder_and_shared_read_only_doers(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    """'documented by', 'witnessed by', 'endured by' name no doer and 'Navalny's abuse' its victim; 'tried to avoid
    meddling', 'stopped meddling' do not assert the meddling of the subject: none is judged. 'committed by Y',
    'Y continues to meddle', 'Y's reckless decision' are (``doing_participles``, ``undergone_nouns``,
    ``climb_verbs``, ``deed_nouns``)."""
    checks.assert_pair(
        negative,
        lambda e: e.cameo.code in ("111", "112") and e.target is not None,
        positive,
    )
