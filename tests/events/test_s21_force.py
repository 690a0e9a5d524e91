"""Events of force (roots 18-20) coded with the wrong party (issues 13 and 14, s21-force), classes a mechanism tells
apart; each must-not row is paired with a positive sentence of the same kind:

* who reports, watches or tends a deed of force is never its doer: a source whose role is the press, a monitor or a
  rights or aid group (``clauses.yaml`` ``unarmed_roles``) is the reporter read as the doer, and gives no event of
  those roots (``arguments.ArgumentResolver._doers``);
* a bare country after a preposition of place ("activists in Syria", "the coalition in Syria") is where the deed or
  its doer was, not who did it (``arguments._a_place``, ``roles.yaml`` ``named_place_preps``);
* a held place ("a rebel-held region") or the holder named on its participle ("rebel" of "rebel-held") is where a
  deed was and who holds it, never the doer of the deed (``arguments._held``, ``roles.yaml`` ``holding_verbs``);
  a party the participle describes ("Russian-controlled separatists") stays a doer;
* a name of a reporting role (MED, HRI, NGO) in the phrase of the subject of a verb of saying ("said Omar Khalil of
  the Syrian Observatory") tells of the deed and is never the learned layer's target of it
  (``learned.parties._of_the_speaker``); an armed party there ("said Redur Xelil of the Kurdish YPG") may be;
* the partner of a mutual deed (clashes, talks) is coded as its doer too, so the learned layer never takes a place
  for it: a place noun, or a name after a preposition of place (``learned.parties.a_place``);
* an event noun after "of" on a forward-pointing noun ("threats of further US strikes") names a deed that may come,
  not one that took place (``candidates.noun_happened``, ``clauses.yaml`` ``unrealized_nouns``); "the danger of
  fighting" is said of fighting going on, and stays a deed;

Sentences written for detente.
"""

from __future__ import annotations

import pytest
from tests.events.conftest import Coded, SentenceChecks

from detente.events.arguments import _held
from detente.events.learned.parties import a_place as _a_partner_place
from detente.nlp import get_nlp

DATE = "2017-11-08"

# written while the learned layer shipped beside the patterns: some positive twins are its events (tests/layered.py)
LAYERS = "both"


@pytest.fixture
def checks() -> SentenceChecks:
    return SentenceChecks(DATE, layers=LAYERS)


