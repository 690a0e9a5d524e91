"""When a verb of saying is a statement event of its own (CAMEO 010), and when it is not.

The guide (docs/annotation.md §2) codes a political actor's statement with no more specific code as
``010``. A verb of saying is far more often something else: the attribution of a deed it reports
("the ministry said 25 fighters were killed": the deed carries ``said_by``), the speaker's own deed or
intention ("said it would send troops": ``03x``), a criticism or appeal another pattern codes on the same
clause, or a question, a denial of having said anything, or a report of someone else's words. The
``010.*`` patterns (``data/verbs/01_statement.yaml``) find the verb and require a political speaker;
this module drops every candidate that is not a statement of its own, and says why, for ``explain``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.actors import ArticleContext, resolve
from detente.data import clauses, roles_file
from detente.events.learned.features import lexicon, lexicon_roots
from detente.events.patterns import STATEMENT_PREFIX
from detente.events.tree import names_a_party

if TYPE_CHECKING:
    from detente.actors.resolved import Resolved
    from detente.events.arguments import Candidate
    from detente.records import ActorRef

CONTENT_DEPS = ("ccomp", "parataxis")
QUOTES = ('"', "\u201c", "\u201d", "''", "``", "'")


def is_statement_id(rule: str) -> bool:
    """A rule of a bare verb of saying (the ``010.*`` patterns)."""
    return rule.startswith(STATEMENT_PREFIX)


def is_statement(cand: Candidate) -> bool:
    """A candidate of a bare verb of saying."""
    return is_statement_id(cand.rule)


def said_words(verb: Token) -> list[Token]:
    """The words a verb of saying reports: its complement clause ("said that ..."), or the quoted clause it
    hangs from ('"We will stay," he said', parsed with "said" under the quote's verb)."""
    words = [t for c in verb.children if c.dep_ in CONTENT_DEPS for t in c.subtree]
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i:
        own = {t.i for t in verb.subtree}
        words += [t for t in verb.head.subtree if t.i not in own]
    return words


def future_words() -> set[str]:
    """'will', 'would', 'is going to': the auxiliaries of an intention or outlook in reported speech (clauses.yaml
    ``future_aux`` and ``statements.reported_future``), not of a deed done."""
    words = clauses()
    return {*words.future_aux, *words.statements.reported_future}


def _negated_verb(verb: Token) -> bool:
    """'did not say': no statement was made."""
    return any(c.dep_ == "neg" for c in verb.children)


def _is_question(verb: Token) -> bool:
    """The sentence asks rather than states ("Did the minister say ...?")."""
    last = [t for t in verb.sent if not t.is_space and t.text not in QUOTES]
    return bool(last) and last[-1].text == "?" and not any(t.text in QUOTES for t in verb.sent)


def _reported_by_another(verb: Token) -> bool:
    """'Officials said the minister told them ...': the verb of saying is itself inside someone else's report."""
    words = clauses()
    reporting = {*words.speech_verbs, *words.claim_verbs}
    tok, hops = verb, 0
    while tok.head.i != tok.i and hops < 4 and tok.dep_ in ("ccomp", "xcomp", "conj"):
        if tok.dep_ != "conj" and tok.head.lemma_.lower() in reporting and tok.head.pos_ in ("VERB", "AUX"):
            return True
        tok, hops = tok.head, hops + 1
    return False


def _standing(verb: Token) -> bool:
    """'had said', 'has repeatedly said', 'said previously': a position held before the news, not a statement of it."""
    words = clauses()
    past = {*words.statements.past_adverbs, *words.standing.repetition_adverbs}
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return "had" in aux or any(c.dep_ == "advmod" and c.lower_ in past for c in verb.children)


def _anonymous(verb: Token) -> bool:
    """'said an official who asked for anonymity': an unnamed source of the report, not an actor."""
    words = set(clauses().statements.anonymous_words)
    return any(t.lower_ in words for t in verb.sent)


def _holds_a_trigger(s: Saying) -> bool:
    """Whether the reported words hold the trigger of another event of the sentence."""
    return any(t.i in s.triggers for t in s.said)


def _names_a_deed(said: list[Token]) -> bool:
    """Words that name a deed of force or coercion ("mortar rounds struck", "after shootings at two mosques"): the
    statement reports that deed, whether or not its doer is known (guide: "X said Y attacked Z" is a neutral report)."""
    roots = set(clauses().statements.deed_roots)
    _, nouns = lexicon()
    attack = set(roles_file().attack_nouns)
    for tok in said:
        if tok.pos_ != "NOUN":
            continue  # verbs of deeds are read in many senses ("pushed", "raise", "fire"): their patterns decide
        lemma = tok.lemma_.lower()
        known = nouns.get(lemma, frozenset())
        if lemma in attack or (known and known <= roots):
            return True
    return False


FIGURE_ENTS = ("CARDINAL", "QUANTITY", "PERCENT", "MONEY")  # the entity labels of counts and amounts


def _reports_figures(said: list[Token]) -> bool:
    """'officials said 300 had left', 'said there were 47 wounded': a spokesman supplying figures is a neutral report
    (guide 1.3), whoever the figures are about."""
    return any(t.like_num and t.ent_type_ in FIGURE_ENTS and _counts(t) for t in said)


def _counts(num: Token) -> bool:
    """A number that gives a figure: written in digits ("300", "40 percent"), or a number word counting a noun with
    no determiner ("forty soldiers"); not "the two countries" or "one of many", which refer, not count."""
    if any(ch.isdigit() for ch in num.text):
        return True
    return num.dep_ == "nummod" and not any(c.dep_ == "det" for c in num.head.children)


def _judges_badly(said: list[Token]) -> bool:
    """'said the decision was a disgrace', 'said he was worried': words that blame (111) or voice worry (012), the
    first codes of the guide's statement order (1.3) before a bare 010; the judgement lexicon of ``statements:``."""
    negative = clauses().statements.negative()
    return any(t.lemma_.lower() in negative or t.lower_ in negative for t in said)


def _part_of_another_act(verb: Token) -> bool:
    """'echoed the concerns ... and said', 'attacked the probe and saying': a verb of saying that shares its subject
    with the act it is conjoined to says what that act says (guide: one statement, one event)."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    reporting = {*clauses().speech_verbs, *clauses().claim_verbs}
    return verb.head.lemma_.lower() not in reporting


def _unsure_speaker(cand: Candidate) -> bool:
    """'it said', 'they say': a neuter or plural pronoun names a company, a report or a crowd as often as an actor."""
    return cand.source.text.lower() in set(clauses().statements.unsure_pronouns)


def _subordinate(verb: Token) -> bool:
    """'Though Cameron said ..., he pledged', 'as he told the newspaper': background to the main clause's news."""
    marks = set(clauses().statements.subordinate_marks)
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


SELF_PRONOUNS = {"he", "she", "it", "they"}  # reported speech: a quote's "I will" is the statement itself


def _is_party(head: Token) -> bool:
    """A named state, group or body ("Moscow", "the bloc", "his government"): whether it is the speaker's own side
    ("said Moscow would respond": 03x) or another ("said Iran would retaliate": a report of Iran's intent), its
    announced deed is no bare statement of the speaker's."""
    return names_a_party(head) and head.lower_ not in {"i", "we", "you"}


def _own_intention(cand: Candidate) -> bool:
    """'said it would send troops', 'said he will resign', 'said she plans to visit': the speaker's own intention is
    an 03x event (coded by its own patterns when they know the deed), never a bare statement."""
    words = clauses()
    future = future_words()
    for clause in (c for c in cand.trigger.children if c.dep_ in CONTENT_DEPS):
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or not (subj[0].lower_ in SELF_PRONOUNS or subj[0].text == cand.source.text or _is_party(subj[0])):
            continue
        aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
        if aux & future or clause.lemma_.lower() in words.intent_verbs:
            return True
        ready = set(words.statements.intent_adjectives)
        if any(c.dep_ == "acomp" and c.lower_ in ready for c in clause.children):
            return True  # "said he was ready to hold talks"
    return False


FIRST_PERSON = {"i", "we"}


def _speaks_an_act(said: list[Token]) -> bool:
    """'"I ask for a truce," she said', '"We condemn this attack," he said': the speaker's words are themselves an act
    with a narrower code (an appeal, a criticism, a promise), whether or not a pattern could code it; no bare
    statement."""
    for tok in said:
        if tok.pos_ != "VERB" or not lexicon_roots(tok) - {"01"}:
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in tok.children):
            return True
    return False


