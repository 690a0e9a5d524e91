"""Why a candidate is not an event of its own.

"threatened to attack", "urged Iran to release": the governing verb is the event and the
embedded deed has not happened; "killed ... in an air strike": the strike is the means of the
killing; "opened fire, killing two": the killing is the result. Roots that are always
addressed to someone need a target. One place says why, so ``explain`` can show it.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Token

from detente.actors.phrases import lemma_in
from detente.data import CameoInfo, clauses, roles_file
from detente.events.arguments import Candidate
from detente.events.candidates import FRAME_PREPS
from detente.events.dating import dated_in_the_news
from detente.events.frames import is_infinitive
from detente.events.learned.features import lexicon
from detente.events.patterns import verb_index
from detente.events.remention import is_remention
from detente.events.spoken import spoken_reason
from detente.events.statements import is_statement, why_not_statement
from detente.events.tree import direct_objects, is_instrument, is_party_phrase, names_a_party
from detente.nlp.tree import TIME_LABELS, prep_objects, words_in
from detente.where.places import PLACE_LABELS

EMBEDDING_DEPS = {"xcomp", "pcomp", "pobj", "prep", "ccomp"}
NOT_EMBEDDING_PREPS = {"in", "during", "at", "after", "before", "amid", "following", "on"}


def _frames_another_event(cand: Candidate, triggers: set[int]) -> bool:
    """'arrested 15 people in overnight raids', 'killed ... in an air strike': an attack noun framing a
    clause whose verb is itself an event is the means of that deed, not a second one. (A phone call
    framing what was said in it is an event of its own.)"""
    noun = cand.trigger
    return (
        noun.lemma_.lower() in roles_file().attack_nouns
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in FRAME_PREPS
        and cand.anchor.i != noun.i
        and cand.anchor.i in triggers
    )


def remapped(code: str, table: dict[str, str]) -> str:
    """CAMEO codes an announced intention or threat by its own root (03, 13): the code of the
    longest matching prefix in ``table``, else the code itself."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return code


def _embedded_in_event(cand: Candidate, triggers: set[int]) -> bool:
    """A clause governed by another event's verb is part of that event.

    "threatened to attack", "urged Iran to release", "demanded that Russia withdraw",
    "offered to broker talks": the governing verb's pattern codes the event; the
    embedded deed has not happened. Reported speech ("said that ...") is not embedding.
    """
    words = clauses()
    tok = cand.anchor
    hops = 0
    unreal = {*words.demand_verbs, *words.threat_verbs, *words.intent_verbs, *words.deny_verbs}
    while tok.head.i != tok.i and hops < 5 and tok.dep_ in EMBEDDING_DEPS:
        gov = tok.head
        if tok.dep_ == "ccomp" and gov.lemma_.lower() not in unreal:
            return False  # "said that ...": reported, not embedded
        if tok.dep_ in ("pobj", "pcomp") and gov.lower_ in NOT_EMBEDDING_PREPS:
            return False  # "during a phone call with ...", "after meeting Putin": the clause's frame, a deed of its own
        tok = gov
        hops += 1
        if tok.i in triggers and tok.i != cand.trigger.i:
            return True
    return False


def _result_of_another(cand: Candidate, candidates: list[Candidate]) -> bool:
    """'police opened fire on protesters, killing two', 'shelled Kherson, killing three civilians': a
    participle clause of result adds no second event to the violent deed it follows."""
    verb = cand.anchor
    if verb.dep_ not in ("advcl", "acl") or verb.tag_ != "VBG" or cand.code[:2] not in ("18", "19", "20"):
        return False  # "expelled the ambassador, accusing Tehran of ...": an accusation is a deed of its own
    violent = [o for o in candidates if o is not cand and o.code[:2] in ("17", "18", "19", "20")]
    if verb.dep_ == "advcl":
        return any(verb.head.i in (o.trigger.i, o.anchor.i) for o in violent) or _tells_an_attack(verb)
    # "bombed the province, killing 22": the parser may hang the participle on the deed's object
    return any(verb.head.i in {t.i for t in o.anchor.subtree} for o in violent)


