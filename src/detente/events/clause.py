"""Reading an event's clause: negation, modality and who reported it.

"did not attack", "failed to broker" are negated; "will visit", "plans to" are intentions; "threatened to" a
threat; "urged X to" a demand; "if", "could" hypothetical; "X said that ..." and "according
to X" attribute the clause. The verbs that govern the event's clause decide, read upward
from the event's anchor verb.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from detente.actors.phrases import lemma_in
from detente.data import clauses, roles_file
from detente.events.tree import SUBJECT_DEPS, ended_by_governor, is_passive
from detente.nlp.tree import in_perfect, inside_quotes, prep_objects
from detente.records import Modality


@dataclass(frozen=True)
class ClauseReading:
    negated: bool
    modality: Modality
    attributed_text: str | None  # the speaker phrase's words; the event's attributed_to is its code
    future: bool
    expressed: bool = False  # an actor stated the intention ("said it would", "pledged to")
    attributed_head: Token | None = None  # the head of the speaker's phrase (``attributed_text`` its words)


def told_unreal(verb: Token) -> bool:
    """Whether a clause is told with a modal of ``hypothetical_aux`` on its own verb ("would have met", "could be a
    partner"): a deed that did not or may not happen, no day to count from (``offset``) nor praise (``saying``).
    ``read_clause`` reads the same words as the hypothetical modality, over passive auxiliaries and completed verbs
    too."""
    modals = clauses().hypothetical_aux
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def chain(verb: Token) -> list[Token]:
    """The verb and the verbs that govern it up to the clause root."""
    out = [verb]
    tok = verb
    while tok.head.i != tok.i and len(out) < 8:
        tok = tok.head
        out.append(tok)
    return out


def read_clause(anchor: Token, sent: Span) -> ClauseReading:
    words = clauses()
    negated = negated_by_word(anchor) or denied_by_subject(anchor) or passed_over(anchor) or ended_by_governor(anchor)
    modality: Modality = "asserted"
    future = False
    aux = [c.lower_ for v in (anchor, *completed(anchor)) for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a in words.future_aux for a in aux):
        modality, future = "intent", True
    elif any(a in words.hypothetical_aux for a in aux):
        modality = "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in words.hypothetical_marks for c in anchor.children):
        modality = "hypothetical"
    if anticipated(anchor):
        modality, future = "intent", True
    attributed: str | None = None
    speaker: Token | None = None
    by_intent_verb = False
    tok = anchor
    hops = 0
    while tok.head.i != tok.i and hops < 6:
        dep, gov = tok.dep_, tok.head
        lemma = gov.lemma_.lower()
        if dep in ("xcomp", "ccomp", "advcl", "conj"):
            # "threatened on Tuesday to launch ...": the small model often hangs the infinitive as advcl
            infinitive = dep == "xcomp" or (
                dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            )
            if infinitive and (any(c.dep_ == "neg" for c in gov.children) or lemma in words.failure_verbs):
                negated = True  # "did not try to meet", "failed to broker a truce"
            if infinitive and _predicate_adjective(gov):
                modality, future, negated, by_adjective = _adjective_reading(gov, modality, future, negated)
                by_intent_verb = by_intent_verb or by_adjective
            elif infinitive and lemma in words.intent_verbs:
                # "May is scheduled to meet Juncker", "the ceasefire was meant to facilitate talks", "is expected to
                # visit": a verb of intention in the passive tells a schedule or another's purpose, not an intention
                # its subject states; the deed keeps its own code with modality intent (guide 2: a scheduled event)
                modality, future = "intent", True
                by_intent_verb = by_intent_verb or not _passive(gov)
            elif infinitive and lemma in words.threat_verbs:
                modality, future = "threat", True
            elif infinitive and lemma in words.demand_verbs:
                modality, future = "demand", True
            elif dep == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in words.hypothetical_marks for c in tok.children
            ):
                modality = "hypothetical"
            elif (
                dep == "ccomp"
                and lemma in words.demand_verbs
                and not (modality == "asserted" and told_as_fact(tok, lemma, sent))
            ):
                modality, future = "demand", True
            elif dep == "ccomp" and lemma in words.threat_verbs and ("would" in aux or "will" in aux):
                modality, future = "threat", True  # "warned that Israel would strike"
            elif dep == "ccomp" and lemma in words.intent_verbs:
                modality = "hypothetical"  # "proposed that Kyiv sever relations"
            elif dep == "ccomp" and lemma in words.deny_verbs:
                negated = True
            elif infinitive and modality == "asserted" and _modal(gov, words.governing_modals):
                # "May could use the summit to appeal to EU leaders", "contacts that could help set up
                # talks": the deed is the purpose of a verb a modal leaves open, as open as that verb
                modality = "hypothetical"
            elif dep == "ccomp" and (lemma in words.speech_verbs or lemma in words.claim_verbs):
                subj = [c for c in gov.children if c.dep_ in SUBJECT_DEPS]
                if subj and attributed is None:
                    attributed, speaker = _phrase_text(subj[0]), subj[0]
                if lemma in words.claim_verbs and modality == "asserted":
                    modality = "claim"
        elif dep != "acomp":  # "it was ready to send": from the adjective on to the verb it completes
            break
        tok = gov
        hops += 1
    if modality == "hypothetical" and attributed is not None and "would" in aux:
        modality, future = "intent", True  # "said it would send": the future of reported speech
    if modality in ("asserted", "intent", "claim") and conditioned(anchor):
        # "would shoot the missiles down if it bought the weapons"; the tense, and so the date, stays the deed's own
        modality = "hypothetical"
    expressed = modality == "intent" and (attributed is not None or by_intent_verb)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
    if modality == "asserted" and infinitive and anchor.dep_ in ("acl", "relcl") and anchor.head.pos_ == "NOUN":
        modality, future = "intent", True  # "a deal to normalize ties" is not a deed ("fired to disperse" is)
    if attributed is None and (speaker := _according_to(sent)) is not None:
        attributed = _phrase_text(speaker)
    return ClauseReading(negated, modality, attributed, future, expressed, speaker)


def told_as_fact(clause: Token, lemma: str, sent: Span) -> bool:
    """'A source told SANA that terrorists fired rockets', 'insisted that the talks had gone well': a verb that both
    reports and demands (in ``speech_verbs`` and ``demand_verbs``: 'tell', 'insist') over a clause told plainly in
    the past (a past tense with no auxiliary, or has/have/had with a past participle) reports a deed. Anything else
    keeps the demand (narrowed after review): a modal ('told them that they must leave'); an infinitive the clause's
    verb governs ('told Iran that it had to release', 'needed to withdraw'); a present, as a plural subjunctive looks
    the same ('told the leaders that their fighters pull out'); a question ('Did he tell reporters that ...?')."""
    if lemma not in clauses().speech_verbs or any(t.text == "?" for t in sent):
        return False
    if any(c.dep_ == "xcomp" for c in clause.children):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VBD":
        return not auxes
    if clause.tag_ != "VBN":
        return False
    perfect = [c for c in auxes if c.lower_ in ("has", "have", "had")]
    return bool(perfect) and all(c in perfect or c.lower_ == "been" for c in auxes)


def completed(anchor: Token) -> list[Token]:
    """The verbs a to-infinitive completes, up a chain of infinitives: 'will continue to negotiate', 'would need to
    meet', 'will try to keep talking' ('continue', 'need'). Their auxiliary is the deed's tense and mood: 'will
    continue to negotiate' is told in the future as 'will negotiate' is, and 'could go on to attack' is open as
    'could attack' is. A verb of intent, threat or demand that an infinitive completes is read on its own
    (``read_clause`` walks it); this chain only lends the auxiliaries."""
    out: list[Token] = []
    tok = anchor
    while (
        len(out) < 4
        and tok.dep_ == "xcomp"
        and tok.head.i != tok.i
        and tok.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    ):
        tok = tok.head
        out.append(tok)
    return out


def conditioned(anchor: Token) -> bool:
    """'Japan would bring down North Korean rockets if it bought the system', 'If it quits the EU, Britain
    will be looking to sign a trade pact', 'If confirmed, this would be the first such raid': an adverbial clause of
    condition (``condition_marks``) on the deed's verb, on a verb it completes ('looking to sign') or on the copula
    of its event noun leaves the deed open, when the deed is not told as past: a modal, future or present form. A
    deed told in the past or the perfect happened, and its condition is the writer's hedge ('bombed Aleppo on
    Monday, if reports are true'). A condition on a verb of threat, demand or refusal (``threat_verbs``,
    ``demand_verbs``, ``failure_verbs``) is the content of the threat ('threatened to strike if attacked', 'If the
    drills go ahead, North Korea has threatened to attack', 'refused to meet unless Kiev withdraws'): the act itself
    stands. The walk stops at any other link (a relative clause, a conjunct, a clause of speech); 'even if' concedes
    and 'as if' compares (``condition_void_marks``): the deed stands."""
    words = clauses()
    owners = (*words.threat_verbs, *words.demand_verbs, *words.failure_verbs)
    marks, void = words.condition_marks, words.condition_void_marks
    tok = anchor
    for _ in range(6):
        if tok.lemma_.lower() in owners:
            return False
        if any(c.dep_ == "advcl" and _a_condition(c, marks, void) for c in tok.children):
            return not _told_as_past(_finite(tok))
        if tok.dep_ not in _COMPLETING_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_COMPLETING_DEPS = ("xcomp", "attr", "acomp")  # "looking to sign", "would be the first attack", "was ready to send"


def _finite(verb: Token) -> Token:
    """The verb that carries the tense of a chain of completing verbs ('will be looking to sign': 'looking')."""
    tok = verb
    for _ in range(6):
        if tok.dep_ not in _COMPLETING_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _told_as_past(verb: Token) -> bool:
    """'bombed', 'was attacked', 'did not attack', 'has threatened': a past or present perfect form with no modal
    ('would have struck' is open)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxes):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes) or _present_perfect(verb)


