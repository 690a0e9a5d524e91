"""A name the dictionaries do not know takes the role phrase in apposition to it ("X, the Syrian health minister")."""

from __future__ import annotations

import datetime as dt

from detente import code_text

DAY = dt.date(2017, 11, 2)


def _sources(text: str) -> set[str]:
    return {e.source.code for e in code_text(text, DAY)}


def test_an_unknown_name_with_a_role_in_apposition_is_that_role() -> None:
    assert "SYRGOV" in _sources("Bob Smith, the Syrian health minister, accused Russia of bombing hospitals.")
    assert "GBRLEG" in _sources(
        "Anna Soubry, a Conservative lawmaker in the British Parliament, criticized Prime Minister Theresa May."
    )


def test_the_name_is_remembered_for_later_in_the_article() -> None:
    text = (
        "Bob Smith, the Syrian health minister, accused Russia of bombing hospitals on Monday. "
        "Smith also criticized Israel on Tuesday."
    )
    coded = {(e.source.code, e.target.code if e.target else None) for e in code_text(text, DAY)}
    assert ("SYRGOV", "ISR") in coded


def test_a_former_office_a_bare_country_or_a_relative_clause_is_not_the_name_s_role() -> None:
    # must not: a former minister holds no office; "an American" is a private person; who he met is not who he is
    assert not _sources("Bob Smith, a former Syrian health minister, accused Russia of bombing hospitals.")
    assert not _sources("Bob Smith, an American, accused Russia of bombing hospitals.")
    assert not _sources("Bob Smith, who met the Syrian health minister, accused Russia of bombing hospitals.")
