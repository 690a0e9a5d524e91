"""Force threatened and force alleged: "North Korea has long threatened to attack U.S. bases", "vowed to answer the
strike with more attacks on Israel", "Armenia has accused Azerbaijan of shelling its territory".

The event coder codes a threat (CAMEO 138) when it finds its target in a frame it knows ("threatened to use force
against Ukraine"); a threat whose target sits in the threatened deed ("to attack U.S. bases") or in a noun of force
("military action against the junta") is lost, though the issue counts threats of force as hostility. An accusation
of a deed of force is the accuser's claim (``attributed``), as "accused of arming" is for support
(``statives/support.py``). Both read the threatened or alleged deed with the deed reader's own words and targets
(``statives/deeds.py``); any subject may threaten, since threatening is words, not force. Last, fights whose two
sides one noun names ("Djiboutian and Eritrean troops clashed"), which the actor resolver reads as one actor or none.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from detente.actors import ArticleContext, country_actor, head_role
from detente.actors.phrases import phrase_tokens
from detente.data import schemas
from detente.nlp.tree import prep_objects, sentence_tokens
from detente.records import ActorRef
from detente.system.rule_names import ACCUSED_RULE, CLAIMED_RULE, SIDES_RULE, THREAT_RULE
from detente.system.statives.clause import RELATIVE, clause_anchor, negated, speaker_of, subject_of, written_year
from detente.system.statives.deeds import deed_targets, own_side
from detente.system.statives.lexicon import Found, lexicon
from detente.system.statives.parties import actor_phrase, actors_of, add_new, named_country
from detente.where.mentions import dictionary_entities, entity_span
from detente.where.places import countries_named

# the dependents a threatened deed is reached through ("threatened to attack", "threatening military action
# against", "vowed to answer the strike with more attacks on"); not a relative clause or a clause of its own
_THREAT_PATH = ("xcomp", "dobj", "prep", "pobj", "conj", "advcl", "pcomp", "amod", "compound")


def threats(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """A threat of force by any actor, to whom the threatened deed or act of force is aimed at."""
    words = lexicon().force_deeds
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words.threat_verbs or negated(tok):
            continue
        subj = subject_of(tok)
        if subj is None and tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.pos_ == "VERB":
            subj = subject_of(tok.head)  # "West African leaders ordered a force ..., threatening military action"
        if subj is None:
            continue
        threatened = [c for c in tok.children if c.dep_ in ("xcomp", "dobj")]
        targets = _threatened(threatened, words, ctx)
        if not targets:
            continue
        said = speaker_of(clause_anchor(tok), ctx)
        for user in actors_of(subj, ctx):
            for target in targets:
                if not own_side(user, target) and target.country != user.country:
                    yield Found(user, target, "hostility", "-", THREAT_RULE, tok, *said)


def _threatened(roots: list[Token], words: schemas.ForceDeedWords, ctx: ArticleContext) -> list[ActorRef]:
    """Whom the deeds and acts of force under a threat are aimed at ('to attack U.S. bases', 'military action
    against the junta', 'more attacks on Israel')."""
    found: list[ActorRef] = []
    todo = list(roots)
    while todo:
        tok = todo.pop()
        if tok.pos_ == "VERB" and negated(tok):
            continue
        if tok.pos_ == "VERB":
            found += deed_targets(tok, words, ctx)
            if not _carries(tok, words):
                continue  # "to veto a resolution on military action against Syria": no threat goes through
        elif tok.lower_ in words.threat_nouns or tok.lemma_.lower() in words.threat_nouns:
            found += [a for o in prep_objects(tok, words.threat_preps) for a in actors_of(o, ctx)]
        todo += [c for c in tok.children if c.dep_ in _THREAT_PATH and not _answered(tok, c, words)]
    return add_new([], found)


def _answered(verb: Token, child: Token, words: schemas.ForceDeedWords) -> bool:
    """Whether a child of a response verb names what the response answers ('respond to the attack on Israel',
    'answer the strike'), which is no one the threat is aimed at; the means ('with more attacks on Israel') is."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.response_verbs:
        return False
    return child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ not in words.response_means)


def _carries(verb: Token, words: schemas.ForceDeedWords) -> bool:
    """Whether a verb under a threat carries the threatened deed on: a verb of force or one of ``threat_carriers``
    ('to use force against', 'to answer the strike with more attacks on')."""
    lemma = verb.lemma_.lower()
    return lemma in words.threat_carriers or any(
        lemma in group
        for group in (words.verbs, words.from_verbs, words.with_verbs, words.asset_verbs, words.striking_verbs)
    )


def accused_deeds(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Armenia has accused Azerbaijan of shelling its territory', 'Hamas, which Israel accuses of attacking its
    troops': the accused's deed of force on its target, the accuser's claim. A pronoun owning a place or a
    holding the deed struck ('its territory') is the accuser's own; an accuser we cannot name gives nothing."""
    words = lexicon().force_deeds
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words.accuse_verbs or negated(tok):
            continue
        accused = _accused(tok)
        accuser = _accuser(tok)
        if accused is None or accuser is None:
            continue
        accusers = actors_of(accuser, ctx)
        doers = actors_of(accused, ctx)
        if not accusers or not doers:
            continue
        said = (accusers[0], " ".join(t.text for t in accuser.subtree))
        deeds = [c for p in tok.children if p.dep_ == "prep" and p.lower_ in words.accuse_preps for c in p.children
                 if c.dep_ == "pcomp" and c.pos_ == "VERB"]  # fmt: skip
        for deed in (d for v in deeds for d in (v, *v.conjuncts)):
            targets = deed_targets(deed, words, ctx) + _owned_by_pronoun(deed, accusers, words)
            for doer in doers:
                for target in targets:
                    if not own_side(doer, target) and target.country != doer.country:
                        yield Found(doer, target, "hostility", "-", ACCUSED_RULE, deed, *said)


def _accused(accuse: Token) -> Token | None:
    found = next((c for c in accuse.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if found is not None and found.lower_ in RELATIVE and accuse.dep_ == "relcl":
        return accuse.head  # "Hamas, which Israel accuses of attacking its troops"
    return found


def _accuser(accuse: Token) -> Token | None:
    if any(c.dep_ == "nsubjpass" for c in accuse.children):
        return next((o for p in accuse.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"), None)
    return next((c for c in accuse.children if c.dep_ == "nsubj"), None)


def _owned_by_pronoun(deed: Token, accusers: list[ActorRef], words: schemas.ForceDeedWords) -> list[ActorRef]:
    """'accused Azerbaijan of shelling its territory': the accuser's own country (a holding: its military)."""
    lemma = deed.lemma_.lower()
    if lemma not in words.verbs and lemma not in words.asset_verbs:
        return []
    found: list[ActorRef] = []
    for obj in (c for c in deed.children if c.dep_ == "dobj"):
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
            continue
        held = obj.lower_ in words.assets or obj.lemma_.lower() in words.assets
        if not held and obj.lower_ not in words.owned_places and obj.lemma_.lower() not in words.owned_places:
            continue
        for accuser in accusers:
            if accuser.country is not None:
                found.append(country_actor(accuser.country, "MIL" if held else None, accuser.text))
    return found


def fought_by_two(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Djiboutian and Eritrean troops clashed', 'Kyrgyz and Tajik border guards exchanged fire': one noun of force
    with two nationalities joined before it names two sides, each that country's force of the noun's role, who
    fought each other (both ways). The actor resolver reads such a phrase as one actor, or none."""
    words = lexicon().force_deeds
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or negated(tok) or not _mutual(tok, words):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        # "Djiboutian and Eritrean troops" (joined adjectives), or as the small model parses "Kyrgyz and Tajik border
        # guards": the first nationality as the subject, the noun of force its conjunct
        nouns = [subj, *subj.conjuncts]
        role = next((r for n in nouns for r in [head_role(n, phrase_tokens(n))] if r is not None), None)
        if role not in words.armed_roles:
            continue
        words_of = [w for n in nouns for w in (n, *(c for c in n.children if c.dep_ in ("amod", "compound")))]
        words_of += [c for w in list(words_of) if w.dep_ == "amod" for c in w.conjuncts]
        sides: list[ActorRef] = []
        for word in words_of:
            country = named_country(word.text)
            if country is not None and all(country.country != s.country for s in sides):
                sides.append(country_actor(country.code, role, word.text))
        if len(sides) != 2:
            continue
        said = speaker_of(clause_anchor(tok), ctx)
        a, b = sides
        yield Found(a, b, "hostility", "-", SIDES_RULE, tok, *said)
        yield Found(b, a, "hostility", "-", SIDES_RULE, tok, *said)


def _mutual(verb: Token, words: schemas.ForceDeedWords) -> bool:
    """A verb of fighting one another with no other party: 'clashed', 'fought each other', 'exchanged fire',
    'traded fire'. 'Fought' alone may be fought side by side ('Syrian and Russian troops fought in Aleppo')."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + list(prep_objects(verb, words.with_preps))
    reciprocal = any(" ".join(t.lower_ for t in o.subtree) in words.reciprocals for o in objects)
    if not reciprocal and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in words.fire_nouns for c in objects):
        return False
    if not reciprocal and any(actor_phrase(o) for o in prep_objects(verb, words.with_preps)):
        return False  # "clashed with rebels": the other side is named ("with mortars" names none)
    lemma = verb.lemma_.lower()
    fire = any(c.dep_ == "dobj" and c.lower_ in words.fire_nouns for c in verb.children)
    # "shelled each other", "attacked one another": any verb of force with a reciprocal object
    force = lemma in words.with_verbs or lemma in words.verbs or lemma in words.striking_verbs
    fought = lemma in words.mutual_verbs or (reciprocal and force)
    return fought or (fire and lemma in words.exchange_verbs)


def claims(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Al-Qaeda in the Islamic Maghreb said it had carried out the attack', 'Yemen's Houthi rebels said they had
    launched the attack': an armed group that claims an attack the article told before (a definite noun of
    ``claim_nouns`` with no target of its own) used force on the country that attack struck: the one country whose
    places the nearest earlier sentence with a deed of force names ('struck oil facilities in eastern Saudi
    Arabia'). An attack with its own target ('the attack on X') is aimed at that target."""
    words = lexicon().force_deeds
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words.claim_verbs or negated(tok):
            continue
        attacks = [c for c in tok.children if c.dep_ == "dobj" and _claimed(c, words)]
        attacks += [o for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in words.responsibility_nouns
                    for o in prep_objects(c, words.responsibility_preps) if _claimed(o, words)]  # fmt: skip
        subj = subject_of(tok)
        if subj is not None and subj.pos_ == "PRON" and tok.dep_ == "ccomp":
            subj = subject_of(tok.head)  # "the rebels said they had launched the attack"
        if not attacks or subj is None:
            continue
        users = [u for u in actors_of(subj, ctx) if _armed_group(u, words)]
        if not users:
            continue
        said = speaker_of(clause_anchor(tok), ctx)
        for attack in attacks:
            named = [a for o in prep_objects(attack, words.threat_preps) for a in actors_of(o, ctx)]
            targets = named or _struck_before(sent, words)
            for user in users:
                for target in targets:
                    if not own_side(user, target) and target.country != user.country:
                        yield Found(user, target, "hostility", "-", CLAIMED_RULE, tok, *said)


def blamed(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'Pompeo said there was no evidence it came from Yemen and blamed Iran', 'Kyiv blamed Russia for the strike':
    an attack told before, blamed on someone (no deed named after "of": that is ``accused_deeds``), is the blamed
    one's force on the country it struck, the blamer's claim. 'blamed Iran for the crisis' blames no attack."""
    words = lexicon().force_deeds
    for tok in sentence_tokens(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words.blame_verbs or negated(tok):
            continue
        blamed = next((c for c in tok.children if c.dep_ == "dobj" and actor_phrase(c)), None)
        blamer = _accuser(tok)
        if blamer is None and tok.dep_ == "conj":
            blamer = subject_of(tok.head)  # "Pompeo said there was no evidence ... and blamed Iran"
        causes = [c for p in tok.children if p.dep_ == "prep" and p.lower_ in words.accuse_preps for c in p.children]
        if blamed is None or blamer is None or any(not _claimed(c, words) for c in causes):
            continue
        accusers = actors_of(blamer, ctx)
        if not accusers:
            continue
        said = (accusers[0], " ".join(t.text for t in blamer.subtree))
        named = [a for c in causes for o in prep_objects(c, words.threat_preps) for a in actors_of(o, ctx)]
        targets = named or _struck_before(sent, words)
        for doer in actors_of(blamed, ctx):
            for target in targets:
                if not own_side(doer, target) and target.country != doer.country:
                    yield Found(doer, target, "hostility", "-", ACCUSED_RULE, tok, *said)


PAIRED_RULE = "stative.paired.hostility"


def paired_wars(sent: Span, ctx: ArticleContext) -> Iterator[Found]:
    """'the Israel-Hamas war', 'the Russia-Ukraine war', 'the Sudan-South Sudan border conflict': two sides joined by
    a hyphen right before a noun of armed conflict (``paired_nouns``) fought each other, both ways. 'the US-China trade
    war' names a trade war (only ``paired_modifiers`` may stand between); a war named by its date ('the 2006
    Israel-Hezbollah war', 'the Iran-Iraq war of the 1980s'), told after 'after', won, lost or ended, or that only
    describes a noun of remembrance ('veterans of the Iran-Iraq war') is history; one risked, feared or averted
    ('the risk of a US-Iran war') has not come."""
    words = lexicon().force_deeds
    for noun in sentence_tokens(sent):
        if noun.lower_ not in words.paired_nouns or _dated_or_over(noun, words, ctx):
            continue
        if _describes_past(noun, words) or _unreal(noun, words):
            continue
        i = noun.i - 1
        while i >= sent.start and noun.doc[i].lower_ in words.paired_modifiers:
            i -= 1
        second = _name_ending_at(noun.doc, i, sent)
        if second is None or second.start - 1 <= sent.start or noun.doc[second.start - 1].text != "-":
            continue
        first = _name_ending_at(noun.doc, second.start - 2, sent)
        if first is None:
            continue
        a = actors_of(first[-1], ctx)
        b = actors_of(second[-1], ctx)
        if len(a) != 1 or len(b) != 1 or own_side(a[0], b[0]) or own_side(b[0], a[0]):
            continue
        said = speaker_of(clause_anchor(noun), ctx)
        yield Found(a[0], b[0], "hostility", "-", PAIRED_RULE, noun, *said)
        yield Found(b[0], a[0], "hostility", "-", PAIRED_RULE, noun, *said)


def _name_ending_at(doc: Doc, i: int, sent: Span) -> Span | None:
    """The name (a proper noun's entity, or the proper noun alone) whose last token is ``doc[i]``."""
    if i < sent.start or doc[i].pos_ != "PROPN":
        return None
    span = entity_span(doc[i])
    if span is not None and span.end - 1 == i and span.start >= sent.start:
        return span
    return doc[i : i + 1]


def _dated_or_over(noun: Token, words: schemas.ForceDeedWords, ctx: ArticleContext) -> bool:
    if any(c.ent_type_ == "DATE" or c.like_num for c in noun.children if c.i < noun.i):
        return True  # "the 2006 Israel-Hezbollah war", "the 1980-88 Iran-Iraq war"
    # after the noun, on it: any earlier year ("the Iran-Iraq war of the 1980s", "the war from 1980 to 1988")
    if any(_past_year(t, ctx) for d in _dates_after(noun, noun, words) for t in d.subtree):
        return True
    # where the war is the setting of another deed, on that deed's verb: a deed of an earlier year may be one of a war
    # still going on ("lost tanks in the Russia-Ukraine war in 2023"); only a year at least ``paired_deed_year_gap``
    # before the article's is one of a war past ("lost a million people in the Iran-Iraq war in 1988")
    deed = clause_anchor(noun)
    if noun.dep_ == "pobj" and deed.pos_ == "VERB":
        gap = words.paired_deed_year_gap
        if any(_past_year(t, ctx, gap) for d in _dates_after(noun, deed, words) for t in d.subtree):
            return True
    if noun.dep_ == "pobj" and noun.head.lower_ in words.paired_over_preps:
        return True  # "after the Russia-Georgia war"
    return noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in words.paired_over_verbs  # "won the ... war"


def _dates_after(noun: Token, head: Token, words: schemas.ForceDeedWords) -> list[Token]:
    """The objects of the date prepositions (``paired_date_preps``) on ``head`` after the war noun."""
    preps = [p for p in head.children if p.dep_ == "prep" and p.i > noun.i and p.lower_ in words.paired_date_preps]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _past_year(tok: Token, ctx: ArticleContext, gap: int = 1) -> bool:
    """A year or decade ('1991', '1980s') at least ``gap`` years before the article's year; with no article date,
    any year."""
    year = written_year(tok, decades=True)
    if year is None:
        return False
    return ctx.date is None or year <= ctx.date.year - gap


def _describes_past(noun: Token, words: schemas.ForceDeedWords) -> bool:
    """'veterans of the Iran-Iraq war', 'a memorial to the Iran-Iraq war', 'Iran-Iraq war survivors': a war that only
    describes a noun of remembrance or of those who outlived it (``paired_past_heads``) is remembered, not going on."""
    head = None
    if noun.dep_ == "compound":
        head = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in words.paired_past_preps:
        head = noun.head.head
    return head is not None and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in words.paired_past_heads


def _unreal(noun: Token, words: schemas.ForceDeedWords) -> bool:
    """'the risk of a US-Iran war', 'worked to avert an India-Pakistan war', 'warned of a wider Iran-Israel war': a
    war that is the direct object or complement (through ``paired_unreal_preps``) of a word of fear, risk, threat or
    prevention (``paired_unreal_heads``) is one that may come, not one that is going on. Only the war itself (or the
    conjunct it joins) may be that complement: 'fears over the Israel-Hamas war', 'warned of famine in the
    Israel-Hamas war' are of a war going on. Hypothetical verbs ('could spark an X-Y war') are read by the clause
    reading of every stative (``statives.extract``)."""
    tok = noun
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("dobj", "nsubjpass"):
        head = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in words.paired_unreal_preps:
        head = tok.head.head
    else:
        return False
    return head.pos_ in ("NOUN", "VERB") and head.lemma_.lower() in words.paired_unreal_heads


def _claimed(noun: Token, words: schemas.ForceDeedWords) -> bool:
    """A noun of attack that refers back ('the attack', 'Saturday's bombing'), not a new one ('an attack')."""
    if noun.lemma_.lower() not in words.claim_nouns and noun.lower_ not in words.claim_nouns:
        return False
    return any((c.dep_ == "det" and c.lower_ in words.claim_dets) or c.dep_ == "poss" for c in noun.children)


def _armed_group(actor: ActorRef, words: schemas.ForceDeedWords) -> bool:
    """Who claims attacks: rebels and armed groups, not a state (whose deeds the event coder reads as told)."""
    return actor.role == "REB" or actor.code.startswith(tuple(words.armed_prefixes))


def _struck_before(sent: Span, words: schemas.ForceDeedWords) -> list[ActorRef]:
    """The country the nearest earlier sentence with a deed of force (a verb or noun of force) names places of, when
    it names one country's places only (demonyms name people, not where a deed was done)."""
    doc = sent.doc
    before = [s for s in doc.sents if s.end <= sent.start][-words.claim_back :]
    entities = dictionary_entities(doc)
    for earlier in reversed(before):
        if not any(_force_word(t, words) for t in earlier):
            continue
        seen = {
            (k, surface, span.start) for i, (k, surface, span) in entities.items() if earlier.start <= i < earlier.end
        }
        counts = countries_named([(k, surface) for k, surface, _ in seen if k in words.claim_place_kinds])
        if len(counts) == 1:
            return [country_actor(next(iter(counts)), None, earlier.text)]
        return []
    return []


def _force_word(tok: Token, words: schemas.ForceDeedWords) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return any(lemma in g for g in (words.verbs, words.striking_verbs, words.asset_verbs))
    return lemma in words.claim_nouns
