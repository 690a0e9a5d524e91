"""``detente system eval``: relation precision and recall on a gold file, and the data files' validator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.data import schemas
from detente.system.evaluate import evaluate_relations, key, load_relations_gold

DEV = Path(__file__).parent / "dev_relations.jsonl"


def test_symmetric_kinds_compare_without_direction() -> None:
    assert key("USA", "TUR", "alliance", "+") == key("TUR", "USA", "alliance", "+")
    assert key("USA", "TUR", "support", "+") != key("TUR", "USA", "support", "+")
    assert key("IRNGOV", "SYRREB", "label", "-", country=True) == ("IRN", "SYR", "label", "-")
    assert key("IGONATO", "POLGOV", "membership", "+", country=True) == ("IGONATO", "POL", "membership", "+")


def test_scores_count_hits_misses_and_extras(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    items = [
        {"id": "x1", "date": "2024-12-02", "text": "Israel, a close ally of the United States, struck Gaza.",
         "relations": [{"source": "USA", "target": "ISR", "kind": "alliance", "sign": "+", "attributed_to": None},
                       {"source": "ISR", "target": "PSE", "kind": "hostility", "sign": "-", "attributed_to": None},
                       {"source": "EGY", "target": "ISR", "kind": "mediation", "sign": "+", "attributed_to": None}]},
    ]  # fmt: skip
    gold.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    report = evaluate_relations(load_relations_gold(gold))
    assert report.items == 1 and not report.errors
    assert report.per_kind["alliance"].tp == 1  # found in the other direction: alliance has none
    assert report.per_kind["mediation"].fn == 1
    assert report.overall.tp >= 2 and report.overall.fn >= 1
    assert any("missed EGY mediation" in m for m in report.misses)
    assert report.as_dict()["overall"]["recall"] == pytest.approx(report.overall.tp / 3, abs=1e-3)


@pytest.mark.slow
def test_dev_set_floor() -> None:
    """Our own development set (written by the author of the patterns, so a regression guard, not an estimate)."""
    report = evaluate_relations(load_relations_gold(DEV))
    assert report.items == 20
    assert report.overall.f1 >= 0.78 and report.overall.precision >= 0.78


def test_the_stative_data_files_validate(tmp_path: Path) -> None:
    assert schemas.validate_all() == []
    data = schemas.load_yaml(schemas.DATA_DIR / "statives" / "patterns.yaml")
    data["relation_adjectives"][0]["preps"] = []
    with pytest.raises(ValueError, match="need the prepositions"):
        schemas.StativePatternsFile.model_validate(data)
    rules = schemas.load_yaml(schemas.DATA_DIR / "statives" / "events.yaml")
    rules["rules"][0] = {"kind": "support", "sign": "+"}
    with pytest.raises(ValueError, match="needs codes or rules"):
        schemas.EventRelationsFile.model_validate(rules)
    rules["rules"][0] = {"kind": "friendship", "sign": "+", "codes": ["05"]}
    with pytest.raises(ValueError):
        schemas.EventRelationsFile.model_validate(rules)


@pytest.mark.parametrize(
    ("section", "key"),
    [
        ("rosters", "of_verbs"),
        ("allegiance", "verbs"),
        ("force_deeds", "assets"),
        ("force_deeds", "threat_verbs"),
        ("force_deeds", "accuse_verbs"),
        ("force_deeds", "owned_places"),
        (None, "negating_prefixes"),
        (None, "member_country_roles"),
    ],
)
def test_a_dropped_key_of_the_stative_patterns_is_an_error(section: str | None, key: str) -> None:
    """A key this stop added that went missing from the YAML must not silently turn its rule off."""
    data = schemas.load_yaml(schemas.DATA_DIR / "statives" / "patterns.yaml")
    schemas.StativePatternsFile.model_validate(data)  # the file as it is validates
    holder = data if section is None else data[section]
    del holder[key]
    with pytest.raises(ValueError, match=key):
        schemas.StativePatternsFile.model_validate(data)
