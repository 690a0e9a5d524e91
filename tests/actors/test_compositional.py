"""Country words and head nouns compose: demonym, "of X", possessive or a named group + a role noun."""

from __future__ import annotations

import pytest

from detente import code_text
from detente.actors.lookup import lookup


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Pakistani commandos", "PAKMIL"),
        ("North Korean artillery", "PRKMIL"),
        ("French warplanes", "FRAMIL"),
        ("Kenyan police", "KENCOP"),
        ("Somali pirates", "SOMCRM"),
        ("Suspected Boko Haram militants", "NGAREB"),
        ("Gunmen from Somalia's al Shabaab", "SOMREB"),
        ("Dozens of European companies", "EURBUS"),
        ("Nigerian students", "NGAEDU"),
        ("the Iranian president", "IRNGOV"),
        ("Syria's defence minister", "SYRGOV"),
        ("the mayor of Kharkiv", "UKRGOV"),
        ("a Palestinian state", "PSE"),
        ("the US", "USA"),
        ("the U.S.", "USA"),
        ("Washington", "USAGOV"),
        ("American diplomats", "USAGOV"),
        ("British troops", "GBRMIL"),
        # armed men of a side that is not the state's are rebels; the state's own forces stay its military
        ("Syrian opposition forces", "SYRREB"),
        ("Iraqi insurgent forces", "IRQREB"),
        ("Syrian government forces", "SYRMIL"),
        # a research institute is nobody's army: the longer noun wins over the weapon "tank"
        ("a Washington think tank", "USANGO"),
        ("a Russian aid group", "RUSNGO"),
        ("Russian tanks", "RUSMIL"),
    ],
)
def test_country_word_and_head_noun(phrase: str, code: str) -> None:
    found = lookup(phrase, None)
    assert found.actor is not None, found.why
    assert found.actor.code == code, found.why


def test_several_unnamed_states_and_bare_roles_stay_unresolved() -> None:
    assert lookup("European governments", None).actor is None
    assert lookup("the gunmen", None).actor is None
    assert "no country" in lookup("the gunmen", None).why


def test_conjoined_titles_resolve_each_conjunct() -> None:
    from detente import code_text

    text = "The Iranian president and Emir of Qatar, Tamim bin Hamad Al-Thani, discussed the war by telephone."
    events = code_text(text, date="2024-12-02")
    codes = {(e.source.code, e.target.code if e.target else None) for e in events}
    assert codes and ("IRNGOV", "QATGOV") in codes and ("QATGOV", "IRNGOV") in codes


def test_unnamed_things_take_their_country_from_their_modifier() -> None:
    assert lookup("a South Korean island", None).actor.code == "KOR"  # type: ignore[union-attr]
    assert lookup("the U.S.-flagged container ship", None).actor.code == "USA"  # type: ignore[union-attr]
    # another country's doing is not the phrase's country
    assert lookup("Iranian-backed militia", None).actor is None
    assert lookup("a Russian-made missile", None).actor is None
    assert lookup("Damascus-based rebels", None).actor.code == "SYRREB"  # type: ignore[union-attr]


def test_a_regime_after_conjoined_country_words_is_the_last_country_s() -> None:
    text = "Russian and Syrian regime airstrikes killed two dozen civilians in Douma on Saturday."
    found = {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date="2016-10-01")}
    assert ("SYRGOV", "SYR") in found
    assert ("RUSMIL", "SYR") in found  # Russia shares the airstrikes, not the regime
    assert ("RUSGOV", "SYR") not in found


def test_only_country_words_share_a_regime() -> None:
    """A conjoined modifier that names no country ("corrupt") takes nothing from the country word beside it."""
    assert lookup("the Syrian and corrupt regime", None).actor.code == "SYRGOV"  # type: ignore[union-attr]
    assert lookup("the corrupt regime", None).actor is None
