"""The real-news scorer: events by (sentence, root, source, target); fields over found events."""

from __future__ import annotations

import datetime as dt

from detente.corpus.agreement import Agreement, cohen_kappa, compare
from detente.corpus.schema import AnnotatedArticle, AnnotatedEvent
from detente.corpus.score import CorpusReport, score_article
from detente.records import Location

TEXT = "Iran's foreign minister flew to Syria on Sunday. Russian jets bombed Idlib on Monday."
SENTS = [(0, 48), (49, len(TEXT))]


def gold(sentence, trigger, source, target, code, **extra) -> AnnotatedEvent:
    from detente.data import cameo_table

    info = cameo_table()[code]
    return AnnotatedEvent(
        sentence=sentence,
        trigger=trigger,
        source={"code": source},
        target={"code": target} if target else None,
        code=code,
        root=code[:2],
        plover={"event_type": info.plover_type, "mode": info.plover_mode},
        **extra,
    )


def article(*events: AnnotatedEvent, annotator: str = "a") -> AnnotatedArticle:
    return AnnotatedArticle(
        id="reuters-isot-1", annotator=annotator, text_sha1="x", sentences=SENTS, events=list(events)
    )


VISIT = gold(
    0,
    (24, 28),
    "IRNGOV",
    "SYR",
    "042",
    date=dt.date(2024, 12, 1),
    date_precision="day",
    place={"name": "Syria", "country": "SYR", "lat": 35.0, "lon": 38.5},
)
BOMB = gold(
    1,
    (62, 68),
    "RUSMIL",
    "SYR",
    "195",
    date=dt.date(2024, 12, 2),
    date_precision="day",
    place={"name": "Idlib", "country": "SYR", "lat": 35.93, "lon": 36.63},
)


def coded(make_event, sentence, source, target, code, trigger, **extra):
    start, end = SENTS[sentence]
    return make_event(
        article_id="reuters-isot-1",
        sentence_index=sentence,
        source=source,
        target=target,
        code=code,
        evidence={"sentence": TEXT[start:end], "start": start, "end": end, "rule": "r", "trigger": trigger},
        **extra,
    )


def test_found_and_missed_events_and_their_fields(make_event) -> None:
    report = CorpusReport()
    visit = coded(
        make_event,
        0,
        "IRNGOV",
        "SYR",
        "042",
        "flew",
        date=dt.date(2024, 12, 1),
        location=Location(name="Syria", country="SYR", lat=35.0, lon=38.5),
    )
    wrong_target = coded(
        make_event,
        1,
        "RUSMIL",
        "SYRGOV",
        "190",
        "bombed",
        date=dt.date(2024, 12, 1),
        location=Location(name="Idlib city", country="SYR", lat=35.93, lon=36.64),
    )
    score_article(report, article(VISIT, BOMB), TEXT, [visit, wrong_target])
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 1, 1)
    assert report.found == 2  # both pairs share sentence and root
    f = report.fields
    assert (f["code"].right, f["code"].total) == (1, 2)
    assert (f["target"].right, f["target_country"].right) == (1, 2)  # SYRGOV is the right country
    assert (f["day"].right, f["day"].total) == (1, 2)
    assert (f["place"].right, f["place"].total) == (2, 2)  # Idlib city is within 25 km of Idlib
    assert report.summary_line().startswith("events P 0.50 R 0.50 F1 0.50 | code 0.50 | source 1.00")


def test_a_whole_country_is_the_same_place_under_any_of_its_names(make_event) -> None:
    from detente.corpus.score import same_place

    uk = gold(0, (24, 28), "IRNGOV", "GBR", "042", place={"name": "the UK", "country": "GBR", "lat": 51.5, "lon": -0.1})
    visit = coded(
        make_event,
        0,
        "IRNGOV",
        "GBR",
        "042",
        "flew",
        location=Location(name="United Kingdom", country="GBR", lat=54.0, lon=-2.0, precision="country"),
    )
    assert same_place(visit, uk)
    # a city of the country is not the whole country, nor is another country's name
    london = coded(
        make_event,
        0,
        "IRNGOV",
        "GBR",
        "042",
        "flew",
        location=Location(name="Manchester", country="GBR", lat=53.48, lon=-2.24, precision="city"),
    )
    assert not same_place(london, uk)
    ireland = gold(0, (24, 28), "IRNGOV", "GBR", "042", place={"name": "Ireland", "country": "GBR"})
    assert not same_place(visit, ireland)


