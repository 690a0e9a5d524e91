"""The learned layer at coding time: triggers the patterns did not code, with their parties.

For every verb or noun of a sentence that no pattern turned into an event, the trigger model
gives a CAMEO root (or none) with a probability; above the threshold fixed on the dev split,
the argument model scores every candidate party as source, target or neither, and the best
ones that detente can resolve become a ``Frame`` — the same object the patterns make, so
parties, filters, modality, date and place are read the same way for both paths. The rule is
``model.<root>`` and the probability is kept as the event's score.
"""

from __future__ import annotations

import threading
from functools import cache

import numpy as np
from spacy.language import Language
from spacy.tokens import Span, Token

from detente.actors import ArticleContext, resolve
from detente.data import clauses
from detente.events.arguments import VIOLENT_ROOTS, Frame
from detente.events.learned import RULE_PREFIX
from detente.events.learned.context import PREFIX as CONTEXT_PREFIX
from detente.events.learned.features import (
    SentenceFacts,
    is_trigger_candidate,
    lexicon_roots,
    mention_candidates,
    slots,
    trigger_features,
    vector,
)
from detente.events.learned.linear import SoftmaxModel
from detente.events.learned.model import LearnedModel
from detente.events.learned.parties import parties, reporting_roles, writes_pairs
from detente.events.patterns import verb_index
from detente.events.tree import conjuncts, struck_by_an_attack, struck_subjects
from detente.nlp.tree import sentence_tokens

NONE = "none"


@cache
def mutual_triggers() -> frozenset[str]:
    """'lemma|root' pairs the patterns treat as mutual (talks, calls, agreements): one record per direction."""
    index = verb_index()
    out = set()
    for lemma, pats in [*index.by_lemma.items(), *index.by_noun.items()]:
        for p in pats:
            if getattr(p, "mutual", False) or getattr(p, "participants", None):
                out.add(f"{lemma}|{p.code[:2]}")
    return frozenset(out)


@cache
def pattern_source_roles() -> dict[str, list[str]]:
    """'lemma|root' -> the roles a source must have when the patterns of that verb in that root restrict who does
    it (each names roles, or words of the clause such as "president"): "flew to" is a visit only for officials,
    drones and refugees fly too."""
    out: dict[str, list[str]] = {}
    for lemma, pats in verb_index().by_lemma.items():
        by_root: dict[str, list] = {}
        for p in pats:
            by_root.setdefault(p.code[:2], []).append(p)
        for root, group in by_root.items():
            if any(p.source_roles for p in group) and all(p.source_roles or p.context for p in group):
                out[f"{lemma}|{root}"] = sorted({r for p in group for r in p.source_roles or ()})
    return out


@cache
def pattern_codes() -> dict[str, str]:
    """'lemma|root' -> the most common code the patterns give that lemma in that root."""
    counts: dict[str, dict[str, int]] = {}
    index = verb_index()
    for lemma, pats in [*index.by_lemma.items(), *index.by_noun.items()]:
        for p in pats:
            key = f"{lemma}|{p.code[:2]}"
            counts.setdefault(key, {}).setdefault(p.code, 0)
            counts[key][p.code] += 1
    return {k: max(v, key=v.__getitem__) for k, v in counts.items()}


def code_for(model: LearnedModel, lemma: str, root: str) -> str:
    key = f"{lemma}|{root}"
    return model.codes.get(key) or pattern_codes().get(key) or f"{root}0"


def governing_verb(tok: Token, nlp: Language) -> Token | None:
    """For an event noun, the verb whose clause it is the event of ("held talks", "launched an attack",
    "in a call with ..."); None for verbs and for nouns with no such verb."""
    if tok.pos_ != "NOUN":
        return None
    from detente.events.candidates import clause_verb_of_noun  # one way: candidates imports this module

    verb = clause_verb_of_noun(tok, nlp)
    if verb is not None:
        return verb
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        return tok.head
    return None


@cache
def _outside(classes: tuple[str, ...], known: frozenset[str]) -> np.ndarray:
    """The positions of the classes not in ``known``, found once per set of senses (a few dozen sets in all) rather
    than by a loop over the classes for every candidate word."""
    return np.array([k for k, cls in enumerate(classes) if cls not in known], dtype=np.intp)


