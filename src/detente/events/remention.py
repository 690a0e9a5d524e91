"""Re-mentions: a definite event noun naming no party takes the parties of the one earlier event it can mean.

News names the parties of an event once and then says "the attack", "the strikes" ("The attack killed 12"; "Dozens
were killed in the bombing"). The guide annotates every sentence that states an event, the re-mention included, with
the parties the article named before (annotation.md 1 and 2). The coder keeps the events it coded in the article
context (``ArticleContext.events``); a definite noun of a pattern (``remention.determiners`` in
``data/clauses.yaml``) whose sentence names no source for it, and whose clause states the event (not under a modal,
an active perfect, a timing verb or a verb denying it), takes the parties of the event of its root told within
``remention.window`` sentences before, and only when:

- exactly one party set of its root stands there, and that event is asserted (not an aim or a threat) and is no
  mention itself (mentions do not chain);
- no other doer of the violent roots (``rival_roots``) was told within ``rival_window`` sentences, and no deed of
  them comes earlier in the noun's own sentence ("Turkish jets struck Afrin, and the strikes killed 12": the coder's
  ``_deed_before``);
- a target the sentence names is the antecedent's own, or a place in its country ("the strikes on Idlib");
- its own date words name no other day than the antecedent's (``another_day``, read when the event is built).

Else it gives nothing, with the reason kept for ``explain``. A day as the noun's owner ("Monday's strikes") makes it
definite as "the" does (``remention.date_owner_deps``). An indefinite noun ("an attack", "strikes") is a new event and
inherits nothing, unless its root is one of ``remention.bare_roots``: a one-way noun then only with
``remention.bare_one_way`` (off: on train such nouns are more often new deeds) and its sentence naming what was hit;
a two-way noun ("Heavy fighting continued", "were killed in clashes") takes both sides of the one earlier event
told from both sides, when it names no side, place, question or negation of its own (``_bare_guard``). A noun
whose verb heads a clause of condition ("If the bombing continues, ...") tells no deed again. The mention carries
``evidence.mention_of`` and, with no date of its own, its antecedent's day. The same tests tell which earlier event
a dated noun naming no party tells again, so that it gives that event its day (``retold_events``,
``events/backday.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from detente.actors import CodedEvent, Resolved
from detente.data import clauses
from detente.data.schemas import NounPattern
from detente.events.arguments import Candidate, Frame, SentenceParties
from detente.nlp.tree import TIME_LABELS, asks, words_in
from detente.records import ActorRef, Event, Location
from detente.where import locate

REMENTION = "remention"


@dataclass
class Reading:
    """What the re-mention path made of an event noun: candidates, or why it gave none."""

    candidates: list[Candidate] = field(default_factory=list)
    reason: str | None = None


def told_again(event: Event, antecedent: CodedEvent) -> Event:
    """A re-mention's record: it names the sentence that told the event, and with no date words of its own it
    takes that event's day (annotation.md 2: "a later mention takes the date ... the article fixed for that
    event")."""
    evidence = event.evidence.model_copy(update={"mention_of": antecedent.sentence})
    update: dict[str, object] = {"evidence": evidence}
    if event.date_precision == "article" and antecedent.date_precision != "article":
        update |= {"date": antecedent.date, "date_precision": antecedent.date_precision}
    return event.model_copy(update=update)


def another_day(event: Event, antecedent: CodedEvent, noun: Token, sent: Span) -> str | None:
    """Why a re-mention dated by its own words to another day than its antecedent is no mention of it ("... on
    Sunday. The strikes on Monday killed 5": another strike, whose doer the article does not name), else None.
    Only two days compare; its own words are the noun's ("the strikes on Monday") or its verb's ("the strikes
    continued on Thursday"), not a clause inside them ("the assault on the town, from which they were expelled last
    month, ...")."""
    if antecedent.date_precision != "day" or event.date == antecedent.date:
        return None  # an undated antecedent has no day to contradict
    if event.date_precision in ("month", "year"):
        # "2015's strikes", "last year's strikes": a month or a year that does not hold the antecedent's day
        size = 7 if event.date_precision == "month" else 4
        if event.date.isoformat()[:size] == antecedent.date.isoformat()[:size]:
            return None
    elif event.date_precision != "day":
        return None  # a week may hold its day
    if not _own_date(event, noun, sent):
        return None
    told = antecedent.date
    return (
        f"its own date words ('{event.evidence.date_text}', {event.date}) name another day than the event of "
        f"sentence {antecedent.sentence} ({told}): another event, no mention of it"
    )


