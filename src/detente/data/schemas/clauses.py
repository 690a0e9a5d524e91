"""Schema of clauses.yaml: the words that shape a clause's reading (modality, standing, statements)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from detente.data.schemas.base import DataFile, _Strict


class PastOccasions(_Strict):
    """A deed placed at an occasion a past year dates: 'seized the Golan Heights in the 1967 war' (events/dating.py)."""

    preps: list[str] = Field(
        description="prepositions (one word, or an adverb and its preposition: 'prior to') that place the deed's verb "
        "at an occasion when they hang on the verb itself ('in the 1967 war', 'during the 2014 talks'); a year behind "
        "any other preposition names the topic or reason of the deed ('accused Russia of meddling in the 2016 "
        "election', 'in response to the 2017 sanctions'), not its time"
    )
    earliest_year: int = Field(
        description="a four-digit number below it counts things ('1500 troops') rather than naming a year"
    )


class StandingWords(_Strict):
    """What makes a clause a standing position or habitual act, not news (guide 1.3; events/clause.py)."""

    progressive_after_lede: bool = Field(
        default=False,
        description="read a progressive clause after the lede with no date ('are carrying out air strikes in Syria') "
        "as what goes on rather than a deed of the day; a meeting or journey under way stays (events/clause.py)",
    )
    progressive_spoken_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of the verbal acts a progressive still reports as the day's act ('is calling on X to "
        "...', 'is urging'): left out of ``progressive_after_lede``",
    )
    progressive_aux: list[str] = Field(
        default_factory=lambda: ["be"],
        description="lemmas of the auxiliary that makes an -ing verb a progressive ('are carrying out'): "
        "``progressive_after_lede`` reads only these (events/clause.py)",
    )
    perfect_after_opening: int = Field(
        default=0,
        ge=0,
        description="read a deed told in the present perfect ('has invaded Ukraine', 'has backed the opposition') this "
        "many sentences or more after the lede, with no date, speaker, recent period, journey or meeting, as the "
        "record of its doer rather than a deed of the day (events/clause.py ``perfect_reading``); acts of speech "
        "(``progressive_spoken_roots``) stay; 0: off",
    )
    recent_period_nouns: list[str] = Field(
        default_factory=list,
        description="nouns of a period ('days', 'hours') that, bounded by ``recent_period_modifiers`` under a "
        "preposition of the deed's clause ('over the past 24 hours', 'in recent days'), make a perfect the news",
    )
    recent_period_modifiers: list[str] = Field(
        default_factory=list, description="'past', 'recent': modifiers that make a ``recent_period_nouns`` recent"
    )
    recent_period_hours: dict[str, int] = Field(
        default_factory=dict,
        description="hours in a unit of ``recent_period_nouns`` by which a toll summed over a counted recent period "
        "('over the past 24 hours', 'in the last two days') is dated back from the report's day (events/dating.py "
        "``period_days``); a unit not listed dates nothing back",
    )
    recent_period_max_days: int = Field(
        default=0,
        ge=0,
        description="the longest counted recent period, in days, a report's day is read back by; a longer one ('the "
        "past two weeks') dates no day. 0: off",
    )
    story_day_sentences: int = Field(
        default=0,
        ge=0,
        description="how many sentences back a day of the story is carried to a deed of no date words of its own told "
        "in the past, when the nearest earlier sentence naming a time names one day and dates a deed of the same "
        "source (events/dating.py ``story_day``); the sentence just before is ``carried_day``'s. 0 or 1: off",
    )
    back_day_sentences: int = Field(
        default=0,
        ge=0,
        description="how many sentences back a definite event noun naming no party, whose own words give its deed one "
        "past day, reaches the event it tells again (``remention.retold_events``), which, still dated by the article, "
        "takes that day (events/backday.py ``back_day``); at most ``remention.rival_window``, which guards the "
        "sentences between. 0: off",
    )
    back_day_verbs: list[str] = Field(
        default_factory=list,
        description="verbs (lemma, or lemma and particle or object: 'carry out', 'take place') that say the deed a "
        "later event noun names happened, so that a day on them, the noun their subject, is the deed's "
        "(events/backday.py)",
    )
    back_day_passive_verbs: list[str] = Field(
        default_factory=list,
        description="of back_day_verbs' kind, the verbs whose passive subject is the deed itself ('was carried out on "
        "Saturday'); another verb's passive subject is what a party acted on ('was attacked in parliament on "
        "Tuesday') and gives the deed no day (events/backday.py)",
    )
    back_day_preps: list[str] = Field(
        default_factory=list,
        description="prepositions that put a day on the later noun or its verb ('on Saturday'); any other (a range: "
        "'since', 'until', 'after') gives the deed no day (events/backday.py)",
    )
    back_day_span_preps: list[str] = Field(
        default_factory=list,
        description="prepositions on the earlier deed's verb that tell it over a span ('throughout the war', 'for "
        "months'): no one day's deed, given no day back (events/backday.py)",
    )
    back_day_span_determiners: list[str] = Field(
        default_factory=list,
        description="determiners of a time word on the earlier deed's verb that make it a habit ('every week'): no one "
        "day's deed, given no day back (events/backday.py)",
    )
    recent_adverbs: list[str] = Field(
        default_factory=list, description="'have lately intensified', 'has recently struck': a perfect of the news"
    )
    headline_max_words: int = Field(
        default=0,
        ge=0,
        description="a present-tense line of at most this many words with no determiner before the lede ('Turkey "
        "launches Syria operation') is a headline the opening passes over (events/clause.py ``opening_index``)",
    )
    present_after_lede: bool = Field(
        default=False,
        description="read a simple-present clause after the lede with no date as a standing position (guide 1.3); "
        "off while the briefing article's 'Iran calls the rebels terrorists' is asserted as an event",
    )

    repetition_adverbs: list[str] = Field(
        default_factory=list, description="'has repeatedly denied', 'has long called': a position held, not news"
    )
    repetition_counts: list[str] = Field(
        default_factory=list,
        description="'has met him several times': modifiers of a 'times' phrase that count occasions on a perfect deed",
    )
    repetition_count_adverbs: list[str] = Field(
        default_factory=list, description="'has met Kim twice': adverbs that count occasions on a perfect deed"
    )
    duration_nouns: list[str] = Field(default_factory=list, description="'for years', 'for decades': held for long")
    duration_preps: list[str] = Field(default_factory=list, description="'for', 'since': the prepositions of duration")
    continuing_verbs: list[str] = Field(
        default_factory=list, description="'continues to deny', 'has maintained': a position kept, not news"
    )
    held_since_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of a deed in the perfect with a 'since' of its own ('have been fighting X since "
        "April') that still holds: skipped as background, kept for the relation reader",
    )
    recall_times: list[str] = Field(
        default_factory=list,
        description="'the last time Ankara sent soldiers into Afrin', 'last time Trump visited the UK': modifiers of "
        "'time' heading a clause's adverbial phrase that put the deed before the news (background)",
    )
    recall_time_nouns: list[str] = Field(
        default_factory=list, description="the nouns of occasion that ``recall_times`` modify ('the last time')"
    )
    future_unreported: bool = Field(
        default=False,
        description="read a deed told by its own future auxiliary ('will complain') with no date, no speaker and no "
        "journey or meeting as the writer's outlook, not a deed (events/clause.py ``predicted_reading``)",
    )
    temporal_marks: list[str] = Field(
        default_factory=list,
        description="'When X met Y in September, X urged Z': marks of a temporal clause whose own past date (before "
        "the news) makes the deed it times background (events/dating.py ``told_at_a_past_time``)",
    )
    recall_adverbs: list[str] = Field(
        default_factory=list,
        description="'once fought', 'initially welcomed', 'had previously met': an adverb on the deed's verb that puts "
        "it before the news, an act the article recalls (background), even with no date of its own",
    )
    past_occasions: PastOccasions | None = Field(
        default=None,
        description="read a deed placed at an occasion a year dates before the news ('in the 1967 war', 'in a 1979 "
        "case', 'prior to the 2016 election') as background (events/dating.py ``at_a_past_occasion``); None: off",
    )
    side_verbs: list[str] = Field(
        default_factory=list,
        description="'has been backed militarily by Russia', 'Iranian-backed militias': verbs of taking a side that, "
        "told in the passive or as a participle on the party backed, say who stands behind whom (a standing "
        "relation, guide 3), not a deed of the day (events/clause.py ``side_reading``)",
    )
    held_relation_verbs: list[str] = Field(
        default_factory=list,
        description="'I support the prime minister', 'the minister said the president does support the police', "
        "'rebels say the militia cooperates with Baghdad', 'We continue to cooperate with the inquiry', 'we are "
        "fighting the insurgents': verbs of a relation held that, told in the present (simple, with 'do', "
        "progressive, or after a present 'continue to'), state where their subject stands, in reported speech and "
        "quotations too (events/clause.py ``held_relation_reading``); a date of the clause keeps it as a deed",
    )
    side_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots (or code prefixes) of the deeds ``side_verbs`` are read for (05: support)",
    )
    side_occasion_preps: list[str] = Field(
        default_factory=list,
        description="prepositions of the verb that place the side taken at an occasion of the day ('was supported by "
        "Macron at the summit'): the passive is then news, as a date makes it",
    )
    side_occasion_nouns: list[str] = Field(
        default_factory=list,
        description="occasions of the day beside the venue nouns of roles.yaml ('in a vote', 'during the debate')",
    )


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


class PredicateAdjectives(_Strict):
    """Adjectives that take an infinitive ("ready to send", "due to visit"), by what they make of its act."""

    intent: list[str] = Field(default_factory=list, description="a stance the bearer states: an intention (03x)")
    scheduled: list[str] = Field(default_factory=list, description="a scheduled act: its own code, modality intent")
    refused: list[str] = Field(default_factory=list, description="the act is refused or impossible: negated")
    done: list[str] = Field(default_factory=list, description="the act was done ('was quick to condemn'): asserted")


class Remention(_Strict):
    """A definite event noun naming no party ("the attack", "the talks") is a re-mention of an event the article
    coded before: it takes that event's parties when exactly one earlier event fits (``events/remention.py``)."""

    enabled: bool = Field(default=False, description="whether re-mentions are coded at all (on since s24)")
    determiners: list[str] = Field(
        default_factory=list, description="determiners that make an event noun a re-mention ('the', 'these')"
    )
    window: int = Field(default=0, ge=0, description="how many sentences back an antecedent may be (0: any)")
    deps: list[str] = Field(
        default_factory=list,
        description="the noun's own roles that state the event ('the strikes killed', 'the talks were held'); others "
        "only refer to it ('ahead of the visit', 'defend the sanctions')",
    )
    preps: list[str] = Field(
        default_factory=list,
        description="prepositions of a verb whose object states the event ('killed in the attack')",
    )
    same_word: bool = Field(
        default=False, description="an antecedent must have the noun's own lemma ('the strikes' after 'air strikes')"
    )
    roots: list[str] = Field(default_factory=list, description="CAMEO roots whose nouns may re-mention (empty: all)")
    perfect_aux: list[str] = Field(
        default_factory=list,
        description="auxiliaries of 'unreported_aux' that a passive still reports the deed with ('the strikes have "
        "been carried out')",
    )
    date_owner_deps: list[str] = Field(
        default_factory=list,
        description="roles of a date word before an event noun with no determiner that make it name a told event as "
        "'the' does ('Monday's strikes', 'Friday's fighting'; the corpus often drops the apostrophe: 'Mondays')",
    )
    loose_modifiers: list[str] = Field(
        default_factory=list,
        description="words of degree or time before an event noun that name no party and no other kind of deed ('the "
        "heavy shelling', 'the fresh strikes'): a noun with only these leaves the earlier event re-mentioned; any "
        "other word ('coalition', 'rocket', 'retaliatory', 'the 2015 strikes') keeps it from that",
    )
    bare_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots whose event nouns with no determiner and no owner ('Air strikes killed 12', "
        "'were killed in clashes') may re-mention the one earlier event of their root (empty: none)",
    )
    rival_window: int = Field(
        default=0,
        description="sentences back in which another doer of the roots ('rival_roots') leaves a mention unresolved "
        "(the window bounds only where the antecedent stands)",
    )
    rival_roots: list[str] = Field(
        default_factory=list, description="CAMEO roots whose other doers compete for a mention (empty: its own root)"
    )
    timing_verbs: list[str] = Field(
        default_factory=list,
        description="verbs whose event subject is only set in time against something else ('the strikes came as "
        "rebels prepared'): the sentence is about the other thing, and states the event again only when it names "
        "the event's own target",
    )
    unreported_aux: list[str] = Field(
        default_factory=list,
        description="auxiliaries of the noun's verb that make the clause no report of the event: a modal says what "
        "it will do ('the assault will end the occupation'), an active perfect a consequence that stands ('the "
        "blockade has caused shortages'; a passive 'have been carried out' still reports it)",
    )