def _tells_an_attack(verb: Token) -> bool:
    """'Russian jets launched airstrikes on the market, killing eight', 'regime airstrikes hit a market, killing 10':
    a participle of killing or hurting (``result_verbs``) says what the attack of the clause it hangs on did, even
    when no pattern coded that attack (its parties did not resolve). The clause is an attack when its subject or
    object is an attack or a weapon noun; annotators code the attack there, not a second deed at the participle."""
    head = verb.head
    if verb.lemma_.lower() not in clauses().result_verbs or head.pos_ not in ("VERB", "AUX"):
        return False
    said = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]  # the words, not the doer they stand for
    return any(is_instrument(t) for t in [*said, *direct_objects(head)])


VERBAL = "verbal"  # the rule suffix of a candidate read in its verbal sense (``verbal_code``)
FORCEFUL = "force"  # the rule suffix of a word of disapproval read as force (``forceful_code``)


def verbal_code(cand: Candidate) -> str | None:
    """The code of a word of force used of words ('Trump has attacked Corker on Twitter', 'launched an attack on
    Corbyn'); None when the word keeps its force. First the clause's own words (``spoken_reason``: a reason or object
    that is a thing said, an "as" judgement, a participle of saying; its roles guarded there); then criticism of the
    ``clauses.yaml`` ``verbal_sense`` words when both parties are political actors. Two governments are left to the
    force reading: 'Obama's strikes on the Assad government', and so is an attack in a place or with a weapon
    ('attacked journalists in Harare', ``_done_in_body``)."""
    sense = clauses().verbal_sense
    if sense is None or cand.code[:2] not in ("18", "19", "20") or cand.target is None:
        return None
    if spoken_reason(cand):
        return sense.code
    if cand.trigger.lemma_.lower() not in sense.words:
        return None
    # the source's role as named: "the Democrats attacked the plan" is an opposition's (OPP), though the deed of
    # force would make it an armed group (``deed_roles``: REB) had it stayed one
    roles = ((cand.named_source or cand.source).role, cand.target.role)
    if not all(r in sense.roles for r in roles) or roles == ("GOV", "GOV"):
        return None
    if cand.named_source is not None and cand.target.role == "GOV" and not _has_topic(cand.trigger, sense.topic_preps):
        return None  # "the Syrian opposition attacked government positions": an armed opposition's deed, unless a topic
    return None if _done_in_body(cand.trigger, sense.topic_preps) else sense.code


