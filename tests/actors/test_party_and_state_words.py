"""Words that give a role noun its country: a party's ("Republican lawmakers"), the state's own ("the regime")."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from detente import code_text
from detente.actors.parties import party_of_word

DAY = dt.date(2017, 11, 10)


def test_a_party_word_reads_back_to_the_party_of_a_named_country() -> None:
    assert party_of_word("Republican", DAY, Counter({"USA": 2})).code == "USAPTY"  # type: ignore[union-attr]
    assert party_of_word("Democrats", DAY, Counter({"USA": 1})).code == "USAPTY"  # type: ignore[union-attr]
    # the article names no country of a party so called: no party
    assert party_of_word("Republican", DAY, Counter({"DEU": 3})) is None
    assert party_of_word("republican", DAY, Counter({"USA": 2})) is None


def test_party_lawmakers_are_their_country_s_legislators() -> None:
    text = (
        "WASHINGTON (Reuters) - The U.S. Senate met on Monday. Republican lawmakers accused Iran of lying on Tuesday."
    )
    coded = {(e.source.code, e.target.code if e.target else None) for e in code_text(text, DAY)}
    assert ("USALEG", "IRN") in coded
    # in an article about no country with a Republican Party, the lawmakers stay unresolved
    other = "BERLIN (Reuters) - Republican lawmakers accused Iran of lying on Tuesday."
    assert not [e for e in code_text(other, DAY) if e.target is not None and e.target.code == "IRN"]


def test_a_party_s_plural_in_news_of_its_legislature_is_the_legislature() -> None:
    text = (
        "The U.S. Senate will vote on the tax bill next week. "
        "Democrats accused the White House of lying about the costs on Tuesday."
    )
    coded = {(e.source.code, e.target.code if e.target else None) for e in code_text(text, DAY)}
    assert ("USALEG", "USAGOV") in coded


def test_a_party_s_plural_stays_unresolved_where_no_legislature_is_named() -> None:
    # must not: the article names the country but not its legislature; voters, activists or the party itself
    text = "Voters in Ohio went to the polls. Democrats accused the White House of lying about the costs on Tuesday."
    assert not [e for e in code_text(text, DAY) if e.source.code.endswith(("LEG", "PTY"))]
    # must not: a single member is not the legislature
    one = "The U.S. Senate met on Monday. A Democrat accused the White House of lying about the costs on Tuesday."
    assert not [e for e in code_text(one, DAY) if e.source.code == "USALEG"]


def test_government_forces_are_the_article_country_s_not_a_foreign_military_named_before() -> None:
    text = (
        "U.S. troops struck targets near Raqqa on Sunday. Government forces shelled rebel positions in Aleppo and Homs."
    )
    shelled = [e for e in code_text(text, "2016-12-02") if e.evidence.trigger == "shelled"]
    assert [e.source.code for e in shelled] == ["SYRMIL"]
    # "troops" does not call itself the state's own: the U.S. troops named before stay its reading
    other = "U.S. troops struck targets near Raqqa on Sunday. The troops shelled rebel positions in Aleppo and Homs."
    assert {e.source.code for e in code_text(other, "2016-12-02") if e.evidence.trigger == "shelled"} == {"USAMIL"}


def test_a_possessive_without_its_apostrophe_still_names_its_country() -> None:
    # sources that strip apostrophes write "Syrias army", "Bashar al-Assads air force"
    coded = code_text("Syrias army shelled rebel positions in Homs on Monday.", "2016-12-02")
    assert [e.source.code for e in coded if e.evidence.trigger == "shelled"] == ["SYRMIL"]
    # a name that itself ends in s is no possessive: "Honduras" is Honduras, not a "Hondura"
    coded = code_text("Honduras police arrested protesters in Tegucigalpa on Monday.", "2016-12-02")
    assert {e.source.code for e in coded if e.evidence.trigger == "arrested"} == {"HNDCOP"}
