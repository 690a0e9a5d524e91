"""The learned layer at coding time: triggers the patterns did not code, with their parties.

For every verb or noun of a sentence that no pattern turned into an event, the trigger model
gives a CAMEO root (or none) with a probability; above the threshold fixed on the dev split,
the argument model scores every candidate party as source, target or neither, and the best
ones that detente can resolve become a ``Frame`` — the same object the patterns make, so
parties, filters, modality, date and place are read the same way for both paths. The rule is
``model.<root>`` and the probability is kept as the event's score.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Span, Token

from detente.actors import ArticleContext, resolve
from detente.actors.holders import of_doing
from detente.actors.phrases import lemma_in
from detente.data import clauses, roles_file
from detente.events.arguments import MUTUAL_PAIRS_UP_TO, VIOLENT_ROOTS, Frame, names_where
from detente.events.learned import RULE_PREFIX
from detente.events.learned.context import PREFIX as CONTEXT_PREFIX
from detente.events.learned.features import (
    SentenceFacts,
    argument_features,
    argument_vector,
    is_trigger_candidate,
    lexicon_roots,
    mention_candidates,
    slots,
    trigger_features,
    vector,
)
from detente.events.learned.linear import SoftmaxModel
from detente.events.patterns import verb_index
from detente.events.tree import conjuncts, is_instrument, struck_by_an_attack, struck_subjects
from detente.nlp.tree import sentence_tokens

SUBJECTS = ("nsubj", "nsubjpass", "csubj")

MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "model"
NONE = "none"
# what vouches for a trigger's root (:func:`cell`): the last part of a cell key of the recipe's ``cells``
CELL_KINDS = ("lex", "refused", "sense", "other", "unknown")


def _is_root(key: object) -> bool:
    return isinstance(key, str) and len(key) == 2 and key.isdigit() and 1 <= int(key) <= 20


def _is_threshold(value: object, top: float = 1.0) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float) and 0.0 <= value <= top


def check_recipe(config: dict) -> None:
    """Raise ValueError naming the key when the recipe's ``cells``, ``refused_in_root``, ``root_thresholds`` or
    ``argument_floors`` is malformed.

    All are read at coding time with defaults (no ``cells``: every cell open), so a misspelt cell key ("19|VERB|lexx",
    "19|verb|lex") or root ("4" for "04") would silently leave that cell or root as it was; checked when the model
    loads instead."""
    if "refused_in_root" in config and not isinstance(config["refused_in_root"], bool):
        raise ValueError(f"model recipe: refused_in_root must be true or false, not {config['refused_in_root']!r}")
    roots = config.get("root_thresholds", {})
    if not isinstance(roots, dict):
        raise ValueError(f"model recipe: root_thresholds must map a CAMEO root to a threshold, not {roots!r}")
    for root, threshold in roots.items():
        if not _is_root(root):
            raise ValueError(f"model recipe: root_thresholds key {root!r} is not a CAMEO root 01-20 written '04'")
        if not _is_threshold(threshold, 2.0):
            raise ValueError(f"model recipe: root_thresholds {root!r} needs a threshold between 0 and 2")
    floors = config.get("argument_floors", {})
    if not isinstance(floors, dict) or any(k not in ("source", "target") for k in floors):
        raise ValueError(f"model recipe: argument_floors may name source and target only, not {floors!r}")
    for key, floor in floors.items():
        if not _is_threshold(floor):
            raise ValueError(f"model recipe: argument_floors {key!r} needs a floor between 0 and 1, not {floor!r}")
    cells = config.get("cells")
    if cells is None:
        return
    if not isinstance(cells, dict):
        raise ValueError(f"model recipe: cells must map 'root|POS|kind' to a threshold, not {cells!r}")
    for key, threshold in cells.items():
        parts = str(key).split("|")
        ok = (
            len(parts) == 3
            and len(parts[0]) == 2
            and parts[0].isdigit()
            and 1 <= int(parts[0]) <= 20
            and parts[1] in POS_IDS
            and parts[1] != ""
            and parts[2] in CELL_KINDS
        )
        if not ok:
            raise ValueError(
                f"model recipe: cell key {key!r} is not root|POS|kind (a CAMEO root 01-20, a spaCy part of speech, "
                f"a kind of {', '.join(CELL_KINDS)})"
            )
        if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0.0 <= threshold <= 1.0:
            raise ValueError(f"model recipe: cell {key!r} needs a threshold between 0 and 1, not {threshold!r}")


@dataclass
class LearnedModel:
    triggers: SoftmaxModel
    arguments: SoftmaxModel
    codes: dict[str, str]  # "lemma|root" -> the code training data gives it
    senses: dict[str, list[str]] = field(default_factory=dict)  # "lemma|POS" -> roots annotators gave it
    thresholds: dict[str, float] = field(default_factory=lambda: {"trigger": 0.5, "source": 0.3, "target": 0.3})
    meta: dict = field(default_factory=dict)
    statements: SoftmaxModel | None = None  # is a verb of saying a statement event (events/learned/statements.py)
    gate: SoftmaxModel | None = None  # is an emitted event right (events/learned/gate.py)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.triggers.save(folder / "triggers.npz")
        self.arguments.save(folder / "arguments.npz")
        if self.statements is not None:
            self.statements.save(folder / "statements.npz")
        if self.gate is not None:
            self.gate.save(folder / "gate.npz")
        elif (folder / "gate.npz").is_file():
            (folder / "gate.npz").unlink()  # a gate fitted on another layer's events does not read this one's
        info = {"codes": self.codes, "senses": self.senses, "thresholds": self.thresholds, **self.meta}
        (folder / "model.json").write_text(json.dumps(info, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> LearnedModel:
        info = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        check_recipe(info.get("config", {}))
        return cls(
            triggers=SoftmaxModel.load(folder / "triggers.npz"),
            arguments=SoftmaxModel.load(folder / "arguments.npz"),
            codes=info.pop("codes"),
            senses=info.pop("senses", {}),
            thresholds=info.pop("thresholds"),
            meta=info,
            statements=SoftmaxModel.load(folder / "statements.npz") if (folder / "statements.npz").is_file() else None,
            gate=SoftmaxModel.load(folder / "gate.npz") if (folder / "gate.npz").is_file() else None,
        )


@cache
def packaged_model() -> LearnedModel | None:
    """The model shipped in the package, loaded once; None when the package has none."""
    if not (MODEL_DIR / "model.json").is_file():
        return None
    return LearnedModel.load(MODEL_DIR)


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
            reporters = {i for i, r in found.items() if r is not None and r.actor.role in _reporting_roles()}
        governor = governing_verb(tok, nlp)
        filled = slots(tok, governor)
        # "troops came under rebel shelling": what came under the attack was hit by it, never its doer
        hit = struck_subjects(tok) if root in VIOLENT_ROOTS else []
        mutual = f"{lemma}|{root}" in mutual_triggers()
        source, target = _parties(
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


def _parties(
    model: LearnedModel,
    trigger: Token,
    root: str,
    mentions: list[Token],
    resolvable: dict[int, bool],
    filled: dict[int, list[str]],
    not_source: set[int] | frozenset[int] = frozenset(),
    floors: dict[str, float] | None = None,
    partner: bool = False,
    reporters: set[int] | frozenset[int] = frozenset(),
) -> tuple[Token | None, Token | None]:
    """The likeliest resolvable source and target of a trigger, each above its threshold (or the recipe's
    ``argument_floors``, when higher); ``not_source``: mentions that cannot be the doer (what came under the
    attack); ``partner``: the trigger is mutual, so its target is a doer too, and never a place (:func:`_a_place`);
    ``reporters``: mentions that resolve to a role that reports (:func:`_reporting_roles`), no target when they are
    of the speaker (:func:`_of_the_speaker`)."""
    classes = model.arguments.classes
    src_at, tgt_at = classes.index("source"), classes.index("target")
    scored = []
    for m in mentions:
        if m.i == trigger.i or not resolvable.get(m.i) or _only_describes(m, trigger, resolvable):
            continue
        feats = argument_features(trigger, m, True, root, filled.get(m.i))
        p = model.arguments.proba(feats, argument_vector(trigger, m))
        scored.append((m, float(p[src_at]), float(p[tgt_at])))
    th = model.thresholds
    src_th = max(th["source"], (floors or {}).get("source", 0.0))
    tgt_th = max(th["target"], (floors or {}).get("target", 0.0))
    source = max(
        (s for s in scored if s[1] >= src_th and s[0].i not in not_source and not _told_by(s[0], trigger)),
        key=lambda s: s[1],
        default=None,
    )
    if source is None:
        return None, None
    # words conjoined with the source are on its side ("U.S. and British strikes"), never its target
    side = {t.i for t in conjuncts(_first_conjunct(source[0]))}
    # and the subject of a clause is who acts in it, not whom this trigger's act is aimed at
    others = [
        s
        for s in scored
        if s[0].i not in side
        and not _acts_elsewhere(s[0], trigger)
        and not in_another_clause(s[0], trigger)
        and not (s[0].i in reporters and _of_the_speaker(s[0], trigger))
        and not (partner and _a_place(s[0]))
        and s[2] >= tgt_th
    ]
    target = max(others, key=lambda s: s[2], default=None)
    return source[0], (target[0] if target else None)


def _told_by(mention: Token, trigger: Token) -> bool:
    """'Airstrikes denounced by Erdogan', 'shelling reported by the Observatory': the "by" of a participle on the
    trigger noun that is not one of doing (``actors.holders.of_doing``) names who spoke of the deed, never its doer."""
    by = mention.head
    if mention.dep_ != "pobj" or by.dep_ != "agent":
        return False
    participle = by.head
    return participle.dep_ == "acl" and participle.head.i == trigger.i and not of_doing(participle)


def _a_place(mention: Token) -> bool:
    """'clashes with gunmen in the vicinity of Hazano town', 'militants operating in Iraq and Syria': a place noun
    (``place_nouns``) or a name after a preposition of place (``arguments.names_where``) is where, not a partner of a
    mutual deed (clashes, talks), who would be coded as its doer too."""
    return names_where(mention)


@cache
def _reporting_roles() -> frozenset[str]:
    """The roles that report, watch or tend deeds (``clauses.yaml`` ``unarmed_roles``, of any root: MED, HRI, NGO)."""
    return frozenset(r for roles in clauses().unarmed_roles.values() for r in roles)


def _of_the_speaker(mention: Token, trigger: Token) -> bool:
    """'... killed by Turkish artillery fire," said Rami Abdel Rahman of the Syrian Observatory': a name in the
    phrase of the subject of a verb of saying (``speech_verbs``) other than the trigger. Its caller leaves it out as a
    target only when it resolves to a role that reports (:func:`_reporting_roles`): the monitor tells of the deed,
    while a party the speaker belongs to ("said Redur Xelil of the Kurdish YPG") may be whom it was aimed at (the
    subject itself is left out as one who acts elsewhere)."""
    tok = mention
    while tok.dep_ in ("pobj", "prep", "compound", "appos", "amod", "nmod", "poss", "conj") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    return (
        tok.i != mention.i
        and tok.dep_ in SUBJECTS
        and verb.i != trigger.i
        and verb.lemma_.lower() in clauses().speech_verbs
    )


def in_another_clause(mention: Token, trigger: Token) -> bool:
    """'Germany criticized the agreement made with Turkey', 'Russia condemned the sanctions, since voters chose to
    leave Ukraine': a name inside a clause that modifies a noun (acl, relcl) or an adverbial clause with a subject of
    its own is that clause's party, not the party of a trigger outside it (the learned layer's targets)."""
    path = {t.i for t in trigger.ancestors} | {trigger.i}
    tok, came_from = mention, mention
    while tok.head.i != tok.i and tok.i not in path:
        if tok.pos_ in ("VERB", "AUX") and (
            tok.dep_ == "relcl"
            or (tok.dep_ == "acl" and _describes_a_thing(tok, came_from))
            or (tok.dep_ == "advcl" and any(c.dep_ in SUBJECTS for c in tok.children))
        ):
            return True
        tok, came_from = tok.head, tok
    return False


def _describes_a_thing(acl: Token, came_from: Token) -> bool:
    """An acl that says more of a noun ("the agreement made with Turkey", "a depot used by the rebels"), not what
    the noun is for ("an invitation to meet with France": an infinitive, whose party the noun's deed is aimed at) nor
    who did the deed or fired the weapon the noun names ("drones launched by the rebels", "sanctions imposed by the
    EU": the agent of an event or weapon noun is that noun's party, and so of the deed done to or with it)."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in acl.children):
        return False
    noun = acl.head
    named_deed = bool(lexicon_roots(noun)) or any(is_instrument(n) for n in conjuncts(noun))  # "drones and missiles"
    # only a participle of doing names the doer ("carried out by"); "airstrikes denounced by Erdogan" says who spoke
    return not (came_from.dep_ == "agent" and named_deed and of_doing(acl))


def _first_conjunct(tok: Token) -> Token:
    """The head of a coordination a word belongs to ("British" in "U.S. and British" -> "U.S.")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _acts_elsewhere(mention: Token, trigger: Token) -> bool:
    """A subject of some clause ("in what the Pentagon described as ..."); a passive subject of another verb."""
    if mention.dep_ == "nsubj":
        return True
    return mention.dep_ == "nsubjpass" and mention.head.i != trigger.i


def writes_pairs(mutual: bool, sources: list[Token], targets: list[Token]) -> bool:
    """Whether the guide writes a learned event's parties pair by pair: always for a one-way act ("Iran, Iraq,
    Syria and Turkey condemned it": one event each), and for a mutual one (a meeting, talks) only up to three
    parties, beyond which each participant meets the host, whom the model cannot tell."""
    return not mutual or len(sources) + len(targets) <= MUTUAL_PAIRS_UP_TO


def _is_person_noun(tok: Token) -> bool:
    roles = roles_file()
    return tok.ent_type_ == "PERSON" or lemma_in(tok, roles.person_titles) or lemma_in(tok, roles.commentator_nouns)


def _only_describes(mention: Token, trigger: Token, resolvable: dict[int, bool]) -> bool:
    """A name that only modifies another noun of a party's phrase is no party by itself: "the UK government" is
    the government's phrase (that noun resolves and stands for it), "a Moscow correspondent" or "a fellow at a
    Washington think tank" describe a person (who, when no actor, is no party at all). A modifier of the trigger
    itself ("U.S. strikes") or of a noun that stands for nothing ("Syrian territory") is still a party."""
    if mention.dep_ not in ("compound", "amod", "nmod") or any(c.dep_ == "case" for c in mention.children):
        return False  # an owner ("Trump's policies", at times parsed nmod) is a party of its own
    head = mention.head
    while head.dep_ == "compound" and head.head.i != head.i and head.head.i != trigger.i:
        head = head.head  # "a Washington think tank": the phrase's head noun
    if head.i == trigger.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if resolvable.get(head.i) or _is_person_noun(head):
        return True
    # "a fellow at a Washington think tank": the phrase only says where a person works
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and _is_person_noun(head.head.head)