class ImpliedDoer(_Strict):
    """A deed of force whose clause names no doer ("were killed in air strikes on X", "X was shelled") takes the doer
    of the article's earlier events of its root, when they have exactly one (``events/implied.py``)."""

    enabled: bool = Field(default=False, description="whether an unnamed doer is read from the earlier events")
    roots: list[str] = Field(default_factory=list, description="CAMEO roots whose doer may be implied")
    window: int = Field(default=0, ge=0, description="how many sentences back an earlier event may be (0: any)")


SAYING_CLASSES = {
    "negative": ("criticism", "accusation", "pessimism", "denial"),
    "positive": ("praise", "optimism"),
}


class VerbalSense(_Strict):
    """A word of force used of words: 'Trump has attacked Corker on Twitter', 'May launched an attack on Corbyn'."""

    words: list[str] = Field(description="lemmas of the trigger (verb or noun) read in the sense")
    roles: list[str] = Field(
        description="roles both parties must have: political actors, none armed ('attacked people on a train' by a "
        "civilian, 'strikes on the regime' by a military keep their force)"
    )
    code: str = Field(pattern=r"^\d{3,4}$", description="the CAMEO code of the verbal sense")
    topic_preps: list[str] = Field(
        default_factory=list,
        description="prepositions whose object, a thing not an actor nor a time, is what the attack is about "
        "('attacked the government in Brasilia over the decree'): a topic keeps the word verbal despite a place",
    )