def _has_topic(word: Token, topic_preps: list[str]) -> bool:
    """'attacked the government over the talks': a topic among the word's prepositional objects (``_topic``). An
    opposition that attacks the government is as often armed as not; only a topic says the attack was of words."""
    return any(
        p.lower_ in topic_preps and _topic(o)
        for p in word.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _done_in_body(word: Token, topic_preps: list[str]) -> bool:
    """'attacked journalists in Harare', 'attacked lawmakers in the National Assembly', 'assaulted him with a knife':
    a place or a weapon among the word's prepositional objects makes the attack one of bodies, not of words ('attacked
    Corker on Twitter', 'launched an attack on Corbyn by saying ...'). A place is only where the words were said
    when the attack has a topic ('attacked the government in Brasilia over the decree', ``_topic``); a weapon is not."""
    objects = [(p, o) for p in word.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if any(is_instrument(o) for _, o in objects):
        return True
    if _has_topic(word, topic_preps):
        return False
    return any(_names_a_place(o) for _, o in objects)


def _topic(obj: Token) -> bool:
    """A common noun that is no actor and no time ('over the decree', 'for its remarks'; not 'for hours', 'over the
    weekend', 'as Hamas')."""
    return obj.pos_ == "NOUN" and not obj.ent_type_ and not is_party_phrase(obj)


def forceful_code(cand: Candidate) -> str | None:
    """The code of a word of disapproval done by a weapon ('missiles from Russia have slammed Syria'): force, when the
    verb's subject words are all weapons or attacks (``clauses.yaml`` ``forceful_sense``); None otherwise."""
    sense = clauses().forceful_sense
    verb = cand.trigger
    if sense is None or cand.code[:2] not in sense.roots or verb.pos_ not in ("VERB", "AUX"):
        return None
    said = [c for c in verb.children if c.dep_ == "nsubj"]  # the words, not the doer they stand for
    return sense.code if said and all(is_instrument(s) for s in said) else None


GUEST = "guest"  # the rule suffix of a word of approval read as receiving a guest (``guest_code``)


def is_guest(head: Token) -> bool:
    """Whether a welcomed party is a person or a delegation: a person's name, a person title ('the Iraqi prime
    minister') or a guest noun ('the Syrian delegation'); a state or a government is not, by itself."""
    sense = clauses().guest_sense
    nouns = [*roles_file().person_titles, *(sense.guest_nouns if sense else [])]
    return head.ent_type_ == "PERSON" or lemma_in(head, nouns)


def welcomed_at_a_visit(verb: Token) -> bool:
    """Whether the welcome is placed ('welcomed Kim to Beijing', 'in Moscow', 'the city where they were welcomed') or a
    visit's ('on his visit')."""
    sense = clauses().guest_sense
    if sense is None:
        return False
    places = [*roles_file().place_nouns, *roles_file().capital_nouns]
    if any(o.ent_type_ in PLACE_LABELS or lemma_in(o, places) for o in prep_objects(verb, sense.place_preps)):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in sense.place_adverbs for c in verb.children):
        return True
    return any(lemma_in(t, sense.visit_words) for t in verb.subtree if t.i != verb.i)


def guest_code(cand: Candidate) -> str | None:
    """The code of a word of approval whose object is a guest received ('Trump welcomed Varadkar', 'May is welcomed
    by Juncker in Brussels', 'China welcomed North Korea's leader to Beijing'): 043 (``clauses.yaml`` ``guest_sense``);
    None when what is welcomed is a thing ('welcomed the Prime Minister's decision': approval of the party that owns
    it) or a state or government with no person, place or visit ('welcomed the new government in Baghdad', 'welcomed
    Montenegro as its 29th member': approval). Every object (the passive's subject) must name a party, and one of
    them be a person or delegation (``is_guest``) or the verb place the welcome (``welcomed_at_a_visit``)."""
    sense = clauses().guest_sense
    verb = cand.trigger
    if sense is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in sense.words:
        return None
    if not any(cand.code.startswith(r) for r in sense.roots):
        return None
    objects = direct_objects(verb)
    if not objects or not all(is_party_phrase(o) or lemma_in(o, sense.guest_nouns) for o in objects):
        return None
    return sense.code if any(is_guest(o) for o in objects) or welcomed_at_a_visit(verb) else None


REPORTED_DEPS = ("ccomp", "xcomp", "parataxis", "advcl")


def reports_another_event(cand: Candidate, triggers: set[int]) -> bool:
    """'The ministry said 25 fighters were killed': a bare statement whose words report a deed (coded or
    not) is that deed's attribution, not a statement of the speaker's own (guide: "X said Y attacked Z")."""
    if cand.code != "010" or cand.trigger.pos_ not in ("VERB", "AUX"):
        return False
    verbs, nouns = lexicon()
    for clause in (c for c in cand.trigger.children if c.dep_ in REPORTED_DEPS):
        for tok in clause.subtree:
            if tok.i in triggers:
                return True
            lex = verbs if tok.pos_ in ("VERB", "AUX") else nouns if tok.pos_ == "NOUN" else {}
            if tok.lemma_.lower() in lex:
                return True
    return False


def _names_a_doer(head: Token) -> bool:
    """A phrase naming a person or group ("the Jaysh al-Islam militant group"), not a place or a thing."""
    if _names_a_place(head):
        return False
    named = [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss"))]
    return names_a_party(head) or any(t.ent_type_ in ("ORG", "NORP", "PERSON") for t in named)


def _names_a_place(head: Token) -> bool:
    """A phrase naming a place ("the province", "Manbij"): what a relative clause of the present can describe."""
    words = roles_file()
    return head.ent_type_ in PLACE_LABELS or head.lemma_.lower() in {
        *words.place_nouns,
        *words.held_territory_nouns,
    }


def _tells_who_a_person_is(verb: Token) -> bool:
    """'the clothes worn by the man who killed two American reporters', 'amnesty to people who fought them', 'a
    fine for a man who had attacked them', 'a blockade by the army who later retook the city': a past relative
    clause on a person the sentence names as the object of another deed (``clauses.yaml`` ``describing_relatives``)
    says who that person is, not the news, when the person has no role of their own (``unnamed_person_nouns``: the
    deed is all that names them), the clause is in the pluperfect, or an adverb tells it as a step of a story
    (``relative_time_adverbs``). A person with a role is the doer of the day's deed the other deed answers
    ('arrested a Hamas member who attacked soldiers', 'killed militants who fired rockets'); with a date of its own
    it is a deed ('officials who met Putin on Monday'). A clause on the sentence's subject or set off as an
    apposition ('Ty Cobb, who declined to comment') is left to the other readings."""
    if verb.dep_ != "relcl" or verb.head.dep_ not in ("pobj", "dobj"):
        return False
    words = clauses()
    relative = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in words.describing_relatives]
    if not relative or any(t.ent_type_ in TIME_LABELS for t in verb.subtree):
        return False
    # "who had attacked": a past participle under an auxiliary in the past (the pluperfect), by tags, not words
    pluperfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
    named = any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in verb.head.children)
    # "the man who beheaded ...", "people who fought them"; not "a man who attacked soldiers", the news of one
    indefinite = any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in verb.head.children)
    unnamed = verb.head.lemma_.lower() in words.unnamed_person_nouns and not named and not indefinite
    told = any(c.dep_ == "advmod" and c.lower_ in words.relative_time_adverbs for c in verb.children)
    return pluperfect or (verb.tag_ == "VBD" and (unnamed or told))


