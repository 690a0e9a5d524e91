"""Reads of the dependency tree that find an event's parties: subjects, objects, conjuncts, prepositions.

The small English model hangs arguments in several ways for one meaning; these helpers
gather them ("Iran and Turkey", the ``by`` agent of a passive, the subject a control verb
shares with its governor) so the frame and argument stages ask one question each.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

from detente.actors import head_role
from detente.actors.holders import of_doing
from detente.actors.phrases import lemma_in
from detente.actors.resolved import state_word
from detente.data import clauses, roles_file, when_words
from detente.nlp.tree import TIME_LABELS, prep_objects

SUBJECT_DEPS = {"nsubj", "csubj"}
CONTROL_DEPS = {"xcomp", "advcl", "conj", "pcomp"}


def conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens conjoined to it ("Iran and Turkey"). A name the parser hangs on a name as an
    apposition is a member of the list when it has a conjunct of its own ("calls to Merkel, French President Hollande
    and Juncker"); a true apposition ("Merkel, the German chancellor,") has none."""
    out = [tok]
    for child in tok.children:
        joined = child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")
        if joined or (child.dep_ == "appos" and listed(tok, child)):
            out.extend(conjuncts(child))
    return out


def joined_modifier(name: Token, child: Token) -> bool:
    """'a meeting between Kerry and Russia's top diplomat Sergei Lavrov': the small parser hangs the first name
    of a pair on the second as its modifier, with the "and" on either of them. A name modifying a later name, with a
    coordinating "and" of its own or right after it, is the pair's first member; one named entity ("Trinidad and
    Tobago") is one. Read for the objects of a slot's preposition (``prep_parties``) only: as a clause's subject
    ("May and her negotiator David Davis dashed to ...") the longer list changes the learned layer's reading of
    the clause (train: 2 right events lost)."""
    if name.pos_ != "PROPN" or child.pos_ != "PROPN" or child.dep_ not in ("nmod", "compound") or child.i > name.i:
        return False
    own = any(c.dep_ == "cc" and c.lower_ == "and" for c in child.children)
    after = name.doc[child.i + 1]
    if not own and not (after.dep_ == "cc" and after.lower_ == "and" and after.head.i == name.i):
        return False
    return not (child.ent_type_ and all(name.doc[k].ent_iob_ == "I" for k in range(child.i + 1, name.i + 1)))


def listed(name: Token, appos: Token) -> bool:
    """Whether an apposition to a name is the next member of a list: a name with a conjunct of its own."""
    return (
        name.pos_ == "PROPN"
        and appos.pos_ == "PROPN"
        and any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in appos.children)
    )


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or reduced_passive(verb)


