"""Candidate events of a sentence from the verb and noun patterns (``data/verbs/*.yaml``).

For each verb whose lemma has patterns, the first pattern whose constraints hold gives a
*frame*: the code and the words that may name its parties; the argument stage resolves
them. When they do not resolve, a looser pattern of the same verb may still fit. Nouns do
the same for "talks between X and Y", "Israel's attack on Gaza" and light verbs ("held
talks with"). Every trigger that fits no pattern, or whose parties do not resolve, is kept as
a skip with its reason for ``explain``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Span, Token

from detente.actors import ArticleContext, head_role
from detente.actors.phrases import lemma_in
from detente.data import clauses, roles_file
from detente.data.schemas import NounPattern, VerbPattern
from detente.events.arguments import VIOLENT_ROOTS, Candidate, Frame, Resolution, SentenceParties
from detente.events.clause import anticipated, denied_by_subject, negated_by_word
from detente.events.concern import blamed_words
from detente.events.frames import for_clause_not_sources, is_infinitive, match_verb, slot_tokens
from detente.events.learned.layer import learned_frames
from detente.events.learned.model import LearnedModel
from detente.events.patterns import light_verbs, verb_index
from detente.events.remention import (
    REMENTION,
    dated,
    fitting_pattern,
    is_bare,
    is_date,
    is_definite,
    read_remention,
    states_the_event,
)
from detente.events.statements import is_statement, is_statement_id
from detente.events.tree import (
    aimed_objects,
    bridged_by,
    conjuncts,
    direct_objects,
    instrument_owners,
    is_instrument,
    is_passive,
    of_owner,
    participle_parties,
    prep_parties,
    reduced_passive,
    same_preposition,
    speaker_of_conjoined_act,
    speaker_subjects,
    struck_subjects,
    subjects,
)
from detente.nlp.repair import verb_lemma
from detente.nlp.tree import TIME_LABELS, asks, sentence_tokens
from detente.records import Skip, is_bare_country


def fired_munition(verb: Token, pattern: VerbPattern) -> bool:
    """A participle of force whose noun is a munition (``roles.yaml`` ``fell_on_munitions``) the pattern's own object
    names is the pattern's clause told in the passive, a deed done once ("shells fired by militants on the town",
    "barrel bombs dropped by regime helicopters", also with no doer named: "rockets fired on the town"); not the
    standing state of "a town besieged by the army", "the war waged by Turkey" or "forces backed by Iran". The noun
    decides, not a "by" doer: no doer is checked here (the doer, when named, is the source as for any passive).
    ``pattern``: the force pattern the participle fits."""
    return (
        pattern.code.startswith(VIOLENT_ROOTS)
        and lemma_in(verb.head, roles_file().fell_on_munitions)
        and lemma_in(verb.head, pattern.object or [])
    )


@dataclass
class SentenceResult:
    candidates: list[Candidate] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    matched: set[int] = field(default_factory=set)  # tokens where a pattern fit, coded or not
    # verbs of saying where only a bare statement (010.*) fit: no event for the other candidates' filters to see
    # ("told reporters that Mexico had opened talks": "told" governs no demand), only for the statements' own
    statements: set[int] = field(default_factory=set)
    # words the patterns read in another sense here: no pattern's object, context or complement fits the clause
    # ("stopped the enemy's advance"), or its event noun did not take place ("the talks were cancelled")
    refused: set[int] = field(default_factory=set)
    # words a pattern fit but a rule of the clause turned down as a deed of the pattern's root (a participle that
    # describes its noun's state, a killing told of an attack, a deed noun whose only doer word is its label): the
    # learned layer may not code them in the patterns' roots either, even though they count as matched
    barred: set[int] = field(default_factory=set)
    # event nouns whose only words before them are their pattern's kind words ("the rocket attack"): a re-mention of
    # them tells again only a deed of that very code (``remention.told_before`` ``kind``), here and in the day a later
    # mention gives back (``events/backday``)
    kinded: set[int] = field(default_factory=set)


FRAME_PREPS = {"in", "during"}
# "After talks with May, Macron said ...", "Trump said at a joint press event with Putin": whoever acts in a clause
# at or after a two-way event took part in it. Only for two-way nouns (talks, a call, a meeting): "after the attack on
# Paris, Macron said" makes Macron no attacker, and "at war with" is a standing relation, not a meeting.
TWO_WAY_PREPS = {"after", "following", "at"}


def clause_verb_of_noun(noun: Token, nlp: Language) -> Token | None:
    """The verb whose subject does what an event noun names.

    "X held talks with Y" (a light verb and its object), "In a phone call with Y, X said ..." (the noun frames the
    clause) and "X arrived on a visit to Y" (a verb of going, ``on_frame_verbs``) make X the party; any other verb
    does not ("X rejected talks", "X commented on the visit").
    """
    head = noun.head
    if noun.dep_ == "dobj" and verb_lemma(head, nlp, light_verbs()) in light_verbs():
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        if head.lower_ in FRAME_PREPS:
            return head.head  # "In a phone call with Y, X said ..."
        if head.lower_ == "on" and verb_lemma(head.head, nlp, frozenset()) in clauses().on_frame_verbs:
            return head.head  # "arrived on a visit to Israel", "departs on a trip to Asia"
    if (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ == "for"
        and head.head.pos_ == "VERB"
        and verb_lemma(head.head, nlp, frozenset()) in clauses().purpose_verbs
    ):
        return head.head  # "met for talks with Merkel", "flew to Beijing for talks with Xi"
    return None


GERUND_CLAUSE_DEPS = {"dobj", "nsubjpass", "aux", "auxpass", "mark", "neg", "xcomp", "ccomp"}


def nominal_gerund(tok: Token) -> bool:
    """An -ing form the small model tags as a verb where it names an event as a noun does: "shelling by the army
    killed 21", "killed in rebel shelling on the town", "bombing and shelling on Friday". It has no object, no
    auxiliary, no clause of its own and no subject but a modifier just before it ("rebel shelling"): "shelling the
    town" or "while shelling" are verbs, read by the verb's patterns."""
    if tok.tag_ != "VBG" or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in GERUND_CLAUSE_DEPS for c in tok.children):
        return False
    return all(c.i == tok.i - 1 for c in tok.children if c.dep_ == "nsubj")


