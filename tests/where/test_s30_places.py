"""s30-place (issue 14): a deed's place named in its own sentence that the attachment left out. An attack's "on" the
parser hangs on the verb whose object or doer the attack is; a town no gazetteer knows named beside the only region
the clause gives; a known region only the reading of unlisted names finds (a possessive's lost apostrophe). Each
must-not is paired with its positive twin. where/locate._clause_place, _towns_beside, _known, _placed_by."""

from __future__ import annotations

from detente.nlp import get_nlp
from detente.where import locate


def _place(text: str, trigger: str, code: str) -> tuple[str, str | None, str] | None:
    doc = get_nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    loc = locate(tok, [], code=code)
    return (loc.name, loc.country, loc.precision) if loc is not None else None


def test_an_attacks_on_hung_on_its_verb_names_the_place_struck() -> None:
    """'repelled an attack on Sunday on the town of Haditha in Anbar province': the attack fell on Haditha, which
    Anbar only locates."""
    text = "Iraqi forces repelled an Islamic State attack on Sunday on the town of Haditha in Anbar province."
    assert _place(text, "repelled", "190") == ("Haditha", "IRQ", "city")
    # "on the town of X in the province of P" gives the town X, not the province's namesake city P
    written_out = (
        "Iraqi forces repelled an Islamic State attack on Sunday on the town of Haditha in the province of Anbar."
    )
    assert _place(written_out, "repelled", "190") == ("Haditha", "IRQ", "city")
    by_strikes = (
        "Nineteen civilians were killed by government air strikes on the town of Hara in the province of Daraa."
    )
    assert _place(by_strikes, "killed", "195") == ("Hara", "SYR", "site")


def test_on_after_a_verb_whose_object_is_no_attack_names_no_place() -> None:
    """'killed fighters on the anniversary of the fall of Mosul': the object is no attack, so "on" is an occasion and
    the deed stays in the province; 'hurled insults on South Korea' is placed nowhere. The twin above, with an attack
    as the object, takes the town."""
    text = (
        "Iraqi forces killed three Islamic State fighters on Sunday, on the anniversary of the fall of Mosul, "
        "in Anbar province."
    )
    assert _place(text, "killed", "190") == ("Anbar", "IRQ", "region")
    assert _place("North Korea hurled insults on South Korea on Monday.", "hurled", "111") is None
    attack = "Iraqi forces repelled an Islamic State attack on Sunday on the town of Haditha in Anbar province."
    assert _place(attack, "repelled", "190") == ("Haditha", "IRQ", "city")


def test_a_deed_done_by_an_attack_falls_where_the_attack_did() -> None:
    """'nineteen died in government air raids on the Hara area, Daraa province': the strikes' place, not the province;
    'killed by troops on the anniversary of the uprising' names no place struck, and keeps the province."""
    struck = "Nineteen people were killed by regime air raids on the Hara area in the south of Daraa province."
    place = _place(struck, "killed", "195")
    assert place is not None and place[0] == "Hara"
    troops = (
        "Nineteen civilians were killed by government troops on the anniversary of the uprising in southern "
        "Daraa province."
    )
    assert _place(troops, "killed", "190") == ("Daraa province", "SYR", "region")


def test_a_town_no_gazetteer_knows_beside_the_clauses_region_is_the_finer_place() -> None:
    """'nurses from a clinic in Tal Shuaib in southern Idlib province': the clause names only a region, and a town
    the region locates; the town is where, in the region's country. Without the town, the region."""
    town = "Four nurses from a clinic in Tal Shuaib in southern Idlib province were killed in air strikes on Friday."
    assert _place(town, "killed", "195") == ("Tal Shuaib", "SYR", "site")
    region = "Four nurses from a clinic in southern Idlib province were killed in air strikes on Friday."
    assert _place(region, "killed", "195") == ("Idlib province", "SYR", "region")


def test_a_town_beside_another_deeds_region_is_not_taken() -> None:
    """'shelled positions in Tal Shuaib in the countryside of Idlib and targeted strongholds in Raqqa province': the
    second deed's region is Raqqa province, and the first deed's town lies in another region; the first deed keeps
    its town."""
    text = (
        "The army shelled rebel positions in Tal Shuaib in the countryside of Idlib and targeted Islamic State "
        "strongholds in Raqqa province."
    )
    assert _place(text, "targeted", "190") == ("Raqqa province", "SYR", "region")
    assert _place(text, "shelled", "194") == ("Tal Shuaib", "SYR", "site")


def test_a_known_region_behind_a_lost_apostrophe_is_read_in_the_clause() -> None:
    """'jets struck a rebel post in northwestern Syrias Idlib province, killing two': the participle's deed shares the
    clause's place, a known region though only the reading of unlisted names sees past "Syrias"; a place no gazetteer
    knows ("the group's branch in the Levant") is still not read there."""
    known = "Rebels said Russian jets struck a rebel post in northwestern Syrias Idlib province, killing two fighters."
    assert _place(known, "killing", "195") == ("Idlib province", "SYR", "region")
    unknown = "Rebels said Russian jets hit an outpost of the group's branch in the Levant, killing two fighters."
    assert _place(unknown, "killing", "195") is None


def test_an_attack_that_was_the_latest_to_strike_a_town_fell_on_it() -> None:
    """'the air raids, which were the newest to hit the town X': the attack noun's relative clause is a
    copula whose attribute's infinitive is a verb of striking, so the strikes fell on Douma; 'the latest to anger the
    residents of Douma' strikes nothing and places nothing."""
    hit = (
        "Twelve people were killed in the air strikes, which were the latest ones to hit the town of Douma east of the "
        "capital."
    )
    assert _place(hit, "strikes", "195") == ("Douma", "SYR", "city")
    anger = (
        "Twelve people were killed in the air strikes, which were the latest ones to anger the residents of Douma east "
        "of the capital."
    )
    assert _place(anger, "strikes", "195") is None


def test_talks_about_an_attack_are_placed_where_held_not_where_it_fell() -> None:
    """'discussed the offensive on Afrin with Iranian officials in Tehran': only a deed of force (roles.yaml
    ``fell_on_roots``) falls where its attack's "on" says; talks about the attack were held in Tehran. The twin, the
    same offensive as the object of a deed of force, fell on Afrin."""
    talks = "Turkey's army chief discussed the offensive on Afrin with Iranian officials in Tehran on Monday."
    assert _place(talks, "discussed", "040") == ("Tehran", "IRN", "city")
    deed = "Kurdish fighters repelled a Turkish offensive on Monday on the town of Afrin in Aleppo province."
    place = _place(deed, "repelled", "190")
    assert place is not None and place[0] == "Afrin"