def _own_date(event: Event, noun: Token, sent: Span) -> bool:
    """Whether the event's date words are the noun's own or its verb's (the head they hang from, up to the first
    verb), not a clause's inside its phrase."""
    span = words_in(sent, event.evidence.date_text)
    if span is None:
        return False
    tok = span.root
    while tok.pos_ not in ("VERB", "AUX") and tok.i != noun.i and tok.head.i != tok.i:
        tok = tok.head
    return tok.i == noun.i or tok.i == noun.head.i or (noun.dep_ == "pobj" and tok.i == noun.head.head.i)


def is_remention(cand: Candidate) -> bool:
    """Whether a candidate took its parties from an earlier event of the article."""
    return cand.rule.endswith("." + REMENTION)


def is_definite(noun: Token) -> bool:
    """A noun with a definite determiner and no owner ("the strikes", "these raids"; not "Russia's strikes"), or
    one whose only owner is a day ("Monday's strikes": the strikes of that day, told before)."""
    words = set(clauses().remention.determiners)
    kids = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if any(c.dep_ == "poss" and not is_date(c) for c in kids):
        return False
    return any(c.dep_ == "det" and c.lower_ in words for c in kids) or dated(noun)


def is_date(tok: Token) -> bool:
    """Whether a word is part of a date or time name (shared with ``candidates.loose_word``)."""
    return tok.ent_type_ in TIME_LABELS


def dated(noun: Token) -> bool:
    """Whether a date word stands as the owner of a noun with no determiner ("Monday's strikes", "Fridays
    fighting"): like "the", it names the deed of a day the article told (``remention.date_owner_deps``)."""
    deps = set(clauses().remention.date_owner_deps)
    return any(c.dep_ in deps and c.i < noun.i and is_date(c) for c in noun.children) and not any(
        c.dep_ == "det" for c in noun.children
    )


def is_bare(noun: Token) -> bool:
    """A noun with no determiner, no owner and no date owner ("Air strikes killed 12", "were killed in clashes"):
    a re-mention only for the roots of ``remention.bare_roots``, under the same guards as "the strikes"."""
    return not any(c.dep_ in ("det", "poss") for c in noun.children) and not dated(noun)


def states_the_event(noun: Token, mutual: bool = False, copula: bool = False) -> bool:
    """Whether the noun's clause states the event ("the strikes killed 12", "were killed in the attack") rather
    than only refer to it ("ahead of the visit", "the toll from the strikes", "defend the sanctions"). With
    ``copula``, a subject of "be" states it too: "the Saturday strike was the deadliest" says what the deed of that
    day was, which is enough for its day (``events/backday``), though not for its parties."""
    words = clauses().remention
    verb = noun.head if noun.dep_ in words.deps else noun.head.head
    if unreported(verb) or in_condition(verb):
        return False
    if under_denial(verb):
        return False  # "Moscow denied that the strikes killed civilians": no report that they did
    if noun.dep_ in words.deps:
        # "the offensive is part of ...": a copula says what the event is, not that it happened; "the attacks were
        # carried out by X" names its doer in the sentence, which is then no re-mention
        return (copula or verb.lemma_.lower() != "be") and not any(c.dep_ == "agent" for c in verb.children)
    head = noun.head
    # "killed in the attack"; for a two-way noun ("seized weapons during the clashes") the clause is about one side,
    # unless it tells only the toll of a bare one ("were killed in clashes": the fighting of both sides, ``_toll_of``)
    stated = noun.dep_ == "pobj" and head.lower_ in words.preps and head.head.pos_ in ("VERB", "AUX")
    return stated and (not mutual or _toll_of(noun))


def _toll_of(noun: Token) -> bool:
    """Whether a bare two-way noun is where a toll was taken ("35 fighters were killed in clashes", "two soldiers
    died in fighting"): the verb of its "in" is one of ``remention.toll_verbs``, so the clause tells the
    fighting and who fell in it, not a deed of one side during it ("seized weapons during clashes")."""
    verb = noun.head.head
    return is_bare(noun) and verb.lemma_.lower() in clauses().remention.toll_verbs