def _more_specific(cand: Candidate, candidates: list[Candidate]) -> bool:
    """Another event of the same speaker on the same clause (a criticism, an appeal, an intention, a denial):
    the statement is that event, coded by its own code."""
    verb = cand.trigger
    around = {t.i for t in verb.subtree} | {verb.head.i}
    for other in candidates:
        if other is cand or is_statement(other) or other.source.code != cand.source.code:
            continue
        if other.trigger.i in around or other.anchor.i in around or verb.i in {t.i for t in other.anchor.subtree}:
            return True
    return False


@dataclass(frozen=True)
class Saying:
    """A verb-of-saying candidate with what its content checks read: the words it reports, the other candidates'
    triggers and the candidates themselves."""

    cand: Candidate
    said: list[Token]
    triggers: set[int]
    candidates: list[Candidate]


# What the verb of saying itself is: checks of the verb and its clause, which the reader of what is said
# (events/saying.py) shares; a check's reason is what ``explain`` prints.
VERB_CHECKS: dict[str, tuple[Callable[[Token], bool], str]] = {
    "negated": (_negated_verb, "a negated verb of saying is no statement"),
    "question": (_is_question, "a question, not a statement"),
    "reported": (_reported_by_another, "a statement reported by someone else"),
    "standing": (_standing, "a position held before the news (had said, has repeatedly said), not a statement of it"),
    "subordinate": (_subordinate, "a statement in a subordinate clause, background to the main clause"),
    "anonymous": (_anonymous, "an anonymous source of the report, not an actor's statement"),
}
# What is said and what surrounds it: checks only a bare statement (010) needs.
CONTENT_CHECKS: dict[str, tuple[Callable[[Saying], bool], str]] = {
    "silent": (
        lambda s: not s.said and not any(t.text in QUOTES for t in s.cand.trigger.sent),
        "a verb of saying with nothing said",
    ),
    "reports_event": (
        lambda s: _holds_a_trigger(s) or _names_a_deed(s.said),
        "a statement that reports an event (coded with its attribution, if at all)",
    ),
    # (the reader of what is said read "holds_event", any reported word another event's trigger, here until s26; it
    # now reads it on the judgement word's path to the verb of saying: saying.path_checks in events/saying.py)
    "figures": (
        lambda s: _reports_figures(s.said),
        "figures supplied by a spokesman: a neutral report, not a statement of a position",
    ),
    "judges": (
        lambda s: _judges_badly(s.said),
        "words that blame or voice worry: a criticism (111) or pessimism (012), not a bare statement",
    ),
    "conjoined": (
        lambda s: _part_of_another_act(s.cand.trigger),
        "a verb of saying conjoined to another act of the same speaker: one statement, one event",
    ),
    "speaks_act": (
        lambda s: _speaks_an_act(s.said),
        "the speaker's words are an act of a narrower code (I ask, we condemn), not a bare statement",
    ),
    "intention": (lambda s: _own_intention(s.cand), "the speaker's own intention (03x), not a bare statement"),
    "unsure": (lambda s: _unsure_speaker(s.cand), "a pronoun too unsure to be the speaker of a statement"),
    "more_specific": (
        lambda s: _more_specific(s.cand, s.candidates),
        "the speaker's more specific event on the same clause",
    ),
}
# The order ``explain`` gives the first reason in: cheap and sure checks first, verb and content checks interleaved.
CHECK_ORDER = (
    "negated",
    "question",
    "silent",
    "reported",
    "reports_event",
    "figures",
    "judges",
    "conjoined",
    "speaks_act",
    "intention",
    "standing",
    "unsure",
    "subordinate",
    "anonymous",
    "more_specific",
)