def reduced_passive(verb: Token) -> bool:
    """'the truce brokered by Russia', 'the mayor berated by the president': a past participle that modifies a noun
    and names its doer with "by" is a passive with no auxiliary; the noun it modifies undergoes it."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "agent" for c in verb.children)
    )


def is_infinitive(verb: Token) -> bool:
    """A to-infinitive ("to meet"), the clause of a purpose or of control."""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def subjects(verb: Token, depth: int = 0, *, bridged: bool = False) -> list[Token]:
    """Who does the verb: its subject, the passive's agent, or the subject it shares with a governing verb.

    The subject is shared across verbs, and across one word that is no verb (a predicate adjective, "is ready to
    send"; a preposition, "after meeting"), never two: the second such guess on a small parse is more often wrong
    ("will be prepared to join Russia in fighting ...")."""
    if is_passive(verb):
        # "criticized by diplomats as well as by members of Congress": every "by" names a doer
        return [
            c for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" for c in conjuncts(p)
        ]
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in clauses().relative_pronouns and verb.dep_ == "relcl":
                return conjuncts(verb.head)
            return conjuncts(child)
    controller = object_controller(verb)
    if controller:
        return controller
    if depth < 3 and verb.dep_ in CONTROL_DEPS and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children) and verb.tag_ != "VBG":
            # "after X attacked ...": its own clause, subject unknown; but a marked participle has none of its own
            # and is done by the subject of the clause it modifies ("He criticized May, while praising Johnson")
            return []
        found = subjects(verb.head, depth + 1, bridged=bridged)
        if not found and is_passive(verb.head) and is_infinitive(verb):
            # "she was sent to Brussels to meet EU leaders", "X was asked to leave": with no agent named, who
            # undergoes the passive is who does its infinitive
            found = [c for child in verb.head.children if child.dep_ == "nsubjpass" for c in conjuncts(child)]
        return found
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return conjuncts(verb.head)
    if depth >= 3 or bridged:
        return []
    bridge = verb.head
    if verb.dep_ == "xcomp" and bridge.dep_ == "acomp" and bridge.head.pos_ in ("VERB", "AUX"):
        return subjects(bridge.head, depth + 1, bridged=True)  # "Turkey is ready to send troops"
    if verb.dep_ == "pcomp" and bridge.dep_ == "prep" and bridge.head.pos_ in ("VERB", "AUX"):
        return subjects(bridge.head, depth + 1, bridged=True)  # "after meeting Putin, Modi said"
    return []


def ended_by_governor(verb: Token) -> bool:
    """'Israeli forces ceased attacking Gaza', 'avoided hitting the hospital', 'refrained from striking': a gerund
    a verb of ending or avoiding governs (``ending_verbs``, directly or after one of ``ending_preps``) names a deed
    not done. Not a governor with a particle ('ended up shelling the town': done) nor an infinitive ('stopped to
    talk to reporters': a purpose)."""
    words = clauses()
    if verb.tag_ != "VBG" or verb.head.i == verb.i:
        return False
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.lower_ in words.ending_preps and governor.head.i != governor.i:
        governor = governor.head
    elif verb.dep_ != "xcomp":
        return False
    ending = governor.pos_ in ("VERB", "AUX") and governor.lemma_.lower() in words.ending_verbs
    return ending and not any(c.dep_ == "prt" for c in governor.children)


def object_controller(verb: Token) -> list[Token]:
    """'persuaded Collins to support the bill', 'urged Iran to release the sailors': the doer of a to-infinitive
    completing a verb that has an object naming a party is that object (object control), not the governor's
    subject. A thing as the object ("used tear gas to disperse") leaves the governor's subject the doer, and an
    indirect question ("told May how to negotiate") reports a way or a choice, not a deed asked of the object."""
    if verb.dep_ != "xcomp" or not is_infinitive(verb) or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.tag_ in ("WRB", "WP", "WDT") or c.lower_ == "whether" for c in verb.children):
        return []
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    return [c for o in objects if is_party_phrase(o) for c in conjuncts(o)]


PARTY_PRONOUNS = {"him", "her", "them", "their", "his", "they", "he", "she", "us", "our", "we"}


def is_party_phrase(head: Token) -> bool:
    """Whether a phrase itself names a person, group or state: a name, a party pronoun or a role noun."""
    return head.pos_ == "PROPN" or head.lower_ in PARTY_PRONOUNS or head_role(head, [head]) is not None


def names_a_party(head: Token) -> bool:
    """Whether a phrase names a person, group or state (resolved or not), rather than only a thing."""
    if is_party_phrase(head):
        return True
    # "their release", "Hamas's demands": a party owns the thing
    return any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in PARTY_PRONOUNS) for c in head.children)


def owners_of_thing(head: Token) -> list[Token]:
    """'assailed Khan's record', 'welcomed the Prime Minister's decision': the owners of a phrase that names a thing,
    not a party (no name, no party pronoun, no role noun), with their conjuncts. A deed aimed at what a party owns or
    did is aimed at the party; a party phrase ("May's spokesman") is no thing and has none."""
    if head.pos_ != "NOUN" or is_party_phrase(head):
        return []
    return [c for o in head.children if o.dep_ == "poss" for c in conjuncts(o)]


def is_instrument(tok: Token) -> bool:
    """A weapon or an attack: a thing a deed is done with, never its doer."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    compound = " ".join(c.lower_ for c in tok.children if c.dep_ == "compound") + " " + lemma
    words = {*clauses().instrument_nouns, *roles_file().attack_nouns}
    return lemma in words or compound.strip() in words


def struck_by_an_attack(tok: Token) -> bool:
    """'the attack on police officers in Dallas': a party or place an attack noun (roles.yaml ``attack_nouns``) was
    aimed at or struck (its ``struck_preps`` object), its victim; a judgement of the attack is aimed at its doer, never
    at its victim."""
    prep = tok.head
    rules = roles_file()
    if tok.dep_ != "pobj" or prep.lower_ not in rules.struck_preps or prep.head is prep:
        return False
    return lemma_in(prep.head, rules.attack_nouns)


def instrument_owners(tok: Token) -> list[Token]:
    """Who used a weapon or made an attack: its owner ("Russia's airstrikes"), the words naming who it belongs
    to ("Regime airstrikes", "Syrian government shelling"), or the agent of the verb of doing that fired it ("shells
    fired by opposition groups"; never "airstrikes reported by the Syrian Observatory": ``of_doing``)."""
    out = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.pos_ != "NUM"]
    for acl in (c for c in tok.children if c.dep_ == "acl" and of_doing(c)):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            out += [p for p in agent.children if p.dep_ == "pobj"]
    out += prep_parties(tok, "by")
    if tok.dep_ == "pcomp":  # "in [Syrian government] [shelling of the town]": the parser splits the phrase
        out += [c for c in tok.head.children if c.dep_ == "pobj"]
    return [c for owner in out for c in conjuncts(owner)]


