"""What is said: a verb of saying whose reported words carry a more specific code than a bare statement (issue 13).

"X said the deal is a disaster" is annotated ``111`` (criticize), "X said it had no role" ``016`` (deny), "X said
it was confident of a deal" ``013``: the code is in the reported clause, not in the frame of the verb of saying. Bare
statements (``010``) stay off (docs/events.md: as many wrong as right); this reader takes the same candidates (the
``010.*`` patterns: a verb of saying with a political speaker resolved) and codes only those whose reported words
fall in a word class of ``saying:`` in ``data/clauses.yaml``:

    016  the reported clause is negated, not of the future, and its subject is the speaker's own side ("said it had
         no role", "said its planes had not carried out the strikes")
    112  a word of a wrong deed whose doer (the clause's subject) is another party ("said Y had lied")
    111  a negative judgement of another party or its deed ("said Y's plan was reckless")
    051  a word of praise in the predicate of a clause whose subject is another party ("said Xi had been terrific")
    012  a word of worry or a bad outlook, or a good word negated ("said it was not happy")
    013  a word of confidence or a good outlook, not negated

(an outlook word must be what the reported clause asserts, of the speaker in the first person or of a thing, with no
other party named and no "pleased with X": those the annotators code as praise or criticism of X).

The judged party of 111 / 112 is the target (the reported clause's subject or its owner, the subject a subjectless
clause shares with its head, the owner or "by" agent of the judged noun; else the one foreign party the words name,
off); a 01x has none. Rules over the parse with word classes as data, not a learned classifier: the
learned statement model on these same candidates never reached 0.6 (docs/events.md, s7), and the rules keep each
decision readable in ``explain`` (the rule ``said.<code>.<class>:<word>>target@path``). Measured on train, only
111 / 112 with the judged party the reported clause's subject are right 0.6 of the time (s14: 6 right, 0 wrong), so
the reader ships with those (``saying.codes``, ``saying.judged_from``); docs/events.md "What is said". s26 added 051
on the same subject path (train 2 right / 0 wrong, praise words predicated of it) and reads the attribution check on
the judgement's path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.actors import ArticleContext, resolve
from detente.actors.phrases import lemma_in
from detente.data import clauses
from detente.events.clause import told_unreal
from detente.events.statements import (
    CONTENT_CHECKS,
    CONTENT_DEPS,
    FIRST_PERSON,
    SELF_PRONOUNS,
    Saying,
    future_words,
    said_words,
    statement_target,
    verb_reason,
)
from detente.events.tree import names_a_party

if TYPE_CHECKING:
    from detente.events.arguments import Candidate
    from detente.records import ActorRef

CLASSES = ("denial", "accusation", "criticism", "praise", "pessimism", "optimism")  # the word classes, in order read
GOOD = ("praise",)  # the good words read as praise of the clause's subject when it is another party (051)
NEGATIVE = ("criticism", "accusation", "pessimism")  # classes whose word in a clause leaves no praise in it
JUDGEMENTS = ("criticism", "accusation")  # word classes read anywhere in the reported words
SAID_PREFIX = "said."  # the rules of the reader: said.<code>.<class>
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Said:
    """The code the reported words give, its target (None for a 01x), and the path that gave it."""

    code: str
    target: ActorRef | None
    rule: str


def _clause_verb(tok: Token, said: set[int]) -> Token:
    """The verb of the clause a cue word sits in ("the plan was reckless" -> "was"), within the reported words."""
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i and cur.head.i in said:
        cur = cur.head
    return cur


def _negated(verb: Token) -> bool:
    """'is not good', 'had no role', 'did nothing', 'are no longer partners', 'was never': a negation on the
    clause's verb, a negating adverb of it ('never', or one a negating determiner modifies: 'no longer'), or a
    negating determiner of its object or attribute."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    negating = set(clauses().saying.negating_determiners)
    for c in verb.children:
        if c.dep_ == "advmod" and (c.lower_ in negating or any(d.lower_ in negating for d in c.children)):
            return True
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and (
            c.lower_ in negating or any(d.dep_ == "det" and d.lower_ in negating for d in c.children)
        ):
            return True
    return False


def _future(verb: Token) -> bool:
    """'would not', 'will never': an outlook or an intention, not a denial of a deed done."""
    future = future_words()
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in future for c in verb.children)