def _a_condition(clause: Token, marks: list[str], void: list[str]) -> bool:
    """An adverbial clause marked 'if' or 'unless', not 'even if' nor 'as if' (a word of ``void`` before the mark, on
    the mark or on the clause's verb)."""
    mark = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in marks]
    if not mark:
        return False
    near = (*clause.children, *mark[0].children)
    return not any(c.i < mark[0].i and c.lower_ in void and c.dep_ in ("advmod", "mark") for c in near)


def _modal(verb: Token, modals: list[str]) -> bool:
    """Whether one of these modal auxiliaries ('could', 'might') is the verb's own."""
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def anticipated(noun: Token) -> bool:
    """'Ahead of Xi's visit to Moscow', 'his upcoming trip to Paris': an event noun that is the object of a
    preposition of anticipation (``clauses.yaml`` ``anticipation_preps``, one word or a word and its preposition:
    "ahead of", "in advance of"), or that a word of ``anticipation_modifiers`` modifies, is still to come when its
    clause is told; but not a modified noun its own verb tells in the past ("the planned talks took place on
    Tuesday", "the expected strikes killed ten": done)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    words = clauses()
    if any(c.dep_ == "amod" and c.lower_ in words.anticipation_modifiers for c in noun.children):
        told_done = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ in ("VBD", "VBN")
        return not told_done
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    phrases = {
        prep.lower_,
        f"{prep.head.lower_} {prep.lower_}",
        f"{prep.head.head.lower_} {prep.head.lower_} {prep.lower_}",
    }
    return bool(phrases & set(words.anticipation_preps))


def negated_by_word(verb: Token) -> bool:
    """'did not meet', 'never happened': a negation word on the verb itself."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def passed_over(verb: Token) -> bool:
    """'Rather than supporting its allies, the government interfered', 'cooperates with Baghdad rather than
    fighting it', 'instead of meeting Putin': a gerund after an adverb and its preposition of ``passed_over_preps``
    names the deed not done, as 'not' does."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.i == verb.i:
        return False
    adverbs = [c for c in prep.children if c.dep_ == "advmod" and c.i < prep.i]
    before = verb.doc[prep.i - 1] if prep.i > 0 else None
    words = {f"{a.lower_} {prep.lower_}" for a in [*adverbs, *([before] if before is not None else [])]}
    return bool(words & set(clauses().passed_over_preps))


def denied_by_subject(verb: Token) -> bool:
    """'No extremist group has taken responsibility', 'no EU or NATO minister raised the issue', 'Nobody was hurt': a
    subject that names no one (``clauses.yaml`` ``none_determiners`` on it, or itself one of ``none_pronouns``)
    denies the deed as 'not' does. A conjunct verb shares its head's subject ('No group claimed or took ...')."""
    words = clauses()
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in words.none_pronouns:
            return True
        if subj.is_digit:
            continue  # "No 10 condemned ...": Downing Street, a name with a number, not "no one" (review s20)
        if any(d.dep_ == "det" and d.lower_ in words.none_determiners for d in subj.children):
            return True
    return False