def attack_gerund(tok: Token) -> bool:
    """A gerund read as a noun that names an attack (roles.yaml ``attack_nouns``: "shelling", "bombing"): its
    owner or by-phrase ("shelling by the army") names the doer, as for the noun."""
    return nominal_gerund(tok) and tok.lower_ in roles_file().attack_nouns


def gerund_modifier(gerund: Token) -> list[Token]:
    """The noun just before a gerund read as a noun, which the small model parses apart from it: "died in [rebel]
    shelling" (the object of "in", the gerund a clause of its own), "wounded in [ISIS] shelling" (the gerund
    hung on it), "[regime] shelling killed two" (its subject). In a noun phrase it would be the modifier that
    names the doer ("rebel shelling"); a determiner or a preposition between them leaves none."""
    before = gerund.nbor(-1) if gerund.i > gerund.sent.start else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return []
    split = before.dep_ in ("nsubj", "compound", "amod") and before.head.i == gerund.i
    return [before] if split or gerund.head.i == before.i or before.dep_ == "pobj" else []


def series_head(noun: Token) -> Token | None:
    """The word that counts an event noun's deeds: "conducted a series of raids", "launched a wave of
    attacks", "held a round of talks with Iran" (``clauses.yaml`` ``series_nouns``). The series stands in the clause
    where its deeds would ("carried out air strikes"), so the clause's verb and phrases are read from it; None when
    the noun is counted by no such word ("a list of attacks" names no deed done)."""
    series = of_owner(noun)
    return series if series is not None and series.lemma_.lower() in clauses().series_nouns else None


def purpose_objects(noun: Token, clause_verb: Token | None) -> list[Token]:
    """'launched an offensive to retake Mosul', 'mounted an attack to recapture the town of Qusayr': what a deed of
    force is launched to take or drive out (the object of a to-infinitive of ``clauses.yaml`` ``force_purposes``, on
    the noun or on the light verb that launched it, with no subject of its own) is what the deed is aimed at. Other
    purposes name no target ("launched an operation to rescue the hostages")."""
    wanted = clauses().force_purposes
    heads = [noun] + ([clause_verb] if clause_verb is not None else [])
    verbs = [
        c
        for h in heads
        for c in h.children
        if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
        and is_infinitive(c)
        and c.lemma_.lower() in wanted
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
    ]
    return [o for v in verbs for o in direct_objects(v) if o.ent_type_ not in TIME_LABELS]


def verb_between(noun: Token) -> list[Token]:
    """'heavy clashes broke out between X and Y', 'talks were held between X and Y': the parser hangs the pair an
    event noun is between on the verb the noun is the subject of; that "between" phrase (its preposition) is the
    noun's. Nothing when the noun has a "between" of its own, or is no subject."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return []
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"]


def noun_happened(noun: Token, nlp: Language) -> bool:
    """Whether the clause around an event noun leaves it an event that took place: not when its verb
    cancels, rejects, plans or asks for it ("the meeting ... was cancelled", "called for talks"), nor when it is what
    a noun of threat or fear is of ("threats of further strikes": ``unrealized_nouns``)."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX"):
        return verb_lemma(head, nlp, frozenset()) not in clauses().unrealized_verbs
    if (threat := of_owner(noun)) is not None and threat.pos_ == "NOUN":
        return threat.lemma_.lower() not in clauses().unrealized_nouns  # "threats of further strikes"
    return not sought(noun, nlp)


def sought(noun: Token, nlp: Language) -> bool:
    """'the president's plan for strikes on Iran', 'a request for authorization for air strikes', 'presses
    for approval for strikes on Iran': an event noun after "for" on a noun of plan, request or leave
    (``unrealized_for_nouns``) or on a verb of asking (``unrealized_for_verbs``) is sought, not done; the plan or
    the request is the news, coded (if at all) at its own word. Not on a verb of getting ready ('preparing for his
    meeting with Putin'): that event is scheduled."""
    words = clauses()
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.i == noun.head.i:
        return False
    owner = noun.head.head
    if owner.pos_ == "NOUN":
        return owner.lemma_.lower() in words.unrealized_for_nouns
    if owner.pos_ in ("VERB", "AUX"):
        return verb_lemma(owner, nlp, frozenset()) in words.unrealized_for_verbs
    return False