def test_negated_and_hypothetical_events_are_not_scored(make_event) -> None:
    report = CorpusReport()
    denied = gold(1, (62, 68), "RUSMIL", "SYR", "195", negated=True)
    flagged = coded(make_event, 1, "RUSMIL", "SYR", "195", "bombed", negated=True)
    asserted = coded(make_event, 0, "IRNGOV", "SYR", "042", "flew")
    score_article(report, article(VISIT, denied), TEXT, [flagged, asserted])
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 0, 0)


def test_agreement_event_f1_and_kappa() -> None:
    out = Agreement()
    other_source = gold(1, (62, 68), "RUS", "SYR", "190")
    compare(article(VISIT, BOMB), article(VISIT, other_source, annotator="b"), out)
    assert (out.events.tp, out.events.fp, out.events.fn) == (1, 1, 1)  # the source differs
    assert sorted(out.labels) == [("04", "04"), ("19", "19")]  # the roots agree
    assert cohen_kappa([("a", "a"), ("b", "b")]) == 1.0
    assert cohen_kappa([("a", "b"), ("b", "a")]) < 0


def test_a_place_where_the_annotators_gave_none_counts_as_wrong(make_event) -> None:
    call = gold(0, (24, 28), "IRNGOV", "SYR", "042")  # no place given
    placed = coded(make_event, 0, "IRNGOV", "SYR", "042", "flew", location=Location(name="Syria", country="SYR"))
    report = CorpusReport()
    score_article(report, article(call, BOMB), TEXT, [placed])
    assert (report.fields["place"].right, report.fields["place"].total) == (0, 1)
    # and a place the annotators gave, found the same, is right (the field is not simply always wrong)
    report = CorpusReport()
    score_article(report, article(VISIT), TEXT, [placed])
    assert (report.fields["place"].right, report.fields["place"].total) == (1, 1)
    # neither giving a place: the field is not scored
    bare = coded(make_event, 0, "IRNGOV", "SYR", "042", "flew", location=None)
    report = CorpusReport()
    score_article(report, article(call), TEXT, [bare])
    assert report.fields["place"].total == 0


def test_an_event_happened_when_its_root_and_source_agree_at_country_level(make_event) -> None:
    """The gate's label (s19): eval's exact match, or else the same root and the same source at country level with
    the target at country level or absent on either side; another root, another source country or another target
    country did not happen."""
    from detente.corpus.score import happened_events, matched_events

    ann = article(VISIT, BOMB)
    exact = coded(make_event, 1, "RUSMIL", "SYR", "195", "bombed")
    level = coded(make_event, 0, "IRN", "SYRGOV", "042", "flew")  # another level of both countries
    pred, right, happened, gold_count = happened_events(ann, [exact, level])
    assert [e.cameo.code for e in pred] == ["195", "042"] and gold_count == 2
    assert right == [True, False] and happened == [True, True]
    assert matched_events(ann, [exact, level])[1] == right  # eval's match is unchanged beside the label
    no_target = coded(make_event, 1, "RUSGOV", None, "190", "bombed")  # the target absent on one side
    assert happened_events(article(BOMB), [no_target])[1:3] == ([False], [True])
    for wrong in (
        coded(make_event, 1, "RUSMIL", "SYR", "042", "bombed"),  # another root
        coded(make_event, 1, "TURMIL", "SYR", "195", "bombed"),  # another source country
        coded(make_event, 1, "RUSMIL", "IRQ", "195", "bombed"),  # another target country
        coded(make_event, 0, "RUSMIL", "SYR", "195", "flew"),  # another sentence
    ):
        assert happened_events(article(BOMB), [wrong])[1:3] == ([False], [False])
    twice = [coded(make_event, 1, "RUS", "SYR", "195", "bombed"), coded(make_event, 1, "RUS", "SYR", "195", "jets")]
    assert happened_events(article(BOMB), twice)[2] == [True, False]  # one to one: a duplicate did not happen again
    igo = gold(1, (62, 68), "IGOUNO", None, "195")
    assert happened_events(article(igo), [coded(make_event, 1, "IGOUNO", None, "195", "bombed")])[2] == [True]
    assert happened_events(article(igo), [coded(make_event, 1, "IGONAT", None, "195", "bombed")])[2] == [False]