class GuestSense(_Strict):
    """A word of approval whose object is a party itself: 'Trump welcomed Varadkar', 'May is welcomed by Juncker'."""

    words: list[str] = Field(description="lemmas of the verb read in the sense")
    roots: list[str] = Field(description="codes (or their prefixes) of the approval the words are coded with")
    code: str = Field(pattern=r"^\d{3,4}$", description="the CAMEO code of receiving a guest")
    guest_nouns: list[str] = Field(
        default_factory=list,
        description="nouns of a party that travels as a guest ('the Syrian delegation'), beside a person's name and "
        "the person titles of roles.yaml ('the Iraqi prime minister')",
    )
    place_preps: list[str] = Field(
        default_factory=list,
        description="prepositions of the verb that put the welcome at a place ('welcomed Kim to Beijing', 'in "
        "Paris'): a state welcomed there is received as a guest",
    )
    place_adverbs: list[str] = Field(
        default_factory=list,
        description="adverbs of the verb that put the welcome at a place named before ('the city where they were "
        "welcomed by the governor')",
    )
    visit_words: list[str] = Field(
        default_factory=list,
        description="lemmas that make the welcome a visit's ('welcomed Qatar's emir on his first visit')",
    )


class ForcefulSense(_Strict):
    """A word of disapproval whose doer is a weapon: 'rockets from Russia, Iran and America have hammered Syria'."""

    roots: list[str] = Field(
        description="CAMEO roots of the words read in their sense of force when a weapon does them"
    )
    code: str = Field(pattern=r"^\d{3,4}$", description="the CAMEO code of the deed of force")