def _relative_subject(verb: Token) -> bool:
    """'Islamic State, which has battled Syrian troops', 'Russia, which has annexed Crimea': the relative pronoun is
    the clause's subject (``clauses.yaml`` ``relative_pronouns``), so the noun it describes is the doer, a country or a
    group alike (a place is only where something goes on in a 'where' clause, or as its object)."""
    words = clauses().relative_pronouns
    return any(c.dep_ == "nsubj" and c.lower_ in words for c in verb.children)


def _plans_a_deed(cand: Candidate) -> bool:
    """'Trump's decision to temporarily ban refugees', 'the administration's plans to withdraw from the treaty', 'a
    request to ban Huawei': an infinitive that completes a noun of plan, decision or request (``clauses.yaml``
    ``plan_nouns``) names a deed not done; the plan or decision is the news, coded (if at all) at its own word."""
    verb = cand.anchor
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return False
    return is_infinitive(verb) and verb.head.lemma_.lower() in clauses().plan_nouns


def _aims_at_a_deed(cand: Candidate, day: dt.date | None) -> bool:
    """'the coalition carries out raids near Raqqa to back the SDF', 'a transition phase would be needed for Britain
    to finish a deal', 'rebels fight back to recapture the district': an infinitive of purpose (an ``advcl`` marked
    by "to") names the deed its clause aims at, not one done (s19-embedded: on train without ann-38..45 such
    candidates were wrong 8 times of 11, on ann-38..45 6 of 8). Left alone: after a verb of going or meeting
    (``clauses.yaml`` ``purpose_verbs``: 'flew to Brussels to meet EU leaders', the purpose is the news), after an
    adjective ('were quick to slam Bannon': the clause reader's), and a purpose dated in the news ('to meet Putin on
    Monday')."""
    verb = cand.anchor
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or not is_infinitive(verb) or verb.head.i == verb.i:
        return False
    gov = verb.head
    if gov.pos_ != "VERB" or any(c.dep_ == "acomp" for c in gov.children):
        return False
    words = clauses()
    if gov.lemma_.lower() in words.purpose_verbs or gov.lemma_.lower() in words.means_verbs:
        return False  # "flew to Brussels to meet": the purpose is the news; "fired tear gas to disperse": the deed
    kids = {c.dep_ for c in gov.children}
    own_subject = any(c.dep_ in ("nsubj", "mark") for c in verb.children)  # "needed for Britain to conclude"
    if "auxpass" in kids and "agent" not in kids and not own_subject:
        return False  # "was sent to Brussels on Monday to meet": whom an agentless passive moves does its mission
    # "offered on Sunday to mediate", "threatened on Thursday to impose tariffs": after a verb of intent, threat or
    # refusal with no object nor particle of its own the "to" clause is its complement, which the parser hangs as advcl
    # when a time stands between; the governing verb's reading codes it (intent and threat codes, a negated deed).
    # Not after a demand (no code takes the clause over: "pressed Turkey on Monday to release" is no release), nor
    # "set up roadblocks to arrest", "pushed into Syria to strike" (a literal use of the verb).
    complements = (words.intent_verbs, words.threat_verbs, words.failure_verbs)
    literal = any(c.dep_ in ("prt", "dobj") for c in gov.children)
    if not literal and any(gov.lemma_.lower() in verbs for verbs in complements):
        return False
    return not dated_in_the_news(verb, verb.sent, day)