def _passive(verb: Token) -> bool:
    """'is scheduled (to)', 'was meant (to)': a verb with a passive auxiliary or a passive subject."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _predicate_adjective(gov: Token) -> bool:
    """'is ready to', and 'is poised to' / 'is set to', which the parser reads as a passive participle."""
    if gov.dep_ == "acomp" and gov.pos_ == "ADJ":
        return True
    words = clauses().predicate_adjectives
    passive = gov.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in gov.children)
    return passive and lemma_in(gov, {*words.intent, *words.scheduled, *words.refused, *words.done})


def _adjective_reading(
    adjective: Token, modality: Modality, future: bool, negated: bool
) -> tuple[Modality, bool, bool, bool]:
    """What a predicate adjective makes of the infinitive it governs ("ready to send", "due to visit",
    "unwilling to meet", "quick to condemn", "likely to attack"): (modality, future, negated, stated intent).
    The negation of "was not ready to send" hangs on the copula."""
    words = clauses().predicate_adjectives
    negated = negated or any(c.dep_ == "neg" for c in adjective.head.children)
    if lemma_in(adjective, words.intent):
        return "intent", True, negated, True
    if lemma_in(adjective, words.scheduled):  # by the word as written too: 'poised' is lemmatised 'poise'
        return "intent", True, negated, False
    if lemma_in(adjective, words.refused):
        return modality, future, True, False
    if lemma_in(adjective, words.done):
        return modality, future, negated, False
    return "hypothetical", future, negated, False


def _phrase_text(head: Token) -> str:
    toks = [t for t in head.subtree if t.dep_ not in ("relcl", "punct", "appos") or t.i == head.i]
    doc = head.doc
    return doc[toks[0].i : toks[-1].i + 1].text if toks else head.text


def _according_to(sent: Span) -> Token | None:
    for tok in sent:
        if tok.lower_ in clauses().according_to:
            for nxt in tok.subtree:
                if nxt.dep_ == "pobj":
                    return nxt
            after = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
            if after is not None and after.lower_ == "to":  # "to" parsed apart from "according"
                pobj = [c for c in after.children if c.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
    return None


PRESENT_TAGS = ("VBZ", "VBP")  # "denies", "deny": the simple present


def lede_index(sents: list[Span]) -> int:
    """The lede: the first sentence with words (a repeated headline or dateline is blanked before parsing)."""
    return next((i for i, s in enumerate(sents) if any(t.is_alpha for t in s)), 0)


def opening_index(sents: list[Span]) -> int:
    """The first sentence of the article's opening: the lede, past a headline or dateline written as a sentence of its
    own before it ('Ankara, Jan 20 (AFP).', 'BREAKING: Turkey launches Syria operation.'), which would push the real
    lede's follow-up out of the opening (``perfect_reading``). Such a sentence has no finite verb, or opens on a label
    in capitals before a colon, or is a short present-tense line with no determiner (the headline's style,
    ``standing.headline_max_words``). The last sentence is never passed over."""
    index = lede_index(sents)
    while index + 1 < len(sents) and _headline_like(sents[index]):
        index += 1
    return index


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _headline_like(sent: Span) -> bool:
    """A dateline or headline standing as a sentence (``opening_index``)."""
    words = [t for t in sent if t.is_alpha]
    if not any(t.tag_ in FINITE_TAGS for t in sent):
        return True
    colon = next((t.i for t in sent if t.text == ":"), None)
    if colon is not None and all(t.is_upper for t in words if t.i < colon) and any(t.i < colon for t in words):
        return True
    root = sent.root
    return (
        len(words) <= clauses().standing.headline_max_words
        and root.tag_ in PRESENT_TAGS
        and not any(t.pos_ == "DET" or t.tag_ in ("VBD", "MD") for t in sent)
    )


def standing_reading(anchor: Token, lede: bool, dated: bool, reported: bool) -> str | None:
    """Why an event's clause is a standing position or habitual act rather than the article's news, or None.

    Guide 1.3: "Russia has repeatedly denied meddling", "X has long called ...", "continues to reject" recall a position
    held (a word of repetition or duration); "Moscow denies the allegations" after the lede, with no date or occasion,
    is the wire's standing account, as is "air forces raid the neighbourhoods" of a habit. A date or occasion of the
    clause ("most recently on Tuesday") makes it a particular event, and a present-tense lede ("Iran accuses US of
    meddling") reports the news in the headline's tense. Reported speech ("officials said the troops continue to
    advance") and words inside a quotation are the speaker's own account, in the speaker's tense, and are left alone
    (measured on train: reading them too drops 2 right events and no wrong one, docs/events.md).
    """
    if dated or reported or inside_quotes(anchor):
        return None
    if _held_for_long(anchor):
        return "a standing position or habit (a word of repetition or duration, no date or occasion), not news"
    if not lede and clauses().standing.present_after_lede and _simple_present(anchor):
        return "a present-tense account outside the lede with no date or occasion: a standing position or habit"
    return None


def held_relation_reading(anchor: Token, lede: bool, dated: bool) -> str | None:
    """Why a relation held told in the present is a stance rather than the article's news, or None: 'I support the
    prime minister', 'the minister said the president does support the police', 'rebels say the militia cooperates
    with Baghdad', 'We continue to cooperate with the inquiry' (``standing.held_relation_verbs``). Unlike the other
    standing readings it reads reported speech and quotations: a speaker who says where someone stands reports no
    deed of the day ('said it would support', a future, is an announced intention, and 'supported' a past deed). A
    date of the clause, and the lede (the headline's present: 'Trump backs Moore'), keep it; so do the progressive
    ('says it is fighting the rebels': a deed going on now, not a relation held) and a place named on the verb
    ('cooperates with Cairo against militants in Sinai': a deed somewhere, not a stance; review s28-weak)."""
    if dated or lede or not lemma_in(anchor, clauses().standing.held_relation_verbs):
        return None
    if not _told_in_present(anchor) or _placed(anchor):
        return None
    return "a relation held, told in the present (said or quoted too) with no date: a stance, not a deed"


PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def _placed(verb: Token) -> bool:
    """Whether a preposition of place on the verb ('in Afrin', 'near the border') names where the deed is done."""
    words = roles_file()
    return any(
        obj.ent_type_ in PLACE_ENTITIES or lemma_in(obj, words.place_nouns)
        for obj in prep_objects(verb, words.named_place_preps)
    )


def _told_in_present(verb: Token) -> bool:
    """'supports', 'does support', 'continues to cooperate', 'continue to support': the verb, or the present verb of
    continuing (``standing.continuing_verbs``) its infinitive completes, in the simple present, or with 'do' alone.
    Not the progressive: 'is fighting' tells a deed going on, not a relation held."""
    words = clauses().standing
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and lemma_in(verb.head, words.continuing_verbs):
        verb = verb.head
    if _simple_present(verb):
        return True
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VB" and len(aux) == 1 and aux[0].lemma_.lower() == "do" and aux[0].tag_ in PRESENT_TAGS


def told_at_an_occasion(verb: Token) -> bool:
    """Whether a preposition of the verb places it at an occasion of the day ('was supported by Macron at the summit',
    'during the talks', 'in a vote': ``standing.side_occasion_preps``, a venue noun or ``side_occasion_nouns``)."""
    standing = clauses().standing
    nouns = [*roles_file().venue_nouns, *standing.side_occasion_nouns]
    return any(lemma_in(o, nouns) for o in prep_objects(verb, standing.side_occasion_preps))


def side_reading(anchor: Token, code: str, dated: bool) -> str | None:
    """Why a deed of taking a side is a standing relation rather than the article's news, or None: 'He has been
    militarily backed by Moscow', 'They are backed by air raids flown by the coalition', 'Iranian backed Shia militias'
    (``standing.side_verbs``, of the roots ``standing.side_roots``). Told in the passive, or as a participle on the
    party it backs, the verb says who stands behind whom, as 'Russia backs Damascus' does (guide 3: standing
    relations), not what anyone did that day. The active clause ('Trump backed Moore') is left to the other readings;
    a date of the clause's own ('was backed by the Senate on Tuesday') or an occasion of the day ('was supported by
    Macron at the summit in Brussels') makes it a deed of the day."""
    standing = clauses().standing
    if dated or not any(code.startswith(r) for r in standing.side_roots):
        return None
    if not lemma_in(anchor, standing.side_verbs) or told_at_an_occasion(anchor):
        return None
    participle = anchor.dep_ == "amod" and anchor.head.pos_ in ("NOUN", "PROPN")
    if not (participle or is_passive(anchor)):
        return None
    return "a side taken, told in the passive or as a participle on the party backed: a standing relation, not a deed"


def schedules(verb: Token) -> bool:
    """Whether a present verb names travel or a meeting ("arrives in Turkey", "meets Xi"), itself or by its object
    ("makes her first state visit", "holds her Monday summit")."""
    words = {*roles_file().travel_words, *clauses().meeting_words}
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    return verb.lemma_.lower() in words or any(o.lemma_.lower() in words for o in objects)


def ongoing_reading(anchor: Token, root: str, lede: bool, dated: bool, reported: bool) -> str | None:
    """Why a deed told in the progressive is the background of the news, or None: "Russia and a U.S.-led alliance are
    conducting separate air raids in Syria", "the government forces are currently fighting against IS", "the West
    is giving military support to the militants" after the lede, with no date or occasion of their own, tell what
    goes on, not a deed of the day (``standing.progressive_after_lede``). A meeting or a journey under way ("are
    meeting in Brussels", "has been holding talks with Tusk") is the news itself and stays; as for standing
    positions, the lede, a dated clause, reported speech and quoted words are left alone, and so is an act of speech
    ('is calling on the US to ...': ``standing.progressive_spoken_roots``), the act of the day as its past would be."""
    standing = clauses().standing
    if not standing.progressive_after_lede or lede or dated or reported or inside_quotes(anchor):
        return None
    if root in standing.progressive_spoken_roots:
        return None
    aux = [c for c in anchor.children if c.dep_ == "aux"]
    if anchor.tag_ != "VBG" or not aux or aux[-1].lemma_.lower() not in standing.progressive_aux or schedules(anchor):
        return None
    words = clauses()
    if any(a.lower_ in words.future_aux or a.lower_ in words.hypothetical_aux for a in aux):
        return None  # "will be flying to Cleveland": a schedule, not what goes on
    return "an activity told in the progressive after the lede with no date or occasion: what goes on, not a deed"


def perfect_reading(anchor: Token, root: str, after_lede: int, dated: bool, reported: bool) -> str | None:
    """Why a deed told in the present perfect is its doer's record rather than the article's news, or None: 'Russia
    has invaded Ukraine', 'Qatar has firmly backed Syria's opposition', 'American corporations have invested
    $600 billion in the UK' (``standing.perfect_after_opening``). News gives the day's deed in the perfect in its
    opening ('At least 20 civilians have been killed in army air raids') and then tells it in the past; a
    perfect further on with no date, no speaker and no recent period ('over the past 24 hours', 'in recent days',
    'have lately intensified') recalls what the doer has done. Acts of speech ('has denied the report', the roots
    of ``standing.progressive_spoken_roots``) are coded by annotators as the day's act and stay, as does a journey or
    meeting ('has met Merkel in Hannover'), and words inside a quotation (the speaker's tense)."""
    standing = clauses().standing
    opening = standing.perfect_after_opening
    if not opening or after_lede < opening or dated or reported or inside_quotes(anchor):
        return None
    if root in standing.progressive_spoken_roots or not _present_perfect(anchor) or schedules(anchor):
        return None
    if _recent(anchor):
        return None
    return "a deed in the present perfect after the opening with no date or recent period: a record, not news"


def _present_perfect(verb: Token) -> bool:
    """'has invaded', 'have been shot down', "he's met": a verb with a present 'have' of its own (not 'had')."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS for c in verb.children
    )


def _recent(verb: Token) -> bool:
    """'over the past 24 hours', 'in recent days' (a period under a preposition in the verb's clause, bounded by a
    modifier of recency), or an adverb of recency on the verb ('recently', 'now', 'again', 'overnight'): the perfect
    tells the news of that period. The verb's clause takes in its participles and infinitives ('have intensified
    bombardment, pounding the enclave over the past two days'), not a conjunct, a relative or a reported clause."""
    standing = clauses().standing
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in standing.recent_adverbs for c in verb.children):
        return True
    return any(
        t.dep_ == "pobj"
        and t.lemma_.lower() in standing.recent_period_nouns
        and any(m.lower_ in standing.recent_period_modifiers for m in t.children)
        for t in _own_clause(verb)
    )


_OTHER_CLAUSE_DEPS = ("conj", "ccomp", "relcl", "parataxis", "csubj")


def _own_clause(verb: Token) -> list[Token]:
    """The verb's subtree without the clauses it links to (a conjunct, a relative, a reported or loose clause)."""
    out: list[Token] = []
    todo = [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in _OTHER_CLAUSE_DEPS)
    return out


def predicted_reading(anchor: Token, reading: ClauseReading, dated: bool) -> str | None:
    """Why a deed told in the future is the writer's outlook rather than news, or None: 'No doubt the Saudis will
    protest in private channels', 'the EU will sever its links with Britain', 'the prime minister will reject it
    outright' (``standing.future_unreported``). The future must be the deed's own auxiliary (not a verb of intent
    that governs it: 'plans to visit' is an announced intention); a date ('will travel to Brussels on Monday'), a
    speaker who announces it ('said it would send'), or a journey or meeting ('Trump will travel to Ohio', 'will hold a
    bilateral meeting': a schedule, guide 6) keeps it as a scheduled act with its own code."""
    if not clauses().standing.future_unreported or not reading.future or reading.expressed or dated:
        return None
    if reading.attributed_text is not None or schedules(anchor):
        return None
    if anchor.sent.start == 0:
        return None  # the lede states the news: "Britain will expel 23 Russian diplomats" (review s20)
    # the deed's own auxiliary, or the one of the verb its infinitive completes ('the EU will need to cut ties')
    verb = ([anchor, *completed(anchor)])[-1]
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not aux or aux[0].lower_ not in clauses().future_aux:
        return None
    return "a deed told in the future with no date, speaker or schedule: the writer's outlook, not a deed"


def recalled(anchor: Token) -> bool:
    """'they once fought the British state', 'Merkel initially welcomed migrants': an adverb on the deed's verb (or the
    verb it completes) places it before the news (``standing.recall_adverbs``): background the article recalls, though
    no date of its clause says so (the coder's date test cannot see it). A participle clause is told at the time of
    the verb it hangs on: 'Johnson previously lambasted Obama's heritage while attacking his opposition'."""
    standing = clauses().standing
    words = standing.recall_adverbs
    participle = anchor.dep_ == "advcl" and anchor.tag_ == "VBG"
    completes = (anchor.dep_ == "xcomp" or participle) and anchor.head.i != anchor.i
    verbs = [anchor, anchor.head] if completes else [anchor]
    if any(c.dep_ == "advmod" and c.lower_ in words for v in verbs for c in v.children):
        return True
    # "the last time Baghdad sent troops": a 'time' phrase whose modifier recalls (``standing.recall_times``)
    return any(
        c.dep_ == "npadvmod"
        and c.lemma_.lower() in standing.recall_time_nouns
        and any(m.lower_ in standing.recall_times for m in c.children)
        for v in verbs
        for c in v.children
    )


def held_since(anchor: Token) -> bool:
    """'have been fighting the separatists since April', 'has backed the government since 2015': a deed in the
    perfect with a 'since' of its own began at the date and still holds. The coder skips it as background (its date
    is before the news), but it is a standing relation the article states."""
    perfect = in_perfect(anchor)
    since = any(c.dep_ == "prep" and c.lower_ == "since" and any(o.dep_ == "pobj" for o in c.children)
                for c in anchor.children)  # fmt: skip
    return perfect and since


def _simple_present(verb: Token) -> bool:
    """'denies', 'raid': a verb in the simple present with no auxiliary (not 'is meeting', 'will visit', 'has met')."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in PRESENT_TAGS:
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _held_for_long(verb: Token) -> bool:
    """'has repeatedly denied', 'has long sought to', 'for years', 'since 2014', 'continues to reject', 'has
    maintained': a word of repetition or duration on the deed's verb or the verb it completes."""
    words = clauses().standing
    completes = verb.dep_ == "xcomp" and verb.head.i != verb.i
    if completes and lemma_in(verb.head, words.continuing_verbs):
        return True  # "continues to deny", "keeps accusing"
    if lemma_in(verb, words.continuing_verbs) and any(c.lower_ in ("has", "have") for c in verb.children):
        return True  # "has maintained that ..."
    for v in [verb, verb.head] if completes else [verb]:
        for c in v.children:
            if c.dep_ == "advmod" and c.lower_ in words.repetition_adverbs:
                return True
            if c.dep_ == "prep" and c.lower_ in words.duration_preps and any(_a_duration(o) for o in c.children):
                return True
    return _counted_in_perfect(verb)


def _counted_in_perfect(verb: Token) -> bool:
    """'has met Darroch several times', 'have met twice', 'has visited Algeria six times': a count of occasions on a
    deed in the perfect (a number or ``standing.repetition_counts`` on a 'times' phrase, ``repetition_count_adverbs``)
    recalls a record, not an occasion; the simple past ('struck Gaza several times overnight') tells the day's deed
    and is left alone."""
    words = clauses().standing
    if not in_perfect(verb):
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in words.repetition_count_adverbs:
            return True
        if (
            c.dep_ == "npadvmod"
            and c.lemma_.lower() in words.recall_time_nouns
            and any(m.lower_ in words.repetition_counts or (m.dep_ == "nummod" and m.like_num) for m in c.children)
        ):
            return True
    return False


def _a_duration(obj: Token) -> bool:
    """'(for) years', '(for) decades', '(since) 2014': the object of a preposition of duration."""
    if obj.dep_ != "pobj":
        return False
    year = obj.like_num and len(obj.text) == 4 and obj.text.isdigit()
    return obj.lower_ in clauses().standing.duration_nouns or (obj.head.lower_ == "since" and year)
