"""Schema of clauses.yaml's words of what is said: whether a verb of saying is a statement event of its own
(``statements:``), which code its reported words carry (``saying:`` and the judgement classes both share,
SAYING_CLASSES), what a worry is about (``concern_topic:``) and which calls are telephone calls (``calls:``).
Split out of clauses.py, which keeps ClausesFile (and its check that a judgement word is listed once) and re-exports
these names.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from detente.data.schemas.base import _Strict


class StatementWords(_Strict):
    """What makes a verb of saying no statement event of its own (events/statements.py)."""

    enabled: bool = Field(
        default=False,
        description="code bare statements (the 010.* patterns) at all; the rules and then the statement model decide "
        "each one",
    )

    past_adverbs: list[str] = Field(
        default_factory=list,
        description="'said previously', 'had earlier said': a position from before the news (repetition: standing's)",
    )
    anonymous_words: list[str] = Field(
        default_factory=list, description="'officials who spoke on condition of anonymity': a source, not an actor"
    )
    deed_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of deeds a pattern word names; a statement whose words name one reports that deed",
    )
    intent_adjectives: list[str] = Field(
        default_factory=list, description="'said he was ready to hold talks': the speaker's own intention (03x)"
    )
    unsure_pronouns: list[str] = Field(
        default_factory=list, description="pronouns too unsure a speaker for a statement ('it said': a company?)"
    )
    subordinate_marks: list[str] = Field(
        default_factory=list, description="'though X said', 'as he told': a said in a subordinate clause is background"
    )
    reported_future: list[str] = Field(
        default_factory=list,
        description="'said it would send troops', 'said it was going to': with future_aux, the auxiliaries of an "
        "intention or outlook in reported speech",
    )
    negative_words: list[str] = Field(
        default_factory=list,
        description="words that judge badly ('a disgrace'): a feature of the statement model, and no bare statement; "
        "only those of no class of what is said (negative_classes has the others)",
    )
    negative_classes: dict[str, list[str]] = Field(
        default_factory=dict,
        description="words that judge badly and belong to a word class of what is said (saying: criticism, "
        "accusation, pessimism), listed once, under that class: both readers read them",
    )
    positive_words: list[str] = Field(
        default_factory=list,
        description="words that judge well ('welcome', 'great'): a feature of the statement model; only those of no "
        "class of what is said (positive_classes has the others)",
    )
    positive_classes: dict[str, list[str]] = Field(
        default_factory=dict,
        description="words that judge well and belong to a word class of what is said (saying: optimism), listed "
        "once, under that class",
    )

    def negative(self) -> frozenset[str]:
        """Every word that judges badly: its own and those shared with the classes of what is said."""
        return frozenset(self.negative_words).union(*self.negative_classes.values())

    def positive(self) -> frozenset[str]:
        """Every word that judges well: its own and those shared with the classes of what is said."""
        return frozenset(self.positive_words).union(*self.positive_classes.values())


class SayingWords(_Strict):
    """The reader of what is said (``events/saying.py``): a verb of saying whose reported words carry a more specific
    code than a bare statement (010), by the word classes of the reported clause. Written for detente from English
    usage; each class is measured on the train split (docs/events.md, "What is said")."""

    enabled: bool = Field(default=False, description="read the codes of what is said at all")
    codes: list[str] = Field(
        default_factory=list,
        description="the codes the reader may give (a code is dropped when its additions are "
        "right under 0.55 of the time on train)",
    )
    criticism: list[str] = Field(default_factory=list, description="negative judgements of a party or its deed: 111")
    accusation: list[str] = Field(default_factory=list, description="words of a wrong deed a party did: 112")
    praise: list[str] = Field(
        default_factory=list,
        description="good judgements of a party ('terrific', 'an excellent ally'): 051 when said in the predicate of a "
        "reported clause whose subject is another party; evaluative on their own, matched as lemmas (intensifiers "
        "such as 'great' are none)",
    )
    negating_adverbs: list[str] = Field(
        default_factory=list,
        description="'hardly a reliable partner', 'never a friend': negation words that, on a praise word's phrase "
        "or its head, leave no praise",
    )
    pessimism: list[str] = Field(default_factory=list, description="worry, gloom, a bad outlook: 012")
    optimism: list[str] = Field(default_factory=list, description="confidence, hope, a good outlook: 013")
    denial: list[str] = Field(
        default_factory=list,
        description="what one denies having ('no role', 'nothing to do with'): negated, about the speaker's side: 016",
    )
    min_words: int = Field(default=1, ge=0, description="reported words needed before the reader reads them")
    own_possessives: list[str] = Field(
        default_factory=list,
        description="'said its planes had not', 'said our troops did not': owners that make a subject the speaker's "
        "own side in reported speech",
    )
    negating_determiners: list[str] = Field(
        default_factory=list, description="'had no role', 'did nothing': determiners that negate an object (016)"
    )
    thing_pronouns: list[str] = Field(
        default_factory=list,
        description="'it is a great day', 'this is a disaster': subjects of a state of affairs, whose outlook a 01x "
        "may read (not a third person, which judges that person)",
    )
    content_checks: list[str] = Field(
        default_factory=list,
        description="checks of what is said (events/statements.py CONTENT_CHECKS by name) that leave a verb of "
        "saying uncoded by the reader (none since s26: the attribution check is a path check, path_checks)",
    )
    path_checks: list[Literal["holds_event", "reported"]] = Field(
        default_factory=list,
        description="checks of the path from a judgement word up to the verb of saying: 'holds_event', a word of it "
        "is another event's trigger (the saying is that event's attribution); 'reported', a verb of speech on it "
        "(the judgement is another speaker's)",
    )
    open_marks: list[str] = Field(
        default_factory=list,
        description="'whether Y was racist', 'if Y lied': marks of a reported clause the speaker does not assert; a "
        "judgement in such a clause (or under a negated clause) is none",
    )
    factive_verbs: list[str] = Field(
        default_factory=list,
        description="'did not realize Y had been nasty': verbs whose complement holds as a fact, negated or not; "
        "their negation leaves a judgement in the complement asserted",
    )
    undergoing_verbs: list[str] = Field(
        default_factory=list,
        description="'suffered atrocities', 'faced a ruthless enemy': verbs whose subject undergoes what their object "
        "names; a judgement word under them judges no one of the subject",
    )
    doing_participles: list[str] = Field(
        default_factory=list,
        description="'the mistakes made by Y', 'the threat posed by Y': participles (lemmas) of doing, whose 'by' "
        "agent did what the noun names; the agent of any other ('documented by', 'witnessed by', 'endured by') is an "
        "observer or the one who underwent it and is judged of nothing",
    )
    undergone_nouns: list[str] = Field(
        default_factory=list,
        description="'Navalny's abuse in prison', 'Ukraine's mistreatment': nouns of a wrong done to their owner; "
        "the owner of such a noun is its victim, never its doer",
    )
    deed_nouns: list[str] = Field(
        default_factory=list,
        description="'Y's reckless decision', 'Y's bizarre policy': nouns of something a party does or decides; a "
        "judgement adjective describing another noun ('Syria's failed harvest') judges no owner",
    )
    climb_verbs: list[str] = Field(
        default_factory=list,
        description="'said Y appears to have failed', 'Y continues to meddle': verbs (lemmas) whose open complement "
        "is still asserted of their subject; a judgement under any other ('tried to avoid interfering', 'stopped "
        "meddling', 'promised to stop meddling') is not asserted of it",
    )
    judged_from: list[Literal["subject", "shared", "holder", "named"]] = Field(
        default_factory=lambda: ["subject", "named"],
        description="where a 111 / 112 finds the party it judges: 'subject' (the reported clause's subject or its "
        "owner: 'said Y had lied'), 'shared' (the subject a subjectless open complement or conjoined verb shares "
        "with its head: 'said Y appears to have failed'), 'holder' (the owner or 'by' agent of the noun the judgement "
        "word is or describes: 'Y's reckless decision', 'mistakes made by Y'), 'named' (the one foreign party the "
        "reported words name anywhere)",
    )


SAYING_CLASSES = {
    "negative": ("criticism", "accusation", "pessimism", "denial"),
    "positive": ("praise", "optimism"),
}


class ConcernTopic(_Strict):
    """'expressed concern over Iran's decision': the words that say what a worry is about and who did it
    (``events/concern.py``). Concern about a party's act blames the party (111); about a situation it is 012."""

    topic_preps: list[str] = Field(
        default_factory=list, description="prepositions whose object is what the worry is about ('concern over X')"
    )
    agent_preps: list[str] = Field(
        default_factory=list,
        description="prepositions on a deed noun naming its doer ('an attack by the army'); not 'from' or 'with', "
        "which name a place left or a partner ('the withdrawal from Syria', 'the deal with Iran')",
    )
    author_preps: list[str] = Field(
        default_factory=list,
        description="prepositions naming the author of a said or decided thing (``author_nouns``): 'the suggestion "
        "from the council'",
    )
    addressee_preps: list[str] = Field(
        default_factory=list,
        description="prepositions naming whom the worry is told to; a deed of the topic with no doer named is "
        "theirs ('expressed concern to Turkey's prime minister about the arrests')",
    )
    open_marks: list[str] = Field(
        default_factory=list,
        description="marks of a clause that asks rather than states ('doubts about whether the US would quit'): "
        "doubt about an open question blames no one",
    )
    no_words: list[str] = Field(
        default_factory=list, description="determiners that deny the worry ('expressed no concern'): no blame read"
    )
    possible_modals: list[str] = Field(
        default_factory=list,
        description="modals of a that-clause saying what may happen, not what a party does ('that Israel could be "
        "attacked'): its subject is no doer",
    )
    stative_verbs: list[str] = Field(
        default_factory=list,
        description="lemmas of verbs saying what a that-clause's subject undergoes or is ('that Iranian people are "
        "suffering', 'that Russia is the next target'): its subject is no doer",
    )
    author_nouns: list[str] = Field(
        default_factory=list,
        description="deed nouns naming a said or decided thing, whose place modifier or 'from' phrase is its author "
        "('tough U.S. demands', 'the suggestion from the council'); on other deeds a place is the scene ('the Syria "
        "withdrawal')",
    )
    deed_nouns: list[str] = Field(
        default_factory=list,
        description="lemmas of nouns naming a party's act, whose owner, modifier or doer phrase is the party the "
        "worry is about ('U.S. demands', 'Iran's decision'); any other noun's modifier is no doer ('a Kavanaugh "
        "accuser', 'American citizens')",
    )


