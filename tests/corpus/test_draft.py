"""Drafts (words) become annotations (offsets); every problem of a draft is reported at once."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.corpus.draft import DraftError, anchor, convert
from detente.records import Article

TEXT = (
    "Iran's foreign minister flew to Syria on Sunday. "
    "He met Syria's president in Damascus, and Iran and Syria signed a trade deal."
)
ARTICLE = Article(id="t-1", date=dt.date(2024, 12, 2), text=TEXT)


def test_anchor_finds_words_and_their_nth_occurrence() -> None:
    sent = "Iran and Syria met; Iran left."
    assert anchor(sent, "Iran", 10) == (10, 14)
    assert anchor(sent, "Iran@2", 10) == (30, 34)
    assert anchor(sent, "iran", 0) == (0, 4)  # case is ignored when the exact words are absent
    assert anchor(sent, "Turkey", 0) is None


def test_a_draft_becomes_offsets_with_plover_and_root_filled_in() -> None:
    draft = {
        "id": "t-1",
        "annotator": "x",
        "events": [
            {
                "s": 0,
                "trigger": "flew",
                "source": "Iran's foreign minister",
                "source_code": "IRNGOV",
                "target": "Syria",
                "target_code": "SYR",
                "code": "042",
                "date": "2024-12-01",
                "precision": "day",
                "place": "Syria",
                "place_country": "SYR",
                "lat": 35.0,
                "lon": 38.5,
            },
            {
                "s": 1,
                "trigger": "signed",
                "source": "Iran",
                "source_code": "IRN",
                "target": "Syria@2",
                "target_code": "SYR",
                "code": "057",
            },
        ],
    }
    ann = convert(draft, ARTICLE)
    assert len(ann.sentences) == 2
    first, second = ann.events
    assert TEXT[first.trigger[0] : first.trigger[1]] == "flew"
    assert TEXT[first.source.span[0] : first.source.span[1]] == "Iran's foreign minister"
    assert (first.root, first.plover.event_type, first.plover.mode) == ("04", "CONSULT", "visit")
    assert first.place is not None and TEXT[first.place.span[0] : first.place.span[1]] == "Syria"
    assert second.target.span[0] == TEXT.index("Syria signed")  # the second "Syria" of its sentence
    assert second.date is None and second.date_precision == "none"


def test_every_problem_of_a_draft_is_reported() -> None:
    draft = {
        "id": "t-1",
        "annotator": "x",
        "events": [
            {"s": 0, "trigger": "flew", "source": "Turkey", "source_code": "TUR", "code": "042"},
            {"s": 7, "trigger": "met", "source_code": "IRN", "code": "040"},
            {"s": 1, "trigger": "met", "source": "He", "source_code": "IRNGOV", "code": "999"},
            {"s": 1, "trigger": "met", "source": "He", "source_code": "iran", "code": "040", "colour": 1},
        ],
    }
    with pytest.raises(DraftError) as info:
        convert(draft, ARTICLE)
    text = "\n".join(info.value.problems)
    assert "'source' 'Turkey' is not in sentence 0" in text
    assert "'s' must be a sentence index" in text
    assert "'999' is not a CAMEO code" in text
    assert "unknown keys ['colour']" in text
    assert "is not an actor code" in text


def test_a_stored_annotation_redrafts_to_words_that_convert_back_to_the_same_events() -> None:
    from detente.corpus.draft import to_draft

    draft = {
        "id": "t-1",
        "annotator": "x",
        "events": [
            {
                "s": 1,
                "trigger": "signed",
                "source": "Iran",
                "source_code": "IRN",
                "target": "Syria@2",
                "target_code": "SYR",
                "code": "057",
                "note": "a trade deal",
            },
            {
                "s": 1,
                "trigger": "met",
                "source": "He",
                "source_code": "IRNGOV",
                "target": "Syria's president",
                "target_code": "SYRGOV",
                "code": "040",
                "date": "2024-12-01",
                "precision": "day",
                "place": "Damascus",
                "place_country": "SYR",
                "lat": 33.5,
                "lon": 36.3,
            },
        ],
    }
    ann = convert(draft, ARTICLE)
    again = to_draft(ann, ARTICLE, "reviewer")
    assert again["annotator"] == "reviewer"
    assert again["events"][0]["target"] == "Syria@2"  # the second "Syria" of the sentence, not the first
    assert again["events"][1]["source"] == "He" and again["events"][1]["place"] == "Damascus"
    back = convert(again, ARTICLE)
    assert [e.model_dump() for e in back.events] == [e.model_dump() for e in ann.events]


def test_a_place_at_sea_is_written_with_no_country_and_xxx_is_refused_as_a_place_country() -> None:
    from detente.corpus.annotations import check_article
    from detente.corpus.schema import text_sha1

    text = "Iran seized a tanker in the Gulf of Oman on Sunday. Iran seized a ship in Syria."
    article = Article(id="t-2", date=dt.date(2024, 12, 2), text=text)

    def draft(country: str | None) -> dict:
        event = {"s": 0, "trigger": "seized", "source": "Iran", "source_code": "IRN", "code": "171"}
        event.update(place="Gulf of Oman", place_country=country)
        land = {"s": 1, "trigger": "seized", "source": "Iran", "source_code": "IRN", "code": "171"}
        land.update(place="Syria", place_country="SYR")
        return {"id": "t-2", "annotator": "x", "events": [event, land]}

    at_sea = convert(draft(None), article)
    assert at_sea.text_sha1 == text_sha1(text)
    assert at_sea.events[0].place is not None and at_sea.events[0].place.country is None
    assert at_sea.events[1].place is not None and at_sea.events[1].place.country == "SYR"
    assert check_article(at_sea, article) == []
    problems = check_article(convert(draft("XXX"), article), article)
    assert problems == ["t-2 event 0: unknown place country XXX"]