def names_its_government(owner: Token) -> bool:
    """'Syrian government air strikes', 'Syrian regime shelling': a country word right before an own-state word
    (``own_state_words`` in ``data/roles.yaml``) that modifies the same noun phrase names that country's government,
    not its military (the parser often hangs "government" on "air", out of the attack noun's own modifiers)."""
    if owner.i + 1 >= len(owner.doc):
        return False
    nxt = owner.doc[owner.i + 1]
    words = roles_file().own_state_words
    return (
        (nxt.lemma_.lower() in words or nxt.lower_ in words)
        and nxt.dep_ in ("amod", "compound", "nmod")
        and nxt.head.i > nxt.i
    )


def struck_subjects(event: Token) -> list[Token]:
    """'Rebel positions came under Russian airstrikes', 'the convoy came under fire': an event word under a verb
    of undergoing (``undergo_verbs`` in ``data/clauses.yaml``) hit that verb's subject, which is no doer of it.
    The parser may tag the event word as a verb of its own ("came under rebel shelling": "shelling" a clause of
    "came", "rebel" the object of "under"); the preposition before it on the same verb then says the same."""
    undergo = clauses().undergo_verbs
    head = event.head
    if event.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
        verb, preps = head.head, [head]
    elif event.dep_ in ("advcl", "xcomp", "pcomp", "dobj") and head.pos_ in ("VERB", "AUX") and head.i < event.i:
        verb, preps = head, [c for c in head.children if c.dep_ == "prep" and c.i < event.i]
    else:
        return []
    if verb.pos_ not in ("VERB", "AUX") or not any(f"{verb.lemma_.lower()} {p.lower_}" in undergo for p in preps):
        return []
    return subjects(verb)


def means_owners(verb: Token) -> list[Token]:
    """'was killed in a Russian airstrike', 'died in regime shelling': a passive deed's doer read from its means."""
    out: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "during")):
        for means in (p for p in prep.children if p.dep_ in ("pobj", "pcomp")):
            if is_instrument(means):
                out += instrument_owners(means)
    return out


def speaker_subjects(verb: Token) -> list[Token]:
    """'X said five fighters were killed and threatened retaliation': the parser hangs the second verb
    on the reported clause; its doer is then the speaker. The subjects of the verb of saying above a
    conjoined verb, for when the shared subject is no actor."""
    if verb.dep_ != "conj":
        return []
    tok = verb.head
    for _ in range(3):
        said = reporting_verb(tok)
        if said is not None:
            return subjects(said)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return []


def speaker_of_conjoined_act(verb: Token, code: str, is_act: Callable[[Token], bool]) -> list[Token]:
    """'Paris said Syrian rebels may have used the gas and urged Moscow to allow an inquiry': the small parser hangs
    an appeal (``clauses.yaml`` ``speaker_act_verbs``) with no subject of its own on the reported clause's verb,
    whose subject it would share; an appeal of ``speaker_act_roots`` is then the speaker's: the subjects of the verb
    of saying (``speaker_subjects``' walk), else [] (the verb's own ``subjects`` stand). Only when the verb it hangs on
    is no act of that subject ("said May no longer had a mandate and called on her to resign"): after a deed or a
    verbal act ("said Hamas fired rockets and urged Palestinians to ...", "said Russia had criticised Ukraine and
    urged ...") the appeal may be the reported subject's, so it keeps it. ``is_act``: whether a verb is a verb of a
    pattern or a coded trigger (the caller's index); verbs of saying, appeal, claim, denial and threat are acts too."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    words = clauses()
    if verb.lemma_.lower() not in words.speaker_act_verbs or not code.startswith(tuple(words.speaker_act_roots)):
        return []
    hung = verb.head
    verbal = (*words.speech_verbs, *words.demand_verbs, *words.claim_verbs, *words.deny_verbs, *words.threat_verbs)
    if is_act(hung) or hung.lemma_.lower() in verbal:
        return []
    return speaker_subjects(verb)


def reporting_verb(clause: Token) -> Token | None:
    """The verb of saying (``clauses.yaml`` ``speech_verbs``) whose reported clause ``clause`` heads: "police said
    a gunman *killed* ...", "a gunman *killed* ..., police said"; None when it heads no such clause."""
    head = clause.head
    return head if clause.dep_ == "ccomp" and head.lemma_.lower() in clauses().speech_verbs else None


