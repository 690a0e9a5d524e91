"""Why the place of a found event is wrong: a class for every place disagreement on the annotated real news.

Codes the annotated articles of a split (train by default, dev to check; never test) from the parse cache as
``detente eval --annotations`` codes them, and reads every pair the scorer reads the place field from (coded and
annotated events of one sentence and root, paired one to one: ``score._score_fields``). Each pair the scorer counts
(either side has a place) is right, or falls in one class:

    ours-only    we coded a place where the annotation has none (carried from an earlier sentence; the event is
                 one of words; our place is the dateline's; named in the sentence; other)
    gold-only    we coded none where the annotation has one (named in the sentence, for words or for a deed; the
                 dateline; named earlier; not named)
    same-country another place of the same country: our country for its town or region, a region for its town or a
                 town for its region, a place we carried, the dateline place, a place named in another part of the
                 sentence, the same place under another name or with no coordinates, other
    abroad       another country: the annotated name resolved to a namesake abroad, a carried place, the dateline
                 place, a place named in another part of the sentence, other

with counts, the event roots, the place's path (our precision) and article-id@offset examples (the trigger's
character offset). No article text is printed; ``--json`` writes a row per pair (the place names and classes) to
read the examples with ``detente corpus view``.

    PYTHONPATH=src python bench/place_classes.py --annotations /tmp/lead/ann1039 [--cache /tmp/funnel/cache]
        [--examples 3] [--json pairs.jsonl]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from miss_funnel import split_args, write_rows

from detente.nlp.boilerplate import OUTLET_DATELINE
from detente.nlp.dateline import dateline_place


def _words(name: str) -> set[str]:
    return {w.strip(",.'").casefold() for w in name.replace("-", " ").split() if w[:1].isupper()} - {"the"}


HEAD = 3000  # as far as an outlet's dateline is looked for (boilerplate.blank_highlights reads as far)


def _dateline(text: str) -> str:
    """The article's dateline place ("BEIRUT" of "BEIRUT (Reuters) -", "London" of "London (CNN)"), or ''. What a
    dateline is, is the package's to say (``detente.nlp``: the wire dateline it blanks before parsing, and an outlet's
    own at the head of the body), not a copy of it here."""
    place = dateline_place(text)
    if place:
        return place
    outlet = OUTLET_DATELINE.search(text, 0, HEAD)  # the story's own, after any headlines the body repeats
    return outlet.group().split("(")[0].strip(" ,") if outlet else ""


def _named(name: str | None, text: str) -> bool:
    """Whether a place's name (or its last capitalised word) is written in ``text``."""
    if not name:
        return False
    words = [w for w in name.replace(",", " ").split() if w[:1].isupper()]
    return any(k.casefold() in text.casefold() for k in [name, *words[-1:]])


def classify(p, g, text: str, sent: tuple[int, int], said_roots: set[str]) -> tuple[str, str]:
    """(class, detail) of one scored place pair whose places differ (``p`` coded, ``g`` annotated)."""
    from detente.corpus.score import _km

    loc, place = p.location, g.place
    sentence = text[sent[0] : sent[1]]
    dateline = _dateline(text)
    words = p.cameo.code[:2] in said_roots
    if place is None:
        if loc.precision == "carried":
            return "ours-only", "carried from another sentence"
        if dateline and _named(loc.text or loc.name, dateline) and not _named(loc.text or loc.name, sentence):
            return "ours-only", "the dateline place"
        if words:
            return "ours-only", "an event of words, a place of its sentence"
        if _named(loc.text or loc.name, sentence):
            return "ours-only", f"a deed, a place of its sentence ({loc.precision})"
        return "ours-only", "other"
    if loc is None:
        if _named(place.name, sentence):
            return "gold-only", "named in the sentence, " + ("an event of words" if words else "a deed")
        if dateline and _named(place.name, dateline):
            return "gold-only", "the dateline place"
        if _named(place.name, text[: sent[0]]):
            return "gold-only", "named earlier"
        if _named(place.name, text[sent[1] :]):
            return "gold-only", "named later"
        return "gold-only", "not named"
    same_country = loc.country is not None and loc.country == place.country
    ours_words = _words(loc.name) | _words(loc.text or "")
    alike = bool(ours_words & _words(place.name))
    in_sentence = _named(loc.text or loc.name, sentence)
    gold_in_sentence = _named(place.name, sentence)
    carried = loc.precision == "carried"
    at_dateline = bool(dateline) and _named(loc.text or loc.name, dateline) and not in_sentence
    if same_country:
        if loc.precision == "country":
            return "same-country", "our country for its " + ("place named" if gold_in_sentence else "place unnamed")
        if alike:
            points = (loc.lat, loc.lon, place.lat, place.lon)
            far = None if None in points else _km(*points)
            why = "no coordinates" if far is None else f"{far:.0f} km apart"
            return "same-country", f"the same name read otherwise ({loc.precision}, {why})"
        if carried:
            return "same-country", "a place carried from another sentence"
        if at_dateline:
            return "same-country", "the dateline place"
        if loc.precision == "region" and gold_in_sentence:
            return "same-country", "a region for its town"
        if in_sentence and gold_in_sentence:
            return "same-country", f"another place of the sentence ({loc.precision})"
        if loc.lat is None:
            return "same-country", "an unlisted place (no coordinates)"
        return "same-country", f"other ({loc.precision}; annotated {'in' if gold_in_sentence else 'not in'} sentence)"
    if alike:
        return "abroad", f"the annotated name resolved abroad ({loc.country} for {place.country})"
    if loc.country is None:
        return "abroad", "our place has no country"
    if carried:
        return "abroad", "a place carried from another sentence"
    if at_dateline:
        return "abroad", "the dateline place"
    if in_sentence and gold_in_sentence:
        return "abroad", f"another place of the sentence ({loc.precision})"
    if in_sentence:
        return "abroad", f"a place of the sentence, the annotated not in it ({loc.precision})"
    return "abroad", f"other ({loc.precision})"


