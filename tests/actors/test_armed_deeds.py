"""A country word naming the doer of a deed of arms or a weapon is that country's military (guide 1.3: "Russian
airstrikes" -> RUSMIL); a government's or regime's deed stays the government's."""

from __future__ import annotations

from detente import code_text


def sources(text: str, date: str = "2018-02-06") -> set[str]:
    return {e.source.code for e in code_text(text, date=date)}


def test_a_country_words_shelling_is_its_military() -> None:
    found = sources("Turkish shelling killed five Kurdish fighters near Afrin on Tuesday.")
    assert "TURMIL" in found
    assert "TUR" not in found


def test_a_governments_air_strikes_stay_the_governments() -> None:
    found = sources("Syrian government air strikes killed nine rebels in Idlib on Friday.")
    assert "SYRGOV" in found
    assert "SYRMIL" not in found


def test_a_strike_of_another_kind_is_no_deed_of_arms() -> None:
    found = sources("A Palestinian hunger strike by prisoners forced Israel to negotiate on Monday.")
    assert "PSEMIL" not in found
    assert "PSE" in found
    # a weapon naming the kind of strike keeps it a deed of arms
    armed = sources("Russian drone strikes killed twelve civilians in Idlib on Monday.")
    assert "RUSMIL" in armed


def test_fighters_a_phrase_gives_to_the_regime_are_the_governments() -> None:
    # "regime fighters" are no rebels: armed men given to the regime are its own, as its weapons are
    opening = "Syrian rebels shelled Aleppo on Monday as fighting spread from Damascus to Hama. "
    regime = {
        (e.source.code, e.target.code if e.target else None)
        for e in code_text(
            opening + "Fierce clashes between rebels and regime fighters went on in Hama.", date="2016-07-08"
        )
    }
    assert ("SYRREB", "SYRGOV") in regime
    assert ("SYRREB", "SYRREB") not in regime
    # fighters of no named side stay rebels, facing the army
    plain = {
        (e.source.code, e.target.code if e.target else None)
        for e in code_text(opening + "Fierce clashes between the army and fighters went on in Hama.", date="2016-07-08")
    }
    assert ("SYRMIL", "SYRREB") in plain
    assert ("SYRMIL", "SYRGOV") not in plain


def test_fighters_of_a_side_the_phrase_names_are_no_government() -> None:
    # a word of its own before the state's word names a side ("pro-regime", "anti government", "separatist",
    # "loyalist" of one out of power): the fighters are left as they were, never the government
    opening = "Syrian rebels shelled Aleppo on Monday as fighting spread from Damascus to Hama. "

    def found(fighters: str) -> set[tuple[str, str | None]]:
        text = opening + f"{fighters} attacked rebels in Hama on Tuesday."
        return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date="2016-07-08")}

    for side in (
        "Pro-regime fighters",
        "Pro regime fighters",
        "Anti government fighters",
        "Separatist government fighters",
        "Loyalist fighters",
    ):
        assert ("SYRGOV", "SYRREB") not in found(side), side
    # the state's word alone, or with its country's, gives the fighters to the government
    assert ("SYRGOV", "SYRREB") in found("Regime fighters")
    assert ("SYRGOV", "SYRREB") in found("Syrian government fighters")
