"""Schema of clauses.yaml: the words that shape a clause's reading (modality, standing, statements).

ClausesFile is here with the clause words of its own (negation, intent, threat, demand, condition, report, the
event-noun filters, roles of doers); its sections live by what they describe: clause_time (standing, past
occasions), clause_saying (statements, what is said, concern, calls), clause_senses (verbal, guest and forceful
senses, predicate adjectives) and clause_nouns (re-mentions, implied doers, noun participles, the 'by' bridge). Their
names are re-exported, so ``from detente.data.schemas.clauses import X`` keeps working.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from detente.data.schemas.base import DataFile
from detente.data.schemas.clause_nouns import ByBridge, ImpliedDoer, NounParticiples, Remention
from detente.data.schemas.clause_saying import SAYING_CLASSES, CallWords, ConcernTopic, SayingWords, StatementWords
from detente.data.schemas.clause_senses import (
    ForcefulSense,
    GuestSense,
    PredicateAdjectives,
    SpokenReason,
    VerbalSense,
)
from detente.data.schemas.clause_time import PastOccasions, StandingWords

__all__ = [
    "SAYING_CLASSES",
    "ByBridge",
    "CallWords",
    "ClausesFile",
    "ConcernTopic",
    "ForcefulSense",
    "GuestSense",
    "ImpliedDoer",
    "NounParticiples",
    "PastOccasions",
    "PredicateAdjectives",
    "Remention",
    "SayingWords",
    "SpokenReason",
    "StandingWords",
    "StatementWords",
    "VerbalSense",
]


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
    agent_aims: list[str] = Field(
        default_factory=list,
        description="prepositions of aim a parser hangs on a passive's 'by' doer when they are the verb's ('shells "
        "fired by militants on the town': on the town, not the militants; events/frames.py ``slot_tokens``)",
    )
    agent_aim_grounds: list[str] = Field(
        default_factory=list,
        description="nouns of position whose ground_prepositions phrase after a 'by' doer says where the doers stood, "
        "not what they aimed at ('bullets fired by supporters on Lebanese soil'; events/frames.py ``doers_ground``). "
        "Not one list with statives/patterns.yaml ``owned_places``, read in another shape (an accuser's 'its': what "
        "the accuser holds); a noun may answer both ('territory')",
    )
    ground_prepositions: list[str] = Field(
        default_factory=list,
        description="the prepositions whose agent_aim_grounds noun after a 'by' doer is the doers' ground ('on "
        "Lebanese soil'); not 'into' or 'toward', which aim ('into Israeli territory')",
    )
    preposition_variants: dict[str, str] = Field(
        default_factory=dict,
        description="formal spellings of a preposition and the plain one patterns name ('upon': 'on': 'called upon "
        "Iran to halt', 'imposed sanctions upon Russia'; events/tree.py ``same_preposition``)",
    )
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
    spoken_reason: SpokenReason | None = Field(
        default=None,
        description="a word of force whose reason is a thing said or whose object is an idea is criticism ('attacked "
        "Trudeau for raising questions', 'hammered his ideas': verbal_sense's code)",
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
