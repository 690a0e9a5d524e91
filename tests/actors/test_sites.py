"""A site struck by a deed of force (a market, an airport, a neighbourhood) is the place it is in: its country
(guide 1.3: a named place is its country whoever holds it). Sites are places only where the pattern reads its
target as one."""

from __future__ import annotations

from detente import code_text
from detente.data import roles_file

SYRIA = "Syrian rebels shelled Aleppo on Monday as fighting spread from Damascus to Hama. "


def pairs(text: str, date: str = "2017-04-11") -> set[tuple[str, str | None, str, str]]:
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo.root, e.evidence.trigger)
        for e in code_text(text, date=date)
    }


def test_a_site_named_after_an_unknown_place_is_the_article_s_country() -> None:
    assert ("SYRREB", "SYR", "19", "shelled") in pairs(SYRIA + "Rebels shelled the Qarmal airport.")
    found = pairs(SYRIA + "Rebels fired rockets into residential neighborhoods in East Qarmal, killing three.")
    assert any(f[:3] == ("SYRREB", "SYR", "19") and f[3] == "fired" for f in found)


def test_a_site_is_a_place_only_for_a_deed_of_force() -> None:
    # a site praised is no party to a statement: only deeds of force read it as a place
    found = pairs(SYRIA + "The French president praised the Qarmal hospital on Monday.")
    assert not any(f[1] == "SYR" and f[2] == "05" for f in found)
    assert ("SYRREB", "SYR", "19", "shelled") in pairs(SYRIA + "Rebels shelled the Qarmal hospital.")
    # and a site with no place named, in a sentence that names none, is no target of a statement either
    assert not any(f[1] == "SYR" for f in pairs("The French president praised the hospital on Monday."))


def test_a_military_site_a_country_owns_is_its_military() -> None:
    # guide 1.3: a country's weapons are its military, and so is a base it owns; a thing of no military stays the
    # country's ("Iran's proposal")
    found = pairs("The Pentagon launched a cruise missile attack on an Iranian air base on Friday.")
    assert any(f[:3] == ("USAMIL", "IRNMIL", "19") for f in found)
    assert not any(f[1] == "IRN" for f in found)
    rejected = pairs("The German government rejected the Iranian proposal on Friday.")
    assert any(f[1] == "IRN" for f in rejected)
    assert not any(f[1] == "IRNMIL" for f in rejected)


def test_every_military_site_is_a_thing_whose_owner_is_read() -> None:
    # the owner of a site is read only for owned_nouns (holders.owned_by): a site of another noun could never fire
    roles = roles_file()
    dead = [s for s in roles.military_sites if s.split()[-1] not in roles.owned_nouns]
    assert roles.military_sites
    assert not dead, dead