def _subject(verb: Token) -> Token | None:
    subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return subj[0] if subj else None


def _is_self(subj: Token, cand: Candidate, ctx: ArticleContext) -> bool:
    """The subject is the speaker's own side: a pronoun of reported or quoted speech, or a name resolving to it."""
    if subj.lower_ in SELF_PRONOUNS or subj.lower_ in FIRST_PERSON:
        return True
    got = resolve(subj, ctx) if names_a_party(subj) else None
    return got is not None and got.actor.code == cand.source.code


def _judged(verb: Token, cand: Candidate, ctx: ArticleContext) -> ActorRef | None:
    """The party a clause judges: its subject, or the owner of its subject ("Britain's plan was reckless"), resolved
    to a party other than the speaker; None when it names none. Never a pronoun ("their inaction", "they bully"):
    whom it stands for is read from another sentence, and on train the pronoun subjects judged were wrong (2 of 2)."""
    subj = _subject(verb)
    if subj is None:
        return None
    owners = [c for c in subj.children if c.dep_ == "poss"]
    if any(o.lower_ in clauses().saying.own_possessives for o in owners):
        return None  # "its troops", "our forces": the speaker's own side in reported speech (as a denial reads it)
    return _first_party([subj, *owners], cand, ctx)


def _first_party(heads: list[Token], cand: Candidate, ctx: ArticleContext) -> ActorRef | None:
    """The first of ``heads`` that names a party other than the speaker and its country, resolved; never a pronoun."""
    for head in heads:
        if head.pos_ == "PRON" or head.lower_ in SELF_PRONOUNS | FIRST_PERSON or not names_a_party(head):
            continue  # a pronoun's antecedent is another sentence's guess: the speaker's side as often as not
        got = resolve(head, ctx)
        if got is not None and not _own_side(got.actor, cand):
            return got.actor
    return None


def _holder(tok: Token, cand: Candidate, ctx: ArticleContext) -> ActorRef | None:
    """The party whose thing a judgement word is or describes, wherever that noun sits in the reported words: its
    owner ("Trump's bizarre decision", "Assad's deplorable use of", "Russia's meddling") or its agent ("violations
    by the regime", "the mistakes made by the EU", "the threat posed by the rogue regime"). The judged party is the
    doer of the judged thing, read on the noun's own phrase; an owner that is the speaker's own side ("our forces'
    misconduct") or a pronoun ("their inaction") judges no one, as on the subject path."""
    words = clauses().saying
    noun = tok if tok.pos_ == "NOUN" else tok.head if tok.dep_ in ("amod", "compound") else None
    if noun is None or noun.pos_ != "NOUN":
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if any(o.lower_ in words.own_possessives for o in owners):
        return None
    agents = [g for by in _by_phrases(noun) for g in by.children if g.dep_ == "pobj"]
    if agents:
        # the doer named after "by" is the judged one; with an owner too ("Ukraine's abuse by Russian soldiers") the
        # owner is the victim and the deed is told as suffered, not judged of its doer: no one (review, s29-said)
        return None if owners else _first_party(agents, cand, ctx)
    if lemma_in(noun, words.undergone_nouns):
        return None  # "Navalny's abuse in prison": the owner is the one the wrong was done to
    if noun.i != tok.i and not lemma_in(noun, words.deed_nouns):
        return None  # "Syria's failed harvest": an adjective of a thing, not of a deed the owner did
    return _first_party(owners, cand, ctx)


def _own_side(actor: ActorRef, cand: Candidate) -> bool:
    """The judged party is the speaker, or the speaker's own country as a whole ("May said Britain would be
    stronger"): a speaker speaking of its own country states a view of it, not a criticism of another party. Another
    body of the same country stays another party ("Schumer said Trump had been too defensive": USALEG of USAGOV)."""
    return actor.code == cand.source.code or (cand.source.country is not None and actor.code == cand.source.country)