def verb_reason(verb: Token) -> str | None:
    """Why a verb of saying makes no statement whatever it says (negated, a question, reported by another, a
    standing position, subordinate, an anonymous source), or None; the first in ``CHECK_ORDER``."""
    for name in CHECK_ORDER:
        if name in VERB_CHECKS and VERB_CHECKS[name][0](verb):
            return VERB_CHECKS[name][1]
    return None


def why_not_statement(cand: Candidate, triggers: set[int], candidates: list[Candidate]) -> str | None:
    """Why a verb-of-saying candidate is no statement event of its own, or None when it is one: the verb checks and
    the content checks, the first reason in ``CHECK_ORDER``."""
    case = Saying(cand, said_words(cand.trigger), triggers, candidates)
    for name in CHECK_ORDER:
        if name in VERB_CHECKS:
            test, reason = VERB_CHECKS[name]
            if test(cand.trigger):
                return reason
        elif CONTENT_CHECKS[name][0](case):
            return CONTENT_CHECKS[name][1]
    return None


def statement_target(cand: Candidate, ctx: ArticleContext) -> ActorRef | None:
    """The party a statement is about, as ``named_in_statement`` finds it (the actor alone)."""
    found = named_in_statement(cand, ctx)
    return found.actor if found is not None else None


def named_in_statement(cand: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The party a statement is about (guide 1.3: "target: whom it is about or addressed to, if anyone"): the one
    party of another country than the speaker's that the reported words name ("said Britain had kept its word",
    '"The UK has delivered," Tusk said'), or None. A party of the speaker's own country named in its words is as
    often the topic of a neutral report ("the government said U.S. citizens may opt out"), and words that name two
    other parties leave open which one the statement is about. Measured on real news, docs/events.md."""
    found: dict[str, Resolved] = {}
    for tok in said_words(cand.trigger):
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or not names_a_party(tok):
            continue  # a name, by its head word; pronouns and descriptions name the speaker's side as often as not
        got = resolve(tok, ctx)
        if got is None or got.actor.code == cand.source.code:
            continue
        if got.actor.country is not None and got.actor.country == cand.source.country:
            continue
        found.setdefault(got.actor.code, got)
    return next(iter(found.values())) if len(found) == 1 else None