def _ranks_a_record(cand: Candidate, day: dt.date | None) -> bool:
    """'the first Iraqi Shia leader to call on Assad to quit', 'the fifth woman to accuse Moore', 'It would be the
    second time Washington indicted Russians': a relative clause (an infinitive or a finite one) on a noun an
    ordinal ranks (``clauses.yaml`` ``record_ordinals``) says what the noun is, a record or a count of occasions; the
    deed is named as a topic, not reported (guide 1.3). 'the first president to attempt a crackdown': the clause may
    complete a verb that is the relative one. A relative clause dated in the news ('the first leader to meet Trump on
    Friday') is left alone."""
    verb = cand.anchor
    if verb.dep_ == "xcomp" and verb.head.dep_ == "relcl":
        verb = verb.head
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return False
    ordinals = clauses().record_ordinals
    if not any(c.dep_ in ("amod", "nummod") and c.lower_ in ordinals for c in verb.head.children):
        return False
    # "On Sunday, Trump became the first president to visit North Korea": a record set in the news (review s20)
    holder = verb.head.head
    return not (dated_in_the_news(verb, verb.sent, day) or dated_in_the_news(holder, verb.sent, day))


def _first_conjunct(word: Token) -> Token:
    """The head of the coordination a word belongs to ("restoring" in "about resuming and restoring ties" ->
    "resuming"), climbing at most 8 conjuncts: where a preposition's object stands, the topic tests read."""
    for _ in range(8):
        if word.dep_ != "conj" or word.head.i == word.i:
            break
        word = word.head
    return word


def _names_a_topic(cand: Candidate) -> bool:
    """'He spoke about resuming and restoring relations with Russia', 'has been focusing on deploying more officers',
    'she is for selling state land, sending troops to Iraq': a gerund (or a conjunct of one) after a preposition
    of topic (``clauses.yaml`` ``topic_gerund_preps``) names what is spoken of or stood for, not a deed done."""
    verb = cand.anchor
    if verb.tag_ != "VBG":
        return False
    verb = _first_conjunct(verb)
    if verb.dep_ not in ("pcomp", "pobj") or verb.tag_ not in ("VBG", "NN", "NNS"):
        return False
    prep = verb.head
    if prep.dep_ == "prt" or prep.head.lemma_.lower() in clauses().aspect_particle_verbs.get(prep.lower_, []):
        return False  # "went on shelling Douma", "carried on shelling Gaza": a particle of aspect, the deed goes on
    return prep.lower_ in clauses().topic_gerund_preps


def _topic_of_a_stance(cand: Candidate) -> bool:
    """'The minister was openly critical of the army's offensive', 'the embassy was unaware of the raid': an event
    noun (or gerund, or a conjunct of one) that is the object of a topic preposition (``clauses.yaml``
    ``stance_topic_preps``: of, about, on) under a predicate adjective of knowledge or stance (``stance_adjectives``)
    names what the stance is about, not a deed reported. Other prepositions tell the stance's setting ('was outspoken
    at her meeting with the president' keeps the meeting); 'in' names the topic only with a noun of criticism as its
    object ('was outspoken in her condemnation of the raids', ``stance_noun_preps``). On train 1,679 (s30-false): 5
    wrong events, no right one. 'responsible for the attack' is no stance: a claim of the deed's doer."""
    word = _first_conjunct(cand.trigger)
    if word.dep_ not in ("pobj", "pcomp") or word.head.dep_ != "prep":
        return False
    prep, table = word.head, clauses()
    holder = prep.head
    if holder.pos_ != "ADJ" or not lemma_in(holder, table.stance_adjectives):
        return False
    if prep.lower_ in table.stance_topic_preps:
        return True
    nouns = table.stance_noun_preps.get(prep.lower_, [])
    return bool(nouns) and lemma_in(word, nouns)