def _shared_subject(clause: Token, tok: Token, cand: Candidate, ctx: ArticleContext) -> ActorRef | None:
    """The judged party of a clause with no subject of its own that shares its head's: a verb's open complement or
    a conjoined verb ("said U.S. troops seem to have failed", "said Y eroded democracy and was responsible for"),
    climbing at most three clauses, never to the verb of saying. Only a judgement word that is what the clause asserts
    (the clause's verb, or its adjective or noun complement: "failed", "was responsible") is read so: a judgement word
    inside its object ("continues to ignore the violations of Z") is the object's, not the subject's."""
    if tok.i != clause.i and not (tok.head.i == clause.i and tok.dep_ in ("acomp", "attr", "oprd")):
        return None
    cur = clause
    climb = set(clauses().saying.climb_verbs)
    for _ in range(3):
        if _subject(cur) is not None or cur.dep_ not in ("xcomp", "conj") or cur.head.i == cand.trigger.i:
            return None
        if cur.dep_ == "xcomp" and (cur.head.lemma_.lower() not in climb or _negated(cur.head)):
            return None  # "tried to avoid interfering", "stopped meddling": the head does not assert its complement
        cur = cur.head
        got = _judged(cur, cand, ctx)
        if got is not None:
            return got
    return None


def _by_phrases(noun: Token) -> list[Token]:
    """The "by" phrases naming who did what a noun names: its own ("violations by Y") or the passive agent of a
    participle of doing (``saying.doing_participles``: "the mistakes made by Y"); never of another participle
    ("documented by", "witnessed by" name an observer, "endured by" the victim)."""
    out = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    doing = set(clauses().saying.doing_participles)
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in doing:
            out.extend(a for a in c.children if a.dep_ == "agent")
    return out


def _judged_party(clause: Token, tok: Token, cand: Candidate, ctx: ArticleContext) -> tuple[ActorRef | None, str]:
    """The party a judgement is of, and where it was found, by the paths ``saying.judged_from`` allows: the
    reported clause's subject or its owner ("said Y had lied"), else the one foreign party the words name. On train,
    before the criticism words and the pronoun rule, the subject path was right 4 of 6 times (6 of 6 after them) and
    a party named elsewhere 1 of 4 (a judge's finding, a topic): the judged party of a criticism is what the clause
    is about, its subject (docs/events.md, "What is said"). s29-said added two paths on the judgement word's own
    phrase, tried after the subject: 'shared', the subject a subjectless clause shares with its head ("appear to
    have failed"), and 'holder', the owner or "by" agent of the noun the word is or describes ("Y's reckless
    decision", "mistakes made by Y"): train 1,599 additions 3 right / 1 wrong (the wrong one's target right, its
    source and code not); after the review's mend (a "by" agent only of a participle of doing, an owner only of a
    noun with no agent and not of a wrong done to it, an adjective only of a deed noun, climbing only through
    ``climb_verbs``) 2 right / 1 wrong ("is out to undermine" no longer climbed). Measured and left out: "of" after
    a deed noun (1 / 1; "the abuse of children" names the victims), a person's pronoun subject resolved to its
    antecedent (0 / 3), the named path (4 / 23 more)."""
    paths = clauses().saying.judged_from
    if "subject" in paths:
        got = _judged(clause, cand, ctx)
        if got is not None:
            return got, "subject"
    if "shared" in paths:
        got = _shared_subject(clause, tok, cand, ctx)
        if got is not None:
            return got, "shared"
    if "holder" in paths:
        got = _holder(tok, cand, ctx)
        if got is not None:
            return got, "holder"
    if "named" in paths:
        got = statement_target(cand, ctx)
        if got is not None:
            return got, "named"
    return None, ""


def _denies(head: Token, cand: Candidate, ctx: ArticleContext) -> bool:
    """'said it had no role', 'said its planes did not carry out the strikes': a negated reported clause, not of the
    future (that is an intention or an outlook), whose subject is the speaker's own side (the speaker, a pronoun of
    reported speech, or a party of the speaker's country)."""
    if head.pos_ not in ("VERB", "AUX") or not _negated(head) or _future(head):
        return False
    subj = _subject(head)
    if subj is None:
        return False
    if subj.lower_ in SELF_PRONOUNS or subj.lower_ in FIRST_PERSON:
        return True
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    for party in (subj, owner):
        if party is not None and party.lower_ in clauses().saying.own_possessives:
            return True  # "its planes", "our troops"
        if party is None or not names_a_party(party):
            continue
        got = resolve(party, ctx)
        if got is not None and (
            got.actor.code == cand.source.code
            or (got.actor.country is not None and got.actor.country == cand.source.country)
        ):
            return True
    return False


