"""s18-actors: a name whose apostrophe the source dropped owns what follows it ("ISILs positions"), and a common
noun under a hyphenated holding participle is held territory whatever the noun ("a rebel-held mountain resort").
Each resolution is paired with the phrase it must not change."""

from __future__ import annotations

import pytest

from detente import code_text


def _targets(text: str, date: str = "2016-12-01") -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date=date)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the site stands for its holder, read through the possessive without its apostrophe (with "near Raqqa" too
        # since s20: tests/events/test_site_holders.py)
        ("The Syrian Air Force bombed ISILs positions on Wednesday.", ("SYRMIL", "IMGISIS")),
        # written with the apostrophe it was the holder already: the same code
        ("The Syrian Air Force bombed ISIL's positions on Wednesday.", ("SYRMIL", "IMGISIS")),
        # a thing owned: the owner itself
        ("Ukraine condemned Russias proposal on Monday.", ("UKR", "RUS")),
    ],
)
def test_a_possessive_without_its_apostrophe_owns_the_site(text: str, pair: tuple[str, str]) -> None:
    assert pair in _targets(text)


@pytest.mark.parametrize(
    ("text", "pair", "not_pair"),
    [
        # before a role noun the possessive is the role's country, as with the apostrophe (s18-mendactors)
        ("Turkish jets bombed Syrias rebels on Monday.", ("TURMIL", "SYRREB"), ("TURMIL", "SYR")),
        ("Turkish jets bombed Syria's rebels on Monday.", ("TURMIL", "SYRREB"), ("TURMIL", "SYR")),
        ("The army of Jordan attacked Guineas rebels on Monday.", ("JORMIL", "GINREB"), ("JORMIL", "GIN")),
    ],
)
def test_a_possessive_without_its_apostrophe_before_a_role_keeps_the_role(
    text: str, pair: tuple[str, str], not_pair: tuple[str, str]
) -> None:
    found = _targets(text)
    assert pair in found, found
    assert not_pair not in found, found


def test_a_plural_that_is_a_name_of_its_own_is_no_possessive() -> None:
    from detente.actors.lookup import lookup

    # "Syrias" names Syria's; a word the dictionaries hold as written is never cut to a stem, even where the stem is
    # a name too ("Hamas" is no possessive of the Syrian town of Hama)
    assert lookup("Syrias opposition", None).actor is not None
    assert lookup("Syrias opposition", None).actor.code == "SYROPP"
    found = lookup("Hamas fighters", None)
    assert found.actor is not None and found.actor.code == "PSEREB", found.why
    assert ("ISR", "PSEREB") in _targets("Israel bombed Hamas positions on Monday.")


LEAD = "Syrian rebels fought on in Idlib province. "


def test_hyphen_held_common_noun_is_its_holder() -> None:
    # "resort" is no territory noun: the hyphenated participle itself says the place is held
    assert ("SYRMIL", "SYRREB") in _targets(LEAD + "Syrian army jets bombed a rebel-held mountain resort on Monday.")
    # without the participle the same noun names no one
    assert _targets(LEAD + "Syrian army jets bombed a mountain resort on Monday.") == set()


def test_hyphen_held_named_place_or_part_of_the_country_stays_a_place() -> None:
    # a named town stays a place of its country (guide 1.3), and so does a part of the country ("the east")
    assert _targets(LEAD + "Syrian army jets bombed the rebel-held town of Binnish on Monday.") == {("SYRMIL", "SYR")}
    from detente.actors.holders import _hyphen_held
    from detente.data import roles_file
    from detente.pipeline import Coder

    coder = Coder()
    doc = coder.prepare(coder.nlp("Jets bombed the rebel-held east and the rebel-held provincial capital."))
    by_text = {t.text: t for t in doc}
    roles = roles_file()
    assert not _hyphen_held(by_text["east"], roles)
    assert _hyphen_held(by_text["capital"], roles)


NICKNAME = (
    'Last year Trump mocked Kim as "Rocket Man" at the UN\'s podium in New York. '
    "Trump has pointed to a pause in missile launches as evidence of progress. "
    "He'll sit down with South Korean President Moon Jae-in on Monday."
)


def test_a_nickname_in_quotes_is_no_antecedent() -> None:
    pairs = _targets(NICKNAME, date="2018-09-20")
    assert ("USAGOV", "KORGOV") in pairs, pairs
    assert all("IGOUN" not in pair for pair in pairs), pairs


def test_the_body_beside_a_nickname_still_resolves() -> None:
    from detente.actors import resolve
    from detente.actors.context import ArticleContext
    from detente.pipeline import Coder

    coder = Coder()
    doc = coder.prepare(coder.nlp(NICKNAME))
    ctx = ArticleContext(date=None)
    by_text = {t.text: t for t in doc}
    found = resolve(by_text["UN"], ctx)
    assert found is not None and found.actor.code == "IGOUN", found
    assert by_text["Man"].ent_type_ == "WORK_OF_ART"
    assert resolve(by_text["Man"], ctx) is None


INFORMED = "{} denied that the army attacked civilians in Idlib on Monday."


@pytest.mark.parametrize(
    ("speaker", "code"),
    [
        ("A Syrian military source", "SYRMIL"),
        ("A Syrian regime source", "SYRGOV"),
        ("Iraqi military sources", "IRQMIL"),
    ],
)
def test_an_informant_takes_the_role_its_modifier_names(speaker: str, code: str) -> None:
    sources = {source for source, _ in _targets(INFORMED.format(speaker), date="2017-11-02")}
    assert code in sources, sources


def test_an_informant_is_read_as_the_one_who_tells() -> None:
    from detente.actors.lookup import lookup

    found = lookup("according to a Syrian military source", None)
    assert found.actor is not None and found.actor.code == "SYRMIL", found.why
    # a source of weapons is an origin, not a person: the deed keeps its target (s18-mendactors)
    seized = _targets("Syrian troops seized the main military source of weapons for rebels in Idlib on Monday.")
    assert ("SYRMIL", "SYR") in seized, seized


def test_an_informant_needs_its_own_country_word() -> None:
    # "a military source" takes no country from the sentence ("Hamas accused ..." is no Palestinian military)
    assert _targets("Hamas accused a military source of lying on Monday.", date="2017-11-02") == set()
    assert _targets(INFORMED.format("A military source"), date="2017-11-02") == set()
    assert ("SYRMIL", None) in _targets(INFORMED.format("A Syrian military source"), date="2017-11-02")


@pytest.mark.parametrize("phrase", ["according to a Syrian source", "according to a diplomatic source", "sources"])
def test_an_informant_with_no_role_word_stays_unresolved(phrase: str) -> None:
    from detente.actors.lookup import lookup

    assert lookup(phrase, None).actor is None
    assert lookup("according to a Syrian military source", None).actor is not None  # the positive twin