def _describes_a_holder(verb: Token, day: dt.date | None) -> bool:
    """'the special counsel investigating Russian meddling', 'a stronghold of the rebel groups fighting the regime',
    'the committee investigating the attack': a present participle hung on a noun (a reduced relative clause, ``acl``
    with tag VBG) says what the noun's holder does as its office or its standing, not a deed of the day, whatever the
    noun names (s19-embedded: on train such participles were wrong 7 times of 7, none right). Not on a place ('bombed
    the province, killing 22': the toll of the deed it follows, ``_result_of_another``), nor on a weapon or an attack
    ('a car bomb targeting the convoy': the attack is the deed), nor when the participle's clause dates itself in the
    news ('the forces shelling Douma on Monday')."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if _names_a_place(verb.head) or is_instrument(verb.head):
        return False
    return not dated_in_the_news(verb, verb.sent, day)


def describes_an_actor(cand: Candidate, day: dt.date | None = None) -> bool:
    """'the Jaysh al-Islam group fighting government forces', 'the PKK, which has waged an insurgency since
    1984': a present participle or a present-tense relative clause on the doer says who it is, not what it did.
    Likewise a relative clause of the present on a place says what goes on there ("areas of Aleppo province where
    the militants are battling Kurdish units"), not the news; one in the past or perfect on a place ("Hannover,
    where he has met Merkel for talks") is a deed of its own."""
    verb = cand.anchor
    if verb.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return False
    # by the word and its lemma: "congresswomen who've criticized" is "who have criticized"
    aux = {w for c in verb.children if c.dep_ in ("aux", "auxpass") for w in (c.lower_, c.lemma_.lower())}
    present = (verb.tag_ in ("VBZ", "VBP") and not aux) or (verb.tag_ == "VBG" and bool(aux & {"is", "are"}))
    if verb.dep_ == "relcl" and present and _names_a_place(verb.head):
        return True
    if _tells_who_a_person_is(verb):
        return True
    held = verb.tag_ in ("VBZ", "VBP") or bool(aux & {"has", "have"})
    if verb.dep_ == "relcl" and held and _relative_subject(verb) and not dated_in_the_news(verb, verb.sent, day):
        # "a newly assertive Russia, which has annexed Crimea": the noun is the doer, whatever it names; but "Russia,
        # which has launched strikes on Idlib on Monday", "which has shelled Afrin since Saturday" tells the day's news
        return True
    if _describes_a_holder(verb, day):
        return True
    if not _names_a_doer(verb.head):
        return False  # "bombed the province, killing 22": a participle on a place describes no doer
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return True
    if verb.dep_ == "relcl":
        return held or (verb.tag_ == "VBG" and "is" in aux)
    return False


MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}


def _alternatives_of(tok: Token) -> list[Token]:
    """The other members of an 'or' coordination the token belongs to ('regime or Russian jets': regime <-> jets)."""
    alts = set(clauses().alternative_conjunctions)
    out = []
    if any(c.dep_ == "cc" and c.lower_ in alts for c in tok.children):
        out.extend(c for c in tok.children if c.dep_ == "conj")
    if (
        tok.dep_ == "conj"
        and tok.head.i != tok.i
        and any(c.dep_ == "cc" and c.lower_ in alts for c in tok.head.children)
    ):
        out.append(tok.head)
    return out


def _doer_tokens(cand: Candidate) -> list[Token]:
    """The tokens of the event's clause that carry the doer's words, read token by token: the doer's text may be
    put together from words the sentence does not hold side by side ('Russian or Syrian government' gives 'Russian
    government'), and a name never matches inside a longer word ('Russia' in 'Russian')."""
    words = {w.lower() for w in cand.source.text.split()}
    if not words:
        return []
    doc = cand.trigger.doc
    clause = sorted({t.i for head in (cand.anchor, cand.trigger) for t in head.subtree})
    return [doc[i] for i in clause if doc[i].lower_ in words]