def direct_objects(verb: Token) -> list[Token]:
    """The verb's objects (the passive's subject). A name right after a verb with no object is its object
    even where the small model reads it as an adverbial ("bombed Aleppo on Tuesday": npadvmod)."""
    if reduced_passive(verb):
        return conjuncts(verb.head)
    if is_passive(verb):
        return [c for child in verb.children if child.dep_ == "nsubjpass" for c in conjuncts(child)]
    found = [c for child in verb.children if child.dep_ == "dobj" for c in conjuncts(antecedent(child))]
    if not found and verb.i + 1 < len(verb.doc):
        nxt = verb.doc[verb.i + 1]
        if nxt.dep_ == "npadvmod" and nxt.head.i == verb.i and nxt.pos_ == "PROPN" and nxt.ent_type_ not in TIME_LABELS:
            found = conjuncts(nxt)
    return found


def prep_parties(head: Token, prep: str, keep: Callable[[Token], bool] | None = None) -> list[Token]:
    """The parties a (possibly multiword) preposition of a slot names, with their conjuncts:
    "with Iran and Turkey", "on behalf of Hamas", "such as Hamas" (the parser hangs "such" on "as"). ``keep``, when
    given, is asked of the phrase's first word (its place in the sentence). (``nlp.tree.prep_objects`` is the plain
    one-word walk.)"""
    words = prep.split()
    out: list[Token] = []
    for child in head.children:
        found = _prep_phrase(child, words)
        if found is None or (keep is not None and not keep(found[0])):
            continue
        for c in found[1].children:
            if c.dep_ == "pobj":
                c = antecedent(c)
                out.extend(conjuncts(c))
                # "between Kerry and Russia's top diplomat Sergei Lavrov": the first name hung on the second
                out.extend(j for m in c.children if joined_modifier(c, m) for j in conjuncts(m))
    return out


def same_preposition(word: str, wanted: str) -> bool:
    """Whether a sentence's preposition is the one a pattern or slot wants, a formal spelling included
    (``clauses.yaml`` ``preposition_variants``: "called upon Iran to", "imposed sanctions upon Russia" say what "on"
    says)."""
    return word == wanted or clauses().preposition_variants.get(word) == wanted


def _prep_phrase(child: Token, words: list[str]) -> tuple[Token, Token] | None:
    """(first word, preposition whose objects are the parties) of the preposition ``words`` that ``child`` opens, or
    None. "on behalf of": a chain of prepositions from the first word; "such as": the parser hangs the first words on
    the last one, so the words before it must spell them."""
    if child.dep_ not in ("prep", "agent", "dative"):
        return None
    if same_preposition(child.lower_, words[0]):
        node = child
        for w in words[1:]:  # "on behalf of": walk the chain of prepositions
            nxt = [c for c in node.subtree if c.lower_ == w and c.dep_ == "prep"]
            if not nxt:
                break
            node = nxt[0]
        return child, node
    n = len(words) - 1
    if n and child.lower_ == words[-1] and child.i >= n:
        before = child.doc[child.i - n : child.i]
        if [t.lower_ for t in before] == words[:-1]:
            return before[0], child
    return None


def party_group(noun: Token) -> Token | None:
    """The plural noun for several parties that a slot's noun is ("Gulf officials", "foreign actors") or counts out
    ("several of the protagonists", "a host of UK leaders": its "of" part), else None: a role noun, a title, a noun
    of a state or a pair, a group of a side, or ``roles.yaml`` ``party_group_nouns``. A thing ("the decision") is no
    group of parties, nor is a singular noun."""
    rules = roles_file()
    classes = (rules.person_titles, rules.country_nouns, rules.pair_nouns, rules.fought_group_nouns)

    def names_parties(tok: Token) -> bool:
        if tok.tag_ not in ("NNS", "NNPS"):
            return False
        if lemma_in(tok, rules.party_group_nouns) or any(lemma_in(tok, words) for words in classes):
            return True
        return head_role(tok, [tok]) is not None

    if names_parties(noun):
        return noun
    return next((p for p in prep_objects(noun, ("of",)) if names_parties(p)), None)


