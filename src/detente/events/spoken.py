"""A word of force said of words (s34-senses): "attacked Trudeau for raising questions", "hammered his ideas",
"attacked Khan as 'pathetic'", "attacked our allies, suggesting ...". The clause's own words tell the attack was of
words; the roles guard each path, since a strike has reasons and excuses too. ``filters.verbal_code`` asks it first.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.phrases import lemma_in
from detente.data import clauses
from detente.events.arguments import Candidate
from detente.events.tree import direct_objects, is_instrument
from detente.records import is_bare_country


def spoken_reason(cand: Candidate) -> bool:
    """Whether a word of force is said of words (``clauses.yaml`` ``spoken_reason``): its reason is a thing said
    ("attacked Trudeau for raising questions", "attacked her over her remarks", "targeted him for saying ..."), or
    its own object is a thing of words or ideas, no body to strike ("hammered his ideas", "an attack on his
    policy"), or an "as" judgement or a participle of saying tells its words. The roles guard each path: never when
    an armed body does it or is struck (``armed_roles``: "police attacked reporters for questioning them"), nor with a
    weapon named ("attacked the plan's backers with knives"); the reason and the idea object never between a
    government and a government or a bare country ("struck Gaza over Hamas's statements"); the judgement and the
    participle only from a political source (``_between_political``), a government or bare country as target only
    after a light verb's noun."""
    sense = clauses().spoken_reason
    word = cand.trigger
    if sense is None or word.lemma_.lower() not in sense.words:
        return False
    if (cand.named_source or cand.source).role in sense.armed_roles or cand.target is None:
        return False
    if cand.target.role in sense.armed_roles:
        return False  # "the government attacked Boko Haram for defending the kidnappers": a strike on an armed body
    heads = [word]
    if word.pos_ == "NOUN" and word.dep_ in ("dobj", "pobj") and word.head.pos_ in ("VERB", "AUX"):
        heads.append(word.head)  # "launched an attack on Corbyn over his remarks": the light verb holds the reason
    # a reason or an idea object is no sign of words when a government meets a government or a state: "the Israeli
    # government struck Gaza over Hamas's statements" (review of s34-senses); the "as" judgement and the participle
    # have their own guard (``_between_political``)
    state_pair = (cand.named_source or cand.source).role == "GOV" and (
        cand.target.role == "GOV" or is_bare_country(cand.target)
    )
    phrases = [(p, o) for h in heads for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if any(is_instrument(o) for _, o in phrases):
        return False
    ideas = {*sense.idea_nouns, *sense.spoken_nouns}
    objects = direct_objects(word) if word.pos_ in ("VERB", "AUX") else []
    objects += [o for p, o in phrases if p.head.i == word.i and p.lower_ in sense.object_preps]
    if not state_pair and any(lemma_in(o, list(ideas)) for o in objects):
        return True
    # "attacked Khan as 'pathetic'": an "as" judgement, as "call X Y" judges (the small model hangs a lone adjective
    # on "as" as its modifier)
    judged = [
        o
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for o in p.children
        if o.dep_ in ("pobj", "amod", "acomp")
    ]
    if any(lemma_in(o, sense.judgement_words) for o in judged) and _between_political(cand):
        return True
    # "attacked our allies at a summit, suggesting they could go their own way"; a government or a state as target
    # only after the noun of a light verb ("launched a stern attack on Russia, claiming ..."): "the Israeli
    # government attacked Syria, claiming Iranian forces hid there" is a strike with its excuse
    light = len(heads) > 1
    if (
        _spoken_participle(heads, sense.participles)
        and _between_political(cand)
        and (light or not (cand.target.role == "GOV" or is_bare_country(cand.target)))
    ):
        return True
    if state_pair:
        return False
    reasons = [o for p, o in phrases if p.lower_ in sense.reason_preps]
    reasons += [
        c
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in sense.reason_preps
        for c in p.children
        if c.dep_ == "pcomp"
    ]
    return any(_spoken(o, sense.spoken_nouns, sense.spoken_verbs) for o in reasons)


def _spoken_participle(heads: list[Token], participles: list[str]) -> bool:
    """', suggesting ...', ', claiming that ...': a participle of saying hung on the word (or its light verb) tells
    what the attack said."""
    return any(
        c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in participles
        for h in heads
        for c in h.children
    )


def _between_political(cand: Candidate) -> bool:
    """The source is a political actor (``verbal_sense`` roles) and the target no armed body (a political actor, or
    a body with no role such as an alliance or a state), so a participle of saying or an "as" judgement is the
    attack's own words, not a soldier's excuse ("the army struck the group as a threat")."""
    sense, reason = clauses().verbal_sense, clauses().spoken_reason
    if sense is None or reason is None or cand.target is None:
        return False
    source = (cand.named_source or cand.source).role
    return source in sense.roles and cand.target.role not in reason.armed_roles


def _spoken(reason: Token, nouns: list[str], verbs: list[str]) -> bool:
    """'over his remarks', 'for saying', 'for raising questions': a noun of a thing said, a gerund of saying, or a
    gerund whose object is a thing said."""
    if reason.pos_ in ("VERB", "AUX") or reason.tag_ == "VBG":
        return reason.lemma_.lower() in verbs or any(lemma_in(o, nouns) for o in direct_objects(reason))
    return lemma_in(reason, nouns)