class _DocScores(threading.local):
    """The trigger scores of the last doc coded (per thread): the words of every sentence scored in one matrix
    product when the doc's first sentence asks, rather than one small product per sentence. The doc and the weights
    are held, so ``is`` tells whether a later call is about the same ones."""

    def __init__(self) -> None:
        self.key: tuple[object, ...] = ()
        self.by_sentence: dict[tuple[int, int], tuple[list[Token], np.ndarray]] = {}


_last = _DocScores()
_reads_context: dict[int, tuple[SoftmaxModel, bool]] = {}


def reads_context(weights: SoftmaxModel) -> bool:
    """Whether the trigger model was fitted with the clause features (``context.py``): found once per model."""
    found = _reads_context.get(id(weights))
    if found is None or found[0] is not weights:
        found = _reads_context[id(weights)] = (weights, any(w.startswith(CONTEXT_PREFIX) for w in weights.vocab))
    return found[1]


def trigger_scores(sent: Span, model: LearnedModel) -> tuple[list[Token], np.ndarray]:
    """The candidate trigger words of ``sent`` (the coded ones included) and the trigger model's class
    probabilities for each. A row's products and sums are the same whatever other rows are scored with it, so the
    scores are those of scoring the sentence alone (``tests/events/test_learned.py``)."""
    doc, weights = sent.doc, model.triggers
    key = (doc, weights, weights.sparse, weights.dense, weights.bias)
    if len(_last.key) != len(key) or any(a is not b for a, b in zip(_last.key, key, strict=True)):
        sentences = list(doc.sents)
        words = [[tok for tok in sentence_tokens(s) if is_trigger_candidate(tok)] for s in sentences]
        context = reads_context(weights)
        examples = [
            (trigger_features(tok, s, facts, context), vector(tok))
            for s, ws in zip(sentences, words, strict=True)
            for facts in [SentenceFacts.of(s)]
            for tok in ws
        ]
        rows = model.triggers.proba_many(examples)
        by_sentence, at = {}, 0
        for s, ws in zip(sentences, words, strict=True):
            by_sentence[(s.start, s.end)] = (ws, rows[at : at + len(ws)])
            at += len(ws)
        _last.key, _last.by_sentence = key, by_sentence
    found = _last.by_sentence.get((sent.start, sent.end))
    if found is not None:
        return found
    words = [tok for tok in sent if is_trigger_candidate(tok)]  # a span that is no sentence of the parse
    facts, context = SentenceFacts.of(sent), reads_context(weights)
    return words, model.triggers.proba_many(
        [(trigger_features(tok, sent, facts, context), vector(tok)) for tok in words]
    )