class CallWords(_Strict):
    """'called the Arab League to discuss': the targets that are no other end of a telephone call."""

    patterns: list[str] = Field(
        default_factory=list, description="ids of the call patterns read from a purpose alone, no medium named"
    )
    body_nouns: list[str] = Field(
        default_factory=list,
        description="lemmas of a target head that names a body, convened or appealed to (council, league), not any "
        "organisation ('called Hamas to discuss' is a call)",
    )
    summoned: list[str] = Field(
        default_factory=list, description="target heads (lowercase words) that are summoned, not phoned: envoys"
    )
    judged: list[str] = Field(
        default_factory=list,
        description="ids of the 'call X Y' patterns (an object predicate, complement:) whose complement also takes "
        "any word of the judgement classes of what is said (judged_classes): 'called the plan foolish'",
    )
    for_clause_verbs: list[str] = Field(
        default_factory=list,
        description="phrasal verbs of appeal (pattern verbs) whose patterns also read 'V for Y to do' as 'V on Y to "
        "do': the for-clause's subject is the addressee, its infinitive what is asked (events/frames.py for_clause)",
    )
    for_clause_not_sources: list[str] = Field(
        default_factory=list,
        description="actor roles whose 'called for Y to do' is no appeal read as 'called on Y to do': a crowd's call "
        "is its demand (root 10)",
    )
    judged_classes: list[str] = Field(
        default_factory=list,
        description="the word classes of what is said (saying:, with the statement lexicon's shared classes) whose "
        "words judge the object badly when they are its predicate ('criticism': an accusation word as a noun "
        "predicate is as often neutral, 'called Qatar a sponsor of the talks')",
    )
