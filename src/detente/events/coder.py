"""Code the events of a parsed article: candidates, then filters, then records.

Per sentence: the candidate stage (``candidates``) finds frames from the verb and noun
patterns and resolves their parties (``arguments``); ``filters`` drops what is not an event
of its own; ``clause`` reads negation, modality and attribution; ``record`` gives the final
code, date (``dating``) and place. Every clause skipped keeps its reason for ``explain``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.actors import ArticleContext, CodedEvent, home_country, resolve, titles_a_person
from detente.actors.context import owns_a_thing
from detente.actors.known_people import remember_known_people
from detente.data import CameoInfo, cameo_table, clauses
from detente.events.arguments import Candidate
from detente.events.backday import back_day
from detente.events.candidates import SentenceCoder
from detente.events.clause import (
    ClauseReading,
    held_relation_reading,
    held_since,
    lede_index,
    ongoing_reading,
    opening_index,
    perfect_reading,
    predicted_reading,
    read_clause,
    recalled,
    side_reading,
    standing_reading,
)
from detente.events.dating import (
    at_a_past_occasion,
    before_the_news,
    carried_day,
    clause_dated,
    sentence_day,
    story_day,
    told_at_a_past_time,
)
from detente.events.filters import (
    FORCEFUL,
    GUEST,
    VERBAL,
    describes_an_actor,
    forceful_code,
    guest_code,
    verbal_code,
    why_not,
)
from detente.events.learned.gate import gate_features, gate_score, gate_threshold
from detente.events.learned.model import GATE_SLOTS, LearnedModel, packaged_model
from detente.events.learned.statements import candidate_features, statement_score
from detente.events.record import make_event
from detente.events.remention import another_day, told_again
from detente.events.saying import read_said
from detente.events.statements import is_statement, named_in_statement
from detente.nlp.memo import per_sentence
from detente.nlp.narrative import aside_reason, mark_asides
from detente.nlp.tree import sentence_tokens
from detente.records import Article, Event, Skip, counts
from detente.when.stated import body_date
from detente.where.retold import place_retold

ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative", "attr"}


def remember_actors(sent: Span, ctx: ArticleContext) -> None:
    """Resolve every named actor phrase of a sentence, coded or not, so that later generic mentions
    ("the junta", "the rebels") can refer back to it, and every title that names its holder ("the health minister
    of ..., Khaled Barakat"), so that the holder's surname can."""
    doc = sent.doc
    for i in actor_heads(sent):
        resolve(doc[i], ctx)
    remember_known_people(sent, ctx)  # "Nicola Sturgeon's continued support": a known person named where no party is


ACTOR_HEADS_KEY = "detente_actor_heads"


def actor_heads(sent: Span) -> list[int]:
    """The heads ``remember_actors`` resolves in a sentence. Which they are depends on the parse alone, so they are
    found once per sentence and doc: the events and the statives both walk every sentence."""
    return per_sentence(ACTOR_HEADS_KEY, sent, _actor_heads)


def _actor_heads(sent: Span) -> list[int]:
    """``actor_heads`` unmemoised: argument nouns and names an entity or a person's title marks, and owners."""
    return [
        tok.i
        for tok in sentence_tokens(sent)
        if (
            tok.dep_ in ARGUMENT_DEPS
            and tok.pos_ in ("NOUN", "PROPN")
            and (tok.ent_type_ or any(c.ent_type_ for c in tok.children) or titles_a_person(tok))
        )
        or owns_a_thing(tok)  # "Trump's comments": the antecedent of a later "he" (actors.context)
    ]


STANDING_KEY = "detente_standing"


@dataclass(frozen=True)
class Standing:
    """A deed the coder skipped as a standing position or habit (``clause.standing_reading``): no event, since it is
    no news of the day, but a relation the article states ("Iran calls the rebels terrorists", "Turkey has long
    backed the rebels"). The would-be event (source, target, code, rule, evidence) and its trigger's token are kept
    on the doc, under ``STANDING_KEY``, for the relation reader (``system.statives.extract``)."""

    event: Event
    trigger: int  # the trigger's token index in the doc
    anchor: int  # the verb of its clause (``Candidate.anchor``)
    reverse: bool  # the partner's direction of a mutual deed ("fought"), not its subject's
    reason: str


def _held_description(cand: Candidate, info: CameoInfo) -> bool:
    """A relative clause that describes its actor by a deed of force held since a date ("the PKK, which has fought
    the Turkish state since 1984"): skipped as a description (``filters.describes_an_actor``), kept as standing."""
    return (
        cand.target is not None
        and info.root in clauses().standing.held_since_roots
        and cand.anchor.dep_ == "relcl"
        and describes_an_actor(cand)
        and held_since(cand.anchor)
    )


def standings(doc: Doc) -> list[Standing]:
    """The standing positions the last ``code_doc`` of this doc skipped (none if it was not coded)."""
    return doc.user_data.get(STANDING_KEY, [])


def skipped(index: int, cand: Candidate, reason: str) -> Skip:
    """The skip of a candidate that was built: where its trigger is and what it would have coded, so a missed
    event can be traced to the stage that dropped it (``bench/miss_funnel.py``), not only read in ``explain``."""
    return Skip(
        sentence_index=index,
        trigger=cand.trigger.text,
        rule=cand.rule,
        reason=reason,
        start=cand.trigger.idx,
        code=cand.code,
        source=cand.source.code,
        target=cand.target.code if cand.target else None,
    )


def background(event: Event, day: dt.date | None) -> bool:
    """An event its own clause dates well before the article ("met Trump in 2013"): history, not news."""
    if day is None or event.date is None or event.date_precision == "article":
        return False
    return before_the_news(event.date, event.date_precision, day)


def recode_said(cand: Candidate, ctx: ArticleContext, triggers: set[int] | None = None) -> str | None:
    """A bare statement whose reported words carry a more specific code (``events/saying.py``) takes that code, its
    target and the reader's path as its rule; one that carries none is skipped while bare statements are off (why,
    or None when the candidate goes on)."""
    said = read_said(cand, ctx, triggers)
    if said is not None:
        cand.code, cand.target, cand.rule = said.code, said.target, said.rule
        return None
    if not clauses().statements.enabled:
        return "a bare statement (010 is off): what is said carries no more specific code"
    return None


def statement_decision(
    cand: Candidate, candidates: list[Candidate], model: LearnedModel | None, log: list | None = None
) -> str | None:
    """Why the statement model drops a ``010.*`` candidate the rules kept, or None (its score is kept on the
    candidate, for ``explain``). ``log`` collects (candidate, features) for training instead of deciding."""
    if model is None or (model.statements is None and log is None):
        return None
    feats = candidate_features(cand, candidates)
    if log is not None:
        log.append((cand, feats))
        return None
    assert model.statements is not None
    cand.score = statement_score(model.statements, feats)
    threshold = model.thresholds.get("statement", 0.5)
    if cand.score < threshold:
        return f"the statement model scores it {cand.score:.2f}, below {threshold:.2f}"
    return None


def gate_for(model: LearnedModel | None, gate: bool, gate_log: list | None) -> tuple[LearnedModel, str] | None:
    """Which confidence gate reads the events, as (the model holding it, its ``GATE_SLOTS`` key): a gate reads the
    events of the layers it was fitted on. With the learned layer coding (``model`` given: ``--layers both`` or
    ``model``), the layer's own gate (``gate.npz``, s19); with the patterns alone (no ``model``), the packaged
    model's patterns' gate (``gate_patterns.npz``, s24), so every caller coding the patterns alone reads it unless
    it passes ``gate=False`` (a baseline of the patterns as written). None: no gate (``gate`` False; training, which
    logs the features instead, reads none)."""
    if not gate:
        return None
    if model is not None:
        return model, "both"
    if gate_log is not None:
        return None
    shipped = packaged_model()
    return (shipped, "patterns") if shipped is not None else None


def gate_sentence(
    kept: list[tuple[Event, Candidate, ClauseReading]],
    sent: Span,
    candidates: int,
    gater: tuple[LearnedModel, str] | None,
    log: list | None = None,
) -> list[tuple[Event, str | None]]:
    """The confidence gate over the events of one sentence: each event with why the gate drops it, or None (its score
    is kept on the event's evidence, for ``explain``). ``gater`` is ``gate_for``'s choice; ``log`` collects (event,
    features) for training instead."""
    model, slot = gater if gater is not None else (None, "both")
    gate = getattr(model, GATE_SLOTS[slot][1]) if model is not None else None
    out: list[tuple[Event, str | None]] = []
    for event, cand, reading in kept:
        if not counts(event) or (log is None and gate is None):
            out.append((event, None))
            continue
        others = sum(1 for e, c, _ in kept if c.trigger.i != cand.trigger.i)
        feats = gate_features(event, cand, reading, sent, candidates, others)
        if log is not None:
            log.append((event, feats))
            out.append((event, None))
            continue
        assert gate is not None and model is not None
        score = gate_score(gate, feats)
        event.evidence.gate = round(score, 3)
        at = gate_threshold(model, event.evidence.rule, slot)
        below = at > 0.0 and score < at  # threshold 0: the gate is off, its score only shown
        reason = f"the confidence gate scores it {score:.2f}, below {at:.2f}" if below else None
        out.append((event, reason))
    return out


def code_doc(
    doc: Doc,
    article: Article,
    nlp: Language,
    *,
    model: LearnedModel | None = None,
    patterns: bool = True,
    statement_log: list | None = None,
    gate: bool = True,
    gate_log: list | None = None,
) -> tuple[list[Event], list[Skip]]:
    """All events of one parsed article, and the clauses skipped with their reasons.

    ``patterns`` and ``model`` choose the paths that find candidates: the verb and noun patterns,
    the learned layer, or both (the learned layer then codes only what the patterns did not).
    ``statement_log`` (training) collects the statement candidates the rules keep, undecided; ``gate`` False turns
    the confidence gate off, and ``gate_log`` (training) collects every event that counts with its features,
    undecided."""
    day = body_date(doc, article.date)  # the body's own date, if it states one
    gater = gate_for(model, gate, gate_log)  # the gate fitted on the events of the layers that code
    ctx = ArticleContext(date=day, home=home_country(doc))
    table = cameo_table()
    events: list[Event] = []
    carry: list[tuple[Span | None, ClauseReading, Token]] = []  # per event: the sentence before, reading, anchor
    skips: list[Skip] = []
    seen: set[tuple] = set()
    standing: list[Standing] = []
    doc.user_data[STANDING_KEY] = standing  # a second coding of the doc starts afresh
    # read in the article's text as it came: the marks of an aside (a gallery's counters) are blanked in the parse
    mark_asides(doc, article.text)
    sents = list(doc.sents)
    kinded: set[int] = set()  # the event nouns the candidates read as naming only their kind (``back_day``)
    lede = lede_index(sents)
    opening = opening_index(sents)  # past a headline or dateline standing before the lede
    for index, sent in enumerate(sents):
        ctx.date = sentence_day(sent, day)
        remember_actors(sent, ctx)
        result = SentenceCoder(ctx, index, sent, nlp, model=model, patterns=patterns).code()
        kinded |= result.kinded
        skips.extend(result.skips)
        triggers = result.matched | {c.trigger.i for c in result.candidates if not is_statement(c)}
        said = triggers | result.statements  # a statement that reports another's statement reports, is none itself
        kept: list[tuple[Event, Candidate, ClauseReading]] = []
        for cand in result.candidates:
            # a caption, a credit, another story's headline, an embedded post: text that is not the article's story
            # (``nlp.narrative``) reports no event of it
            reason = aside_reason(cand.trigger)
            if reason is not None:
                skips.append(skipped(index, cand, reason))
                continue
            if is_statement(cand):
                reason = recode_said(cand, ctx, triggers)
                if reason is not None:
                    skips.append(skipped(index, cand, reason))
                    continue
            verbal = verbal_code(cand)
            if verbal is not None:  # "attacked Corker on Twitter": criticism, not force
                cand.code, cand.rule = verbal, f"{cand.rule}.{VERBAL}"
                # the role a deed of force showed (``deed_roles``: an opposition that attacks is armed) is gone with
                # the force: the critic is the party as named
                cand.source = cand.named_source or cand.source
            forceful = forceful_code(cand)
            if forceful is not None:  # "missiles slammed Syria": force, not criticism
                cand.code, cand.rule = forceful, f"{cand.rule}.{FORCEFUL}"
            guest = guest_code(cand)
            if guest is not None:  # "Trump welcomed Varadkar": a guest received, not approval
                cand.code, cand.rule = guest, f"{cand.rule}.{GUEST}"
            info = table.get(cand.code)
            reason = why_not(cand, info, said if is_statement(cand) else triggers, result.candidates, day)
            if reason is None and is_statement(cand):
                reason = statement_decision(cand, result.candidates, model, statement_log)
            if reason is not None or info is None:
                skips.append(skipped(index, cand, reason or ""))
                if info is not None and _held_description(cand, info):
                    # "the rebel coalition, which has fought government forces since 2020": no deed of the day,
                    # but a standing relation of the actor it describes, as a main clause's "has fought X since"
                    event = make_event(article, day, index, sent, cand, read_clause(cand.anchor, sent), info, ctx)
                    standing.append(Standing(event, cand.trigger.i, cand.anchor.i, cand.reverse, reason or ""))
                continue
            if is_statement(cand) and cand.target is None:
                named = named_in_statement(cand, ctx)
                if named is not None:  # the party the reported words name keeps why it was read so, as any party
                    cand.target = named.actor
                    cand.target_why = f"named in the reported words: {named.why}" if named.why else None
            key = (index, cand.source.code, cand.target.code if cand.target else None, info.root)
            if key in seen:
                skips.append(skipped(index, cand, "the same event (source, target, root) is coded in this sentence"))
                continue
            seen.add(key)
            reading = read_clause(cand.anchor, sent)
            if reading.expressed and cand.reverse and not reading.negated:
                # "Iran plans to meet Saudi officials": an announced intention (03x) is its speaker's alone
                reason = "the partner of a mutual event announced no intention"
                skips.append(skipped(index, cand, reason))
                continue
            event = make_event(article, day, index, sent, cand, reading, info, ctx)
            dated = event.date_precision != "article"
            reason = standing_reading(cand.anchor, index == lede, dated, reading.attributed_text is not None)
            reason = reason or side_reading(cand.anchor, event.cameo.code, dated)
            reason = reason or held_relation_reading(cand.anchor, index == lede, dated)
            if reason is not None:
                skips.append(skipped(index, cand, reason))
                standing.append(Standing(event, cand.trigger.i, cand.anchor.i, cand.reverse, reason))
                continue
            reason = predicted_reading(cand.anchor, reading, dated)
            if reason is not None:
                skips.append(skipped(index, cand, reason))
                continue
            reason = ongoing_reading(
                cand.anchor, event.cameo.root, index == lede, dated, reading.attributed_text is not None
            )
            if reason is not None:
                skips.append(skipped(index, cand, reason))
                # "are carrying out air strikes in Syria": no deed of the day, but a relation the article states
                standing.append(Standing(event, cand.trigger.i, cand.anchor.i, cand.reverse, reason))
                continue
            reason = perfect_reading(
                cand.anchor, event.cameo.root, index - opening, dated, reading.attributed_text is not None
            )
            if reason is not None:
                skips.append(skipped(index, cand, reason))
                # "Turkey has fought the Kurdish YPG militia": no deed of the day, but the doer's record, a relation
                standing.append(Standing(event, cand.trigger.i, cand.anchor.i, cand.reverse, reason))
                continue
            if background(event, day) and not reading.expressed:
                reason = (
                    f"background: dated {event.date} ('{event.evidence.date_text}'), before the news of the article"
                )
                skips.append(skipped(index, cand, reason))
                # "have been fighting the separatists since April": it still holds, a relation the article states
                if event.cameo.root in clauses().standing.held_since_roots and held_since(cand.anchor):
                    standing.append(Standing(event, cand.trigger.i, cand.anchor.i, cand.reverse, reason))
                continue
            # a clause that states its own date within the news ("initially clashed ... on Sunday") is news whatever
            # its adverb says; a date borrowed from the reporting clause does not outweigh the adverb (the date is
            # looked for again only when an adverb recalls)
            if recalled(cand.anchor) and not reading.expressed and not clause_dated(cand.anchor, sent, day, reading):
                skips.append(skipped(index, cand, "background: an adverb of its verb recalls it, before the news"))
                continue
            if not reading.expressed and not dated and at_a_past_occasion(cand.anchor, day):
                reason = "background: placed at an occasion a year dates before the news ('in the 1967 war')"
                skips.append(skipped(index, cand, reason))
                continue
            if not reading.expressed and not dated and told_at_a_past_time(cand.anchor, sent, day):
                reason = "background: told at the time of its temporal clause ('when'), which is dated before the news"
                skips.append(skipped(index, cand, reason))
                continue
            kept.append((event, cand, reading))
        gated = gate_sentence(kept, sent, len(result.candidates), gater, gate_log)
        for (event, reason), (_, cand, reading) in zip(gated, kept, strict=True):
            if reason is not None:
                skips.append(skipped(index, cand, reason))
                continue
            if cand.antecedent is not None:
                if (reason := another_day(event, cand.antecedent, cand.trigger, sent)) is not None:
                    skips.append(skipped(index, cand, reason))
                    continue
                event = told_again(event, cand.antecedent)
            events.append(event)
            carry.append((sents[index - 1] if index else None, reading, cand.anchor))
            if counts(event):  # what a later re-mention of the event may inherit
                lemma = cand.trigger.lemma_.lower()
                ctx.events.append(
                    CodedEvent(
                        index,
                        event.cameo.root,
                        event.cameo.code,
                        cand.source,
                        cand.target,
                        lemma,
                        event.date,
                        event.date_precision,
                        event.modality == "asserted",
                        cand.antecedent is not None,
                    )
                )
    placed = place_retold(events, doc)  # a meeting told again is where the article placed it
    # the day the sentence before names, for an event of no date words (``carried_day``): the record only, after every
    # filter, the article's memory and the places, so no event is kept or dropped and no place moved by it
    dated = [carried_day(e, prev, day, r, a) for e, (prev, r, a) in zip(placed, carry, strict=True)]
    # then the day of the story some sentences back, told of the same parties (``story_day``)
    storied = [story_day(e, dated, sents, day, r, a) for e, (_, r, a) in zip(dated, carry, strict=True)]
    # then the day a later sentence gives the deed when it tells it again ("The Saturday strike ...": ``back_day``)
    return back_day(storied, ctx.events, sents, day, kinded), skips