# (a reporter, monitor or aid group as the subject of a deed of force; its twin: an armed doer of the same deed)
MUST_NOT_CODE_A_REPORTER_AS_DOER: list[tuple[str, Coded]] = [
    (
        "The state news agency SANA shelled the old market of Homs on Monday.",
        ("The Syrian army shelled the old market of Homs on Monday.", "SYRMIL", "SYR", "194"),
    ),
    (
        "Reuters attacked the old market of Homs on Monday.",
        ("Rebel fighters attacked the old market of Homs on Monday.", "SYRREB", "SYR", "190"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_A_REPORTER_AS_DOER)
def test_a_reporter_is_no_doer_of_force(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root in ("18", "19", "20"), positive)


# (a country named as where; its twin: the country named as the doer, the place's country a speaker's)
MUST_NOT_CODE_A_PLACE_AS_DOER: list[tuple[str, Coded]] = [
    (
        "Activists in Syria said that at least 40 people died in barrel bomb attacks mounted by the Syrian air force.",
        ("Activists in Turkey said that Syria bombed rebel positions near Homs on Monday.", "SYR", "SYRREB", "195"),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_A_PLACE_AS_DOER)
def test_a_country_named_as_where_is_no_doer(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root == "19" and e.source.code == "SYR", positive)
    checks.assert_none(positive[0], lambda e: e.cameo.root == "19" and e.source.code.startswith("TUR"))


SPEAKER_OF_A_SHELLING = (
    '"At least 12 civilians were killed and 30 more hurt by Turkish artillery fire on Sunday morning at Tal '
    'Rifaat," said Rami Abdel Rahman, who heads the Syrian Observatory for Human Rights.'
)


def test_the_speakers_group_is_no_target(checks: SentenceChecks) -> None:
    """The deed is aimed at the place struck, whose country stands for it; the monitor only tells of it."""
    checks.assert_pair(
        SPEAKER_OF_A_SHELLING,
        lambda e: e.target is not None and e.target.code == "NGOSOHR",
        (SPEAKER_OF_A_SHELLING, "TURMIL", "SYR", "194"),
    )


def test_a_deed_a_reporter_tells_of_is_coded(checks: SentenceChecks) -> None:
    """The reporter is left out as the doer, not the deed it tells of."""
    checks.assert_coded("The Observatory said Turkish jets bombed Afrin.", ("TURMIL", "SYR", "195"))


def test_an_armed_speakers_group_may_be_the_target(checks: SentenceChecks) -> None:
    """Only a name of a reporting role is left out in the speaker's phrase: the YPG's fighters were the ones hit."""
    checks.assert_coded(
        '"Our fighters were wounded by Turkish artillery fire," said Redur Xelil of the Kurdish YPG.',
        ("TURMIL", "SYRREB", "194"),
    )
    checks.assert_none(
        '"Our fighters were wounded by Turkish artillery fire," said a commander of the Kurdish YPG.',
        lambda e: e.cameo.root == "19" and e.target is not None and e.target.code == "SYR",
    )


def test_a_reporter_keeps_its_words(checks: SentenceChecks) -> None:
    """The press is left out as a doer of force only: what it says or does in words stays its event."""
    checks.assert_coded("Reuters criticized the Syrian government on Monday.", ("GBRMED", "SYRGOV", "111"))


# (sentence, the word that is a held place or its holder; the word of the twin that is a doer)
HELD: list[tuple[str, str, str]] = [
    ("Regime airstrikes on a rebel-held district near Hama killed 12 civilians.", "district", "Regime"),
    ("Regime airstrikes on a rebel-held district near Hama killed 12 civilians.", "rebel", "Regime"),
    ("The army shelled a regime-controlled suburb of Aleppo.", "suburb", "army"),
    ("Saudi jets bombed Houthi-held positions in Yemen.", "positions", "jets"),
    ("Saudi jets bombed Houthi-held positions in Yemen.", "Houthi", "jets"),
]

# (sentence, a party a holding participle describes, who holds it: both name the doer's side, not a place)
HELD_PARTIES: list[tuple[str, str, str]] = [
    ("Russian-controlled separatists shelled Ukrainian troops near Donetsk.", "separatists", "Russian"),
    ("Saudi-run forces bombed Houthi positions in Yemen.", "forces", "Saudi"),
]


@pytest.mark.parametrize(("text", "held", "doer"), HELD)
def test_a_held_place_or_its_holder_is_no_doer(text: str, held: str, doer: str) -> None:
    doc = get_nlp()(text)
    word = {t.text: t for t in doc}
    assert _held(word[held]), f"{held!r} of {text!r} is a held place or its holder"
    assert not _held(word[doer]), f"{doer!r} of {text!r} is a doer"


@pytest.mark.parametrize(("text", "party", "holder"), HELD_PARTIES)
def test_a_held_party_is_no_held_place(text: str, party: str, holder: str) -> None:
    doc = get_nlp()(text)
    word = {t.text: t for t in doc}
    assert not _held(word[party]), f"{party!r} of {text!r} is a party, not a place"
    assert not _held(word[holder]), f"{holder!r} of {text!r} holds a party, not a place"


# (a sentence whose doer a holding participle describes, the event it yields)
HELD_PARTIES_DO: list[Coded] = [
    ("Russian-controlled separatists shelled Ukrainian troops near Donetsk.", "UKRREB", "UKRMIL", "194"),
    ("Saudi-run forces bombed Houthi positions in Yemen.", "SAUMIL", "YEMREB", "195"),
    ("Hamas-run militants fired rockets at Israel on Monday.", "PSEREB", "ISR", "194"),
]


@pytest.mark.parametrize("coded", HELD_PARTIES_DO)
def test_a_held_party_does_the_deed(checks: SentenceChecks, coded: Coded) -> None:
    text, source, target, code = coded
    checks.assert_coded(text, (source, target, code))


def test_a_held_party_accuses(checks: SentenceChecks) -> None:
    """Outside deeds of force too, the participle on a party leaves the party its speaker's side."""
    text = "Russian-controlled separatists accused Ukraine of violating the ceasefire."
    assert any(e.cameo.code == "112" and e.target is not None and e.target.code == "UKR" for e in checks.events(text))


# (sentence, a word that names where, a word of the same sentence that names a partner)
PLACES_NOT_PARTNERS: list[tuple[str, str, str]] = [
    ("An emir was killed during clashes with gunmen on the outskirts of Sarmada town.", "town", "gunmen"),
    ("Militants operating in Syria clashed with Kurdish troops on Thursday.", "Syria", "troops"),
]


@pytest.mark.parametrize(("text", "place", "partner"), PLACES_NOT_PARTNERS)
def test_a_place_is_no_partner_of_a_mutual_deed(text: str, place: str, partner: str) -> None:
    doc = get_nlp()(text)
    word = {t.text: t for t in doc}
    assert _a_partner_place(word[place]), f"{place!r} of {text!r} names where"
    assert not _a_partner_place(word[partner]), f"{partner!r} of {text!r} is a partner"


# (a deed of force a noun of threat is of; its twin: the same deed told as done)
MUST_NOT_CODE_A_THREATENED_DEED: list[tuple[str, Coded]] = [
    (
        "The Syrian regime and its allies have sworn to keep up the fight despite threats of more US strikes "
        "against the regime after the gas attack.",
        (
            "The Syrian regime and its allies have sworn to keep up the fight despite more US strikes against the "
            "regime after the gas attack.",
            "USAMIL",
            "SYRGOV",
            "190",
        ),
    ),
    (
        "Thousands fled the threat of fighting between Turkish troops and Kurdish militias in Afrin.",
        (
            "Thousands fled the danger of fighting between Turkish troops and Kurdish militias in Afrin.",
            "TURMIL",
            "SYRREB",
            "190",
        ),
    ),
]


@pytest.mark.parametrize(("negative", "positive"), MUST_NOT_CODE_A_THREATENED_DEED)
def test_a_deed_a_threat_is_of_did_not_happen(checks: SentenceChecks, negative: str, positive: Coded) -> None:
    checks.assert_pair(negative, lambda e: e.cameo.root == "19", positive)