def under_denial(verb: Token) -> bool:
    """Whether the noun's verb, or a verb above it, is one of denial (``deny_verbs``: "Moscow denied that the strikes
    killed civilians", "denied that the strike took place on Saturday"): no report that the deed happened."""
    return any(a.lemma_.lower() in clauses().deny_verbs for a in [verb, *verb.ancestors])


def in_condition(verb: Token) -> bool:
    """Whether the noun's verb heads a clause of condition ("If the bombing continues, agencies will leave"): the
    deed is open there, not told again (``condition_marks``; "even if" concedes, ``condition_void_marks``)."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    words = clauses()
    return any(m in words.condition_marks for m in marks) and not any(m in words.condition_void_marks for m in marks)


def unreported(verb: Token) -> bool:
    """Whether the verb's auxiliaries make its clause no report of the event: a modal ("the assault will end the
    occupation": an aim) or an active perfect ("the blockade has caused shortages": a consequence that stands; "the
    strikes have been carried out", a passive, still reports the deed)."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    words = clauses().remention
    return any(
        c.lemma_.lower() in words.unreported_aux and not (c.lemma_.lower() in words.perfect_aux and passive)
        for c in aux
    )


def only_timed(noun: Token) -> bool:
    """Whether the noun is the subject of a verb that only sets it in time against something else ("the strikes
    came as rebels prepared an offensive", "the bombings come in a bloody week")."""
    return noun.dep_ in clauses().remention.deps and noun.head.lemma_.lower() in clauses().remention.timing_verbs


def fitting_pattern(patterns: list[NounPattern], around: set[str]) -> NounPattern | None:
    """The first pattern of the noun its clause's words allow (the patterns are ordered, specific first)."""
    for pattern in patterns:
        if not pattern.context or around & set(pattern.context):
            return pattern
    return None


def _same_target(named: Resolved, target: ActorRef) -> bool:
    """Whether what the later noun names as hit is the earlier event's target, or a place in its country ("the
    strikes on Afrin" after strikes on Kurdish fighters of Syria)."""
    if named.actor.code == target.code:
        return True
    return named.place is not None and named.actor.code == (target.country or target.code[:3])


def _key(event: CodedEvent, mutual: bool) -> tuple | frozenset:
    target = event.target.code if event.target else None
    return frozenset((event.source.code, target)) if mutual else (event.source.code, target)


def _antecedents(
    events: list[CodedEvent], root: str, sentence: int, lemma: str, window: int | None = None
) -> list[CodedEvent]:
    words = clauses().remention
    reach = words.window if window is None else window
    return [
        e
        for e in events
        if e.root == root
        and e.sentence < sentence
        and (not reach or sentence - e.sentence <= reach)
        and (not words.same_word or e.lemma == lemma)
        and not e.mention  # mentions do not chain: each takes an event its article told with its parties
    ]


def _rivals(events: list[CodedEvent], root: str, sentence: int, antecedent: CodedEvent, mutual: bool) -> list[str]:
    """Doers other than the antecedent's of the re-mentioned roots (``remention.rival_roots``, else the noun's
    root) told within ``remention.rival_window`` sentences before the mention: the noun may mean their deed (the
    target of the antecedent too, "rebels shelled the troops" after "the troops bombed rebels", unless the noun is
    two-way, "the clashes", whose two sides both act)."""
    words = clauses().remention
    roots = set(words.rival_roots) or {root}
    parties = {antecedent.source.code} | ({antecedent.target.code} if antecedent.target and mutual else set())
    near = [e for e in events if e.root in roots and sentence - words.rival_window <= e.sentence < sentence]
    return list(dict.fromkeys(e.source.code for e in near if e.source.code not in parties))


def _code(pattern: NounPattern, antecedent: CodedEvent) -> str:
    """The antecedent's code when the pattern gives only its root's general code ("the attack" after air strikes:
    195), else the pattern's own ("the air strikes" after an attack: 195)."""
    return antecedent.code if pattern.code == pattern.code[:2] + "0" else pattern.code