def undergoes(verb: Token) -> bool:
    """Whether the subject of a verb undergoes its deed rather than doing it: a passive ("were killed in air
    strikes") or a past participle on a noun ("people killed in air strikes"). Such a subject is never the doer
    of a one-way deed the clause frames; it still takes part in a two-way one ("was received at talks with")."""
    return is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")


SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


DESCRIBED_STATE = (
    "a participle with a 'by' agent describes its noun's standing state ('forces backed by Iran'); only verbal acts "
    "are read as news in that form (clauses.yaml reduced_passive_roots)"
)
RESULT_OF_ATTACK = (
    "the result of an attack its subject names ('the shelling killed 12'): the attack noun is the event, its weapon "
    "and aim give the code and the target, which a pattern naming no weapon cannot"
)


def result_of_an_attack(verb: Token, pattern: VerbPattern) -> bool:
    """'Rebel shelling of the city killed three civilians', 'a coalition raid killed two women': a verb of killing or
    hurting (``result_verbs``) whose subject is an attack or a weapon tells what that attack did. Annotators code
    the attack, at its noun, by its weapon and against whom it was aimed; a pattern of the verb that names no weapon
    (no ``context``) can give neither, and reads the attack's owner words and its victims as the parties. The weapon
    patterns ('airstrikes killed': 195) still read the verb."""
    if pattern.context or verb.lemma_.lower() not in clauses().result_verbs:
        return False
    subj = subjects(verb)
    return bool(subj) and all(is_instrument(s) for s in subj)


OWN_PARTY_BLAMED = (
    "the worry is about a party of the speaker's own code: a criticism (111) with no target, which root 11 does not "
    "code, and no pessimistic comment (012) either"
)
LABEL_ONLY = "the only doer word is the deed's label ('a terrorist attack'): it names the kind of deed, not who did it"


def undergoes_only(verb: Token) -> bool:
    """A passive verb naming no doer ("were destroyed"): what befell its subject."""
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps and "agent" not in deps


def unlabelled(filled: list[list[Token]], labels: set[str]) -> list[list[Token]]:
    """Source words without the labels of the noun's ``doer_label`` patterns ('a terrorist attack'): a label says what
    kind of deed it was, not who did it, so it names no doer ('the terrorist attack in Leeds' has none; 'a
    terrorist attack by Islamic State militants' has its agent)."""
    kept = [[t for t in words if t.lemma_.lower() not in labels and t.lower_ not in labels] for words in filled]
    return [words for words in kept if words]


