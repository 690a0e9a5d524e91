"""Run every extractor family over each sentence of an article and keep what holds: not a self-relation, not
denied, not history ("which once backed"), not hypothetical or demanded, one per sentence, pair and kind (and
one ending: "no longer backs" closes the relation, see ``detente.system.view``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.actors import ArticleContext, home_country
from detente.events.clause import read_clause
from detente.events.coder import remember_actors
from detente.events.record import trimmed
from detente.nlp.text import doc_text
from detente.records import Article, Evidence, Stative
from detente.system import mediation
from detente.system.statives.clause import clause_anchor, denied, ending_done, negated, predicates_of
from detente.system.statives.hyphens import hyphenated, pro_modifiers
from detente.system.statives.labels import label_acts, labels
from detente.system.statives.lexicon import lexicon
from detente.system.statives.mediations import SIDES, mediations, sides_of
from detente.system.statives.membership import memberships, rosters
from detente.system.statives.nouns import owned_relations, relation_adjectives, relation_nouns, relative_clauses
from detente.system.statives.support import misread_verbs, supports, works_with
from detente.system.statives.ties import agreements, tie_nouns
from detente.when.stated import body_date

EXTRACTORS = (
    relation_nouns,
    relation_adjectives,
    hyphenated,
    pro_modifiers,
    labels,
    label_acts,
    tie_nouns,
    owned_relations,
    relative_clauses,
    memberships,
    rosters,
    mediations,
    supports,
    misread_verbs,
    works_with,
    agreements,
)


def extract_statives(doc: Doc, article: Article) -> list[Stative]:
    """Every stative relation of one parsed article, with its evidence."""
    # dated like the events: by the body's own date where it states one (endings compare dates with events)
    article = article.model_copy(update={"date": body_date(doc, article.date)})
    ctx = ArticleContext(date=article.date, home=home_country(doc))
    statives: list[Stative] = []
    seen: set[tuple] = set()
    reset = SIDES.set(())
    try:
        _extract(doc, article, ctx, statives, seen)
    finally:
        SIDES.reset(reset)
    return statives


def _extract(doc: Doc, article: Article, ctx: ArticleContext, statives: list[Stative], seen: set[tuple]) -> None:
    text = doc_text(doc)
    for index, sent in enumerate(doc.sents):
        remember_actors(sent, ctx)
        sides = sides_of(sent, ctx)
        start, end = trimmed(text, sent.start_char, sent.end_char)
        for extract in EXTRACTORS:
            for f in extract(sent, ctx):
                if f.source is not None and f.source.code == f.target.code:
                    continue
                if denied(f.trigger) or mediation.former(
                    clause_anchor(f.trigger), f.trigger, words=lexicon().mediation
                ):
                    continue  # "Russia, which once backed ...": a tie that no longer holds
                if f.ends and not _denial(f.trigger) and not ending_done(f.trigger):
                    continue  # "after Britain leaves the EU", "Britain's exit from the EU": an ending still to come
                reading = read_clause(clause_anchor(f.trigger), sent)
                if reading.negated and f.kind == "mediation":
                    continue  # "refused to mediate", "failed to broker a truce between ...": nobody mediated
                effort = f.kind == "mediation" and mediation.effort(f.trigger, lexicon().mediation)
                if reading.modality in ("hypothetical", "intent", "demand", "threat") and not effort:
                    continue  # "would be an ally", "wants to join": not a standing relation yet
                key = (index, f.source.code if f.source else None, f.target.code, f.kind, f.ends)
                if key in seen:
                    continue
                seen.add(key)
                statives.append(
                    Stative(
                        article_id=article.id,
                        stative_id=Stative.make_id(article.id, index, f.trigger.idx, key[1], key[2], f.kind),
                        sentence_index=index,
                        date=article.date,
                        source=f.source,
                        target=f.target,
                        kind=f.kind,  # type: ignore[arg-type]
                        sign=f.sign,  # type: ignore[arg-type]
                        attributed_to=f.attributed.code if f.attributed else None,
                        attributed_text=f.attributed_text,
                        ends=f.ends,
                        evidence=Evidence(
                            sentence=text[start:end],
                            start=start,
                            end=end,
                            rule=f.rule,
                            trigger=f.trigger.text,
                        ),
                    )
                )
        if sides:
            SIDES.set(tuple(sides))


def _denial(trigger: Token) -> bool:
    """An ending by negation ('is no longer an ally', 'no longer backs') holds now; only endings by their own word
    ('left', 'exit') are read for when they happen."""
    return negated(clause_anchor(trigger), *predicates_of(trigger))
