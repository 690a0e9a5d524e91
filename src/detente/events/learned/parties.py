"""Which resolvable mentions of a sentence the learned layer takes as a trigger's source and target.

Split from ``layer.py``: the argument model scores every mention, and these rules keep a score from naming a party
that cannot be one here: a mention told by the trigger's speaker, a place where a partner is meant, a party acting
in another clause, a noun that only describes another, the speaker of a report as its target.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from detente.actors.holders import of_doing
from detente.actors.phrases import lemma_in
from detente.data import clauses, roles_file
from detente.events.arguments import MUTUAL_PAIRS_UP_TO, names_where
from detente.events.learned.features import argument_features, argument_vector, lexicon_roots
from detente.events.learned.model import LearnedModel
from detente.events.tree import conjuncts, is_instrument

SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def parties(
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
    attack); ``partner``: the trigger is mutual, so its target is a doer too, and never a place (:func:`a_place`);
    ``reporters``: mentions that resolve to a role that reports (:func:`reporting_roles`), no target when they are
    of the speaker (:func:`_of_the_speaker`)."""
    classes = model.arguments.classes
    src_at, tgt_at = classes.index("source"), classes.index("target")
    scored = []
    for m in mentions:
        if m.i == trigger.i or not resolvable.get(m.i) or only_describes(m, trigger, resolvable):
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
        and not (partner and a_place(s[0]))
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


def a_place(mention: Token) -> bool:
    """'fighting with gunmen near the town of Hazano', 'militants operating in Iraq and Syria': a place noun
    (``place_nouns``) or a name after a preposition of place (``arguments.names_where``) is where, not a partner of a
    mutual deed (clashes, talks), who would be coded as its doer too."""
    return names_where(mention)


@cache
def reporting_roles() -> frozenset[str]:
    """The roles that report, watch or tend deeds (``clauses.yaml`` ``unarmed_roles``, of any root: MED, HRI, NGO)."""
    return frozenset(r for roles in clauses().unarmed_roles.values() for r in roles)


def _of_the_speaker(mention: Token, trigger: Token) -> bool:
    """'... killed by Turkish shelling," said Rami Abdel Rahman, who heads the Syrian Observatory': a name in the
    phrase of the subject of a verb of saying (``speech_verbs``) other than the trigger. Its caller leaves it out as a
    target only when it resolves to a role that reports (:func:`reporting_roles`): the monitor tells of the deed,
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


def only_describes(mention: Token, trigger: Token, resolvable: dict[int, bool]) -> bool:
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