def main() -> None:
    args = split_args(__doc__.splitlines()[0]).parse_args()
    if args.split not in ("train", "dev"):
        sys.exit("train or dev only")
    import detente.corpus.score as score
    from detente.corpus.annotations import load_annotations
    from detente.corpus.score import CorpusReport, match_article, score_article
    from detente.corpus.source import read_corpus
    from detente.data import roles_file
    from detente.events.coder import code_doc
    from detente.pipeline import Coder
    from detente.train.examples import parse

    said_roots = set(roles_file().said_roots)
    rows: list[dict] = []
    current: dict = {}
    original = score._score_fields

    def watched(report, p, g):
        original(report, p, g)
        text, sent = current["text"], current["sentences"][g.sentence]
        ok = score.same_place(p, g)
        if g.place is None and p.location is None:  # not scored; kept in the rows to weigh a change that adds places
            kind, detail = "no place", ""
        else:
            kind, detail = ("right", "") if ok else classify(p, g, text, sent, said_roots)
        loc = p.location
        rows.append(
            {
                "article": current["id"],
                "at": f"{current['id']}@{g.trigger[0]}",
                "sentence": g.sentence,
                "code": p.cameo.code,
                "rule": p.evidence.rule,
                "gold": g.place.name if g.place else None,
                "gold_country": g.place.country if g.place else None,
                "ours": loc.name if loc else None,
                "ours_text": loc.text if loc else None,
                "ours_country": loc.country if loc else None,
                "precision": loc.precision if loc else None,
                "country_right": loc is not None and g.place is not None and loc.country == g.place.country,
                "class": kind,
                "detail": detail,
                "dateline": _dateline(text),
            }
        )

    score._score_fields = watched  # type: ignore[assignment]
    coder = Coder()
    report = CorpusReport()
    anns = load_annotations(args.annotations)
    ids = anns.ids(args.split)
    articles = read_corpus(args.corpus, ids)
    for p in parse(((articles[i], anns.primary[i]) for i in ids if i in articles), coder, args.cache):
        events, _ = code_doc(p.doc, p.article, coder.nlp, model=coder.model, patterns=coder.patterns)
        current.update(text=p.article.text, sentences=p.ann.sentences, id=p.article.id)
        score_article(report, p.ann, p.article.text, events, match_article(p.ann, events))
    e, f, c = report.events, report.fields["place"], report.fields["place_country"]
    print(
        f"{args.split}: {report.articles} articles tp {e.tp} fp {e.fp} fn {e.fn}; place {f.right}/{f.total} = "
        f"{f.value:.3f}; place_country {c.right}/{c.total} = {c.value:.3f}"
    )
    scored = [r for r in rows if r["class"] != "no place"]
    by_class = Counter(r["class"] for r in scored)
    details: dict[str, Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    roots: dict[str, Counter] = defaultdict(Counter)
    for r in scored:
        details[r["class"]][r["detail"]] += 1
        roots[r["class"]][r["code"][:2]] += 1
        if r["at"] not in examples[(r["class"], r["detail"])]:  # a meeting's two annotated directions: one example
            examples[(r["class"], r["detail"])].append(r["at"])
    total = len(scored)
    for kind in ("right", "ours-only", "gold-only", "same-country", "abroad"):
        n = by_class[kind]
        top = ", ".join(f"{k} {v}" for k, v in roots[kind].most_common(5))
        print(f"{kind:13} {n:4} ({n / total:.0%})  roots: {top}")
        if kind == "right":
            continue
        for detail, m in details[kind].most_common():
            shown = " ".join(examples[(kind, detail)][: args.examples])
            print(f"    {m:4}  {detail:62} {shown}")
    write_rows(args.json, rows)


if __name__ == "__main__":
    main()
