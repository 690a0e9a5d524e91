"""Words are placed where they were spoken, never by what they are about (s17-places).

An event of words (``roles.yaml`` ``said_roots``) not told in a reported clause takes the place of its own verb's
phrases, its subject, a fronted or participle scene; not its target ("threatened to destroy North Korea"), not its
object or the complement that says what it blames ("accused the rebels of firing on ... in Aleppo", "condemned the
bombing in Damascus"), not the thing a participle of words describes ("an attack in Damascus claimed by IS"). Each
negative is paired with the same words given a place where they were said, or the deed keeping its own.
"""

from __future__ import annotations

from tests.layered import code_both

import detente

DAY = "2018-07-17"


def _places(text: str) -> dict[str, str | None]:
    return {e.cameo.code: (e.location.name if e.location else None) for e in detente.code_text(text, date=DAY)}


def test_an_accusation_is_not_placed_where_the_accused_deed_was() -> None:
    about = (
        "The Russian defence ministry accused Syrian rebel groups of firing mortar rounds on the Sheikh Maqsood "
        "district in Aleppo."
    )
    said = (
        "At a news conference in Moscow, the Russian defence ministry accused Syrian rebel groups of firing mortar "
        "rounds on Aleppo."
    )
    assert _places(about) == {"112": None}
    assert _places(said) == {"112": "Moscow"}


def test_a_threat_is_not_placed_in_the_country_threatened() -> None:
    assert _places("Trump has threatened to wipe North Korea off the map.") == {"138": None}
    assert _places("Trump threatened North Korea at a rally in Pennsylvania.") == {"130": "Pennsylvania"}


def test_a_claim_told_by_a_participle_on_the_attack_is_not_placed_at_the_attack() -> None:
    # the bombers name their side: bombers named only by their deed are no doer (tests/events/test_s22_psmall.py)
    places = _places(
        "Three Islamic State suicide bombers killed two people in Damascus in a bombing claimed by the Islamic "
        "State group."
    )
    assert places["015"] is None
    assert places["195"] == "Damascus"  # the deed keeps its own place


def test_a_passive_deed_is_where_its_doers_deed_was_done() -> None:
    """ "killed by Turkish shelling and US airstrikes in northern Syria": the phrase on the agent's deed (or a
    deed conjoined to it) says where the killing was; a clause describing the doers says nothing of it."""
    done = "At least 23 ISIS militants have been killed by Turkish shelling and US airstrikes in northern Syria."
    described = "At least 23 ISIS militants have been killed by Turkish soldiers who had trained in Germany."
    assert _places(done) == {"195": "northern Syria"}
    assert _places(described) == {"190": None}


def test_a_meeting_told_in_a_where_clause_through_its_infinitive_is_at_that_place() -> None:
    """ "the G20 talks in Hamburg, where he is to meet the Russian leader": the meeting is the clause's own (its
    infinitive climbs to the "where" clause); "where the President will spend the weekend preparing for his meeting"
    places the preparing, not the meeting."""
    met = "Trump goes next week to the G20 talks in Hamburg, where he is to meet the Russian leader for the first time."
    prepared = (
        "Trump will fly to Scotland, where the President will spend the weekend getting ready for his meeting with "
        "the Russian President Vladimir Putin."
    )
    assert _places(met).get("040") == "Hamburg"
    # the learned layer codes the meeting of "preparing for his meeting" (tests/layered.py): unplaced
    assert {e.cameo.code: e.location for e in code_both(prepared, DAY)}.get("040", "absent") is None
