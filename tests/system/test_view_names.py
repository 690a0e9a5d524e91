"""How a view names its actors and colours its blocs: one name per code that does not mislead, one colour per bloc."""

from __future__ import annotations

import datetime as dt

from detente.system.contributions import Contribution
from detente.system.render import BLOC_COLOURS, bloc_colour
from detente.system.view import standing

DAY = dt.date(2024, 12, 2)


def contribution(n: int, source: tuple[str, str], target: tuple[str, str]) -> Contribution:
    return Contribution(
        contribution_id=f"c{n}", article_id=f"a{n}", origin="event", origin_id=f"e{n}", date=DAY,
        source_code=source[0], source_name=source[1], target_code=target[0], target_name=target[1],
        kind="cooperation", sign="+", goldstein=4.0, attributed_to=None, sentence_index=0, sentence="",
        evidence_start=0, evidence_end=0, rule="test", trigger=None,
    )  # fmt: skip


def test_a_role_code_with_several_names_is_named_by_the_code_and_one_name_stays() -> None:
    contributions = [
        contribution(1, ("USABUS", "Acme Corp"), ("CHNGOV", "the Chinese government")),
        contribution(2, ("USABUS", "Acme Corp"), ("CHNGOV", "the Chinese government")),
        contribution(3, ("USABUS", "Globex"), ("CHNGOV", "the Chinese government")),
        contribution(4, ("NGOAMN", "Amnesty International"), ("CHNGOV", "Beijing")),
    ]
    _, _, names = standing(contributions, DAY, None, 30.0)
    assert names["USABUS"] == "United States business"  # two companies: neither names the code
    assert names["NGOAMN"] == "Amnesty International"  # an organisation's code is that organisation
    assert names["CHNGOV"] == "China government"


def test_blocs_get_distinct_colours_beyond_the_palette() -> None:
    colours = [bloc_colour(b) for b in range(40)]
    assert colours[: len(BLOC_COLOURS)] == BLOC_COLOURS
    assert len(set(colours)) == 40
    assert all(len(c) == 7 and c.startswith("#") for c in colours)