def _describe(keys: list) -> str:
    def one(k: tuple | frozenset) -> str:
        parts = sorted(p or "-" for p in k) if isinstance(k, frozenset) else [k[0], k[1] or "-"]
        return ("<->" if isinstance(k, frozenset) else "->").join(parts)

    return ", ".join(one(k) for k in keys)


def told_before(
    noun: Token, pattern: NounPattern, events: list[CodedEvent], sentence: int, kind: bool, window: int | None = None
) -> tuple[list[CodedEvent], str | None]:
    """The earlier events of the pattern's root a definite noun of ``sentence`` may tell again, or none and why: of its
    root (``remention.roots``) and told within ``window`` sentences before (default ``remention.window``), of the code
    its kind word names (``kind``), with no other doer of such deeds told shortly before and every one asserted. The
    tests ``read_remention`` makes before it reads the noun's parties, shared with the day a later mention gives back
    (``events/backday.back_day``)."""
    root, mutual = pattern.code[:2], pattern.mutual or pattern.participants is not None
    if clauses().remention.roots and root not in clauses().remention.roots:
        return [], None
    found = _antecedents(events, root, sentence, noun.lemma_.lower(), window)
    if not found:
        return [], f"a re-mention, but no earlier event of root {root} to refer back to"
    if kind and any(e.code != pattern.code for e in found):
        # "Israeli jets struck Gaza. The rocket attack wounded three": a word of the deed's kind names another deed
        return [], f"its kind word names a deed of {pattern.code}, not the earlier event's"
    rivals = _rivals(events, root, sentence, found[-1], mutual)
    if rivals:
        # "Russian jets bombed Idlib. Meanwhile rebels shelled troops in Hama. The strikes killed 12": the window
        # bounds where the antecedent stands, not where another doer of such deeds may have been told
        return [], f"a re-mention with other doers of root {root} told shortly before ({', '.join(rivals)})"
    if not all(e.asserted for e in found):
        # "Turkish jets will bomb Afrin next week. The strikes aim to ...": an aim or a threat is no deed done, and
        # the noun tells it again only as what was aimed at
        return [], f"a re-mention of an earlier event of root {root} not stated as done (an aim, a threat)"
    return found, None


def retold_events(
    noun: Token, pattern: NounPattern, events: list[CodedEvent], sentence: int, kind: bool, window: int | None = None
) -> list[CodedEvent]:
    """The events a definite noun naming no party tells again (``told_before``): those of the nearest sentence among
    them, when they all have one doer (as ``read_remention`` asks of a noun that names what was hit: "Jets struck a
    camp, killing 17. The strike ..." tells the strike and its killings again), or one party set for a two-way noun;
    else none."""
    found, _ = told_before(noun, pattern, events, sentence, kind, window)
    mutual = pattern.mutual or pattern.participants is not None
    doers = {_key(e, mutual) if mutual else e.source.code for e in found}
    if len(doers) != 1 or (mutual and found[-1].target is None):
        return []
    return [e for e in found if e.sentence == found[-1].sentence]


def _bare_guard(
    noun: Token,
    sent: Span,
    mutual: bool,
    own: list[Resolved],
    where: Location | None,
    target_options: list[list[Token]],
    found: list[CodedEvent],
) -> str | None:
    """Why a noun with no determiner (``remention.bare_roots``) tells no earlier event again, else None. A one-way
    noun ("air strikes") re-mentions only when ``bare_one_way`` lets it and its sentence names what was hit: such
    nouns are more often new deeds on other towns (s30-nouns). A two-way noun ("clashes", "heavy fighting") after the
    one earlier two-way event of its root tells that fighting again: an event the coder told from both sides in
    one sentence ("X clashed with Y": X -> Y and Y -> X), not a one-way deed ("rebels seized the town"), whose
    target need not be a side that fights back. It gives nothing when its sentence names a side ("clashes with
    regime troops": its own frame's), asks, denies, or names a place of its own ("clashes near another town" may be
    other fighting; another day is ``another_day``'s)."""
    if not mutual:
        if clauses().remention.bare_one_way and own:
            return None
        return "a noun with no determiner re-mentions only when its sentence names what was hit"
    preps = set(clauses().remention.side_preps)
    if any(target_options) or any(c.dep_ == "prep" and c.lower_ in preps for c in noun.children):
        return "a two-way noun with no determiner naming a side of its own: not the earlier fighting's"
    last = [(e.source.code, e.target.code) for e in found if e.sentence == found[-1].sentence and e.target]
    if not last or any((t, s) not in last for s, t in last):
        return "a two-way noun with no determiner after an event not told from both sides: no fighting to tell again"
    if asks(sent):
        return "a two-way noun with no determiner in a question: no report of the fighting"
    verb = noun.head if noun.dep_ in clauses().remention.deps else noun.head.head
    if any(c.dep_ == "neg" for c in [*verb.children, *noun.children]):
        return "a two-way noun with no determiner under a negation: no report of the fighting"
    if where is not None and where.precision not in ("country", "carried"):
        return "a two-way noun with no determiner naming a place of its own: it may be other fighting"
    return None