def _other_party(a: Candidate, b: Candidate) -> bool:
    """Whether two doers are different parties: another country, or (with no country to compare) another code. The
    same country's other branch ('Syrian army or government jets') and an alias of the same group ('the Islamic
    State, or ISIS') are one party, whichever of the words is read."""
    one, two = a.source, b.source
    if one.country and two.country:
        return one.country != two.country
    return one.code != two.code


def _doer_in_doubt(cand: Candidate, candidates: list[Candidate] | None) -> bool:
    """'Syrian regime or Russian air strikes killed 26', 'strikes carried out by regime or Russian jets', 'presumed
    Russian or Syrian government airstrikes': the doer's words are one member of an 'or' whose other member was read
    as another party of the sentence's events (any of its candidates: 'Russian' of the noun 'strikes' is offered
    against the regime read for 'killed'), so the text does not say who did it (guide 1.3, section 5: write no event
    rather than guess). The other member counts only when it resolved to a different party (``_other_party``):
    alternatives of deeds by one doer ('Russian air strikes or shelling', 'Russian air strikes or Idlib shelling'),
    aliases and branches of one party leave the doer known."""
    rivals = [c for c in candidates or [] if c is not cand and c.reverse == cand.reverse and _other_party(cand, c)]
    if not rivals:
        return False
    return any(_offered_against(cand, c) or _offered_against(c, cand) for c in rivals)


def _offered_against(one: Candidate, two: Candidate) -> bool:
    """Whether one doer's words, or a noun they modify, are a member of an 'or' whose other member holds the other
    doer's words (asked both ways: the parse hangs 'or' on one member only)."""
    others = {t.i for t in _doer_tokens(two)}
    for tok in _doer_tokens(one):
        hops = 0
        while hops < 4:
            if any(t.i in others for alt in _alternatives_of(tok) for t in alt.subtree):
                return True
            if tok.dep_ not in MODIFIER_DEPS or tok.head.i == tok.i:
                break
            tok = tok.head
            hops += 1
    return False


def _a_civilian_doer(cand: Candidate, root: str) -> bool:
    """'ten civilians killed in a strike on a bus', 'an Egyptian man shot and killed two people': a deed of force whose
    source resolves to a civilian role (``clauses.yaml`` ``civilian_doers``) is its victims or a witness read as its
    doer, or a crime; a source phrase that names a crowd ('protesters attacked the embassies', ``crowd_words``) is a
    violent protest (``role_codes``: 145) and stays."""
    if cand.source.role not in clauses().civilian_doers.get(root, ()):
        return False
    return not any({t.lower_, t.lemma_.lower()} & _crowd_words() for t in _source_tokens(cand))


def _a_civilian_partner(cand: Candidate, root: str, candidates: list[Candidate] | None) -> bool:
    """'two civilians were killed in clashes with IS', 'protesters were hurt in clashes with police': the
    armed side's direction of a two-way deed of force whose partner is civilians. Non-crowd civilians took no part
    (their own direction is a civilian doer, skipped above: the victims were read as a side); a crowd's direction is
    its violent protest (``role_codes``: 145), and the armed side's answer to it is no exchange of fire. Only a
    direction of a pair read from one trigger (the swapped pair is among the candidates: a mutual pattern's partner,
    or the pair a "between" phrase names) is dropped: "troops shot two civilians" is one-way and stays."""
    if cand.target is None or cand.target.role not in clauses().civilian_doers.get(root, ()):
        return False
    return any(
        c is not cand
        and c.trigger.i == cand.trigger.i
        and c.source.code == cand.target.code
        and c.target is not None
        and c.target.code == cand.source.code
        for c in candidates or []
    )


@cache
def _crowd_words() -> frozenset[str]:
    """The words that name a crowd, one list: those the violent-protest patterns (code 145, ``data/verbs``) read in
    their clause ('protesters clashed with police'), and ``clauses.yaml`` ``crowd_words``, the crowds beyond them
    ('youths', 'villagers', 'workers') that no such pattern asks for."""
    index = verb_index()
    read = {w.lower() for pats in index.by_lemma.values() for p in pats if p.code == "145" for w in p.context or ()}
    return frozenset(read | {w.lower() for w in clauses().crowd_words})