class NounParticiples(_Strict):
    """'an attack launched by al-Nusra against army posts', 'air strikes conducted by the coalition', 'sorties
    targeting ISIL positions': an event noun whose parties sit in the participle clause that describes it
    (events/candidates.py, ``noun_participle_parties``)."""

    enabled: bool = Field(default=True, description="read the noun's participle clause for its slots at all")
    aiming_verbs: list[str] = Field(
        default_factory=list,
        description="'an attack targeting a wedding party': verbs of aiming whose object, in a present participle "
        "describing an event noun, is the noun's target",
    )
    doing_verbs: list[str] = Field(
        default_factory=list,
        description="'an attack launched by X', 'shells fired by Y': participles of doing, whose 'by' phrase names "
        "the doer of the noun they describe; a participle of another verb ('reported by', 'witnessed by', 'claimed "
        "by') names no doer. A two-word entry is the verb and its particle ('carry out')",
    )


class ByBridge(_Strict):
    """'an attack by rebel units on the Zahra quarter': an event noun's phrase hung on its doer's object."""

    agent: str = Field(default="by", description="the preposition naming an event noun's doer")
    not_bridged: list[str] = Field(
        default_factory=list,
        description="prepositions never read through the doer's phrase: the noun's own complement ('of'), a place "
        "('in'), the doer's word itself",
    )


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