def read_remention(
    noun: Token,
    anchor: Token,
    pattern: NounPattern,
    target_options: list[list[Token]],
    events: list[CodedEvent],
    sentence: int,
    parties: SentenceParties,
    bare: bool = False,
    kind: bool = False,
) -> Reading:
    """The candidates of a definite event noun whose sentence names no source for it, from the one earlier event
    it re-mentions; ``target_options`` are the pattern's target slots filled in this sentence."""
    root, mutual = pattern.code[:2], pattern.mutual or pattern.participants is not None
    found, reason = told_before(noun, pattern, events, sentence, kind)
    if not found:
        return Reading(reason=reason)
    where = locate(noun, [])
    place_country = where.country if where is not None else parties.sentence_country()
    probe = Frame(
        noun, anchor, pattern.id, pattern.code, [], target_options, mutual=mutual, as_place=pattern.place == "target"
    )
    own = (
        [t for t in parties.targets(probe, found[-1].source, place_country) if t is not None] if target_options else []
    )
    if bare and (why := _bare_guard(noun, noun.sent, mutual, own, where, target_options, found)) is not None:
        return Reading(reason=why)
    if own:
        # "the strikes on Aleppo": the sentence names what was hit; the doer is the one earlier doer of the root
        keys = list(dict.fromkeys(e.source.code for e in found))
        if len(keys) != 1:
            return Reading(reason=f"a re-mention with {len(keys)} earlier doers of root {root} ({', '.join(keys)})")
        last = found[-1]
        if last.target is not None and not all(_same_target(t, last.target) for t in own):
            # "Turkish jets bombed Kurdish fighters near Afrin. The attacks on Russian troops killed 12": a noun
            # naming another target than the earlier event's is another deed, whose doer the article does not name
            named = ", ".join(t.actor.code for t in own)
            return Reading(reason=f"a re-mention naming another target ({named}) than the event it would tell again")
        pairs: list[tuple[ActorRef, ActorRef | None, bool]] = [(last.source, t.actor, False) for t in own]
        if mutual:
            pairs += [(t.actor, last.source, True) for t in own]
    else:
        if only_timed(noun):
            # "the strikes came as rebels prepared": about what the deed came with; "the raids on the town came
            # amid clashes" names the deed's own target above and states it
            return Reading(reason=f"the re-mention is only set in time ('{noun.head.text}'), its target not named")
        keys = list(dict.fromkeys(_key(e, mutual) for e in found))
        if len(keys) != 1:
            return Reading(reason=f"a re-mention with {len(keys)} earlier events of root {root} ({_describe(keys)})")
        last = found[-1]
        if mutual and last.target is None:
            return Reading(reason="a re-mention of a two-way event whose earlier mention kept one party")
        pairs = [(last.source, last.target, False)]
        if mutual and last.target is not None:
            pairs.append((last.target, last.source, True))
    rule = f"{pattern.id}.{REMENTION}"
    out = Reading()
    for src, tgt, reverse in pairs:
        if tgt is not None and src.code == tgt.code:
            continue
        code = _code(pattern, last)
        out.candidates.append(Candidate(noun, anchor, rule, code, src, tgt, [], reverse=reverse, antecedent=last))
    if not out.candidates:
        out.reason = "a re-mention whose only antecedent has the same actor on both sides"
    return out