@cache
def _sports_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of sport (``clauses.yaml`` ``sports_words``, loaded once) split into single words and phrases, once,
    not once per sentence."""
    words = clauses().sports_words
    return frozenset(w for w in words if " " not in w), tuple(w for w in words if " " in w)


def is_sport(sent: Span) -> bool:
    """A sentence about sport: "Brazil beat Argentina 2-0 in a World Cup qualifier" is a match, not an
    event between states. Two words of sport, or one and a score; names ("the Arab League") do not count."""
    single, several = _sports_words()
    found = {t.lower_ for t in sentence_tokens(sent) if t.is_lower and (t.lower_ in single or t.lemma_ in single)}
    if several:
        text = sent.text.lower()
        found |= {w for w in several if w in text}
    return len(found) >= 2 or (len(found) == 1 and SCORE.search(sent.text) is not None)


class SentenceCoder:
    """Finds the candidate events of one sentence from the patterns."""

    def __init__(
        self,
        ctx: ArticleContext,
        sentence_index: int,
        sent: Span,
        nlp: Language,
        *,
        model: LearnedModel | None = None,
        patterns: bool = True,
    ) -> None:
        self.ctx = ctx
        self.index = sentence_index
        self.sent = sent
        self.nlp = nlp
        self.model = model
        self.patterns = patterns
        self.parties = SentenceParties(ctx, sent, sentence_index)
        self.result = SentenceResult()

    def skip(self, trigger: Token, rule: str | None, reason: str, code: str | None = None) -> None:
        self.result.skips.append(
            Skip(
                sentence_index=self.index, trigger=trigger.text, rule=rule, reason=reason, start=trigger.idx, code=code
            )
        )

    def code(self) -> SentenceResult:
        sent, index = self.sent, verb_index()
        if is_sport(sent):
            if any(
                t.lemma_.lower() in index.by_lemma or t.lemma_.lower() in index.by_noun for t in sentence_tokens(sent)
            ):
                self.skip(sent.root, None, "a sentence about sport")
            return self.result
        for tok in sentence_tokens(sent) if self.patterns else ():
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX"):
                lemma = verb_lemma(tok, self.nlp, index.verb_lemmas)
                if lemma in index.by_lemma:
                    self._verb(tok, index.by_lemma[lemma])
                if tok.lower_ in index.by_noun and nominal_gerund(tok) and tok.i not in self.result.matched:
                    # "shelling by the army killed 21", "died in rebel shelling on the town": the small model tags
                    # the event noun as a verb with no subject or object of its own; its noun frame reads it
                    self._noun(tok, index.by_noun[tok.lower_])
            elif tok.pos_ in ("NOUN", "PROPN") and lemma in index.by_noun:
                self._noun(tok, index.by_noun[lemma])
        if self.model is not None:
            # a bare statement (010) leaves its verb of saying to the model: a criticism or an intention it reads
            # there is the more specific code, and the statement then gives way (events/statements.py)
            coded = {c.trigger.i for c in self.result.candidates if not is_statement(c)}
            refused = (self.result.refused - self.result.matched) | self.result.barred
            gated: list[tuple[Token, str, str, str]] = []  # what the model's recipe leaves to the patterns, and why
            for frame, score in learned_frames(
                sent, self.ctx, self.nlp, self.model, coded, refused, self.result.barred, gated
            ):
                frame.score = score
                self.result.matched.add(frame.trigger.i)
                self._emit(frame)
            for tok, rule, code, reason in gated:
                self.skip(tok, rule, reason, code)
        return self.result

    def _emit(self, frame: Frame) -> Resolution:
        """Resolve a frame's parties; keep its candidates, or the reasons it has none."""
        found = self.parties.resolve(frame)
        self._keep(frame, found)
        return found

    def _keep(self, frame: Frame, found: Resolution) -> None:
        self.result.candidates.extend(found.candidates)
        for reason in found.reasons:
            self.skip(frame.trigger, frame.rule, reason, frame.code)

    # verbs

    def _is_act(self, verb: Token) -> bool:
        """Whether ``verb`` is a verb of a pattern or already a coded trigger: an act of its own subject."""
        index = verb_index()
        return verb.i in self.result.matched or verb_lemma(verb, self.nlp, index.verb_lemmas) in index.by_lemma

    def _verb(self, verb: Token, patterns: list[VerbPattern]) -> None:
        failed = False
        described = False  # a pattern fit, but the participle describes its noun's state ('forces backed by Iran')
        fits: dict[int, bool] = {}  # pattern position -> whether it fits: the parse decides, so it is asked once
        for at, pattern in enumerate(patterns):
            if failed and pattern.target == ["none"]:
                continue  # the clause has a party we could not resolve: never code it as having none
            ok, override = match_verb(verb, pattern)
            fits[at] = ok
            if not ok:
                continue
            if override is not None:
                options = [override]
            else:
                options = [t for t in (slot_tokens(verb, slot, pattern) for slot in pattern.target) if t]
            if not options and "none" not in pattern.target:
                continue  # a later, looser pattern may fit (e.g. without a target)
            if (
                reduced_passive(verb)
                and not pattern.code.startswith(tuple(clauses().reduced_passive_roots))
                and not fired_munition(verb, pattern)
            ):
                self.skip(verb, pattern.id, DESCRIBED_STATE, pattern.code)
                described = True
                continue
            if result_of_an_attack(verb, pattern):
                # the attack noun is the event: neither a looser pattern nor the learned layer may code the verb
                self.skip(verb, pattern.id, RESULT_OF_ATTACK, pattern.code)
                self.result.matched.add(verb.i)
                self.result.barred.add(verb.i)
                return
            sources = speaker_of_conjoined_act(verb, pattern.code, self._is_act) or subjects(verb)
            if pattern.blame and self._blame(verb, pattern, pattern.blame, sources):
                self.result.matched.add(verb.i)
                return
            (self.result.statements if is_statement_id(pattern.id) else self.result.matched).add(verb.i)
            found = self._emit(
                Frame(
                    verb,
                    verb,
                    pattern.id,
                    pattern.code,
                    sources,
                    options,
                    mutual=pattern.mutual,
                    as_place=pattern.place == "target",
                    target_optional=pattern.target_optional,
                    fallback_sources=speaker_subjects(verb),
                    source_roles=pattern.source_roles,
                    not_own=pattern.not_own,
                    not_source_roles=for_clause_not_sources(verb, pattern),
                )
            )
            if found.toll:
                # "Boko Haram fighters killed 20 villagers": what the toll skip refuses, the learned layer may not
                # read as force either (roots 18-20, as for a result of an attack)
                self.result.barred.add(verb.i)
            if found.resolved:
                return
            # the parties did not resolve: a looser pattern of the same verb may still fit, but not one
            # without a target when the clause named a party we could not resolve ("demanded their release")
            failed = failed or found.unresolved_party
        if described and verb.i not in self.result.matched:
            self.result.barred.add(verb.i)  # a described state is no deed, whichever layer reads it
        if verb.i not in self.result.matched | self.result.statements:
            self.skip(verb, None, f"verb '{verb.text}' has patterns but none fits this clause")
        # a bare statement that fit does not make the verb's other senses fit: the model reads those as before
        if not any(
            fits[at] if at in fits else match_verb(verb, p)[0]
            for at, p in enumerate(patterns)
            if not is_statement_id(p.id)
        ):
            self.result.refused.add(verb.i)

    def _blame(self, verb: Token, pattern: VerbPattern, blame: str, speaker: list[Token]) -> bool:
        """'expressed concern over the regime's offensive': a worry whose topic names a party other than the
        speaker blames it (``pattern.blame``, 111; events/concern.py). A party of the speaker's own code is blamed
        too ('senators voiced concern that the Senate bill ...': the annotators code 111 with no target), but root
        11 needs a target (``addressed_roots``): no event, and no 012 either. False when the topic names no party
        we resolve: the pattern's own reading (012) stands. ``blame``: the pattern's blame code; ``speaker``: the
        doer words the pattern's own frame reads."""
        worries = [o for o in direct_objects(verb) if lemma_in(o, pattern.object or [])]
        blamed = [w for worry in worries for w in blamed_words(worry, verb, speaker)]
        if not blamed:
            return False
        rule = f"{blame}.{pattern.id.split('.', 1)[1]}.topic"
        frame = Frame(verb, verb, rule, blame, speaker, [blamed], fallback_sources=speaker_subjects(verb))
        found = self.parties.resolve(frame)
        if found.candidates:
            self._keep(frame, found)
            return True
        if found.resolved and found.same_actor:
            self.skip(verb, rule, OWN_PARTY_BLAMED, blame)
            return True
        return False

    # nouns

    def _noun(self, noun: Token, patterns: list[NounPattern]) -> None:
        counted = series_head(noun) or noun  # "launched a wave of air strikes": the wave stands in the clause
        if not noun_happened(counted, self.nlp):
            self.result.refused.add(noun.i)
            return  # "the meeting between X and Y was cancelled", "India's talks with Canada collapsed"
        before = clauses().past_event_modifiers
        # "an earlier wave of air strikes", "a previous round of talks": the series word's modifiers are the noun's
        if any(c.dep_ in ("amod", "advmod") and c.lower_ in before for t in {noun, counted} for c in t.children):
            self.result.refused.add(noun.i)
            self.skip(noun, None, "background: a word of before modifies the event noun")
            return  # "her earlier stops in Chile", "previous talks with Iran": history, not news
        clause_verb = clause_verb_of_noun(counted, self.nlp)
        governor = counted.head if counted.dep_ in ("dobj", "nsubjpass") and counted.head.pos_ == "VERB" else None
        anchor = clause_verb or governor or noun
        if clause_verb is not None and counted.dep_ == "pobj":
            # "offered to mediate during a phone call with Putin": the call happened, whatever the offer
            while anchor.dep_ in ("xcomp", "advcl") and anchor.head.i != anchor.i:
                anchor = anchor.head
        around: set[str] = set()  # the words of the noun's clause, read once for the patterns that need them
        if any(p.context for p in patterns):
            around = {t.lemma_.lower() for t in noun.subtree} | {t.lemma_.lower() for t in anchor.subtree}
            around |= {t.lemma_.lower() for p in verb_between(noun) for t in p.subtree}
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
                # "Israeli fire on the border killed two": the verb a subject noun governs is its clause's word
                around.add(noun.head.lemma_.lower())
        if all(p.context for p in patterns) and not any(around & set(p.context) for p in patterns):
            self.result.refused.add(noun.i)  # every pattern of the noun needs words this clause lacks
        has_owner = any(c.dep_ == "poss" for c in noun.children)
        # "hours into his visit to the UK", "amid his talks with Xi": an owned event noun that frames the clause in
        # time is under way, and its owner is its doer; so is the owner of a meeting or a journey wherever it stands
        # (``owner_takes_part``: "ahead of his visit", "his visit was his first"), not of other deeds
        owner_acts = has_owner and clause_verb is None and noun.dep_ == "pobj"
        owner_acts = owner_acts and noun.head.lower_ in clauses().owner_frame_preps
        owner_acts = owner_acts or (has_owner and clause_verb is None and owner_takes_part(noun, patterns))
        if (
            has_owner
            and clause_verb is None
            and not owner_acts
            and not any("poss" in (p.source or []) for p in patterns)
        ):
            self.result.refused.add(noun.i)  # "Putin's visit to ...": for these nouns an owner alone is background
        framing = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in TWO_WAY_PREPS else None
        framing = framing if framing is not None and framing.pos_ == "VERB" and clause_verb is None else None
        if (
            framing is None
            and clause_verb is None
            and noun.dep_ == "dobj"
            and noun.head.pos_ == "VERB"
            and verb_lemma(noun.head, self.nlp, frozenset()) in clauses().two_way_verbs
        ):
            framing = noun.head  # "X received a call from Y": X takes part in the call
        named = False  # whether any pattern found words for a party of the noun in its own sentence
        # "a terrorist attack": the label of a doer_label pattern names the deed's kind, for that pattern and the
        # looser ones after it; the weapon patterns before it ("a terrorist rocket attack") read it as the doer, as
        # the annotators of real news do
        labels: set[str] = set()
        for pattern in patterns:
            if pattern.context and not around & set(pattern.context):
                continue
            if pattern.doer_label:
                labels |= around & set(pattern.context or ())
            if pattern.opening and points_back(noun):
                continue  # "killed in those clashes with ...": the fight told before, not an opening (remention's)
            if (
                pattern.opening
                and (why := unreported(noun, clause_verb if clause_verb is not None else framing)) is not None
            ):
                self.skip(noun, pattern.id, why, pattern.code)
                continue
            if framing is not None and (pattern.mutual or pattern.participants):
                clause_verb = framing
            if pattern.participants:
                parts = self._noun_slot(noun, pattern.participants, clause_verb)
                named = named or bool(parts)
                if parts:
                    self._emit(Frame(noun, anchor, pattern.id, pattern.code, parts, [], mutual=True))
                    return
                continue
            slots = pattern.source
            if owner_acts and "subj" in slots and "poss" not in slots:
                slots = [*slots, "poss"]
            if clause_verb is not None and undergoes(clause_verb):
                # "civilians killed in US air strikes": the victims are no doers; but "soldiers were killed in
                # clashes with militants": who undergoes the clause took part in a two-way deed
                slots = [("undergoer" if pattern.mutual else None) if s == "subj" else s for s in slots]
                slots = [s for s in slots if s is not None]
            filled = [s for s in (self._noun_slot(noun, slot, clause_verb) for slot in slots) if s]
            # "the town came under regime shelling": the subject is what the attack hit
            hit = struck_subjects(noun) if pattern.code[:2] in VIOLENT_ROOTS else []
            if hit:
                filled = [f for f in filled if not set(f) & set(hit)]
            owned = {"poss", "mod"} & set(pattern.source)  # the pattern takes an owner as the doer...
            if owned and (is_instrument(noun) or attack_gerund(noun)) and (owners := instrument_owners(noun)):
                filled.append(owners)  # ...so any owner of the attack does: "air raids by regime aircraft"
            if labels and filled and not (filled := unlabelled(filled, labels)):
                # "the terrorist attack in Leeds": the label names the deed's kind and no doer; no looser pattern
                # of the noun may read it as one
                self.skip(noun, pattern.id, LABEL_ONLY, pattern.code)
                self.result.matched.add(noun.i)
                self.result.barred.add(noun.i)
                return
            # "fresh strikes on the town", "Monday's shelling": when all the slots' words are of degree or day, a frame
            # that finds no source leaves the noun naming no party, free to re-mention the event told before
            # a word of the pattern's own kind ("the rocket attacks" of rocket_attack) is loose too, but then the
            # earlier event must be of that very code (``read_remention`` ``kind``): not an air strike's
            kind = set(pattern.context or ())
            # with every word before the noun, which no slot may have read ("the 2015 air strikes")
            read = [w for t in [*(t for words in filled for t in words), *noun.lefts] for w in t.subtree]
            loose = bool(filled) and all(loose_word(w, noun) or lemma_in(w, kind) for w in read)
            if loose and any(lemma_in(w, kind) and not loose_word(w, noun) for w in read):
                self.result.kinded.add(noun.i)
            # an opening fight names its parties only with its other side ("killed in clashes" names the dead's
            # side alone: the noun may still tell the fight told before, ``remention.bare_roots``)
            named = named or (bool(filled) and not loose and not pattern.opening)
            if not filled:
                continue
            options = [t for t in (self._noun_slot(noun, slot, clause_verb) for slot in pattern.target) if t]
            if (
                pattern.opposed is not None
                and (against := self._opposed(noun, pattern.opposed, clause_verb)) is not None
            ):
                # "killed in fighting with US-backed forces against Islamic State": "with" is alongside; the other
                # side is the "against" party, or none when that phrase names no actor word
                options = [against] if against else []
            named = named or (pattern.opening and bool(filled) and not loose and bool(options))
            if not options and not pattern.mutual and (aimed := aimed_objects(noun)):
                options = [aimed]  # "sorties targeting ISIL positions"
            if not options and not pattern.mutual and pattern.code[:2] in VIOLENT_ROOTS:
                options = [p] if (p := purpose_objects(noun, clause_verb)) else []  # "launched an attack to retake X"
            if hit and not pattern.mutual:
                options = [hit, *options]
            if not options and "none" not in pattern.target:
                continue
            # the source slots in the pattern's order: the first whose words name an actor is the source
            # ("killed in Syrian government shelling": not the victims, the subject of "killed")
            for k, sources in enumerate(filled):
                frame = Frame(
                    noun,
                    anchor,
                    pattern.id,
                    pattern.code,
                    sources,
                    options,
                    mutual=pattern.mutual,
                    as_place=pattern.place == "target",
                )
                found = self.parties.resolve(frame)
                if pattern.opening:
                    found = armed_sides(found)
                last = k == len(filled) - 1
                if found.resolved or last or not found.reasons[0].startswith("no source"):
                    if loose and not found.resolved and found.reasons[0].startswith("no source"):
                        break
                    self.result.matched.add(noun.i)
                    self._keep(frame, found)
                    if found.resolved:
                        return
                    break
        if not named and noun.i not in self.result.matched:
            self._remention(noun, anchor, patterns, around, clause_verb)

    def _remention(
        self, noun: Token, anchor: Token, patterns: list[NounPattern], around: set[str], clause_verb: Token | None
    ) -> None:
        """'The attack killed 12': a definite event noun whose sentence names no party re-mentions an event the
        article coded before (``events/remention.py``); indefinite nouns and ambiguous antecedents give nothing."""
        if not clauses().remention.enabled:
            return
        if not around:
            around = {t.lemma_.lower() for t in noun.subtree} | {t.lemma_.lower() for t in anchor.subtree}
        pattern = fitting_pattern(patterns, around)
        bare = pattern is not None and pattern.code[:2] in clauses().remention.bare_roots and is_bare(noun)
        if not is_definite(noun) and not bare:
            reason = "names no party, and without 'the' it is a new event, not a re-mention of an earlier one"
            self.skip(noun, REMENTION, reason)
            return
        if pattern is None or not states_the_event(noun, pattern.mutual or pattern.participants is not None):
            return
        hit = struck_subjects(noun) if pattern.code[:2] in VIOLENT_ROOTS else []
        options = [t for t in (self._noun_slot(noun, slot, clause_verb) for slot in pattern.target) if t]
        options = [hit, *options] if hit and not pattern.mutual else options
        verb = noun.head
        if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() not in clauses().result_verbs:
            # "the bombardment struck the town of X": what the deed's verb hit is its target ("the strikes killed 12
            # people": the dead are its result, and the target is the earlier event's)
            options += [o] if (o := direct_objects(verb)) and not pattern.mutual else []
        deed = self._deed_before(noun, pattern.code[:2])
        if deed is not None:
            # "Turkish jets struck Afrin, and the strikes killed 12": the noun may tell again the deed of its own
            # sentence, coded or not, rather than one told before
            reason = f"a re-mention after a deed of its kind in its own sentence ('{deed.text}')"
            self.skip(noun, f"{pattern.id}.{REMENTION}", reason)
            return
        loose = bare and not is_definite(noun)
        kinded = noun.i in self.result.kinded
        reading = read_remention(
            noun, anchor, pattern, options, self.ctx.events, self.index, self.parties, loose, kinded
        )
        if reading.candidates:
            self.result.matched.add(noun.i)
            self.result.candidates.extend(reading.candidates)
        elif reading.reason:
            self.skip(noun, f"{pattern.id}.{REMENTION}", reading.reason)

    def _deed_before(self, noun: Token, root: str) -> Token | None:
        """A verb of a pattern of the re-mentioned roots (``remention.rival_roots``, else the noun's) before the noun
        in its sentence, or the trigger of an event of those roots found there."""
        roots = set(clauses().remention.rival_roots) or {root}
        found = {c.trigger.i for c in self.result.candidates if c.code[:2] in roots and c.trigger.i < noun.i}
        # the verbs the noun's clause hangs on tell what the deed did, and so do their passive conjuncts naming no
        # doer ("positions were destroyed and 7 were killed in the strikes"; not "jets struck Afrin, and the strikes
        # killed 12"), as a result verb does anywhere ("those killed in the strikes")
        clause = []
        tok = noun
        while tok.head.i != tok.i and not (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")):
            tok = tok.head  # up to the verb of the noun's clause: a verb it is conjoined to is another clause
            clause.append(tok)
        own = {a.i for a in clause} | {c.i for a in clause for c in a.conjuncts if undergoes_only(c)}
        results = set(clauses().result_verbs)
        index = verb_index()
        for tok in self.sent:
            if tok.i >= noun.i:
                break
            if tok.i in own or tok.lemma_.lower() in results:
                continue
            if tok.i in found:
                return tok
            if tok.pos_ in ("VERB", "AUX"):
                patterns = index.by_lemma.get(verb_lemma(tok, self.nlp, index.verb_lemmas), [])
                if any(p.code[:2] in roots for p in patterns):
                    return tok
        return None

    def _noun_slot(self, noun: Token, slot: str, clause_verb: Token | None) -> list[Token] | None:
        if slot == "poss":
            return [c for child in noun.children if child.dep_ == "poss" for c in conjuncts(child)] or None
        if slot == "mod":  # "Israeli air strikes", "regime shelling", "Syrian government shelling"
            words = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
            if nominal_gerund(noun):
                words += gerund_modifier(noun)
            mods = [c for c in words if c.ent_type_ or head_role(c, [c]) is not None]
            return mods or None
        if slot == "subj":
            return subjects(clause_verb) if clause_verb is not None else None
        if slot == "undergoer":  # the passive's subject, or the noun a past participle describes ("soldiers killed in")
            if clause_verb is None:
                return None
            if clause_verb.dep_ == "acl":
                return conjuncts(clause_verb.head)
            return [c for ch in clause_verb.children if ch.dep_ == "nsubjpass" for c in conjuncts(ch)] or None
        if slot.startswith("prep:"):
            # "an attack by rebels on the district": the parser hung "on" on the "by" phrase's object
            found = prep_parties(noun, slot[5:]) or bridged_by(noun, slot[5:]) or participle_parties(noun, slot[5:])
            if not found and (counted := series_head(noun)) is not None:
                found = prep_parties(counted, slot[5:])  # "a wave of raids in Syria's north"
            if not found and clause_verb is not None:
                found = prep_parties(clause_verb, slot[5:])
            if not found and slot == "prep:between" and verb_between(noun):
                # "clashes broke out between X and Y": the pair the parser hung on the verb the noun is subject of
                found = prep_parties(noun.head, "between")
            return found or None
        return None

    def _opposed(self, noun: Token, slot: str, clause_verb: Token | None) -> list[Token] | None:
        """The parties of the noun's ``opposed`` phrase ("against Islamic State"), found on the noun, on its clause's
        verb, or hung by the parser on the object of another of the noun's phrases ("with US-backed forces against
        IS": "against" on "forces"); an empty list when the phrase is there with no party, None when it is not."""
        if own := self._noun_slot(noun, slot, clause_verb):
            return own
        prep = slot.removeprefix("prep:")
        objects = [o for c in noun.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        if found := [p for o in objects for p in prep_parties(o, prep)]:
            return found
        heads = [noun, *objects, *([clause_verb] if clause_verb is not None else [])]
        there = any(c.dep_ == "prep" and same_preposition(c.lower_, prep) for h in heads for c in h.children)
        return [] if there else None


def unreported(noun: Token, clause_verb: Token | None) -> str | None:
    """Why an ``opening`` fight's sentence reports no fight, else None: a question ("Were soldiers killed in clashes
    with militants?"), as the re-mention's guard (``remention._bare_guard``) refuses one; a negated or denied toll
    or light verb ("No soldiers were killed in clashes with ...", "were not killed in ..."): the sentence denies the
    deaths, not the fighting, and says nothing sure of it; a noun its own negation denies ("no clashes with ...")."""
    if asks(noun.sent):
        return "an opening fight in a question: no report of the fighting"
    none = clauses().none_determiners
    if clause_verb is not None and (negated_by_word(clause_verb) or denied_by_subject(clause_verb)):
        return "an opening fight under a negated or denied verb: no report of the fighting"
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in none) for c in noun.children):
        return "an opening fight under a negation: no report of the fighting"
    return None


