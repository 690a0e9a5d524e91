"""s15 places: a namesake read in the country written after it ("Portsmouth, England"), and a place name the
small model ran into the next clause's subject ("the district of Midane the Observatory said")."""

from __future__ import annotations

from detente.nlp import get_nlp
from detente.where import locate


def _place(text: str, trigger: str, code: str) -> tuple[str, str | None, str] | None:
    doc = get_nlp()(text)
    tok = [t for t in doc if t.text == trigger][-1]
    loc = locate(tok, [], code=code)
    return (loc.name, loc.country, loc.precision) if loc is not None else None


# an article that names the United States more than Britain: without the country written after it, the
# namesake of the most named country is taken
US_FIRST = "President Trump and the United States team flew from Washington to the United States base. "


def test_a_namesake_is_read_in_the_country_written_after_it() -> None:
    text = US_FIRST + "Trump traveled to Portsmouth, England, to join the events."
    assert _place(text, "traveled", "042") == ("Portsmouth", "GBR", "city")


def test_without_a_country_after_it_the_namesake_follows_the_article() -> None:
    # (several American Portsmouths: only their country is sure)
    text = US_FIRST + "Trump traveled to Portsmouth to join the events."
    place = _place(text, "traveled", "042")
    assert place is not None and place[1] == "USA"


def test_a_place_name_stops_where_its_phrase_does() -> None:
    text = "Four residents were killed by rebel mortar fire on the held district of Midane the Observatory reported."
    assert _place(text, "fire", "194") == ("Midane", None, "site")
    # the whole name is kept where it is one phrase
    text = "Four residents were killed by rebel mortar fire on the government-held district of Bab Amr on Monday."
    place = _place(text, "fire", "194")
    assert place is not None and place[0] == "Bab Amr"