def _tallied(noun: Token, group: Token, clause: Token | None) -> bool:
    """'has visited 18 countries, including Brazil', 'has hosted many leaders', 'dozens of leaders', 'has met world
    leaders, including Trump, dozens of times': a group counted by a number or a word of count (``clauses.yaml``
    ``count_nouns``, ``roles.yaml`` ``tally_words``), on the group or as the slot's partitive head, or a clause that
    counts its occasions (a plural of ``standing.recall_time_nouns``), is a running total."""
    words = [*clauses().count_nouns, *roles_file().tally_words]

    def counts(tok: Token) -> bool:
        return tok.like_num or lemma_in(tok, words)

    if (noun.i != group.i and counts(noun)) or any(counts(c) for c in group.children if c.i < group.i):
        return True
    times = clauses().standing.recall_time_nouns
    return clause is not None and any(t.tag_ == "NNS" and lemma_in(t, times) for t in clause.subtree)


def named_examples(noun: Token) -> list[Token]:
    """'criticised foreign powers like China and Japan', 'met Gulf officials, including the Qatari foreign minister',
    'groups such as Hamas': the parties a target slot's noun gives as its examples after an ``example_preps``
    preposition, with their conjuncts. Read only where the noun itself names no party (the caller's test) but a group
    of parties (``party_group``), never after a comma that compares ("criticized the decision, like China":
    ``comma_comparison_preps``), nor of a running total (``_tallied``)."""
    rules = roles_file()
    group = party_group(noun)
    if group is None:
        return []
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    clause = verb if noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX") else None
    if _tallied(noun, group, clause):
        return []

    def after_comma(first: Token) -> bool:
        return first.i > 0 and first.doc[first.i - 1].text == ","

    def no_comparison(first: Token) -> bool:
        return not (after_comma(first) and first.lower_ in rules.comma_comparison_preps)

    out: list[Token] = []
    for head in [noun] if group.i == noun.i else [noun, group]:
        out.extend(p for prep in rules.example_preps for p in prep_parties(head, prep, no_comparison))
    if clause is not None:
        # "met with several of the protagonists, including X": an example phrase hung on the verb after a comma
        # that follows the slot's noun
        def on_clause(first: Token) -> bool:
            return first.i > noun.i and after_comma(first) and no_comparison(first)

        out.extend(p for prep in rules.clause_example_preps for p in prep_parties(clause, prep, on_clause))
    return out


def bridged_by(noun: Token, prep: str) -> list[Token]:
    """'an attack by rebel units on the Zahra quarter': the small parser hangs an event noun's second phrase on
    the object of its "by" phrase ("on the quarter" on "units"). The parties of the noun's ``prep`` phrase hung
    so, when the noun has none of its own. Not "of", the noun's own complement, which the parser keeps on the noun;
    not "in", a place, hung on whichever word is near ("bombardment by X and their ally in Idlib"); and not the doer's
    "by" through the target's phrase ("bombardment of the area by X": measured on train, 0 right / 3 wrong, all
    descriptions the annotators left uncoded). The words: ``clauses.yaml`` ``by_bridge``."""
    words = clauses().by_bridge
    if prep in words.not_bridged or prep_parties(noun, prep):
        return []
    agents = [c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == words.agent]
    return [p for by in agents for obj in by.children if obj.dep_ == "pobj" for p in prep_parties(obj, prep)]


def antecedent(tok: Token) -> Token:
    """'The New IRA, whom detectives blame', 'the rebels with whom Russia negotiated': a relative pronoun that is the
    object of its clause's verb (or of a preposition on it) stands for the noun the relative clause modifies; other
    words are themselves. (The relative subject is read the same way in ``subjects``.)"""
    if tok.lower_ not in clauses().relative_pronouns or tok.dep_ not in ("dobj", "pobj"):
        return tok
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < tok.i:
        return verb.head
    return tok