def points_back(noun: Token) -> bool:
    """Whether a demonstrative ("those clashes", "this fighting") makes the noun a fight told before: an
    ``opening`` pattern then reads no sides under it (its "with" may be a clause of its own: "those clashes, with
    Kurdish forces capturing the hill")."""
    return any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in noun.children)


def armed_sides(found: Resolution) -> Resolution:
    """An ``opening`` fight's candidates whose both sides are more than a bare country: "militants of the group
    operating in Iraq and Syria" names an armed side; "Syria" read from it names none. When none is left the
    frame gives nothing, with the reason kept for ``explain``."""
    kept = [c for c in found.candidates if not is_bare_country(c.source) and not is_bare_country(c.target)]
    if len(kept) == len(found.candidates):
        return found
    reasons = found.reasons + ([] if kept else ["a side of a fight is a bare country, not an armed actor"])
    return replace(found, candidates=kept, reasons=reasons, resolved=bool(kept))


def loose_word(tok: Token, noun: Token) -> bool:
    """Whether a word a source slot read leaves the noun naming no party: a word of degree or time from the closed
    list ``remention.loose_modifiers`` ("the heavy shelling", "the fresh strikes"), a day as the owner of a noun with
    no determiner ("Monday's strikes": ``remention.dated``), or the marks around them. Any other word may name a
    doer ("coalition", "allied"), the deed's kind ("rocket", "mortar", "retaliatory", "cross-border") or another
    time ("the 2015 strikes"), and keeps the noun from re-mentioning the event told before. Asked of every word
    under a slot's words: the parser hangs "regime" on "air" in "regime air strikes"."""
    if tok.dep_ in ("case", "punct", "det") or tok.is_punct:
        return True
    if is_date(tok):
        return dated(noun)
    return lemma_in(tok, clauses().remention.loose_modifiers)


