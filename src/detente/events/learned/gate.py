"""The confidence gate: is an event the coder emitted likely to be right?

Every path (verb and noun patterns, the learned layer, the statement rules) emits events that are right only about
half the time on real news; the patterns were written on the team's own sentences, and some kinds of event hold up on
news far less than others. The gate reads, for every event that counts (not negated, not hypothetical), a few general
facts that name no sentence's words: which path coded it, how its source and target were found (a dictionary name, a
person, a role noun, a pronoun, a place, the context), the clause's position and reading, whether it is said or
quoted, the date's evidence and the learned layer's own score (train.yaml ``gate.features`` chooses the families read;
the CAMEO root and the parties' roles are computed but not read by the shipped gate). A small linear model
(``linear.SoftmaxModel``) trained on the annotations by ``detente train --gate`` turns them into a probability; an
event below its threshold is dropped and ``explain`` says so. There are two gates, each read by the layers it was
fitted on (``model.GATE_SLOTS``): the learned layer's (``gate.npz``, ``thresholds.gate``, over both layers' events)
and the patterns' (``gate_patterns.npz``, ``thresholds.gate_patterns``, s24). A threshold is 0 (the gate scores,
drops nothing) unless a human switched it on in train.yaml and its check confirms it (``train/gate.py``
``installed``: the held articles, or with none held every seed's out-of-fold deal).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Span, Token

from detente.actors.roles import role_group
from detente.data import gazetteer
from detente.events.learned import RULE_PREFIX
from detente.events.learned.model import GATE_SLOTS
from detente.events.patterns import STATEMENT_PREFIX
from detente.nlp.tree import inside_quotes, words_in
from detente.records import ActorRef, Event

if TYPE_CHECKING:
    from detente.events.arguments import Candidate
    from detente.events.clause import ClauseReading
    from detente.events.learned.linear import SoftmaxModel
    from detente.events.learned.model import LearnedModel

RIGHT = "right"  # the gate's positive class; its other class is "none"
NO_VECTOR = np.zeros(0, dtype=np.float32)


def path(rule: str) -> str:
    """Which path coded the event: the statement rules, the learned layer, or a verb or noun pattern."""
    if rule.startswith(STATEMENT_PREFIX):
        return "statement"
    if rule.startswith(RULE_PREFIX):
        return "model"
    return "pattern"


def gate_threshold(model: LearnedModel, rule: str, slot: str = "both") -> float:
    """The threshold of the gate of ``slot`` (``model.GATE_SLOTS``: ``thresholds.gate`` for the layer's gate,
    ``thresholds.gate_patterns`` for the patterns') for an event of ``rule``; for the learned layer's own events,
    ``thresholds.gate_model`` when it is higher. The layer's events are the ones the gate's doubt holds for on text the
    layer never saw (s17: dropped at 0.4 they were wrong 9 times in 9 on the 520 unseen train articles), while over
    every path it also drops a bare country's deeds that the team's own sets hold right."""
    th = model.thresholds
    every = th.get(GATE_SLOTS[slot][1], 0.0)
    return max(every, th.get("gate_model", 0.0)) if path(rule) == "model" else every


def depth(code: str) -> str:
    """How specific the code is: the root's own code ("190"), a three-digit code ("195") or a four-digit one."""
    if len(code) >= 4:
        return "4"
    return "root" if code.endswith("0") else "3"


def _words(actor: ActorRef, sent: Span) -> Span | None:
    """The words of the sentence the actor was read from, or None when it came from elsewhere (the article's
    context, an earlier sentence)."""
    return words_in(sent, actor.text)


def _names_a_country(words: Span) -> bool:
    """Whether the words are one of a country's names ("Spain", "the UK"), not a place within one."""
    names = gazetteer().country_names
    text = words.text.removesuffix("'s").removesuffix("’s")
    bare = " ".join(w for w in text.split() if w.casefold() != "the")
    return text in names or bare in names


def resolution(actor: ActorRef | None, sent: Span) -> str:
    """How a party was found, read from the words it came from: none, context (no words of this sentence), pronoun,
    person, country (one of its names), place (within a country), name (an organisation or other proper name),
    demonym, or noun (a role or description)."""
    if actor is None:
        return "none"
    words = _words(actor, sent)
    if words is None or len(words) == 0:
        return "context"
    head = words.root
    if head.pos_ == "PRON" or any(t.pos_ == "PRON" and t.dep_ != "poss" for t in words):
        return "pronoun"
    if head.ent_type_ == "PERSON":
        return "person"
    if head.ent_type_ in ("GPE", "LOC", "FAC"):
        return "country" if _names_a_country(words) else "place"
    if head.pos_ == "PROPN" or head.ent_type_ == "ORG":
        return "name"
    if head.ent_type_ == "NORP" or head.pos_ == "ADJ":
        return "demonym"
    return "noun"


def _role(actor: ActorRef | None) -> str:
    if actor is None:
        return "none"
    code = actor.code
    if code.startswith(("IGO", "NGO", "IMG")):
        return code[:3]
    return actor.role or ("country" if len(code) == 3 else code[3:6])


def _bucket(n: float, edges: tuple[float, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def way(rule: str, trigger: Token) -> str:
    """The finer path (s18): a verb or a noun pattern, the learned layer, the reader of what is said, a bare
    statement, or a pattern whose doer was implied by the article's earlier events or whose parties were named in an
    earlier sentence (a re-mention). Read from the rule's form, never its words."""
    parts = rule.split(".")
    kind = path(rule)
    if kind != "pattern":
        return kind
    if parts[0] == "said":
        return "said"
    if "remention" in parts:
        return "remention"
    if "implied_doer" in parts:
        return "implied"
    return "noun" if trigger.pos_ in ("NOUN", "PROPN") else "verb"


def rule_root(rule: str) -> str:
    """The root of the code the rule itself gives (``190.attack.verbal`` -> 19, ``said.112.x`` -> 11): a rule recoded
    by its reading (verbal, forceful, what is said) has another root than the event's."""
    parts = rule.split(".")
    code = parts[1] if parts[0] in ("said", "model") and len(parts) > 1 else parts[0]
    return code[:2] if code[:2].isdigit() else "none"


def party_kind(actor: ActorRef | None, sent: Span, found: str | None = None) -> str:
    """What kind of party an actor is, coarsely (s18): none, referred (a pronoun or a party of another sentence),
    person (a named person), country (a bare country), state (its government, forces, courts, legislature), armed
    (an armed group), org (an international or non-governmental organisation), people (any other role). ``found``:
    the actor's ``resolution`` where the caller has read it already (``gate_features`` reads it for its own
    family)."""
    if found is None:
        found = resolution(actor, sent)
    if actor is None:
        return "none"
    if found in ("pronoun", "context"):
        return "referred"
    if found == "person":
        return "person"
    role = _role(actor)
    if role == "country":
        return "country"
    if role in ("IGO", "NGO"):
        return "org"
    if role == "IMG" or role in role_group("armed") - role_group("home"):
        return "armed"
    if role in role_group("home"):
        return "state"
    return "people"


CLAUSE_OF_DEP = {"ROOT": "main", "relcl": "relative", "acl": "relative", "advcl": "subordinate", "ccomp": "reported"}


def clause_position(anchor: Token) -> str:
    """Where the event's clause sits (s18): the main clause, a relative clause, a subordinate (adverbial) clause, a
    complement clause (what is said or thought), or inside a noun phrase; conjuncts and open complements take their
    head's place."""
    tok = anchor
    for _ in range(8):
        if tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    if tok.dep_ in CLAUSE_OF_DEP:
        return CLAUSE_OF_DEP[tok.dep_]
    return "nominal" if tok.pos_ in ("NOUN", "PROPN") else "other"


def s18_features(
    event: Event, cand: Candidate, reading: ClauseReading, sent: Span, found: tuple[str, str], quoted: bool
) -> list[str]:
    """The families added at s18 (train.yaml ``gate.features`` chooses among them): the finer path, the rule's root
    beside the event's, the kinds of the two parties and their pair, the clause's position, and the date's evidence
    (the clause's own day or the article's fallback). ``found`` (the source's and the target's ``resolution``) and
    ``quoted`` are what ``gate_features`` has read for its own families: each would walk the sentence again."""
    rule = event.evidence.rule
    root = event.cameo.root
    src, tgt = party_kind(event.source, sent, found[0]), party_kind(event.target, sent, found[1])
    finer = way(rule, cand.trigger)
    rr = rule_root(rule)
    return [
        f"way={finer}",
        f"way_root={finer}|{root}",
        f"recoded={'no' if rr == root else rr + '>' + root}",
        f"source_kind={src}",
        f"target_kind={tgt}",
        f"kinds={src}>{tgt}",
        f"root_source_kind={root}|{src}",
        f"clause={clause_position(cand.anchor)}",
        f"said={'yes' if reading.attributed_text else 'no'}|quoted={'yes' if quoted else 'no'}",
        f"dated={event.date_precision}",
    ]


def gate_features(
    event: Event, cand: Candidate, reading: ClauseReading, sent: Span, candidates: int, others: int
) -> list[str]:
    """What the gate reads of one emitted event of sentence ``sent``: ``candidates`` is the number of candidates the
    sentence gave, ``others`` the number of the sentence's other events (with another trigger)."""
    way = path(event.evidence.rule)
    root = event.cameo.root
    found = (resolution(event.source, sent), resolution(event.target, sent))
    quoted = inside_quotes(cand.trigger)
    feats = [
        "bias",
        f"path={way}",
        f"root={root}",
        f"path_root={way}|{root}",
        f"depth={depth(event.cameo.code)}",
        f"source={found[0]}",
        f"target={found[1]}",
        f"source_role={_role(event.source)}",
        f"target_role={_role(event.target)}",
        f"trigger={cand.trigger.pos_}|{cand.trigger.dep_}",
        f"trigger_pos={cand.trigger.pos_}",
        f"modality={reading.modality}",
        f"sentence={_bucket(event.sentence_index, (0, 2, 6, 15))}",
        f"candidates={_bucket(candidates, (1, 2, 4))}",
        f"others={_bucket(others, (0, 1))}",
    ]
    if reading.expressed:
        feats.append("expressed")
    if reading.attributed_text:
        feats.append("attributed")
    if quoted:
        feats.append("quoted")
    if event.target is not None and event.source.code[:3] == event.target.code[:3]:
        feats.append("same_country")
    if cand.score is not None:
        feats.append(f"score={_bucket(cand.score, (0.6, 0.75, 0.9))}")
    return feats + s18_features(event, cand, reading, sent, found, quoted)


def gate_score(model: SoftmaxModel, feats: list[str]) -> float:
    """The probability that the event is right."""
    return float(model.proba(feats, NO_VECTOR)[model.classes.index(RIGHT)])