def _source_tokens(cand: Candidate) -> list[Token]:
    """The tokens of the sentence the source was read from ('Protesters, angry at the verdict,': the words, not the
    commas), found by its text in the anchor's sentence; none when the text is not there (a source carried from
    another sentence names no crowd here)."""
    span = words_in(cand.anchor.sent, cand.source.text)
    return list(span) if span is not None else []


def why_not(
    cand: Candidate,
    info: CameoInfo | None,
    triggers: set[int],
    candidates: list[Candidate] | None = None,
    day: dt.date | None = None,
) -> str | None:
    """Why a candidate is not an event, or None when it is one (``day``: the article's, for dates of the news)."""
    # "were killed in the bombing": a re-mention is the means of the killing only when the killing was coded
    framing = {c.trigger.i for c in candidates or [] if c is not cand} if is_remention(cand) else triggers
    if _embedded_in_event(cand, triggers) or _frames_another_event(cand, framing):
        return "part of a governing event's clause"
    if candidates and _result_of_another(cand, candidates):
        return "the result of the event of the clause it follows"
    if cand.trigger.ent_type_ == "WORK_OF_ART":
        return "a word of a title (a show, a book, a film: 'told Meet the Press'), not a deed"
    if _names_a_topic(cand):
        return (
            "a gerund after a preposition of topic or cause ('spoke about restoring ties', 'sanctioned Russia for "
            "annexing Crimea'): what is spoken of or answered, not a deed of the clause's subject"
        )
    if _topic_of_a_stance(cand):
        return (
            "a deed a predicate adjective of stance or knowledge is about ('was openly critical of the "
            "offensive', 'unaware of the raid'): the topic of the stance, not a deed reported"
        )
    if _ranks_a_record(cand, day):
        return (
            "a deed a ranked noun's relative clause names ('the first leader to urge', 'the second time X did'): a "
            "record, not news"
        )
    if _plans_a_deed(cand):
        return "a deed a plan, decision or request names (an infinitive on its noun): not done"
    if _aims_at_a_deed(cand, day):
        return "a deed an infinitive of purpose aims at ('conducts strikes to support the SDF'): not done"
    if describes_an_actor(cand, day):
        return "a description of an actor (a participle, or a relative clause that says who it is), not a deed it did"
    if _doer_in_doubt(cand, candidates):
        return "the doer is one of alternatives ('regime or Russian jets'): the text does not say who did it"
    if is_statement(cand):
        reason = why_not_statement(cand, triggers, candidates or [])
        if reason is not None:
            return reason
    elif reports_another_event(cand, triggers):
        return "a statement that reports another event (coded with its attribution, if at all)"
    if info is None:
        return f"unknown CAMEO code {cand.code}"
    roles = roles_file()
    if cand.code in roles.audience_codes and any(
        a is not None and a.role in roles.audience_roles and not _names_an_outlet(a.text)
        for a in (cand.source, cand.target)
    ):
        return "the press an actor meets or phones is its audience, no party to a consultation ('met the press')"
    if _a_civilian_doer(cand, info.root):
        return (
            f"a deed of force (root {info.root}) with a civilian source ({cand.source.code}) that names no crowd: "
            "civilians do not wage it, the victims or a witness were read as its doer, or it is a crime"
        )
    if _a_civilian_partner(cand, info.root, candidates):
        return (
            f"the armed side of a two-way deed of force (root {info.root}) whose partner is civilians "
            f"({cand.target.code}): victims or a crowd, not a side that fought"
        )
    if cand.target is None and info.root in clauses().addressed_roots:
        return f"a CAMEO {info.root} event needs a target and none was found"
    return None


def _names_an_outlet(words: str) -> bool:
    """'Al Jazeera executives', 'the BBC': a capitalised word after an opening article names an outlet, which stays a
    party; 'the press', 'journalists' are a plain audience. A capitalised first word ("Reporters met ...") counts as a
    name: the event is kept when in doubt."""
    tokens = words.split()
    return any(w[:1].isupper() for i, w in enumerate(tokens) if not (i == 0 and w.lower() in ("the", "a", "an")))