def _outlook_subject(subj: Token | None) -> bool:
    """Whose outlook a 01x reads: the speaker in the first person ("I am confident", "we hope"), or a thing or state
    of affairs ("things are looking good", "it is a great day"); not a third person ("he would make a great
    leader", "they are dangerous"), which judges that person or party."""
    if subj is None:
        return False
    if subj.lower_ in FIRST_PERSON or subj.lower_ in clauses().saying.thing_pronouns:
        return True
    return subj.pos_ == "NOUN" and not names_a_party(subj)


def _other_party(cand: Candidate, ctx: ArticleContext) -> bool:
    """The reported words name a party other than the speaker (by a name or a description that resolves)."""
    for tok in said_words(cand.trigger):
        if tok.pos_ not in ("PROPN", "NOUN") or tok.dep_ == "compound" or not names_a_party(tok):
            continue
        got = resolve(tok, ctx)
        if got is not None and got.actor.code != cand.source.code:
            return True
    return False


def _cues(said: list[Token]) -> list[tuple[str, Token]]:
    """The reported words that fall in a word class, in order: (class, word)."""
    classes = {name: clauses().saying_class(name) for name in CLASSES}
    found = []
    for tok in said:
        for name, members in classes.items():
            if tok.lemma_.lower() in members or (name not in GOOD and tok.lower_ in members):
                found.append((name, tok))
    return found


def read_said(cand: Candidate, ctx: ArticleContext, triggers: set[int] | None = None) -> Said | None:
    """The more specific code a bare statement's reported words carry, or None (the statement stays a bare 010).
    ``triggers`` are the sentence's other events' trigger words, read on each judgement word's path to the verb of
    saying (``saying.path_checks``): a path that holds another event is its attribution ("Iran condemned the strikes
    as a violation, a spokesman said"), not a judgement of the speaker's own. ``saying.content_checks`` names the
    checks of all the reported words (statements.CONTENT_CHECKS) the reader runs first (none since s26)."""
    words = clauses().saying
    verb = cand.trigger
    if not words.enabled or verb_reason(verb) is not None:
        return None  # the statement's own verb checks: negated, a question, reported, standing, subordinate, anonymous
    said = said_words(verb)
    if len(said) < words.min_words:
        return None
    case = Saying(cand, said, triggers or set(), [])
    if any(CONTENT_CHECKS[name][0](case) for name in words.content_checks):
        return None
    inside = {t.i for t in said}
    allowed = set(words.codes)
    heads = content_heads(verb)
    if "016" in allowed:
        for head in heads:
            if _denies(head, cand, ctx):
                return Said("016", None, f"{SAID_PREFIX}016.denial:{head.lemma_.lower()}")
    asserted = {t.i for t in _predicate_words(heads, inside)}
    for name, tok in _cues(said):
        if name not in JUDGEMENTS and tok.i not in asserted:
            continue  # an outlook word must be what the clause asserts; a judgement of a party may sit anywhere
        if name in JUDGEMENTS and tok.pos_ in ("ADP", "ADV") and tok.head.lemma_.lower() != "be":
            continue  # "X was behind the attack" judges; "has fallen behind", "is lagging behind Russia" do not
        clause = _clause_verb(tok, inside)
        if name in JUDGEMENTS and _not_asserted(clause, verb):
            continue  # "refused to say whether Y was racist", "said it does not mean Y is racist"
        if name in JUDGEMENTS and _undergone(tok, clause, verb):
            continue  # "said Ukraine had suffered atrocities": the subject is the harmed party, not the judged one
        if name in JUDGEMENTS and _path_check(tok, verb, triggers or set()) is not None:
            continue  # "Iran condemned X as a violation, a spokesman said"; "said officials said Y lied"
        negated = _negated(clause) or any(c.dep_ == "neg" for c in tok.children)
        subj = _subject(clause)
        got = _decide(name, tok, clause, negated, subj, cand, ctx)
        if got is not None and got.code in allowed:
            return got
    return None