def named_before(tok: Token) -> bool:
    """Whether the article named a person of this surname before the word ("Theresa May ... criticized May"): the
    article's memory of persons, read from the named entities (only for the rare lone month name)."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == tok.text and e.end <= tok.i for e in tok.doc.ents)


def date_reading(tok: Token, verb: Token, agent: bool) -> bool:
    """Whether the clause reads a lone month name as a date: a noun of time in the verb's clause ("rejected May as
    a date", "set May as the deadline"; ``clauses.yaml`` ``date_nouns``), or a passive with a modal or "to" whose
    "by" is a deadline ("must be approved by May", "is to be signed by March")."""
    nouns = clauses().date_nouns
    if any(t.lemma_.lower() in nouns for t in verb.subtree if t.i != tok.i):
        return True
    return agent and any(c.tag_ in ("MD", "TO") for c in verb.children)


def as_person(tok: Token, verb: Token, agent: bool = False) -> bool:
    """A lone month name that is also a name is a person only when the article named one of that surname and its
    clause has no date reading; when unsure it stays a date."""
    return named_before(tok) and not date_reading(tok, verb, agent)


def a_time(tok: Token, time_preps: Collection[str]) -> bool:
    """Whether a word tagged as a date (``DATE``/``TIME``) is a time. The small model tags the name "May" as the
    month: a month name that is also a name (``when.yaml`` ``ambiguous_months``) standing alone (no day, no
    modifier) is a person where a month cannot stand: the verb's object ("criticized May over the deal": a time with
    no preposition is an adverbial, ``npadvmod``, not ``dobj``), a passive's agent ("criticized by May"), or after
    the prepositions of ``clauses.yaml`` ``lone_date_names`` ("fired back at May", "called on May to resign": a month
    takes "in", a day its number, "on May 5"; weekdays are no names, "on Thursday"), and in each case only when the
    article named a person of that surname before and the clause has no date reading (``as_person``: "rejected May
    as a date", "must be approved by May" stay dates). Other words are times after a time preposition
    (``time_preps``) and parties elsewhere ("spoke with May")."""
    named = tok.n_lefts + tok.n_rights == 0 and tok.lower_ in when_words()["ambiguous_months"]
    if tok.dep_ == "pobj":
        prep = tok.head
        agent = prep.dep_ == "agent"
        if named and (agent or prep.lower_ in clauses().lone_date_names) and as_person(tok, prep.head, agent):
            return False
        return prep.lower_ in time_preps
    return not (tok.dep_ == "dobj" and named and as_person(tok, tok.head))


def has_particle(verb: Token, particle: str) -> bool:
    word = particle.split()[0]
    after_object = {o.right_edge.i + 1 for o in verb.children if o.dep_ == "dobj"}
    for c in verb.children:
        if not same_preposition(c.lower_, word):
            continue
        if c.dep_ in ("prt", "advmod"):
            return True
        # a preposition counts right after the verb or its object ("called on Iran", "asked Germany for"),
        # never when it introduces a time ("called the troops terrorists on Monday")
        timed = any(p.ent_type_ in TIME_LABELS and a_time(p, (c.lower_,)) for p in c.children)
        if c.dep_ == "prep" and (c.i == verb.i + 1 or c.i in after_object) and not timed:
            return True
    return False


NOT_HOLDERS = {"GPE", "LOC", "FAC", "DATE", "TIME"}  # a place or a time before a site is no holder
HOLDER_POS = ("PROPN", "NOUN", "PRON")  # a name, a group noun ("rebel positions"), a possessive ("their")


def site_holders(site: Token) -> list[Token]:
    """Who a site named by its holder belongs to: a name, a group noun or a possessive pronoun before it, or its
    "of" phrase ("ISIL strongholds", "rebel positions", "their bases", "the supply routes of ISIS"): guide 1.3,
    an unnamed place described by its holder stands for the holder. Only a name holds anything ("besieged
    opposition groups" is no site of the opposition); nouns and pronouns hold the sites of ``holder_sites``.
    Adjectives stay out ("Syrian positions", "military sites": measured, no gain). Issue 14: role nouns were
    refused before (199 articles: +1 right, +3 false); on 279 train articles they turn 7 wrong targets right
    and remove 2 wrong events."""
    rules = roles_file()
    holder_site = lemma_in(site, rules.holder_sites)
    kinds = HOLDER_POS if holder_site else ("PROPN",)

    def holders(named: list[Token]) -> list[Token]:
        return [c for n in named if n.pos_ in kinds and n.ent_type_ not in NOT_HOLDERS for c in conjuncts(n)]

    named = [c for c in site.children if c.dep_ in ("compound", "poss", "nmod", "amod")]
    named += prep_objects(site, rules.holder_preps)
    served = list(prep_objects(site, rules.served_preps)) if holder_site else []
    if not named and not served and holder_site:
        # "concentrations and movements of ISIL terrorists": the holder the parser hangs on the last conjoined site
        later = conjuncts(site)[1:]
        named = [o for c in later for o in prep_objects(c, rules.holder_preps)]
        served = [o for c in later for o in prep_objects(c, rules.served_preps)]
    # "positions for ISIL", "hideouts for the terrorists": a site's "for" names whom it serves, its holder, only
    # where no other holder is named: "struck ISIS positions for the SDF" are ISIS's, whatever help they gave; a
    # noun that names nobody ("monitoring position for al-Nusra") is no such holder (s20)
    found = holders(named)
    if any(_names_a_holder(n) for n in found):
        return found
    return found + holders(served)


def role_site(site: Token) -> tuple[str, str, str] | None:
    """'struck a Syrian army position', 'missiles at the Syrian military airfield', 'a Syrian regime airbase': a site
    (``holder_sites``, ``site_nouns`` in roles.yaml) whose own words before it name both a country (a demonym or a
    country's name) and one role of it (a role noun or adjective, ``head_role``; an own-state word is the government)
    is held by that role of that country (guide 1.3: an unnamed place described by its holder stands for the holder),
    when the role is one that holds such sites (``site_holder_roles``: not "a Palestinian refugee camp"):
    (country, role, the words). Both words are asked for: a role word alone leaves the country to context ("army
    positions" in an article about an Israeli strike were read as Israel's), a country word alone is the country
    ("Syrian positions"), and a site with a name of its own ("the Tiyas airbase", "the government stronghold of
    Latakia") is a named place, its country's whoever holds it. ``site`` is the site noun or, from a slot that reads
    a site's holder ("dobj_holder"), a word before it."""
    rules = roles_file()

    def is_site(tok: Token) -> bool:
        return lemma_in(tok, rules.holder_sites) or lemma_in(tok, rules.site_nouns)

    if not is_site(site):
        if site.dep_ not in ("compound", "amod", "nmod") or not is_site(site.head):
            return None
        site = site.head
    if has_own_name(site):
        return None  # a named site
    if any(o.pos_ == "PROPN" for o in prep_objects(site, ("of",))) or (
        site.dep_ == "appos" and site.head.pos_ == "PROPN"
    ):
        return None  # "the stronghold of Latakia", "Handarat, a former army camp": a named place
    if any(c.dep_ == "det" and c.lower_ in clauses().none_determiners for c in site.children):
        return None  # "no Pakistani military facilities had been targeted": no site was struck
    if _holder_stated(site):
        return None  # "a Syrian army position held by Iranian militias", "a former Syrian army base": not the role's
    words = [c for c in site.children if c.i < site.i and c.dep_ in ("amod", "compound", "nmod")]
    words += [g for w in words for g in w.children if g.i < w.i and g.dep_ in ("amod", "compound")]
    countries = {code for w in words if (code := state_word(w)) is not None}
    roles = {
        "GOV" if lemma_in(w, rules.own_state_words) else role
        for w in words
        if w.ent_type_ not in ("NORP", "GPE")
        if (role := head_role(w, [w])) is not None or lemma_in(w, rules.own_state_words)
    }
    if len(countries) != 1 or len(roles) != 1 or not roles <= set(rules.site_holder_roles):
        return None
    text = " ".join(t.text for t in sorted([*words, site], key=lambda t: t.i))
    return next(iter(countries)), next(iter(roles)), text


def has_own_name(site: Token) -> bool:
    """'the Tiyas airbase', 'the Dabbit hospital': a site a name before it names is a named place, its country's
    whoever holds it or works there (guide 1.3; read by ``role_site`` and ``arguments.SentenceParties._named_site``)."""
    return any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in site.children)


def _holder_stated(site: Token) -> bool:
    """Whether the sentence says who holds a site other than by its own words, or that they no longer tell it: a
    clause of holding on it ("a Syrian army position held by Iranian militias", "a base that rebels now control":
    ``holding_verbs``) or a word that puts its words in the past ("a former Syrian army base":
    ``past_event_modifiers``). Such a site is not read as the role its words name (``role_site``)."""
    rules = roles_file()
    if any(c.lower_ in clauses().past_event_modifiers for c in site.children if c.dep_ in ("amod", "advmod")):
        return True
    return any(c.dep_ in ("acl", "relcl") and lemma_in(c, rules.holding_verbs) for c in site.children)


def _names_a_holder(tok: Token) -> bool:
    """Whether a word before a site or in its "of" names someone who can hold it: a name (the parser's tag or its
    entity: "ISIS" is often a noun), a pronoun or a role noun ("ISIS positions", "their bases", "rebel hideouts"),
    not a noun of the site's kind ("monitoring position")."""
    return tok.pos_ in ("PROPN", "PRON") or bool(tok.ent_type_) or head_role(tok, [tok]) is not None


def struck_in_passive(attack: Token) -> list[Token]:
    """'Several ISIS hideouts were destroyed in army airstrikes near X': the sites a passive verb says an attack noun
    (its "in" or "by" object, roles.yaml ``attack_preps``) struck, the passive's subjects; what the attack was aimed
    at when its holder is named (``site_holders``), as for the active 'army airstrikes destroyed ISIS hideouts'
    (s20)."""
    prep = attack.head
    if attack.dep_ != "pobj" or prep.dep_ not in ("prep", "agent") or prep.lower_ not in roles_file().attack_preps:
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    # "were hit and destroyed in airstrikes": a conjoined verb shares the first one's subject
    while verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head
    return [c for s in verb.children if s.dep_ == "nsubjpass" for c in conjuncts(s)]


def held_part(obj: Token) -> bool:
    """'hit government-held areas of Aleppo', 'shelled regime-held neighborhoods of the city': plural territory a
    hyphenated holding participle describes is a part of the place its "of" names, held by someone; it stands for
    its holder (guide 1.3), so the "of" place is no party of the deed. The singular with a name ("the
    government-held district of Midane") is that place, and stays one (s19-levels)."""
    if obj.pos_ != "NOUN" or obj.tag_ != "NNS":
        return False
    verbs = roles_file().holding_verbs
    return any(
        c.dep_ == "amod" and c.lemma_.lower() in verbs and c.i > 0 and c.doc[c.i - 1].text == "-" for c in obj.children
    )


def of_owner(noun: Token) -> Token | None:
    """The word whose "of" phrase a noun is ("dozens" of "dozens of civilians", "wave" of "a wave of air strikes",
    "threats" of "threats of further strikes"), else None: counts, series and threats read the noun through it."""
    prep = noun.head
    return prep.head if noun.dep_ == "pobj" and prep.lower_ == "of" else None


def counted_phrase(head: Token) -> Token:
    """'killing dozens of civilians': the phrase a counted noun is the "of" part of ("dozens"), which holds its
    place in the clause; other words are themselves."""
    count = of_owner(head)
    if count is None or head.head.dep_ != "prep" or count.i == head.head.i or count.i > head.i:
        return head
    return count if count.like_num or count.lemma_.lower() in clauses().count_nouns else head


def participles(noun: Token) -> list[Token]:
    """The participle clauses describing an event noun ("an attack *launched* by X", "sorties *targeting* Y")."""
    if not clauses().noun_participles.enabled:
        return []
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")]


def participle_parties(noun: Token, prep: str) -> list[Token]:
    """'an attack launched by al-Nusra terrorists against army posts', 'air strikes conducted by the coalition', 'a
    deal struck between X and Y': the parties of the noun's ``prep`` phrase hung on the participle that describes the
    noun (a past participle's "by" is its agent, read only on a participle of doing: ``of_doing``). Times are no
    parties ("launched on Sunday")."""
    verbs = [v for v in participles(noun) if prep != "by" or of_doing(v)]
    found = [p for verb in verbs for p in prep_parties(verb, prep)]
    return [p for p in found if p.ent_type_ not in TIME_LABELS]


def aimed_objects(noun: Token) -> list[Token]:
    """'sorties targeting ISIL positions', 'an attack targeting a wedding party': the object of a present participle
    of aiming (``clauses.yaml`` ``noun_participles.aiming_verbs``) is what the noun's deed was aimed at; so is the
    object of a relative clause of aiming whose subject stands for the noun ("the attack that struck the district",
    "strikes which hit Douma"), in the simple tense only: "the attacks that have hit Paris and Brussels these past
    months" sums up a series told as background, and "strikes that would hit Iran" none that happened; nor one that
    carries a date or time of its own ("the attack that struck Paris in 2015")."""
    aiming = clauses().noun_participles.aiming_verbs
    verbs = [v for v in participles(noun) if v.tag_ == "VBG" and v.lemma_.lower() in aiming]
    pronouns = clauses().relative_pronouns
    verbs += [
        v
        for v in noun.children
        if v.dep_ == "relcl"
        and v.lemma_.lower() in aiming
        and any(c.dep_ == "nsubj" and c.lower_ in pronouns for c in v.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
        # "the attack that struck Paris in 2015": the clause dates the deed itself, which the noun's own dating
        # (background when past) never sees; such a clause is not read, whatever its date
        and not any(t.ent_type_ in TIME_LABELS for t in v.subtree)
    ]
    return [o for v in verbs for o in direct_objects(v) if o.ent_type_ not in TIME_LABELS]