class ClausesFile(DataFile):
    """Clause words: what makes a clause negated, intended, threatened, demanded, hypothetical or reported."""

    negators: list[str]
    intent_verbs: list[str]
    threat_verbs: list[str]
    demand_verbs: list[str]
    hypothetical_aux: list[str]
    governing_modals: list[str] = Field(
        default_factory=list,
        description="'could use the summit to appeal': modals on a verb that leave the deed of its infinitive open "
        "(hypothetical)",
    )
    future_aux: list[str]
    anticipation_preps: list[str] = Field(
        default_factory=list,
        description="'ahead of Xi's visit to Moscow': prepositions (one or two words) whose event noun is still to "
        "come when the clause is told: a scheduled event, modality intent (guide: a scheduled event keeps its code)",
    )
    none_determiners: list[str] = Field(
        default_factory=list,
        description="'No extremist group has taken responsibility': determiners of a subject that names no one, "
        "which deny the clause's deed as 'not' does (events/clause.py)",
    )
    none_pronouns: list[str] = Field(
        default_factory=list, description="'Nobody was hurt': subjects that name no one and deny the clause's deed"
    )
    record_ordinals: list[str] = Field(
        default_factory=list,
        description="'the first leader to urge ...', 'the second time X charged ...': ordinals ranking a noun whose "
        "relative clause names a deed as a record, not news (events/filters.py)",
    )
    passed_over_preps: list[str] = Field(
        default_factory=list,
        description="'Rather than supporting its allies, the government interfered', 'instead of meeting "
        "Putin': an adverb and the preposition it opens ('rather than', 'instead of') whose gerund names the deed "
        "not done (events/clause.py ``passed_over``)",
    )
    alternative_conjunctions: list[str] = Field(
        default_factory=list,
        description="'Syrian regime or Russian air strikes', 'carried out by regime or Russian jets': conjunctions "
        "that offer the doer as one of alternatives, so the text does not say who did it (events/filters.py)",
    )
    meeting_words: list[str] = Field(
        min_length=1,
        description="'meets Xi on Monday', 'holds her Monday summit': a bare present verb of these (or with one as "
        "its object) is a schedule, read ahead like travel; other bare presents with a day are finished deeds",
    )
    hypothetical_marks: list[str]
    condition_marks: list[str] = Field(
        default_factory=list,
        description="'Japan would shoot the missiles down if it bought the weapons', 'Britain will seek to seal a deal "
        "if it leaves the EU': marks of an adverbial clause of condition whose deed, on the deed's verb or a verb it "
        "completes, is left open (hypothetical; events/clause.py ``conditioned``); not after 'even' (concession)",
    )
    condition_void_marks: list[str] = Field(
        default_factory=list,
        description="'even if' (concession), 'as if' (comparison): a word before a ``condition_marks`` mark that "
        "leaves the deed standing (events/clause.py ``conditioned``)",
    )
    speech_verbs: list[str]
    claim_verbs: list[str]
    deny_verbs: list[str]
    failure_verbs: list[str] = Field(
        default_factory=list, description="'failed to broker a truce': an infinitive under these did not happen"
    )
    predicate_adjectives: PredicateAdjectives = Field(default_factory=PredicateAdjectives)
    according_to: list[str]
    describing_relatives: list[str] = Field(
        default_factory=list,
        description="'the man who beheaded ...': relative pronouns of a person whose past clause on the object of "
        "another deed says who the person is (events/filters.py)",
    )
    unnamed_person_nouns: list[str] = Field(
        default_factory=list,
        description="'the man who beheaded ...', 'people who fought them': nouns of a person or people the news "
        "names by no role, whose past relative clause tells who they are (events/filters.py)",
    )
    stance_adjectives: list[str] = Field(
        default_factory=list,
        description="'was openly critical of the offensive', 'was unaware of the raid': predicate adjectives of "
        "knowledge or stance whose object under a topic preposition names a deed as what the stance is about, not a "
        "deed reported (events/filters.py ``_topic_of_a_stance``)",
    )
    stance_topic_preps: list[str] = Field(
        default_factory=list,
        description="'critical of', 'unaware about', 'silent on': the prepositions after a stance adjective whose "
        "object is the stance's topic; others tell its setting ('outspoken at her meeting' keeps the meeting)",
    )
    stance_noun_preps: dict[str, list[str]] = Field(
        default_factory=dict,
        description="'outspoken in her condemnation of the raids': a preposition after a stance adjective that names "
        "the topic only when its object is one of these nouns (of criticism)",
    )
    relative_time_adverbs: list[str] = Field(
        default_factory=list,
        description="'the regime who later recaptured the city': adverbs that tell a relative clause's deed as a "
        "story's step told as background, not the news (events/filters.py)",
    )
    relative_pronouns: list[str] = Field(
        description="'whom the police blame', 'which backs Hezbollah': pronouns that stand for the noun a relative "
        "clause describes, as its subject or object",
    )
    light_verbs: list[str]
    purpose_verbs: list[str] = Field(
        default_factory=list,
        description="'met for talks with Y', 'flew to Z for talks with Y': verbs whose subject goes to take part "
        "in the two-way event its 'for' phrase names",
    )
    means_verbs: list[str] = Field(
        default_factory=list,
        description="'fired tear gas to disperse protesters': verbs of using a means whose 'to' clause is the deed "
        "done with it, not a purpose aimed at",
    )
    on_frame_verbs: list[str] = Field(
        description="'arrived on a visit to Y', 'departs on a trip to Y': verbs of going whose subject is under way "
        "in the event an 'on' phrase names",
    )
    owner_frame_preps: list[str] = Field(
        default_factory=list,
        description="'on his trip to Asia': prepositions whose owned event noun is under way, its owner the doer",
    )
    owner_doer_codes: list[str] = Field(
        default_factory=list,
        description="'his maiden trip to Beijing', 'Trump's summit with Kim': CAMEO codes (or prefixes) whose event "
        "nouns take their owner as the doer wherever they stand (the guide's nominal events); other owned event "
        "nouns are background",
    )
    owner_topic_preps: list[str] = Field(
        default_factory=list,
        description="'was criticised over his trip': prepositions whose owned event noun, on any verb, is a topic",
    )
    anticipation_modifiers: list[str] = Field(
        default_factory=list,
        description="'his upcoming visit': modifiers of an event noun that put it still to come (intent), unless its "
        "own verb tells it in the past tense",
    )
    happening_verbs: list[str] = Field(
        default_factory=list,
        description="'failed to materialise': verbs of taking place, under a failure verb an event noun was not held",
    )
    owner_unheld_modifiers: list[str] = Field(
        default_factory=list,
        description="'his upcoming trip': modifiers that leave an owned meeting or journey not held yet (no event)",
    )
    topic_verbs: list[str] = Field(
        default_factory=list,
        description="'commented on his visit': verbs (beside speech_verbs) whose 'on' names a topic, not a frame",
    )
    force_purposes: list[str] = Field(
        default_factory=list,
        description="'launched an offensive to retake Mosul': verbs of taking or driving out whose object, as the "
        "purpose of a deed of force, is what the deed is aimed at",
    )
    series_nouns: list[str] = Field(
        default_factory=list,
        description="'carried out a series of air strikes', 'launched a wave of attacks': words that count an event "
        "noun's deeds and stand in the clause where the deeds would",
    )
    past_event_modifiers: list[str] = Field(
        default_factory=list,
        description="'her earlier stops in Chile': modifiers that put an event noun before the article's news",
    )
    remention: Remention = Field(default_factory=lambda: Remention())
    implied_doer: ImpliedDoer = Field(default_factory=lambda: ImpliedDoer())
    two_way_verbs: list[str] = Field(
        default_factory=list,
        description="'received a call from Y': verbs whose subject takes part in the two-way event their object "
        "names; read only for two-way patterns ('received aid from' keeps the giver as the source)",
    )
    addressed_roots: list[str] = Field(default_factory=list, description="CAMEO roots whose events need a target")
    by_bridge: ByBridge = Field(default_factory=ByBridge)
    concern_topic: ConcernTopic = Field(default_factory=ConcernTopic)
    noun_participles: NounParticiples = Field(default_factory=lambda: NounParticiples())
    lone_date_names: list[str] = Field(
        default_factory=list,
        description="'fired back at May', 'called on May to': prepositions after which a lone capitalised word the "
        "model tags as a date is a person (a month takes 'in', a day its number)",
    )
    date_nouns: list[str] = Field(
        default_factory=list,
        description="'rejected May as a date', 'set May as the deadline': nouns of time whose presence in the verb's "
        "clause keeps a lone month name a date",
    )
    region_visit_codes: list[str] = Field(
        default_factory=list,
        description="'visited Europe': CAMEO codes (prefixes of the pattern's code) of travel whose place slot naming "
        "a whole region takes the region as the target; other deeds ('deployed troops to Europe') take none",
    )
    doer_judged_roots: list[str] = Field(
        default_factory=list,
        description="'called the attack in Kabul cowardly': CAMEO codes (prefixes of the pattern's code) of judgements "
        "aimed at an attack's doer, for which an attack noun never stands for the place it struck",
    )
    lent_doer_roots: list[str] = Field(
        default_factory=list,
        description="'warplanes pounded X and hit Y', 'warplanes began targeting Y': CAMEO roots (prefixes of the "
        "pattern's code) of deeds of force whose pattern context (a weapon or force word) counts the doer a conjoined "
        "or governing verb lends as the clause's own subject counts (events/frames.py ``lent_doer_words``); other "
        "patterns read their context as what is asked or given, where the asker's title tells nothing",
    )
    ending_verbs: list[str] = Field(
        default_factory=list,
        description="'ceased targeting Gaza', 'avoided hitting the hospital', 'refrained from striking': verbs that "
        "end or avoid the deed they govern as a gerund: it was not done (negated) and lends no doer "
        "(events/tree.py ``ended_by_governor``)",
    )
    ending_preps: list[str] = Field(
        default_factory=list,
        description="'refrained from striking': prepositions between an ``ending_verbs`` verb and the gerund it ends",
    )
    speaker_act_verbs: list[str] = Field(
        default_factory=list,
        description="'X said May had lost her mandate and urged her to ...': verbs of appeal that, conjoined with no "
        "subject of their own inside a reported clause, may be the speaker's act (speaker_act_roots)",
    )
    speaker_act_roots: list[str] = Field(
        default_factory=list,
        description="'X said May had lost her mandate and urged her to ...': CAMEO roots (prefixes of the pattern's "
        "code) of the appeals (speaker_act_verbs) that, conjoined with no subject of their own on a reported verb "
        "that is no act of its subject, are the speaker's act, not the reported clause's subject's",
    )
    calls: CallWords = Field(default_factory=CallWords)
    reduced_passive_roots: list[str] = Field(
        default_factory=list,
        description="'the mayor berated by the president': CAMEO roots (or codes: '015', prefixes of the pattern's "
        "code) of the verbal acts a participle with a 'by' agent reports as done on an occasion; other deeds in that "
        "form ('forces backed by Iran', 'a town captured by rebels') describe the noun's standing state, not news",
    )
    unrealized_verbs: list[str] = Field(
        default_factory=list, description="'the meeting was cancelled': verbs whose event noun did not happen"
    )
    unrealized_nouns: list[str] = Field(
        default_factory=list, description="'threats of further strikes': nouns whose 'of' event noun did not happen"
    )
    unrealized_for_nouns: list[str] = Field(
        default_factory=list,
        description="'the president's plan for strikes on Iran', 'a request for authorization for strikes': nouns "
        "whose 'for' event noun is sought, not done (events/candidates.py ``sought``)",
    )
    unrealized_for_verbs: list[str] = Field(
        default_factory=list,
        description="'pushes for approval for strikes', 'called for talks': verbs of asking whose 'for' event noun is "
        "sought, not done (events/candidates.py ``sought``)",
    )
    sports_words: list[str] = Field(default_factory=list, description="words of sport, where teams are not states")
    statements: StatementWords = Field(default_factory=StatementWords)
    saying: SayingWords = Field(default_factory=SayingWords)
    standing: StandingWords = Field(default_factory=StandingWords)
    deed_roles: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="source role -> CAMEO root of its deed -> the role that deed shows"
    )
    instrument_roles: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="like deed_roles, for a doer read from the weapon it used"
    )
    unarmed_roles: dict[str, list[str]] = Field(
        default_factory=dict,
        description="CAMEO root -> roles that report, watch or tend a deed of that root and never do it",
    )
    civilian_doers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="CAMEO root -> source roles that never wage the deed of that root: such a source is its victims "
        "or a witness read as its doer, or a crime (the candidate is skipped)",
    )
    crowd_words: list[str] = Field(
        default_factory=list,
        description="'protesters', 'a mob': words of a source phrase that name a crowd, whose deed of force is a "
        "violent protest (role_codes), not a civilian read as a doer (civilian_doers)",
    )
    undergo_verbs: list[str] = Field(
        default_factory=list,
        description="'came under shelling': a verb and preposition whose subject an attack noun after them hit",
    )
    result_verbs: list[str] = Field(
        default_factory=list,
        description="'airstrikes killed civilians in X': verbs whose victims are the result of a weapon's attack",
    )
    verbal_sense: VerbalSense | None = Field(
        default=None,
        description="a word of force between political actors is a verbal act ('attacked Corker on Twitter': 111)",
    )
    forceful_sense: ForcefulSense | None = Field(
        default=None,
        description="a verb of disapproval whose subject is a weapon or attack noun is a deed of force ('missiles "
        "slammed Syria': 190)",
    )
    guest_sense: GuestSense | None = Field(
        default=None,
        description="a verb of approval whose object is a person or group itself, not its deed or decision, is "
        "receiving a guest ('Trump welcomed Varadkar': 043; 'welcomed the decision' stays 051)",
    )
    result_roles: list[str] = Field(
        default_factory=list, description="roles of victims that are a result, not the target, of an attack on a place"
    )
    plan_nouns: list[str] = Field(
        default_factory=list,
        description="'the decision to ban', 'plans to withdraw': nouns whose infinitive names a deed not done",
    )
    topic_gerund_preps: list[str] = Field(
        default_factory=list,
        description="'spoke about restoring ties': prepositions after which a gerund names a topic, not a deed",
    )
    skip_bare_tolls: bool = Field(
        default=False,
        description="a killing whose only target is its victims (result_roles), with no attack, weapon or place "
        "struck, is a toll, not an event ('IS has killed hundreds of people')",
    )
    count_nouns: list[str] = Field(
        default_factory=list,
        description="'killing dozens of civilians': nouns that count the people after their 'of' (not a number word)",
    )
    instrument_nouns: list[str] = Field(
        default_factory=list,
        description="weapons a deed is done with ('shells fired by rebels hit ...'): their owner is the doer",
    )
    intent_codes: dict[str, str] = Field(
        default_factory=dict, description="CAMEO prefix of an intended event -> its 'express intent' code"
    )
    threat_codes: dict[str, str] = Field(
        default_factory=dict, description="CAMEO prefix of a threatened event -> its 'threaten' code"
    )
    role_codes: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="source role -> CAMEO prefix -> the code that role's deed takes"
    )
    # s17-mend-events
    role_targets: dict[str, dict[str, list[str]]] = Field(
        default_factory=dict,
        description="source role -> CAMEO prefix -> prepositions whose object is the target instead ('sided with X "
        "against Y': a court rules against Y)",
    )
    aspect_particle_verbs: dict[str, list[str]] = Field(
        default_factory=dict,
        description="'went on shelling': a preposition -> the verbs it is a particle of aspect after, not of topic",
    )

    def saying_class(self, name: str) -> frozenset[str]:
        """The words of one class of what is said: its own (``saying:``) and those the statement lexicon shares."""
        shared = {**self.statements.negative_classes, **self.statements.positive_classes}
        return frozenset(getattr(self.saying, name)).union(shared.get(name, ()))

    @model_validator(mode="after")
    def _judgements_listed_once(self) -> ClausesFile:
        """A judgement word is listed once: under a class of what is said, in the statement lexicon, or shared."""
        for polarity, names in SAYING_CLASSES.items():
            shared = getattr(self.statements, f"{polarity}_classes")
            own = set(getattr(self.statements, f"{polarity}_words"))
            for name, words in shared.items():
                if name not in names:
                    raise ValueError(f"statements.{polarity}_classes: {name!r} is not one of {', '.join(names)}")
                twice = (set(words) & set(getattr(self.saying, name))) | (set(words) & own)
                if twice:
                    raise ValueError(f"statements.{polarity}_classes.{name}: listed twice: {sorted(twice)}")
            for name in names:
                twice = own & set(getattr(self.saying, name))
                if twice:
                    raise ValueError(f"statements.{polarity}_words and saying.{name} repeat {sorted(twice)}")
        return self