def _undergone(tok: Token, clause: Token, verb: Token) -> bool:
    """The judgement word names what the clause's subject undergoes: the clause's verb (``_clause_verb``) is a verb
    of undergoing (``saying.undergoing_verbs``: suffer, face, receive) on the word's path to the verb of saying
    ("Ukraine had suffered atrocities at the hands of Russia", "Yemen was facing the worst crisis", "Syria had
    received unfair treatment"). The subject is then the harmed party; judging it (the clause's subject is the judged
    party) would turn the victim into the culprit. Only the clause's verb is read: ``_clause_verb`` stops at the
    first verb above the word, so no other verb stands between them, and a verb above the clause (a verb of
    undergoing that takes the clause: "faced claims that Y was corrupt") leaves the judgement standing. The path's
    reach (8 words, as ``_not_asserted`` reads) bounds how far below its clause's verb the word may sit."""
    undergoing = clauses().saying.undergoing_verbs
    on_path = {t.i for t in _path(tok, verb, limit=8)[1:]}
    return clause.i in on_path and clause.pos_ in ("VERB", "AUX") and clause.lemma_.lower() in undergoing


def _not_asserted(clause: Token, verb: Token) -> bool:
    """The judgement's clause is not asserted by the speaker: it is an open question ("whether Y was racist", "unclear
    if Y lied": ``saying.open_marks``), or a clause between it and the verb of saying is negated ("does not mean Y is
    racist"), unless that clause's verb takes its complement as a fact ("did not realize Y had been nasty": the
    speaker still holds Y was, ``saying.factive_verbs``). Only the clauses from the judgement's up to the verb of
    saying are read (not the verb's own negation, which ``verb_reason`` reads). A condition on a judgement ("would be
    a disgrace if Y lied") is not read: on train it removed one right event and no wrong one."""
    marks = set(clauses().saying.open_marks)
    factive = set(clauses().saying.factive_verbs)
    for cur in _path(clause, verb, limit=8):
        if _marked(cur, marks):
            return True  # "whether Y lied", "if Y lied"
        if (
            cur.i != clause.i
            and cur.pos_ in ("VERB", "AUX")
            and cur.lemma_.lower() not in factive
            and any(c.dep_ == "neg" for c in cur.children)
        ):
            return True
    return False


def _path(tok: Token, verb: Token, limit: int = 12) -> list[Token]:
    """The words from ``tok`` up its heads to the verb of saying (or the quote's root it hangs under), at most
    ``limit`` of them, ``tok`` first, the verb of saying left out: a judgement word's path, or its clause's."""
    out: list[Token] = []
    cur = tok
    while cur.i != verb.i and len(out) < limit:
        out.append(cur)
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return out


def _path_check(tok: Token, verb: Token, triggers: set[int]) -> str | None:
    """The first of ``saying.path_checks`` that makes a judgement word's path to the verb of saying no judgement of
    the speaker's own, or None: 'holds_event', a word of the path (the judgement word or a clause it sits in) is
    another event's trigger ("Iran condemned the strikes as a violation, a spokesman said": the condemnation is
    coded, the saying is its attribution); 'reported', a verb of speech on the path ("said officials had said Y was
    responsible": the judgement is the officials'). Read on the path, not on every reported word as the content
    check 'holds_event' did until s26: a trigger elsewhere in the words ("said Y had shown disrespect for those who
    fought") leaves the judgement the speaker's."""
    path = _path(tok, verb)
    speech = set(clauses().speech_verbs)
    for name in clauses().saying.path_checks:
        if name == "holds_event" and any(t.i in triggers for t in path):
            return name
        if name == "reported" and any(t.pos_ == "VERB" and t.lemma_.lower() in speech for t in path[1:]):
            return name
    return None