def learned_frames(
    sent: Span,
    ctx: ArticleContext,
    nlp: Language,
    model: LearnedModel,
    taken: set[int],
    refused: set[int] | frozenset[int] = frozenset(),
    barred: set[int] | frozenset[int] = frozenset(),
    dropped: list[tuple[Token, str, str, str]] | None = None,
) -> list[tuple[Frame, float]]:
    """Frames for the tokens of ``sent`` not in ``taken`` whose trigger score passes the threshold.

    ``dropped`` collects (trigger, rule, code, reason) of the candidates that pass the threshold but that the recipe's
    gate (``root_thresholds``) leaves to the patterns, so ``explain`` can say why the model coded nothing there.

    ``refused`` are words whose patterns were tried on this clause and none fit: the dictionaries say what
    the word needs to be an event of their roots ("stopped its offensive", not "stopped the enemy's advance"),
    so the model may read such a word only in a root the patterns do not give it; unless the model's recipe reads a
    refused verb in its patterns' roots too (``refused_in_root``), where its cell (:func:`cell`) says whether it
    earned that. ``barred`` words (a described state, a result of an attack) are never read in those roots."""
    th = model.thresholds
    recipe = model.meta.get("config", {})
    cells: dict[str, float] | None = recipe.get("cells")
    in_root = bool(recipe.get("refused_in_root"))
    floors: dict[str, float] = recipe.get("argument_floors", {})
    out: list[tuple[Frame, float]] = []
    mentions: list[Token] | None = None
    resolvable: dict[int, bool] = {}
    reporters: set[int] = set()
    none_at = model.triggers.classes.index(NONE)
    judged_roots = tuple(clauses().doer_judged_roots)
    words, scores = trigger_scores(sent, model)
    for tok, p in zip(words, scores, strict=True):
        if tok.i in taken:
            continue
        p = p.copy()  # the doc's scores are kept for its other sentences' calls: this one's edits stay here
        p[none_at] = -1.0
        lemma = tok.lemma_.lower()
        known = lexicon_roots(tok) | set(model.senses.get(f"{lemma}|{tok.pos_}", ()))
        was_refused = tok.i in refused
        if was_refused and not (in_root and tok.pos_ == "VERB" and tok.i not in barred):
            known = known - lexicon_roots(tok)
            if not known:
                continue
        if known:  # a word the dictionaries or the annotations know is read only in the senses they give it
            p[_outside(tuple(model.triggers.classes), frozenset(known))] = -1.0
        best = int(p.argmax())
        score = float(p[best])
        if score < (th["trigger"] if known else th.get("unknown_trigger", 0.95)):
            continue
        root = model.triggers.classes[best]
        if root in recipe.get("patterns_only_roots", ()):
            continue
        gated = root_gate(recipe, root, score)
        if gated is not None:
            if dropped is not None:
                dropped.append((tok, f"{RULE_PREFIX}{root}", code_for(model, lemma, root), gated))
            continue
        if cells is not None and score < cells.get(cell(tok, root, known, was_refused), 2.0):
            continue  # a cell the recipe leaves out (2.0: no score reaches it) or whose own threshold is higher
        if mentions is None:
            mentions = mention_candidates(sent)
            found = {m.i: resolve(m, ctx) for m in mentions}
            resolvable = {i: r is not None for i, r in found.items()}
            reporters = {i for i, r in found.items() if r is not None and r.actor.role in reporting_roles()}
        governor = governing_verb(tok, nlp)
        filled = slots(tok, governor)
        # "troops came under rebel shelling": what came under the attack was hit by it, never its doer
        hit = struck_subjects(tok) if root in VIOLENT_ROOTS else []
        mutual = f"{lemma}|{root}" in mutual_triggers()
        source, target = parties(
            model,
            tok,
            root,
            mentions,
            resolvable,
            filled,
            {h.i for h in hit},
            floors,
            partner=mutual,
            reporters=reporters,
        )
        if source is None:
            continue
        target = next((h for h in hit if resolvable.get(h.i)), target)
        code = code_for(model, lemma, root)
        if target is not None and code.startswith(judged_roots) and struck_by_an_attack(target):
            target = None  # "condemned the attack on police officers": a judgement of an attack is aimed at its doer
        sources, targets = conjuncts(source), conjuncts(target) if target is not None else []
        if not writes_pairs(mutual, sources, targets):
            continue
        frame = Frame(
            trigger=tok,
            anchor=governor or tok,
            rule=f"{RULE_PREFIX}{root}",
            code=code,
            source_heads=sources,
            target_options=[targets] if targets else [],
            mutual=mutual,
            target_optional=True,
            source_roles=pattern_source_roles().get(f"{lemma}|{root}") if tok.pos_ == "VERB" else None,
        )
        out.append((frame, score))
    return out


def root_gate(recipe: dict, root: str, score: float) -> str | None:
    """Why the recipe's gate drops a trigger the model reads in ``root`` with ``score`` (None: it does not).

    ``root_thresholds`` (model.json ``config``) gives a root its own trigger threshold, chosen by what the layer's
    events of that root got right on train articles it was never fitted on (``bench/model_gate.py``); above 1 the
    root is left to the patterns."""
    threshold = recipe.get("root_thresholds", {}).get(root)
    if threshold is None or score >= threshold:
        return None
    if threshold > 1.0:
        return f"the learned layer leaves root {root} to the patterns (recipe root_thresholds; scored {score:.2f})"
    return f"the learned layer scores it {score:.2f} in root {root}, below that root's threshold {threshold:.2f}"


def cell(tok: Token, root: str, known: set[str] | frozenset[str], refused: bool) -> str:
    """The cell of a trigger decision whose precision cross-validation measures apart (``train.yaml`` ``cells``):
    root, part of speech and what vouches for the root -- ``lex`` the patterns' dictionaries give the word this root
    (``refused``: but none of its patterns fit this clause), ``sense`` only the annotations do, ``other`` the word is
    known in other roots only, ``unknown`` neither knows the word. "19|NOUN|lex": an attack noun of the patterns."""
    if root in lexicon_roots(tok):
        kind = "refused" if refused else "lex"
    elif root in known:
        kind = "sense"
    else:
        kind = "other" if known else "unknown"
    return f"{root}|{tok.pos_}|{kind}"