def owner_takes_part(noun: Token, patterns: list[NounPattern]) -> bool:
    """'his maiden trip to Beijing', 'Putin's visit to North Korea was his first': the owner of a meeting or a
    journey (every pattern of the noun of ``clauses.yaml`` ``owner_doer_codes``) is its party wherever the noun
    stands, as the guide codes nominal events ('touched down on his first state visit', 'set the stage for his
    visit'). Not a noun something is said of: the object of a preposition on another noun ('questions over his
    trip', 'criticism of her visit', 'protests against Xi's visit'), of ``owner_topic_preps`` on a verb ('was
    criticised over his trip'), or of "on" on a verb of speech or of ``topic_verbs`` ('commented on Biden's visit');
    nor one its verb denies or puts ahead ('Macron's visit never happened', 'his visit will be his first': the
    subject of a negated verb or of one with a future or modal auxiliary), nor one a participle of
    ``unrealized_verbs`` or one of ``owner_unheld_modifiers`` modifies ('his proposed summit', 'a possible meeting';
    'his upcoming trip', 'her planned visit' are scheduled: ``anticipation_modifiers``, modality intent)."""
    words = clauses()
    if not all(p.code.startswith(tuple(words.owner_doer_codes)) for p in patterns):
        return False
    unheld = {*words.unrealized_verbs, *words.owner_unheld_modifiers} - set(words.anticipation_modifiers)
    if any(c.dep_ == "amod" and (c.lemma_.lower() in unheld or c.lower_ in unheld) for c in noun.children):
        return False  # "his proposed summit", "her postponed visit", "a possible meeting": may never be held
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        negated = negated_by_word(head)
        failed = head.lemma_.lower() in words.failure_verbs and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in words.happening_verbs for c in head.children
        )
        negated = negated or failed  # "his visit failed to materialise" ("failed to yield a deal": it was held)
        aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        return not negated and not aux & {*words.future_aux, *words.hypothetical_aux}
    if noun.dep_ != "pobj" or anticipated(noun):
        return True  # "in advance of his talks with X": a scheduled event, not a topic of "advance"
    if head.head.pos_ in ("NOUN", "PROPN"):
        return False
    if head.head.pos_ not in ("VERB", "AUX"):
        return True
    if head.lower_ in words.owner_topic_preps:
        return False
    verb = head.head.lemma_.lower()
    return not (head.lower_ == "on" and (verb in words.speech_verbs or verb in words.topic_verbs))