def _praised(tok: Token, clause: Token, negated: bool, cand: Candidate, ctx: ArticleContext) -> ActorRef | None:
    """The party a good word praises ("said Xi had been terrific", "said Britain had been an excellent ally"): the
    clause's subject or its owner, another party than the speaker and its country (``_judged``), when the word is
    predicated of it (the verb's attribute or object, or a modifier of those: not a word elsewhere in the clause, nor
    under a verb of undergoing), the clause holds no negative word (a judgement word of any class, or one of the
    statement lexicon's negative words: "had made a brilliant mistake" is no praise), no negation sits on the word's
    phrase or its head ("hardly a reliable partner": ``saying.negating_adverbs``), and the clause is asserted as it
    stands (not "could be a partner": ``clause.told_unreal``)."""
    words = clauses()
    if negated or told_unreal(clause):
        return None
    if clause.lemma_.lower() in words.saying.undergoing_verbs:
        return None
    phrase = tok if tok.dep_ in PREDICATE_DEPS else tok.head
    if phrase.head.i != clause.i or phrase.dep_ not in PREDICATE_DEPS or (phrase.i != tok.i and tok.dep_ != "amod"):
        return None  # not predicated of the subject ("Xi's terrific speech angered Y", "lacked a wise policy")
    negation = set(words.saying.negating_adverbs)
    near = [tok, phrase, clause, *tok.children, *phrase.children, *clause.children]
    if any(t.dep_ == "neg" or (t.lower_ in negation and t.dep_ in ("advmod", "det", "neg")) for t in near):
        return None
    negative = {*words.statements.negative_words, *(w for n in NEGATIVE for w in words.saying_class(n))}
    if any(t.lemma_.lower() in negative or t.lower_ in negative for t in clause.subtree):
        return None  # "made a brilliant mistake", "a terrific threat": the negative word wins
    return _judged(clause, cand, ctx)


def _marked(clause: Token, marks: set[str]) -> bool:
    """The clause is introduced by one of ``marks`` ("whether", "if")."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _decide(
    name: str, tok: Token, clause: Token, negated: bool, subj: Token | None, cand: Candidate, ctx: ArticleContext
) -> Said | None:
    """The code one cue word gives in its clause, or None."""
    members = clauses().saying_class(name)
    word = tok.lemma_.lower() if tok.lemma_.lower() in members else tok.lower_  # "worst" (lemma "bad") shows "worst"
    path = f"{name}:{word}"
    if name == "denial":
        if negated and not _future(clause) and subj is not None and _is_self(subj, cand, ctx):
            return Said("016", None, f"{SAID_PREFIX}016.{path}")
        return None
    if name in ("accusation", "criticism"):
        if negated:
            return None
        target, how = _judged_party(clause, tok, cand, ctx)
        if target is None:
            return None
        code = "112" if name == "accusation" else "111"
        return Said(code, target, f"{SAID_PREFIX}{code}.{path}>{target.code}@{how}")
    if name in GOOD and "051" in clauses().saying.codes:
        praised = _praised(tok, clause, negated, cand, ctx)
        if praised is not None:
            return Said("051", praised, f"{SAID_PREFIX}051.{path}>{praised.code}@subject")
    if name == "praise":
        return None  # a word of praise judges a party: with none judged it says nothing more specific
    if _other_party(cand, ctx) or not _outlook_subject(subj):
        return None  # worry or hope about another party is annotated as a criticism or praise of it (111, 051)
    if any(c.dep_ == "prep" for c in tok.children):
        return None  # "pleased with", "troubled by": a judgement of what follows, with that as its target
    if name == "pessimism":
        return None if negated else Said("012", None, f"{SAID_PREFIX}012.{path}")
    if name == "optimism":
        code = "012" if negated else "013"
        return Said(code, None, f"{SAID_PREFIX}{code}.{path}{'-negated' if negated else ''}")
    return None


PREDICATE_DEPS = ("acomp", "attr", "dobj", "oprd", "xcomp")


def content_heads(verb: Token) -> list[Token]:
    """The heads of the reported clauses of a verb of saying: its complement clauses, or the quote's verb it hangs
    from ('"It is a disaster," he said')."""
    heads = [c for c in verb.children if c.dep_ in CONTENT_DEPS]
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i:
        heads.append(verb.head)
    return heads


def _predicate_words(heads: list[Token], inside: set[int]) -> list[Token]:
    """What the reported clauses assert of their subject: each head verb, its complements and their modifiers ("is
    a disaster", "was a great day", "had no role"), not every word of a long quote (a cue in a subordinate phrase
    describes the topic as often as it judges)."""
    out: list[Token] = []
    for head in heads:
        out.append(head)
        for c in head.children:
            if c.dep_ in PREDICATE_DEPS and c.i in inside:
                out.append(c)
                out.extend(m for m in c.children if m.dep_ in ("amod", "advmod", "compound") and m.i in inside)
    return out
